//! Attack types from the press's own wording, French and English: what the text says happened,
//! described rather than named (`../shared/TAGGING.md`, "Attack type — what happened"). Each test
//! holds the sentence of a real article that motivated its rule, and a sentence the rule must
//! leave alone. (Kept apart from tagging_suggest.rs, which several rounds edit at once.)
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use std::sync::LazyLock;
use veille::tagging::{Confidence, Suggester, Vocabulary};

static SUGGESTER: LazyLock<Suggester> =
    LazyLock::new(|| Suggester::new(&Vocabulary::bundled().unwrap()).unwrap());

fn attacks(title: &str, text: &str) -> Vec<String> {
    let r = SUGGESTER.suggest(title, text);
    r.attack.iter().map(|a| a.value.clone()).collect()
}

fn confidence(title: &str, text: &str, value: &str) -> Option<Confidence> {
    let r = SUGGESTER.suggest(title, text);
    r.attack
        .iter()
        .find(|a| a.value == value)
        .map(|a| a.confidence)
}

#[test]
fn a_supplier_of_the_victim_hit_is_a_supply_chain_attack_fr() {
    // Le Progrès on the Hospices Civils de Lyon (sixth split).
    let title = "Les Hospices Civils de Lyon victimes d'une cyberattaque";
    let text =
        "Un prestataire des Hospices Civils de Lyon a été victime d'une attaque informatique.";
    assert_eq!(
        confidence(title, text, "supply-chain"),
        Some(Confidence::Medium)
    );
    // Radio-Canada on the Sherbrooke transit company (seventh split).
    let a = attacks(
        "Les services de la STS touchés par une cyberattaque",
        "L'un des fournisseurs de la Société de transport de Sherbrooke (STS) est la cible d'une cyberattaque.",
    );
    assert!(a.contains(&"supply-chain".to_string()), "{a:?}");
    // A title alone: « Incident de cybersécurité impliquant un fournisseur ».
    let a = attacks("Incident de cybersécurité impliquant un fournisseur", "");
    assert!(a.contains(&"supply-chain".to_string()), "{a:?}");
    // What a supplier sells makes it a kind of company; a helper called in is no victim.
    let a = attacks(
        "Un fournisseur d'électricité victime d'une cyberattaque",
        "Le fournisseur d'électricité a été victime d'une cyberattaque.",
    );
    assert!(!a.contains(&"supply-chain".to_string()), "{a:?}");
    let a = attacks(
        "Siegfried touché par une cyberattaque",
        "Une cyberattaque a touché Siegfried, un sous-traitant de l’industrie pharmaceutique.",
    );
    assert!(!a.contains(&"supply-chain".to_string()), "{a:?}");
}

#[test]
fn a_supplier_of_the_victim_hit_is_a_supply_chain_attack_en() {
    // CBC on five Ontario hospitals and TransForm (eighth split).
    let a = attacks(
        "Hospitals affected by cyberattack say stolen patient data may be publicized",
        "Five Ontario hospitals affected by a recent ransomware attack, along with their shared IT provider, are warning patients.",
    );
    assert!(a.contains(&"supply-chain".to_string()), "{a:?}");
    // AP on the District of Columbia Board of Elections (seventh split).
    let a = attacks(
        "Hackers Access DC Voter Records",
        "Hackers breached the District of Columbia’s Board of Elections website on Thursday, gaining access to 600,000 lines of U.S. voter data. The Board of Elections said it appears voter records were accessed through the web server of DataNet, the board’s website hosting provider.",
    );
    assert!(a.contains(&"supply-chain".to_string()), "{a:?}");
    // A provider of care or of internet access is the victim itself.
    let a = attacks(
        "Healthcare provider hit by ransomware",
        "The healthcare provider was hit by a ransomware attack.",
    );
    assert!(!a.contains(&"supply-chain".to_string()), "{a:?}");
}

#[test]
fn an_attack_phrase_in_the_plural_is_still_the_attack_en() {
    // Law.com on law firms (eighth split); « fuites de données » is the vocabulary's own plural.
    let a = attacks(
        "More Than 100 Law Firms Have Reported Data Breaches. And the Problem Is Getting Worse",
        "",
    );
    assert_eq!(a, ["data-breach"], "{a:?}");
    let a = attacks("Les fuites de données se multiplient chez les avocats", "");
    assert_eq!(a, ["data-breach"], "{a:?}");
    // "Ransomware attacks" speak of attacks in general more often than of this one.
    let a = attacks(
        "Rural Alabama electric cooperative hit by cyberattack",
        "Ransomware attacks are launched by hackers who gain access to a computer system and then demand payments.",
    );
    assert!(!a.contains(&"ransomware".to_string()), "{a:?}");
}

#[test]
fn a_threat_to_disclose_or_sell_in_any_form_is_extortion_fr() {
    // Le Temps on Bernina (eighth split): « menacé de vendre », which no fixed phrase held.
    let title = "Bernina se fait racketter en ligne pour 1,3 million mais trouve la parade";
    let text = "Le journal «Beobachter» écrit que des cybercriminels ont volé des données du fabricant de machines à coudre. Les malfaiteurs ont ensuite menacé de vendre ces données, sauf si une rançon de 1,3 million de dollars leur était remise.";
    assert_eq!(
        confidence(title, text, "extortion"),
        Some(Confidence::Medium)
    );
    // A threat feared is none made.
    let a = attacks(
        "Bernina victime d'une cyberattaque",
        "Bernina a été victime d'une cyberattaque. Les pirates pourraient menacer de vendre ces données.",
    );
    assert!(!a.contains(&"extortion".to_string()), "{a:?}");
}

#[test]
fn a_threat_to_disclose_or_sell_in_any_form_is_extortion_en() {
    let a = attacks(
        "Sewing machine maker Bernina hit by cyberattack",
        "Bernina said cybercriminals stole company data and then threatened to publicly release it unless a ransom was paid.",
    );
    assert!(a.contains(&"extortion".to_string()), "{a:?}");
    let a = attacks(
        "Sewing machine maker Bernina hit by cyberattack",
        "Bernina said it was hit by a cyberattack. Criminals often threaten to sell stolen data.",
    );
    assert!(!a.contains(&"extortion".to_string()), "{a:?}");
}

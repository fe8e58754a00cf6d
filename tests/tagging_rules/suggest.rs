//! Suggestions from article text: word boundaries, case rules for common-word names, CVE ids,
//! evidence, and the `veille suggest --json` shape.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use veille::model::Facet;
use veille::tagging::{
    Field, Suggester, Suggestions, Vocabulary, extract_cves, is_rejected, same_victim,
};

fn suggester() -> Suggester {
    Suggester::new(&Vocabulary::bundled().unwrap()).unwrap()
}

fn values(list: &[veille::tagging::Suggestion]) -> Vec<&str> {
    list.iter().map(|s| s.value.as_str()).collect()
}

#[test]
fn play_inside_other_words_is_not_an_actor() {
    let s = suggester();
    let text = "The display driver crashed on the PlayStation; gameplay resumed after a replay.";
    assert!(s.suggest("Playstation outage", text).actor.is_empty());
    let hit = s.suggest("Play ransomware gang claims attack on city", "");
    assert_eq!(values(&hit.actor), ["Play"]);
}

#[test]
fn common_word_gang_names_need_a_context_word() {
    let s = suggester();
    let myth = s.suggest(
        "Medusa, the Gorgon of Greek myth",
        "Perseus cut off Medusa's head.",
    );
    assert!(myth.actor.is_empty(), "{:?}", myth.actor);
    let gang = s.suggest("Medusa ransomware hits a hospital", "");
    assert_eq!(values(&gang.actor), ["Medusa"]);
    let fr = s.suggest("Le groupe Medusa revendique l'attaque", "");
    assert_eq!(values(&fr.actor), ["Medusa"]);
}

#[test]
fn aliases_become_canonical_actors_with_evidence() {
    let s = suggester();
    let r = s.suggest(
        "Report",
        "Researchers tied the campaign to Fancy Bear and to Octo Tempest.",
    );
    assert_eq!(values(&r.actor), ["APT28", "Scattered Spider"]);
    let e = &r.actor[0].evidence;
    assert_eq!((e.field, e.term.as_str()), (Field::Text, "Fancy Bear"));
    let text = "Researchers tied the campaign to Fancy Bear and to Octo Tempest.";
    assert_eq!(&text[e.start..e.end], "Fancy Bear");
}

#[test]
fn french_article_gets_target_sector_country_and_attack() {
    let s = suggester();
    let r = s.suggest(
        "Les cybercriminels frappent la Cour pénale internationale",
        "La CPI a détecté une compromission de son système d'information ; une fuite de données n'est pas exclue.",
    );
    assert_eq!(values(&r.target), ["International Criminal Court"]);
    assert!(values(&r.sector).contains(&"justice"));
    assert_eq!(values(&r.country), ["NL"]);
    assert_eq!(values(&r.attack), ["intrusion", "data-breach"]);
    let r = s.suggest("Un hôpital paralysé par un RANÇONGICIEL", "");
    assert_eq!(values(&r.attack), ["ransomware"]);
    assert_eq!(values(&r.sector), ["health"]);
}

#[test]
fn acronyms_match_only_as_written() {
    let s = suggester();
    // "un" is the French article, not the United Nations.
    let r = s.suggest("Un pirate vise un ministère", "");
    assert!(!values(&r.target).contains(&"United Nations"));
    let r = s.suggest("L'ONU visée par une attaque", "");
    assert_eq!(values(&r.target), ["United Nations"]);
}

#[test]
fn cve_ids_are_normalised_and_deduplicated() {
    assert_eq!(
        extract_cves(
            "Fix for cve-2024-3400 and CVE-2024-3400, see CVE -2025-0282 and CVE-2021-44228."
        ),
        ["CVE-2024-3400", "CVE-2025-0282", "CVE-2021-44228"]
    );
    assert!(extract_cves("CVE-24-1234, CVE-2024-123, XCVE-2024-12345, CVE-2024-12345a").is_empty());
    let r = suggester().suggest(
        "Patch CVE-2023-4966 now",
        "Citrix Bleed (cve-2023-4966) is exploited.",
    );
    assert_eq!(values(&r.cve), ["CVE-2023-4966"]);
    assert_eq!(r.cve[0].evidence.field, Field::Title);
}

#[test]
fn nothing_is_suggested_for_unrelated_text() {
    let s = suggester();
    let r = s.suggest(
        "Recette de la tarte aux pommes",
        "Préchauffer le four, étaler la pâte, cuire 30 minutes.",
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn json_has_exactly_the_cli_shape_with_canonical_values() {
    let r = suggester().suggest(
        "LockBit ransomware hits NATO supplier, CVE-2024-1709 exploited",
        "",
    );
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json.as_object().unwrap().len(), 6);
    let text = serde_json::to_string(&r).unwrap();
    let order = ["actor", "target", "attack", "sector", "country", "cve"]
        .map(|k| text.find(&format!("\"{k}\":")));
    assert!(
        order.iter().all(Option::is_some) && order.windows(2).all(|w| w[0] < w[1]),
        "{text}"
    );
    assert_eq!(json["actor"], serde_json::json!(["LockBit"]));
    assert_eq!(json["target"], serde_json::json!(["NATO"]));
    assert_eq!(json["cve"], serde_json::json!(["CVE-2024-1709"]));
    assert!(
        json["attack"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("ransomware"))
    );
    assert_eq!(
        serde_json::to_string(&Suggestions::default()).unwrap(),
        r#"{"actor":[],"target":[],"attack":[],"sector":[],"country":[],"cve":[]}"#
    );
}

#[test]
fn accepting_all_maps_sectors_and_countries_to_targets() {
    let r = suggester().suggest("APT28 targets the ICC", "");
    let tags = r.to_tags();
    assert_eq!(tags.actor, ["APT28"]);
    assert_eq!(
        tags.target,
        ["International Criminal Court", "NL", "justice"]
    );
}

#[test]
fn typed_only_names_resolve_in_prompts_but_are_never_suggested() {
    // CERT-FR advisories list "Déni de service" as the impact of a vulnerability, not a DDoS attack.
    let s = suggester().suggest(
        "Multiples vulnérabilités dans Ceph",
        "Risques : Déni de service à distance, atteinte à la confidentialité des données",
    );
    assert!(
        !values(&s.attack).contains(&"ddos"),
        "{:?}",
        values(&s.attack)
    );
    let s = suggester().suggest(
        "Attaque par déni de service contre la mairie",
        "Le site était inaccessible.",
    );
    assert!(
        values(&s.attack).contains(&"ddos"),
        "{:?}",
        values(&s.attack)
    );
}

#[test]
fn unattributed_is_never_suggested_from_a_text() {
    let s = suggester().suggest(
        "Unknown hackers hit a hospital; attack remains unattributed",
        "Les auteurs sont inconnus : l'attaque reste non attribuée. Attacker unknown.",
    );
    assert!(s.actor.is_empty(), "{:?}", s.actor);
}

// ---- Issue 10: suggestions that follow ../shared/TAGGING.md, one rule per test, French and English,
// each with the sentence (from a real article of the gold set or the issue) that motivated it.

use veille::tagging::{Confidence, Suggestion};

fn find<'a>(list: &'a [Suggestion], value: &str) -> Option<&'a Suggestion> {
    list.iter().find(|s| s.value == value)
}

#[test]
fn a_victim_the_vocabulary_does_not_know_is_proposed_as_written_with_sector_and_country() {
    let s = suggester();
    // France 3 on Frontignan; TAGGING.md's own example.
    let r = s.suggest(
        "Cyberattaque",
        "La mairie de Saint-Nazaire a été victime d'une cyberattaque dans la nuit de mercredi.",
    );
    let victim = find(&r.target, "Mairie de Saint-Nazaire").expect("the town hall");
    assert!(victim.new_value);
    assert_eq!(
        victim.confidence,
        Confidence::Medium,
        "a new value in the text is medium"
    );
    assert_eq!(values(&r.sector), ["local-government"]);
    assert_eq!(values(&r.country), ["FR"]);
    // The Record on Tampa General Hospital.
    let r = s.suggest(
        "Hackers hit Tampa General Hospital with ransomware",
        "The hospital said hackers stole the data of 1.2 million patients.",
    );
    let victim = find(&r.target, "Tampa General Hospital").expect("the hospital");
    assert!(victim.new_value);
    assert_eq!(victim.confidence, Confidence::High, "named in the title");
    assert!(values(&r.sector).contains(&"health"));
    // A known organisation keeps its canonical name and is no new value.
    let r = s.suggest(
        "Stripe visé par une fuite revendiquée de 662 bases de données !",
        "",
    );
    assert_eq!(values(&r.target), ["Stripe"]);
    assert!(!r.target[0].new_value);
}

#[test]
fn investigators_regulators_and_sources_are_no_victims() {
    let s = suggester();
    // Monaco-Matin on the Corbeil-Essonnes hospital: the CNIL and the parquet investigate.
    let r = s.suggest(
        "Hôpital cyberattaqué en Essonne",
        "L'hôpital a porté plainte et saisi la Commission nationale de l'informatique et des \
         libertés (CNIL). L'enquête, ouverte par le parquet de Paris, est en cours. Selon l'ANSSI, \
         le CHU de Rennes a été visé par un rançongiciel.",
    );
    let targets = values(&r.target);
    assert!(targets.contains(&"CHU de Rennes"), "{targets:?}");
    for agency in ["CNIL", "ANSSI"] {
        assert!(!targets.contains(&agency), "{agency} in {targets:?}");
    }
    assert!(
        !values(&r.sector).contains(&"justice"),
        "{:?}",
        values(&r.sector)
    );
    // SecurityWeek: the FBI reported, CISA advised; neither was hit.
    let r = s.suggest(
        "Tampa hospital says sensitive data of 1.2 million stolen",
        "The hospital reported the incident to the FBI. CISA urges hospitals to patch.",
    );
    assert!(find(&r.target, "FBI").is_none() && find(&r.target, "CISA").is_none());
}

#[test]
fn vendors_abused_platforms_and_impersonated_brands_are_no_victims() {
    let s = suggester();
    // Le Soir on a Windows zero-day: Microsoft fixes, Google's Project Zero found it.
    let r = s.suggest(
        "Windows : Microsoft corrige une importante faille de sécurité",
        "La faille, découverte par les chercheurs du Project Zero de Google, a été activement exploitée.",
    );
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
    assert_eq!(values(&r.attack), ["vuln-exploitation"]);
    // BleepingComputer: Toptal was breached, GitHub and npm are where it happened.
    let r = s.suggest(
        "Hackers breach Toptal GitHub account, publish malicious npm packages",
        "",
    );
    assert_eq!(values(&r.target), ["Toptal"]);
    // Cybermalveillance.gouv.fr: phishing in the Assurance Maladie's colours.
    let r = s.suggest(
        "L’hameçonnage aux couleurs de l’Assurance Maladie (Ameli)",
        "Des campagnes d’hameçonnage usurpant l’identité de l’Assurance Maladie visent les assurés.",
    );
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
    assert!(r.sector.is_empty(), "{:?}", values(&r.sector));
    assert_eq!(values(&r.attack), ["phishing"]);
    // "Microsoft SharePoint" is a product: its maker is not the victim.
    let r = s.suggest(
        "U.S. nuclear and health agencies hit in Microsoft SharePoint breach",
        "",
    );
    assert!(
        find(&r.target, "Microsoft").is_none(),
        "{:?}",
        values(&r.target)
    );
}

#[test]
fn a_claim_names_the_actor_and_its_subject_the_victim() {
    // ZATAZ: "Club One Casino revendiqué par 3AM puis PEAR".
    let r = suggester().suggest("Club One Casino revendiqué par 3AM puis PEAR", "");
    assert_eq!(values(&r.target), ["Club One Casino"]);
    assert_eq!(values(&r.actor), ["3AM", "PEAR"]);
    assert_eq!(values(&r.attack), ["extortion"]);
    // A hacktivist's claim of a DDoS is no extortion.
    let r = suggester().suggest(
        "La Poste revendiquée par NoName057(16)",
        "Une attaque par déni de service distribué a rendu ses services indisponibles.",
    );
    assert_eq!(values(&r.attack), ["ddos"]);
}

#[test]
fn countries_are_the_victims_never_the_attackers() {
    let s = suggester();
    // DataBreaches.net: "Russia suspected of hacking Dutch prosecution service systems".
    let r = s.suggest(
        "Russia suspected of hacking Dutch prosecution service systems",
        "",
    );
    assert_eq!(values(&r.country), ["NL"]);
    // francetvinfo: "Des hackers russophones sont à l’origine d’une cyberattaque visant l’hôpital de Cannes".
    let r = s.suggest(
        "Piratage à Cannes : un hôpital victime d'une cyberattaque russe",
        "Des hackers russes ont visé le centre hospitalier Simone Veil à Cannes.",
    );
    assert_eq!(values(&r.country), ["FR"]);
    // Adjectives and demonyms: "ministère français", "Dutch hospitals", "200 Français".
    let r = s.suggest("Ransomware hits Dutch hospitals", "");
    assert_eq!(values(&r.country), ["NL"]);
    assert_eq!(values(&r.sector), ["health"]);
    let r = s.suggest("Fuite Stripe : au moins 200 Français concernés", "");
    assert!(
        values(&r.country).contains(&"FR"),
        "{:?}",
        values(&r.country)
    );
    // A known victim's seat: the ICC sits in The Hague.
    let r = s.suggest("Des hackers ont infiltré la Cour pénale internationale", "");
    assert_eq!(values(&r.country), ["NL"]);
    // A city in the text gives its country, at medium; French overseas territories are France.
    let r = s.suggest(
        "Cyberattaque",
        "Le conseil de la ville de Londres a été victime d'un rançongiciel.",
    );
    let gb = find(&r.country, "GB").expect("London is in Great Britain");
    assert_eq!(gb.confidence, Confidence::Medium);
    let r = s.suggest(
        "Nouvelle-Calédonie : le site du gouvernement victime d'une attaque DDoS",
        "",
    );
    assert_eq!(values(&r.country), ["FR"]);
}

#[test]
fn denied_and_hypothetical_attacks_are_not_suggested() {
    let s = suggester();
    // TF1 on the Cannes hospital.
    let r = s.suggest(
        "Un hôpital au ralenti après une cyberattaque",
        "Tous les systèmes ont été coupés pour éviter des fuites de données.",
    );
    assert!(r.attack.is_empty(), "{:?}", values(&r.attack));
    // TF1 on Caen: "aucune rançon n'a été demandée"; the Gravelines mayor: "on ne sait pas".
    let r = s.suggest(
        "Une cyberattaque vise la ville de Caen",
        "Les données ne semblent pas avoir été atteintes et aucune rançon n'a été demandée. \
         On ne sait pas s'il s'agit d'un rançongiciel.",
    );
    assert!(r.attack.is_empty(), "{:?}", values(&r.attack));
    // The Daily Beast on Midnight Blizzard; the issue's "may not be a ransomware gang at all".
    let r = s.suggest(
        "Russia-Backed Hackers Breach Microsoft Leaders’ Emails",
        "The attack was not a result of a vulnerability. The group may not be a ransomware gang at all.",
    );
    assert!(
        find(&r.attack, "vuln-exploitation").is_none() && find(&r.attack, "ransomware").is_none()
    );
    // Reported, not confirmed: low ("aurait exposé").
    let r = s.suggest(
        "Intraverse",
        "Un casino en ligne aurait exposé 16,9 millions d’entrées.",
    );
    let breach = find(&r.attack, "data-breach").expect("reported breach");
    assert_eq!(breach.confidence, Confidence::Low);
}

#[test]
fn the_press_wording_of_attacks_french_first() {
    let s = suggester();
    let attack = |title: &str, text: &str| {
        let r = s.suggest(title, text);
        values(&r.attack)
            .iter()
            .map(|v| v.to_string())
            .collect::<Vec<_>>()
    };
    // Focus Senior on Versailles: "Tous vos dossiers importants ont été dérobés et cryptés".
    let a = attack(
        "Cyberattaque d'un hôpital",
        "Tous vos dossiers importants ont été dérobés et cryptés. Les pirates demandent de payer une rançon.",
    );
    assert!(
        a.contains(&"ransomware".into()) && a.contains(&"data-breach".into()),
        "{a:?}"
    );
    assert!(
        !a.contains(&"extortion".into()),
        "the ransom is the ransomware's: {a:?}"
    );
    // Numerama on LockBit and Thales: "menacent de publier", "données mises en vente".
    assert_eq!(
        attack("LockBit menace de divulguer les données de Thales", ""),
        ["extortion"]
    );
    assert_eq!(
        attack("Les données de Free mises en vente sur un forum", ""),
        ["extortion"]
    );
    assert_eq!(
        attack("Hackers threatening to leak patient records", ""),
        ["extortion"]
    );
    assert_eq!(
        attack("Staff Data Stolen in Council Breach", ""),
        ["data-breach"]
    );
    // TF1: "arnaque au président" is a CEO fraud, not any scam.
    assert_eq!(
        attack("Les arnaques au président de plus en plus fréquentes", ""),
        ["bec-fraud"]
    );
    assert_eq!(
        attack("Typosquatting : des paquets npm piégés", ""),
        ["supply-chain"]
    );
    assert_eq!(
        attack(
            "Attaque par la chaîne d'approvisionnement chez un éditeur",
            ""
        ),
        ["supply-chain"]
    );
}

#[test]
fn a_patch_or_advisory_without_exploitation_has_no_attack_type() {
    let s = suggester();
    // CERT-FR advisories, BleepingComputer on Mitel.
    let r = s.suggest(
        "Multiples vulnérabilités dans Microsoft Edge (17 août 2026)",
        "De multiples vulnérabilités ont été découvertes dans Microsoft Edge. Elles permettent à un \
         attaquant de provoquer une exécution de code arbitraire à distance.",
    );
    assert!(r.attack.is_empty(), "{:?}", values(&r.attack));
    let r = s.suggest(
        "Mitel warns of critical MiVoice MX-ONE authentication bypass flaw",
        "",
    );
    assert!(r.attack.is_empty(), "{:?}", values(&r.attack));
    // Exploitation reported: vuln-exploitation.
    let r = s.suggest("Une faille Ivanti activement exploitée", "");
    assert_eq!(values(&r.attack), ["vuln-exploitation"]);
    let r = s.suggest("SharePoint flaws exploited in the wild", "");
    assert_eq!(values(&r.attack), ["vuln-exploitation"]);
}

#[test]
fn actors_as_the_press_writes_them() {
    let s = suggester();
    // Numerama writes "Lockbit"; titles shout "LOCKBIT".
    for title in [
        "Le gang Lockbit revendique l'attaque",
        "LOCKBIT REVENDIQUE L'ATTAQUE",
    ] {
        assert_eq!(values(&s.suggest(title, "").actor), ["LockBit"], "{title}");
    }
    // A distinctive name in lower case is a word: "inception" is no actor.
    assert!(
        s.suggest("The inception of the project", "")
            .actor
            .is_empty()
    );
    for (title, want) in [
        ("Sandworm hits Ukraine's power grid", "Sandworm Team"),
        (
            "Le groupe Sandworm s'attaque au réseau électrique ukrainien",
            "Sandworm Team",
        ),
        (
            "Midnight Blizzard breached Microsoft email accounts",
            "APT29",
        ),
        ("Nobelium strikes again", "APT29"),
        (
            "Salt Typhoon infiltrated US telecom operators",
            "Salt Typhoon",
        ),
        (
            "Le groupe NoName revendique l'attaque du Sénat",
            "NoName057(16)",
        ),
    ] {
        assert_eq!(values(&s.suggest(title, "").actor), [want], "{title}");
    }
}

#[test]
fn confidence_follows_where_and_how_the_text_says_it() {
    let s = suggester();
    let r = s.suggest(
        "Un hôpital paralysé par un rançongiciel",
        "Selon la direction, l'hôpital de Cannes a été victime d'une cyberattaque.",
    );
    assert_eq!(
        find(&r.attack, "ransomware").map(|x| x.confidence),
        Some(Confidence::High)
    );
    assert_eq!(
        find(&r.sector, "health").map(|x| x.confidence),
        Some(Confidence::High)
    );
    // A sector inferred from a known victim's name is at most medium.
    let r = s.suggest(
        "Fuite de données",
        "Thales a été victime d'une fuite de données.",
    );
    assert_eq!(
        find(&r.sector, "defence").map(|x| x.confidence),
        Some(Confidence::Medium)
    );
}

// ---- Rules that hold on news the gold set has not seen: background, habits and defences,
// comparisons, one victim under several names, disclosures. Sentences written for these tests.

#[test]
fn a_past_attack_named_in_passing_is_background() {
    let s = suggester();
    let r = s.suggest(
        "La mairie de Pornic victime d'une fuite de données",
        "Des données d'administrés ont été dérobées ce week-end, a confirmé la commune. \
         En 2021, un rançongiciel avait déjà paralysé l'hôpital de Dax. \
         Il avait fallu trois semaines pour rétablir les services.",
    );
    assert_eq!(values(&r.attack), ["data-breach"]);
    assert!(
        !values(&r.target).iter().any(|t| t.contains("Dax")),
        "{:?}",
        values(&r.target)
    );
    let r = s.suggest(
        "Retailer confirms data breach",
        "Hackers stole customer records from the retailer last week. \
         In 2019, the company's Indian subsidiary was hit by ransomware. \
         Last year, its Dutch warehouses were hit by a DDoS attack.",
    );
    assert_eq!(values(&r.attack), ["data-breach"]);
    assert!(r.country.is_empty(), "{:?}", values(&r.country));
    // A year inside a sentence is a date, not background.
    let r = s.suggest(
        "Hospital outage",
        "The hospital said hackers encrypted its servers on 3 March 2025 in a ransomware attack.",
    );
    assert_eq!(values(&r.attack), ["ransomware"]);
}

#[test]
fn habits_and_defences_are_no_attack() {
    let s = suggester();
    // Vendor prose: what a group is known for, what a product protects against.
    let r = s.suggest(
        "Nouvelle offre de sécurité pour les collectivités",
        "Le groupe est connu pour ses campagnes d'hameçonnage. \
         L'offre aide les mairies à se prémunir contre les rançongiciels.",
    );
    assert!(r.attack.is_empty(), "{:?}", values(&r.attack));
    let r = s.suggest(
        "New protections for email customers",
        "The group is best known for social engineering of help desks. \
         The update helps organisations secure their mail servers against ransomware, \
         and gives analysts the ability to disrupt phishing at scale.",
    );
    assert!(r.attack.is_empty(), "{:?}", values(&r.attack));
    // What happened is still said: "protect" far before it does not reach it.
    let r = s.suggest(
        "Hospital hit by ransomware despite efforts to protect patients",
        "",
    );
    assert_eq!(values(&r.attack), ["ransomware"]);
}

#[test]
fn a_denial_denies_the_noun_after_it_not_the_one_before() {
    let s = suggester();
    let r = s.suggest("Fuite de données : pas de panique pour les clients", "");
    assert_eq!(values(&r.attack), ["data-breach"]);
    let r = s.suggest("Data breach, no cards taken, retailer says", "");
    assert_eq!(values(&r.attack), ["data-breach"]);
    // Still denied: the noun after the negation.
    let r = s.suggest("Pas de fuite de données chez l'assureur", "");
    assert!(r.attack.is_empty(), "{:?}", values(&r.attack));
    let r = s.suggest("The insurer says there was no data breach", "");
    assert!(r.attack.is_empty(), "{:?}", values(&r.attack));
}

#[test]
fn a_place_given_for_comparison_is_not_the_victims_country() {
    let s = suggester();
    let r = s.suggest(
        "Cyberattaque",
        "L'hôpital de Pontoise a été victime d'un rançongiciel, comme en Belgique le mois dernier.",
    );
    assert_eq!(values(&r.country), ["FR"]);
    let r = s.suggest(
        "Council hit by ransomware",
        "Several British councils were hit by ransomware, like in Germany earlier this month.",
    );
    assert_eq!(values(&r.country), ["GB"]);
}

#[test]
fn one_victim_named_several_ways_is_one_suggestion() {
    let s = suggester();
    // The town and its town hall: the town hall is what was hit.
    let r = s.suggest(
        "Cyberattaque contre la ville de Vannes",
        "La mairie de Vannes a été victime d'un rançongiciel dans la nuit de lundi.",
    );
    assert_eq!(values(&r.target), ["Mairie de Vannes"]);
    assert_eq!(r.target[0].confidence, Confidence::High, "the title's");
    // A short form and the full name: the full name.
    let r = s.suggest(
        "Ransomware attack on Springfield hospital",
        "Springfield General Hospital has been hit by ransomware, the hospital said.",
    );
    assert_eq!(values(&r.target), ["Springfield General Hospital"]);
    // Two different victims stay two.
    let r = s.suggest(
        "Cyberattaque contre la mairie de Vannes",
        "La mairie de Lorient a elle aussi été victime d'un rançongiciel.",
    );
    assert_eq!(values(&r.target).len(), 2, "{:?}", values(&r.target));
}

#[test]
fn a_subject_that_discloses_an_attack_on_itself_is_the_victim() {
    let s = suggester();
    let r = s.suggest(
        "Outage",
        "Harbor Valley Clinic has confirmed that its week-long outage was caused by a ransomware attack.",
    );
    assert_eq!(values(&r.target), ["Harbor Valley Clinic"]);
    assert_eq!(values(&r.sector), ["health"]);
    let r = s.suggest(
        "Panne",
        "La clinique du Parc a indiqué que ses serveurs avaient été chiffrés par un rançongiciel.",
    );
    assert_eq!(values(&r.target), ["Clinique du Parc"]);
    // An agency that announces an attack reports it; a vendor speaking of others is no victim.
    let r = s.suggest(
        "Penalty",
        "The Data Protection Commission announced that its inquiry into the ransomware attack is closed.",
    );
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
    let r = s.suggest(
        "Report",
        "Acme Security said the gang deployed ransomware at a hospital.",
    );
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
}

#[test]
fn a_state_or_a_town_is_a_place_not_a_victim() {
    let s = suggester();
    let r = s.suggest("Ransomware attack on Florida disrupts services", "");
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
    assert_eq!(values(&r.country), ["US"]);
    let r = s.suggest("Le Texas visé par une cyberattaque", "");
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
    assert_eq!(values(&r.country), ["US"]);
    // A small town after a place preposition is where the victim is, not who.
    let r = s.suggest(
        "Ransomware",
        "A clinic in Doral was hit by ransomware on Monday.",
    );
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
    let r = s.suggest(
        "Cyberattaque",
        "Une clinique à Montbrison a été victime d'une cyberattaque.",
    );
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
    // "New Mexico" is a US state, not Mexico.
    let r = s.suggest("Ransomware attack on New Mexico agency", "");
    assert_eq!(values(&r.country), ["US"]);
}

#[test]
fn an_attack_at_a_company_names_it_the_victim() {
    let s = suggester();
    let r = s.suggest(
        "Piratage chez Maison Dupuis : les données de 40 000 clients dérobées",
        "",
    );
    assert_eq!(values(&r.target), ["Maison Dupuis"]);
    let r = s.suggest("Cyberattack at Halvorsen Logistics disrupts deliveries", "");
    assert_eq!(values(&r.target), ["Halvorsen Logistics"]);
    // An expert "chez" a consultancy is no victim.
    let r = s.suggest(
        "Cyberattaque",
        "« La cyberattaque était prévisible », estime Paul Martin, expert chez Cybervigie.",
    );
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
}

#[test]
fn a_victim_spelt_another_way_is_the_same_victim() {
    let s = suggester();
    // The article and the preposition differ: one victim, as the title writes it.
    let r = s.suggest(
        "L'Université de Bordeaux victime d'une cyberattaque",
        "Université Bordeaux a confirmé une fuite : des données d'étudiants ont été dérobées.",
    );
    assert_eq!(values(&r.target), ["Université de Bordeaux"]);
    // "and" for "&": the vocabulary's name.
    let r = s.suggest(
        "Marks and Spencer hit by cyber attack",
        "Marks & Spencer said hackers stole customer data.",
    );
    assert_eq!(values(&r.target), ["Marks & Spencer"]);
    // An acronym and its expansion, a legal form, the word order.
    assert!(same_victim("HPL", "Hôpital privé de la Loire"));
    assert!(same_victim("Harbor Freight Inc.", "Harbor Freight"));
    assert!(same_victim(
        "Seine-Maritime conseil départemental",
        "Conseil départemental de Seine-Maritime"
    ));
    assert!(!same_victim("CHU de Rennes", "CHU de Nantes"));
    // A victim rejected under one spelling is not offered again under another.
    let r = s.suggest("L'Université Aix-Marseille victime d'une cyberattaque", "");
    let rejected = [(Facet::Target, "Université d'Aix-Marseille".to_string())];
    assert!(
        is_rejected(&r.target[0], &rejected),
        "{:?}",
        values(&r.target)
    );
}

#[test]
fn a_headline_subject_that_was_breached_is_the_victim() {
    let s = suggester();
    let r = s.suggest("Harbor Freight data breach exposes customer addresses", "");
    assert_eq!(values(&r.target), ["Harbor Freight"]);
    let r = s.suggest(
        "Brightline Bank says customer data was accessed by hackers",
        "",
    );
    assert_eq!(values(&r.target), ["Brightline Bank"]);
    let r = s.suggest("Hackers stole customer records from Maison Dupuis", "");
    assert_eq!(values(&r.target), ["Maison Dupuis"]);
    let r = s.suggest(
        "Intermarché se fait voler les données de 50 000 clients",
        "",
    );
    assert_eq!(values(&r.target), ["Intermarché"]);
    let r = s.suggest("Auchan touché par une cyberattaque", "");
    assert_eq!(values(&r.target), ["Auchan"]);
    let r = s.suggest("Leroy Merlin a confirmé une fuite de données", "");
    assert_eq!(values(&r.target), ["Leroy Merlin"]);
    let r = s.suggest("Harbor Freight held to ransom by hackers", "");
    assert_eq!(values(&r.target), ["Harbor Freight"]);
    let r = s.suggest("La clinique du Parc rançonnée par des pirates", "");
    assert_eq!(values(&r.target), ["Clinique du Parc"]);
    // Investigators and vendors speaking of others' attacks, and a campaign's name, are no victims.
    for title in [
        "Police say hackers stole customer data from an online shop",
        "FBI says hackers stole data from its customers",
        "Northwind Security says Chinese hackers exploited SharePoint flaws",
        "ToolShell attacks hit SharePoint servers",
        "La police indique que des pirates ont volé des données",
    ] {
        let r = s.suggest(title, "");
        assert!(r.target.is_empty(), "{title}: {:?}", values(&r.target));
    }
}

#[test]
fn product_and_policy_prose_gives_no_attack_type() {
    let s = suggester();
    let r = s.suggest(
        "Northwind launches new feature to stop ransomware",
        "The new feature protects against intrusions and backdoors and helps detect data exfiltration \
         before it happens.",
    );
    assert!(r.attack.is_empty(), "{:?}", values(&r.attack));
    let r = s.suggest(
        "Nouvelle offre de sécurité pour les PME",
        "La nouvelle fonctionnalité protège contre les intrusions et les portes dérobées, et aide \
         à détecter les exfiltrations de données.",
    );
    assert!(r.attack.is_empty(), "{:?}", values(&r.attack));
    let r = s.suggest(
        "Cybersécurité des collectivités",
        "La directive impose de déclarer les fuites de données et les rançongiciels sous 72 heures.",
    );
    assert!(r.attack.is_empty(), "{:?}", values(&r.attack));
    // Prose that also reports an attack on someone still says what happened.
    let r = s.suggest(
        "Vendor launches recovery service after ransomware attack on Harbor Freight",
        "",
    );
    assert_eq!(values(&r.attack), ["ransomware"]);
    let r = s.suggest(
        "Cyberattaque",
        "Le lancement du service a été retardé : la mairie de Vannes a été victime d'un rançongiciel.",
    );
    assert_eq!(values(&r.attack), ["ransomware"]);
}

#[test]
fn a_place_in_passing_does_not_give_the_victims_country() {
    let s = suggester();
    // An event's venue.
    let r = s.suggest(
        "Hospital hit by ransomware",
        "The attack on the hospital was presented at a security conference in London on Tuesday.",
    );
    assert!(r.country.is_empty(), "{:?}", values(&r.country));
    let r = s.suggest(
        "La mairie de Vannes victime d'un rançongiciel",
        "L'attaque a été détaillée lors d'une conférence à Bruxelles.",
    );
    assert_eq!(values(&r.country), ["FR"]);
    // The seat of the attackers or of the vendor.
    let r = s.suggest(
        "Ransomware hits Harbor Valley Clinic",
        "The attackers, believed to be based in Moscow, encrypted the clinic's servers.",
    );
    assert!(r.country.is_empty(), "{:?}", values(&r.country));
    let r = s.suggest(
        "Cyberattaque contre la clinique du Parc",
        "La clinique du Parc a été victime d'une intrusion, selon l'éditeur, basé à Genève, de son logiciel.",
    );
    assert!(
        !values(&r.country).contains(&"CH"),
        "{:?}",
        values(&r.country)
    );
    // A victim's own seat still gives its country.
    let r = s.suggest(
        "Ransomware",
        "Harbor Freight, based in Calabasas, California, was hit by ransomware.",
    );
    assert_eq!(values(&r.country), ["US"]);
}

#[test]
fn a_headline_s_capitalised_first_word_is_no_victim_unless_the_text_names_it() {
    let s = suggester();
    // Every headline capitalises its first word: one the text writes in lower case is no name.
    let r = s.suggest(
        "Criminal cyberattack is behind the outage, police say",
        "The outage at the port was caused by a criminal cyberattack, police said on Monday.",
    );
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
    let r = s.suggest(
        "Cyberattaque : la préfecture confirme l'incident",
        "Une cyberattaque a visé la préfecture lundi, confirme la préfecture.",
    );
    assert!(
        !values(&r.target).contains(&"Cyberattaque"),
        "{:?}",
        values(&r.target)
    );
    // A name the text writes again, capitalised inside a sentence, stays the victim.
    let r = s.suggest(
        "Coinbase data breach exposes customer addresses",
        "Customer addresses were exposed, said Coinbase in a filing on Thursday.",
    );
    assert_eq!(values(&r.target), ["Coinbase"]);
    let r = s.suggest(
        "Auchan touché par une cyberattaque",
        "Les données de clients d'Auchan ont été dérobées, indique l'enseigne.",
    );
    assert_eq!(values(&r.target), ["Auchan"]);
    // The press's « X : … » names its subject even when the lead does not repeat it.
    let r = s.suggest(
        "Veltrava : 2 millions d'entrées exposées",
        "Une base de données ouverte exposait les comptes des clients de la plateforme.",
    );
    assert_eq!(values(&r.target), ["Veltrava"]);
}

// Attack types, actors and countries on news nobody tuned on (issue 10, fresh split): each rule
// with the sentence that motivated it, in French and in English.

fn attacks(title: &str, text: &str) -> Vec<String> {
    let r = suggester().suggest(title, text);
    r.attack.iter().map(|a| a.value.clone()).collect()
}

fn countries(title: &str, text: &str) -> Vec<String> {
    let r = suggester().suggest(title, text);
    r.country.iter().map(|a| a.value.clone()).collect()
}

#[test]
fn anonymous_the_collective_is_an_actor_in_french() {
    let s = suggester();
    let r = s.suggest(
        "Les médias russes ciblés par les hackers « Anonymous »",
        "Le groupe de hackers « Anonymous » a revendiqué, lundi, une cyberattaque.",
    );
    assert_eq!(values(&r.actor), ["Anonymous"]);
    let r = s.suggest(
        "Guerre en Ukraine : la télévision russe a-t-elle été piratée par des Anonymous ?",
        "",
    );
    assert_eq!(values(&r.actor), ["Anonymous"]);
}

#[test]
fn anonymous_the_collective_is_an_actor_in_english_not_an_anonymous_source() {
    let s = suggester();
    let r = s.suggest(
        "Anonymous hacktivists take down Russian state media sites",
        "",
    );
    assert_eq!(values(&r.actor), ["Anonymous"]);
    let prose = s.suggest(
        "Hospital hit by ransomware",
        "An anonymous source said the hospital was hit. Anonymous donors paid for new servers.",
    );
    assert!(prose.actor.is_empty(), "{:?}", prose.actor);
}

#[test]
fn a_three_letter_alias_needs_a_context_word_in_english() {
    // Cleveland City Hall: "taxpayer data at CCA… has not been compromised" is the city's CCA.
    let s = suggester();
    let r = s.suggest(
        "Cyber incident against Cleveland City Hall",
        "They have confirmed that taxpayer data at CCA, as well as user information at public utilities, has not been compromised.",
    );
    assert!(r.actor.is_empty(), "{:?}", r.actor);
    let r = s.suggest("Cyber Caliphate Army hackers deface sites", "");
    assert_eq!(values(&r.actor), ["Cyber Caliphate Army"]);
}

#[test]
fn a_three_letter_alias_needs_a_context_word_in_french() {
    let s = suggester();
    let r = s.suggest(
        "Cyberattaque contre la mairie",
        "Les données fiscales de la CCA n'ont pas été touchées.",
    );
    assert!(r.actor.is_empty(), "{:?}", r.actor);
    let r = s.suggest(
        "Le groupe de hackers CCA revendique la défiguration du site",
        "",
    );
    assert_eq!(values(&r.actor), ["Cyber Caliphate Army"]);
}

#[test]
fn what_a_flaw_could_allow_and_a_hedged_cause_are_no_attack_in_english() {
    // A patch note: "could potentially allow attackers to execute arbitrary code…, leading to
    // unauthorized access, data theft, or further malware installation".
    let patch = attacks(
        "Microsoft's critical patch fixes remote code execution",
        "The vulnerability could potentially allow attackers to execute arbitrary code on a compromised system, leading to unauthorized access, data theft, or further malware installation.",
    );
    assert!(patch.is_empty(), "{patch:?}");
    let hedged = attacks(
        "Hospital diverts ambulances after a cyberattack",
        "The scale suggests a sophisticated attack, possibly involving ransomware, distributed denial-of-service (DDoS) tactics, or a combination of exploits.",
    );
    assert!(hedged.is_empty(), "{hedged:?}");
    let stated = attacks("Hospital diverts ambulances after a ransomware attack", "");
    assert_eq!(stated, ["ransomware"]);
}

#[test]
fn what_a_flaw_could_allow_and_a_hedged_cause_are_no_attack_in_french() {
    let patch = attacks(
        "Microsoft corrige une faille critique",
        "La faille pourrait permettre à un attaquant d'exécuter du code, de voler des données ou d'installer un logiciel malveillant.",
    );
    assert!(patch.is_empty(), "{patch:?}");
    let hedged = attacks(
        "L'hôpital déclenche son plan blanc après une cyberattaque",
        "Selon la direction, il pourrait s'agir d'un rançongiciel.",
    );
    assert!(hedged.is_empty(), "{hedged:?}");
    let unconfirmed = attacks(
        "Les hôpitaux du groupe victimes d'une cyberattaque",
        "Le groupe indique qu'il n'a pas été confirmé qu'une rançon avait été demandée.",
    );
    assert!(unconfirmed.is_empty(), "{unconfirmed:?}");
}

#[test]
fn a_guide_is_no_incident_in_french() {
    let r = attacks(
        "Rançongiciel dans une collectivité : que faire si votre organisation est victime d’une attaque ?",
        "Le rançongiciel chiffre les fichiers d'une collectivité et exige une rançon. Voici les étapes à suivre.",
    );
    assert!(r.is_empty(), "{r:?}");
    let r = attacks(
        "Vol de données en entreprise : pourquoi et comment se protéger ?",
        "Les chiffres de vols de données en entreprise ont connu une hausse de 79% en France entre 2020 et 2021 !",
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_guide_is_no_incident_in_english() {
    let r = attacks(
        "Ransomware at your council: what to do if your organisation is hit",
        "Ransomware encrypts a council's files and demands a ransom. Here are the steps to follow.",
    );
    assert!(r.is_empty(), "{r:?}");
    // A guide's title that names its victim still reports the attack.
    let r = attacks(
        "How hackers paralyzed the city of Dallas with ransomware",
        "",
    );
    assert_eq!(r, ["ransomware"]);
}

#[test]
fn statistics_count_attacks_they_do_not_report_one_in_french() {
    // CNIL's annual report quoted in a piece on the duty to protect customer data.
    let r = attacks(
        "Piratage de données : la sécurité des clients devient une obligation vitale pour les entreprises",
        "La CNIL rapporte que « les attaques par rançongiciels, bien qu’en légère baisse, continuent de représenter une part importante des incidents notifiés ».",
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn statistics_count_attacks_they_do_not_report_one_in_english() {
    let r = attacks(
        "Cyber insurance premiums keep climbing",
        "Ransomware attacks on hospitals are on the rise, and 40 per cent of the incidents notified involved data theft.",
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_ransom_to_unlock_computers_is_ransomware_in_french() {
    let r = attacks(
        "Cyberattaque contre des mairies et des organismes du département",
        "D'autres organismes sont touchés par des cybercriminels qui demandent une rançon pour débloquer les ordinateurs victimes d'un malware (logiciel malveillant).",
    );
    assert_eq!(r, ["ransomware"]);
}

#[test]
fn a_ransom_to_unlock_computers_is_ransomware_in_english() {
    let r = attacks(
        "Town hall computers locked",
        "Criminals hit the town hall and demanded a ransom to unlock the computers.",
    );
    assert_eq!(r, ["ransomware"]);
}

#[test]
fn an_employee_taking_data_is_an_insider_in_french() {
    let r = attacks(
        "Vol de données personnelles en entreprise : une histoire sans fin ?",
        "Les données de clients de la banque ont été piratées. Un employé de la banque a pu – sans y être autorisé – consulter et transférer des données liées à 730 000 comptes bancaires sur un serveur privé.",
    );
    assert!(r.contains(&"insider".to_string()), "{r:?}");
    // An employee who opens a trapped attachment is the attackers' way in, not an insider.
    let r = attacks(
        "La mairie victime d'un rançongiciel",
        "Un employé a téléchargé une pièce jointe piégée contenant des fichiers.",
    );
    assert!(!r.contains(&"insider".to_string()), "{r:?}");
}

#[test]
fn an_employee_taking_data_is_an_insider_in_english() {
    let r = attacks(
        "Bank discloses data breach",
        "The bank said a former employee downloaded customer records to a personal account before leaving.",
    );
    assert!(r.contains(&"insider".to_string()), "{r:?}");
    let r = attacks(
        "Bank discloses data breach",
        "An employee downloaded a malicious attachment that gave the attackers access to files.",
    );
    assert!(!r.contains(&"insider".to_string()), "{r:?}");
    let r = attacks(
        "Bank discloses data breach",
        "An employee noticed that hackers had accessed customer data.",
    );
    assert!(!r.contains(&"insider".to_string()), "{r:?}");
}

#[test]
fn a_viral_attack_and_data_in_hackers_hands_are_named_in_french() {
    let r = attacks(
        "Les hôpitaux du groupe victimes d'une cyberattaque",
        "La direction a confirmé que ces établissements avaient été visés par une \"attaque virale\". Les informations de 200 000 personnes sont entre les mains des hackers.",
    );
    assert_eq!(r, ["malware", "data-breach"]);
}

#[test]
fn a_computer_virus_and_accessed_personal_data_are_named_in_english() {
    let r = attacks(
        "Hackers hit AT&T system, get credit card info",
        "Unauthorized persons hacked into one of its computer systems and accessed the personal data of about 19,000 customers. A computer virus was found on the servers.",
    );
    assert!(r.contains(&"data-breach".to_string()), "{r:?}");
    assert!(r.contains(&"malware".to_string()), "{r:?}");
}

#[test]
fn a_war_a_language_or_a_researcher_s_country_is_not_the_victim_s_in_french() {
    let c = countries(
        "Guerre en Ukraine : la télévision russe a-t-elle été piratée par des Anonymous ?",
        "",
    );
    assert_eq!(c, ["RU"]);
    let c = countries(
        "Les hackers revendiquent la cyberattaque",
        "Ils ont revendiqué la cyberattaque visant RT, une chaîne disponible en plusieurs langues – dont le français, et financée par l'État russe.",
    );
    assert!(!c.contains(&"FR".to_string()), "{c:?}");
    // « banque américaine Morgan Stanley »: Stanley, the Falklands' capital, is in a name.
    let c = countries(
        "Vol de données en entreprise",
        "Les données de clients de la banque Morgan Stanley ont été piratées.",
    );
    assert!(!c.contains(&"FK".to_string()), "{c:?}");
}

#[test]
fn a_war_a_language_or_a_researcher_s_country_is_not_the_victim_s_in_english() {
    let c = countries("War in Ukraine: Russian state TV channel was hacked", "");
    assert_eq!(c, ["RU"]);
    let c = countries(
        "Botnet hits TV boxes",
        "The botnet was hit by a takedown. The Chinese security company XLAB flagged the domains used to hit the devices.",
    );
    assert!(!c.contains(&"CN".to_string()), "{c:?}");
    let c = countries(
        "Bank data breach",
        "Customer data of Morgan Stanley was hacked, the bank said.",
    );
    assert!(!c.contains(&"FK".to_string()), "{c:?}");
}

// ---- Victims on news nobody tuned on (issue 10, fresh split's misses) ----

#[test]
fn an_attack_at_an_institution_names_it_the_victim() {
    let s = suggester();
    // Fresh split: « Fuite de données à la Mairie des Lilas », « Une nouvelle cyberattaque à la
    // clinique André Renard ».
    let r = s.suggest("Fuite de données à la Mairie des Lilas", "");
    assert_eq!(values(&r.target), ["Mairie des Lilas"]);
    let r = s.suggest("Une nouvelle cyberattaque à la clinique André Renard", "");
    assert_eq!(values(&r.target), ["Clinique André Renard"]);
    let r = s.suggest(
        "Rançongiciel au CHU de Brest : les urgences en mode dégradé",
        "",
    );
    assert_eq!(values(&r.target), ["CHU de Brest"]);
    // A town after « à » is where, not who.
    let r = s.suggest("Cyberattaque à Marseille : des écoles touchées", "");
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
    let r = s.suggest(
        "Data leak at Harbor Valley Clinic exposes patient files",
        "",
    );
    assert_eq!(values(&r.target), ["Harbor Valley Clinic"]);
}

#[test]
fn a_subject_restoring_its_services_after_an_attack_is_the_victim() {
    let s = suggester();
    // Fresh split: "Hackney Council in London is continuing to try to restore services after a
    // … cyberattack".
    let r = s.suggest(
        "Outage",
        "Hackney Council in London is continuing to try to restore services after a serious cyberattack.",
    );
    assert_eq!(values(&r.target), ["Hackney Council"]);
    let r = s.suggest(
        "Panne",
        "La mairie de Montauban tente toujours de rétablir ses services après une cyberattaque.",
    );
    assert_eq!(values(&r.target), ["Mairie de Montauban"]);
    // Restoring someone else's services is no attack on oneself.
    let r = s.suggest("Update", "Our engineers restored services after the storm.");
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
}

#[test]
fn an_earlier_victim_recalled_in_a_relative_clause_is_no_victim() {
    let s = suggester();
    // LeMagIT on Thales: « Lockbit 3.0, le gang … qui s'était attaqué à l'hôpital de
    // Corbeil-Essonnes fin août, revendique une cyberattaque contre Thales ».
    let r = s.suggest(
        "Cyberattaque",
        "Lockbit 3.0, le gang qui avait visé l'hôpital de Corbeil-Essonnes fin août, revendique une cyberattaque contre la société Maison Dupuis.",
    );
    assert_eq!(values(&r.target), ["Maison Dupuis"]);
    let r = s.suggest(
        "Ransomware",
        "The gang, which had targeted Harbor Valley Clinic in May, claimed an attack on Halvorsen Logistics.",
    );
    assert_eq!(values(&r.target), ["Halvorsen Logistics"]);
}

#[test]
fn a_victim_s_name_loses_what_only_describes_it() {
    let s = suggester();
    // Fresh split: « Les 120 hôpitaux du groupe de santé Ramsay en France victimes d'une
    // cyberattaque »; "A cyberattack on … the Ascension health system".
    let r = s.suggest(
        "Les 40 cliniques du groupe de santé Vivalto en France victimes d'une cyberattaque",
        "",
    );
    assert_eq!(values(&r.target), ["Vivalto"]);
    assert_eq!(values(&r.country), ["FR"]);
    let r = s.suggest(
        "Cyberattack",
        "A cyberattack on the Ascension health system diverted ambulances from its hospitals.",
    );
    assert_eq!(values(&r.target), ["Ascension"]);
    assert_eq!(values(&r.sector), ["health"]);
    // A name of its own keeps its last words.
    let r = s.suggest("Ransomware attack on Tampa General Hospital", "");
    assert_eq!(values(&r.target), ["Tampa General Hospital"]);
}

#[test]
fn a_town_and_its_town_hall_are_the_same_victim() {
    // Fresh split: « La ville de Bobigny » labelled « Mairie de Bobigny », « le département de
    // Seine-Maritime » its « Conseil départemental »; "City of Cleveland", "Cleveland City Hall".
    assert!(same_victim("Ville de Bobigny", "Mairie de Bobigny"));
    assert!(same_victim(
        "Département de Seine-Maritime",
        "Conseil départemental de Seine-Maritime"
    ));
    assert!(same_victim("City of Cleveland", "Cleveland City Hall"));
    assert!(!same_victim("Ville de Bobigny", "Mairie de Pantin"));
    assert!(!same_victim("City of Cleveland", "Cleveland Clinic"));
    assert!(!same_victim("Mairie de Paris", "Paris"));
}

#[test]
fn a_capitalised_word_before_a_number_is_no_victim() {
    let s = suggester();
    // Fresh split: « Entre 2011 et 2014, un employé de la banque a pu … transférer des données …
    // sur un serveur privé, qui a ensuite été piraté » (here without the comma, which the
    // opening-phrase rule reads).
    let r = s.suggest("Fuite", "Entre 2011 et 2014 le serveur a été piraté.");
    assert!(
        r.target.iter().all(|t| !t.value.starts_with("Entre")),
        "{:?}",
        values(&r.target)
    );
    let r = s.suggest(
        "Breach",
        "Between 2011 and 2014 the bank's private server has been hacked by an employee.",
    );
    assert!(
        r.target.iter().all(|t| !t.value.starts_with("Between")),
        "{:?}",
        values(&r.target)
    );
}

#[test]
fn an_institution_hit_unnamed_is_the_one_the_text_names_in_full() {
    let s = suggester();
    // Fresh split: « Mairie cyberattaquée : des données des habitants divulguées » … « La Mairie
    // de Betton, en Ille-et-Vilaine, assure qu'elle augmentera son budget ».
    let r = s.suggest(
        "Mairie cyberattaquée : des données des habitants divulguées",
        "Au moins 20 000 fichiers ont été extraits. La Mairie de Plouzané, dans le Finistère, assure qu'elle augmentera son budget.",
    );
    let victim = find(&r.target, "Mairie de Plouzané").expect("the town hall named in full");
    assert_eq!(victim.confidence, Confidence::Medium, "inferred");
    // "A local council has confirmed that an outage … was caused by a cyber-attack. Redcar and
    // Cleveland Borough Council said …"
    let r = s.suggest(
        "Council Staff Revert To Pen And Paper Following ‘Cyber-Attack’",
        "A local council has confirmed that an outage of its online services was caused by a cyber-attack. Thornbury and Alveston Borough Council said the cause appears to be ransomware.",
    );
    assert_eq!(
        values(&r.target),
        ["Thornbury and Alveston Borough Council"]
    );
    // Another kind of institution named in full is not the one hit.
    let r = s.suggest(
        "Mairie cyberattaquée",
        "Le CHU de Brest a prêté des ordinateurs.",
    );
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
}

#[test]
fn a_place_before_a_colon_is_where_the_victim_is() {
    let s = suggester();
    // Fresh split: « Saint-Etienne : une clinique victime d'une cyberattaque, les données de
    // 126 000 patients volées ».
    let r = s.suggest(
        "Saint-Etienne : une clinique victime d’une cyberattaque, les données de 126 000 patients volées",
        "",
    );
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
    assert_eq!(values(&r.sector), ["health"]);
    let r = s.suggest("Springfield: city council hit by ransomware attack", "");
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
}

#[test]
fn a_victim_described_with_an_indefinite_article_is_a_kind_not_a_name() {
    let s = suggester();
    // Fresh split: "A cyberattack on a Massachusetts hospital system has forced the facility to
    // divert incoming ambulances"; « une cyberattaque du système informatique d'une clinique de
    // Saint-Etienne ».
    let r = s.suggest(
        "Ambulances diverted",
        "A cyberattack on a Massachusetts hospital system has forced the facility to divert ambulances.",
    );
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
    assert_eq!(values(&r.sector), ["health"]);
    let r = s.suggest(
        "Cyberattaque",
        "Une cyberattaque contre une clinique de Saint-Etienne a exposé les données de 126 000 patients.",
    );
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
    // The definite article names it.
    let r = s.suggest(
        "Cyberattaque",
        "Une cyberattaque contre la clinique de Champagne a exposé 375 dossiers médicaux.",
    );
    assert_eq!(values(&r.target), ["Clinique de Champagne"]);
}

#[test]
fn a_sentence_about_a_law_or_a_product_names_no_victim() {
    let s = suggester();
    // Fresh split: "The bipartisan legislation marks one of the biggest attempts … to respond to …
    // ransomware attacks against the Colonial Pipeline"; "The Senate on Tuesday passed a bill
    // that would require … operators to report … that they've been the victim of a cyber incident."
    let r = s.suggest(
        "Lawmakers propose incident reporting bill",
        "The legislation responds to ransomware attacks against the Halvorsen Pipeline and Acme Meats.",
    );
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
    let r = s.suggest(
        "Projet de loi",
        "Le projet de loi répond aux cyberattaques contre la mairie de Vannes et le CHU de Brest.",
    );
    assert!(r.target.is_empty(), "{:?}", values(&r.target));
}

#[test]
fn a_subject_said_in_the_passive_to_be_hit_is_the_victim() {
    let s = suggester();
    // Fresh split: "Marks and Spencers was also targeted last week by a "cyber incident"";
    // "Prospect Medical Holding, a US-based health center that was affected by the attack".
    let r = s.suggest(
        "Cyber attack",
        "Co-op customers have had their data stolen. Halvorsen Logistics was also targeted last week by a \"cyber incident\" which sparked an outage.",
    );
    assert!(
        values(&r.target).contains(&"Halvorsen Logistics"),
        "{:?}",
        values(&r.target)
    );
    let r = s.suggest(
        "Cyberattack",
        "Prospect Medical Holding, a US-based health center that was affected by the attack, took its systems offline.",
    );
    assert_eq!(values(&r.target), ["Prospect Medical Holding"]);
    let r = s.suggest(
        "Cyberattaque",
        "Les serveurs de la Maison Dupuis ont été attaqués samedi par un rançongiciel.",
    );
    assert_eq!(values(&r.target), ["Maison Dupuis"]);
}

#[test]
fn a_sentence_s_subject_comes_after_its_opening_phrase() {
    let s = suggester();
    // Fresh split: "As of late Friday morning, Crozer Health, a network of three hospitals …, was
    // still diverting ambulances … because of a "ransomware attack"".
    let r = s.suggest(
        "Cyberattack",
        "As of late Friday morning, Crozer Health, a network of three hospitals, was still diverting ambulances because of a ransomware attack.",
    );
    assert_eq!(values(&r.target), ["Crozer Health"]);
    // « Ce jeudi, le conseil départemental des Alpes-Maritimes annonce avoir été contraint de
    // couper ses réseaux », la collectivité faisant face à une cyberattaque.
    let r = s.suggest(
        "Cyberattaque",
        "Ce jeudi, le conseil départemental des Alpes-Maritimes annonce avoir été contraint de couper ses réseaux face à une cyberattaque.",
    );
    assert_eq!(
        values(&r.target),
        ["Conseil départemental des Alpes-Maritimes"]
    );
}

#[test]
fn victims_listed_together_are_each_a_victim() {
    let s = suggester();
    // Fresh split: « Samedi, les sites du Kremlin, de la Douma (la chambre basse du Parlement
    // russe) et du ministère russe de la Défense étaient hors ligne ».
    let r = s.suggest(
        "DDoS",
        "Samedi, les sites du Kremlin, de la Douma (la chambre basse du Parlement russe) et de la Banque Centrale étaient hors ligne après une attaque DDoS.",
    );
    let got = values(&r.target);
    for v in ["Kremlin", "Douma", "Banque Centrale"] {
        assert!(got.contains(&v), "{v} in {got:?}");
    }
    // "A, B and C were hit".
    let r = s.suggest(
        "Ransomware",
        "Acme Foods, Globex Logistics and Initech Systems were hit by the same ransomware gang.",
    );
    let got = values(&r.target);
    for v in ["Acme Foods", "Globex Logistics", "Initech Systems"] {
        assert!(got.contains(&v), "{v} in {got:?}");
    }
    // A legal form after a comma is no other victim; one name with "and" stays one.
    let r = s.suggest(
        "Settlement",
        "A ransomware attack on Syracuse ASC, LLC exposed patient data. Redcar and Cleveland Borough Council was hit by ransomware.",
    );
    let got = values(&r.target);
    assert!(!got.contains(&"LLC"), "{got:?}");
    assert!(
        got.contains(&"Redcar and Cleveland Borough Council"),
        "{got:?}"
    );
}

#[test]
fn a_medium_named_by_what_it_is_is_the_victim() {
    let s = suggester();
    // Fresh split: « le collectif était parvenu à mettre hors ligne le site de la chaîne Russia
    // Today »; « Fuite de données pour un site de la mairie de Marseille ».
    let r = s.suggest(
        "DDoS",
        "Le collectif était parvenu à mettre hors ligne le site de la chaîne Télé Horizon par une attaque DDoS.",
    );
    assert_eq!(values(&r.target), ["Télé Horizon"]);
    assert!(
        values(&r.sector).contains(&"media"),
        "{:?}",
        values(&r.sector)
    );
    let r = s.suggest(
        "Fuite de données pour un site de la mairie de Marseille",
        "",
    );
    assert_eq!(values(&r.target), ["Mairie de Marseille"]);
    let r = s.suggest(
        "Ransomware",
        "A ransomware attack on the newspaper Daily Courier halted its presses.",
    );
    assert_eq!(values(&r.target), ["Daily Courier"]);
}

#[test]
fn earlier_victims_recalled_before_the_story_s_own_are_context() {
    let s = suggester();
    // Fresh split: « Yahoo, d'abord… Plus récemment, c'est la société de crédit Equifax qui a été
    // victime d'une cyberattaque… Récemment, c'est la chaine Pizza Hut… ».
    let r = s.suggest(
        "Maison Dupuis se fait voler les données de 60 000 clients",
        "Plus récemment, c'est la société Halvorsen Crédit qui a été victime d'une cyberattaque entraînant le vol de 143 millions de données. Récemment, c'est la chaîne Maison Dupuis qui a fait les frais d'un vol de données.",
    );
    assert_eq!(values(&r.target), ["Maison Dupuis"]);
    let r = s.suggest(
        "Maison Dupuis says hackers stole customer data",
        "Last spring Halvorsen Credit was hit by a data breach exposing 143 million records. Now Maison Dupuis has told customers their payment data was stolen.",
    );
    assert_eq!(values(&r.target), ["Maison Dupuis"]);
    // A victim named after the story's own is kept ("Marks and Spencers was also targeted").
    let r = s.suggest(
        "Maison Dupuis says hackers stole customer data",
        "Maison Dupuis has told customers their payment data was stolen. Halvorsen Logistics was also targeted last week by a cyber incident.",
    );
    assert_eq!(values(&r.target), ["Maison Dupuis", "Halvorsen Logistics"]);
}

#[test]
fn an_abbreviation_inside_a_name_does_not_cut_it() {
    let s = suggester();
    // Fresh split: "RansomHub claimed responsibility for a ransomware attack on the Sault Ste.
    // Marie Tribe of Chippewa Indians".
    let r = s.suggest(
        "Ransomware",
        "RansomHub claimed a ransomware attack on the Sault Ste. Marie Tribe of Chippewa Indians, alleging they locked its servers.",
    );
    assert_eq!(
        values(&r.target),
        ["Sault Ste. Marie Tribe of Chippewa Indians"]
    );
    let r = s.suggest(
        "Cyberattaque",
        "Une cyberattaque contre la mairie de Ste. Marie-aux-Mines a paralysé ses services.",
    );
    assert_eq!(values(&r.target), ["Mairie de Ste. Marie-aux-Mines"]);
}

#[test]
fn a_full_stop_after_a_wide_space_never_breaks_the_abbreviation_rule() {
    let s = suggester();
    // Found by fuzz_props: a three-byte line separator before the full stop.
    for text in [
        "Ste\u{2028}. Marie victime d'une cyberattaque",
        "St\u{a0}. Louis was hit by ransomware",
    ] {
        let _ = s.suggest("Cyberattaque", text);
        let _ = s.suggest(text, "");
    }
}

// Attack types on news nobody tuned on (issue 10, unseen split, round s15attack): each rule with
// the sentence that motivated it, in French and in English.

#[test]
fn encryption_and_a_ransom_to_regain_control_are_ransomware_in_french() {
    // Lac-Mégantic: « toutes les informations accessibles par la ville sont encryptées ».
    let r = attacks(
        "La Ville en gestion de crise après une cyberattaque",
        "On a découvert que toutes les informations accessibles par la ville sont encryptées.",
    );
    assert_eq!(r, ["ransomware"]);
    // MRC de Mékinac: a ransom « si elle souhaite retrouver le contrôle de son parc informatique ».
    let r = attacks(
        "Le système informatique de la MRC paralysé par des pirates",
        "Les pirates exigent une rançon à la MRC, si elle souhaite retrouver le contrôle de son parc informatique.",
    );
    assert_eq!(r, ["ransomware"]);
}

#[test]
fn encryption_and_a_ransom_to_regain_access_are_ransomware_in_english() {
    let r = attacks(
        "Town paralysed by hackers",
        "The hackers demanded a ransom for the town to regain access to its computers.",
    );
    assert_eq!(r, ["ransomware"]);
    let r = attacks(
        "County hit by cyberattack",
        "All of the county's servers were encrypted by the attackers on Sunday.",
    );
    assert_eq!(r, ["ransomware"]);
}

#[test]
fn a_threat_to_leak_and_an_auction_are_extortion_in_french() {
    // Ruag / Swissmem: « a revendiqué l'attaque et menacé de diffuser les documents volés ».
    let r = attacks(
        "Données sur le darknet",
        "Un groupe de hackers a revendiqué l'attaque et menacé de diffuser les documents dérobés.",
    );
    assert!(r.contains(&"extortion".to_string()), "{r:?}");
    // Le Team: « les a divulgués sur le darknet ».
    let r = attacks(
        "Une agence de placement hackée",
        "Un groupe de hackers a volé 200 Go de données à une agence de placement et les a divulgués sur le darknet.",
    );
    assert!(r.contains(&"extortion".to_string()), "{r:?}");
}

#[test]
fn a_threat_to_leak_and_an_auction_are_extortion_in_english() {
    // University of West Scotland: "put up for auction on ransomware gang Rhysida's victim blog".
    let r = attacks(
        "University cyberattack",
        "Data stolen from the university has been put up for auction on the gang's victim blog.",
    );
    assert!(r.contains(&"extortion".to_string()), "{r:?}");
    // Open University of Cyprus: "14 days to pay $100,000 or the data would be leaked online".
    let r = attacks(
        "Cyber gang badgers university",
        "The gang gave the university 14 days to pay $100,000 or the data would be leaked online.",
    );
    assert!(r.contains(&"extortion".to_string()), "{r:?}");
}

#[test]
fn a_deepfake_cfo_is_ceo_fraud() {
    // Hong Kong: "employee duped by video call with deepfake of CFO".
    let r = attacks(
        "HK firm scammed after employee duped by video call with deepfake of CFO",
        "",
    );
    assert_eq!(r, ["bec-fraud"]);
    let r = attacks(
        "Escroquerie",
        "Un faux directeur financier a obtenu d'un comptable un virement de 200 000 euros.",
    );
    assert_eq!(r, ["bec-fraud"]);
}

#[test]
fn infiltrating_a_network_is_an_intrusion() {
    // Volt Typhoon: "hackers were able to infiltrate US critical infrastructure systems".
    let r = attacks(
        "Chinese hackers were able to infiltrate US critical infrastructure systems for years",
        "",
    );
    assert_eq!(r, ["intrusion"]);
}

#[test]
fn a_gang_described_as_ransomware_that_steals_data_is_no_ransomware_in_english() {
    // Open University of Cyprus: the Medusa "ransomware gang" stole and leaked data; no
    // encryption and no ransom to restore access are reported.
    let r = attacks(
        "Cyber gang badgers university",
        "The notorious Medusa ransomware gang is asking for $100,000, with samples of the stolen data already leaked online.",
    );
    assert!(!r.contains(&"ransomware".to_string()), "{r:?}");
    assert!(r.contains(&"data-breach".to_string()), "{r:?}");
    // An attack by ransomware is still one, whoever is named next to it.
    let r = attacks("Warlock ransomware attack on a hospital", "");
    assert!(r.contains(&"ransomware".to_string()), "{r:?}");
}

#[test]
fn a_gang_described_as_ransomware_that_steals_data_is_no_ransomware_in_french() {
    let r = attacks(
        "Une université visée",
        "Le gang de rançongiciel Medusa a dérobé des données de l'université et en a publié un échantillon.",
    );
    assert!(!r.contains(&"ransomware".to_string()), "{r:?}");
    assert!(r.contains(&"data-breach".to_string()), "{r:?}");
    // With a ransom, the gang's name says what it did.
    let r = attacks(
        "Une université visée",
        "Le gang de rançongiciel Medusa a dérobé des données et exige une rançon.",
    );
    assert!(r.contains(&"ransomware".to_string()), "{r:?}");
}

#[test]
fn what_a_group_may_deploy_is_no_attack() {
    // Clop: "a 'double-extortion' tactic, in which ransomware may be deployed".
    let r = attacks(
        "Universities named on a leak site",
        "Clop employs a tactic in which ransomware may be deployed on a compromised machine first.",
    );
    assert!(!r.contains(&"ransomware".to_string()), "{r:?}");
    let r = attacks(
        "Des universités citées",
        "Dans cette tactique, un rançongiciel pourrait être déployé sur une machine compromise.",
    );
    assert!(!r.contains(&"ransomware".to_string()), "{r:?}");
}

#[test]
fn no_data_stolen_denies_the_theft_in_french() {
    // La Nation: « aucune donnée personnelle n'a été dérobée, affirment les autorités ».
    let r = attacks(
        "La Municipalité victime d'une cyberattaque",
        "Un logiciel malveillant a verrouillé l'accès à plusieurs systèmes, mais aucune donnée personnelle n'a été dérobée.",
    );
    assert_eq!(r, ["ransomware"]);
}

#[test]
fn a_risk_of_impersonation_is_no_attack() {
    // « augmentant les risques d'usurpation d'identité et de fraude ».
    let r = attacks(
        "Des données en vente",
        "Les données sont vendues sur un forum pour 2000 dollars, augmentant les risques d'usurpation d'identité.",
    );
    assert!(!r.contains(&"social-engineering".to_string()), "{r:?}");
    let r = attacks(
        "Data for sale",
        "The records are for sale on a forum, raising the risks of impersonation.",
    );
    assert!(!r.contains(&"social-engineering".to_string()), "{r:?}");
}

#[test]
fn a_trend_or_an_anatomy_title_reports_no_attack() {
    let r = attacks(
        "Ransomware payments decline",
        "Ransomware payments fell by 35% year-over-year, according to a new report. Ransomware groups received $813m in extortion payments.",
    );
    assert!(r.is_empty(), "{r:?}");
    let r = attacks(
        "Anatomie d’une arnaque au président",
        "La « fraude au président » reste l’une des arnaques les plus prisées des escrocs.",
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn what_attackers_can_do_is_no_attack() {
    // Google passkeys: "attackers can steal your password or trick you into giving it to them in
    // phishing attacks".
    let r = attacks(
        "Passkeys for everyone",
        "Passwords have serious security issues: attackers can steal your password or trick you into giving it to them in phishing attacks.",
    );
    assert!(r.is_empty(), "{r:?}");
    let r = attacks(
        "Les clés d'accès",
        "Les mots de passe sont fragiles : les pirates peuvent les voler par hameçonnage.",
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_past_attack_recalled_anywhere_in_a_sentence_is_background() {
    // Leicester: "Kent County Council's children's department fell victim to a phishing attack
    // last year".
    let r = attacks(
        "Council services disrupted by cyber attack",
        "The council was hit by a cyber attack on Thursday. Another council fell victim to a phishing attack last year.",
    );
    assert!(!r.contains(&"phishing".to_string()), "{r:?}");
    let r = attacks(
        "La mairie victime d'une cyberattaque",
        "La mairie a été victime d'une cyberattaque jeudi. Une commune voisine avait subi un hameçonnage l'an dernier.",
    );
    assert!(!r.contains(&"phishing".to_string()), "{r:?}");
}

#[test]
fn stolen_money_is_no_data_breach() {
    // "used a LinkedIn phishing scheme to gain access … and stole the bitcoins in May".
    let r = attacks(
        "Hackers linked to theft from crypto exchange",
        "The hackers gained access to a cryptocurrency wallet company and stole the bitcoins in May.",
    );
    assert!(!r.contains(&"data-breach".to_string()), "{r:?}");
    let r = attacks(
        "Une plateforme piratée",
        "Les pirates ont dérobé 2 millions d'euros en cryptomonnaie à la plateforme.",
    );
    assert!(!r.contains(&"data-breach".to_string()), "{r:?}");
}

#[test]
fn a_ransom_in_bitcoin_names_no_sector() {
    let r = suggester().suggest(
        "University cyberattack",
        "The university was hit by hackers demanding 20 bitcoin for the stolen data.",
    );
    assert!(
        !values(&r.sector).contains(&"cryptocurrency"),
        "{:?}",
        r.sector
    );
    let r = suggester().suggest(
        "La mairie victime d'une cyberattaque",
        "La mairie a été victime de pirates qui réclament 10 bitcoins pour les données volées.",
    );
    assert!(
        !values(&r.sector).contains(&"cryptocurrency"),
        "{:?}",
        r.sector
    );
}

// Countries on news nobody tuned on (issue 10, unseen split, round s15attack).

#[test]
fn a_province_or_a_nation_gives_the_victim_country() {
    // La Nation: « dans l'Est de l'Ontario » (Ontario was the Californian city).
    let r = countries(
        "La Municipalité de La Nation, dans l'Est de l'Ontario, a été victime d'une cyberattaque",
        "",
    );
    assert_eq!(r, ["CA"]);
    let r = countries("A hospital in Saskatchewan was hit by ransomware", "");
    assert_eq!(r, ["CA"]);
    let r = countries("Ransomware attack on a school in Scotland", "");
    assert_eq!(r, ["GB"]);
}

#[test]
fn a_place_that_opens_a_name_gives_its_country() {
    // ICO: "a 100,000 penalty was handed to Hertfordshire County Council".
    let r = countries(
        "Data breach fines",
        "A data breach penalty was handed to Hertfordshire County Council.",
    );
    assert_eq!(r, ["GB"]);
    let r = countries(
        "Rançongiciel",
        "Un rançongiciel a frappé Montréal Habitation, qui a été victime d'une cyberattaque.",
    );
    assert_eq!(r, ["CA"]);
    // The second half of a joined name is no place of its own.
    let r = countries(
        "Council hit",
        "Redcar and Cleveland Borough Council was hit by a cyber attack.",
    );
    assert!(!r.contains(&"US".to_string()), "{r:?}");
    let r = countries(
        "Rançongiciel",
        "Le cabinet Dupont et Cleveland a été victime d'un rançongiciel.",
    );
    assert!(!r.contains(&"US".to_string()), "{r:?}");
}

#[test]
fn a_place_before_an_attack_is_where_it_happened() {
    // "University of West Scotland cyberattack: Rhysida ransomware".
    let r = countries(
        "University of West Scotland cyberattack: Rhysida ransomware",
        "",
    );
    assert_eq!(r, ["GB"]);
    let r = countries(
        "Hôpital de Genève, cyberattaque revendiquée par LockBit",
        "",
    );
    assert_eq!(r, ["CH"]);
}

#[test]
fn an_accused_country_is_the_attacker() {
    let r = countries(
        "Pékin est une fois de plus accusée d'une vaste opération de cyberespionnage",
        "",
    );
    assert!(r.is_empty(), "{r:?}");
    let r = countries(
        "Crypto theft",
        "North Korea was accused of being behind the theft at the exchange, which was hacked last week.",
    );
    assert!(!r.contains(&"KP".to_string()), "{r:?}");
}

#[test]
fn a_country_served_or_supported_is_the_attacker() {
    // Mandiant: « a mené des activités d'espionnage en soutien à la Chine ».
    let r = countries(
        "Cyberespionnage",
        "Le groupe responsable de l'attaque contre l'agence a mené des activités d'espionnage en soutien à la Chine.",
    );
    assert!(!r.contains(&"CN".to_string()), "{r:?}");
    let r = countries(
        "Espionage",
        "The group that hacked the ministry carried out espionage on behalf of China.",
    );
    assert!(!r.contains(&"CN".to_string()), "{r:?}");
    // « le ransomware LockBit 3.0, associé à la Russie ».
    let r = countries(
        "Suisse : une société piratée",
        "Les attaquants auraient utilisé le ransomware LockBit 3.0, associé à la Russie, contre la société.",
    );
    assert!(!r.contains(&"RU".to_string()), "{r:?}");
}

#[test]
fn a_headline_that_says_hackers_hacked_reports_an_attack() {
    // « Stormous piratent les comptes de 40 000 étudiants français ».
    let r = countries(
        "Stormous piratent les comptes de 40 000 étudiants français",
        "",
    );
    assert_eq!(r, ["FR"]);
}

#[test]
fn an_agency_that_is_hit_is_no_attacker() {
    // « Cette agence de placement suisse a été hackée »: « agence » named an intelligence agency
    // as the attacker; « renseignement » still does.
    let r = countries(
        "Cette agence de placement suisse a été hackée et vos données sont peut-être en ligne",
        "",
    );
    assert_eq!(r, ["CH"]);
    let r = countries("A Swiss staffing agency was hacked and its data leaked", "");
    assert_eq!(r, ["CH"]);
}

#[test]
fn a_company_scammed_reports_the_fraud_and_its_place() {
    // Hong Kong: "A multi-national company was scammed of HK$200 million after an employee in Hong
    // Kong attended a video conference call".
    let r = suggester().suggest(
        "Deepfake fraud",
        "A multi-national company was scammed of HK$200 million after an employee in Hong Kong attended a video call.",
    );
    assert_eq!(values(&r.attack), ["scam"]);
    assert_eq!(values(&r.country), ["HK"]);
    let r = suggester().suggest(
        "Fraude",
        "Une entreprise a été escroquée de 2 millions d'euros après un appel vidéo reçu par une comptable à Lyon.",
    );
    assert_eq!(values(&r.attack), ["scam"]);
    assert_eq!(values(&r.country), ["FR"]);
}

#[test]
fn us_in_capitals_is_the_united_states() {
    // Volt Typhoon: "hackers were able to infiltrate US critical infrastructure systems".
    let r = countries(
        "Chinese Volt Typhoon hackers were able to infiltrate US critical infrastructure systems for years",
        "",
    );
    assert_eq!(r, ["US"]);
    // "us" is a word; French headlines borrow "US" too.
    let r = countries("Hospital hit by ransomware, staff tell us", "");
    assert!(r.is_empty(), "{r:?}");
    let r = countries("Des pirates ont infiltré des réseaux électriques US", "");
    assert_eq!(r, ["US"]);
}

// The role pass (src/tagging/entities.rs): victims named with no cue the rules know, read off
// their role in the lead's incident sentences, at medium confidence.

fn target_of<'a>(s: &'a Suggestions, value: &str) -> Option<&'a veille::tagging::Suggestion> {
    s.target.iter().find(|t| t.value == value)
}

#[test]
fn the_subject_said_to_be_hit_is_the_victim_fr() {
    let s = suggester();
    // Unseen split (NoName057(16)): « Celui d'Enercoop, coopérative énergétique française, est
    // également impacté. »
    let r = s.suggest(
        "Vague d'attaques DDoS",
        "Les hackers ont poursuivi leur vague d'attaques. Celui d'Enercoop, coopérative énergétique française, est également impacté.",
    );
    let t = target_of(&r, "Enercoop").unwrap_or_else(|| panic!("{:?}", r.target));
    assert_eq!(t.confidence, veille::tagging::Confidence::Medium);
    assert!(t.new_value);
}

#[test]
fn the_subject_said_to_be_hit_is_the_victim_en() {
    let s = suggester();
    // Unseen split: "Celui d'Enercoop … est également impacté", as English writes it.
    let r = s.suggest(
        "Teen arrested over the hacks",
        "A ransomware attack disrupted several retailers on Monday. Globex Freight, a regional carrier, was also impacted.",
    );
    let t = target_of(&r, "Globex Freight").unwrap_or_else(|| panic!("{:?}", r.target));
    assert_eq!(t.confidence, veille::tagging::Confidence::Medium);
}

#[test]
fn a_person_or_a_vendor_subject_of_an_incident_sentence_is_no_victim() {
    let s = suggester();
    // « Clément Domingo, hacker éthique, a évoqué l'emploi probable d'un infostealer » names who
    // speaks; "SpyGuard et MVT aident à rechercher des traces de spyware" a product.
    let r = s.suggest(
        "Fuite de données étudiantes",
        "Clément Domingo, hacker éthique, a évoqué l'emploi probable d'un infostealer.",
    );
    assert!(r.target.is_empty(), "{:?}", r.target);
    let r = s.suggest(
        "SpyGuard and MVT hunt mobile spyware",
        "SpyGuard and MVT help look for traces of spyware on smartphones.",
    );
    assert!(r.target.is_empty(), "{:?}", r.target);
}

#[test]
fn the_object_of_an_attack_noun_is_the_victim_fr() {
    let s = suggester();
    // Unseen split (Ruag): « la cyberattaque de la caisse de compensation… » — here an
    // institution with a capitalised name.
    let r = s.suggest(
        "Des données sur le darknet",
        "La cyberattaque de la Caisse Helvétique, en janvier, est plus importante que prévu.",
    );
    assert!(
        target_of(&r, "Caisse Helvétique").is_some(),
        "{:?}",
        r.target
    );
}

#[test]
fn the_object_of_an_attack_noun_is_the_victim_en() {
    let s = suggester();
    let r = s.suggest(
        "Data on the dark web",
        "The ransomware attack of Initech Holdings exposed the records of 40,000 customers.",
    );
    assert!(
        target_of(&r, "Initech Holdings").is_some(),
        "{:?}",
        r.target
    );
    // "packages on the Node Package Manager": a platform after an attack word is no victim.
    let r = s.suggest(
        "Malicious packages",
        "The attackers published ten malicious packages on the Node Package Manager index.",
    );
    assert!(r.target.is_empty(), "{:?}", r.target);
}

#[test]
fn the_examples_of_a_kind_of_victim_are_victims_fr() {
    let s = suggester();
    // Unseen split: « …ciblent principalement les abonnés d'opérateurs télécoms français comme
    // Orange, SFR, Lyca Mobile ou encore Free. »
    let r = s.suggest(
        "Fuite massive de données",
        "Ces informations, dérobées sur le dark web, ciblent les abonnés d'opérateurs télécoms comme Telco Nord, Mobilis Sud ou encore Réseau Est.",
    );
    for v in ["Telco Nord", "Mobilis Sud", "Réseau Est"] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
    // « des entreprises comme … la Fédération française de football »: a name that goes on in
    // lower case ends the list rather than be cut.
    let r = s.suggest(
        "Données volées",
        "Ces données venaient de piratages d'entreprises comme Boulangerie Dupont et la Fédération française de football.",
    );
    assert!(target_of(&r, "Fédération").is_none(), "{:?}", r.target);
    assert!(
        target_of(&r, "Boulangerie Dupont").is_some(),
        "{:?}",
        r.target
    );
}

#[test]
fn the_examples_of_a_kind_of_victim_are_victims_en() {
    let s = suggester();
    // Unseen split: "the infamous Lapsus$ hacking group that targeted companies like Microsoft,
    // Nvidia, and Okta over the last year".
    let r = s.suggest(
        "Teens arrested",
        "Police arrested seven teens tied to the hacking group that targeted companies like Globex, Initech, and Umbrella Corp over the last year.",
    );
    for v in ["Globex", "Initech", "Umbrella Corp"] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
    // A period's examples are not this story's victims (« ces dernières années… dont Michelin »).
    let r = s.suggest(
        "CEO fraud",
        "In recent years hundreds of companies, including Globex and Initech, were victims of such scams.",
    );
    assert!(r.target.is_empty(), "{:?}", r.target);
}

#[test]
fn a_plural_institution_word_names_each_member_fr() {
    let s = suggester();
    // Unseen split: « Mardi, entre autres, les villes de Nice, Tarbes, Pau, Marseille, Nîmes,
    // ainsi que les départements des Landes et de la Haute-Garonne ont été visés. »
    let r = s.suggest(
        "Attaques DDoS",
        "Mardi, entre autres, les villes de Nice, Tarbes et Pau, ainsi que les départements des Landes et de la Haute-Garonne ont été visés.",
    );
    for v in [
        "Ville de Nice",
        "Ville de Tarbes",
        "Ville de Pau",
        "Département des Landes",
        "Département de la Haute-Garonne",
    ] {
        let t = target_of(&r, v).unwrap_or_else(|| panic!("{v}: {:?}", r.target));
        assert_eq!(t.confidence, veille::tagging::Confidence::Medium);
    }
    assert!(values(&r.sector).contains(&"local-government"));
}

#[test]
fn a_plural_institution_word_names_each_member_en() {
    let s = suggester();
    let r = s.suggest(
        "DDoS wave",
        "The hackers had already targeted community websites, including those of the universities of Leeds and York.",
    );
    // English puts the name first ("Leeds University"): the plural is not distributed, and
    // nothing is made up.
    assert!(
        r.target.iter().all(|t| !t.value.starts_with("Université")),
        "{:?}",
        r.target
    );
    let r = s.suggest(
        "Vague DDoS",
        "Ces hackers avaient déjà ciblé mardi des sites internet, dont ceux des villes de Nice et Marseille.",
    );
    for v in ["Ville de Nice", "Ville de Marseille"] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
}

#[test]
fn what_a_verb_of_harm_reaches_is_the_victim_fr() {
    let s = suggester();
    // Unseen split: « …a été victime d'une cyberattaque, affectant notamment les cliniques Jules
    // Verne à Nantes et de l'Estuaire à Saint-Nazaire. »
    let r = s.suggest(
        "Perturbations dans les cliniques",
        "Le groupe a subi une cyberattaque la semaine dernière, affectant notamment les cliniques Jules Verne à Nantes et de l'Estuaire à Saint-Nazaire.",
    );
    for v in ["Clinique Jules Verne", "Clinique de l'Estuaire"] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
    assert!(values(&r.sector).contains(&"health"));
}

#[test]
fn what_a_verb_of_harm_reaches_is_the_victim_en() {
    let s = suggester();
    let r = s.suggest(
        "Outage",
        "A ransomware outage spread overnight, crippling Globex Freight, Initech Logistics, and Umbrella Corp.",
    );
    for v in ["Globex Freight", "Initech Logistics"] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
}

#[test]
fn the_victims_named_after_a_colon_that_closes_the_incident_fr() {
    let s = suggester();
    // Unseen split: « …deux opérateurs … qui ont subi fin janvier une attaque informatique :
    // Viamedis (détenue notamment par …) et Almerys. »
    let r = s.suggest(
        "Vol de données massif",
        "Deux opérateurs ont subi fin janvier une attaque informatique : Tiers Payant Nord (détenu notamment par deux mutuelles) et Almerys.",
    );
    assert!(target_of(&r, "Almerys").is_some(), "{:?}", r.target);
}

#[test]
fn the_victims_named_after_a_colon_that_closes_the_incident_en() {
    let s = suggester();
    let r = s.suggest(
        "Two processors breached",
        "Two payment processors were hit within five days: Globex Pay (owned by two insurers) and Initech Billing.",
    );
    assert!(target_of(&r, "Initech Billing").is_some(), "{:?}", r.target);
}

#[test]
fn what_stands_for_its_owner_after_a_number_names_the_owner_fr() {
    let s = suggester();
    // Unseen split: « Au total, quatre établissements du groupe Ramsay ont été touchés en France. »
    let r = s.suggest(
        "Cyberattaque",
        "Au total, quatre établissements du groupe Ramsay ont été touchés en France.",
    );
    assert!(
        r.target
            .iter()
            .any(|t| same_victim(&t.value, "Groupe Ramsay")),
        "{:?}",
        r.target
    );
}

#[test]
fn what_stands_for_its_owner_after_a_number_names_the_owner_en() {
    let s = suggester();
    let r = s.suggest(
        "Outage",
        "In total, two subsidiaries of Globex Holdings were hit on Monday.",
    );
    assert!(
        r.target
            .iter()
            .any(|t| same_victim(&t.value, "Globex Holdings")),
        "{:?}",
        r.target
    );
}

#[test]
fn an_attack_only_mentioned_or_without_effect_names_no_victim() {
    let s = suggester();
    // Development split: « Le groupe de hackers a également évoqué une attaque du site du Sénat,
    // mais aucun effet visible ne pouvait être constaté lundi. »
    let r = s.suggest(
        "Le site de l'Assemblée inaccessible",
        "Hier soir, le site était en panne. Le groupe de hackers a également évoqué une attaque du site du Sénat, mais aucun effet visible ne pouvait être constaté lundi.",
    );
    assert!(
        r.target
            .iter()
            .all(|t| !t.value.contains("Sénat") && !t.value.contains("Senate")),
        "{:?}",
        r.target
    );
    let r = s.suggest(
        "Outage",
        "The gang also mentioned an attack of the Globex Holdings portal, but no effect was visible on Monday.",
    );
    assert!(target_of(&r, "Globex Holdings").is_none(), "{:?}", r.target);
}

#[test]
fn a_sentence_that_says_an_attack_with_a_verb_reads_its_examples_fr() {
    let s = suggester();
    // Unseen split: « Mercredi, les hackers … s'en sont pris à plusieurs collectivités, comme le
    // conseil régional du Centre-Val de Loire, la CCI des Hauts-de-France, le portail de la ville
    // de Montpellier et les départements de l'Eure et de l'Aude. »
    let r = s.suggest(
        "DDoS",
        "Mercredi, les hackers s'en sont pris à plusieurs collectivités, comme le conseil régional du Centre-Val de Loire, la CCI des Hauts-de-France, le portail de la ville de Montpellier et les départements de l'Eure et de l'Aude.",
    );
    for v in [
        "Conseil régional du Centre-Val de Loire",
        "CCI des Hauts-de-France",
        "Ville de Montpellier",
        "Département de l'Eure",
        "Département de l'Aude",
    ] {
        assert!(
            r.target
                .iter()
                .any(|t| t.value.to_lowercase() == v.to_lowercase()),
            "{v}: {:?}",
            r.target
        );
    }
}

#[test]
fn a_sentence_that_says_an_attack_with_a_verb_reads_its_examples_en() {
    let s = suggester();
    let r = s.suggest(
        "DDoS",
        "On Wednesday the hackers went after several companies, including Globex Freight, Initech Logistics, and Umbrella Corp.",
    );
    for v in ["Globex Freight", "Initech Logistics"] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
}

#[test]
fn a_title_subject_before_an_attack_noun_is_the_victim() {
    let s = suggester();
    // Unseen split: « Cité de Clarence-Rockland : attaque informatique ».
    let r = s.suggest("Cité de Clarence-Rockland : attaque informatique", "");
    assert_eq!(values(&r.target), ["Cité de Clarence-Rockland"]);
    assert!(values(&r.sector).contains(&"local-government"));
    let r = s.suggest("Globex Freight: cyberattack halts deliveries", "");
    assert_eq!(values(&r.target), ["Globex Freight"]);
}

#[test]
fn a_place_in_apposition_is_not_the_subject_that_was_hit() {
    let s = suggester();
    // Unseen split: « La Municipalité de La Nation, dans l'Est de l'Ontario, a été victime d'une
    // cyberattaque » — an article written with a capital inside the name, a place set apart.
    let r = s.suggest(
        "Cyberattaque",
        "La Municipalité de La Nation, dans l'Est de l'Ontario, a été victime d'une cyberattaque à la fin du mois de juin.",
    );
    assert_eq!(values(&r.target), ["Municipalité de La Nation"]);
    let r = s.suggest(
        "Cyberattack",
        "The Globex Freight depot, in the East of Ontario, was hit by a cyberattack in June.",
    );
    assert!(
        r.target.iter().all(|t| !t.value.contains("Ontario")),
        "{:?}",
        r.target
    );
}

#[test]
fn whose_data_it_is_names_the_victim() {
    let s = suggester();
    // Unseen split: « Les bases de données issues d'Alain Afflelou, de Syma Mobile et du Service
    // national universel (SNU) … ont été mises en vente » and "data allegedly belonging to the
    // University of Maryland and the University of California".
    let r = s.suggest(
        "Fuite massive",
        "Les bases de données issues d'Alain Afflelou, de Syma Mobile et du Service national universel (SNU) ont été mises en vente sur le dark web.",
    );
    for v in [
        "Alain Afflelou",
        "Syma Mobile",
        "Service national universel",
    ] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
    let r = s.suggest(
        "New data leaks",
        "The group has posted passport information allegedly belonging to the University of Maryland and the University of California online.",
    );
    for v in ["University of Maryland", "University of California"] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
}

#[test]
fn an_institution_that_is_the_subject_of_an_incident_sentence_is_the_victim() {
    let s = suggester();
    // Fresh split (Betton) and unseen split ("Northside Independent School District officials
    // realized … how extensive the cyberattack was"): an institution with a name as the subject of
    // a sentence about the attack, with no cue.
    let r = s.suggest(
        "Données divulguées",
        "Jeudi, la Mairie de Trifouilly a constaté les effets de la cyberattaque sur son réseau.",
    );
    assert!(
        target_of(&r, "Mairie de Trifouilly").is_some(),
        "{:?}",
        r.target
    );
    let r = s.suggest(
        "Data exposed",
        "The Springfield County Council team realized only last month how extensive the cyberattack was.",
    );
    assert!(
        r.target
            .iter()
            .any(|t| t.value.contains("Springfield County Council")),
        "{:?}",
        r.target
    );
}

#[test]
fn story_profiles_read_victims_by_cue_only() {
    // A victim guessed by its role alone is offered to the analyst, but a story profile would take
    // it as proof of another incident: the cued pass leaves it out, in both languages.
    let s = suggester();
    let (title, text) = (
        "Teen arrested over the hacks",
        "A ransomware attack disrupted several retailers on Monday. Globex Freight, a regional carrier, was also impacted.",
    );
    assert!(target_of(&s.suggest(title, text), "Globex Freight").is_some());
    let cued = s.suggest_cued(title, text);
    assert!(
        target_of(&cued, "Globex Freight").is_none(),
        "{:?}",
        cued.target
    );
    let (title, text) = (
        "Cyberattaque : plusieurs enseignes touchées",
        "Une cyberattaque a perturbé plusieurs enseignes lundi. Celui d'Enercoop, coopérative d'énergie, est également impacté.",
    );
    let r = s.suggest(title, text);
    assert!(target_of(&r, "Enercoop").is_some(), "{:?}", r.target);
    let cued = s.suggest_cued(title, text);
    assert!(target_of(&cued, "Enercoop").is_none(), "{:?}", cued.target);
}

#[test]
fn story_profiles_read_the_same_actors_victims_and_cves_without_attack_types() {
    // The cued reading skips the attack-type rules (a fifth of a profile's cost): what a profile
    // reads of an article stays what the analyst is offered, in both languages.
    let s = suggester();
    for (title, text) in [
        (
            "La Cour pénale internationale victime d'une cyberattaque",
            "La Cour pénale internationale a été victime d'une cyberattaque revendiquée par \
             LockBit, qui exploite la faille CVE-2023-4966 et réclame une rançon.",
        ),
        (
            "International Criminal Court hit by LockBit ransomware",
            "The International Criminal Court said LockBit ransomware encrypted its servers \
             through CVE-2023-4966 and demanded a ransom.",
        ),
    ] {
        let (full, cued) = (s.suggest(title, text), s.suggest_cued(title, text));
        assert!(!full.attack.is_empty(), "{:?}", full.attack);
        assert!(cued.attack.is_empty(), "{:?}", cued.attack);
        assert_eq!(values(&cued.actor), ["LockBit"]);
        assert_eq!(values(&cued.actor), values(&full.actor));
        assert_eq!(values(&cued.cve), ["CVE-2023-4966"]);
        assert_eq!(values(&cued.cve), values(&full.cve));
        assert_eq!(values(&cued.country), values(&full.country));
        assert!(
            target_of(&cued, "International Criminal Court").is_some(),
            "{:?}",
            cued.target
        );
    }
}

// Round s16victims: how the press writes a victim's name around the name itself.

#[test]
fn a_dateline_is_not_the_subject_fr() {
    let s = suggester();
    // Fifth split: « Paris, France | AFP | mardi 13/08/2024 - L'université de Paris-Saclay… »;
    // a dateline opens the sentence, the subject follows its dash.
    let r = s.suggest(
        "Cyberattaque : des rendez-vous annulés",
        "RENNES (AFP) – La Clinique Saint-Yves a dû annuler ses rendez-vous après une cyberattaque.",
    );
    assert!(
        target_of(&r, "Clinique Saint-Yves").is_some(),
        "{:?}",
        r.target
    );
}

#[test]
fn a_dateline_is_not_the_subject_en() {
    let s = suggester();
    // Fifth split: "VALENCIA (CBSLA) – The Newhall School District was forced to cancel online
    // classes…", and "(TNS) — Xavier University's computer network was hit…" (TNS is the wire).
    let r = s.suggest(
        "District cancels classes",
        "VALENCIA (CBSLA) – The Newhall School District was forced to cancel online classes after being hit with a ransomware attack over the weekend.",
    );
    assert!(
        target_of(&r, "Newhall School District").is_some(),
        "{:?}",
        r.target
    );
    let r = s.suggest(
        "University network hit",
        "(TNS) — Xavier University's computer network was hit by a cyberattack last month.",
    );
    assert!(target_of(&r, "TNS").is_none(), "{:?}", r.target);
}

#[test]
fn a_place_s_possessive_is_not_part_of_the_institution_s_name() {
    let s = suggester();
    // Fifth split: "Louisiana's Xavier University is warning faculty…" (label: Xavier University).
    let r = s.suggest(
        "Xavier University Might Have Lost Personal Data in Hack",
        "Louisiana's Xavier University is warning faculty and students that the cyber attack last month might have compromised their personal information.",
    );
    assert!(
        target_of(&r, "Xavier University").is_some(),
        "{:?}",
        r.target
    );
    assert!(
        r.target.iter().all(|t| !t.value.contains("Louisiana")),
        "{:?}",
        r.target
    );
    // French has no such possessive: « l'université Xavier de Louisiane » keeps its name whole.
    let r = s.suggest(
        "Piratage",
        "L'université Xavier de Louisiane a été victime d'une cyberattaque.",
    );
    assert!(
        target_of(&r, "Université Xavier de Louisiane").is_some(),
        "{:?}",
        r.target
    );
}

#[test]
fn an_abbreviation_declared_in_parentheses_is_the_same_victim_fr() {
    let s = suggester();
    // Fifth split: « la Fédération Française de Voile (FFVoile) vient d'officialiser une violation
    // de données… La FFVoile a détecté une intrusion » was two victims.
    let r = s.suggest(
        "La Fédération Française de Voile piratée",
        "La Fédération Française de Voile (FFVoile) vient d'officialiser une violation de données. La FFVoile a détecté une intrusion sur ses serveurs.",
    );
    assert_eq!(values(&r.target), ["Fédération Française de Voile"]);
    // « La Caisse nationale de sécurité sociale marocaine (CNSS) » read as « Caisse nationale »:
    // the name cut short gives way to the abbreviation.
    let r = s.suggest(
        "Maroc : enquête ouverte après une cyberattaque",
        "La Caisse nationale de sécurité sociale marocaine (CNSS) a annoncé avoir ouvert une enquête après une cyberattaque. Un groupe de hackers a revendiqué le piratage de la CNSS.",
    );
    assert_eq!(values(&r.target), ["CNSS"]);
}

#[test]
fn an_abbreviation_declared_in_parentheses_is_the_same_victim_en() {
    let s = suggester();
    let r = s.suggest(
        "Northern Water Authority confirms data breach",
        "The Northern Water Authority (NorthWater) said hackers stole customer records. NorthWater was the victim of a cyberattack on its servers.",
    );
    assert_eq!(values(&r.target), ["Northern Water Authority"]);
}

#[test]
fn the_last_two_members_of_a_list_are_two_names_fr() {
    let s = suggester();
    // Fifth split: the French press quotes a leak site's English names as they are.
    let r = s.suggest(
        "Medusa revendique trois victimes",
        "Le gang Medusa affirme avoir ciblé trois nouvelles victimes : GEMCO Constructors, Dynamo Electric and Farnell Packaging.",
    );
    assert_eq!(
        values(&r.target),
        ["GEMCO Constructors", "Dynamo Electric", "Farnell Packaging"]
    );
}

#[test]
fn the_last_two_members_of_a_list_are_two_names_en() {
    let s = suggester();
    // Fifth split: "…claimed to have targeted three new victims: GEMCO Constructors, Dynamo
    // Electric and Farnell Packaging."
    let r = s.suggest(
        "Medusa claims three victims",
        "The MEDUSA ransomware group has claimed to have targeted three new victims: GEMCO Constructors, Dynamo Electric and Farnell Packaging.",
    );
    assert_eq!(
        values(&r.target),
        ["GEMCO Constructors", "Dynamo Electric", "Farnell Packaging"]
    );
}

#[test]
fn a_sentence_about_another_incident_names_no_victim_of_this_one_fr() {
    let s = suggester();
    // Fifth split: « …une semaine après une autre attaque par rançongiciel ayant visé le Grand
    // Palais » and « L'hôpital de Dax déjà attaqué ».
    let r = s.suggest(
        "L'université Paris-Saclay victime d'une attaque par rançongiciel",
        "La cyberattaque contre l'université a été détectée une semaine après une autre attaque par rançongiciel ayant visé le Grand Palais, à Paris.",
    );
    assert!(target_of(&r, "Grand Palais").is_none(), "{:?}", r.target);
    assert!(
        target_of(&r, "Université Paris-Saclay").is_some(),
        "{:?}",
        r.target
    );
}

#[test]
fn a_sentence_about_another_incident_names_no_victim_of_this_one_en() {
    let s = suggester();
    // Fifth split: "Last month, the Rialto Unified School District … was also forced to
    // temporarily suspend virtual instruction after its system was hit with a malware attack."
    let r = s.suggest(
        "Newhall School District Cancels Classes After Ransomware Attack",
        "The Newhall School District was forced to cancel classes after a ransomware attack. Last month, the Rialto Unified School District was also forced to suspend instruction after its system was hit with a malware attack.",
    );
    assert!(
        target_of(&r, "Rialto Unified School District").is_none(),
        "{:?}",
        r.target
    );
    assert!(
        target_of(&r, "Newhall School District").is_some(),
        "{:?}",
        r.target
    );
}

#[test]
fn institutions_named_by_a_head_of_several_words_fr() {
    let s = suggester();
    // Fifth split: « L'administration communale de Colfontaine cible d'un virus informatique »,
    // « La région Hauts-de-France a annoncé… une cyberattaque ayant visé… », « Le Centre de
    // services scolaire des Appalaches a subi une cyberattaque ».
    let r = s.suggest(
        "Cyberattaque à Colfontaine",
        "L'administration communale de Colfontaine a été victime d'une cyberattaque.",
    );
    assert_eq!(
        values(&r.target),
        ["Administration communale de Colfontaine"]
    );
    assert_eq!(values(&r.sector), ["local-government"]);
    let r = s.suggest(
        "Hauts-de-France : des données d'élèves piratées",
        "La région Hauts-de-France a annoncé qu'une cyberattaque avait visé le système d'information de ses lycées.",
    );
    assert!(
        target_of(&r, "Région Hauts-de-France").is_some(),
        "{:?}",
        r.target
    );
    let r = s.suggest(
        "Cyberattaque",
        "Le Centre de services scolaire des Appalaches a subi une cyberattaque par rançongiciel le 25 août.",
    );
    assert!(
        target_of(&r, "Centre de services scolaire des Appalaches").is_some(),
        "{:?}",
        r.target
    );
    assert_eq!(values(&r.sector), ["education"]);
}

#[test]
fn institutions_named_by_a_head_of_several_words_en() {
    let s = suggester();
    // The English press names Quebec's school service centres in French ("Centre de services
    // scolaire du Fer") and writes "Region" before a Danish or French region's name.
    let r = s.suggest(
        "School service centre attacked",
        "The Centre de services scolaire du Fer was the victim of a cyberattack on Monday.",
    );
    assert!(
        target_of(&r, "Centre de services scolaire du Fer").is_some(),
        "{:?}",
        r.target
    );
    assert_eq!(values(&r.sector), ["education"]);
}

#[test]
fn prey_to_hackers_says_a_victim_fr() {
    let s = suggester();
    // Fifth split: « Les aéroports de Genève et de Berne ont également été la proie des pirates
    // informatiques ».
    let r = s.suggest(
        "NoName",
        "Les aéroports de Genève et de Berne ont également été la proie des pirates informatiques.",
    );
    assert_eq!(
        values(&r.target),
        ["Aéroport de Genève", "Aéroport de Berne"]
    );
    assert_eq!(values(&r.sector), ["transport"]);
}

#[test]
fn prey_to_hackers_says_a_victim_en() {
    let s = suggester();
    let r = s.suggest(
        "NoName",
        "Bern Airport also fell prey to the hackers on Monday.",
    );
    assert_eq!(values(&r.target), ["Bern Airport"]);
}

#[test]
fn the_examples_after_the_words_that_say_they_were_hit_are_victims_fr() {
    let s = suggester();
    // Fifth split: « Des services de l'Administration fédérale ont été visés, dont FedPol, … ».
    let r = s.suggest(
        "Vague d'attaques",
        "Des services de l'Administration fédérale ont été visés, dont FedPol et Swissmedic.",
    );
    for v in ["FedPol", "Swissmedic"] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
}

#[test]
fn the_examples_after_the_words_that_say_they_were_hit_are_victims_en() {
    let s = suggester();
    let r = s.suggest(
        "DDoS wave",
        "Several federal services were hit, including Fedpol, Swissmedic and the Federal Office of Customs.",
    );
    for v in ["Fedpol", "Swissmedic"] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
}

#[test]
fn a_victim_s_description_gives_its_sector_fr() {
    let s = suggester();
    // Fifth split: « L'association de lutte contre le sida Sidaction a été touchée… » (ngo), « La
    // Caisse nationale de sécurité sociale marocaine (CNSS) » (government): the victim was found,
    // no head word of its name gave its sector.
    let r = s.suggest(
        "Cyberattaque : le Sidaction touché par un vol de données personnelles",
        "L'association de lutte contre le sida Sidaction a été touchée par une cyberattaque contre le système d'hébergement d'un de ses prestataires.",
    );
    assert_eq!(values(&r.sector), ["ngo"]);
    let r = s.suggest(
        "Maroc : enquête ouverte après une cyberattaque",
        "La Caisse nationale de sécurité sociale marocaine (CNSS) a annoncé avoir ouvert une enquête après une cyberattaque. Un groupe de hackers a revendiqué le piratage de la CNSS.",
    );
    assert_eq!(values(&r.sector), ["government"]);
}

#[test]
fn a_victim_s_description_gives_its_sector_en() {
    let s = suggester();
    // Fifth split: "A dental practice in Nevada, Absolute Dental, has more than 50 centers" and
    // "The attack on CDK Global, the retail software provider for dealerships, …".
    let r = s.suggest(
        "Absolute Dental data breach",
        "A dental practice in Nevada, Absolute Dental, has more than 50 centers. It announced that the personal data of more than 1.2 million people had been exposed in a cyberattack.",
    );
    assert_eq!(values(&r.sector), ["health"]);
    let r = s.suggest(
        "Car dealers hit",
        "The attack on CDK Global, the retail software provider for dealerships, has left dealerships unable to operate.",
    );
    assert_eq!(values(&r.sector), ["retail", "technology"]);
}

#[test]
fn a_name_that_ends_an_aside_is_not_the_subject_fr() {
    let s = suggester();
    // Fifth split: « La commune vaudoise de Rolle, située au bord du lac Léman, a été touchée par
    // une fuite massive de données » gave « Léman ».
    let r = s.suggest(
        "Fuite de données",
        "La société Globex, installée près du lac Léman, a été victime d'un rançongiciel.",
    );
    assert_eq!(values(&r.target), ["Globex"]);
}

#[test]
fn a_name_that_ends_an_aside_is_not_the_subject_en() {
    let s = suggester();
    // Fifth split: "CDK Global, which provides software for car dealerships across North America,
    // has been hit by a cyberattack…" gave "North America".
    let r = s.suggest(
        "Cyberattack Disrupts Car Dealership Operations",
        "Globex Software, which sells tools to retailers across Western Europe, has been hit by a ransomware attack.",
    );
    assert_eq!(values(&r.target), ["Globex Software"]);
}

#[test]
fn de_la_inside_a_name_read_back_from_a_cue_fr() {
    let s = suggester();
    // Fifth split: « Aurélie Pineau, gérante du Jardin de la Comtée, a elle aussi été victime
    // d'une cyberattaque » gave « Comtée ».
    let r = s.suggest(
        "Cyberattaques : les PME désarmées face aux pirates",
        "Son entreprise est victime d'une cyberattaque. À Bégrolles-en-Mauges (Maine-et-Loire), Aurélie Pineau, gérante du Jardin de la Comtée, a elle aussi été victime d'une cyberattaque.",
    );
    assert_eq!(values(&r.target), ["Jardin de la Comtée"]);
}

#[test]
fn de_la_inside_a_name_read_back_from_a_cue_en() {
    let s = suggester();
    let r = s.suggest(
        "Small firms hit",
        "Staff said the Casa de la Playa was also hit by ransomware on Monday.",
    );
    assert_eq!(values(&r.target), ["Casa de la Playa"]);
}

#[test]
fn the_us_justice_department_investigates_fr() {
    let s = suggester();
    // Fifth split: the DOJ announcing charges was proposed as a victim.
    let r = s.suggest(
        "Des hackers iraniens inculpés pour avoir piraté la campagne de Trump",
        "Le département de la Justice américain a inculpé trois hackers iraniens pour une campagne de piratage visant les documents de la campagne. Le DOJ affirme que cette campagne iranienne ne fait pas exception.",
    );
    assert!(r.target.is_empty(), "{:?}", r.target);
}

#[test]
fn the_us_justice_department_investigates_en() {
    let s = suggester();
    // Fifth split: "The DOJ says this Iranian campaign is no different…".
    for text in [
        "The Justice Department said hackers stole data from Globex Freight.",
        "The DOJ said hackers stole data from Globex Freight.",
    ] {
        let r = s.suggest("Data stolen", text);
        assert_eq!(values(&r.target), ["Globex Freight"], "{text}");
    }
}

// ---- Round s16attack: attack types and countries on news nobody tuned on (fifth split) ----

#[test]
fn the_press_s_wording_of_stolen_sold_and_leaked_data_fr() {
    let t = attacks(
        "Cyberattaque sur Pajemploi",
        "Le service a été victime d'une cyberattaque. Mais ni coordonnées bancaires ni mots de passe ne figureraient dans le fichier volé.",
    );
    assert!(t.contains(&"data-breach".to_string()), "{t:?}");
    let t = attacks(
        "Hauts-de-France : cyberattaque contre les lycées",
        "La région indique que cette violation de données a été notifiée à la Cnil.",
    );
    assert!(t.contains(&"data-breach".to_string()), "{t:?}");
    let t = attacks(
        "Fuite à la Fédération de tir",
        "Les données personnelles circulent désormais à la vente sur le dark web.",
    );
    assert!(t.contains(&"extortion".to_string()), "{t:?}");
    let t = attacks(
        "Après la cyberattaque, des élèves menacés",
        "Plusieurs élèves ont été contactés sur Telegram par le hacker pour les menacer de dévoiler des informations personnelles.",
    );
    assert!(t.contains(&"extortion".to_string()), "{t:?}");
    let t = attacks(
        "Les PME désarmées face aux pirates",
        "La gérante a été victime d'une cyberattaque : son adresse mail a été piratée et les hackers ont réussi à lui soutirer 26 000 euros.",
    );
    assert!(t.contains(&"account-takeover".to_string()), "{t:?}");
    let t = attacks(
        "Le site de la mairie victime de pirates",
        "Un message de propagande s'affichait à la place de l'habituelle interface du site de la mairie.",
    );
    assert!(t.contains(&"defacement".to_string()), "{t:?}");
    // « attaque par rançongiciel » inside « cyberattaque » failed the word boundary and hid
    // « rançongiciel » itself.
    let t = attacks(
        "Cyberattaque et fuite de données au CSSA",
        "Le Centre de services scolaire des Appalaches a subi une cyberattaque par rançongiciel le 25 août.",
    );
    assert!(t.contains(&"ransomware".to_string()), "{t:?}");
}

#[test]
fn the_press_s_wording_of_encryption_access_and_hijacked_accounts_en() {
    let t = attacks(
        "Xavier University hit by cyberattack",
        "The disruption was determined to be an \"encryption event,\" the president said.",
    );
    assert!(t.contains(&"ransomware".to_string()), "{t:?}");
    let t = attacks(
        "Water utility dealing with cyberattack",
        "The company said it detected unauthorized activity in its computer networks and systems on Thursday.",
    );
    assert_eq!(t, ["intrusion"]);
    let t = attacks(
        "SEC Says X Account Hacked via SIM Swapping",
        "Hackers used SIM swapping to take over the agency's account.",
    );
    assert!(t.contains(&"account-takeover".to_string()), "{t:?}");
    let t = attacks(
        "Gang demands payouts from three manufacturers",
        "The group demanded $100,000 from each company to stop leaking its internal data.",
    );
    assert!(t.contains(&"extortion".to_string()), "{t:?}");
    // "data leak" inside "data leaked" failed the word boundary and hid "leaked" itself.
    let t = attacks(
        "Employee data leaked during British Library cyber attack",
        "",
    );
    assert_eq!(t, ["data-breach"]);
}

#[test]
fn a_ransom_for_infected_systems_is_ransomware_not_extortion_fr() {
    let s = suggester();
    let r = s.suggest(
        "Un hôpital de Haute-Garonne victime d'une cyberattaque",
        "Jeudi, l'attaque informatique a infecté les serveurs du centre hospitalier, avec un message demandant de payer une rançon en bitcoin.",
    );
    assert_eq!(values(&r.attack), ["ransomware"]);
    assert_eq!(r.attack[0].confidence.as_str(), "medium");
    // Stolen data and a ransom: the ransom may be the price of silence, extortion stays.
    let r = s.suggest(
        "Une PME victime d'une cyberattaque",
        "Les pirates ont dérobé des données et réclament une rançon.",
    );
    assert!(values(&r.attack).contains(&"extortion"), "{:?}", r.attack);
    // A ransom only reported gives neither.
    let r = s.suggest(
        "Cyberattaque dans une clinique",
        "Les systèmes ont été compromis. Une rançon aurait été exigée samedi par les hackeurs.",
    );
    assert!(
        !values(&r.attack)
            .iter()
            .any(|v| *v == "extortion" || *v == "ransomware"),
        "{:?}",
        r.attack
    );
}

#[test]
fn a_ransom_for_infected_systems_is_ransomware_not_extortion_en() {
    let r = suggester().suggest(
        "County hit by cyberattack",
        "On Monday attackers infected the county's servers and left a message demanding a ransom in bitcoin.",
    );
    assert_eq!(values(&r.attack), ["ransomware"]);
    assert_eq!(r.attack[0].confidence.as_str(), "medium");
}

#[test]
fn policy_reports_and_warnings_report_no_attack_fr() {
    let t = attacks(
        "Messageries chiffrées : la commission des lois retoque la porte dérobée proposée par le Sénat",
        "Les amendements suppriment l'introduction d'une porte dérobée dans les messageries chiffrées.",
    );
    assert!(t.is_empty(), "{t:?}");
    let t = attacks(
        "Cybermalveillance.gouv.fr publie son rapport d'activité",
        "Les arnaques au faux conseiller bancaire dominent les demandes d'assistance.",
    );
    assert!(t.is_empty(), "{t:?}");
    let t = attacks(
        "Méfiez-vous des publicités piégées",
        "Des internautes ont téléchargé un logiciel malveillant depuis une annonce.",
    );
    assert!(t.is_empty(), "{t:?}");
}

#[test]
fn policy_reports_and_warnings_report_no_attack_en() {
    let t = attacks(
        "UK government consults on proposals to protect businesses from cybercrime",
        "The consultation covers ransomware payments by public bodies.",
    );
    assert!(t.is_empty(), "{t:?}");
    let t = attacks(
        "The FBI Internet Crime Complaint Center released the 2023 IC3 Annual Report",
        "Most losses reported to the IC3 are the result of frauds and scams.",
    );
    assert!(t.is_empty(), "{t:?}");
    let t = attacks(
        "Avoid search engine ad malware",
        "Consumers downloaded malware served to them through search engine advertising.",
    );
    assert!(t.is_empty(), "{t:?}");
}

/// One-line paragraphs: the fifth written sentence is the ninth line counting the blank ones.
fn spaced(lines: &[&str]) -> String {
    lines.join("\n\n")
}

#[test]
fn the_lead_counts_written_sentences_not_blank_lines_fr() {
    let text = spaced(&[
        "Des écrans noirs partout dans le service des urgences.",
        "Les médecins ont ressorti les feuilles et les stylos.",
        "Trois mille ordinateurs sont à l'arrêt.",
        "Les patients restent hospitalisés sur place.",
        "Les pirates ont chiffré les serveurs de l'établissement.",
    ]);
    let t = attacks("L'hôpital de Villefranche victime d'une attaque", &text);
    assert!(t.contains(&"ransomware".to_string()), "{t:?}");
}

#[test]
fn the_lead_counts_written_sentences_not_blank_lines_en() {
    let text = spaced(&[
        "MORTON, MINN. – The slot machines fell silent over the weekend.",
        "Guests began noticing phones not working.",
        "The casino took some systems offline.",
        "\"The casino recently identified a cybersecurity incident involving unauthorized access to certain systems,\" the president said.",
    ]);
    let t = attacks(
        "Cybersecurity incident at tribal casino lead to shutdown",
        &text,
    );
    assert_eq!(t, ["intrusion"]);
}

#[test]
fn what_customers_habitually_use_a_service_for_is_no_attack_fr() {
    let t = attacks(
        "Un réseau de proxys saisi",
        "Les accès sont revendus à des clients qui les utilisent principalement pour des arnaques.",
    );
    assert!(!t.contains(&"scam".to_string()), "{t:?}");
}

#[test]
fn what_customers_habitually_use_a_service_for_is_no_attack_en() {
    let t = attacks(
        "Proxy platform seized",
        "The proxies are sold to others, who predominantly use them to relay traffic such as advertising fraud.",
    );
    assert!(!t.contains(&"scam".to_string()), "{t:?}");
}

#[test]
fn a_month_gone_by_and_a_method_s_record_are_background_fr() {
    let t = attacks(
        "Cyberattaque au CSS du Fer",
        "Le centre de services scolaire du Fer a été victime d'une cyberattaque lundi. En août dernier, des malfaiteurs ont menacé de divulguer des données volées au centre de services scolaire des Appalaches.",
    );
    assert!(!t.contains(&"extortion".to_string()), "{t:?}");
    let t = attacks(
        "La France condamne des cyberattaques russes",
        "La France a dénoncé des cyberattaques contre plusieurs de ses intérêts. Le ministère rappelle que ce même mode opératoire avait été impliqué dans le sabotage de la chaîne TV5Monde.",
    );
    assert!(!t.contains(&"sabotage".to_string()), "{t:?}");
}

#[test]
fn a_month_gone_by_and_a_method_s_record_are_background_en() {
    let t = attacks(
        "School district hit by cyberattack",
        "The district was hit by a cyberattack on Monday. Last August, criminals threatened to leak data stolen from another district.",
    );
    assert!(!t.contains(&"extortion".to_string()), "{t:?}");
    let t = attacks(
        "France condemns Russian cyberattacks",
        "France denounced cyberattacks against several of its interests. The ministry recalled that the same group had been involved in the sabotage of TV5Monde.",
    );
    assert!(!t.contains(&"sabotage".to_string()), "{t:?}");
}

#[test]
fn stolen_money_as_a_passive_subject_is_no_data_breach_fr() {
    let t = attacks(
        "Un adolescent arrêté",
        "Les bitcoins ont été dérobés grâce à un échange de carte SIM.",
    );
    assert_eq!(t, ["sim-swapping"]);
}

#[test]
fn stolen_money_as_a_passive_subject_is_no_data_breach_en() {
    let t = attacks(
        "Teenager arrested",
        "The cryptocurrency has been stolen through a SIM swapping attack.",
    );
    assert_eq!(t, ["sim-swapping"]);
}

#[test]
fn phishing_makes_social_engineering_redundant_fr() {
    let t = attacks(
        "Des pirates iraniens inculpés",
        "Les pirates ont utilisé l'hameçonnage ciblé et l'ingénierie sociale pour compromettre des comptes.",
    );
    assert_eq!(t, ["phishing"]);
}

#[test]
fn phishing_makes_social_engineering_redundant_en() {
    let t = attacks(
        "Iranian hackers charged",
        "Hackers used spear phishing and social engineering techniques to compromise accounts.",
    );
    assert_eq!(t, ["phishing"]);
}

#[test]
fn a_denial_of_several_words_reaches_past_an_adverb_fr() {
    let t = attacks(
        "La Fédération française de voile piratée",
        "Il ne s'agit pas ici d'un ransomware bloquant le site, mais d'un vol de données ciblé.",
    );
    assert_eq!(t, ["data-breach"]);
}

#[test]
fn a_denial_of_several_words_reaches_past_an_adverb_en() {
    let t = attacks(
        "Federation hacked",
        "The attackers did not this time deploy ransomware; they stole data from the members' database.",
    );
    assert_eq!(t, ["data-breach"]);
}

#[test]
fn a_ddos_group_named_without_an_attack_type_gives_ddos_at_medium_fr() {
    let r = suggester().suggest(
        "Le site de la ville de Fribourg a aussi été la cible de hackers",
        "Une vague d'attaques menées par un groupe de hackers prorusses, baptisé NoName, a semé la zizanie sur de nombreux sites internet officiels suisses.",
    );
    assert_eq!(values(&r.attack), ["ddos"]);
    assert_eq!(r.attack[0].confidence.as_str(), "medium");
    assert_eq!(r.attack[0].evidence.term, "NoName");
}

#[test]
fn a_ddos_group_named_without_an_attack_type_gives_ddos_at_medium_en() {
    let r = suggester().suggest(
        "Danish government websites targeted",
        "Pro-Russian hacktivists NoName057(16) claimed attacks on Danish government websites this week.",
    );
    assert_eq!(values(&r.attack), ["ddos"]);
    assert_eq!(r.attack[0].confidence.as_str(), "medium");
    // A stated type is not overridden.
    let r = suggester().suggest(
        "NoName057(16) claims ransomware attack",
        "NoName057(16) claimed a ransomware attack on a city.",
    );
    assert_eq!(values(&r.attack), ["ransomware"]);
}

#[test]
fn arrests_people_and_saints_give_no_victim_country_fr() {
    let c = countries(
        "Un suspect interpellé en Espagne après la cyberattaque contre la mairie",
        "",
    );
    assert!(!c.contains(&"ES".to_string()), "{c:?}");
    let c = countries(
        "Les urgences du CHU Saint-Pierre momentanément fermées en raison d'une cyberattaque",
        "",
    );
    assert!(c.is_empty(), "{c:?}");
    let c = countries(
        "Vous touchez le RSA ? Vos données viennent d'être volées par les hackers",
        "",
    );
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn arrests_people_and_datelines_give_no_victim_country_en() {
    let c = countries("Key ransomware suspect arrested in Ukraine: Europol", "");
    assert!(!c.contains(&"UA".to_string()), "{c:?}");
    let c = countries(
        "US indicts 12 Chinese nationals for vast espionage attack spree",
        "",
    );
    assert!(!c.contains(&"CN".to_string()), "{c:?}");
    let c = countries(
        "Ransomware ring dismantled",
        "THE HAGUE, Nov 28, 2023 (AFP) – Police arrested a ringleader of a gang which used ransomware against hospitals.",
    );
    assert!(!c.contains(&"NL".to_string()), "{c:?}");
}

// Round s17attack: the fraud family from what was done, questions, and places that are not the
// victim's.

#[test]
fn payments_diverted_are_business_email_compromise_not_a_scam_fr() {
    // La Dépêche on the TFC: the club was called and told of new bank details.
    let a = attacks(
        "Le TFC victime d'une escroquerie",
        "Le TFC a reçu un appel téléphonique de personnes se disant proches d'un joueur. But de l'appel : informer le club d'un changement de coordonnées bancaires.",
    );
    assert_eq!(a, ["bec-fraud"], "{a:?}");
    // LCI on Amiens SC: hackers tried to divert the club's receipts.
    let a = attacks(
        "Le club de foot d'Amiens victime d'une arnaque",
        "Le club de football d'Amiens a été victime d'une tentative d'escroquerie bancaire. Des pirates informatiques ont essayé de détourner quelques-unes des recettes de l'équipe de Ligue 1.",
    );
    assert_eq!(a, ["bec-fraud"], "{a:?}");
}

#[test]
fn payments_diverted_are_business_email_compromise_not_a_scam_en() {
    let a = attacks(
        "Council loses £1.2m in scam",
        "Fraudsters posing as a building contractor asked the council to update its bank details, and two payments went to the new account.",
    );
    assert_eq!(a, ["bec-fraud"], "{a:?}");
    let a = attacks(
        "Charity loses donations in scam",
        "Criminals diverted three payments to a supplier into an account they controlled.",
    );
    assert_eq!(a, ["bec-fraud"], "{a:?}");
}

#[test]
fn the_words_for_the_wrongdoers_are_not_the_attack_fr() {
    // L'Est Républicain: a ransomware, and what « les escrocs » could do next.
    let a = attacks(
        "Un organisme public victime d'un rançongiciel",
        "Le système informatique a été la cible d'un rançongiciel. Selon une source, les escrocs ont ensuite exigé le paiement d'une rançon en bitcoins.",
    );
    assert!(!a.contains(&"scam".to_string()), "{a:?}");
    // In a title, they name what the story is about.
    assert!(attacks("Les escrocs visent les retraités", "").contains(&"scam".to_string()));
}

#[test]
fn the_words_for_the_wrongdoers_are_not_the_attack_en() {
    let a = attacks(
        "Hospital hit by ransomware",
        "The hospital was hit by ransomware. The scammers then demanded a ransom in bitcoin.",
    );
    assert!(!a.contains(&"scam".to_string()), "{a:?}");
    assert!(attacks("Scammers target pensioners", "").contains(&"scam".to_string()));
}

#[test]
fn an_account_said_to_be_hacked_is_an_account_takeover_fr() {
    // BFMTV: threats sent from pupils' hacked ENT accounts.
    let a = attacks(
        "Des lycées visés par des menaces",
        "Le compte d'un jeune a été piraté, permettant d'envoyer un message de menaces à tous les élèves.",
    );
    assert_eq!(a, ["account-takeover"], "{a:?}");
    let a = attacks(
        "Des menaces après le piratage de comptes ENT",
        "Des lycéens ont reçu des menaces.",
    );
    assert_eq!(a, ["account-takeover"], "{a:?}");
    // A count of accounts is the size of a leak, not a takeover described.
    let a = attacks(
        "Des étudiants visés",
        "Selon plusieurs sources, plus de 40 000 comptes ont été compromis.",
    );
    assert!(!a.contains(&"account-takeover".to_string()), "{a:?}");
    // « rendre compte » is no account.
    let a = attacks(
        "Une mairie victime",
        "Le maire doit rendre compte du piratage au conseil municipal.",
    );
    assert!(!a.contains(&"account-takeover".to_string()), "{a:?}");
}

#[test]
fn an_account_said_to_be_hacked_is_an_account_takeover_en() {
    let a = attacks(
        "School sends threats to parents",
        "The head teacher's email account was hacked and used to send threats to parents.",
    );
    assert_eq!(a, ["account-takeover"], "{a:?}");
    let a = attacks(
        "Retailer warns shoppers after the hijacking of accounts",
        "Shoppers were told to change their passwords.",
    );
    assert_eq!(a, ["account-takeover"], "{a:?}");
    let a = attacks(
        "Students targeted",
        "More than 40,000 accounts were compromised, sources said.",
    );
    assert!(!a.contains(&"account-takeover".to_string()), "{a:?}");
}

#[test]
fn a_question_whether_it_happened_says_nothing_happened_fr() {
    // Clubic on Saint-Nazaire: the ransom is a question.
    let a = attacks(
        "Une cyberattaque paralyse la ville",
        "Les ordinateurs sont coupés. Leurs données personnelles ont-elles été pillées ? Serviront-elles de monnaie d'échange pour une demande de rançon ?",
    );
    assert!(a.is_empty(), "{a:?}");
    // « Où sont passées les données volées ? » takes the theft as given.
    let a = attacks(
        "Un collège piraté",
        "Le collège fait face à un défi majeur : où sont passées les données volées ?",
    );
    assert_eq!(a, ["data-breach"], "{a:?}");
}

#[test]
fn a_question_whether_it_happened_says_nothing_happened_en() {
    let a = attacks(
        "City systems down",
        "Computers were switched off on Monday. Was it a ransomware attack?",
    );
    assert!(a.is_empty(), "{a:?}");
    let a = attacks(
        "City systems down",
        "Computers were switched off. The question now: where did the stolen data go?",
    );
    assert_eq!(a, ["data-breach"], "{a:?}");
}

#[test]
fn where_the_money_went_is_not_the_victim_s_country_fr() {
    // LCI on Amiens and 20 Minutes on the OM: the fraudsters' banks.
    let c = countries(
        "Le club de foot d'Amiens victime d'une tentative de piratage",
        "Le club a été victime d'une tentative d'escroquerie : une facture a été redirigée vers un compte ouvert dans une banque étrangère, en Espagne.",
    );
    assert!(!c.contains(&"ES".to_string()), "{c:?}");
    let c = countries(
        "L'OM perd 700 000 euros",
        "Le club a été victime d'une escroquerie lors d'un transfert d'argent en direction de la Chine.",
    );
    assert!(!c.contains(&"CN".to_string()), "{c:?}");
}

#[test]
fn where_the_money_went_is_not_the_victim_s_country_en() {
    let c = countries(
        "Firm loses $2m to fraudsters",
        "The firm was the victim of a fraud after the money was wired to accounts in Hong Kong.",
    );
    assert!(!c.contains(&"HK".to_string()), "{c:?}");
    // The victim's own place, after the same prepositions, stays.
    let c = countries(
        "Hospital in Spain hit by ransomware",
        "A hospital in Spain was hit by ransomware.",
    );
    assert_eq!(c, ["ES"], "{c:?}");
}

#[test]
fn a_country_joined_to_another_name_is_another_place_fr() {
    // Radio-Canada on Whistler: Colombie-Britannique is a Canadian province.
    let c = countries(
        "Whistler victime d'une cyberattaque",
        "La municipalité de Whistler, en Colombie-Britannique, a été victime d'une cyberattaque.",
    );
    assert!(
        !c.contains(&"CO".to_string()) && !c.contains(&"GB".to_string()),
        "{c:?}"
    );
    // A newspaper named after its country keeps it.
    let c = countries("Ouest-France victime d'une cyberattaque", "");
    assert_eq!(c, ["FR"], "{c:?}");
}

#[test]
fn a_country_joined_to_another_name_is_another_place_en() {
    // Two peoples joined say neither alone.
    let c = countries("Cyberattack on Franco-British defence firm", "");
    assert!(!c.contains(&"GB".to_string()), "{c:?}");
    let c = countries("Ransomware hits Anglo-Dutch firm", "");
    assert!(!c.contains(&"NL".to_string()), "{c:?}");
    let c = countries("Hospital in British Columbia hit by ransomware", "");
    assert_eq!(c, ["CA"], "{c:?}");
}

#[test]
fn advice_and_study_figures_are_no_incident_fr() {
    let a = attacks(
        "Arnaques en vacances : 25 astuces pour vous en protéger cet été",
        "Une étude McAfee révèle que près d'un Français sur cinq a déjà été victime d'une arnaque pendant un séjour.",
    );
    assert!(a.is_empty(), "{a:?}");
}

#[test]
fn advice_and_study_figures_are_no_incident_en() {
    let a = attacks(
        "Holiday scams: ways to stay safe this summer",
        "A study found that one in five travellers was the victim of a scam abroad.",
    );
    assert!(a.is_empty(), "{a:?}");
}

// Round s17victims: victims by the grammar of the phrase that names them, not by vocabulary.

fn sectors_of(s: &Suggestions) -> Vec<&str> {
    values(&s.sector)
}

#[test]
fn institution_heads_name_victims_the_vocabulary_does_not_know_fr() {
    let s = suggester();
    // Sixth split: « L’État de Vaud victime d’une attaque », « le cégep de Lanaudière »,
    // « La municipalité de Whistler ».
    let r = s.suggest("L’État de Vaud victime d’une attaque «très virulente»", "");
    assert!(target_of(&r, "État de Vaud").is_some(), "{:?}", r.target);
    assert!(sectors_of(&r).contains(&"government"), "{:?}", r.sector);
    let r = s.suggest(
        "Cours suspendus",
        "Le cégep de Lanaudière a été victime d'une cyberattaque vendredi.",
    );
    assert!(
        target_of(&r, "Cégep de Lanaudière").is_some(),
        "{:?}",
        r.target
    );
    assert!(sectors_of(&r).contains(&"education"), "{:?}", r.sector);
    let r = s.suggest(
        "Services municipaux paralysés",
        "La municipalité de Whistler a été victime d'une cyberattaque le 27 avril.",
    );
    assert!(
        target_of(&r, "Municipalité de Whistler").is_some(),
        "{:?}",
        r.target
    );
    assert!(
        sectors_of(&r).contains(&"local-government"),
        "{:?}",
        r.sector
    );
}

#[test]
fn institution_heads_name_victims_the_vocabulary_does_not_know_en() {
    let s = suggester();
    // Sixth split: "The Sumter County Sheriff’s Office has been victim to a ransomware attack";
    // its title "Sumter County Sheriff’s Office Systems Hit by Rhysida Ransomware" ends the name
    // before what the office owns. Both institutions give their sector.
    let r = s.suggest(
        "Sumter County Sheriff’s Office Systems Hit by Rhysida Ransomware",
        "The Sumter County Sheriff’s Office has been victim to a ransomware attack orchestrated by the criminal group Rhysida.",
    );
    assert!(
        r.target
            .iter()
            .any(|t| t.value.starts_with("Sumter County Sheriff")),
        "{:?}",
        r.target
    );
    assert!(
        r.target.iter().all(|t| !t.value.ends_with("Systems")),
        "{:?}",
        r.target
    );
    assert!(sectors_of(&r).contains(&"justice"), "{:?}", r.sector);
    assert!(
        sectors_of(&r).contains(&"local-government"),
        "{:?}",
        r.sector
    );
    let r = s.suggest(
        "School closes",
        "Lampton School was hit by a ransomware attack on Monday.",
    );
    assert!(target_of(&r, "Lampton School").is_some(), "{:?}", r.target);
    assert!(sectors_of(&r).contains(&"education"), "{:?}", r.sector);
}

#[test]
fn an_institution_word_alone_names_no_victim_fr() {
    let s = suggester();
    // Sixth split: « c’est l’ensemble du système informatique du Cégep qui a été pris en otage ».
    let r = s.suggest(
        "Cours interrompus",
        "C’est l’ensemble du système informatique du Cégep qui a été pris en otage par un rançongiciel.",
    );
    assert!(target_of(&r, "Cégep").is_none(), "{:?}", r.target);
}

#[test]
fn an_institution_word_alone_names_no_victim_en() {
    let s = suggester();
    // Sixth split: "The Trust has reported that hackers broke into their servers".
    let r = s.suggest(
        "Schools closed",
        "Two schools had to close. The Trust was hacked on Wednesday 2 June 2021.",
    );
    assert!(target_of(&r, "Trust").is_none(), "{:?}", r.target);
    // "Manchester United Being Held to Ransom": a title's verb in title case ends the name.
    let r = s.suggest("Manchester United Being Held to Ransom by Hackers", "");
    assert!(
        r.target.iter().all(|t| !t.value.contains("Being")),
        "{:?}",
        r.target
    );
}

#[test]
fn classes_of_people_businesses_and_things_are_no_victims_fr() {
    let s = suggester();
    // Sixth split: « près de 50.000 PME sont touchées », « Ordinateurs paralysés… » (Cobolux).
    let r = s.suggest(
        "Suisse : cette cyberattaque qui empêche 50.000 PME de verser les salaires",
        "Près de 50.000 PME sont touchées par une attaque informatique.",
    );
    assert!(target_of(&r, "PME").is_none(), "{:?}", r.target);
    let r = s.suggest(
        "La société Cobolux victime d'une violente cyberattaque",
        "Tout a été bloqué… Ordinateurs paralysés, étiquetage impossible: il a fallu arrêter l'usine.",
    );
    assert!(target_of(&r, "Ordinateurs").is_none(), "{:?}", r.target);
    // « Pays de Montbéliard : … dans un organisme public »: a territory, where the victim is.
    let r = s.suggest(
        "Pays de Montbéliard : des centaines de données piratées dans un organisme public",
        "",
    );
    assert!(
        target_of(&r, "Pays de Montbéliard").is_none(),
        "{:?}",
        r.target
    );
}

#[test]
fn classes_of_people_businesses_and_things_are_no_victims_en() {
    let s = suggester();
    // Sixth split: "Rhysida claims to have hacked the Sumter County Sheriff, FLA", and a title
    // "CISO ‘How to’ Without the Bull".
    let r = s.suggest(
        "Sheriff hit by ransomware",
        "The criminal group Rhysida claims to have hacked the Sumter County Sheriff, FLA, and is demanding 7 BitCoins.",
    );
    assert!(target_of(&r, "FLA").is_none(), "{:?}", r.target);
    let r = s.suggest(
        "CISO ‘How to’ Without the Bull: Credential Stuffing Response",
        "",
    );
    assert!(target_of(&r, "CISO").is_none(), "{:?}", r.target);
}

#[test]
fn an_abbreviation_of_a_common_noun_is_no_victim_fr() {
    let s = suggester();
    // Sixth split: « leur espace numérique de travail (ENT) », title « …après le piratage de
    // comptes ENT ».
    let r = s.suggest(
        "\"J'ai mis du C4 partout\": des lycées visés par des menaces terroristes après le piratage de comptes ENT",
        "Des centaines de lycéens ont reçu des menaces d'un individu. De nombreux lycéens ont reçu cette menace sur leur espace numérique de travail (ENT) ce mercredi 20 mars. Le rectorat de Créteil confirme également ce jeudi matin le piratage des ENT dans deux lycées dans son secteur.",
    );
    assert!(target_of(&r, "ENT").is_none(), "{:?}", r.target);
}

#[test]
fn an_abbreviation_of_a_common_noun_is_no_victim_en() {
    let s = suggester();
    let r = s.suggest(
        "Students' grades exposed after hackers breached the LMS",
        "Students use the learning management system (LMS) to see their grades. The LMS was hacked on Friday.",
    );
    assert!(target_of(&r, "LMS").is_none(), "{:?}", r.target);
    // An organisation's abbreviation stays a victim.
    let r = s.suggest(
        "Hospital hacked",
        "The Tampa General Hospital (TGH) was hacked on Friday.",
    );
    assert!(
        r.target
            .iter()
            .any(|t| t.value.contains("Tampa General Hospital") || t.value == "TGH"),
        "{:?}",
        r.target
    );
}

#[test]
fn a_victim_written_as_its_web_address_is_named_by_its_name_fr() {
    let s = suggester();
    // Sixth split: « une attaque informatique contre Infopro.ch, un hébergeur » (label Infopro).
    let r = s.suggest("Boutika.fr victime d'une cyberattaque", "");
    assert!(target_of(&r, "Boutika").is_some(), "{:?}", r.target);
    assert!(target_of(&r, "Boutika.fr").is_none(), "{:?}", r.target);
}

#[test]
fn a_victim_written_as_its_web_address_is_named_by_its_name_en() {
    let s = suggester();
    let r = s.suggest(
        "Web host down",
        "The outage began with a ransomware attack on Hostbridge.com, a web hosting provider.",
    );
    assert!(target_of(&r, "Hostbridge").is_some(), "{:?}", r.target);
}

#[test]
fn two_abbreviations_joined_by_and_are_two_victims_en() {
    let s = suggester();
    // Sixth split: "The websites of PVV and FvD were also temporarily down."
    let r = s.suggest(
        "Political Party Websites Attacked by Hackers",
        "Several political parties have reported that their websites have been targeted by hackers with DDoS attacks. The websites of PVV and FvD were also temporarily down.",
    );
    assert!(target_of(&r, "PVV").is_some(), "{:?}", r.target);
    assert!(target_of(&r, "FvD").is_some(), "{:?}", r.target);
    assert!(target_of(&r, "PVV and FvD").is_none(), "{:?}", r.target);
}

#[test]
fn two_abbreviations_joined_by_and_are_two_victims_fr() {
    let s = suggester();
    let r = s.suggest(
        "Sites de partis attaqués",
        "Une attaque par déni de service visant LFI et EELV a rendu leurs sites inaccessibles.",
    );
    assert!(target_of(&r, "LFI et EELV").is_none(), "{:?}", r.target);
    assert!(target_of(&r, "LFI").is_some(), "{:?}", r.target);
}

#[test]
fn the_object_of_an_active_verb_of_harm_is_the_victim_fr() {
    let s = suggester();
    // Sixth split: « Une cyberattaque paralyse le cégep de Lanaudière », « …paralyse la ville de
    // Saint-Nazaire… ».
    let r = s.suggest("Une cyberattaque paralyse le cégep de Lanaudière", "");
    assert!(
        target_of(&r, "Cégep de Lanaudière").is_some(),
        "{:?}",
        r.target
    );
    let r = s.suggest(
        "Une cyberattaque paralyse la ville de Saint-Nazaire et 4 autres communes limitrophes",
        "",
    );
    assert!(
        r.target.iter().any(|t| t.value.contains("Saint-Nazaire")),
        "{:?}",
        r.target
    );
}

#[test]
fn the_object_of_an_active_verb_of_harm_is_the_victim_en() {
    let s = suggester();
    let r = s.suggest(
        "Ransomware attack cripples Boulder Valley Water District",
        "",
    );
    assert!(
        target_of(&r, "Boulder Valley Water District").is_some(),
        "{:?}",
        r.target
    );
}

#[test]
fn the_object_is_read_past_a_quantity_a_part_and_a_day_fr() {
    let s = suggester();
    // Sixth split: « une cyberattaque de grande ampleur a touché une dizaine de sites de
    // Siegfried », « Une attaque par «ransomware» a concerné vendredi le groupe NZZ ».
    let r = s.suggest(
        "Des employés en congé forcé après une cyberattaque",
        "Le 21 mai dernier, une cyberattaque de grande ampleur a touché une dizaine de sites de Siegfried, un sous-traitant de l’industrie pharmaceutique.",
    );
    assert!(target_of(&r, "Siegfried").is_some(), "{:?}", r.target);
    let r = s.suggest(
        "Plusieurs médias suisses touchés",
        "Une attaque par «ransomware» a concerné vendredi le groupe NZZ.",
    );
    assert!(target_of(&r, "NZZ").is_some(), "{:?}", r.target);
}

#[test]
fn the_object_is_read_past_a_quantity_a_part_and_a_day_en() {
    let s = suggester();
    let r = s.suggest(
        "Manufacturer disrupted",
        "Last week a ransomware attack on dozens of servers of Hollister Metalworks halted production.",
    );
    assert!(
        target_of(&r, "Hollister Metalworks").is_some(),
        "{:?}",
        r.target
    );
}

#[test]
fn an_attack_that_came_before_this_one_names_no_victim_of_it_fr() {
    let s = suggester();
    // Fifth split: « En février et mars 2025, une fuite massive de données avait déjà frappé la
    // Fédération Française de Football (FFF) » in a story about another leak.
    let r = s.suggest(
        "La cyberguerre atteint le football amateur",
        "Des clubs amateurs ont vu leurs données volées. En février et mars 2025, une fuite massive de données avait déjà frappé la Fédération Française de Football (FFF).",
    );
    assert!(
        r.target.iter().all(|t| !t.value.contains("Football")),
        "{:?}",
        r.target
    );
    let r = s.suggest(
        "Cyberattaque : la clinique de Bayonne paralysée",
        "La clinique de Bayonne a été victime d'une cyberattaque lundi. Le centre hospitalier de Dax avait été victime d'une attaque semblable.",
    );
    assert!(
        r.target.iter().all(|t| !t.value.contains("Dax")),
        "{:?}",
        r.target
    );
}

#[test]
fn an_attack_that_came_before_this_one_names_no_victim_of_it_en() {
    let s = suggester();
    // Sixth split: "Such an incident — which follows the pre-Labor Day ransomware attack against
    // the Port of Seattle — comes amid escalating attacks against transit".
    let r = s.suggest(
        "Ransomware hits Pittsburgh Regional Transit",
        "Transit services at the Pittsburgh Regional Transit have resumed following a ransomware intrusion. Such an incident, which follows the pre-Labor Day ransomware attack against the Port of Seattle, comes amid escalating attacks against transit.",
    );
    assert!(target_of(&r, "Port of Seattle").is_none(), "{:?}", r.target);
}

#[test]
fn a_municipality_and_its_town_are_one_victim_fr() {
    let s = suggester();
    // Sixth split: « La municipalité de Whistler … le site Internet de la Ville de Whistler ».
    let r = s.suggest(
        "Une cyberattaque continue de paralyser les services municipaux de Whistler",
        "La municipalité de Whistler a été victime d'une cyberattaque. Les pirates informatiques ont laissé un message sur le site Internet de la Ville de Whistler.",
    );
    assert!(
        target_of(&r, "Municipalité de Whistler").is_some(),
        "{:?}",
        r.target
    );
    assert!(
        target_of(&r, "Ville de Whistler").is_none(),
        "{:?}",
        r.target
    );
}

#[test]
fn a_municipality_and_its_town_are_one_victim_en() {
    let s = suggester();
    let r = s.suggest(
        "Ransomware attack",
        "The Municipality of Springfield was hit by a ransomware attack. The hackers defaced the website of the City of Springfield.",
    );
    assert!(
        target_of(&r, "City of Springfield").is_none(),
        "{:?}",
        r.target
    );
}

// Round s18attack: attack types on news nobody tuned on (seventh split's misses by cause).

#[test]
fn encrypted_but_not_stolen_is_ransomware_alone_fr() {
    // RTBF on Floreffe: « les données … ont été cryptées mais pas dérobées ».
    let a = attacks(
        "Floreffe victime d'une cyberattaque",
        "Visiblement, les données de l'administration communale ont été cryptées mais pas dérobées.",
    );
    assert_eq!(a, ["ransomware"], "{a:?}");
}

#[test]
fn encrypted_but_not_stolen_is_ransomware_alone_en() {
    let a = attacks(
        "Town hit by cyberattack",
        "The council's files were encrypted but not stolen, the mayor said.",
    );
    assert_eq!(a, ["ransomware"], "{a:?}");
}

#[test]
fn a_possible_or_ruled_out_theft_is_no_breach_fr() {
    // Le Figaro on the FFR: « données potentiellement exfiltrées »; La France Agricole on the
    // Arsoé: « Nous avons écarté à 99 % la probabilité d'une fuite de données ».
    let a = attacks(
        "La fédération victime d'une cyberattaque",
        "La nature exacte et la quantité de données potentiellement exfiltrées ne peuvent pas être déterminées.",
    );
    assert!(a.is_empty(), "{a:?}");
    let a = attacks(
        "30 000 éleveurs touchés par une cyberattaque",
        "Nous avons écarté à 99 % la probabilité d'une fuite de données.",
    );
    assert!(a.is_empty(), "{a:?}");
}

#[test]
fn a_possible_or_ruled_out_theft_is_no_breach_en() {
    let a = attacks(
        "Federation hit by cyberattack",
        "The amount of data potentially exfiltrated cannot be determined at this stage.",
    );
    assert!(a.is_empty(), "{a:?}");
    let a = attacks(
        "Cooperative hit by cyberattack",
        "Investigators consider the likelihood of a data breach to be very low.",
    );
    assert!(a.is_empty(), "{a:?}");
}

#[test]
fn risks_victims_are_warned_of_did_not_happen_fr() {
    // Géroscopie on an Ehpad: vigilance « concernant les risques potentiels d'hameçonnage
    // (phishing) et d'usurpation d'identité ».
    let a = attacks(
        "Un Ehpad victime d'une cyberattaque par rançongiciel",
        "Des recommandations de vigilance leur ont été transmises concernant les risques potentiels d'hameçonnage (phishing) et d'usurpation d'identité.",
    );
    assert_eq!(a, ["ransomware"], "{a:?}");
}

#[test]
fn risks_victims_are_warned_of_did_not_happen_en() {
    let a = attacks(
        "Care home hit by ransomware attack",
        "Families were told to be alert to the potential risks of phishing and identity theft.",
    );
    assert_eq!(a, ["ransomware"], "{a:?}");
}

#[test]
fn a_ransom_refused_was_asked_fr() {
    let a = attacks(
        "Une commune paralysée par une cyberattaque",
        "Les pirates exigent une rançon pour débloquer les serveurs. Le maire a décidé de ne pas payer la rançon.",
    );
    assert_eq!(a, ["ransomware"], "{a:?}");
    // A ransom denied is still no ransom.
    let a = attacks(
        "Une commune paralysée par une cyberattaque",
        "Les services sont coupés. Aucune rançon n'a été demandée.",
    );
    assert!(a.is_empty(), "{a:?}");
}

#[test]
fn a_ransom_refused_was_asked_en() {
    // The Record on the Delaware libraries: the gang's description stands once the ransom is
    // refused, although the gang also claims data.
    let a = attacks(
        "Delaware libraries lose internet access after RansomHub cyber attack",
        "Ransomware gang RansomHub claimed responsibility for a cyber attack on the Delaware Division of Libraries. The director instructed the Division to not pay the ransom. RansomHub claims to have stolen 56.4 GB of data.",
    );
    assert!(a.contains(&"ransomware".to_string()), "{a:?}");
}

#[test]
fn types_counted_in_a_survey_are_no_incident_fr() {
    // Docaposte's barometer: « Le phishing (33%), le ransomware (27%) … ».
    let a = attacks(
        "Baromètre de la cybersécurité 2024",
        "Le phishing (33%), le ransomware (27%) et le vol de données (24%) restent les attaques les plus courantes.",
    );
    assert!(a.is_empty(), "{a:?}");
}

#[test]
fn types_counted_in_a_survey_are_no_incident_en() {
    let a = attacks(
        "Cybersecurity barometer 2024",
        "Phishing (33 %) and ransomware (27 %) remain the most common attacks on firms.",
    );
    assert!(a.is_empty(), "{a:?}");
}

#[test]
fn data_said_taken_with_words_between_is_a_breach_fr() {
    // Tendance Ouest on the Marigny Ehpad.
    let a = attacks(
        "Marigny : un Ehpad victime d'une cyberattaque",
        "L'Ehpad Les Hortensias a été victime d'une cyberattaque revendiquée par le groupe cybercriminel \"Médusa\". Des données sur les identités des résidents ont notamment été diffusées sur le darknet.",
    );
    assert!(a.contains(&"data-breach".to_string()), "{a:?}");
    let a = attacks(
        "Marigny : un Ehpad victime d'une cyberattaque",
        "L'Ehpad Les Hortensias a été victime d'une cyberattaque revendiquée par le groupe cybercriminel \"Médusa\". Les fichiers des résidents n'ont pas été diffusés.",
    );
    assert!(!a.contains(&"data-breach".to_string()), "{a:?}");
}

#[test]
fn data_said_taken_with_words_between_is_a_breach_en() {
    // AP on the DC Board of Elections; the FTC on InfoTrax.
    let a = attacks(
        "Hackers Access DC Voter Records",
        "Hackers breached the District of Columbia’s Board of Elections website on Thursday. The Board of Elections said voter records were accessed through the web server of its hosting provider.",
    );
    // Its hosting provider's server is how: supply-chain too (`supply_chain.rs`).
    assert_eq!(a, ["data-breach", "supply-chain"], "{a:?}");
    let a = attacks(
        "FTC settlement",
        "Due to these security shortcomings, a hacker accessed about one million consumers’ sensitive personal information after more than twenty intrusions into InfoTrax’s network.",
    );
    assert_eq!(a, ["data-breach"], "{a:?}");
    // Still being determined is not yet taken.
    let a = attacks(
        "Pierce Transit Ransomware Attack",
        "The organization is still investigating the incident and determining what private information was accessed.",
    );
    assert!(!a.contains(&"data-breach".to_string()), "{a:?}");
}

fn attack_confidence(title: &str, text: &str, value: &str) -> Option<veille::tagging::Confidence> {
    let r = suggester().suggest(title, text);
    r.attack
        .iter()
        .find(|a| a.value == value)
        .map(|a| a.confidence)
}

#[test]
fn a_bare_hacking_word_is_no_intrusion_fr() {
    use veille::tagging::Confidence;
    // Europe 1 on La République en marche: « piratée » stood for a data theft at a provider (a
    // low guess until round s35attack, no type since: 2 right of 16 in titles).
    let c = attack_confidence(
        "La République en marche massivement piratée cet été",
        "",
        "intrusion",
    );
    assert_eq!(c, None);
    let c = attack_confidence(
        "Le réseau de l'UQAM visé",
        "Un pirate a réussi à s'introduire dans son réseau.",
        "intrusion",
    );
    assert_eq!(c, Some(Confidence::High));
}

#[test]
fn a_bare_hacking_word_is_no_intrusion_en() {
    use veille::tagging::Confidence;
    let c = attack_confidence("Elections board website breached", "", "intrusion");
    assert_eq!(c, None);
    let c = attack_confidence(
        "Elections board reports unauthorized access to its network",
        "",
        "intrusion",
    );
    assert_eq!(c, Some(Confidence::High));
}

#[test]
fn a_message_opened_is_phishing_fr() {
    // La France Agricole on the chambers of agriculture.
    let a = attacks(
        "Cyberattaque : des chambres d'agriculture paralysées",
        "Il aura suffi de l’ouverture d’un courriel par inadvertance pour que tout le réseau soit piraté par un rançongiciel.",
    );
    assert!(a.contains(&"phishing".to_string()), "{a:?}");
    // Advice is no event.
    let a = attacks(
        "Cyberattaque : des chambres d'agriculture paralysées",
        "Le rançongiciel a chiffré les serveurs. Ne cliquez jamais sur un courriel inconnu.",
    );
    assert!(!a.contains(&"phishing".to_string()), "{a:?}");
    // TF1 on small firms: a share of causes is no cause of this attack.
    let a = attacks(
        "Cyberattaques : les PME désarmées face aux pirates",
        "Son adresse mail a été piratée. \"90 % des attaques dans une entreprise sont dues à un collaborateur qui a cliqué malencontreusement sur un mail.\", dit-il.",
    );
    assert!(!a.contains(&"phishing".to_string()), "{a:?}");
}

#[test]
fn a_message_opened_is_phishing_en() {
    // WLBT on the Mississippi sheriff's office (sixth split).
    let a = attacks(
        "Mississippi sheriff says ransomware attack ‘hit us hard’ after employee opens email attachment crippling servers",
        "",
    );
    assert!(a.contains(&"phishing".to_string()), "{a:?}");
    let a = attacks(
        "Sheriff's office hit by ransomware",
        "The ransomware encrypted the servers. Staff should never open an email attachment from an unknown sender.",
    );
    assert!(!a.contains(&"phishing".to_string()), "{a:?}");
}

#[test]
fn a_payment_sent_to_another_account_is_business_email_compromise_fr() {
    // La Presse on Saskatoon: « l'envoi d'un paiement sur un autre compte bancaire ».
    let a = attacks(
        "La Ville de Saskatoon victime d'une fraude d'un million de dollars",
        "La Ville affirme avoir perdu un million de dollars à la suite d’une arnaque en ligne. Ce soi-disant responsable avait demandé l’envoi d’un paiement sur un autre compte bancaire et la Ville s’y était conformée.",
    );
    assert_eq!(a, ["bec-fraud"], "{a:?}");
}

#[test]
fn a_payment_sent_to_another_account_is_business_email_compromise_en() {
    let a = attacks(
        "City loses $1 million in online scam",
        "The city lost $1 million in an online scam. A fraudster posing as a contractor's finance director had the payment sent to another account.",
    );
    assert_eq!(a, ["bec-fraud"], "{a:?}");
}

#[test]
fn attackers_motives_in_general_are_no_attack_fr() {
    // Ouest-France on public transport: « des pirates aux motivations diverses ».
    let a = attacks(
        "Cyberattaques contre les transports en commun : ce qu’il faut savoir",
        "Ces services essentiels sont devenus des cibles pour des pirates aux motivations diverses : argent, sabotage ou espionnage.",
    );
    assert!(a.is_empty(), "{a:?}");
}

#[test]
fn attackers_motives_in_general_are_no_attack_en() {
    let a = attacks(
        "Cyberattacks against public transport: what to know",
        "Transit networks have become targets for attackers whose motives include money, sabotage or espionage.",
    );
    assert!(a.is_empty(), "{a:?}");
}

#[test]
fn data_or_machines_said_encrypted_are_ransomware_fr() {
    // Le Figaro on the FFR: « des boîtes de messagerie qui ont été chiffrées lors de l'attaque ».
    let a = attacks(
        "Rugby : la FFR met en garde ses licenciés après une cyberattaque",
        "La Fédération française de rugby (FFR), victime d'une cyberattaque début juin, a mis en garde ses licenciés. La Fédération a été dans l'impossibilité de récupérer les historiques d'une partie des boîtes de messagerie qui ont été chiffrées lors de l'attaque.",
    );
    assert_eq!(a, ["ransomware"], "{a:?}");
    // Costed, not encrypted.
    let a = attacks(
        "La FFR victime d'une cyberattaque",
        "La Fédération française de rugby (FFR), victime d'une cyberattaque début juin, a mis en garde ses licenciés. Les pertes de la Fédération ont été chiffrées à deux millions d'euros.",
    );
    assert!(a.is_empty(), "{a:?}");
}

#[test]
fn data_or_machines_said_encrypted_are_ransomware_en() {
    let a = attacks(
        "Rugby federation warns members after cyberattack",
        "The federation said mail servers at its headquarters were encrypted during the attack.",
    );
    assert_eq!(a, ["ransomware"], "{a:?}");
}

// Round s19victims: victims the suggester never considered (tests/gold/README.md, "Victims the
// suggester never considers").

#[test]
fn a_description_before_a_company_s_name_is_no_part_of_it_fr() {
    let s = suggester();
    // Eighth split: « Cet été, la fondation vaudoise Le Relais et des entreprises genevoises ont
    // vu leurs données cryptées… » (the clause with its cue, as the lead says it).
    let r = s.suggest(
        "Des Romands ont payé un million aux hackers",
        "Cet été, la fondation vaudoise Le Relais a été victime d'une cyberattaque.",
    );
    // Since « vaudoise » names a people (round s25places), the name comes without its article
    // (« Relais »): the same victim for the gold sets, a shorter label on screen (left to the
    // victim rules).
    assert!(
        target_of(&r, "Le Relais").is_some() || target_of(&r, "Relais").is_some(),
        "{:?}",
        r.target
    );
    assert_eq!(values(&r.country), ["CH"]);
    // After the eighth split's « Cet incident est survenu chez la firme Mak-System ».
    let r = s.suggest(
        "Cyberattaque",
        "La firme Mak-System a été victime d'une cyberattaque, indique le ministère.",
    );
    assert!(target_of(&r, "Mak-System").is_some(), "{:?}", r.target);
    // The adjectives are not the name: nothing is proposed as « Vaudoise Le Relais ».
    let r = s.suggest(
        "Cyberattaque",
        "Cet été, la fondation vaudoise Le Relais a été victime d'une cyberattaque.",
    );
    assert!(
        r.target.iter().all(|t| !t.value.contains("audoise")),
        "{:?}",
        r.target
    );
}

#[test]
fn a_description_before_a_company_s_name_is_no_part_of_it_en() {
    let s = suggester();
    // Seventh split: "Quebec-based hardware chain Canac was the target of a cyber attack".
    let r = s.suggest(
        "Canac Target Of Cyber Attack",
        "Quebec-based hardware chain Canac was the target of a cyber attack, causing computer failures for nearly two weeks.",
    );
    assert!(target_of(&r, "Canac").is_some(), "{:?}", r.target);
    // "The hardware chain …": a lower-case description before the head is skipped too.
    let r = s.suggest(
        "Cyber attack",
        "The hardware chain Globex was hit by a cyber attack, causing computer failures.",
    );
    assert!(target_of(&r, "Globex").is_some(), "{:?}", r.target);
}

#[test]
fn a_place_s_possessive_of_several_words_is_not_the_victim_s_name() {
    let s = suggester();
    // Eighth split: the title names a county; the text "North Carolina’s Mecklenburg County".
    let r = s.suggest(
        "Ransomware slows North Carolina county",
        "Hackers were able to lock down several servers of North Carolina’s Mecklenburg County, which includes the city of Charlotte and surrounding areas, with ransomware on Wednesday.",
    );
    assert!(
        target_of(&r, "Mecklenburg County").is_some(),
        "{:?}",
        r.target
    );
    // Seventh split: a possessive before a name that is only its head is the owner's name,
    // written without the possessive.
    let r = s.suggest(
        "Hackers Access DC Voter Records",
        "Hackers breached the District of Columbia’s Board of Elections website on Thursday, gaining access to 600,000 lines of voter data.",
    );
    assert!(
        target_of(&r, "District of Columbia Board of Elections").is_some(),
        "{:?}",
        r.target
    );
}

#[test]
fn the_examples_of_clients_charities_or_laboratories_are_victims_en() {
    let s = suggester();
    // Fifth split: "Clients including Sonic Automotive, Penske Automotive Group and Lithia
    // Motors reported in SEC filings that their businesses had been disrupted by the attack."
    let r = s.suggest(
        "Cyberattack Disrupts Car Dealership Operations",
        "Clients including Sonic Automotive, Penske Automotive Group and Lithia Motors reported in SEC filings that their businesses had been disrupted by the attack.",
    );
    for v in ["Penske Automotive Group", "Lithia Motors"] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
    // Eighth split: "on behalf of charities including the Cancer Council, Canteen, and The Fred
    // Hollows Foundation".
    let r = s.suggest(
        "Charity hack hits donors",
        "The breach unfolded after cybercriminals targeted Pareto Phone, a Brisbane-based telemarketing firm responsible for collecting donations from supporters on behalf of charities including the Cancer Council, Canteen, and The Fred Hollows Foundation.",
    );
    for v in ["Pareto Phone", "Canteen"] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
}

#[test]
fn the_examples_of_clients_charities_or_laboratories_are_victims_fr() {
    let s = suggester();
    // After the eighth split's « plusieurs laboratoires de recherche - le CNRS et l'Inserm »:
    // examples after the kind, with « comme ».
    let r = s.suggest(
        "Cyberattaques contre la recherche",
        "Une cyberattaque a touché plusieurs laboratoires, comme Biolab Nord et Genetis Sud.",
    );
    for v in ["Biolab Nord", "Genetis Sud"] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
    // The press named as a source is no kind of victim (fresh split: « comme le rapportent
    // plusieurs médias comme France 3 et La Voix du Nord »).
    let r = s.suggest(
        "Les hôpitaux du groupe Ramsay victimes d'une cyberattaque",
        "La direction du groupe a confirmé que ces établissements avaient été visés par une attaque virale samedi matin, comme le rapportent plusieurs médias comme France 3 et La Voix du Nord.",
    );
    assert!(target_of(&r, "Voix du Nord").is_none(), "{:?}", r.target);
}

#[test]
fn a_plural_head_of_several_words_names_each_member_fr() {
    let s = suggester();
    // Seventh split: « Les Sociétés de transport de Saguenay, Trois-Rivières, l'Outaouais et Lévis
    // sont également touchées par le problème »: each member takes the head and the shared « de »,
    // an elided article too.
    let r = s.suggest(
        "Les services de la STS touchés par une cyberattaque",
        "L'un des fournisseurs de la Société de transport de Sherbrooke (STS) est la cible d'une cyberattaque, ce qui la force à réduire ses services de transport adapté, a-t-elle annoncé dans un communiqué mercredi. Les Sociétés de transport de Saguenay, Trois-Rivières, l’Outaouais et Lévis sont également touchées par le problème, selon le président de la STS Marc Denault.",
    );
    for v in [
        "Société de transport de Trois-Rivières",
        "Société de transport de l’Outaouais",
        "Société de transport de Lévis",
    ] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
    assert!(values(&r.sector).contains(&"transport"), "{:?}", r.sector);
    // A day before the list is an opening phrase; the list up to its first comma is not.
    let r = s.suggest(
        "Attaques DDoS",
        "Mardi, les villes de Nice, Tarbes et Pau ont été visées.",
    );
    for v in ["Ville de Nice", "Ville de Tarbes", "Ville de Pau"] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
}

#[test]
fn an_incident_at_a_company_names_it_fr() {
    let s = suggester();
    // Eighth split: « Cet incident est survenu chez la firme Mak-System, un fournisseur de
    // services externe mandaté par le ministère de la Santé ».
    let r = s.suggest(
        "Incident de cybersécurité impliquant un fournisseur",
        "Cet incident est survenu chez la firme Mak-System, un fournisseur de services externe mandaté par le ministère de la Santé et des Services sociaux.",
    );
    assert!(target_of(&r, "Mak-System").is_some(), "{:?}", r.target);
}

#[test]
fn an_outage_at_a_list_of_victims_names_each_en() {
    let s = suggester();
    // Eighth split: the last two members, "B and C", are two names.
    let r = s.suggest(
        "Hospitals affected by cyberattack say stolen patient data may be publicized",
        "The attack caused an outage of some online services at Bluewater Health, Chatham-Kent Health Alliance, Erie Shores HealthCare, Hôtel-Dieu Grace Healthcare and Windsor Regional Hospital on Oct. 23.",
    );
    for v in [
        "Bluewater Health",
        "Chatham-Kent Health Alliance",
        "Hôtel-Dieu Grace Healthcare",
        "Windsor Regional Hospital",
    ] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
}

#[test]
fn a_name_that_only_qualifies_the_subject_is_no_victim_en() {
    let s = suggester();
    // Eighth split: the subject is the cooperative, which the title does not name.
    let r = s.suggest(
        "Rural Alabama electric cooperative hit by ransomware attack",
        "",
    );
    assert!(target_of(&r, "Rural Alabama").is_none(), "{:?}", r.target);
    // A clause between the subject and the cue is no noun: Blackbaud is the victim.
    let r = s.suggest(
        "Blackbaud incident: FAQs",
        "We have set out answers to the key questions that you may have about the Blackbaud incident.\n\nWhat happened?\n\nOn 16 July 2020 we were contacted by Blackbaud – a third-party service provider who host supporter databases for the charity and not-for-profit, healthcare and educational sectors.\n\nBlackbaud informed us that regrettably they had been the victim of a ransomware attack in May 2020.",
    );
    assert!(target_of(&r, "Blackbaud").is_some(), "{:?}", r.target);
}

#[test]
fn a_name_that_only_qualifies_the_subject_is_no_victim_fr() {
    let s = suggester();
    // Seventh split: « La République en marche massivement piratée cet été » is no victim named
    // « République ».
    let r = s.suggest("La République en marche massivement piratée cet été", "");
    assert!(target_of(&r, "République").is_none(), "{:?}", r.target);
    // The subject itself stays the victim (« La commune de Rolle a été touchée »).
    let r = s.suggest(
        "Cyberattaque",
        "La Mairie de Betton a été victime d'une cyberattaque lundi.",
    );
    assert!(
        target_of(&r, "Mairie de Betton").is_some(),
        "{:?}",
        r.target
    );
}

#[test]
fn the_people_that_describes_a_victim_gives_its_country_fr() {
    let s = suggester();
    // Eighth split: « le hack de la plateforme japonaise Coincheck en janvier 2018 ».
    let r = s.suggest(
        "La Corée du Nord aurait volé 670M$ en crypto-monnaies grâce à ses hackers",
        "Leur plus grand succès ne serait autre que le hack de la plateforme japonaise Coincheck en janvier 2018, qui pour l’occasion s’était faite voler 532 millions de dollars.",
    );
    assert!(target_of(&r, "Coincheck").is_some(), "{:?}", r.target);
    assert!(values(&r.country).contains(&"JP"), "{:?}", r.country);
    // The attacker's country stays out: North Korea is who stole.
    assert!(!values(&r.country).contains(&"KP"), "{:?}", r.country);
}

#[test]
fn the_people_that_describes_a_victim_gives_its_country_en() {
    let s = suggester();
    let r = s.suggest(
        "Ransomware attack",
        "The Japanese firm Globex was hit by a ransomware attack last week.",
    );
    assert!(target_of(&r, "Globex").is_some(), "{:?}", r.target);
    assert!(values(&r.country).contains(&"JP"), "{:?}", r.country);
}

#[test]
fn a_place_and_an_english_head_in_lower_case_describe_the_victim_named_in_full_en() {
    let s = suggester();
    // Unseen split: the title's "Texas school district" is the district the text names in full.
    let r = s.suggest(
        "Texas school district data breach affected nearly 23,000 students, faculty members",
        "Northside Independent School District officials realized just a month ago how extensive the August breach was.",
    );
    assert!(
        target_of(&r, "Northside Independent School District").is_some(),
        "{:?}",
        r.target
    );
    assert!(
        target_of(&r, "Texas school district").is_none(),
        "{:?}",
        r.target
    );
    // Development split: "Tampa hospital" is Tampa General Hospital.
    let r = s.suggest(
        "Tampa hospital says sensitive data of 1.2 million stolen in failed ransomware attack",
        "One of the largest hospitals in Florida said hackers stole the sensitive data of more than 1.2 million patients during an attempted ransomware attack in May. Tampa General Hospital has about 7,000 employees and more than 1,000 beds.",
    );
    assert!(target_of(&r, "Tampa hospital").is_none(), "{:?}", r.target);
}

#[test]
fn a_french_head_in_lower_case_still_names_the_victim_fr() {
    let s = suggester();
    // French writes an institution's head in lower case: « l'hôpital de Cannes » is a name.
    let r = s.suggest(
        "L'hôpital de Cannes victime d'une cyberattaque",
        "L'hôpital de Cannes Simone-Veil a été victime d'une cyberattaque mardi.",
    );
    assert!(
        r.target
            .iter()
            .any(|t| t.value.starts_with("Hôpital de Cannes")),
        "{:?}",
        r.target
    );
}

#[test]
fn the_members_after_a_colon_are_of_the_plural_kind_before_it_fr() {
    let s = suggester();
    // Sixth split: « D'autres lycées ont été visés dans la foulée : Gallieni à Fréjus, Jean
    // Lurçat à Martigues et Paul Arène à Sisteron. » Where each one is does not end the list.
    let r = s.suggest(
        "Alerte à la bombe dans des lycées",
        "Quatre lycées ont été la cible de menaces terroristes et d’alertes à la bombe, diffusées via l’application Pronote. Le lycée Honoré Daumier, à Marseille, a été l’un des premiers visés. D’autres lycées ont été visés dans la foulée : Gallieni à Fréjus, Jean Lurçat à Martigues et Paul Arène à Sisteron.",
    );
    for v in ["Lycée Gallieni", "Lycée Jean Lurçat", "Lycée Paul Arène"] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
    // Towns keep their own names (« quatre autres communes sont touchées : Donges, … »).
    let r = s.suggest(
        "Une cyberattaque paralyse la ville de Saint-Nazaire et 4 autres communes limitrophes",
        "En plus de Saint-Nazaire, quatre autres communes sont touchées : Montoir-de-Bretagne, Donges, La Chapelle-des-Marais et Pornichet, parce qu'elles utilisent les mêmes serveurs.",
    );
    assert!(target_of(&r, "Pornichet").is_some(), "{:?}", r.target);
}

#[test]
fn the_members_after_a_colon_are_read_past_where_they_are_en() {
    let s = suggester();
    let r = s.suggest(
        "Ransomware wave",
        "Several companies were hit by the ransomware attack: Globex in Ohio, Initech in Texas and Umbrella Corp in Nevada.",
    );
    // (A single word right after a colon is read as a sentence opener, as before: "Globex" is
    // not proposed, with or without its place.)
    for v in ["Initech", "Umbrella Corp"] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
}

#[test]
fn the_owner_of_what_was_hit_is_the_victim_en_fr() {
    let s = suggester();
    // Ninth split: the headline's subject is the company's portal, owned with an 's.
    let r = s.suggest(
        "Lemken's online portal hit by cyber attack",
        "German machinery manufacturer Lemken recently had its online system attacked by cyber hackers.",
    );
    assert!(target_of(&r, "Lemken").is_some(), "{:?}", r.target);
    assert!(target_of(&r, "Lemken's").is_none(), "{:?}", r.target);
    // French writes the owner after what it owns, as « les serveurs de » already read.
    let r = s.suggest(
        "Le portail en ligne de Lemken touché par une cyberattaque",
        "",
    );
    assert!(target_of(&r, "Lemken").is_some(), "{:?}", r.target);
    // A lower-case owner is no name.
    let r = s.suggest("The company's website hit by ransomware", "");
    assert!(r.target.is_empty(), "{:?}", r.target);
}

#[test]
fn a_victim_named_in_part_is_named_in_full_fr_en() {
    let s = suggester();
    // Ninth split: the title cuts the name the text writes with its head.
    let r = s.suggest(
        "L'agglomération du Grand Cognac victime d'une attaque informatique",
        "Le réseau informatique de l'Agglomération du Grand-Cognac (Charente) a été victime d'une attaque au cryptovirus de type rançongiciel (ransomware), a annoncé mercredi à l'AFP son président Jérôme Sourisseau.",
    );
    assert!(
        r.target
            .iter()
            .any(|t| same_victim(&t.value, "Agglomération du Grand Cognac")),
        "{:?}",
        r.target
    );
    assert!(target_of(&r, "Grand Cognac").is_none(), "{:?}", r.target);
    // Eighth split: a bare name the text also writes before its institution's head.
    let r = s.suggest(
        "Hackers are trying to extort millions from Allen ISD after cyberattack over students, staff data, officials say",
        "ALLEN, Texas — Allen Independent School District officials said hackers are trying to extort the district. Allen is the latest North Texas district to get hit by a cyberattack.",
    );
    assert!(
        target_of(&r, "Allen Independent School District").is_some(),
        "{:?}",
        r.target
    );
    assert!(target_of(&r, "Allen").is_none(), "{:?}", r.target);
}

#[test]
fn a_country_alone_is_no_victim_fr() {
    let s = suggester();
    // Eighth split: the country before the colon says where the hit websites are.
    let r = s.suggest(
        "Sénégal: des sites gouvernementaux paralysés par une cyberattaque, les autorités réagissent",
        "Vendredi soir, les sites internet de l’État sénégalais ont été la cible d’une cyberattaque, survenue dans un contexte politique particulièrement tendu.",
    );
    assert!(target_of(&r, "Sénégal").is_none(), "{:?}", r.target);
    assert!(r.country.iter().any(|c| c.value == "SN"), "{:?}", r.country);
}

#[test]
fn a_title_case_headline_s_words_are_no_victim_the_text_never_names_en() {
    let s = suggester();
    // Eighth split: every word of the headline is capitalised; "That Caters" and "Phones" are
    // no names.
    let r = s.suggest(
        "Data Breach at Australian Law Firm That Caters to Government Agencies, Finance Institutions Could Be the Worst in National History",
        "HWL Ebsworth, one of the country’s most prominent law firms, appears to have had a huge amount of client information stolen by ALPHV/BlackCat. The firm almost exclusively caters to government agencies, banks and large enterprises.",
    );
    assert!(target_of(&r, "That Caters").is_none(), "{:?}", r.target);
    let r = s.suggest(
        "Ransomware Attacks Ohio County Government: Computers, Phones Inaccessible After Hack",
        "In the case of Licking County, Ohio, the local government has all but shut down thanks to ransomware hijacking the county’s computers.",
    );
    assert!(target_of(&r, "Phones").is_none(), "{:?}", r.target);
    // A title-case headline's victim that the text names again stays.
    let r = s.suggest(
        "Fujifilm Confirms Ransomware Attack Disrupted Business Operations",
        "Fujifilm confirmed that a ransomware attack hit its network in Japan.",
    );
    assert!(target_of(&r, "Fujifilm").is_some(), "{:?}", r.target);
}

#[test]
fn the_city_of_a_place_is_its_local_authority_en_fr() {
    let s = suggester();
    // Ninth split: English writes the head in lower case before the place.
    let r = s.suggest(
        "Atlanta racing against the clock after city hit by ransomware",
        "A huge ransomware attack hit the city of Atlanta last week and officials are scrambling to get their systems back up and running.",
    );
    assert!(target_of(&r, "City of Atlanta").is_some(), "{:?}", r.target);
    assert!(
        r.sector.iter().any(|x| x.value == "local-government"),
        "{:?}",
        r.sector
    );
    // « la ville de », as French has long been read.
    let r = s.suggest(
        "Cyberattaque",
        "Une cyberattaque a frappé la ville de Caen dans la nuit de lundi.",
    );
    assert!(
        r.target.iter().any(|t| t.value.contains("Caen")),
        "{:?}",
        r.target
    );
}

#[test]
fn the_press_that_told_the_story_is_not_the_victim_s_sector_fr_en() {
    let s = suggester();
    // Ninth split: the local media reported the attack first.
    let r = s.suggest(
        "L'agglomération du Grand Cognac victime d'une attaque informatique",
        "Le réseau informatique de l'Agglomération du Grand-Cognac (Charente) a été victime d'une attaque au cryptovirus de type rançongiciel (ransomware), a annoncé mercredi à l'AFP son président Jérôme Sourisseau, confirmant des informations de médias locaux.",
    );
    let sectors: Vec<&str> = r.sector.iter().map(|x| x.value.as_str()).collect();
    assert_eq!(sectors, ["local-government"], "{:?}", r.sector);
    let r = s.suggest(
        "Pennsylvania county hit by ransomware",
        "Ransomware hit the computer network of Bucks County on Sunday, as reported by local newspapers.",
    );
    let sectors: Vec<&str> = r.sector.iter().map(|x| x.value.as_str()).collect();
    assert_eq!(sectors, ["local-government"], "{:?}", r.sector);
}

#[test]
fn a_team_against_hacking_names_no_hack_fr() {
    let s = suggester();
    // Ninth split: Google's anti-hacking team warned the targets; Google was not hacked.
    let r = s.suggest(
        "Google bloque une nouvelle campagne de phishing de Fancy Bear/APT28",
        "Mercredi, Google a alerté environ 14 000 utilisateurs, y compris des journalistes et des membres de plusieurs ONG, qu'ils avaient été la cible de pirates informatiques parrainés par le gouvernement russe. Shane Huntley, le chef du Threat Analysis Group ou TAG, l'équipe anti-piratage de Google, a écrit sur Twitter que son équipe avait envoyé un « lot supérieur à la moyenne » d'avertissements.",
    );
    assert!(target_of(&r, "Google").is_none(), "{:?}", r.target);
    assert!(r.country.is_empty(), "{:?}", r.country);
    // The cue without "anti-" still names the victim.
    let r = s.suggest(
        "Piratage de Google : des comptes compromis",
        "Le piratage de Google a exposé des comptes.",
    );
    assert!(target_of(&r, "Google").is_some(), "{:?}", r.target);
}

#[test]
fn a_name_the_text_denies_was_hit_is_no_victim_fr_en() {
    let s = suggester();
    // Ninth split: the customers were phished; the shop says it was not hacked.
    let r = s.suggest(
        "Plusieurs centaines de clients de Cdiscount victimes d'une arnaque en ligne",
        "« Contrairement à ce qui a été dit, Cdiscount n’a pas été victime de piratage informatique. Aucune faille de sécurité n’a été détectée. » Marie Even, secrétaire générale de Cdiscount, insiste pour rassurer les internautes.",
    );
    assert!(target_of(&r, "Cdiscount").is_none(), "{:?}", r.target);
    let r = s.suggest(
        "Acme Outfitters hit by a phishing wave",
        "Acme Outfitters was not breached, the company said; its customers received fake emails.",
    );
    assert!(r.target.is_empty(), "{:?}", r.target);
}

#[test]
fn a_victim_named_by_a_cue_after_the_lead_is_read_fr_en() {
    let s = suggester();
    // Ninth split: the second victim is named in the seventh sentence, by a cue alone.
    let r = s.suggest(
        "LockBit poursuit ses attaques contre des cibles françaises",
        "LockBit a revendiqué, depuis début avril 2023, plusieurs attaques par ransomware contre des entreprises françaises. Le Groupe BRL, spécialiste de l’eau de la région Occitanie, a ainsi confirmé avoir été victime d’un rançongiciel dans la nuit du 23 au 24 mars 2023.\n\n« Cette intrusion survenue dans la nuit avait pour objectif de crypter (sic) et d’extraire des données de nos systèmes d’information », indique la société. Elle assure que l’attaque n’a pas affecté « la continuité du service de l’eau et la réalisation de nos missions d’exploitation ». LockBit a laissé jusqu’au 21 avril à Groupe BRL pour payer.\n\nSéché Environnement, un industriel spécialisé dans le traitement des déchets, est une autre victime confirmée. L’entreprise admet que LockBit a bien lancé une attaque par ransomware contre ses serveurs.",
    );
    assert!(
        target_of(&r, "Séché Environnement").is_some(),
        "{:?}",
        r.target
    );
    // Fifth split: a sentence's opening "As" is no part of the name after it.
    let r = s.suggest(
        "CDK Global hit by a second cyberattack",
        "CDK Global, which provides software for car dealerships, was hit by a ransomware attack on Wednesday. As CDK was working to bring its systems back online, it was hit by a second attack.",
    );
    assert!(target_of(&r, "As CDK").is_none(), "{:?}", r.target);
    assert!(target_of(&r, "CDK Global").is_some(), "{:?}", r.target);
}

#[test]
fn victims_listed_after_their_kind_or_after_what_put_them_out_of_reach_fr_en() {
    let s = suggester();
    // Eighth split: the newspapers a printer serves, each a name that ends in « Journal ».
    let r = s.suggest(
        "L'impression de journaux américains visée par une cyberattaque",
        "Un piratage informatique a perturbé l'impression et la distribution de plusieurs journaux américains, comme le Wall Street Journal, le Los Angeles Times, Le Chicago Tribune ou encore Le Baltimore Sun.",
    );
    for name in ["Wall Street Journal", "Los Angeles Times", "Baltimore Sun"] {
        assert!(target_of(&r, name).is_some(), "{name}: {:?}", r.target);
    }
    let r = s.suggest(
        "Printing of US newspapers disrupted by a cyberattack",
        "A malware attack disrupted the printing of several newspapers, including the Wall Street Journal, the Los Angeles Times and the Baltimore Sun.",
    );
    for name in ["Wall Street Journal", "Los Angeles Times", "Baltimore Sun"] {
        assert!(target_of(&r, name).is_some(), "{name}: {:?}", r.target);
    }
    // Ninth split: the shops whose sites are out of reach, « à l'instar de ceux de… ».
    let r = s.suggest(
        "ESN : les clients d'Octave.biz victimes des effets d'une cyberattaque",
        "De nombreux sites Web marchands créés et hébergés par Octave sont actuellement indisponibles, à l’instar de ceux de Sarodis, Daudin Distribution, Polemil Médical, Sofia Distribution, Mediconfort, Hyprodis, ou encore Agripartner, entre autres.",
    );
    for name in ["Sarodis", "Daudin Distribution", "Agripartner"] {
        assert!(target_of(&r, name).is_some(), "{name}: {:?}", r.target);
    }
    // Eighth split: a bare name listed after « des universités comme » is a university.
    let r = s.suggest(
        "Des hackers ont tenté d'entrer dans les systèmes de l'Institut Pasteur",
        "Plusieurs laboratoires de recherche ainsi que des universités comme Paris-Descartes ont été l'objet de cyberattaques.",
    );
    assert!(
        target_of(&r, "Université Paris-Descartes").is_some(),
        "{:?}",
        r.target
    );
    // Stories gold: a lower-case descriptive head after a country is no name.
    let r = s.suggest(
        "Harrods hit in cyber spree as experts warn of ‘coordinated campaign’",
        "Harrods has become the latest high profile UK retailer targeted by cyber attackers, joining Marks & Spencer and Co-op Group in a spate of recent incidents.",
    );
    assert!(target_of(&r, "UK retailer").is_none(), "{:?}", r.target);
    // Seventh split: an adverb opening the sentence is no name, and an app no victim.
    let r = s.suggest(
        "Les Transports publics du Chablais victimes d'une cyberattaque",
        "Seule l’application TPC Mobile était indisponible pour les clients ce jour-là.",
    );
    assert!(
        r.target.iter().all(|t| !t.value.starts_with("Seule")),
        "{:?}",
        r.target
    );
}

#[test]
fn a_list_of_victims_late_in_the_text_is_read_fr() {
    let s = suggester();
    // Ninth split: Octave's shops are named in the article's twenty-second sentence or so.
    let lead = "La rumeur courait depuis quelques jours. Damien Bancal (du site Zataz) évoquait ainsi, le 19 août, une cyberattaque contre un « hébergeur français » survenue vendredi dernier : « certaines marques ont des boutiques physiques. Retour au crayon papier pour répondre aux besoins des clients ».\n\nIl s’agit d’Octave, un éditeur de logiciels métiers en mode SaaS spécialisé sur le secteur du commerce de détail omnicanal. Parmi ses clients, l’éditeur – qui héberge aussi des outils métiers pour ceux-ci – mentionne La Casserolerie, La Compagnie du Lit, Cash Piscines, Cultura, Lyophilisé & Co., Yvert & Tellier, Cobra, Agripartner et Kalico. Mais ils sont plus nombreux.\n\nL’un d’entre eux, La Boutique du Tracteur, a compté parmi les premiers à évoquer la cyberattaque, sur sa page Facebook : « nous sommes désolés de ne pas pouvoir répondre à vos appels et messages, ou prendre vos commandes. Nous espérons un rétablissement rapide de la part de notre prestataire ».\n\nCe mardi 20 août au matin, le diffuseur Makassar, spécialiste de la bande dessinée, des comics et mangas, se disait lui aussi affecté. D’autres se sont montrés plus discrets sur la nature de l’incident, à l’instar de Cobra et de Rascol sur leurs pages Facebook respectives.\n\nTous font état de délais dans le traitement des commandes. Mais la Boutique du Tracteur joue la transparence quant à l’incertitude dans laquelle elle est placée actuellement : « le traitement des commandes ainsi que toute autre demande sont malheureusement impossibles pour une durée indéterminée ».\n\nDe nombreux sites Web marchands créés et hébergés par Octave sont actuellement indisponibles, à l’instar de ceux de Sarodis, Daudin Distribution, Polemil Médical, Sofia Distribution, Mediconfort, Hyprodis, ou encore Agripartner, entre autres.";
    let r = s.suggest(
        "ESN : les clients d'Octave.biz victimes des effets d'une cyberattaque",
        lead,
    );
    for name in ["Sarodis", "Hyprodis", "Agripartner"] {
        assert!(target_of(&r, name).is_some(), "{name}: {:?}", r.target);
    }
}

#[test]
fn a_victim_of_an_earlier_incident_elsewhere_is_not_the_story_s_en_fr() {
    let s = suggester();
    // Ninth split: Oakland's attack recalled in a story about Hayward.
    let r = s.suggest(
        "Hayward ransomware: City of Hayward website coming back after cyber attack",
        "The City of Hayward said its website is coming back online. The City of Oakland was the victim of a ransomware attack earlier this year.",
    );
    assert!(target_of(&r, "City of Oakland").is_none(), "{:?}", r.target);
    let r = s.suggest(
        "Rançongiciel : le site de la Ville de Hayward rétabli",
        "Le site de la Ville de Hayward revient en ligne. La Ville d'Oakland avait elle aussi été victime d'un rançongiciel l'an dernier.",
    );
    assert!(
        r.target.iter().all(|t| !t.value.contains("Oakland")),
        "{:?}",
        r.target
    );
    // The story's own victim, hit earlier this year, stays hers.
    let r = s.suggest(
        "Oakland confirms data stolen in ransomware attack",
        "The City of Oakland was the victim of a ransomware attack earlier this year, it said on Monday.",
    );
    assert!(
        r.target.iter().any(|t| t.value.contains("Oakland")),
        "{:?}",
        r.target
    );
}

#[test]
fn a_subject_hit_after_a_long_apposition_is_the_victim_en_fr() {
    let s = suggester();
    // Seventh split: fifteen words describe the company before it "was targeted".
    let r = s.suggest(
        "Cyberattack forces Ontario Beer Store locations to go cash only",
        "Brewers Retail, a consortium of brewing conglomerates that owns the retail chain known as The Beer Store, was targeted by a cyberattack that wiped out most of the network’s payment processing capabilities.",
    );
    assert!(target_of(&r, "Brewers Retail").is_some(), "{:?}", r.target);
    let r = s.suggest(
        "Cyberattaque : les magasins The Beer Store ne prennent plus que l'argent comptant",
        "Brewers Retail, un consortium de brasseurs qui possède la chaîne de magasins connue sous le nom de The Beer Store, a été victime d'une cyberattaque.",
    );
    assert!(target_of(&r, "Brewers Retail").is_some(), "{:?}", r.target);
}

#[test]
fn the_members_of_a_kind_of_victim_set_off_by_dashes_are_victims_fr_en() {
    let s = suggester();
    // Eighth split.
    let r = s.suggest(
        "Des hackers ont tenté d'entrer dans les systèmes informatiques de l'Institut Pasteur",
        "Tout comme les États-Unis, l'Israël ou l'Allemagne, plusieurs laboratoires de recherche - le CNRS et l'Inserm - ainsi que des universités comme Paris-Descartes, ont été l'objet de cyberattaques.",
    );
    for name in ["CNRS", "Inserm"] {
        assert!(
            r.target.iter().any(|t| t.value.contains(name)),
            "{name}: {:?}",
            r.target
        );
    }
    let r = s.suggest(
        "Research labs hit by cyberattacks",
        "Several research laboratories — Globex Labs, Initech Research and Umbrella Health — were hit by cyberattacks last week.",
    );
    // ("Globex Labs and Initech Research" alone stays one name: "Marks and Spencer" is one.)
    for name in ["Globex Labs", "Initech Research", "Umbrella Health"] {
        assert!(target_of(&r, name).is_some(), "{name}: {:?}", r.target);
    }
}

#[test]
fn whom_something_was_stolen_from_is_the_victim_en_fr() {
    let s = suggester();
    // Ninth split: two victims, each after "from", in a sentence about three heists.
    let r = s.suggest(
        "North Korea's Lazarus hackers behind recent crypto heists: FBI",
        "June saw three headline-grabbing incidents involving cryptocurrency companies: a $100 million hack of Atomic Wallet on June 2, as well as two June 22 attacks in which cybercriminals stole $60 million from Alphapo and $37 million from CoinsPaid.",
    );
    for name in ["Alphapo", "CoinsPaid"] {
        assert!(target_of(&r, name).is_some(), "{name}: {:?}", r.target);
    }
    // Unseen split: past the words that describe the firm.
    let r = s.suggest(
        "FBI: North Korea Behind $100M Crypto Theft",
        "The FBI on Monday said that North Korean (DPRK) hacking groups Lazarus Group and APT38 stole $100M worth of digital assets from the California-based crypto firm Harmony last June.",
    );
    assert!(target_of(&r, "Harmony").is_some(), "{:?}", r.target);
    let r = s.suggest(
        "Cryptomonnaies : 60 millions de dollars dérobés",
        "Des cybercriminels ont dérobé 60 millions de dollars en cryptomonnaies chez Alphapo lors d'une attaque le 22 juin.",
    );
    assert!(target_of(&r, "Alphapo").is_some(), "{:?}", r.target);
    // What was stolen from a lower-case owner names no one.
    let r = s.suggest(
        "Data breach",
        "Hackers stole data from the company's servers in a cyberattack.",
    );
    assert!(r.target.is_empty(), "{:?}", r.target);
}

// ---- Round s21places: victims' sectors and countries on the tenth split (issue 10, items 2-3) ----

#[test]
fn a_video_game_publisher_is_a_technology_company_fr_en() {
    let s = suggester();
    // Tenth split: Ubisoft, and ninth: Sega, labelled technology on every split; hospitality was
    // suggested instead, or nothing at all for « jeux vidéo ».
    let r = s.suggest(
        "Ubisoft, le géant français des jeux vidéo, victime d'un piratage",
        "L'éditeur de jeux vidéo Ubisoft a annoncé mardi avoir été victime de pirates informatiques.",
    );
    assert_eq!(values(&r.sector), ["technology"]);
    let r = s.suggest(
        "Sega is latest game company to suffer cyber attack",
        "Japanese video game company Sega has confirmed reports that hackers stole the personal data of 1.3 million customers.",
    );
    assert_eq!(values(&r.sector), ["technology"]);
    // Gambling stays hospitality.
    let r = s.suggest("Club One Casino revendiqué par 3AM puis PEAR", "");
    assert_eq!(values(&r.sector), ["hospitality"]);
}

#[test]
fn the_people_that_describes_a_victim_is_its_country_en_fr() {
    let s = suggester();
    // Ninth split: the victim was read off the title, and its description in the lead gave no
    // country.
    let r = s.suggest(
        "Lemken's online portal hit by cyber attack",
        "German machinery manufacturer Lemken recently had its online system attacked by cyber hackers.",
    );
    assert_eq!(values(&r.country), ["DE"]);
    // Tenth split: the people after the kind, before the name.
    let r = s.suggest(
        "Violation de données pour Ubisoft sur le jeu Just Dance",
        "L’éditeur de jeux vidéo français Ubisoft a annoncé que l’un de ses jeux phares, Just Dance, a été victime d’une cyberattaque. Les pirate ont apparemment ciblé l'infrastructure informatique utilisée par Ubisoft pour exploiter Just Dance, un mois seulement après le lancement de la version 2022 (sorti le 4 novembre 2021). Ubisoft indique qu'une enquête n'a « pas montré que des informations relatives aux comptes Ubisoft ont été compromises à la suite de cet incident ».",
    );
    assert!(values(&r.country).contains(&"FR"), "{:?}", r.country);
    // The apposition after the name.
    let r = s.suggest(
        "Mandiant Has no Evidence of Hack by LockBit Ransomware",
        "Mandiant, an American cybersecurity firm, is looking into claims made by the LockBit ransomware group, claiming they penetrated the company’s network and stole data. LockBit has yet to divulge what files it claims to have stolen from Mandiant’s infrastructure.",
    );
    assert_eq!(values(&r.country), ["US"], "{:?}", values(&r.target));
    // Two peoples joined say neither.
    let r = s.suggest(
        "Globex Shipping hit by ransomware",
        "Anglo-Dutch shipping group Globex Shipping said hackers encrypted its servers.",
    );
    assert!(r.country.is_empty(), "{:?}", r.country);
}

#[test]
fn a_place_in_a_new_victim_s_name_is_its_country_en_fr() {
    let s = suggester();
    // Tenth split: the state in the university's name was the only place the text gave.
    let r = s.suggest(
        "63,000 people affected by UCF data breach",
        "The University of Central Florida (UCF) has revealed that it has experienced a major data breach.",
    );
    assert_eq!(values(&r.country), ["US"], "{:?}", values(&r.target));
    // Eighth split.
    let r = s.suggest(
        "Des hackers ont tenté d'entrer dans les systèmes informatiques de l'Institut Pasteur",
        "Plusieurs laboratoires de recherche - le CNRS et l'Inserm - ainsi que des universités comme Paris-Descartes, ont été l'objet de cyberattaques.",
    );
    assert!(
        values(&r.target).contains(&"Université Paris-Descartes"),
        "{:?}",
        r.target
    );
    assert_eq!(values(&r.country), ["FR"]);
    // Fresh split: a city's name inside a firm's name is no place (Stanley, Falkland Islands).
    let r = s.suggest(
        "Vol de données personnelles en entreprise",
        "Les données personnelles de dizaines de milliers de clients de la banque Morgan Stanley ont été piratées.",
    );
    assert!(!values(&r.country).contains(&"FK"), "{:?}", r.country);
}

#[test]
fn sectors_a_campaign_targeted_are_the_victims_en_fr() {
    let s = suggester();
    // Tenth split: no victim named, the sectors listed after "targeted"; « gouvernement » and
    // "defense" say nothing alone in a sentence (hackers are often "government-backed").
    let r = s.suggest(
        "Cyber espionage campaign linked to North Korea",
        "A prominent hacking group tied to North Korea is believed to be behind an extensive cyber espionage campaign that has targeted key sectors, including government, defense, energy and critical infrastructure organizations, security firm McAfee revealed Sunday.",
    );
    let mut got = values(&r.sector);
    got.sort_unstable();
    assert_eq!(got, ["defence", "energy", "government"]);
    let r = s.suggest(
        "Une campagne d'espionnage attribuée à la Corée du Nord",
        "Une vaste campagne de cyberespionnage a visé plusieurs secteurs, notamment les armées, l'énergie et le gouvernement, selon la société de sécurité McAfee.",
    );
    let mut got = values(&r.sector);
    got.sort_unstable();
    assert_eq!(got, ["defence", "energy", "government"]);
    // Past a comma outside a list, the object has ended: the source is no victim (Dutch News,
    // in the fixture feeds).
    let r = s.suggest(
        "Russia suspected of hacking Dutch prosecution service systems",
        "There are strong indications that Russia was behind a cyber attack on the Dutch public prosecution department’s internal systems, justice ministry sources have told the AD.",
    );
    assert!(!values(&r.sector).contains(&"government"), "{:?}", r.sector);
}

#[test]
fn kinds_of_victims_the_sector_vocabulary_lacked_fr_en() {
    let s = suggester();
    // Ninth split: the name an abbreviation stands for, and the kind before the name.
    let r = s.suggest(
        "Pas de fuite de données lors de la cyberattaque qui a visé la Mutuelle des hospitaliers",
        "La Mutuelle nationale des hospitaliers (MNH), qui a été victime d’une cyberattaque de « grande ampleur » début février, a annoncé ce mardi ne pas avoir constaté « de fuite de données des adhérents, des salariés et des partenaires ».",
    );
    assert_eq!(values(&r.sector), ["finance"]);
    let r = s.suggest(
        "Casio: there is no prospect of recovery yet after ransomware attack",
        "Japanese consumer electronics giant Casio has admitted that many of its systems remain unusable nearly two weeks after being hit by a ransomware attack.",
    );
    assert_eq!(values(&r.sector), ["manufacturing"]);
    // Seventh split: a care home.
    let r = s.suggest(
        "Cyberattaqué, un Ehpad se voit demander une rançon de 5 millions de dollars !",
        "",
    );
    assert_eq!(values(&r.sector), ["health"]);
    // The security firm that reports is no victim's description.
    let r = s.suggest(
        "Globex hit by ransomware",
        "Globex Freight was hit by ransomware, security firm Mandiant said.",
    );
    assert!(!values(&r.sector).contains(&"technology"), "{:?}", r.sector);
}

#[test]
fn a_french_institution_s_head_abroad_gives_the_place_s_country_fr() {
    let s = suggester();
    // Eighth split: « CHU » is a French head, but this one is in Quebec.
    let r = s.suggest(
        "Incident de cybersécurité impliquant un fournisseur",
        "Nous tenons à rassurer la population à l’effet qu’aucun système sous la responsabilité du CHU de Québec-Université Laval n’a été visé par cette cyberattaque.",
    );
    assert!(!values(&r.country).contains(&"FR"), "{:?}", r.country);
    let r = s.suggest("Le CHU de Rennes victime d'une cyberattaque", "");
    assert_eq!(values(&r.country), ["FR"]);
}

#[test]
fn a_press_release_and_the_courts_say_nothing_of_the_victim_s_sector_fr_en() {
    let s = suggester();
    // Tenth split: Qualinet's press release gave media, Cactus going to court gave justice.
    let r = s.suggest(
        "Qualinet victime d’une cyberattaque",
        "«Nous avons été victimes d’un vol de données, malgré des précautions de pointe qui veillent sur la sécurité de nos systèmes et nous en sommes désolés», affirme Roger Vigneault, directeur des opérations de Qualinet, dans un communiqué de presse publié lundi matin.",
    );
    assert!(!values(&r.sector).contains(&"media"), "{:?}", r.sector);
    let r = s.suggest(
        "Après le piratage informatique, Cactus porte plainte",
        "Alors que l’enseigne commerciale a rouvert lundi son supermarché de Windhof, elle a décidé de se tourner vers la justice après la cyberattaque dont elle a été victime la semaine dernière.",
    );
    assert!(!values(&r.sector).contains(&"justice"), "{:?}", r.sector);
    let r = s.suggest(
        "Globex Freight hit by ransomware",
        "Globex Freight said in a press release that hackers encrypted its servers.",
    );
    assert!(!values(&r.sector).contains(&"media"), "{:?}", r.sector);
}

// ---- Round s21geo: towns of the French-speaking countries (issue 10, item 3) ----

#[test]
fn a_town_of_belgium_switzerland_or_quebec_gives_its_country() {
    let s = suggester();
    // Tenth and eighth splits: Genk (66,000 people) and Diest (23,000) were below the places'
    // threshold of 150,000 outside France, so the victims had no country.
    let r = s.suggest(
        "Une cyber-attaque de l'étranger bloque 1.700 PC de l'Atlas College à Genk",
        "L'Atlas College situé à Genk a été touché mardi matin par une cyber-attaque en provenance de Suisse.",
    );
    assert_eq!(values(&r.country), ["BE"]);
    let r = s.suggest(
        "Les services de la ville de Diest piratés",
        "Les services en ligne de la ville de Diest ont été piratés durant la nuit de dimanche à lundi, indique l'administration communale dans un communiqué de presse.",
    );
    assert_eq!(values(&r.country), ["BE"]);
    // Seventh split: a Québec town of 130,000 people.
    let r = s.suggest(
        "Un fournisseur de la STS victime d'une cyberattaque",
        "L'un des fournisseurs de la Société de transport de Sherbrooke (STS) est la cible d'une cyberattaque, ce qui la force à réduire ses services de transport adapté.",
    );
    assert_eq!(values(&r.country), ["CA"]);
}

#[test]
fn a_town_named_like_a_word_or_a_town_abroad_gives_no_country() {
    let s = suggester();
    // Forest (Brussels) is an English word in a title-case headline; Verdun (Montréal) is a French
    // town too: the generator leaves both out.
    let r = s.suggest(
        "Forest Service Contractor Hit By Ransomware",
        "The contractor said the attack disrupted its systems.",
    );
    assert!(!values(&r.country).contains(&"BE"), "{:?}", r.country);
    let r = s.suggest(
        "La ville de Verdun victime d'une cyberattaque",
        "Les services municipaux de Verdun sont perturbés depuis lundi.",
    );
    assert!(!values(&r.country).contains(&"CA"), "{:?}", r.country);
}

#[test]
fn la_defense_is_the_ministry_or_the_armed_forces_not_the_business_district() {
    let s = suggester();
    // Fresh split: GeoNames' "La Defense" (the business district by Paris) swallowed « la Défense »,
    // so a defence ministry hit gave no defence sector (TAGGING.md: the victim's own sector; the
    // unseen split labels the "Georgian Ministry of Defense" government and defence).
    let r = s.suggest(
        "Les médias russes ciblés par les hackers « Anonymous »",
        "Samedi, les sites du Kremlin, de la Douma (la chambre basse du Parlement russe) et du ministère russe de la Défense étaient hors ligne, une cyberattaque également revendiquée par Anonymous sur Twitter.",
    );
    assert!(values(&r.sector).contains(&"defence"), "{:?}", r.sector);
    assert_eq!(values(&r.country), ["RU"]);
    // Stories fifth split: the Dutch armed forces are no place in France.
    let r = s.suggest(
        "La Défense néerlandaise découvre un logiciel espion chinois sur un système informatique",
        "Le service a annoncé qu’un logiciel espion chinois avait été découvert sur un système informatique de la Défense l’année dernière.",
    );
    assert!(!values(&r.country).contains(&"FR"), "{:?}", r.country);
}

// ---- Round s22places: victims' sectors and countries on the eleventh split (issue 10, items 2-3) ----

#[test]
fn energy_town_sites_diplomats_and_isps_are_sector_kinds_fr_en() {
    let s = suggester();
    // Ninth split: « groupe énergétique » said energy and nothing read it.
    let r = s.suggest(
        "Cyberattaque au Luxembourg: 180 000 données volées lors de l'attaque à Encevo",
        "LUXEMBOURG – Des pirates informatiques ont revendiqué la cyberattaque sur le fournisseur luxembourgeois d'énergie. Quelque 150 gigabytes de données ont été dérobées.  Il y a quelques jours, le groupe énergétique luxembourgeois Encevo faisait état d'une cyberattaque sur ses serveurs.",
    );
    assert!(values(&r.sector).contains(&"energy"), "{:?}", r.sector);
    // Eleventh split: « sites Web municipaux », the municipalities' own sites.
    let r = s.suggest(
        "Des sites israéliens piratés affichent : « Jérusalem capitale de la Palestine »",
        "Le collectif \"Anonymous\" cible une poignée de sites Web municipaux alors que la cyberattaque annuelle anti-Israël se met en branle",
    );
    assert_eq!(values(&r.sector), ["local-government"]);
    // Eleventh split: "diplomatic entities" and "internet service providers" in the plural.
    let r = s.suggest(
        "Targeting of European diplomatic entities, research entities, and internet service providers",
        "",
    );
    assert_eq!(values(&r.sector), ["diplomacy", "telecom"]);
    // Ninth split: « la municipalité » alone is the victim already named (the singular is left
    // out): it took the town hall's place as the victim.
    let r = s.suggest(
        "Lot-et-Garonne : les pirates informatiques rançonnent la mairie de Sainte-Colombe-en-Bruilhois",
        "Le site de la commune de 1.700 habitants a été hacké et toutes les données de la municipalité sont détenues par des pirates informatiques qui demandent une rançon.",
    );
    assert_eq!(
        values(&r.target),
        ["Mairie de Sainte-Colombe-en-Bruilhois"],
        "{:?}",
        r.target
    );
}

#[test]
fn the_press_s_sourcing_and_a_nonprofit_s_status_name_no_sector_en_fr() {
    let s = suggester();
    // Eleventh split: the media reported the attack on Akron; they were not hit.
    let r = s.suggest(
        "",
        "Officials of the Ohio city have confirmed last week’s media reports stating a ransomware attack on the city’s digital assets which includes the disruption and closure of 311 call center helpline for a few days.",
    );
    assert!(!values(&r.sector).contains(&"media"), "{:?}", r.sector);
    let r = s.suggest(
        "Cyberattaque contre le port de Haïfa",
        "Selon les médias israéliens, une cyberattaque a paralysé le port de Haïfa mardi.",
    );
    assert!(!values(&r.sector).contains(&"media"), "{:?}", r.sector);
    // Eleventh split: a nonprofit health system is a health system, not an NGO.
    let r = s.suggest(
        "Hospital chain attack part of ongoing cybersecurity concerns",
        "CHICAGO (AP) — Diverted ambulances, cancer treatment delayed and electronic health records offline are just some of ripple effects of an apparent cyberattack on a major nonprofit health system that disrupted operations throughout the U.S.",
    );
    assert_eq!(values(&r.sector), ["health"]);
    // A charity hit stays one.
    let r = s.suggest(
        "Hackers hit a nonprofit in Ohio",
        "A ransomware attack hit a nonprofit that feeds families in Akron.",
    );
    assert!(values(&r.sector).contains(&"ngo"), "{:?}", r.sector);
}

#[test]
fn the_attackers_side_and_origin_are_not_the_victims_country_fr_en() {
    let s = suggester();
    // Eleventh split: the group's people three words before "group".
    let r = s.suggest(
        "Chinese APT targets telcos in 5G-related cyber espionage campaign",
        "According to new research, a Chinese advanced persistent threat group has launched a campaign that targets major telecommunications companies spanning Southeast Asia, the US, and Europe.",
    );
    assert_eq!(values(&r.country), ["US"]);
    // Eleventh split: where the campaigns come from.
    let r = s.suggest(
        "APT 41 : le groupe de hackers chinois qui sévit depuis début 2020",
        "Depuis le début de cette année 2020, ils ont dirigé une série de cyber-espionnage. A en croire les résultats des observations de ce groupe faites par l’entreprise de cyber-sécurité américaine FireEye, il s’agit de l’une des campagnes de cyber-espionnage les plus grandes venant de la Chine.",
    );
    assert!(!values(&r.country).contains(&"CN"), "{:?}", r.country);
    // Eleventh split: « pro-russes » is the attackers' side; the départements are French.
    let r = s.suggest(
        "",
        "Un groupe d’hacktivistes russes, des hackers militants, a mis en panne les sites de plusieurs départements français. Ces cyberattaques provoquent peu de dégâts réels et visent avant tout à alimenter l’anxiété collective.  Plusieurs régions et départements français ont été ciblés ce 10 mars 2025 par un groupe bien connu d’hacktivistes – des hackers militants – ultra-nationalistes et pro-russes.",
    );
    assert_eq!(values(&r.country), ["FR"]);
    let r = s.suggest(
        "Anti-Israel hackers deface municipal websites",
        "Pro-Palestinian hackers defaced the websites of several Israeli municipalities on Tuesday.",
    );
    assert_eq!(values(&r.country), ["IL"]);
}

// ---- Round s23places: victims' countries on the twelfth split and pooled (issue 10, item 3) ----

#[test]
fn the_lone_country_of_the_lead_is_a_named_victim_s_fr_en() {
    let s = suggester();
    // Fifth split: the school board's sentence names no country; the complaint to the Sûreté du
    // Québec, two sentences on, says where it is.
    let r = s.suggest(
        "Cyberattaque et fuite de données au CSSA",
        "Le Centre de services scolaire des Appalaches a subi une cyberattaque par rançongiciel le 25 août, entraînant la fuite de renseignements personnels sensibles sur le Web caché le 10 septembre.\n\nL’intrusion, bien que détectée et contenue rapidement, a permis aux pirates de dérober un grand nombre de fichiers administratifs et personnels. Une plainte a été déposée auprès de la Sûreté du Québec et la Commission d’accès à l’information a été avisée.",
    );
    // Round s38target: the headline's « CSSA » now gives way to the name it stands for, whose
    // kind (a Quebec school service centre) places it before the lead's lone country does.
    assert_eq!(values(&r.country), ["CA"]);
    // Twelfth split: the dateline of a county's own paper.
    let r = s.suggest(
        "Dawson County warns of possible access to personal information after 2021 ransomware attack",
        "LEXINGTON — Dawson County is warning of possible access to personal information after the ransomware attack in 2021.\n\n“Dawson County has notified county employees, residents and vendors that their personal information may have been subject to unauthorized access during a ransomware attack that took place in October,” according to a press release from the county.",
    );
    assert_eq!(values(&r.country), ["US"]);
    // Fifth split: an unnamed victim's kind (the water utility), its country in the same lead.
    let r = s.suggest(
        "America's largest water, wastewater utility dealing with cyberattack",
        "The largest water and wastewater utility in the U.S. announced Monday that it was hit by a cyberattack that has disrupted customers' access to its billing and payment platform.",
    );
    assert_eq!(values(&r.country), ["US"]);
    // Tenth split: the lone country of a Lazarus story is the one the group acts from.
    let r = s.suggest(
        "Rencontre avec une cible de Lazarus, les hackers au service de la Corée du Nord",
        "La rédaction a pu rencontrer une des cibles d’une arnaque qui vise à voler des portefeuilles de cryptomonnaies. Un panel du Conseil de sécurité de l’ONU estime qu’entre 2017 et 2024, la Corée du Nord est parvenue à voler l’équivalent de 3,6 milliards de dollars (3,4 milliards d’euros) de cryptomonnaies.",
    );
    assert!(!values(&r.country).contains(&"KP"), "{:?}", r.country);
    // Fresh split: Adidas (German) writes to its American customers; no country is the victim's.
    let r = s.suggest(
        "Adidas says hackers may have stolen customer usernames, passwords",
        "Athletic-wear maker Adidas is alerting some U.S. customers that hackers may have accessed their information, including usernames and encrypted passwords.",
    );
    assert!(r.country.is_empty(), "{:?}", r.country);
}

// ---- Round s24places: victims' sectors on every read split (issue 10, item 2) ----

#[test]
fn the_sector_of_the_opening_is_a_named_victim_s_fr_en() {
    let s = suggester();
    // Thirteenth split: the opening names the victims' kind, and no attack type.
    let r = s.suggest(
        "« Respectez la Russie! »: Des hackers pro-russes s’attaquent à la France",
        "D'après des informations révélées par l'AFP et France Inter, des cyberpirates pro-russes ont lancé une offensive contre plusieurs sites web de mairies françaises, dont celui de Bry-sur-Marne, qui a décidé de déposer plainte.",
    );
    assert_eq!(values(&r.sector), ["local-government"]);
    // Round s36target: the town hall is named now (« Mairie de Bry-sur-Marne », medium), and its
    // sector with it; never high, nothing states it.
    assert!(r.sector.iter().all(|x| x.confidence != Confidence::High));
    // Sixth split: the victim's trade, told in the opening sentence.
    let r = s.suggest(
        "Des dizaines d’employés valaisans de Siegfried en congé forcé une semaine après une cyberattaque",
        "Le 21 mai dernier, une cyberattaque de grande ampleur a touché une dizaine de sites de Siegfried, un sous-traitant de l’industrie pharmaceutique basé dans le canton d’Argovie et actif dans de nombreux pays.",
    );
    assert_eq!(values(&r.sector), ["pharma"]);
    let r = s.suggest(
        "Sage admits security breach of cloud computing systems affecting 280 companies",
        "\"Internal login\" used in unauthorised access of British software company systems\n\nSage, one of the UK's biggest software companies, has warned that personal information of employees at 280 organisations in the UK have been compromised in a security breach.",
    );
    assert_eq!(values(&r.sector), ["technology"]);
    // Fresh split: the army that invades is the agent of « visé par », not a victim.
    let r = s.suggest(
        "Attaques contre l'Ukraine : Anonymous déclare la “cyberguerre” à la Russie",
        "Ce 24 février, le célèbre collectif de hackers Anonymous a annoncé son soutien au pays visé par l’armée de Vladimir Poutine, et sa décision d’entrer “en cyberguerre” contre le gouvernement russe. Rapidement, le même compte Twitter a revendiqué la cyberattaque visant RT, une chaîne financée par l’Etat russe.",
    );
    assert!(!values(&r.sector).contains(&"defence"), "{:?}", r.sector);
}

#[test]
fn demonyms_of_more_countries_place_the_victim_fr_en() {
    let s = suggester();
    // Thirteenth split: the principality's hospital, by its people's adjective.
    let r = s.suggest(
        "Un mail piraté dévoile les informations confidentielles des employés de l'hôpital Princesse-Grace",
        "Il provenait de la boîte mail de la directrice informatique du Centre hospitalier Princesse-Grace et comprenait une pièce jointe.\n\nLe contenu est un fichier Excel contenant toutes les informations confidentielles des quelque 2.500 employés de l'hôpital public monégasque: état civil complet, adresse personnelle, situation familiale, fonction ou grade et, bien entendu, le salaire!",
    );
    assert_eq!(values(&r.country), ["MC"]);
    // Eleventh split: « camerounais » places the ministry whose site was defaced.
    let r = s.suggest(
        "Cybercriminalité : Le site internet du Minesup piraté",
        "Un groupe de pirates informatiques a lancé un ultimatum au gouvernement.\n\nLa journée du mercredi 25 janvier a été agitée dans les espaces digitaux camerounais. Un groupe baptisé Cameroon cyber force (Ccf) a revendiqué le piratage du site Internet du ministère de l’Enseignement supérieur.",
    );
    assert!(values(&r.country).contains(&"CM"), "{:?}", r.country);
    // Thirteenth split: an English title's people.
    let r = s.suggest(
        "Kenyan Gov Sites Back Online After Hack",
        "The government experienced a significant cyberattack on Monday morning that temporarily disabled several official platforms.",
    );
    assert_eq!(values(&r.country), ["KE"]);
}

#[test]
fn grid_operators_and_transit_systems_are_kinds_of_victims() {
    let s = suggester();
    // Thirteenth split (English only: the French press writes « gestionnaire de réseau », which
    // names telecom networks as well).
    let r = s.suggest(
        "Swedish National Grid Investigates Ransomware Attack",
        "Sweden's national grid operator investigates ransomware attack by group Everest claiming 280 GB data theft. Officials confirm taking measures but say core operations remain unaffected.",
    );
    assert!(values(&r.sector).contains(&"energy"), "{:?}", r.sector);
    // Sixth split.
    let r = s.suggest(
        "Hackers Tried To Extort Money From Sacramento Transit System With Ransomware Attack",
        "",
    );
    assert_eq!(values(&r.sector), ["transport"]);
}

// ---- Round s25places: victims' sectors and countries on every read split (issue 10, items 2-3) ----

#[test]
fn the_opening_s_sector_counts_when_the_victim_is_not_found_fr_en() {
    let s = suggester();
    // Fourteenth split: the town hall's kind opens the text; the attack is typed (files
    // encrypted, a ransom). Since the subject before an aside is read (s25victims) the town hall
    // is also found as the target, so its sector may come from it at a higher confidence.
    let r = s.suggest(
        "« On nous réclame une rançon »",
        "Dans la nuit du 20 au 21 février 2025, la mairie de Berson, bourgade de 1 800 habitants située en Haute-Gironde, a été victime d’une cyberattaque.\n\nTous les fichiers hébergés sur le serveur de la commune ont été cryptés. « Pour les récupérer, on nous réclame une rançon », répond à actu Bordeaux la première adjointe Marie-Claude Noël.",
    );
    assert_eq!(values(&r.sector), ["local-government"]);
    // Eighth split: "Cryptocurrency exchange Hotbit", its kind before its name.
    let r = s.suggest(
        "Hotbit shuts down after unsuccessful hack attempt",
        "Cryptocurrency exchange Hotbit was forced to shut down its services after a hacker unsuccessful tried to get access to its wallets, Hotbit said in a notice on 30 April.\n\nAccording to the announcement, the exchange had a “number of some basic services” paralyzed after it suffered a serious cyber-attack at 08:00 PM UTC on 29 April. While the attacker was unsuccessful in obtaining access to Hotbit’s wallets, he was able to compromise the platform’s user database.",
    );
    assert_eq!(values(&r.sector), ["cryptocurrency"]);
    // A company portrait with no attack: its trade is no victim's sector.
    let r = s.suggest(
        "Groupe Barrière : des casinos, du luxe et 3 assistants IA",
        "Groupe familial de l'hôtellerie de luxe et des jeux, Barrière a déployé ses premiers usages de l’IA générative à destination de ses métiers avec Barrière GPT et un assistant pour call center.",
    );
    assert!(r.sector.is_empty(), "{:?}", r.sector);
}

#[test]
fn regional_demonyms_place_the_victim() {
    let s = suggester();
    // Fourteenth split: the company's region, by its people's adjective.
    let r = s.suggest(
        "Rabot Dutilleul victime d'une cyberattaque avec demande de rançon",
        "Rabot Dutilleul est victime depuis mercredi 22 juillet d'une cyber-attaque avec demande de rançon, a annoncé l'entreprise nordiste dans un communiqué.",
    );
    assert_eq!(values(&r.country), ["FR"]);
    let r = s.suggest(
        "Leurs données commerciales publiées en ligne",
        "Le distributeur montréalais d’équipements électriques Guillevin International a vu des centaines de ses documents commerciaux se retrouver en ligne après une attaque au rançongiciel, le 12 septembre.",
    );
    assert_eq!(values(&r.country), ["CA"]);
    // Seventh split: a Swiss canton's transit, in the title.
    let r = s.suggest(
        "Cyberattaque contre les transports publics lucernois",
        "Les services de transports publics lucernois ont été victimes d’une cyberattaque ciblée dans la nuit de vendredi à samedi.",
    );
    assert_eq!(values(&r.country), ["CH"]);
    // Eleventh split: a Brussels party.
    let r = s.suggest(
        "Le site de vooruit.brussels a été piraté",
        "Le site internet du mouvement socialiste bruxellois vooruit.brussels a été piraté. Les hackers exigent le paiement d'une rançon pour restituer les données.",
    );
    assert_eq!(values(&r.country), ["BE"]);
}

#[test]
fn the_kinds_of_victims_are_named_in_both_languages() {
    let s = suggester();
    // Eighth split: « fabricant », as "manufacturer" already was.
    let r = s.suggest(
        "Bernina se fait racketter en ligne pour 1,3 million mais trouve la parade",
        "L’entreprise Bernina, dont le siège se trouve en Thurgovie, a réussi à déjouer les plans d’un groupe de pirates informatiques. Le journal «Beobachter» écrit que des cybercriminels ont volé et rendu inaccessibles des données du fabricant de machines à coudre, le mercredi avant Pâques.",
    );
    assert_eq!(values(&r.sector), ["manufacturing"]);
    // Eighth split: "drugmaker", as « laboratoire pharmaceutique » already was.
    let r = s.suggest(
        "India's Sun Pharma flags revenue hit from IT 'incident'",
        "BENGALURU, March 27 (Reuters) - Indian drugmaker Sun Pharmaceutical Industries Ltd SUN.NS would see a revenue drop in a few of its businesses and incur some expenses due to an \"IT security incident\" that happened earlier this month.\n\nThe effect of the incident on the drug major's IT systems included a breach of certain file systems and theft of some company and personal data, Sun Pharma said in a filing late on Sunday.",
    );
    assert_eq!(values(&r.sector), ["pharma"]);
    // Sixth split: « firme informatique », as "IT company" already was.
    let r = s.suggest(
        "Une firme informatique et ses clients victimes de hackers",
        "Personne n’est à l’abri des cyberattaques. Pas même les entreprises spécialisées dans l’informatique. Pour preuve, la semaine dernière, la société vaudoise Infolog a été victime d’un hacking dans la nuit de lundi à mardi.",
    );
    assert_eq!(values(&r.sector), ["technology"]);
    // Fourteenth split: "City Hall", as « mairie » already was.
    let r = s.suggest(
        "City of Yonkers hacked; no computers for the past week; ransom demanded; City Hall says “no”",
        "Yonkers Rising has learned that the City of Yonkers has been the victim of a ransomware attack and for the period of the past five days, City Hall and its employees have been without their computers.",
    );
    assert_eq!(values(&r.sector), ["local-government"]);
    // Eleventh split: « gouvernementaux », the adjective of « gouvernement ».
    let r = s.suggest(
        "Des hackers marocains piratent des sites algériens",
        "Plusieurs sites web Algériens, officiels et gouvernementaux, ont été victimes de piratage lors de ces dernières 72 heures.",
    );
    assert_eq!(values(&r.sector), ["government"]);
}

#[test]
fn what_a_new_victim_is_said_to_be_gives_its_sector_and_country() {
    let s = suggester();
    // Fourteenth split: "X is a …" describes X as an apposition does.
    let r = s.suggest(
        "HIBP notifies 57 million people of Hot Topic data breach",
        "Have I Been Pwned has issued a warning regarding a purported data breach that has compromised the personal information of 56,904,909 accounts belonging to customers of Hot Topic, Box Lunch, and Torrid.\n\nHot Topic is a prominent American retail chain that focuses on clothing, accessories, and licensed music merchandise associated with counterculture. The company operates more than 640 locations throughout the United States and Canada, primarily situated in shopping malls, and boasts a substantial customer base.\n\nAs reported by HIBP, the compromised information includes full names, email addresses, dates of birth, phone numbers, physical addresses, purchase histories, and partial credit card information for customers of Hot Topic, Box Lunch, and Torrid.\n\nThe security breach was first reported on BreachForums by a threat actor known as “Satanic” on October 21, 2024. This individual claimed to have acquired 350 million user records from Hot Topic and its affiliated brands, Box Lunch and Torrid.\n\n“Satanic” sought to sell the database for $20,000 and demanded a ransom of $100,000 from Hot Topic to remove the listing from the forums.\n\nA report from HudsonRock, published on October 23, indicated that the breach might have stemmed from an information-stealing malware infection that compromised credentials for a data unification service utilized by Hot Topic.",
    );
    assert!(values(&r.sector).contains(&"retail"), "{:?}", r.sector);
    assert!(values(&r.country).contains(&"US"), "{:?}", r.country);
    // Fourteenth split: a nonprofit hospital is a hospital, as analyse.rs already reads it.
    let r = s.suggest(
        "Saint Anthony Hospital email breach grows to 146k victims after review",
        "A February 2025 employee email compromise at a Chicago community hospital took more than a year to scope fully, with the final patient count coming in 22 times higher than the figure first reported to federal regulators.\n\nSaint Anthony Hospital, a nonprofit community hospital in Chicago, has notified 146,108 individuals of a data breach stemming from unauthorized access to employee email accounts first detected on February 6, 2025.",
    );
    assert_eq!(values(&r.sector), ["health"]);
}

#[test]
fn an_american_dateline_s_state_places_the_victim() {
    let s = suggester();
    // Twelfth split: the state the press abbreviates after the county's or the town's name.
    let r = s.suggest(
        "Mower County, Minn., Notifies Residents After Cyber Attack",
        "(TNS) — While Mower County has largely got its systems back online following the June 18 ransomware attack, it is now letting people know about potential impact to personal information.",
    );
    assert_eq!(values(&r.country), ["US"]);
    // Since round s26places the county's kind places it first (an American county, medium);
    // the dateline alone stays a low guess.
    assert!(r.country.iter().all(|x| x.confidence <= Confidence::Medium));
    let r = s.suggest(
        "Richland County issues statement to calm fears over cybersecurity breach that may have compromised residents personal data",
        "RICHLAND CENTER, Wis. – A number of Richland County residents received a surprising letter over the weekend informing them of what has been called a “data security incident.” That caused a lot of anxiety and concern that their personal information may have been compromised as the result of a cyber attack on the county computer system.",
    );
    assert_eq!(values(&r.country), ["US"]);
}

// ---- Round s26places: victims' countries on news nobody tuned on (issue 10, items 2-3) ----

#[test]
fn a_victim_s_kind_of_institution_gives_its_country_fr_en() {
    let s = suggester();
    // Fifteenth split: a Quebec « paroisse » is a municipality; the text names no place.
    let r = s.suggest(
        "La Paroisse de Plessisville victime d’une cyberattaque",
        "La Paroisse de Plessisville dit avoir découvert qu'elle avait été victime d’un incident de cybersécurité le 27 juin dernier.\n\nLes renseignements personnels de certains citoyens et employés pourraient avoir été touchés, même si rien ne le démontre pour le moment, selon la municipalité.",
    );
    assert_eq!(values(&r.country), ["CA"]);
    assert!(r.country.iter().all(|x| x.confidence == Confidence::Medium));
    // Fifth split: a Belgian commune's administration.
    let r = s.suggest(
        "L'administration communale de Colfontaine cible d'un virus informatique",
        "Certains services communaux ont été impactés par l’incident.\n\nUn virus s’est introduit dans les serveurs de l’administration communale de Colfontaine pendant le week-end dernier. Les services communaux ont connu depuis lors des problèmes informatiques.",
    );
    assert_eq!(values(&r.country), ["BE"]);
    // Fifteenth split: an American school district, whose state the title abbreviates.
    let r = s.suggest(
        "WI: Black River Falls School District closed Friday after cyberattack",
        "WKBT reports:\n\nThe Black River Falls School District canceled all classes Friday because of an incident involving unauthorized access to the district’s IT network.",
    );
    assert_eq!(values(&r.country), ["US"]);
    // Thirteenth split: an American county.
    let r = s.suggest(
        "Rock County refusing to pay bad actors who launched ransomware attack",
        "Rock County officials are refusing to pay the $1.9 million hackers are seeking to unlock files that were encrypted during a recent ransomware attack.",
    );
    assert_eq!(values(&r.country), ["US"]);
}

#[test]
fn a_country_the_text_states_wins_over_a_victim_s_kind() {
    let s = suggester();
    // Eighth split: Quebec's university hospital is a « CHU » like France's; the text says Québec.
    let r = s.suggest(
        "Cyberattaque au CHU de Québec-Université Laval",
        "Le CHU de Québec-Université Laval a été victime d’une cyberattaque, au Québec, selon un communiqué.",
    );
    assert!(!values(&r.country).contains(&"FR"), "{:?}", r.country);
}

#[test]
fn a_list_after_the_affected_banks_names_each_en() {
    let s = suggester();
    // Twenty-first split: the banks listed after "included", Italian names joined by "di", "dei".
    let r = s.suggest(
        "Italian banks targeted by pro-Russian hackers in cyberattacks",
        "The affected banks included Banca Popolare di Bari, Intesa Sanpaolo, Banca Monte dei Paschi di Siena, BPER Banca, Banca Popolare di Sondrio, FinecoBank, and Mediobanca.",
    );
    for v in [
        "Banca Popolare di Bari",
        "Intesa Sanpaolo",
        "Banca Monte dei Paschi di Siena",
        "Banca Popolare di Sondrio",
        "FinecoBank",
    ] {
        assert!(target_of(&r, v).is_some(), "{v}: {:?}", r.target);
    }
}

#[test]
fn an_italian_name_joined_by_di_is_read_whole_fr() {
    let s = suggester();
    // Twenty-first split's banks, as the French press would write them.
    let r = s.suggest(
        "La Banca Popolare di Sondrio victime d'une cyberattaque",
        "Le site de la banque italienne a été rendu inaccessible par une attaque par déni de service.",
    );
    assert!(
        target_of(&r, "Banca Popolare di Sondrio").is_some(),
        "{:?}",
        r.target
    );
}

/// Round s34target: the organisation a victim's own speaker serves is the victim (seventh split,
/// Radio Mélodie on Elysée Cosmétiques), but not the speaker named after it (tenth split).
#[test]
fn the_organisation_whose_director_speaks_of_its_attack_is_the_victim() {
    let s = suggester();
    let r = s.suggest(
        "Forbach : une entreprise face à une cyberguerre",
        "Ramdane Mansoura, directeur général d’Elysée Cosmétiques à Forbach, est en réunion de \
         crise ce mardi matin : \"les attaques continuent\", alors que sa société ne veut pas se \
         soumettre à une demande de rançon suite à une cyberattaque.",
    );
    assert!(
        find(&r.target, "Elysée Cosmétiques").is_some(),
        "{:?}",
        values(&r.target)
    );
    let r = s.suggest(
        "Piratage de données",
        "Les pirates pourraient donc avoir mis la main sur des «données sensibles», a reconnu le \
         porte-parole de l'Association, Laurent Arel.",
    );
    assert!(
        find(&r.target, "Laurent Arel").is_none(),
        "{:?}",
        values(&r.target)
    );
}

#[test]
fn the_speaker_of_a_hit_organisation_names_the_victim() {
    // Fifth split, French (« Cyberattaques : les petites entreprises sont aussi visées »): the
    // hit firm is named only through who speaks for it. Without the ransom sentence no victim is
    // suggested at all. The English roles cue too (`victim_speakers.rs` tests), but no English
    // twin yields a suggestion yet: left for a later round.
    let s = suggester();
    let fr = s.suggest(
        "Cyberattaques : les petites entreprises sont aussi visées",
        "Ces ambulanciers vont-ils pouvoir continuer à transporter leurs malades ? Depuis deux \
         jours, le réseau informatique de leur société dirigée par un couple est coupé à la suite \
         d'une cyberattaque. Marianne Huor, co-gérante d'\"Ambulance des Trois Cantons\" à \
         Peyrehorade, est revenue sur le fait. Agendas effacés, logiciels de facture vidés... Des \
         milliers de données sont perdues pour cette société de vingt employés. Les pirates leur \
         ont laissé un message et leur demandent une rançon de 1 500 euros pour récupérer leurs \
         données.",
    );
    assert!(
        values(&fr.target).contains(&"Ambulance des Trois Cantons"),
        "{:?}",
        fr.target
    );
}

#[test]
fn the_speaker_names_the_victim_a_sentence_after_the_attack() {
    // Seventeenth split: « l'attaque » in the sentence before the speaker's.
    let s = suggester();
    let r = s.suggest(
        "Une haute école belge contrainte de fermer ses locaux après une cyberattaque",
        "Perpétrée peu après minuit, l'attaque a endommagé les services de l'e-campus et les \
         systèmes administratifs de la haute école. \"Les techniciens du service IT étaient encore \
         au travail à cette heure-là et ont pu rapidement y faire face\", a expliqué Karolien \
         Loriers, porte-parole d'AP Hogeschool. La direction a ensuite décidé la fermeture de ses \
         locaux dans le but d'éviter une propagation du virus électronique.",
    );
    assert!(
        values(&r.target).contains(&"AP Hogeschool"),
        "{:?}",
        r.target
    );
}

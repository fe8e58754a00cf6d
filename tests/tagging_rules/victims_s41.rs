//! Victims of unseen news (round s41target, the twenty-eighth split read for the first time): the
//! constructions by which the English press makes a name the victim, pooled over the read splits.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

/// An attack that "shut down" or "took down" a name's systems hit that name: the phrasal verb's
/// object is the victim, as « paralyse la » and "cripples" already read.
#[test]
fn the_object_of_shut_down_or_took_down_is_the_victim_en() {
    // Twenty-eighth split: the owner before its possessive and its systems.
    let s = suggest(
        "A virus has shut down the City of Woodstock’s computer systems in what the city is…",
        "A virus has shut down the City of Woodstock’s computer systems in what the city is \
         calling a cyber attack.",
    );
    assert!(targets(&s).contains(&"City of Woodstock"), "{:?}", s.target);
    let s = suggest(
        "South Africa under attack",
        "In the most recent incident, a ransomware attack took down the South African Weather \
         Service’s (SAWS’s) IT systems, including its website.",
    );
    assert!(
        targets(&s).contains(&"South African Weather Service"),
        "{:?}",
        s.target
    );
    // Near miss: a company that shuts down its own service names no victim after the verb.
    let s = suggest(
        "Service ends",
        "Acme shut down its systems as a precaution after a phishing attack on its staff.",
    );
    assert!(!targets(&s).contains(&"Acme"), "{:?}", s.target);
}

/// A naming head, an adjective, and the place the institution is named for after « d' »: the
/// name runs on past the adjective, as it does past a country's before « de la Défense ».
#[test]
fn an_adjective_between_a_head_and_its_place_after_d_stays_in_the_name_fr() {
    // Euronews (nineteenth split).
    let s = suggest(
        "Pays-Bas : l'université technique d'Eindhoven victime d'une cyberattaque",
        "Les cours ont été annulés lundi.",
    );
    assert!(
        targets(&s).contains(&"Université technique d'Eindhoven"),
        "{:?}",
        s.target
    );
    // Near miss: a common noun after the adjective names no place.
    let s = suggest(
        "Cyberattaque",
        "L'université technique d'ingénieurs a été victime d'une cyberattaque lundi.",
    );
    assert!(
        !targets(&s).iter().any(|t| t.contains("ingénieurs")),
        "{:?}",
        s.target
    );
}

/// The machines an attack hit, "at" their owner: the owner is the victim.
#[test]
fn systems_or_servers_at_a_name_make_it_the_victim_en() {
    // Sixteenth split: two hospitals joined by "and".
    let s = suggest(
        "Ransomware – Ohio hospital emergency room support impacted during Thanksgiving",
        "A ransomware attack that hit computer systems at the East Ohio Regional Hospital and \
         Ohio Valley Medical Center reportedly disrupted the hospitals’ emergency rooms.",
    );
    assert!(
        targets(&s).contains(&"East Ohio Regional Hospital"),
        "{:?}",
        s.target
    );
    // Sixth split.
    let s = suggest(
        "Mississippi sheriff says ransomware attack ‘hit us hard’",
        "A recent computer ransomware attack disabled computers and servers at the Adams County \
         Sheriff Office on Friday.",
    );
    assert!(
        targets(&s)
            .iter()
            .any(|t| t.starts_with("Adams County Sheriff")),
        "{:?}",
        s.target
    );
    // Near miss: systems "at risk" name no owner.
    let s = suggest(
        "Patch now",
        "Unpatched systems at risk, Microsoft warned on Tuesday.",
    );
    assert!(!targets(&s).contains(&"Microsoft"), "{:?}", s.target);
}

/// Whose data the hackers accessed or took "from": the holder is the victim.
#[test]
fn data_accessed_or_stolen_from_a_name_makes_it_the_victim_en() {
    // Nineteenth split.
    let s = suggest(
        "City responds to ransomware attack allegations",
        "Hackers recently accessed data from Victorville, a California city with roughly 135,000 \
         residents, according to a ransomware group's post.",
    );
    assert!(targets(&s).contains(&"Victorville"), "{:?}", s.target);
    // Near miss: researchers who obtain data from a vendor name no victim.
    let s = suggest(
        "Phishing trends",
        "The researchers obtained data from Shodan to count exposed servers.",
    );
    assert!(!targets(&s).contains(&"Shodan"), "{:?}", s.target);
}

/// A gang "listed" its victim on its leak site: the name right after the verb is the victim.
#[test]
fn the_name_a_gang_listed_is_the_victim_en() {
    // Thirteenth split.
    let s = suggest(
        "Ransomware gang files SEC complaint against company that refused to negotiate",
        "The cybercriminals behind the BlackCat ransomware, also known as ALPHV, listed \
         MeridianLink, a provider of digital lending solutions, on their leak site.",
    );
    assert!(targets(&s).contains(&"MeridianLink"), "{:?}", s.target);
    // Near miss: a market a company is listed on is no victim.
    let s = suggest(
        "Results",
        "Acme, whose shares are listed on Nasdaq, reported its results on Tuesday.",
    );
    assert!(!targets(&s).contains(&"Nasdaq"), "{:?}", s.target);
}

//! Victims by the grammar of their sentence (round s28victims, issue 10 items 1-3): on the
//! seventeenth gold split (round 27's blind one) and pooled over every read split, a subject that
//! tells its own incident in its own words ("experienced a data security incident", "reported a
//! ransomware attack") was not read.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
#[path = "support/victims.rs"]
mod victims;
use victims::{suggest, targets};

#[test]
fn a_subject_that_tells_its_own_incident_is_the_victim() {
    // Indian IT company (seventeenth split): "reported a ransomware attack" is no listed cue.
    let s = suggest(
        "Indian tech giant HCL investigating ransomware attack",
        "Indian information technology company HCL Technologies reported a ransomware attack to \
         regulators on Wednesday and said that it is investigating the incident.",
    );
    assert_eq!(targets(&s), ["HCL Technologies"], "{:?}", s.target);
    // French: « a déclaré une fuite » (sixteenth split).
    let s = suggest(
        "Les derniers gros vols de données – 3 avr 2025",
        "En France, Intersport a reconnu avoir subi une cyberattaque ayant compromis les \
         informations personnelles de 3,4 millions de clients. Presque simultanément, Autosur a \
         déclaré une fuite affectant 4 millions de personnes.",
    );
    assert!(targets(&s).contains(&"Autosur"), "{:?}", s.target);
}

#[test]
fn an_incident_told_of_another_or_by_an_agency_names_no_teller() {
    // The outlet that reports an attack on someone else is not its victim.
    let s = suggest(
        "Acme hit by ransomware",
        "Reuters reported a ransomware attack on Acme Industries on Tuesday.",
    );
    assert!(!targets(&s).contains(&"Reuters"), "{:?}", s.target);
    // Nor is a company announcing a product "after the breach" of another.
    let s = suggest(
        "Globex breach",
        "Initech announced a new partnership with Globex after the breach.",
    );
    assert!(!targets(&s).contains(&"Initech"), "{:?}", s.target);
}

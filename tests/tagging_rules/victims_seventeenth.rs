//! Victims by the grammar of their sentence (round s28victims, issue 10 items 1-3): on the
//! seventeenth gold split (round 27's blind one) and pooled over every read split, a subject that
//! tells its own incident in its own words ("experienced a data security incident", "reported a
//! mid-July breach") was not read, nor a subject followed by its alias in parentheses or by its
//! town and state ("… (“Allianz Life”) reported", "… in Williamsburg, Va., suffered").
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

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

#[test]
fn the_subject_before_its_town_or_its_alias_is_the_victim_not_the_aside() {
    // A list of dental practices, each set in its town and state (seventeenth split).
    let s = suggest(
        "Here are 12 updates on dental cybersecurity incidents from 2025",
        "Here are 12 updates on dental cybersecurity incidents from 2025, including new data \
         breaches, lawsuit settlements and investigations:\n\n1. Olde Towne Medical and Dental \
         Center in Williamsburg, Va., suffered a ransomware incident affecting 2,567 \
         individuals.\n\n2. Upper Dublin Family Dentistry in Willow Grove, Pa., experienced a \
         data breach affecting 5,000 individuals.",
    );
    let t = targets(&s);
    assert!(t.contains(&"Olde Towne Medical and Dental Center"), "{t:?}");
    assert!(t.contains(&"Upper Dublin Family Dentistry"), "{t:?}");
    assert!(!t.contains(&"Va") && !t.contains(&"Pa"), "{t:?}");
    // A town whose state is a known place (seventeenth split).
    let s = suggest(
        "Washington dental practice reports data breach affecting patient records",
        "Totem Lake Family Dentistry in Kirkland, Washington detected unauthorized access to an \
         employee email account on or about June 2, 2025.",
    );
    assert_eq!(
        targets(&s),
        ["Totem Lake Family Dentistry"],
        "{:?}",
        s.target
    );
    // French: the group, not the long form in parentheses (seventeenth split).
    let s = suggest(
        "Les centres romands d’imagerie médicale 3R victimes d’une cyberattaque",
        "Le Groupe 3R (Réseau Radiologique Romand) a été victime d’une cyberattaque par \
         ransomware ayant conduit à un vol de données médicales et administratives.",
    );
    assert!(
        !targets(&s).contains(&"Réseau Radiologique Romand"),
        "{:?}",
        s.target
    );
}

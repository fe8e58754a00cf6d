//! Kinds of health care victims the sector vocabulary lacked (round s37country): dental care,
//! orthodontists, a maternity ward, medical imaging, analysis laboratories, in both languages.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{sectors, suggest};

#[test]
fn health_care_kinds_give_health_fr_en() {
    // Twenty-fourth split: a dental care chain's breach, said in the title.
    let en = suggest(
        "1 Million Texans Potentially Impacted By Dental Care Data Breach",
        "DALLAS (CBSDFW.COM) - More than a million Texans may have been impacted by a massive \
         data breach involving a large dental care provider.",
    );
    assert!(sectors(&en).contains(&"health"), "{:?}", en.sector);
    // Eighteenth split: orthodontists extorted; fresh split: a maternity ward targeted.
    let fr = suggest(
        "Cybercriminalité : des orthodontistes bordelaises victimes d'une extorsion",
        "Deux orthodontistes ont été victimes d'une tentative d'extorsion.",
    );
    assert!(sectors(&fr).contains(&"health"), "{:?}", fr.sector);
    let fr = suggest(
        "Cyberattaque : une maternité visée",
        "Une maternité a été visée par une cyberattaque.",
    );
    assert!(sectors(&fr).contains(&"health"), "{:?}", fr.sector);
}

#[test]
fn a_dental_word_that_names_no_care_gives_no_sector_en() {
    // Near sentence: "dental" alone (a product's trade), not a kind of care provider.
    let en = suggest(
        "Hackers breach toothpaste maker's network",
        "Hackers breached the network of a toothpaste maker known for its dental floss.",
    );
    assert!(!sectors(&en).contains(&"health"), "{:?}", en.sector);
}

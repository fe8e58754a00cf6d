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

#[test]
fn the_kind_fraudsters_pose_as_is_no_victim_s_sector_fr_en() {
    // Eighteenth split: phishing messages imitating the banks; the victims are their customers.
    let fr = suggest(
        "Démantèlement d’un réseau de piratage bancaire à Aït Melloul",
        "Le réseau opérait avec une méthodologie bien rodée qui combinait plusieurs techniques de \
         cybercriminalité. La première étape consistait à envoyer des SMS et emails de phishing \
         imitant à la perfection les communications officielles des grandes banques marocaines.",
    );
    assert!(!sectors(&fr).contains(&"finance"), "{:?}", fr.sector);
    // Fourteenth split: a phishing-as-a-service platform's lures.
    let en = suggest(
        "International operation dismantles global phishing-as-a-service platform",
        "How the scam works: The phishing-as-a-service model provides ready-made tools to imitate \
         legitimate websites such as banks, cloud services, and corporate email portals.",
    );
    assert!(!sectors(&en).contains(&"finance"), "{:?}", en.sector);
    // Near sentence: the bank itself hit keeps its sector.
    let en = suggest(
        "Ransomware attack hits a regional bank",
        "A ransomware attack hit a regional bank on Monday, disrupting its branches.",
    );
    assert!(sectors(&en).contains(&"finance"), "{:?}", en.sector);
}

//! Victims of the twentieth split (round 30's blind one, read from round 31) and the read splits
//! before it that the code missed or misnamed (round s31victims, issue 10 items 1-2): a
//! headline's subject investigating its own breach, whom an institution serves written with a
//! possessive ("Children’s"), a place's bare possessive apostrophe ("Texas’"), and whom a fraud is
//! made against (« aux dépens de »). Each with the sentence that motivated it and a near miss
//! that must not fire.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

#[test]
fn a_headline_subject_investigating_its_own_breach_is_the_victim() {
    // Twentieth split: the investigator's word "investigating" hid the headline's telling.
    let text = "Eftpos provider SmartPay has revealed that some customer data has been breached \
        in a cyber attack. In an announcement to the Australian Securities Exchange, the company \
        emphasised that it doesn't collect or store individual cardholder information. \
        SmartPay's statement said it first became aware it was under attack on June 10, with \
        ransomware affecting some systems in New Zealand.";
    let r = suggest(
        "SmartPay investigating breach after ransomware attack",
        text,
    );
    assert!(targets(&r).contains(&"SmartPay"), "{:?}", r.target);
    // Near miss: who investigates another's attack is no victim.
    let r = suggest(
        "FBI investigating ransomware attack on hospital",
        "Federal agents are looking into a ransomware attack that disrupted a regional \
         hospital's systems this week. The hospital diverted ambulances while its network was \
         restored, and patients were asked to bring their medication lists.",
    );
    assert!(!targets(&r).contains(&"FBI"), "{:?}", r.target);
}

#[test]
fn whom_an_institution_serves_is_its_name_not_its_place() {
    // Sixteenth split: "Children’s" was read as the trust's place, and the trust as another
    // trust of the text.
    let r = suggest(
        "Alder Hey Children’s NHS Foundation Trust investigating data breach after ransomware \
         gang claims attack",
        "Last night, ransomware gang INC added Alder Hey Children’s NHS Foundation Trust to its \
         data leak site. It alleges to have stolen patient records, donor reports, and \
         procurement data from 2018 to 2024. We are aware that data has been published online \
         that purports to have been obtained illegally from systems shared by Alder Hey and \
         Liverpool Heart and Chest Hospital NHS Foundation Trust.",
    );
    assert!(
        targets(&r).contains(&"Alder Hey Children’s NHS Foundation Trust"),
        "{:?}",
        r.target
    );
    let r = suggest(
        "Boston Children's Hospital targeted by hackers",
        "Boston Children's Hospital was targeted by a distributed denial of service attack, the \
         hospital said. Its website went down for several hours. Patients were not affected, \
         according to the hospital.",
    );
    assert!(
        targets(&r).contains(&"Boston Children's Hospital"),
        "{:?}",
        r.target
    );
    // Near miss: a state's possessive is where the university is.
    let r = suggest(
        "Xavier University hit by ransomware",
        "Louisiana's Xavier University was hit by a ransomware attack on Monday, officials said. \
         Classes were moved online while the university restored its systems.",
    );
    assert!(targets(&r).contains(&"Xavier University"), "{:?}", r.target);
}

#[test]
fn a_possessive_apostrophe_alone_is_the_place_of_the_institution() {
    // Twentieth split: "Texas’ University of St. Thomas" kept the state in the name.
    let r = suggest(
        "University under scrutiny over ignored cybersecurity warnings before breach",
        "Texas’ University of St. Thomas faced a data breach in August, but following weeks of \
         silence, reporters found that the university had received multiple warnings about data \
         security. On August 12th, 2025, the University of St. Thomas faced a hacking incident \
         against its servers, preventing students from accessing their accounts.",
    );
    let names = targets(&r);
    assert!(names.contains(&"University of St. Thomas"), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("Texas")), "{names:?}");
    // Near miss: a head with nothing after it keeps its possessor ("District of Columbia’s
    // Board of Elections" is that district's board).
    let r = suggest(
        "DC Board of Elections website breached",
        "Hackers breached the District of Columbia’s Board of Elections website on Thursday, \
         gaining access to 600,000 lines of voter data.",
    );
    assert!(
        targets(&r).contains(&"District of Columbia Board of Elections"),
        "{:?}",
        r.target
    );
}

#[test]
fn whom_a_fraud_is_made_against_is_its_victim() {
    // Twentieth split.
    let r = suggest(
        "Fraude aux dépens d'Hydro-Québec",
        "La police est sur la trace d'une bande d'arnaqueurs canadiens qui auraient acheté \
         d'importantes quantités d'or afin de convertir près d'un demi-million de dollars \
         dérobés à Hydro-Québec, a appris La Presse.",
    );
    assert!(targets(&r).contains(&"Hydro-Québec"), "{:?}", r.target);
    // Near miss: at the expense of a thing, no one.
    let r = suggest(
        "Une PME perd 50 000 dollars",
        "Ces économies se sont faites au détriment de la sécurité informatique, selon un \
         rapport publié mardi. La fraude au président reste la plus fréquente.",
    );
    assert!(r.target.is_empty(), "{:?}", r.target);
}

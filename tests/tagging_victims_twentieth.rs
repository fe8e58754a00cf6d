//! Victims of the twentieth split (round 30's blind one, read from round 31) and the read splits
//! before it that the code missed or misnamed (round s31victims, issue 10 items 1-2): a
//! headline's subject investigating its own breach, whom an institution serves written with a
//! possessive ("Children’s"), a place's bare possessive apostrophe ("Texas’"), and whom a fraud is
//! made against (« aux dépens de »). Each with the sentence that motivated it and a near miss
//! that must not fire.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use veille::tagging::{Suggester, Vocabulary};

fn suggester() -> Suggester {
    Suggester::new(&Vocabulary::bundled().unwrap()).unwrap()
}

fn values(list: &[veille::tagging::Suggestion]) -> Vec<&str> {
    list.iter().map(|s| s.value.as_str()).collect()
}

#[test]
fn a_headline_subject_investigating_its_own_breach_is_the_victim() {
    let s = suggester();
    // Twentieth split: the investigator's word "investigating" hid the headline's telling.
    let text = "Eftpos provider SmartPay has revealed that some customer data has been breached \
        in a cyber attack. In an announcement to the Australian Securities Exchange, the company \
        emphasised that it doesn't collect or store individual cardholder information. \
        SmartPay's statement said it first became aware it was under attack on June 10, with \
        ransomware affecting some systems in New Zealand.";
    let r = s.suggest(
        "SmartPay investigating breach after ransomware attack",
        text,
    );
    assert!(values(&r.target).contains(&"SmartPay"), "{:?}", r.target);
    // Near miss: who investigates another's attack is no victim.
    let r = s.suggest(
        "FBI investigating ransomware attack on hospital",
        "Federal agents are looking into a ransomware attack that disrupted a regional \
         hospital's systems this week. The hospital diverted ambulances while its network was \
         restored, and patients were asked to bring their medication lists.",
    );
    assert!(!values(&r.target).contains(&"FBI"), "{:?}", r.target);
}

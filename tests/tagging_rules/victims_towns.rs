//! A victim set in its town and state, as US local news writes it ("X in Ithaca, New York, was
//! disrupted", "X in Williamsburg, Va., suffered"): the victim is the subject before the town,
//! never the state's name or abbreviation. Each sentence is from a read gold split.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

#[test]
fn a_victim_before_its_town_and_a_two_word_state_is_the_subject() {
    // Twenty-third split (round 35's blind one).
    let r = suggest(
        "",
        "Cayuga Medical Center in Ithaca, New York, was temporarily disrupted by a cyberattack \
         on Tuesday evening, which led to a diversion of emergency room admissions and a \
         temporary re-routing of ambulances to other hospitals.",
    );
    assert!(
        targets(&r).contains(&"Cayuga Medical Center"),
        "{:?}",
        r.target
    );
}

#[test]
fn a_state_s_abbreviation_after_the_town_is_no_victim() {
    // Seventeenth split: a list of dental practices' breaches.
    let r = suggest(
        "",
        "Olde Towne Medical and Dental Center in Williamsburg, Va., suffered a ransomware \
         incident affecting 2,567 individuals.",
    );
    let t = targets(&r);
    assert!(!t.contains(&"Va"), "{:?}", r.target);
    assert!(
        t.contains(&"Olde Towne Medical and Dental Center"),
        "{:?}",
        r.target
    );
}

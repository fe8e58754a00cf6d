//! The lead's subject as the story's victim (round s23vrecall, issue 10 items 1-2): a news
//! story's first sentence names whom it is about, even where no victim cue stands next to the
//! name. Read when the title names the subject elsewhere than first, or when the subject tells
//! its own incident; never for a subject that reports on someone else.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

#[test]
fn the_lead_s_subject_the_title_names_is_the_victim_en_fr() {
    // CBS Sacramento, 2017 (sixth split): the title names the subject third.
    let en = suggest(
        "Hackers Tried To Extort Money From Sacramento Transit System With Ransomware Attack",
        "SACRAMENTO (CBS13) – Sacramento Regional Transit officials are blaming a “cyber ransom \
         attack” for their network issues over the weekend.",
    );
    assert!(
        targets(&en).contains(&"Sacramento Regional Transit"),
        "{:?}",
        en.target
    );
    // FM 107.7, 2024 (twelfth split): the title opens on its article.
    let fr = suggest(
        "La Commission scolaire Eastern Townships a pu limiter les dégâts",
        "Au lendemain d’une cyberattaque, la Commission scolaire Eastern Townships assure qu’on a \
         pu limiter les dégâts.",
    );
    assert!(
        targets(&fr).contains(&"Commission scolaire Eastern Townships"),
        "{:?}",
        fr.target
    );
}

#[test]
fn a_lead_s_subject_that_tells_its_own_incident_is_the_victim() {
    // The Register via threatshub, 2025 (fifth split): the title names no one.
    let s = suggest(
        "US news org still struggling to print papers a week after ‘cybersecurity event’",
        "US newspaper publisher Lee Enterprises is one week into tackling a nondescript \
         “cybersecurity event,” saying the related investigation may take “weeks or longer” to \
         complete.",
    );
    assert!(targets(&s).contains(&"Lee Enterprises"), "{:?}", s.target);
}

#[test]
fn a_lead_s_subject_that_reports_on_others_is_no_victim() {
    let en = suggest(
        "Ransomware gang hits a regional hospital",
        "Halcyon Labs said attackers encrypted the servers of a regional hospital over the \
         weekend.",
    );
    assert!(
        !targets(&en).iter().any(|t| t.contains("Halcyon")),
        "{:?}",
        en.target
    );
    let fr = suggest(
        "Un hôpital visé par un rançongiciel",
        "Le cabinet Wavestone a indiqué que des pirates avaient chiffré les serveurs d'un hôpital \
         régional.",
    );
    assert!(
        !targets(&fr).iter().any(|t| t.contains("Wavestone")),
        "{:?}",
        fr.target
    );
}

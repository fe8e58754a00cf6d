//! Suggestions on the government advisories an analyst's feeds carry (CISA's, in the fixtures):
//! a victim is a named organisation, never an ATT&CK technique, a platform, a protocol or a class
//! of companies, and the country of the group an advisory is about is not the victims' country.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;
use std::path::PathBuf;
use veille::tagging::{Confidence, Suggester, Suggestions, Vocabulary};

/// The suggestions for each CISA advisory of the fixture feed, by title, as `veille suggest` makes
/// them from the stored title and text.
fn cisa_advisories() -> Vec<(String, Suggestions)> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/feeds/en/cisa_cybersecurity-advisories_2025-07-24.xml");
    let bytes = std::fs::read(&path).unwrap();
    let suggester = Suggester::new(&Vocabulary::bundled().unwrap()).unwrap();
    support::gold::stored_articles(&bytes, "cisa", "www.cisa.gov")
        .unwrap()
        .into_iter()
        .map(|a| {
            let s = suggester.suggest(&a.title, a.text.as_deref().unwrap_or_default());
            (a.title, s)
        })
        .collect()
}

fn values(list: &[veille::tagging::Suggestion]) -> Vec<&str> {
    list.iter().map(|s| s.value.as_str()).collect()
}

fn advisory<'a>(all: &'a [(String, Suggestions)], title: &str) -> &'a Suggestions {
    &all.iter()
        .find(|(t, _)| t.contains(title))
        .unwrap_or_else(|| panic!("no advisory titled {title:?}"))
        .1
}

#[test]
fn techniques_platforms_protocols_and_classes_are_never_victims() {
    let all = cisa_advisories();
    let things = [
        "T1566.002",
        "Linux",
        "Internet-connected",
        "Real Time Streaming Protocol",
        "Western Logistics Entities and Technology Companies",
    ];
    for (title, s) in &all {
        for target in values(&s.target) {
            assert!(!things.contains(&target), "{title}: {target} as a victim");
        }
    }
    // "Ransomware Actors Exploit Unpatched SimpleHelp Remote Monitoring and Management to
    // Compromise Utility Billing Software Provider": SimpleHelp is the flawed product, not a victim.
    let rmm = advisory(&all, "Unpatched SimpleHelp");
    assert!(
        !values(&rmm.target).contains(&"SimpleHelp"),
        "{:?}",
        rmm.target
    );
    // The sectors the title names are still read: the victims are logistics and technology firms.
    let gru = advisory(&all, "Russian GRU Targeting");
    assert!(
        values(&gru.sector).contains(&"logistics"),
        "{:?}",
        gru.sector
    );
}

#[test]
fn the_group_an_advisory_is_about_is_neither_victim_nor_victims_country() {
    let all = cisa_advisories();
    let ghost = advisory(&all, "Ghost (Cring)");
    assert_eq!(values(&ghost.actor), ["Ghost"]);
    assert!(
        !values(&ghost.target).contains(&"Ghost"),
        "{:?}",
        ghost.target
    );
    // "Ghost actors, located in China": the attackers' country (the advisory also names
    // "organizations in China" among the victims, so its CN stands).
    let s = Suggester::new(&Vocabulary::bundled().unwrap()).unwrap();
    let seat = s.suggest(
        "#StopRansomware: Ghost (Cring) Ransomware",
        "Ghost actors, located in China, conduct these widespread attacks for financial gain.",
    );
    assert!(seat.country.is_empty(), "{:?}", seat.country);
    // "Russian GRU Targeting Western Logistics Entities", "Russian hackers targeting…": Russia
    // attacks, it is not hit. (The advisory's body still gives RU at medium from "As Russian
    // military forces failed…": not what "accept all" takes.)
    let gru = advisory(&all, "Russian GRU Targeting");
    let ru: Vec<_> = gru.country.iter().filter(|c| c.value == "RU").collect();
    assert!(ru.iter().all(|c| c.confidence < Confidence::High), "{ru:?}");
    let hackers = s.suggest(
        "Advisory",
        "Russian hackers targeting Western logistics entities.",
    );
    assert!(hackers.country.is_empty(), "{:?}", hackers.country);
}

#[test]
fn a_platform_in_a_french_title_is_not_its_victim() {
    let s = Suggester::new(&Vocabulary::bundled().unwrap()).unwrap();
    let s = s.suggest(
        "MacOS : un été sous la menace persistante des cleptogiciels",
        "Les cleptogiciels visant MacOS se multiplient cet été.",
    );
    assert!(s.target.is_empty(), "{:?}", s.target);
    assert_eq!(values(&s.attack), ["infostealer"]);
}

//! Every name the vocabulary holds, read where the press puts names, never crashes the suggester.
//! The names carry the signs text slicing trips on: abbreviations' full stops that a sentence
//! splitter cuts at ("U.S. Virgin Islands", « José C. Paz »), apostrophes ("'s-Hertogenbosch"),
//! dashes, accents and brackets. One such name, read by any rule whose window ends at the
//! sentence's end, made every suggestion for its article panic (round 35): the reader opening the
//! article, `veille suggest` and `veille suggest --json` over a whole store all died on it.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use std::panic::{AssertUnwindSafe, catch_unwind};
use veille::tagging::{Suggester, Vocabulary};

/// Every name and alias of the bundled vocabulary: actors, organisations, countries and places.
fn every_name(v: &Vocabulary) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for a in v.actors() {
        names.push(a.name.clone());
        names.extend(a.aliases.iter().cloned());
    }
    for o in v.organisations() {
        names.push(o.name.clone());
        names.extend(o.fr.iter().cloned());
        names.extend(o.acronyms.iter().cloned());
        names.extend(o.synonyms.iter().cloned());
    }
    for c in v.countries() {
        names.extend([c.en.clone(), c.fr.clone()]);
        names.extend(c.synonyms.iter().cloned());
    }
    names.extend(v.places().iter().map(|p| p.name.clone()));
    names.sort();
    names.dedup();
    names
}

#[test]
fn no_name_of_the_vocabulary_crashes_the_suggester() {
    let vocab = Vocabulary::bundled().unwrap();
    let suggester = Suggester::new(&vocab).unwrap();
    let names = every_name(&vocab);
    assert!(names.len() > 8000, "{} names", names.len());
    let mut crashed = Vec::new();
    for name in &names {
        // A victim's, an attacker's and a place's positions, in both languages, each sentence
        // ending right after the name or an abbreviation near it.
        let title = format!("{name} hit by ransomware");
        let text = format!(
            "The {name} government was hit by a cyberattack. U.S. officials said {name}. \
             Selon {name}, la mairie de {name} a été piratée par le groupe {name}. A group \
             called {name} is claiming responsibility for the breach at {name} Corp. in the U.K."
        );
        if catch_unwind(AssertUnwindSafe(|| suggester.suggest(&title, &text))).is_err() {
            crashed.push(name.clone());
        }
    }
    assert!(crashed.is_empty(), "the suggester panicked on {crashed:?}");
}

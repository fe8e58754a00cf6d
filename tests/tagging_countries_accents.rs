//! Countries whose French name differs from the English one only by its accents (« Sénégal »,
//! « Bénin », « Israël », « Taïwan », « Népal »): the vocabulary keeps one entry for both spellings,
//! and the French press's spelling must be read as well as the English one. And a name that runs
//! past a sentence's end must not crash the suggester.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
#[path = "support/suggestions.rs"]
mod suggestions;
use suggestions::{countries, suggest};

#[test]
fn a_name_past_an_abbreviation_s_full_stop_does_not_crash() {
    // The sentence splitter cuts after "U.S.": the name runs past the sentence's end.
    let s = suggest(
        "Ransomware hits U.S. Virgin Islands",
        "The U.S. Virgin Islands government was hit by a cyberattack.",
    );
    assert_eq!(countries(&s), ["VI"]);
}

//! What the tagging tests read of a suggestion: one article's suggestions, and the victims,
//! sectors, countries and attack types among them. Included by path by the tagging rules' binary
//! (`tests/tagging_rules/main.rs`: `#[path = "../support/suggestions.rs"] mod suggestions;`) so that
//! those tests do not build the loopback server of `support/mod.rs`; a binary may use a part of it.
#![allow(dead_code)]
use std::sync::LazyLock;
use veille::tagging::{Confidence, Suggester, Suggestions, Vocabulary};

/// The suggester of the bundled vocabulary, built once per test binary.
static SUGGESTER: LazyLock<Suggester> = LazyLock::new(|| {
    Suggester::new(&Vocabulary::bundled().expect("the bundled vocabulary loads"))
        .expect("a suggester is built from the bundled vocabulary")
});

/// Every suggestion for one article, with the bundled vocabulary.
pub fn suggest(title: &str, text: &str) -> Suggestions {
    SUGGESTER.suggest(title, text)
}

/// The suggested victims' values.
pub fn targets(s: &Suggestions) -> Vec<&str> {
    s.target.iter().map(|t| t.value.as_str()).collect()
}

/// The suggested sectors.
pub fn sectors(s: &Suggestions) -> Vec<&str> {
    s.sector.iter().map(|x| x.value.as_str()).collect()
}

/// The suggested countries.
pub fn countries(s: &Suggestions) -> Vec<&str> {
    s.country.iter().map(|x| x.value.as_str()).collect()
}

/// The attack types suggested for one article.
pub fn attacks(title: &str, text: &str) -> Vec<String> {
    suggest(title, text)
        .attack
        .into_iter()
        .map(|a| a.value)
        .collect()
}

/// How sure the attack type `value` is for one article, if it is suggested.
pub fn confidence(title: &str, text: &str, value: &str) -> Option<Confidence> {
    suggest(title, text)
        .attack
        .iter()
        .find(|a| a.value == value)
        .map(|a| a.confidence)
}

//! What the victim tests read of a suggestion: one article's suggestions, and the victims among
//! them. Included by path (`#[path = "support/victims.rs"] mod victims;`) so that those tests do
//! not build the loopback server of `support/mod.rs`.
use veille::tagging::{Suggester, Suggestions, Vocabulary};

/// Every suggestion for one article, with the bundled vocabulary.
pub fn suggest(title: &str, text: &str) -> Suggestions {
    Suggester::new(&Vocabulary::bundled().expect("the bundled vocabulary loads"))
        .expect("a suggester is built from the bundled vocabulary")
        .suggest(title, text)
}

/// The suggested victims' values.
pub fn targets(s: &Suggestions) -> Vec<&str> {
    s.target.iter().map(|t| t.value.as_str()).collect()
}

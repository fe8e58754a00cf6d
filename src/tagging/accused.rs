//! A country that is accused is the attacker's, never the victim's: « Pékin est une fois de plus
//! accusée d'une vaste opération de cyberespionnage », "North Korea was accused of being behind
//! the theft", « sept ressortissants chinois accusés d'avoir mené une campagne ».
//!
//! Everything here reads folded text (lower case, no accents).

/// Words that accuse whoever the clause's subject is.
#[rustfmt::skip]
const ACCUSED: &[&str] = &[
    "accuse", "accusee", "accuses", "accusees", "accused", "blamed", "soupconne", "soupconnee",
    "soupconnes", "soupconnees", "suspected",
];

/// How many words after the country an accusation may stand ("est une fois de plus accusée").
const ACCUSED_WORDS: usize = 6;

/// True when an accusation follows the country ending at `end` in its clause (before a comma,
/// a colon or the sentence's end at `sentence_end`).
pub(crate) fn is_accused(text: &str, end: usize, sentence_end: usize) -> bool {
    // Six words fit in this many bytes; a long advisory's "sentence" is not read to its end.
    let mut stop = sentence_end.max(end).min(end + 160);
    while !text.is_char_boundary(stop) {
        stop -= 1;
    }
    let rest = &text[end..stop];
    let clause = rest.split([',', ':', ';', '(']).next().unwrap_or("");
    clause
        .split(|c: char| !super::fold::is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(ACCUSED_WORDS)
        .any(|w| ACCUSED.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::is_accused;

    #[test]
    fn an_accused_country_is_the_attacker() {
        let t = "pekin est une fois de plus accusee d'une vaste operation";
        assert!(is_accused(t, "pekin".len(), t.len()));
        let t = "sept ressortissants chinois accuses d'avoir mene une campagne";
        let e = t.find("chinois").unwrap() + "chinois".len();
        assert!(is_accused(t, e, t.len()));
        let t = "a french hospital, which accused nobody";
        let e = t.find("french").unwrap() + "french".len();
        assert!(!is_accused(t, e, t.len()));
    }
}

//! A denial that reaches every participle of a coordination after it: "doesn't ensure that the
//! data won't be retained or re-sold or leaked" (DataBreaches.net, the fixture feeds: suggested as
//! a data breach), "the records were not stolen or leaked", « les données n'ont pas été volées
//! ni divulguées ». A local denial reaches a few words; a list of participles joined to the denied
//! verb is as denied as its first.
//!
//! Everything here reads the folded text (lower case, no accents).

/// The auxiliary the denial stands before ("not be", « pas été »).
const AUXILIARIES: &[&str] = &["be", "been", "being", "ete", "etre"];

/// Words that join the participles.
const JOINS: &[&str] = &["or", "nor", "and", "ou", "ni", "et"];

/// How many words the coordination may hold between the denial and the mention ("be retained
/// or re-sold or", hyphenated words counting twice).
const LIST_WORDS: usize = 8;

/// Whether `gap`, the folded text between a negation and a mention, is an auxiliary and a list of
/// participles joined by a conjunction, and the `mention` a participle itself: the list's last
/// item, denied too. Not a noun after the conjunction ("could not be restored and ransomware
/// spread"), which opens a clause of its own.
pub(super) fn denied_with_the_list(gap: &str, mention: &str) -> bool {
    let participle = !mention.contains(' ')
        && ["ed", "en", "ee", "ees", "es"]
            .iter()
            .any(|e| mention.ends_with(e));
    if !participle || gap.contains(['.', ';', ':', '!', '?', '(']) {
        return false;
    }
    let words: Vec<&str> = gap
        .split(|c: char| !super::fold::is_word_char(c))
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= LIST_WORDS
        && words.first().is_some_and(|w| AUXILIARIES.contains(w))
        && words.last().is_some_and(|w| JOINS.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_denied_list_of_participles_en_fr() {
        assert!(denied_with_the_list(
            " be retained or re-sold or ",
            "leaked"
        ));
        assert!(denied_with_the_list(" been stolen or ", "exfiltrated"));
        assert!(denied_with_the_list(" ete volees ni ", "divulguees"));
    }

    #[test]
    fn a_stated_item_after_the_list_is_not() {
        assert!(!denied_with_the_list(
            " encrypted, but the attackers ",
            "leaked"
        ));
        assert!(!denied_with_the_list(
            " be restored. the attackers ",
            "leaked"
        ));
        assert!(!denied_with_the_list(
            " be restored and the hackers had ",
            "leaked"
        ));
        assert!(!denied_with_the_list(" be restored and ", "ransomware"));
    }
}

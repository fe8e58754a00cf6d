//! A rule's list of phrases searched in one pass over a sentence. Testing a list phrase by phrase
//! (`str::match_indices` for each) built a string searcher per phrase and read the sentence once
//! per phrase, for every sentence of every article: the largest single rule of a story profile
//! (callgrind, benches/stories_cpu.rs). One automaton reads it once, however long the list grows.
use aho_corasick::{AhoCorasick, MatchKind};

/// The phrases of a list, compiled once (a `static` `LazyLock` per list).
pub(crate) struct Phrases(AhoCorasick);

impl Phrases {
    /// The automaton of `list` (literal phrases).
    pub(crate) fn new(list: &[&str]) -> Phrases {
        let ac = AhoCorasick::builder()
            // Every occurrence is reported, overlapping ones too: `any` picks those
            // `match_indices` would.
            .match_kind(MatchKind::Standard)
            .build(list)
            .expect("a few dozen literal phrases always build");
        Phrases(ac)
    }

    /// Whether a phrase occurs in `text` where `whole(text, start, end)` holds, among the
    /// occurrences `str::match_indices` gives for each phrase (left to right, none overlapping an
    /// earlier one of the same phrase): the same answer as testing the phrases one by one.
    pub(crate) fn any(&self, text: &str, whole: impl Fn(&str, usize, usize) -> bool) -> bool {
        // Per phrase, where its next counted occurrence may start.
        let mut free = vec![0; self.0.patterns_len()];
        self.0.find_overlapping_iter(text).any(|m| {
            let p = m.pattern().as_usize();
            // An empty phrase occurs everywhere and `match_indices` steps past it; none is listed.
            if m.start() < free[p] {
                return false;
            }
            free[p] = m.end();
            whole(text, m.start(), m.end())
        })
    }

    /// Every occurrence (start, end) where `whole(text, start, end)` holds, overlapping ones too.
    pub(crate) fn find<'a>(
        &'a self,
        text: &'a str,
        whole: impl Fn(&str, usize, usize) -> bool + 'a,
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.0
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end()))
            .filter(move |&(s, e)| whole(text, s, e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The answer of testing each phrase with `match_indices`.
    fn one_by_one(list: &[&str], text: &str, whole: impl Fn(&str, usize, usize) -> bool) -> bool {
        list.iter().any(|p| {
            text.match_indices(p)
                .any(|(i, _)| whole(text, i, i + p.len()))
        })
    }

    #[test]
    fn finds_what_testing_each_phrase_finds_overlapping_occurrences_included() {
        let list = ["x y x", "deja ete", "ete attaque", "a"];
        let phrases = Phrases::new(&list);
        let spaced = |t: &str, s: usize, e: usize| {
            !t[..s].ends_with(|c: char| c.is_alphanumeric())
                && !t[e..].starts_with(|c: char| c.is_alphanumeric())
        };
        for text in [
            // The second "x y x" shares the first's last word: `match_indices` skips it.
            "zx y x y x",
            "x y x y x",
            "il a deja ete attaque",
            "ba ab",
            "b a b",
            "",
            "déjà été attaqué",
        ] {
            assert_eq!(
                phrases.any(text, spaced),
                one_by_one(&list, text, spaced),
                "{text:?}"
            );
        }
    }
}

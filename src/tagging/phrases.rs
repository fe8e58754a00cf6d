//! A rule's list of phrases searched in one pass over a sentence. Testing a list phrase by phrase
//! (`str::match_indices` for each) built a string searcher per phrase and read the sentence once
//! per phrase, for every sentence of every article: the largest single rule of a story profile
//! (callgrind, benches/stories_cpu.rs). One automaton reads it once, however long the list grows.
use aho_corasick::{AhoCorasick, Input, Match, MatchKind};

/// Every occurrence of a list's phrases, overlapping ones too, read from the first one on.
///
/// An overlapping search (`MatchKind::Standard`) has no fast way past text that holds no phrase
/// when the phrases open with more than a few different letters: it walks every byte of every
/// text (the « a vu ses » and "among the victims" cues over each whole text were an eighth of
/// the suggester's instructions, callgrind over the fixture feeds, round 28). A leftmost
/// automaton of the same phrases has one (a SIMD searcher of their openings): it says where the
/// first occurrence starts, and none starts before it. The overlapping search starts there and
/// reports the same occurrences in the same order (its state at each byte is the longest suffix
/// read since then, whose list of phrases ending there is the whole text's: no phrase starts
/// earlier); a text without any (most) is not walked at all.
pub(crate) struct Occurrences {
    every: AhoCorasick,
    first: First,
}

/// What finds where the first occurrence starts: the SIMD searcher of short literals (Teddy), or
/// where the processor has none, a leftmost automaton. Not the automaton's own prefilter, which
/// for these lists waits at each of their rarest letters (a "v", an "h", a "w": everywhere).
enum First {
    Packed(aho_corasick::packed::Searcher),
    Automaton(AhoCorasick),
}

impl Occurrences {
    /// The automata of `list` (literal phrases).
    pub(crate) fn new(list: &[&str]) -> Occurrences {
        Occurrences {
            every: AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(list)
                .expect("a few dozen literal phrases always build"),
            first: aho_corasick::packed::Config::new()
                .match_kind(aho_corasick::packed::MatchKind::LeftmostFirst)
                .builder()
                .extend(list)
                .build()
                .map_or_else(
                    || {
                        First::Automaton(
                            AhoCorasick::builder()
                                .match_kind(MatchKind::LeftmostFirst)
                                .build(list)
                                .expect("a few dozen literal phrases always build"),
                        )
                    },
                    First::Packed,
                ),
        }
    }

    /// Where the first occurrence in `text` starts.
    fn first(&self, text: &str) -> Option<usize> {
        match &self.first {
            First::Packed(searcher) => searcher.find(text),
            First::Automaton(automaton) => automaton.find(text),
        }
        .map(|m| m.start())
    }

    /// Whether `text` holds a phrase.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.first(text).is_some()
    }

    /// Every occurrence in `text`, as `AhoCorasick::find_overlapping_iter` reports them.
    pub(crate) fn find_overlapping_iter<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = Match> + 'a {
        self.first(text).into_iter().flat_map(move |from| {
            self.every
                .find_overlapping_iter(Input::new(text).range(from..))
        })
    }

    /// The occurrences `AhoCorasick::find_iter` reports (none overlapping, each the first to end
    /// after the one before): a search from the first occurrence meets the same ones.
    pub(crate) fn find_iter<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Match> + 'a {
        self.first(text)
            .into_iter()
            .flat_map(move |from| self.every.find_iter(Input::new(text).range(from..)))
    }

    /// How many phrases the list holds.
    fn len(&self) -> usize {
        self.every.patterns_len()
    }
}

/// The phrases of a list, compiled once (a `static` `LazyLock` per list).
pub(crate) struct Phrases(Occurrences);

impl Phrases {
    /// The automaton of `list` (literal phrases).
    pub(crate) fn new(list: &[&str]) -> Phrases {
        // Every occurrence is reported, overlapping ones too: `any` picks those
        // `match_indices` would.
        Phrases(Occurrences::new(list))
    }

    /// Whether a phrase occurs in `text` where `whole(text, start, end)` holds, among the
    /// occurrences `str::match_indices` gives for each phrase (left to right, none overlapping an
    /// earlier one of the same phrase): the same answer as testing the phrases one by one.
    pub(crate) fn any(&self, text: &str, whole: impl Fn(&str, usize, usize) -> bool) -> bool {
        // Per phrase, where its next counted occurrence may start.
        let mut free = vec![0; self.0.len()];
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
    fn occurrences_from_the_first_are_those_of_the_whole_text_in_its_order() {
        // Phrases nested in one another and sharing words, as the cue lists' verbs do.
        let list = [
            "a vu ",
            "ont vu ",
            "had its ",
            "has had its ",
            "s had",
            "vu",
            "its",
        ];
        let every = AhoCorasick::new(list).unwrap_or_else(|e| panic!("{e}"));
        let occurrences = Occurrences::new(&list);
        for text in [
            "la ville a vu ses serveurs chiffres",
            "xx has had its systems; they had its data and ont vu leurs",
            "nothing here at all",
            "its",
            "",
            "déjà vu, «a vu » — it has had its",
        ] {
            let whole: Vec<(usize, usize, usize)> = every
                .find_overlapping_iter(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            let from_first: Vec<(usize, usize, usize)> = occurrences
                .find_overlapping_iter(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            assert_eq!(from_first, whole, "{text:?}");
            let apart = |ms: &mut dyn Iterator<Item = Match>| -> Vec<(usize, usize, usize)> {
                ms.map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                    .collect()
            };
            assert_eq!(
                apart(&mut occurrences.find_iter(text)),
                apart(&mut every.find_iter(text)),
                "{text:?}"
            );
            assert_eq!(occurrences.is_match(text), every.is_match(text));
        }
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

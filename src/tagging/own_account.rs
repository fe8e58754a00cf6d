//! A subject's own account of its incident after "said it" (round s40target, issue 10): "Hitachi
//! said it first noticed abnormalities in its system over the weekend", "Sun Pharma said it took
//! steps to remediate the impact", "BridgeValley Community and Technical College said it continued
//! to deal with a ransomware attack", "Ardent says it reported the issue to law enforcement".
//! "said it" is a role cue (`context.rs`): "Microsoft said it observed…", "Google said it disabled
//! accounts used by…" are a vendor's or a researcher's findings, so its subject is no victim by
//! default. What the subject then says of its own systems, or of its own recovery, makes it the
//! one hit; those words are read here, for the victim reading only (like `saw_harmed.rs`), and
//! only where the sentence or the one before tells of an attack.
use super::context::{Cue, Found};
use super::phrases::Occurrences;
use std::sync::LazyLock;

/// The speaking verb and its subject's pronoun (folded, a space after).
const SAID_IT: &[&str] = &["said it ", "says it ", "said that it ", "says that it "];

/// What only the hit organisation says of itself after "said it" (folded): its own systems, its
/// recovery, its reporting of the incident. Not "detected", "discovered", "found", "observed":
/// a researcher's words ("Infoblox said it discovered that…").
#[rustfmt::skip]
const OWN_ACCOUNT: &[&str] = &[
    "its system", "its network", "its computer", "its server", "its it system", "its it network",
    "remediate", "to restore", "managed to restore", "is restoring", "was restoring",
    "recovering from", "to deal with", "resolved the situation", "resolved the issue",
    "experienced", "reported the issue to", "reported the incident to", "notified law enforcement",
    "contacted law enforcement",
];

/// Words that tell of an attack, in the sentence or the one before (folded stems).
#[rustfmt::skip]
const ATTACK_WORDS: &[&str] = &[
    "attack", "ransom", "hack", "breach", "intrusion", "incident", "malware", "unauthori",
    "stole", "theft", "compromise",
];

/// How many bytes after the verb are read for the account: one sentence's worth.
const WINDOW: usize = 300;

/// The victim-before cues of `text` (folded) that a subject's own account makes, each at its
/// verb ("said it"), given the text's `sentences`, sorted by start.
pub(crate) fn cues(text: &str, sentences: &[(usize, usize)]) -> Vec<Found> {
    static VERBS: LazyLock<Occurrences> = LazyLock::new(|| Occurrences::new(SAID_IT));
    static ACCOUNT: LazyLock<Occurrences> = LazyLock::new(|| Occurrences::new(OWN_ACCOUNT));
    let mut out = Vec::new();
    for m in VERBS.find_iter(text) {
        let word_start = text[..m.start()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if !word_start {
            continue;
        }
        let i = sentences.partition_point(|&(_, e)| e <= m.start());
        let Some(&(s, e)) = sentences.get(i) else {
            continue;
        };
        let to = super::context::char_floor(text, e.min(m.end() + WINDOW));
        let Some(rest) = text.get(m.end()..to) else {
            continue;
        };
        let from = i.checked_sub(1).map_or(s, |p| sentences[p].0);
        if ACCOUNT.find_iter(rest).next().is_some()
            && ATTACK_WORDS.iter().any(|w| text[from..e].contains(w))
        {
            out.push(Found {
                start: m.start(),
                end: m.end() - 1,
                cue: Cue::VictimBefore,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::context::sentences;

    fn cue_words(text: &str) -> Vec<&str> {
        cues(text, &sentences(text))
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect()
    }

    #[test]
    fn an_account_of_its_own_systems_is_cued() {
        assert_eq!(
            cue_words(
                "the ransomware attack hit thousands of devices. hitachi said it first noticed \
                 abnormalities in its system over the weekend."
            ),
            ["said it"]
        );
    }

    #[test]
    fn a_researcher_s_finding_is_no_cue() {
        assert!(
            cue_words(
                "infoblox said it discovered that fully 65% of its customer base was querying \
                 domains tied to the malware."
            )
            .is_empty()
        );
        // Its own systems, but no attack told near.
        assert!(cue_words("acme said it will upgrade its systems next year.").is_empty());
    }
}

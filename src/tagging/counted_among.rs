//! Victims counted among an attack's victims (round s27victims): "Charter Communications,
//! Consolidated Communications, and Windstream are among the new victims", "Vestas Wind Systems,
//! Amedia, Nortura and Nordic Choice Hotels were among the corporate targets", « Le tribunal de
//! Cleveland et le ministère des Affaires étrangères ukrainien sont aussi victimes ». The press
//! names the victims of a campaign this way, often several at once: the subject (each member of
//! its list) is read as a victim-before cue's. The cue is made here, for the victim reading only:
//! "among the targets" says who was hit, not what happened, so attack types and the article's
//! kind do not move.
use super::context::{Cue, Found};
use super::phrases::Occurrences;
use std::sync::LazyLock;

/// The verbs (folded, a space after) whose subject is counted among the victims by what follows.
#[rustfmt::skip]
const AMONG: &[&str] = &[
    "is among the ", "are among the ", "was among the ", "were among the ", "is also among the ",
    "are also among the ", "was also among the ", "were also among the ",
    "figure parmi les ", "figurent parmi les ", "figure aussi parmi les ",
    "figurent aussi parmi les ", "figure egalement parmi les ", "figurent egalement parmi les ",
    "compte parmi les ", "comptent parmi les ", "fait partie des ", "font partie des ",
    "fait aussi partie des ", "font aussi partie des ", "fait egalement partie des ",
    "font egalement partie des ",
];

/// Being a victim too, the sentence's subject plainly counted as one (« sont aussi victimes »):
/// the verb alone is the cue.
#[rustfmt::skip]
const ALSO_VICTIMS: &[&str] = &[
    "sont aussi victimes", "sont egalement victimes", "est aussi victime", "est egalement victime",
    "are also victims", "is also a victim", "were also victims", "was also a victim",
];

/// Who was hit, after "among the": the victims, the targets, or organisations said to be affected.
#[rustfmt::skip]
const VICTIM_NOUNS: &[&str] = &["victims", "victimes", "targets", "cibles"];

/// Organisations, after "among the", that the next word says were hit ("companies affected").
#[rustfmt::skip]
const ORGANISATIONS: &[&str] = &[
    "companies", "organizations", "organisations", "entities", "firms", "businesses",
    "entreprises", "entites", "structures", "societes",
];

/// What those organisations underwent ("companies affected", « entreprises touchées »).
#[rustfmt::skip]
const HIT: &[&str] = &[
    "affected", "hit", "impacted", "targeted", "breached", "compromised", "touchees", "touches",
    "visees", "vises", "ciblees", "cibles", "affectees", "affectes", "piratees", "pirates",
];

/// How many describing words may stand before the victims' noun ("the new victims", "the
/// corporate targets", « les premières victimes »).
const ADJECTIVES: usize = 2;

/// The victim-before cues of `text` (folded) that being counted among the victims makes, each
/// at its verb, sorted by start.
pub(crate) fn cues(text: &str) -> Vec<Found> {
    static VERBS: LazyLock<Occurrences> = LazyLock::new(|| Occurrences::new(AMONG));
    static ALSO: LazyLock<Occurrences> = LazyLock::new(|| super::fraud::any_of(ALSO_VICTIMS));
    let word_start = |at: usize| {
        text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    let mut out = Vec::new();
    for m in VERBS.find_overlapping_iter(text) {
        let verb = AMONG[m.pattern().as_usize()];
        if word_start(m.start()) && names_victims(&text[m.start() + verb.len()..]) {
            out.push(Found {
                start: m.start(),
                end: m.start() + verb.trim_end().len(),
                cue: Cue::VictimBefore,
            });
        }
    }
    for m in ALSO.find_iter(text) {
        let word_end = text[m.end()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric());
        if word_start(m.start()) && word_end {
            out.push(Found {
                start: m.start(),
                end: m.end(),
                cue: Cue::VictimBefore,
            });
        }
    }
    out.sort_by_key(|f| f.start);
    out.dedup_by_key(|f| f.start);
    out
}

/// Whether the words after "among the" are the victims ("new victims", "corporate targets",
/// "companies affected"), not any group ("among the first to", "among the largest banks").
fn names_victims(after: &str) -> bool {
    let words: Vec<&str> = after
        .split(|c: char| !c.is_alphanumeric())
        .take(ADJECTIVES + 2)
        .collect();
    // The words stay in one clause: "among the first, the victims…" is not read.
    if words.iter().any(|w| w.is_empty()) {
        let clause = words.iter().take_while(|w| !w.is_empty()).count();
        return names_victims_in(&words[..clause]);
    }
    names_victims_in(&words)
}

fn names_victims_in(words: &[&str]) -> bool {
    words.iter().enumerate().take(ADJECTIVES + 1).any(|(i, w)| {
        VICTIM_NOUNS.contains(w)
            || (ORGANISATIONS.contains(w) && words.get(i + 1).is_some_and(|n| HIT.contains(n)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue_words(text: &str) -> Vec<&str> {
        cues(text).iter().map(|c| &text[c.start..c.end]).collect()
    }

    #[test]
    fn a_subject_counted_among_the_victims_or_targets_is_cued() {
        assert_eq!(
            cue_words(
                "charter communications and windstream are among the new victims of the group"
            ),
            ["are among the"]
        );
        assert_eq!(
            cue_words(
                "vestas wind systems and amedia were among the corporate targets in this wave"
            ),
            ["were among the"]
        );
        assert_eq!(
            cue_words("kyocera is also among the companies affected by the attack"),
            ["is also among the"]
        );
        assert_eq!(
            cue_words("la mairie de caen figure parmi les victimes de ce groupe"),
            ["figure parmi les"]
        );
        assert_eq!(
            cue_words("le tribunal de cleveland et le ministere sont aussi victimes."),
            ["sont aussi victimes"]
        );
    }

    #[test]
    fn being_among_others_than_victims_is_no_cue() {
        // Among the first, the largest, the companies that use a product: no victims.
        assert!(cue_words("acme was among the first to report the flaw").is_empty());
        assert!(cue_words("acme is among the largest banks in the country").is_empty());
        assert!(cue_words("acme is among the companies that use the software").is_empty());
        assert!(cue_words("acme figure parmi les leaders du marche").is_empty());
        // « victimes » must end its word.
        assert!(cue_words("les clients sont aussi victimesque").is_empty());
    }
}

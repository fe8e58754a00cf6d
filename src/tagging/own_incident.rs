//! A subject that tells its own incident in any words (round s28victims, issue 10): "Chord
//! Specialty Dental Partners experienced a data security incident", "Aflac Inc. ("Aflac"), another
//! insurance company, disclosed a cybersecurity incident", "Penncrest School District — which
//! serves thousands of students … — announced a ransomware attack", « Le gouvernement de la
//! Nouvelle-Calédonie a annoncé l'incident ». The victim cues list such predicates word for word
//! ("disclosed a breach", "confirmed a cyberattack"), so any adjective between the verb and the
//! incident ("a mid-July breach", "a claimed ransomware attack") hid the subject: 29 pooled misses
//! of the read splits, in eight of them, are subjects of this shape.
//!
//! The verb is made a victim-before cue when an incident noun closes its object within a few
//! words, for the victim reading only (like `counted_among.rs`): the attack types and the
//! article's kind do not move. An incident "on" or "against" someone named after it is another's
//! ("Reuters reported a ransomware attack on Acme"), and is left out.
use super::context::{Cue, Found};
use std::sync::LazyLock;

/// Verbs (folded, a space after) by which a subject tells an incident it lives through.
#[rustfmt::skip]
const TELLS: &[&str] = &[
    "reported ", "reports ", "disclosed ", "discloses ", "announced ", "announces ",
    "experienced ", "experiences ", "confirmed ", "confirms ", "acknowledged ", "acknowledges ",
    "detected ", "discovered ", "is investigating ", "was investigating ", "suffered ",
    // French: the participle alone (« a annoncé »: the auxiliary is glue to the subject).
    "annonce ", "declare ", "signale ", "connu ", "confirme ", "reconnu ", "detecte ",
    "decouvert ", "fait face a ",
];

/// Articles that may open the incident's noun phrase.
#[rustfmt::skip]
const ARTICLES: &[&str] = &["a", "an", "the", "un", "une", "l", "d", "le", "la"];

/// Nouns (folded words) that name an incident.
#[rustfmt::skip]
const INCIDENTS: &[&str] = &[
    "breach", "incident", "attack", "cyberattack", "intrusion", "hack", "cyberattaque",
    "attaque", "piratage", "fuite", "compromission",
];

/// Words after the incident that give it to someone else ("an attack on Acme").
#[rustfmt::skip]
const ANOTHERS: &[&str] = &[
    "on", "at", "against", "targeting", "contre", "chez", "visant", "ciblant",
];

/// How many words may describe the incident between the article and its noun ("a data security
/// incident", "a claimed ransomware attack", « une importante cyberattaque »).
const DESCRIBING: usize = 4;

/// The victim-before cues of `text` (folded) that a subject telling its own incident makes, each
/// at its verb, sorted by start.
pub(crate) fn cues(text: &str) -> Vec<Found> {
    static VERBS: LazyLock<super::phrases::Occurrences> =
        LazyLock::new(|| super::fraud::any_of(TELLS));
    let mut out = Vec::new();
    for m in VERBS.find_iter(text) {
        let word_start = text[..m.start()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if word_start && an_incident_follows(&text[m.end()..]) {
            out.push(Found {
                start: m.start(),
                end: m.end() - 1,
                cue: Cue::VictimBefore,
            });
        }
    }
    out
}

/// Whether `after` (folded, just after the verb) opens with an article, at most [`DESCRIBING`]
/// words and an incident noun, in one clause, and the incident is not given to someone after it.
fn an_incident_follows(after: &str) -> bool {
    // The clause: up to the first punctuation that closes it.
    let clause = after
        .find(['.', ',', ';', ':', '!', '?', '(', ')', '\n'])
        .map_or(after, |i| &after[..i]);
    let words: Vec<&str> = clause
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    if !words.first().is_some_and(|w| ARTICLES.contains(w)) {
        return false;
    }
    let noun = |w: &str| {
        INCIDENTS.contains(&w)
            || w.strip_suffix('s').is_some_and(|s| INCIDENTS.contains(&s))
            || w.starts_with("cyber-") && INCIDENTS.contains(&&w["cyber-".len()..])
    };
    let Some(at) = words
        .iter()
        .skip(1)
        .take(DESCRIBING + 1)
        .position(|w| noun(w))
    else {
        return false;
    };
    !words.get(at + 2).is_some_and(|w| ANOTHERS.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue_words(text: &str) -> Vec<&str> {
        cues(text).iter().map(|c| &text[c.start..c.end]).collect()
    }

    #[test]
    fn a_subject_that_tells_its_own_incident_in_any_words_is_cued() {
        // Seventeenth split: dental practices, insurers.
        assert_eq!(
            cue_words(
                "chord specialty dental partners experienced a data security incident affecting 173,000 individuals"
            ),
            ["experienced"]
        );
        assert_eq!(
            cue_words(
                "allianz life insurance company of north america (\"allianz life\") reported a mid-july breach to the maine attorney general"
            ),
            ["reported"]
        );
        assert_eq!(
            cue_words(
                "erie insurance (\"erie\") also announced a cyber-attack earlier this summer"
            ),
            ["announced"]
        );
        // Fifteenth split.
        assert_eq!(
            cue_words(
                "le gouvernement de la nouvelle-caledonie a annonce l'incident dans un communique"
            ),
            ["annonce"]
        );
    }

    #[test]
    fn an_incident_told_of_someone_else_or_no_incident_is_not_cued() {
        // Another's incident, named after it.
        assert!(cue_words("reuters reported a ransomware attack on acme corp").is_empty());
        assert!(cue_words("le cert-fr a signale une cyberattaque contre la mairie").is_empty());
        // No incident in the object; an incident too far from the verb.
        assert!(cue_words("acme reported a record quarter for its cloud business").is_empty());
        assert!(
            cue_words("acme announced a new partnership with globex after the breach").is_empty()
        );
        // A verb inside a word.
        assert!(cue_words("misreported a breach").is_empty());
    }
}

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

/// Verbs (folded, a space after) by which a headline's subject tells its incident, the auxiliary
/// and the article dropped as headlines drop them (round s29victims: "City of Stratford dealing
/// with suspected ransomware incident", "Twin Falls County identifies ransomware as source of
/// computer problems", "Alder Hey Children's NHS Foundation Trust investigating data breach", "Uvalde
/// CISD outlines response to cyberattack"): read in a title only, where no article is written.
#[rustfmt::skip]
const HEADLINE_TELLS: &[&str] = &[
    "investigating ", "dealing with ", "deals with ", "identifies ", "outlines response to ",
    "responding to ", "responds to ", "recovering from ", "recovers from ", "grappling with ",
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
    static NOTICES: LazyLock<super::phrases::Occurrences> =
        LazyLock::new(|| super::fraud::any_of(NOTIFIES));
    let mut out = found(text, &VERBS, |after| an_incident_follows(after, true));
    // A warning of a lure in the subject's name is no incident of its own ("alerted customers to
    // a phishing attack impersonating the bank").
    out.extend(found(text, &NOTICES, |after| {
        past_the_recipients(after).is_some_and(|rest| {
            an_incident_follows(rest, true)
                && !LURES
                    .iter()
                    .any(|l| rest[..super::context::char_floor(rest, 60)].contains(l))
        })
    }));
    out.sort_by_key(|f| f.start);
    out
}

/// Verbs (folded, a space after) by which a subject tells the people it serves of an incident
/// it lives through (round s38target): "major national firm Campbell Conroy & O’Neil alerted its
/// clients to a ransomware attack that took place on its systems" (twenty-fifth split), "Cross
/// Valley Federal Credit Union has informed members of a data breach incident", « a informé ses
/// clients d'une cyberattaque ».
#[rustfmt::skip]
const NOTIFIES: &[&str] = &[
    "alerted ", "notified ", "informed ", "warned ", "alerts ", "notifies ", "informs ",
    "is notifying ", "began notifying ", "informe ", "alerte ", "prevenu ",
];

/// Lures the press warns of in a brand's name, folded.
const LURES: &[&str] = &[
    "phishing",
    "scam",
    "smishing",
    "fraud",
    "hameconnage",
    "arnaque",
    "escroquerie",
];

/// Whom a subject tells of its incident, folded.
#[rustfmt::skip]
const RECIPIENTS: &[&str] = &[
    "clients", "customers", "members", "patients", "students", "users", "employees", "staff",
    "donors", "policyholders", "residents", "parents", "abonnes", "adherents", "usagers",
    "salaries", "membres", "eleves", "assures",
];

/// The words after the people told, from just after the verb (folded): an optional possessive,
/// a [`RECIPIENTS`] noun (and one more after "and"), and "to", "of", "about", « de » or « d' ».
fn past_the_recipients(after: &str) -> Option<&str> {
    let mut rest = after;
    let mut word = || {
        let w = rest.trim_start();
        let end = w
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .unwrap_or(w.len());
        let (head, tail) = w.split_at(end);
        rest = tail;
        head
    };
    let mut w = word();
    if matches!(w, "its" | "their" | "ses" | "leurs") {
        w = word();
    }
    if !RECIPIENTS.contains(&w) {
        return None;
    }
    w = word();
    if matches!(w, "and" | "et") {
        word();
        w = word();
    }
    match w {
        "to" | "of" | "about" | "de" => Some(rest),
        "d" => Some(rest.strip_prefix(['\'', '’']).unwrap_or(rest)),
        _ => None,
    }
}

/// The same cues in a headline (folded), whose object goes without its article: the verbs of
/// [`TELLS`] and [`HEADLINE_TELLS`], an incident noun (or "ransomware") within a few words.
pub(crate) fn headline_cues(title: &str) -> Vec<Found> {
    static VERBS: LazyLock<super::phrases::Occurrences> = LazyLock::new(|| {
        let all: Vec<&str> = TELLS.iter().chain(HEADLINE_TELLS).copied().collect();
        super::fraud::any_of(&all)
    });
    found(title, &VERBS, |after| an_incident_follows(after, false))
}

/// The victim-before cues at the `verbs` of `text` (each at a word's start) whose following text
/// `follows` accepts.
fn found(
    text: &str,
    verbs: &super::phrases::Occurrences,
    follows: impl Fn(&str) -> bool,
) -> Vec<Found> {
    let mut out = Vec::new();
    for m in verbs.find_iter(text) {
        let word_start = text[..m.start()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if word_start && follows(&text[m.end()..]) {
            out.push(Found {
                start: m.start(),
                end: m.end() - 1,
                cue: Cue::VictimBefore,
            });
        }
    }
    out
}

/// Whether `after` (folded, just after the verb) opens with an article (when `article`), at most
/// [`DESCRIBING`] words and an incident noun, in one clause, and the incident is not given to
/// someone after it. A headline's object has no article, and may be the malware's kind alone.
fn an_incident_follows(after: &str, article: bool) -> bool {
    // The clause: up to the first punctuation that closes it.
    let clause = after
        .find(['.', ',', ';', ':', '!', '?', '(', ')', '\n'])
        .map_or(after, |i| &after[..i]);
    let words: Vec<&str> = clause
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let opened = words.first().is_some_and(|w| ARTICLES.contains(w));
    if article && !opened {
        return false;
    }
    let noun = |w: &str| {
        INCIDENTS.contains(&w)
            || (!article && matches!(w, "ransomware" | "rancongiciel"))
            || w.strip_suffix('s').is_some_and(|s| INCIDENTS.contains(&s))
            || w.starts_with("cyber-") && INCIDENTS.contains(&&w["cyber-".len()..])
    };
    let skip = usize::from(opened);
    let Some(at) = words
        .iter()
        .skip(skip)
        .take(DESCRIBING + 1)
        .position(|w| noun(w))
    else {
        return false;
    };
    // "ransomware attack on Acme": past the incident's last noun.
    let mut last = at + skip;
    while words.get(last + 1).is_some_and(|w| noun(w)) {
        last += 1;
    }
    !words.get(last + 1).is_some_and(|w| ANOTHERS.contains(w))
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

    fn headline_words(title: &str) -> Vec<&str> {
        headline_cues(title)
            .iter()
            .map(|c| &title[c.start..c.end])
            .collect()
    }

    #[test]
    fn a_headline_subject_telling_its_incident_without_article_is_cued() {
        // Eighteenth, fifteenth, sixteenth and thirteenth splits.
        assert_eq!(
            headline_words("city of stratford dealing with suspected ransomware incident"),
            ["dealing with"]
        );
        assert_eq!(
            headline_words(
                "twin falls county identifies ransomware as source of computer problems"
            ),
            ["identifies"]
        );
        assert_eq!(
            headline_words(
                "alder hey children's nhs foundation trust investigating data breach after ransomware gang claims attack"
            ),
            ["investigating"]
        );
        assert_eq!(
            headline_words("uvalde cisd outlines response to cyberattack, amends budget"),
            ["outlines response to"]
        );
        // French headlines keep their article: « X confirme une cyberattaque ».
        assert_eq!(
            headline_words("la mutuelle confirme une cyberattaque"),
            ["confirme"]
        );
    }

    #[test]
    fn a_headline_telling_of_another_or_of_no_incident_is_not_cued() {
        // Another's incident; no incident; and the text keeps its article rule.
        assert!(headline_words("fbi investigating ransomware attack on hospital").is_empty());
        assert!(headline_words("acme dealing with supply chain delays").is_empty());
        assert!(cue_words("acme investigating data breach").is_empty());
        assert!(cue_words("acme identifies ransomware as source of outage").is_empty());
    }
}

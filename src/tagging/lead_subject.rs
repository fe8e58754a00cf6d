//! The lead's subject that tells its own incident (issue 10, round s23vrecall): "Swinburne
//! University of Technology has confirmed personal information on staff … had made its way into
//! the wild", "Hitachi Ltd. said Monday that some of its computer systems were infected", « La
//! Commission scolaire Eastern Townships a subi une cyberattaque ». A news story's first sentence
//! names whom it is about as its subject; when what follows the subject is that subject's own
//! trouble (it suffered, it is recovering, it said that *its* systems…), the subject is the
//! story's victim even though no victim cue stands next to it. A subject that reports on others
//! ("Acme said hackers hit Globex") has no possessive of its own and is left out.
use super::victims::{self, Token};

/// Words after the subject that say it is living through its own incident.
#[rustfmt::skip]
const OWN_TROUBLE: &[&str] = &[
    "suffered", "experienced", "investigating", "recovering", "restoring", "scrambling",
    "tackling", "grappling", "battling", "struggling", "subi", "subit", "subissent", "ont subi",
    "confronte", "confrontee", "confrontes", "confrontees",
];

/// The recovery told in the past ("NZ Uniforms recovered relatively quickly from the attack",
/// twenty-eighth split), as "recovering" tells it in the present: the subject's own only as the
/// predicate's verb, right after the subject or its auxiliary ("Acme helped Globex as it
/// recovered" tells Globex's).
const RECOVERED: &[&str] = &["recovered", "recovers", "restored"];

/// Auxiliaries before such a verb.
const AUXILIARIES: &[&str] = &["has", "have", "had"];

/// Verbs by which a subject tells what happened: its own trouble only with a possessive after.
#[rustfmt::skip]
const TELLS: &[&str] = &[
    "said", "says", "confirmed", "confirms", "announced", "disclosed", "revealed", "notified",
    "admitted", "acknowledged", "confirme", "annonce", "indique", "reconnu", "revele", "signale",
    "informe",
];

/// Possessives that make what the subject tells its own ("its computer systems", « ses
/// serveurs »).
#[rustfmt::skip]
const OWN: &[&str] = &[
    "its", "their", "our", "sa", "son", "ses", "leur", "leurs", "notre", "nos",
];

/// Words an incident sentence may name its incident by when no cue reads it ("a nondescript
/// 'cybersecurity event'", « un incident de cybersécurité »), folded.
const INCIDENT_NOUNS: &[&str] = &[
    "incident",
    "incidents",
    "cybersecurity event",
    "cyber event",
];

/// Whether a lead sentence names an incident by one of [`INCIDENT_NOUNS`].
pub(super) fn names_an_incident(sentence: &str) -> bool {
    INCIDENT_NOUNS.iter().any(|n| {
        super::context::starts_of(sentence, n)
            .any(|i| super::context::at_word_boundary(sentence, i, i + n.len()))
    })
}

/// Whether the words of `original[end..to]` (a sentence after its subject, which ends at `end`)
/// say the subject lives through its own incident: a word of trouble among the six words after
/// it, or a verb of telling there followed by a possessive in the sentence.
pub(super) fn tells_its_own_incident(original: &str, end: usize, to: usize) -> bool {
    let toks = victims::tokens(original, end, to);
    // The predicate's first words: up to the first punctuation but the one right after the
    // subject ("Hitachi Ltd. said…").
    let near: Vec<&Token> = toks
        .iter()
        .enumerate()
        .take_while(|(i, t)| *i == 0 || !t.gap)
        .map(|(_, t)| t)
        .take(6)
        .collect();
    let word = |t: &&Token, list: &[&str]| list.contains(&t.folded());
    if near.iter().any(|t| word(t, OWN_TROUBLE)) {
        return true;
    }
    let verb = near.iter().position(|t| !word(t, AUXILIARIES));
    if verb.is_some_and(|i| i <= 1 && word(&near[i], RECOVERED)) {
        return true;
    }
    near.iter().position(|t| word(t, TELLS)).is_some_and(|i| {
        let after = near[i].end;
        toks.iter()
            .filter(|t| t.start >= after)
            .any(|t| OWN.contains(&t.folded()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn own(sentence: &str, subject: &str) -> bool {
        tells_its_own_incident(sentence, subject.len(), sentence.len())
    }

    #[test]
    fn a_subject_that_suffered_or_tells_of_its_own_systems_lives_its_incident() {
        // Manchester Evening News, 2023 (sixth split).
        assert!(own(
            "Manchester United have confirmed the club recently suffered a 'disruptive' cyberattack",
            "Manchester United"
        ));
        // Reuters, 2017 (eleventh split).
        assert!(own(
            "Hitachi Ltd. said Monday that some of its computer systems were infected by the \
             ransomware virus",
            "Hitachi Ltd."
        ));
        assert!(own(
            "La Commission scolaire Eastern Townships a subi une cyberattaque",
            "La Commission scolaire Eastern Townships"
        ));
        // Stuff, 2022 (twenty-eighth split): its recovery told in the past.
        assert!(own(
            "NZ Uniforms recovered relatively quickly from the attack, but says it may be a while",
            "NZ Uniforms"
        ));
    }

    #[test]
    fn a_subject_that_reports_on_others_does_not() {
        assert!(!own(
            "Acme said hackers had breached Globex's network",
            "Acme"
        ));
        assert!(!own(
            "Acme helped Globex as it recovered from the attack",
            "Acme"
        ));
        assert!(!own(
            "Le CERT-FR a annoncé que des pirates avaient visé la mairie",
            "Le CERT-FR"
        ));
    }
}

//! Phishing described rather than named (`../shared/TAGGING.md`: the types the text says
//! happened): someone opened or clicked a message, an attachment or a link, and the attack came
//! in that way (« il aura suffi de l'ouverture d'un courriel par inadvertance », « un collaborateur
//! a dû cliquer sur un e-mail virus », "after an employee opens email attachment"). Inferred from
//! a description, so at most medium confidence, and only when the sentence states it (advice —
//! « ne cliquez pas sur les liens », "never open attachments" — is denied or hypothetical, and a
//! guide's title frames the article), nor in a sentence of shares. Folded text.
use super::context::{Found, Modality};
use super::fraud::{first_stated, phrase_len, words_of};

/// What is opened or clicked.
#[rustfmt::skip]
const MESSAGES: &[&str] = &[
    "courriel", "courriels", "e-mail", "e-mails", "email", "emails", "mail", "mails",
    "piece jointe", "pieces jointes", "message", "attachment", "attachments", "email attachment",
    "e-mail attachment",
];

/// Opening or clicking, done (not advised): past forms and the act's noun.
#[rustfmt::skip]
const OPENED: &[&str] = &[
    "ouverture", "a ouvert", "ont ouvert", "avait ouvert", "a clique", "ont clique",
    "avait clique", "cliquer sur", "clique sur", "opened", "opens", "opening", "clicked",
    "clicked on", "clicking on",
];

/// How many words may stand between the opening and what was opened (« l'ouverture d'un
/// courriel », "clicked on a link in an email").
const GAP_WORDS: usize = 4;

/// A description of a message opened: its folded span and how its sentence asserts it.
pub(crate) fn opened_message(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let found = |(sa, sb): (usize, usize)| {
        // « 90 % des attaques sont dues à un collaborateur qui a cliqué sur un mail »: a share
        // of causes, not this attack's.
        if text[sa..sb].contains('%') {
            return None;
        }
        let words = words_of(text, sa, sb);
        for i in 0..words.len() {
            let Some(n) = phrase_len(text, &words, i, OPENED) else {
                continue;
            };
            let to = (i + n + GAP_WORDS + 1).min(words.len());
            if (i + n..to).any(|j| phrase_len(text, &words, j, MESSAGES).is_some()) {
                return Some((words[i].0, words[i + n - 1].1));
            }
        }
        None
    };
    first_stated(text, sentences, cues, found)
}

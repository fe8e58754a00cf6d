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

/// Modals that make the sentence a warning or a possibility.
#[rustfmt::skip]
const MODALS: &[&str] = &[
    "peut", "peuvent", "pourrait", "pourraient", "can", "could", "may", "might",
];

/// Messages a phishing wave sends: [`MESSAGES`] and text messages.
#[rustfmt::skip]
const SENT: &[&str] = &[
    "courriel", "courriels", "e-mail", "e-mails", "email", "emails", "mail", "mails", "message",
    "messages", "sms", "textos", "text message", "text messages", "texts",
];

/// French adjectives after a message that make it a lure (« des mails frauduleux », « e-mails
/// malveillants »); not « faux » (« un faux mail a été envoyé à ses clients » is sent from a
/// mailbox taken over, labelled account takeover) nor « suspect » (what an advisory asks one to
/// report).
#[rustfmt::skip]
const LURE_AFTER: &[&str] = &[
    "frauduleux", "frauduleuse", "frauduleuses", "malveillant", "malveillants", "malveillante",
    "malveillantes",
];

/// The English adjective before a message that does the same ("fraudulent emails"); not
/// "malicious", which product prose uses for what a filter catches ("For malicious messages and
/// spam, …", a Microsoft Defender post in the development split).
#[rustfmt::skip]
const LURE_BEFORE: &[&str] = &[
    "fraudulent",
];

/// A description of lures sent (« Piraté, le Canton de Valcourt envoie des centaines de courriels
/// frauduleux », « des usagers ont été victimes de SMS frauduleux », "fraudulent emails were sent
/// to staff"): phishing, however the message is named. Its folded span and modality.
pub(crate) fn fraudulent_message(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let found = |(sa, sb): (usize, usize)| {
        let sentence = &text[sa..sb];
        if !["fraudul", "malveill", "malicious"]
            .iter()
            .any(|w| sentence.contains(w))
        {
            return None;
        }
        let words = words_of(text, sa, sb);
        // « des SMS frauduleux peuvent circuler »: a warning of what may come.
        if words.iter().any(|&(a, b)| MODALS.contains(&&text[a..b])) {
            return None;
        }
        // The two words side by side, not across a list's dash ("Malicious—Messages containing").
        let joined = |k: usize| text[words[k - 1].1..words[k].0].trim().is_empty();
        (0..words.len()).find_map(|i| {
            if let Some(n) = phrase_len(text, &words, i, SENT)
                && phrase_len(text, &words, i + n, LURE_AFTER).is_some()
                && joined(i + n)
            {
                return Some((words[i].0, words[i + n].1));
            }
            let n = phrase_len(text, &words, i, LURE_BEFORE)?;
            let m = phrase_len(text, &words, i + n, SENT)?;
            joined(i + n).then(|| (words[i].0, words[i + n + m - 1].1))
        })
    };
    first_stated(text, sentences, cues, found)
}

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

#[cfg(test)]
mod tests {
    use crate::tagging::attack_types_suggested as attack;

    fn phishing(title: &str, text: &str) -> bool {
        attack(title, text).iter().any(|t| t == "phishing")
    }

    #[test]
    fn lures_sent_are_phishing_however_the_message_is_named() {
        // Seventh split (La Tribune, Québec): the headline alone.
        assert!(phishing(
            "Piraté, le Canton de Valcourt envoie des centaines de courriels frauduleux",
            ""
        ));
        // Twelfth split (a regional daily): text messages.
        assert!(phishing(
            "Attention aux SMS",
            "Les gendarmes de Saint-Jacques-sur-Darnétal-Buchy, près de Rouen, ont enregistré \
             trois plaintes en trois semaines, après que des usagers ont été victimes de SMS \
             frauduleux."
        ));
        assert!(phishing(
            "Tax agency warns taxpayers",
            "Thousands of taxpayers in Ireland received fraudulent emails asking them to confirm \
             their bank details."
        ));
    }

    #[test]
    fn a_warning_or_a_filter_s_categories_are_no_phishing() {
        // Fresh split: a hospital warns of what may follow its data theft.
        assert!(!phishing(
            "Cyberattaque : une maternité visée",
            "L'hôpital de Cannes prévient les patients que des mails et des SMS frauduleux \
             peuvent circuler, mais il ne faut surtout pas y répondre."
        ));
        // Development split: a mail filter's categories.
        assert!(!phishing(
            "Transparency on Microsoft Defender email security",
            "Spam—Nuisance emails from unsolicited senders. Malicious—Messages containing \
             harmful links. For malicious messages and spam, Microsoft admins see a verdict."
        ));
    }
}

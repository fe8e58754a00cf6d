//! Phishing by text message or QR code, told as a scam (`../shared/TAGGING.md`: the types the
//! text says happened; the vocabulary's "smishing" and "quishing" are phishing): « la Gendarmerie
//! alerte sur une nouvelle arnaque par SMS », « Ce SMS de bonne année 2026 est une arnaque ! »,
//! « de faux QR codes collés sur les horodateurs », "These scammers send out text messages telling
//! the recipients that they have unpaid tolls". The press names the scam and the medium, rarely
//! the word phishing: over the read splits, every title or lead sentence holding both was labelled
//! phishing (12 of 12). Inferred, so at most medium, and only where the sentence states it. Folded
//! text.
use super::context::{Found, Modality};
use super::fraud::{first_stated, phrase_len, words_of};

/// A text message or a QR code: the lure's medium.
#[rustfmt::skip]
const MEDIUM: &[&str] = &[
    "sms", "texto", "textos", "text message", "text messages", "qr code", "qr codes", "code qr",
    "codes qr", "qr-code", "qr-codes",
];

/// A scam, its authors, or a fake.
#[rustfmt::skip]
const SCAM: &[&str] = &[
    "arnaque", "arnaques", "escroquerie", "escroqueries", "arnaqueurs", "escrocs", "scam", "scams",
    "scammers", "faux", "fausse", "fausses", "fake",
];

/// The medium and a scam word in one sentence: the span of the medium and how it is asserted.
pub(crate) fn scam_by_text_message(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let found = |(sa, sb): (usize, usize)| {
        let sentence = &text[sa..sb];
        if !["sms", "text", "qr"].iter().any(|w| sentence.contains(w)) {
            return None;
        }
        let words = words_of(text, sa, sb);
        let scam = (0..words.len()).any(|i| phrase_len(text, &words, i, SCAM).is_some());
        scam.then(|| {
            (0..words.len()).find_map(|i| {
                let n = phrase_len(text, &words, i, MEDIUM)?;
                Some((words[i].0, words[i + n - 1].1))
            })
        })
        .flatten()
    };
    first_stated(text, sentences, cues, found)
}

#[cfg(test)]
mod tests {
    use crate::tagging::attack_types_suggested as attack;

    #[test]
    fn a_scam_by_text_message_is_phishing_fr() {
        // Le Parisien (tenth split): a scam « par SMS ».
        let got = attack(
            "«Colis à récupérer» : la Gendarmerie alerte sur une nouvelle arnaque par SMS",
            "Des SMS, avec l’entête de la Poste, sont envoyés aux particuliers pour leur demander \
             de payer 1,95 euros afin de récupérer un colis.",
        );
        assert!(got.contains(&"phishing".to_string()), "{got:?}");
        // CommentCaMarche (twenty-second split), and fake QR codes (nineteenth split).
        let got = attack(
            "SMS arnaque livreur : attention si vous recevez ce message",
            "Attention si vous recevez ce SMS ! Il s'agit d'une arnaque très en vogue en ce \
             moment, et plus précisément d'une variante d'une escroquerie bien connue destinée à \
             voler vos coordonnées bancaires.",
        );
        assert!(got.contains(&"phishing".to_string()), "{got:?}");
        let got = attack(
            "Arnaque au stationnement: de faux QR codes collés sur les horodateurs dans plusieurs \
             départements",
            "",
        );
        assert!(got.contains(&"phishing".to_string()), "{got:?}");
    }

    #[test]
    fn a_scam_by_text_message_is_phishing_en() {
        // WDVM (twenty-first split): toll scams sent as texts.
        let got = attack(
            "Frederick police warn about toll scams",
            "Residents receive text messages they have unpaid tolls. Frederick Police call it a \
             dangerous new scam that’s spreading across the nation. These scammers send out text \
             messages telling the recipients that they have unpaid tolls, and must pay them \
             immediately, or be fined.",
        );
        assert!(got.contains(&"phishing".to_string()), "{got:?}");
    }

    #[test]
    fn an_arrest_for_a_scam_by_text_message_names_the_charge_only() {
        // Le360 (twenty-first split): the SMS lures are the charge of those arrested, labelled
        // scam.
        let got = attack(
            "Arrestation de huit personnes impliquées dans une escroquerie par SMS",
            "La police judiciaire de Marrakech a arrêté huit personnes soupçonnées d'appartenir à \
             un réseau criminel spécialisé dans l’escroquerie par SMS.",
        );
        assert!(!got.contains(&"phishing".to_string()), "{got:?}");
    }

    #[test]
    fn a_text_message_with_no_scam_is_no_phishing() {
        // The victim's own notice by text message.
        let got = attack(
            "La mairie victime d'une cyberattaque",
            "La mairie a prévenu ses administrés par SMS que ses services étaient perturbés.",
        );
        assert!(!got.contains(&"phishing".to_string()), "{got:?}");
    }
}

//! A backdoor in the encryption debate is an access the state asks for, not malware: "he admitted
//! that adding backdoors decreases security but that it is worth it" (Schneier's "Attorney General
//! Barr and Encryption", the fixture feeds, suggested as malware), « l'introduction d'une porte
//! dérobée dans les messageries chiffrées », "an encryption backdoor". The backdoor is proposed,
//! demanded or refused by a law or a minister; nothing was planted.
//!
//! Two constructions say that sense: the backdoor of encryption itself ("encryption backdoor", «
//! porte dérobée dans les messageries chiffrées », "backdoors to end-to-end encryption"), and a
//! backdoor added, built or demanded ("adding backdoors", « créer une porte dérobée ») where the
//! title or the sentence speaks of encryption. Planted backdoors ("installed a backdoor", "a
//! backdoor … then encrypted the files") have neither.
//!
//! Everything here reads the folded text (lower case, no accents).
use super::context::{words_back, words_forward};
use super::fold::is_word_char;

/// The backdoor words of the malware vocabulary (folded).
#[rustfmt::skip]
const BACKDOORS: &[&str] = &[
    "backdoor", "backdoors", "back door", "back doors", "porte derobee", "portes derobees",
];

/// Words of encryption as a debate's subject (folded): what a state would open. Not the bare
/// participle ("files were encrypted"), which a ransomware's story holds.
#[rustfmt::skip]
const ENCRYPTION: &[&str] = &[
    "encryption", "end-to-end", "lawful access", "exceptional access", "going dark",
    "encrypted messaging", "encrypted messages", "encrypted communications", "encrypted apps",
    "chiffrement", "messagerie chiffree", "messageries chiffrees", "bout en bout",
    "acces legal", "communications chiffrees",
];

/// Verbs and nouns that propose, demand or refuse a backdoor (folded words).
#[rustfmt::skip]
const PROPOSED: &[&str] = &[
    "add", "adding", "added", "build", "building", "create", "creating", "introduce",
    "introducing", "mandate", "mandating", "mandated", "require", "requiring", "demand",
    "demanding", "demanded", "creer", "introduire", "introduction", "imposer", "exiger",
    "inserer", "ajouter",
];

/// How many words an encryption word may stand after the backdoor ("porte dérobée dans les
/// messageries chiffrées", "backdoors into end-to-end encryption"), and a proposing verb before it.
const REACH: usize = 4;

/// Whether the backdoor word at `start..end` of the folded `text`, in `sentence`, is the access a
/// state asks for; `title` is the article's title as written (folded only for a backdoor word).
pub(super) fn asked_of_encryption(
    title: &str,
    text: &str,
    sentence: (usize, usize),
    start: usize,
    end: usize,
) -> bool {
    if !BACKDOORS.contains(&&text[start..end]) {
        return false;
    }
    let before = &text[words_back(text, sentence.0, start, REACH)..start];
    let after = &text[end..words_forward(text, end, sentence.1, REACH)];
    if before.trim_end().ends_with("encryption") || names(after, ENCRYPTION) {
        return true;
    }
    let proposed = before
        .split(|c: char| !is_word_char(c))
        .any(|w| PROPOSED.contains(&w));
    proposed
        && (names(&super::fold::fold(title), ENCRYPTION)
            || names(&text[sentence.0..sentence.1], ENCRYPTION))
}

/// True when one of `words` stands in `text` as whole words.
fn names(text: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        text.match_indices(w)
            .any(|(i, _)| super::context::at_word_boundary(text, i, i + w.len()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::fold::fold;

    fn asked(title: &str, text: &str, word: &str) -> bool {
        let text = fold(text);
        let start = text.find(word).unwrap();
        asked_of_encryption(title, &text, (0, text.len()), start, start + word.len())
    }

    #[test]
    fn a_backdoor_asked_of_encryption_is_no_malware_en_fr() {
        assert!(asked(
            "Attorney General Barr and Encryption",
            "Speaking at Fordham University in New York, he admitted that adding backdoors \
             decreases security but that it is worth it.",
            "backdoors"
        ));
        assert!(asked(
            "Messageries chiffrées : la commission des lois retoque la porte dérobée",
            "Les amendements suppriment l'introduction d'une porte dérobée dans les messageries \
             chiffrées.",
            "porte derobee"
        ));
        assert!(asked(
            "UK drops its demand",
            "The government wanted an encryption backdoor into iCloud.",
            "backdoor"
        ));
    }

    #[test]
    fn a_planted_backdoor_stays_malware() {
        assert!(!asked(
            "Hackers hit Acme",
            "The attackers installed a backdoor, then encrypted the company's files.",
            "backdoor"
        ));
        assert!(!asked(
            "Chinese hackers breach telecom providers",
            "The group created a backdoor account on the routers.",
            "backdoor"
        ));
    }
}

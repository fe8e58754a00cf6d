//! Extortion as the press tells it: a threat to disclose or sell what was taken, in any tense
//! and person, with words between (`../shared/TAGGING.md`: extortion is "a leak-site threat, an
//! auction, a demand to keep stolen data private"): « Les malfaiteurs ont ensuite menacé de vendre
//! ces données », « menaçaient de les rendre publiques », "threatening to sell the stolen data",
//! "threatened to post the files". The vocabulary lists a few fixed forms (« menace de
//! divulguer »); the verb's every form and a short object between are read here. Stated, the
//! threat was made, so it is medium (inferred from a description); folded text.
use super::context::{Found, Modality};
use super::fraud::{first_stated, phrase_len, words_of};

/// Forms of the verb of threatening, French and English.
#[rustfmt::skip]
const THREATEN: &[&str] = &[
    "menace", "menacent", "menacait", "menacaient", "menacant", "menacer", "menaceraient",
    "threaten", "threatens", "threatened", "threatening",
];

/// What joins the threat to its verb.
const TO: &[&str] = &["de", "d", "to"];

/// Verbs of disclosing or selling what was taken (infinitives: what follows « de » or "to").
#[rustfmt::skip]
const DISCLOSE: &[&str] = &[
    "publier", "diffuser", "divulguer", "vendre", "revendre", "devoiler", "rendre publiques",
    "rendre publics", "mettre en vente", "mettre en ligne", "exposer", "leak", "publish",
    "release", "sell", "expose", "dump", "post", "auction",
];

/// Words that may stand between « de »/"to" and the verb: a pronoun or an adverb (« menacé de
/// les vendre », "threatening to publicly release").
#[rustfmt::skip]
const BETWEEN: &[&str] = &[
    "les", "la", "le", "l", "leur", "publiquement", "them", "it", "publicly", "also", "then",
];

/// A threat to disclose or sell in the lead's sentences: its folded span and modality.
pub(crate) fn threat_to_disclose(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let found = |(sa, sb): (usize, usize)| {
        // Most sentences threaten nothing: a substring test spares them the word split.
        let sentence = &text[sa..sb];
        if !sentence.contains("menac") && !sentence.contains("threat") {
            return None;
        }
        let words = words_of(text, sa, sb);
        let word = |j: usize| &text[words[j].0..words[j].1];
        (0..words.len()).find_map(|i| {
            if !THREATEN.contains(&word(i)) || i + 1 >= words.len() || !TO.contains(&word(i + 1)) {
                return None;
            }
            let mut j = i + 2;
            while j < words.len() && j < i + 4 && BETWEEN.contains(&word(j)) {
                j += 1;
            }
            let n = phrase_len(text, &words, j, DISCLOSE)?;
            Some((words[i].0, words[j + n - 1].1))
        })
    };
    first_stated(text, sentences, cues, found)
}

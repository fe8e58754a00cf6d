//! Countries a sentence says were spared are not the victims' (`../shared/TAGGING.md`: the
//! country of the victim): a piece on a leak lists the neighbours it missed (« Comme le Gabon, les
//! pays de la Cemac … (Guinée équatoriale, Tchad, République centrafricaine et le Congo) ont été
//! épargnés par cette fuite », « Parmi ces pays … ne figure pas le Gabon »), a company says where
//! it was not hit ("the company's operations outside the United States were not affected").
//! A sparing denied is a hit: « Les constructeurs automobiles n'ont pas été épargnés par les
//! cyber-attaques en France ».
//!
//! Everything here reads the folded sentence (lower case, no accents).
use super::context::denies;
use super::fold::is_word_char;

/// Participles of sparing (« épargné » folds like the noun « épargne », savings: an auxiliary must
/// stand before them).
const SPARED_FR: &[&str] = &["epargne", "epargnee", "epargnes", "epargnees"];

/// Auxiliaries that make the word after them the participle: « ont été épargnés », « est
/// épargnée », « restent épargnés ».
const AUXILIARIES: &[&str] = &[
    "ete", "est", "sont", "soit", "etait", "etaient", "reste", "restent", "restee", "restes",
];

/// Words that say a hit did not happen once they are denied: « n'ont pas été touchés », "were
/// not affected", « ne sont pas concernés ».
const HIT_WORDS: &[&str] = &[
    "touche",
    "touchee",
    "touches",
    "touchees",
    "affecte",
    "affectee",
    "affectes",
    "affectees",
    "concerne",
    "concernee",
    "concernes",
    "concernees",
    "affected",
    "hit",
    "impacted",
];

/// Besides the shared denying words (`context::denies`), « personne » (nobody): « personne n'a
/// été touché ». Only here: next to a hit word it is the pronoun, while before a claim or a
/// ransom « une personne » is someone who did it.
const NOBODY: &str = "personne";

/// How many words before a participle a negation or an auxiliary counts.
const REACH: usize = 3;

/// True when the folded `sentence` says that something was spared: a participle of sparing after
/// an auxiliary and not denied, "spared" or "unaffected" not denied, a hit denied (« n'ont pas été
/// touchés », "were not affected"), or a list it is not in (« ne figure pas »).
pub(crate) fn said_spared(sentence: &str) -> bool {
    let words: Vec<&str> = sentence
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        let before = &words[i.saturating_sub(REACH)..i];
        let denied = before.iter().any(|b| denies(b) || *b == NOBODY);
        if SPARED_FR.contains(w) {
            before.last().is_some_and(|b| AUXILIARIES.contains(b)) && !denied
        } else if *w == "spared" || *w == "unaffected" {
            !denied
        } else if HIT_WORDS.contains(w) {
            denied
        } else {
            matches!(*w, "figure" | "figurent") && words.get(i + 1) == Some(&"pas")
        }
    })
}

#[cfg(test)]
mod tests {
    use super::said_spared;
    use crate::tagging::fold::fold;

    fn spared(sentence: &str) -> bool {
        said_spared(&fold(sentence))
    }

    #[test]
    fn countries_said_spared_fr_en() {
        // Eighteenth split: the Facebook leak the Cameroon alone had a share of.
        assert!(spared(
            "Comme le Gabon, les pays de la Cemac dans leur grande majorité (Guinée équatoriale, \
             Tchad, République centrafricaine et le Congo) ont été épargnés par cette fuite."
        ));
        assert!(spared(
            "Parmi ces pays, principalement des nations occidentales et asiatiques, ne figure pas \
             le Gabon."
        ));
        assert!(spared(
            "Les utilisateurs gabonais des comptes Facebook ont donc été épargnés par cette fuite."
        ));
        // Eighth split: COSCO's terminal in Long Beach.
        assert!(spared(
            "A spokesman with the Shanghai-based company said that the company's operations \
             outside the United States were not affected."
        ));
    }

    #[test]
    fn a_sparing_denied_savings_or_a_hit_are_no_sparing() {
        // Sixteenth split: France is where the carmakers were hit.
        assert!(!spared(
            "Les constructeurs automobiles n'ont pas été épargnés par les cyber-attaques en \
             France depuis le début du mois d'avril 2023."
        ));
        // Seventh split: « épargne » is savings.
        assert!(!spared(
            "Chaque euro perdu représente souvent des années d'épargne pour ces personnes."
        ));
        assert!(!spared(
            "Seul le Cameroun a été touché dans la sous-région avec près de 2 millions de comptes."
        ));
        assert!(!spared("No country was spared."));
    }
}

//! A headline's subject before its colon is no victim when the text makes it the author of the
//! report the article is about (round s21victims, tenth split: « Kaspersky : Un infostealer a
//! permis la fuite des données bancaires… », whose text opens « Kaspersky dévoile son rapport sur
//! le paysage des menaces »). TAGGING.md: the researcher or vendor who published the report is
//! no victim.
use super::gang_words::ends_with_words;
use super::suggest::at_word_boundary;

/// What a researcher publishes, folded.
#[rustfmt::skip]
const REPORTS: &[&str] = &[
    "rapport", "rapports", "etude", "barometre", "analyse", "report", "reports", "study",
    "survey", "analysis", "research", "whitepaper",
];

/// Words that cite a source right before its name, folded.
#[rustfmt::skip]
const SOURCES: &[&str] = &["selon", "d'apres", "according to", "researchers at", "chercheurs de"];

/// How many words after the name a report may be named ("dévoile son rapport").
const AFTER_WORDS: usize = 3;

/// True when the folded `text` names `name` (folded) as who publishes a report: a report noun
/// within three words after it ("Kaspersky dévoile son rapport", "Acme's latest report"), or a
/// source's words right before it (« selon Kaspersky », "according to Acme").
pub(crate) fn authors_a_report(text: &str, name: &str) -> bool {
    if name.len() < 2 {
        return false;
    }
    text.match_indices(name).any(|(at, _)| {
        let end = at + name.len();
        if !at_word_boundary(text, at, end) {
            return false;
        }
        let after = text[end..]
            .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .filter(|w| !w.is_empty())
            .take(AFTER_WORDS)
            .any(|w| REPORTS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())));
        let before = text[..at].trim_end();
        after || SOURCES.iter().any(|s| ends_with_words(before, s))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::fold::fold;

    #[test]
    fn a_researcher_that_publishes_a_report_is_its_author_fr_en() {
        let fr = fold(
            "Dans le cadre du Mobile World Congress 2025, Kaspersky dévoile son rapport sur le \
             paysage des menaces liées aux infostealers.",
        );
        assert!(authors_a_report(&fr, "kaspersky"));
        let en = fold("According to Sophos, ransomware payments fell by a third last year.");
        assert!(authors_a_report(&en, "sophos"));
    }

    #[test]
    fn a_victim_that_confirms_an_attack_is_no_author_fr_en() {
        let fr = fold("Intraverse a confirmé une fuite de 16,9 millions d'entrées.");
        assert!(!authors_a_report(&fr, "intraverse"));
        let en = fold("Stripe said hackers accessed its systems; a report is expected.");
        assert!(!authors_a_report(&en, "stripe"));
    }
}

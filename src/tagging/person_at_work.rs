//! A person the text presents by the job they hold, with a copula: "Chris Formosa is senior lead
//! information security engineer for Black Lotus Labs" (Krebs, the fixture feeds), « Jean Dupont
//! est chercheur chez Acme ». Such a name is the researcher or the spokesperson quoted afterwards
//! ("Formosa said the Popa botnet … its activities"), never a victim organisation
//! (`../shared/TAGGING.md`: a target is a named organisation; never the researcher). An
//! organisation is not presented so: "Acme is a leader in…", "Acme is an asset manager".
//!
//! Everything here reads the folded text (lower case, no accents).

/// Copulas that open the presentation, with the space on each side.
const COPULAS: &[&str] = &[" is ", " was ", " est ", " etait "];

/// Jobs only a person holds (folded). Not "manager", "specialist", "consultant" or « éditeur »:
/// companies are asset managers, specialists and software publishers too.
#[rustfmt::skip]
const JOBS: &[&str] = &[
    "engineer", "researcher", "analyst", "scientist", "professor", "journalist", "reporter",
    "officer", "director", "founder", "co-founder", "ceo", "cto", "ciso", "cio", "spokesperson",
    "spokesman", "spokeswoman", "president", "ingenieur", "ingenieure", "chercheur", "chercheuse",
    "analyste", "journaliste", "professeur", "professeure", "directeur", "directrice",
    "fondateur", "fondatrice", "porte-parole",
];

/// Words that say whom the job serves, right after it or one word later ("engineer for", "chief
/// executive officer of", « chercheur chez »).
const SERVES: &[&str] = &[
    "for", "at", "of", "with", "de", "d", "du", "des", "chez", "au",
];

/// Words at most from the copula to the job ("is senior lead information security engineer").
const WORDS_BEFORE_THE_JOB: usize = 6;

/// Whether the folded text `after` a name presents it as a person by a copula and a job that
/// serves someone: " is senior lead information security engineer for Black Lotus Labs".
pub(super) fn presented_by_a_job(after: &str) -> bool {
    let Some(rest) = COPULAS.iter().find_map(|c| after.strip_prefix(c)) else {
        return false;
    };
    // The clause only: a comma or a stop ends the presentation.
    let clause = rest
        .split(['.', ',', ';', ':', '(', '\n'])
        .next()
        .unwrap_or("");
    let words: Vec<&str> = clause
        .split(|c: char| !super::fold::is_word_char(c) && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    words
        .iter()
        .take(WORDS_BEFORE_THE_JOB + 1)
        .position(|w| JOBS.contains(w))
        .is_some_and(|i| words.iter().skip(i + 1).take(2).any(|w| SERVES.contains(w)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::fold::fold;

    #[test]
    fn a_job_held_for_someone_presents_a_person_en_fr() {
        assert!(presented_by_a_job(&fold(
            " is senior lead information security engineer for Black Lotus Labs, a division"
        )));
        assert!(presented_by_a_job(&fold(" est chercheur chez Acme.")));
        assert!(presented_by_a_job(&fold(
            " was the chief executive officer of Acme"
        )));
    }

    #[test]
    fn an_organisation_s_description_presents_no_person() {
        assert!(!presented_by_a_job(&fold(
            " is a leader in endpoint security"
        )));
        assert!(!presented_by_a_job(&fold(
            " is the largest asset manager of Europe"
        )));
        assert!(!presented_by_a_job(&fold(
            " is investigating the attack, its director said"
        )));
        assert!(!presented_by_a_job(&fold(", the engineer for Acme")));
    }
}

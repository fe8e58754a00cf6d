//! The court that sentences and the police that arrest are no victim's sector in an arrest's story
//! (round s32places, issue 10 item 2; `../shared/TAGGING.md`: the sector is the victims' own):
//! "US court sentences SIM-swapping crypto thief to 3 years in jail", « Gendarmerie nationale :
//! démantèlement d'un vaste réseau de chantage », « Les deux … ont admis devant un tribunal fédéral
//! de Floride avoir conspiré ». Read over every split: of the 48 sectors suggested in articles read
//! as an arrest's story, 4 were justice from such a word, all four false; no justice sector of an
//! arrest's story is labelled. A named police force or court hit in an incident's story keeps
//! its sector (« le site de la police nationale piraté », « Vol de données au greffe du
//! tribunal »: those stories are read as incidents), and so does a named one in an arrest's story
//! ("Sumter County Sheriff's Office").
use super::article_kind::ArticleKind;
use super::fold::{fold, is_word_char};
use super::suggest::Suggestions;

/// Common words of the courts and police forces that judge or arrest (folded).
#[rustfmt::skip]
const LAW_AT_WORK: &[&str] = &[
    "court", "courts", "tribunal", "tribunaux", "cour", "gendarmerie", "police", "prosecutor",
    "prosecutors", "parquet", "law enforcement", "judge", "juge",
];

/// Drops, from an arrest's story, the justice sectors whose evidence is a bare word of a court or
/// a police force.
pub(crate) fn drop_the_law_at_work(out: &mut Suggestions) {
    if out.kind != ArticleKind::Arrest {
        return;
    }
    out.sector.retain(|s| {
        s.value != "justice" || !LAW_AT_WORK.contains(&fold(&s.evidence.term).as_str())
    });
}

/// Verbs after a police force that make it the one investigating, not the one hit: "the local
/// police force is investigating", « le service de police enquête » (folded).
#[rustfmt::skip]
const INVESTIGATING: &[&str] = &[
    "investigating", "investigates", "investigated", "probing", "enquete", "enquetent",
    "arrested", "arrete", "interpelle",
];

/// How many words after a police force its verb of investigating may come.
const INVESTIGATING_WORDS: usize = 3;

/// True when the justice word ending at `end` of the folded text is followed, within
/// [`INVESTIGATING_WORDS`] words of its clause, by a verb of investigating or arresting.
pub(crate) fn investigating_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let clause = &rest[..rest.find(['.', ';', '!', '?', '\n']).unwrap_or(rest.len())];
    clause
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(INVESTIGATING_WORDS)
        .any(|w| INVESTIGATING.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::resolve::Kind;
    use crate::tagging::suggest::{Confidence, Evidence, Field};

    fn with_justice(kind: ArticleKind, term: &str) -> Suggestions {
        let mut out = Suggestions {
            kind,
            ..Suggestions::default()
        };
        let evidence = Evidence {
            field: Field::Title,
            start: 0,
            end: term.len(),
            term: term.to_string(),
        };
        out.add(Kind::Sector, "justice", &evidence, Confidence::High);
        out
    }

    #[test]
    fn only_an_arrest_s_bare_court_or_police_is_dropped() {
        let mut court = with_justice(ArticleKind::Arrest, "court");
        drop_the_law_at_work(&mut court);
        assert!(court.sector.is_empty());
        let mut gendarmerie = with_justice(ArticleKind::Arrest, "Gendarmerie");
        drop_the_law_at_work(&mut gendarmerie);
        assert!(gendarmerie.sector.is_empty());
        // Near misses: a named sheriff's office, a police force hit in an incident's story.
        let mut sheriff = with_justice(ArticleKind::Arrest, "Sumter County Sheriff's Office");
        drop_the_law_at_work(&mut sheriff);
        assert_eq!(sheriff.sector.len(), 1);
        let mut hit = with_justice(ArticleKind::Incident, "police");
        drop_the_law_at_work(&mut hit);
        assert_eq!(hit.sector.len(), 1);
    }

    #[test]
    fn a_police_force_that_investigates_is_at_work_en_fr() {
        let after = |text: &str, word: &str| {
            investigating_after(text, text.find(word).unwrap() + word.len())
        };
        assert!(after(
            "and the local police force is investigating.",
            "police force"
        ));
        assert!(after(
            "le service de police enquete sur l'attaque",
            "service de police"
        ));
        // Near misses: the force that admits a breach; a verb past its clause.
        assert!(!after(
            "a police force has admitted a data breach",
            "police force"
        ));
        assert!(!after(
            "the police force was hit. officers are investigating",
            "police force"
        ));
    }
}

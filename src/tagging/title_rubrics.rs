//! A headline's rubric before its colon is no victim: « Exclu RTL: des milliers d'entreprises
//! belges victimes de chantage informatique » (fifteenth split), « Tunisie-Internet : Le site de
//! l'UGTT piraté depuis 10 jours » (eighteenth), « Semaine 33 : Les cybercriminels misent sur… »,
//! « Guerre Russie-Ukraine : hackers, Doppelgänger… » (seventeenth), « Impôts 2025 : attention à
//! cette arnaque » (eighteenth), « Andrézieux-Bouthéon : après la cyberattaque, des élèves
//! menacés » (fifth). The press opens a headline with what the story files under (a show, a week,
//! a war, a town) and says the news after the colon, with its own subject. A victim it names so
//! tells its incident right after the colon (« Cité de Clarence-Rockland : attaque informatique »,
//! « ASSE : piratage et chantage », « Franquevielle : piratage, usurpation d'identité ») and is
//! named again in the text; a rubric is not.
use super::fold::fold;
use super::suggest::{Field, Suggestion};

/// The words by which the part after a colon tells an incident, folded.
#[rustfmt::skip]
const INCIDENT_WORDS: &[&str] = &[
    "attaque", "attaques", "cyberattaque", "cyberattaques", "cyber-attaque", "piratage",
    "piratages", "fuite", "fuites", "vol", "intrusion", "rancongiciel", "ransomware", "hack",
    "hacking", "breach", "cyberattack", "cyber-attack", "attack", "leak", "incident",
    "cyberintrusion", "menace", "chantage", "extorsion", "panne",
];

/// Articles skipped before that word (« une cyberattaque désorganise la production »).
const ARTICLES: &[&str] = &["un", "une", "le", "la", "l", "les", "des", "the", "a", "an"];

/// Whether `s`, a new victim read off a headline's opening words, is the headline's rubric: it
/// stands first, before a colon; the words after the colon do not open on an incident; and the
/// text never names it. A feed's teaser (`victim_confidence::TEASER_BYTES`) is too short to name
/// anything again: « Intraverse : 16,9 millions d'entrées exposées » stays.
pub(crate) fn a_rubric(s: &Suggestion, title: &str, text: &str) -> bool {
    let e = &s.evidence;
    if !s.new_value || e.field != Field::Title {
        return false;
    }
    let teaser = text.trim().len() < super::victim_confidence::TEASER_BYTES;
    if !title.get(..e.start).is_some_and(|b| b.trim().is_empty()) || teaser {
        return false;
    }
    let Some(after) = title
        .get(e.end..)
        .and_then(|rest| rest.trim_start().strip_prefix(':'))
    else {
        return false;
    };
    let after = fold(after);
    let first = after
        .split(|c: char| !super::fold::is_word_char(c) && c != '-')
        .filter(|w| !w.is_empty())
        .find(|w| !ARTICLES.contains(w));
    if first.is_some_and(|w| INCIDENT_WORDS.contains(&w)) {
        return false;
    }
    !named_in(&fold(e.term.trim()), &fold(text))
}

/// Whether `name` (folded) stands in `text` (folded) as whole words.
fn named_in(name: &str, text: &str) -> bool {
    !name.is_empty()
        && text
            .match_indices(name)
            .any(|(at, _)| super::suggest::at_word_boundary(text, at, at + name.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::{Confidence, Evidence, Kind};

    fn opener(term: &str) -> Suggestion {
        Suggestion {
            value: term.to_string(),
            kind: Kind::Organisation,
            evidence: Evidence {
                field: Field::Title,
                start: 0,
                end: term.len(),
                term: term.to_string(),
            },
            confidence: Confidence::High,
            new_value: true,
        }
    }

    /// A text long enough to name its victim again (no teaser).
    fn long(text: &str) -> String {
        format!(
            "{text} {}",
            "Les services fonctionnent en mode dégradé. ".repeat(8)
        )
    }

    #[test]
    fn a_rubric_before_the_colon_is_no_victim_fr_en() {
        let title =
            "Exclu RTL: des milliers d'entreprises belges victimes de chantage informatique";
        let text = long("Des milliers d'entreprises belges sont victimes de chantage.");
        assert!(a_rubric(&opener("Exclu RTL"), title, &text));
        let title = "Tunisie-Internet : Le site de l’UGTT piraté depuis 10 jours";
        let text = long("Le site de l’Union générale tunisienne du travail (UGTT) a été piraté.");
        assert!(a_rubric(&opener("Tunisie-Internet"), title, &text));
        let title = "Week 33: Cybercriminals bet on social engineering";
        let text = long("This week, criminals sent malware through fake support calls.");
        assert!(a_rubric(&opener("Week 33"), title, &text));
    }

    #[test]
    fn a_victim_before_the_colon_stays_fr_en() {
        // Its incident opens the part after the colon (unseen split), with an article or not.
        let text = long("Les systèmes de la municipalité sont hors service depuis lundi.");
        let title = "Cité de Clarence-Rockland : attaque informatique";
        assert!(!a_rubric(
            &opener("Cité de Clarence-Rockland"),
            title,
            &text
        ));
        let title = "Acme: a cyberattack disrupts production";
        assert!(!a_rubric(&opener("Acme"), title, &text));
        // Named again in the text.
        let title = "Trigano : la production désorganisée";
        let named = long("Le groupe Trigano a été victime d'une cyberattaque.");
        assert!(!a_rubric(&opener("Trigano"), title, &named));
        // A teaser too short to name it again (fifteenth split).
        let title = "Intraverse : 16,9 millions d’entrées exposées";
        assert!(!a_rubric(
            &opener("Intraverse"),
            title,
            "Un pirate diffuse une base."
        ));
        // No colon.
        let title = "Exclu RTL des milliers d'entreprises victimes";
        assert!(!a_rubric(&opener("Exclu RTL"), title, &text));
    }
}

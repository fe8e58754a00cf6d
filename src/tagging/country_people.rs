//! Country mentions that name people, a dateline or a saint, not where the victim is
//! (`../shared/TAGGING.md`: "The attacker's country, the investigator's country and a country
//! mentioned in passing are not targets"):
//! - a nationality of people: "12 Chinese nationals", "Chinese and Russian state actors",
//!   "Ukrainian police", « les enquêteurs français » reads from the word before;
//! - where a suspect was arrested: "arrested in Ukraine", « interpellé en Espagne »;
//! - a dateline: "THE HAGUE, Nov 28, 2023 (AFP) –" says where the story was written;
//! - a saint's name after an institution: "CHU Saint-Pierre" (Brussels), « collège Sainte-Marie ».
//!
//! Everything here reads the folded text (lower case, no accents).
use super::fold::is_word_char;
use super::suggest::Via;

/// Words after a demonym that make it the nationality of people who are not the victim.
#[rustfmt::skip]
const PEOPLE_AFTER: &[&str] = &[
    "nationals", "national", "citizens", "citizen", "actors", "police", "authorities",
    "prosecutors", "investigators", "ressortissants", "ressortissant", "ressortissante",
    "ressortissantes", "nationality",
];

/// Words before a demonym with the same effect (« les enquêteurs français »).
#[rustfmt::skip]
const PEOPLE_BEFORE: &[&str] = &[
    "enqueteurs", "policiers", "autorites", "ressortissants", "ressortissant", "gendarmes",
    // « 38 individus, tous de nationalité nigériane » (nineteenth split: the suspects arrested
    // in Togo), "of Nigerian nationality" after it.
    "nationalite",
];

/// Verbs of an arrest; the country after them and "in"/"en" is where the suspect was taken.
#[rustfmt::skip]
pub(crate) const ARREST: &[&str] = &[
    "arrested", "detained", "apprehended", "extradited", "raided", "arrete", "arretes",
    "arretee", "interpelle", "interpelles", "interpellee", "extrade",
];

/// Prepositions between an arrest verb and its place.
const ARREST_PLACE: &[&str] = &["in", "en", "au", "aux", "from"];

/// Institutions named after a saint: the saint after them is no place.
#[rustfmt::skip]
const SAINT_NAMED: &[&str] = &[
    "chu", "hopital", "clinique", "college", "lycee", "ecole", "institut", "hospital", "clinic",
    "centre", "universite", "church", "eglise",
];

/// Agencies whose name in brackets closes a dateline.
const AGENCIES: &[&str] = &[
    "(afp)",
    "(reuters)",
    "(ap)",
    "(belga)",
    "(ats)",
    "(dpa)",
    "(ansa)",
];

/// Months, whose name after a place and a comma makes a dateline.
#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre",
];

/// True when the country at `start..end` (folded) names people, an arrest's place, a dateline
/// or a saint, not where the victim is.
pub(crate) fn not_a_place_of_victims(text: &str, start: usize, end: usize, via: Via) -> bool {
    let before = words(text[..start].rsplit(|c: char| !is_word_char(c)), 2);
    let after = words(text[end..].split(|c: char| !is_word_char(c)), 2);
    let people = via == Via::Demonym
        && (after.iter().any(|w| PEOPLE_AFTER.contains(w))
            || before.first().is_some_and(|w| PEOPLE_BEFORE.contains(w)));
    let arrest = before.first().is_some_and(|w| ARREST_PLACE.contains(w))
        && before.get(1).is_some_and(|w| ARREST.contains(w));
    let saint = (text[start..end].starts_with("saint") || text[start..end].starts_with("st-"))
        && before.first().is_some_and(|w| SAINT_NAMED.contains(w))
        && !text[..start].trim_end().ends_with(" de");
    people || arrest || saint || dateline(text, start, end)
}

/// Up to `n` non-empty words from `it`.
fn words<'a>(it: impl Iterator<Item = &'a str>, n: usize) -> Vec<&'a str> {
    it.filter(|w| !w.is_empty()).take(n).collect()
}

/// True when the place opens the text and a comma, then a month or an agency, follow it.
fn dateline(text: &str, start: usize, end: usize) -> bool {
    if !text[..start].trim().is_empty() || !text[end..].starts_with(',') {
        return false;
    }
    let mut to = (end + 40).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let next = &text[end + 1..to];
    AGENCIES.iter().any(|a| next.contains(a))
        || next
            .split(|c: char| !is_word_char(c))
            .find(|w| !w.is_empty())
            .is_some_and(|w| MONTHS.contains(&w.trim_end_matches('.')))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skip(text: &str, word: &str, via: Via) -> bool {
        let start = text.find(word).unwrap();
        not_a_place_of_victims(text, start, start + word.len(), via)
    }

    #[test]
    fn people_arrests_datelines_and_saints_are_no_victim_country() {
        assert!(skip(
            "us indicts 12 chinese nationals for",
            "chinese",
            Via::Demonym
        ));
        assert!(skip(
            "both chinese and russian state actors",
            "russian",
            Via::Demonym
        ));
        assert!(skip(
            "key ransomware suspect arrested in ukraine",
            "ukraine",
            Via::Name
        ));
        assert!(skip(
            "un suspect interpelle en espagne",
            "espagne",
            Via::Name
        ));
        assert!(skip(
            "the hague, nov 28, 2023 (afp) - police",
            "the hague",
            Via::City
        ));
        assert!(skip(
            "les urgences du chu saint-pierre fermees",
            "saint-pierre",
            Via::City
        ));
        assert!(!skip(
            "a british company targeted by hackers",
            "british",
            Via::Demonym
        ));
        assert!(!skip(
            "le chu de saint-etienne victime",
            "saint-etienne",
            Via::City
        ));
        assert!(!skip("hospitals in ukraine were hit", "ukraine", Via::Name));
        assert!(!skip("paris, la mairie a ete piratee", "paris", Via::City));
    }
}

//! A country the text places the victims in (`../shared/TAGGING.md`: the victims' own country),
//! even in a story told from the attackers' or the police's side:
//! - a place preposition after the victims: « des centaines de victimes en France », « ils ont
//!   ciblé leurs victimes au Cameroun », "hundreds of victims in the U.S.", "most of these
//!   targets were located in the U.S.";
//! - a people the victims mostly are: « Leurs victimes, principalement des Américains et des
//!   Français », "the victims, mostly Americans";
//! - the rest of a list the first country opens: « des victimes aux États-Unis, au Canada et au
//!   Royaume-Uni », "victims in the U.S. and other countries, including United Kingdom, Israel".
//!
//! Everything here reads the folded text (lower case, no accents).
use super::fold::is_word_char;
use super::suggest::Via;

/// The victims, as the press calls them.
const VICTIMS: &[&str] = &["victims", "victimes", "cibles", "targets"];

/// Prepositions that put the victims in a place.
const IN_A_PLACE: &[&str] = &["in", "en", "au", "aux", "dans", "across", "a"];

/// Words that seat the victims before the preposition ("targets were located in the U.S.").
#[rustfmt::skip]
const SEATED: &[&str] = &[
    "located", "based", "situees", "situes", "localisees", "localises", "basees", "bases",
];

/// Words between the victims and how they are seated or what they mostly are.
#[rustfmt::skip]
const COPULAS: &[&str] = &[
    "were", "are", "was", "is", "sont", "etaient", "etant", "being", "leurs", "their", "these",
    "ces", "the", "les",
];

/// Words that say what the victims mostly are: a people after them is theirs.
#[rustfmt::skip]
const MOSTLY: &[&str] = &[
    "principalement", "surtout", "essentiellement", "majoritairement", "notamment", "mostly",
    "mainly", "largely", "primarily", "chiefly",
];

/// Articles between the preposition or the adverb and the country.
const ARTICLES: &[&str] = &["the", "l", "la", "le", "les", "des", "d"];

/// Words that join a list of countries: "the U.S. and other countries, including United Kingdom,
/// Israel, Russia and even Iran", « aux États-Unis, au Canada et au Royaume-Uni ».
#[rustfmt::skip]
const LIST_GLUE: &[&str] = &[
    "and", "et", "or", "ou", "au", "aux", "en", "in", "a", "the", "l", "la", "le", "des", "d",
    "other", "countries", "including", "notamment", "dont", "even", "meme", "autres", "pays",
];

/// How far back (bytes) the victims' word may stand before the country.
const REACH: usize = 80;

/// True when the country at folded `start` is where the text places the victims: after the
/// victims' word and a place preposition, or (a people) after the word that says what they
/// mostly are.
pub(crate) fn victims_there(text: &str, start: usize, via: Via) -> bool {
    let before = words_before(text, start);
    let mut words = before.iter().map(String::as_str).peekable();
    if via == Via::Demonym {
        // « principalement des Américains », "mostly Americans".
        while words.next_if(|w| ARTICLES.contains(w)).is_some() {}
        if words.next_if(|w| MOSTLY.contains(w)).is_none() {
            return false;
        }
    } else {
        while words.next_if(|w| ARTICLES.contains(w)).is_some() {}
        if words.next_if(|w| IN_A_PLACE.contains(w)).is_none() {
            return false;
        }
        words.next_if(|w| SEATED.contains(w));
    }
    while words.next_if(|w| COPULAS.contains(w)).is_some() {}
    words.next().is_some_and(|w| VICTIMS.contains(&w))
}

/// True when only list words and commas stand between a country the victims are placed in and
/// the next: that one is theirs too.
pub(crate) fn continues_the_list(text: &str, previous_end: usize, start: usize) -> bool {
    previous_end <= start
        && start - previous_end <= REACH
        && text[previous_end..start]
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .all(|w| LIST_GLUE.contains(&w))
        && !text[previous_end..start].contains(['.', ';', ':', '!', '?'])
}

/// The words before `at` in its sentence (commas do not stop them: « Leurs victimes,
/// principalement des Américains »), nearest first, within [`REACH`] bytes.
fn words_before(text: &str, at: usize) -> Vec<String> {
    let mut floor = at.saturating_sub(REACH);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let clause = floor
        + text[floor..at]
            .rfind(['.', ';', ':', '!', '?', '(', ')'])
            .map_or(0, |i| i + 1);
    text[clause..at]
        .rsplit(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn there(text: &str, word: &str, via: Via) -> bool {
        victims_there(text, text.find(word).unwrap(), via)
    }

    #[test]
    fn a_place_preposition_after_the_victims_places_them() {
        assert!(there(
            "ces criminels sans scrupules ont cible leurs victimes au cameroun en leur promettant",
            "cameroun",
            Via::Name
        ));
        assert!(there(
            "most of these targets were located in the u.s. within the financial sector",
            "u.s.",
            Via::Name
        ));
        assert!(there(
            "pour des centaines de victimes en france, ciblees par un reseau",
            "france",
            Via::Name
        ));
        // Near misses: the suspects arrested there, the victims' word far from the place.
        assert!(!there(
            "les suspects ont ete arretes au cameroun",
            "cameroun",
            Via::Name
        ));
        assert!(!there(
            "les victimes ont porte plainte aupres de la police en france",
            "france",
            Via::Name
        ));
    }

    #[test]
    fn a_people_the_victims_mostly_are_is_theirs() {
        let text = "leurs victimes, principalement des americains et des francais auraient ete";
        assert!(there(text, "americains", Via::Demonym));
        // Not the victims of a people: « victimes des Russes » names the attackers.
        assert!(!there(
            "ils sont victimes des russes",
            "russes",
            Via::Demonym
        ));
    }

    #[test]
    fn the_list_a_placed_country_opens_is_placed_too() {
        let text = "a des victimes aux etats-unis, au canada et au royaume-uni. l'arrestation";
        let us_end = text.find("etats-unis").unwrap() + "etats-unis".len();
        assert!(continues_the_list(
            text,
            us_end,
            text.find("canada").unwrap()
        ));
        let text = "victims in the u.s. and other countries, including united kingdom, israel";
        let us_end = text.find("u.s.").unwrap() + "u.s.".len();
        assert!(continues_the_list(
            text,
            us_end,
            text.find("united").unwrap()
        ));
        // A new clause after a full stop is not the list.
        let text = "victims in the u.s. and the rest. the suspect lived in romania";
        let us_end = text.find("u.s.").unwrap() + "u.s.".len();
        assert!(!continues_the_list(
            text,
            us_end,
            text.find("romania").unwrap()
        ));
    }
}

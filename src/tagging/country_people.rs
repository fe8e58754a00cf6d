//! Country mentions that name people, a dateline or a saint, not where the victim is
//! (`../shared/TAGGING.md`: "The attacker's country, the investigator's country and a country
//! mentioned in passing are not targets"):
//! - a nationality of people: "12 Chinese nationals", "Chinese and Russian state actors",
//!   "Ukrainian police", « les enquêteurs français » reads from the word before;
//! - where a suspect was arrested: "arrested in Ukraine", « interpellé en Espagne »;
//! - a dateline: "THE HAGUE, Nov 28, 2023 (AFP) –" says where the story was written;
//! - a saint's name after an institution: "CHU Saint-Pierre" (Brussels), « collège Sainte-Marie »;
//! - the countries of the agencies that act, listed after them: "Authorities from Czechia, France,
//!   Germany, Italy, Spain, the United States, and other countries conducted 24 house searches",
//!   "investigators from France, Germany, Norway and the United States were deployed to Kyiv";
//! - a currency: "a US$60,000 ransom", "HK$200 million", « 1,4 M$ US », « dollars américains ».
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
    // "DOJ charges Russian officers for hacking e-mail accounts" (twenty-first split: the
    // intelligence officers charged, Yahoo the victim); "Russian intelligence officers".
    "officers", "officer",
    // Armed forces are a country's agents, in a war that cyberattacks go with: "As Russian
    // military forces failed to meet their military objectives…" (CISA's GRU advisory, the
    // fixture feeds), "the Russian armed forces started launching missile strikes" (fifteenth
    // split); the word after « military » or « armed » is read too.
    "forces", "troops", "soldiers", "army",
    // "A 17-year-old UK teen was arrested" (unseen split), "Russian man accused of being
    // connected to … ransomware gang", "Iranian men": over every read split, a people's
    // adjective before a person was a suspect's nationality each of the 11 times.
    "teen", "teens", "teenager", "teenagers", "man", "men", "woman", "women",
];

/// Countries' short names, folded, that the English press writes before a noun as a people's
/// adjective ("UK police", "a US national").
const SHORT_NAMES: &[&str] = &["us", "uk", "u.s.", "u.k."];

/// The words of `PEOPLE_AFTER` that name a country's people at large.
const CITIZENS: &[&str] = &[
    "nationals",
    "national",
    "citizens",
    "citizen",
    "nationality",
];

/// Words before a demonym with the same effect (« les enquêteurs français »).
#[rustfmt::skip]
const PEOPLE_BEFORE: &[&str] = &[
    "enqueteurs", "policiers", "autorites", "ressortissants", "ressortissant", "gendarmes",
    "officiers",
    // « l'armée russe a combiné ses tirs de missiles avec des cyberattaques », « les troupes
    // russes » (the same, in French).
    "armee", "troupes", "soldats",
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

/// The arrests and searches themselves, named by a noun: "led to nine arrests in the
/// Netherlands" (twenty-fourth split: a phishing gang whose victims were Belgian), « des
/// interpellations en Espagne ».
#[rustfmt::skip]
const ARREST_NOUNS: &[&str] = &[
    "arrests", "arrest", "arrestations", "arrestation", "interpellations", "interpellation",
    "raids", "perquisitions", "searches",
];

/// Articles between an arrest's preposition and its place ("in the Netherlands").
const PLACE_ARTICLES: &[&str] = &["the", "l", "la", "le", "les"];

/// Agencies and officials, then the word that opens the list of their countries: "authorities
/// from Czechia, France, Germany…", « des enquêteurs venus de France et d'Allemagne ».
#[rustfmt::skip]
const AGENTS_FROM: &[&str] = &[
    "authorities from", "investigators from", "police from", "law enforcement from",
    "agencies from", "prosecutors from", "officers from", "police forces from",
    // Not « les autorités de la Côte d'Ivoire »: the local authorities, often where the story is.
    "enqueteurs venus de", "enqueteurs venus d", "enqueteurs venus des", "policiers venus de",
    "policiers venus d", "policiers venus des", "polices de", "polices d", "polices des",
];

/// How far back (bytes) the list of an agencies' countries may open.
const AGENTS_LIST_BYTES: usize = 120;

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
    // The short names are the English press's adjectives too ("UK police", "a UK teen"), but
    // not of the citizens whose data is taken ("the stolen personal data of 200 million U.S.
    // citizens", twenty-fourth split).
    let short = via == Via::Name && SHORT_NAMES.contains(&&text[start..end]);
    let people = (via == Via::Demonym
        && (after.iter().any(|w| PEOPLE_AFTER.contains(w))
            || before.first().is_some_and(|w| PEOPLE_BEFORE.contains(w))))
        || (short
            && after
                .iter()
                .any(|w| PEOPLE_AFTER.contains(w) && !CITIZENS.contains(w)));
    let arrest = arrest_place(text, start);
    let saint = (text[start..end].starts_with("saint") || text[start..end].starts_with("st-"))
        && before.first().is_some_and(|w| SAINT_NAMED.contains(w))
        && !text[..start].trim_end().ends_with(" de");
    // « une arnaque à la nigériane », « à l'américaine »: a manner, not a place (a place takes
    // « en », « au », « à » without an article's « la » before a people's adjective).
    let manner = via == Via::Demonym
        && before.first().is_some_and(|w| matches!(*w, "la" | "l"))
        && before.get(1) == Some(&"a");
    people
        || arrest
        || manner
        || saint
        || dateline(text, start, end)
        || text[end..].starts_with('$')
        // « une rançon de 1,4 M$ US », « 5 millions de dollars américains »: the currency's.
        || text[..start].trim_end().ends_with('$')
        || before.first().is_some_and(|w| matches!(*w, "dollars" | "dollar"))
        || (via == Via::Name && agents_country(text, start))
}

/// True when the place at `start` follows an arrest verb or noun and a place preposition, an
/// article between them allowed: « interpellé en Espagne », "arrests in the Netherlands".
fn arrest_place(text: &str, start: usize) -> bool {
    let before = words(text[..start].rsplit(|c: char| !is_word_char(c)), 3);
    let skip = usize::from(before.first().is_some_and(|w| PLACE_ARTICLES.contains(w)));
    before.get(skip).is_some_and(|w| ARREST_PLACE.contains(w))
        && before
            .get(skip + 1)
            .is_some_and(|w| ARREST.contains(w) || ARREST_NOUNS.contains(w))
}

/// True when the country at `start` stands in the list of countries that opens right after
/// agencies or officials (`AGENTS_FROM`): every item between is a name of at most three words
/// (« la », "the" included), separated by commas, "and" or « et ».
fn agents_country(text: &str, start: usize) -> bool {
    let mut floor = start.saturating_sub(AGENTS_LIST_BYTES);
    while !text.is_char_boundary(floor) {
        floor += 1;
    }
    let before = &text[floor..start];
    AGENTS_FROM.iter().any(|cue| {
        let Some(at) = before.rfind(cue) else {
            return false;
        };
        // The cue is whole words: "police from" is not "apolice from".
        if before[..at].chars().next_back().is_some_and(is_word_char) {
            return false;
        }
        let gap = &before[at + cue.len()..];
        let opens = gap.starts_with([' ', '\'', '\u{2019}']);
        opens
            && gap
                .chars()
                .all(|c| is_word_char(c) || " ,'\u{2019}-".contains(c))
            && gap
                .split(',')
                .flat_map(|item| item.split(" and "))
                .flat_map(|item| item.split(" et "))
                .all(|item| item.split_whitespace().count() <= 3)
    })
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
    }

    #[test]
    fn the_agencies_countries_officers_and_currencies_are_no_victim_country() {
        // Twenty-first split: the countries of the police that act against NoName057(16).
        let list = "authorities from czechia, france, germany, italy, spain, the united states, \
                    and other countries conducted 24 house searches";
        for country in ["czechia", "france", "italy", "spain", "united states"] {
            assert!(skip(list, country, Via::Name), "{country}");
        }
        // Fifth split, and its French wording.
        assert!(skip(
            "more than 20 investigators from france, germany, norway and the united states were \
             deployed to kyiv",
            "united states",
            Via::Name
        ));
        assert!(skip(
            "des enqueteurs venus de france, d'allemagne et de norvege ont ete deployes",
            "allemagne",
            Via::Name
        ));
        // Twenty-first split: the officers charged, and a ransom's currency.
        assert!(skip(
            "doj charges russian officers for hacking e-mail accounts",
            "russian",
            Via::Demonym
        ));
        assert!(skip(
            "des officiers russes inculpes pour le piratage",
            "russes",
            Via::Demonym
        ));
        assert!(skip(
            "faces a new friday deadline for a us$60,000 ransom",
            "us",
            Via::Name
        ));
        // Near misses: the victims' countries listed, a clause between the agencies and the
        // country, the local authorities, a country before a dollar amount written apart.
        assert!(!skip(
            "hospitals in france, germany and italy were hit by ransomware",
            "germany",
            Via::Name
        ));
        assert!(!skip(
            "police from the county said hackers had hit servers in germany",
            "germany",
            Via::Name
        ));
        assert!(!skip(
            "les autorites de cote d'ivoire ont ete visees",
            "cote d'ivoire",
            Via::Name
        ));
        assert!(!skip(
            "a us hospital paid $60,000 to the hackers",
            "us",
            Via::Name
        ));
        assert!(!skip("paris, la mairie a ete piratee", "paris", Via::City));
    }
}

//! An institution named in either language: « le ministère britannique de la Défense » and "the
//! Ministry of Defence", « Affaires mondiales Canada » and "Global Affairs Canada", « la commission
//! électorale » and "the Electoral Commission", « l'agence canadienne de renseignement financier »
//! and "Canada's financial intelligence agency". Neither name is a proper noun the other report
//! writes (the head is lowercase in one language, the words translated), and the victim finder
//! knows none of them; but each is a run of words that translate one by one, in another order.
//! A run read through a small bilingual glossary of institutions' words ([`GLOSSARY`]) gives the
//! same words in either language: that set, sorted, is the institution's key.
use super::profile::{self, Profile};
use crate::tagging::WordHash;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Words a name is made of (a head and what tells it from others of its kind) in French and in
/// English, folded, each with the English word both languages share. Only institutions' words: a
/// run of them is a name, not a sentence ("data breach", « services publics » hold no head). A
/// service is no head: "Ireland's health service" and "the health service of the New Zealand
/// district" are the kind of victim, said of every country's ([`super::setting`]).
const GLOSSARY: &[(&str, &str)] = &[
    // Heads: what kind of body.
    ("ministere", "ministry"),
    ("ministeres", "ministry"),
    ("ministry", "ministry"),
    ("ministries", "ministry"),
    ("commission", "commission"),
    ("agence", "agency"),
    ("agency", "agency"),
    ("centre", "centre"),
    ("center", "centre"),
    ("bureau", "office"),
    ("office", "office"),
    ("autorite", "authority"),
    ("authority", "authority"),
    ("departement", "department"),
    ("department", "department"),
    ("conseil", "council"),
    ("council", "council"),
    ("chambre", "house"),
    ("house", "house"),
    ("cour", "court"),
    ("court", "court"),
    ("tribunal", "court"),
    ("parlement", "parliament"),
    ("parliament", "parliament"),
    ("hopital", "hospital"),
    ("hospital", "hospital"),
    ("universite", "university"),
    ("university", "university"),
    ("unite", "unit"),
    ("unit", "unit"),
    ("institut", "institute"),
    ("institute", "institute"),
    ("affaires", "affairs"),
    ("affairs", "affairs"),
    ("musee", "museum"),
    ("musees", "museum"),
    ("museum", "museum"),
    ("museums", "museum"),
    ("bibliotheque", "library"),
    ("library", "library"),
    ("datacenter", "centre"),
    // « la Banque de l'Ouganda », "the Bank of Uganda", "Uganda's central bank".
    ("banque", "bank"),
    ("bank", "bank"),
    // What tells one body from another of its kind.
    ("defense", "defence"),
    ("defence", "defence"),
    ("interieur", "interior"),
    ("interior", "interior"),
    ("etrangeres", "foreign"),
    ("foreign", "foreign"),
    ("justice", "justice"),
    ("finances", "finance"),
    ("finance", "finance"),
    ("financier", "financial"),
    ("financiere", "financial"),
    ("financieres", "financial"),
    ("financial", "financial"),
    ("renseignement", "intelligence"),
    ("intelligence", "intelligence"),
    ("electoral", "electoral"),
    ("electorale", "electoral"),
    ("mondiales", "global"),
    ("global", "global"),
    ("donnees", "data"),
    ("data", "data"),
    ("national", "national"),
    ("nationale", "national"),
    ("nationaux", "national"),
    ("federal", "federal"),
    ("federale", "federal"),
    ("communes", "commons"),
    ("commons", "commons"),
    ("sante", "health"),
    ("health", "health"),
    ("securite", "security"),
    ("security", "security"),
    ("cybersecurite", "cybersecurity"),
    ("cybersecurity", "cybersecurity"),
    ("education", "education"),
    ("travail", "labour"),
    ("labour", "labour"),
    ("armees", "armed"),
    ("armed", "armed"),
    ("analyse", "analysis"),
    ("analysis", "analysis"),
    ("public", "public"),
    ("publique", "public"),
    ("centrale", "central"),
    ("central", "central"),
    // A tax body: « l'Agence du revenu du Canada », "the Canada Revenue Agency"; « Revenu
    // Québec »; « direction générale des Finances publiques » is finance's.
    ("revenu", "revenue"),
    ("revenue", "revenue"),
    ("impots", "tax"),
    ("fiscale", "tax"),
    ("tax", "tax"),
];

/// [`GLOSSARY`] by its first word: every word of every title and lead a fetch profiles is looked
/// up, and a scan of the list for each was a tenth of a profile's cost (benches/stories_cpu.rs).
/// Hashed as the country table is ([`WordHash`]): SipHash was 2% of a profile (callgrind).
static ENGLISH: LazyLock<HashMap<&str, &str, WordHash>> =
    LazyLock::new(|| GLOSSARY.iter().copied().collect());

/// True when `word` (folded) is a word of [`GLOSSARY`]: a word of an institution's name.
pub fn is_glossed(word: &str) -> bool {
    ENGLISH.contains_key(word)
}

/// The lengths of [`GLOSSARY`]'s words: a word of another length (« de », "the", most of a
/// text's words) is not looked up.
const SHORTEST: usize = glossary_length(false);
const LONGEST: usize = glossary_length(true);

const fn glossary_length(longest: bool) -> usize {
    let mut out = GLOSSARY[0].0.len();
    let mut i = 1;
    while i < GLOSSARY.len() {
        let len = GLOSSARY[i].0.len();
        if (len > out) == longest && len != out {
            out = len;
        }
        i += 1;
    }
    out
}

/// The heads of [`GLOSSARY`]: a run holding none names no body.
const HEADS: &[&str] = &[
    "ministry",
    "commission",
    "agency",
    "centre",
    "office",
    "authority",
    "department",
    "council",
    "house",
    "court",
    "parliament",
    "hospital",
    "university",
    "unit",
    "institute",
    "affairs",
    "museum",
    "library",
    "bank",
];

/// Heads of a body each country has one of: its parliament, its central bank (« la Banque de
/// France », "the Bank of Uganda"). Named by the country alone (« le Parlement finlandais », "the
/// Finnish Parliament"), the country tells it: its code is the telling word. A ministry, an
/// agency, a court are many in one country: the country alone tells none of them.
const ONE_PER_COUNTRY: &[&str] = &["parliament", "bank"];

/// Words said of bodies of every kind: with a head alone they tell none ("public service", « centre
/// national »).
const GENERIC: &[&str] = &["public", "national", "federal"];

/// Words that join a name's words (« ministère de la Défense », "Ministry of Defence"), read
/// through, never kept.
const JOINERS: &[&str] = &[
    "de", "du", "des", "la", "le", "les", "of", "the", "and", "et",
];

/// A run of more words lists bodies (« ministères de la Défense, des Affaires étrangères et de
/// la Justice »): no one name.
const MOST_WORDS: usize = 5;

/// The institutions `folded` (the title's and lead's folded words, space-separated) names, each
/// as its sorted English words ("defence ministry"); a country's word (`britannique`, `canada`,
/// `indonesia`, `country` gives its code) is read through and left out: where the body is set is
/// [`Profile::places`]; unless it is all that tells a body each country has one of
/// ([`ONE_PER_COUNTRY`]): « la Banque de l'Ouganda » is `bank ug`.
pub fn named_in<'c>(folded: &str, country: impl Fn(&str) -> Option<&'c str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut run: Vec<&'static str> = Vec::new();
    // The country the run's words named, if any.
    let mut set: Option<&'c str> = None;
    let mut close = |run: &mut Vec<&'static str>, set: &mut Option<&'c str>| {
        run.sort_unstable();
        run.dedup();
        let told = |w: &&str| !HEADS.contains(w) && !GENERIC.contains(w);
        let key = if run.len() > MOST_WORDS || !run.iter().any(|w| HEADS.contains(w)) {
            None
        } else if run.iter().any(told) {
            Some(run.join(" "))
        } else if let (Some(code), [head]) = (*set, run.as_slice())
            && ONE_PER_COUNTRY.contains(head)
        {
            Some(format!("{head} {}", code.to_ascii_lowercase()))
        } else {
            None
        };
        if let Some(key) = key
            && !out.contains(&key)
        {
            out.push(key);
        }
        run.clear();
        *set = None;
    };
    // A country's word is looked up only beside a run (after its first word, or as the word
    // before it: « finnish parliament »), not for every word of the text.
    let mut previous = "";
    let country_of = |w: &str| country(w.strip_suffix("'s").unwrap_or(w));
    for word in profile::spaced_words(folded).map(profile::without_elision) {
        let glossed = (SHORTEST..=LONGEST).contains(&word.len());
        if let Some(&english) = glossed.then(|| ENGLISH.get(word)).flatten() {
            if run.is_empty() {
                set = country_of(previous);
            }
            run.push(english);
            // « datacenter » is "data centre" in one word.
            if word == "datacenter" {
                run.push("data");
            }
        } else if run.is_empty() {
            // No run to close or to read through.
        } else if JOINERS.contains(&word) {
            // Read through.
        } else if let Some(code) = country_of(word) {
            // A country's word after the body ("the bank of uganda's systems").
            set = set.or(Some(code));
        } else {
            close(&mut run, &mut set);
        }
        previous = word;
    }
    close(&mut run, &mut set);
    out
}

/// The index keys of a profile's institutions: each one's, and, for one of three words or more,
/// each of its names one word shorter ("national data centre" is found by "data centre", which
/// another report writes « centre de données indonésien »).
pub fn keys(p: &Profile) -> Vec<u64> {
    let mut keys = Vec::new();
    for name in &p.institutions {
        keys.push(profile::key(b'i', name.as_bytes()));
        let words: Vec<&str> = name.split(' ').collect();
        if words.len() >= 3 {
            for skip in 0..words.len() {
                let shorter: Vec<&str> = words
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != skip)
                    .map(|(_, w)| *w)
                    .collect();
                keys.push(profile::key(b'i', shorter.join(" ").as_bytes()));
            }
        }
    }
    keys
}

/// The institutions two reports both name: the same words, or one name one word shorter than the
/// other's (« centre de données » beside "national data centre"), the shorter kept. None when
/// both are set somewhere and not in one country: « le ministère néerlandais de la Défense » is
/// not "the UK Ministry of Defence".
pub fn shared(a: &Profile, b: &Profile) -> Vec<String> {
    if !a.places.is_empty()
        && !b.places.is_empty()
        && !a.places.iter().any(|p| b.places.contains(p))
    {
        return Vec::new();
    }
    let mut out = Vec::new();
    for x in &a.institutions {
        for y in &b.institutions {
            let short = if x.len() <= y.len() { x } else { y };
            if same(x, y) && !out.contains(short) {
                out.push(short.clone());
            }
        }
    }
    out
}

/// True when two institutions' names are one body's: the same words, or one name one word
/// shorter than the other's.
pub fn same(x: &str, y: &str) -> bool {
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    let (s, l): (Vec<&str>, Vec<&str>) = (short.split(' ').collect(), long.split(' ').collect());
    l.len() <= s.len() + 1 && s.iter().all(|w| l.contains(w))
}

/// True when the folded words `chosen` (a title's names, or an untitled item's address) say every
/// word of `institution`, in either language: "…/canada-revenue-agency-suspends-online-services…"
/// chose "agency revenue" for its subject.
pub fn titled(chosen: &[String], institution: &str) -> bool {
    institution.split(' ').all(|w| {
        chosen
            .iter()
            .any(|n| ENGLISH.get(profile::without_elision(n)) == Some(&w))
    })
}

#[cfg(test)]
mod tests {
    use super::named_in;

    fn place(w: &str) -> Option<&'static str> {
        match w {
            "britannique" | "uk" => Some("GB"),
            "canada" | "canadienne" => Some("CA"),
            "indonesia" => Some("ID"),
            "ouganda" | "uganda" => Some("UG"),
            "finlandais" | "finnish" => Some("FI"),
            _ => None,
        }
    }

    #[test]
    fn one_institution_in_two_languages_has_one_name() {
        // Folded words, as the profile reads them.
        for (fr, en) in [
            (
                "le ministere britannique de la defense a ete la cible",
                "after the ministry of defence third-party payroll",
            ),
            (
                "affaires mondiales canada enquete sur une breche",
                "global affairs canada investigates major data breach",
            ),
            (
                "la commission electorale du royaume-uni affirme",
                "the electoral commission said unspecified hostile actors",
            ),
            (
                "l'agence canadienne de renseignement financier affirme",
                "canada financial intelligence agency says",
            ),
        ] {
            let (fr, en) = (named_in(fr, place), named_in(en, place));
            assert!(!fr.is_empty() && fr == en, "{fr:?} {en:?}");
        }
    }

    #[test]
    fn a_body_each_country_has_one_of_is_told_by_its_country() {
        for (fr, en) in [
            (
                "ont subtilise des millions de dollars a la banque de l'ouganda",
                "accessed the bank of uganda's it systems",
            ),
            (
                "le parlement finlandais vise par une cyberattaque",
                "the finnish parliament was hit",
            ),
        ] {
            let (fr, en) = (named_in(fr, place), named_in(en, place));
            assert!(!fr.is_empty() && fr == en, "{fr:?} {en:?}");
        }
        assert_eq!(named_in("the bank of uganda", place), ["bank ug"]);
        // A ministry, an agency: a country has many; its word alone tells none.
        assert!(named_in("le ministere britannique a confirme", place).is_empty());
        assert!(named_in("a canadian agency said", place).is_empty());
        // A bank no country tells is none; a central bank is one by its word.
        assert!(named_in("a bank in the city", place).is_empty());
        assert_eq!(
            named_in("the central bank of uganda", place),
            ["bank central"]
        );
    }

    #[test]
    fn words_of_no_body_and_lists_of_bodies_are_no_name() {
        // No head: a kind of data, public services.
        assert!(named_in("une violation de donnees personnelles", place).is_empty());
        assert!(named_in("perturbe les services publics critiques", place).is_empty());
        // A head alone, or with a word said of bodies of every kind.
        assert!(named_in("un communique du ministere indique", place).is_empty());
        assert!(named_in("a public service announcement", place).is_empty());
        // Six words of bodies listed: no one name.
        let listed = "ministeres de la defense des affaires etrangeres et de la justice et de la sante publique";
        assert!(named_in(listed, place).is_empty());
    }
}

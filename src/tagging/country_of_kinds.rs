//! A victim's country from the kind of institution its name says it is, when the text names no
//! country: only one country's administration has school districts and sheriff's offices (the
//! United States), cégeps, school service centres and « paroisses » as municipalities (Quebec),
//! NHS trusts and academy trusts (England), « administrations communales » and CPAS (Belgium),
//! « mairies » (France). "Black River Falls School District", « Cégep de Saint-Félicien »,
//! "Barts Health NHS Trust", « Administration communale de Colfontaine »: the regional press
//! names the victim this way and its country nowhere (`../shared/TAGGING.md`: the country of
//! the victim, from what the text says of it).
//!
//! The table is curated from each country's own names for its institutions, not from any split:
//! kinds shared by two countries are left out (« CHU » and « centre hospitalier » are Belgian and
//! Quebec too, « municipalité » Swiss, "credit union" and "borough council" British, Canadian,
//! Irish and American, "township" Quebec's "Eastern Townships").

use super::article_kind::ArticleKind;
use super::fold::{fold, is_word_char};
use super::resolve::Kind;
use super::suggest::{Confidence, Evidence, Field, Suggestions};

/// Where a kind of institution stands in a name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum At {
    /// Anywhere ("Highlands County Sheriff's Office", « Commission scolaire Eastern Townships »).
    Anywhere,
    /// Only opening the name: « Paroisse de Plessisville », « Mairie de Franquevielle » (not "the
    /// Mairie parking lot" inside another's name, nor « Église de la Paroisse »).
    First,
}

/// A kind of institution (folded words) and the one country that has it.
#[rustfmt::skip]
const KINDS: &[(&[&str], At, &str)] = &[
    (&["school", "district"], At::Anywhere, "US"),
    (&["federal", "credit", "union"], At::Anywhere, "US"),
    (&["sheriff's", "office"], At::Anywhere, "US"),
    (&["sheriffs", "office"], At::Anywhere, "US"),
    (&["sheriff", "office"], At::Anywhere, "US"),
    (&["sheriff's", "department"], At::Anywhere, "US"),
    (&["isd"], At::Anywhere, "US"),
    (&["cisd"], At::Anywhere, "US"),
    (&["cegep"], At::Anywhere, "CA"),
    (&["commission", "scolaire"], At::Anywhere, "CA"),
    (&["centre", "de", "services", "scolaire"], At::Anywhere, "CA"),
    (&["centre", "de", "services", "scolaires"], At::Anywhere, "CA"),
    (&["css"], At::First, "CA"),
    (&["cisss"], At::Anywhere, "CA"),
    (&["ciusss"], At::Anywhere, "CA"),
    (&["mrc"], At::First, "CA"),
    (&["paroisse"], At::First, "CA"),
    (&["centre", "de", "la", "petite", "enfance"], At::Anywhere, "CA"),
    (&["caisse", "populaire"], At::Anywhere, "CA"),
    (&["caisses", "populaires"], At::Anywhere, "CA"),
    (&["nhs"], At::Anywhere, "GB"),
    (&["academy", "trust"], At::Anywhere, "GB"),
    (&["administration", "communale"], At::Anywhere, "BE"),
    (&["cpas"], At::First, "BE"),
    (&["intercommunale"], At::First, "BE"),
    (&["mairie"], At::First, "FR"),
    (&["syndicat", "intercommunal"], At::First, "FR"),
];

/// "County" names an American county ("Rock County", "Twin Falls County"), but not a British or
/// Irish county council ("Kent County Council"), nor a county the British and Irish way, the word
/// first ("the U.K. county of Kent", twentieth split; "County Durham", "County Cork").
const COUNTY: &str = "county";

/// The country a victim's name gives by its kind of institution, if one does.
pub(crate) fn country_of_kind(name: &str) -> Option<&'static str> {
    let folded = fold(name).replace('’', "'");
    let words: Vec<&str> = folded
        .split(|c: char| !(is_word_char(c) || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    let found = KINDS.iter().find(|(kind, at, _)| match at {
        At::First => words.starts_with(kind),
        At::Anywhere => words.windows(kind.len()).any(|w| w == *kind),
    });
    if let Some((_, _, code)) = found {
        return Some(code);
    }
    let county = words
        .iter()
        .position(|w| *w == COUNTY)
        .is_some_and(|i| i > 0 && !matches!(words.get(i + 1), Some(&"council") | Some(&"of")));
    county.then_some("US")
}

/// Adds the country each victim's kind gives (medium: a kind says where, not the text), when
/// no rule found a country: a country the text states is the analyst's evidence, and a kind
/// shared by a name of another country ("CHU de Québec") must not add a second one.
pub(crate) fn suggest(out: &mut Suggestions) {
    if !out.country.is_empty() {
        return;
    }
    let found: Vec<(&'static str, super::suggest::Evidence)> = out
        .target
        .iter()
        .filter_map(|t| Some((country_of_kind(&t.value)?, t.evidence.clone())))
        .collect();
    for (code, evidence) in found {
        out.add(Kind::Country, code, &evidence, Confidence::Medium);
    }
}

/// How far into the text the lead's kinds are read: its opening sentences.
const LEAD_BYTES: usize = 300;

/// Adds, last, the country of a kind of institution the title or the lead names when no victim's
/// name carried it and no rule found a country: the victim is often not picked out as a name
/// ("Computer system issues impacting Spartanburg County", "Haverhill Public School District
/// said its IT department noticed", « le Centre de la petite enfance du CHUL », « Caisses
/// populaires Desjardins : vol de données personnelles »). Only for an incident's story that
/// names a victim, its sector or an attack type; an opening kind (« Mairie de ») and "County"
/// count only capitalised, as in a name. Low: a kind in the lead is not said to be the victim's.
pub(crate) fn suggest_from_the_lead(title: &str, text: &str, out: &mut Suggestions) {
    let named = !out.target.is_empty() || !out.sector.is_empty();
    if !out.country.is_empty()
        || !out.kind.reports_incident()
        || (!named && (out.attack.is_empty() || out.kind == ArticleKind::Arrest))
    {
        return;
    }
    let lead = &text[..super::context::char_floor(text, LEAD_BYTES)];
    let found = [(Field::Title, title), (Field::Text, lead)]
        .into_iter()
        .find_map(|(field, original)| kind_in(original).map(|(code, e)| (code, field, e)));
    if let Some((code, field, (start, end))) = found {
        let evidence = Evidence {
            field,
            start,
            end,
            term: (if field == Field::Title { title } else { lead })[start..end].to_string(),
        };
        out.add(Kind::Country, code, &evidence, Confidence::Low);
    }
}

/// The kinds of [`KINDS`] that are acronyms: in running text only their capitals make them one.
const ACRONYMS: &[&str] = &[
    "isd", "cisd", "css", "cisss", "ciusss", "mrc", "nhs", "cpas",
];

/// True when `word` is written in capitals: "NHS", « CPAS », not "CPAs" (accountants).
fn is_acronym(word: &str) -> bool {
    word.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// The first kind of institution `original` names, with its country and byte range.
fn kind_in(original: &str) -> Option<(&'static str, (usize, usize))> {
    let words: Vec<(usize, &str)> = original
        .split_inclusive(|c: char| !(is_word_char(c) || c == '\'' || c == '’'))
        .scan(0, |at, piece| {
            let start = *at;
            *at += piece.len();
            let word =
                piece.trim_end_matches(|c: char| !(is_word_char(c) || c == '\'' || c == '’'));
            Some((start, word))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let folded: Vec<String> = words
        .iter()
        .map(|(_, w)| fold(w).replace('’', "'"))
        .collect();
    let capital = |i: usize| words[i].1.starts_with(char::is_uppercase);
    let span = |i: usize, n: usize| (words[i].0, words[i + n - 1].0 + words[i + n - 1].1.len());
    for i in 0..words.len() {
        for (kind, at, code) in KINDS {
            let n = kind.len();
            if i + n <= words.len()
                && folded[i..i + n]
                    .iter()
                    .zip(kind.iter())
                    .all(|(w, k)| w == k)
                && (*at == At::Anywhere || capital(i))
                && (!ACRONYMS.contains(&kind[0]) || is_acronym(words[i].1))
            {
                return Some((code, span(i, n)));
            }
        }
        let county = folded[i] == COUNTY
            && capital(i)
            && i > 0
            && capital(i - 1)
            && folded
                .get(i + 1)
                .is_none_or(|w| w != "council" && w != "of");
        if county {
            return Some(("US", span(i - 1, 2)));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{country_of_kind, kind_in};

    fn countries(title: &str, text: &str) -> Vec<String> {
        let vocab = crate::tagging::Vocabulary::bundled().unwrap();
        let s = crate::tagging::Suggester::suggest_once(&vocab, title, text).unwrap();
        s.country.into_iter().map(|c| c.value).collect()
    }

    #[test]
    fn a_kind_the_title_or_the_lead_names_places_the_story_fr_en() {
        // Fifth split: the county names itself only in the title.
        let got = countries(
            "Computer system issues impacting Spartanburg County",
            "We recently detected and responded to a ransomware attack on our computer network.",
        );
        assert_eq!(got, ["US"]);
        // Fifteenth split: Quebec's « centres de la petite enfance ».
        let got = countries(
            "Cyberattaque: demande de rançon dans un CPE",
            "Des pirates informatiques ont pris en otages les données comptables du Centre de la \
             petite enfance du CHUL.",
        );
        assert_eq!(got, ["CA"]);
    }

    #[test]
    fn in_running_text_an_acronym_is_in_capitals_and_a_county_a_name() {
        assert_eq!(
            kind_in("BlackCat gang suspected of hacking NHS trust").map(|k| k.0),
            Some("GB")
        );
        // Twenty-first split: accountants, not a Belgian CPAS.
        assert_eq!(kind_in("law firms, CPAs and other professionals"), None);
        assert_eq!(kind_in("Kent County Council said"), None);
        assert_eq!(kind_in("the county said"), None);
        assert_eq!(
            kind_in("Ransomware Attacks Ohio County Government").map(|k| k.0),
            Some("US")
        );
    }

    #[test]
    fn an_american_institution_s_kind_is_the_united_states() {
        assert_eq!(
            country_of_kind("Black River Falls School District"),
            Some("US")
        );
        assert_eq!(
            country_of_kind("Highlands County Sheriff’s Office"),
            Some("US")
        );
        assert_eq!(country_of_kind("Rock County"), Some("US"));
        assert_eq!(
            country_of_kind("Cross Valley Federal Credit Union"),
            Some("US")
        );
        assert_eq!(country_of_kind("Uvalde CISD"), Some("US"));
    }

    #[test]
    fn a_quebec_belgian_english_or_french_institution_s_kind_fr_en() {
        assert_eq!(country_of_kind("Paroisse de Plessisville"), Some("CA"));
        assert_eq!(country_of_kind("Cégep de Saint-Félicien"), Some("CA"));
        assert_eq!(country_of_kind("CSS des Appalaches"), Some("CA"));
        assert_eq!(
            country_of_kind("Commission scolaire Eastern Townships"),
            Some("CA")
        );
        assert_eq!(country_of_kind("Barts Health NHS Trust"), Some("GB"));
        assert_eq!(country_of_kind("Fylde Coast Academy Trust"), Some("GB"));
        assert_eq!(
            country_of_kind("Administration communale de Colfontaine"),
            Some("BE")
        );
        assert_eq!(country_of_kind("Mairie de Franquevielle"), Some("FR"));
    }

    #[test]
    fn kinds_two_countries_share_give_none() {
        // Belgian and Quebec hospitals are « CHU » too; British and Irish counties have councils;
        // "credit union" is British, Irish and Canadian as well.
        assert_eq!(country_of_kind("CHU Saint-Pierre"), None);
        assert_eq!(country_of_kind("Kent County Council"), None);
        assert_eq!(country_of_kind("Patelco Credit Union"), None);
        assert_eq!(country_of_kind("Eastern Township School Board"), None);
        // A kind inside another's name counts only where it opens the name.
        assert_eq!(country_of_kind("Église de la Paroisse"), None);
    }
}

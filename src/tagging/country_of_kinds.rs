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

use super::fold::{fold, is_word_char};
use super::resolve::Kind;
use super::suggest::{Confidence, Suggestions};

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
/// Irish county council ("Kent County Council").
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
        .is_some_and(|i| words.get(i + 1) != Some(&"council"));
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

#[cfg(test)]
mod tests {
    use super::country_of_kind;

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

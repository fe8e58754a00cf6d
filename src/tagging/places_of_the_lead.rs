//! The victim's country when no sentence about the victim names one: the one country that the title
//! and the lead name in no one else's role (`../shared/TAGGING.md`: the country may come from "a
//! place ('London', 'Versailles')").
//!
//! The regional and local press names the victim's region, town or département rather than its
//! country, often in another sentence than the victim's: « Après la cyberattaque de Bénéteau, les
//! 3.900 salariés vendéens… L'activité des sites SBPI, en Vendée, est arrêtée », « la Police
//! provinciale de l'Ontario a été informée » after the Cité de Clarence-Rockland's attack,
//! "LEXINGTON — Dawson County is warning…". Read over every split, such a lone country was the
//! victim's 28 times and wrong once (« la Bourse de Paris » in a piece on Eurofins); two countries
//! named leave the choice to the analyst, and a suggestion this distant is low.
//!
//! The places are gathered while the text's first sentences are read (`analyse.rs`: not the attackers', not in
//! passing, not a war's, a language's or a researcher's, not where money went, not in the story's
//! background); they count only for an article that reports an incident and names a victim.

use super::fold::is_word_char;
use super::resolve::Kind;
use super::suggest::{Confidence, Evidence, Field, Suggestions, Via};

/// Suggests the one country of `places` (code and where the lead names it) when the article names
/// a victim or its kind, reports an incident and has no country otherwise; never the country an
/// actor the article names acts from (`attackers`: « la Corée du Nord est parvenue à voler »,
/// "Pyongyang is likely to attempt to cash out" in a Lazarus story).
///
/// An incident's story that names no victim but an attack type gets it too (round s32places):
/// scams on people and mobile-money frauds name their place, not a victim (« La brigade de lutte
/// contre la cybercriminalité de la sûreté de wilaya de Skikda », « Une trentaine d'entreprises
/// ont déclaré des fuites … la vie privée des Québécois », "The Internal Revenue Service has
/// released an advisory warning US taxpayers"). Not an arrest's story (the country of a takedown's
/// agencies or of the operator they seized: "the publicly-traded Israeli company Alarum"), nor an
/// advisory's whose only attack type is an exploited flaw (the agency that warns: "The U.S.
/// Cybersecurity and Infrastructure Security Agency (CISA) updated its catalog"). A title that
/// says something was hacked (`hacked`: « La République en marche massivement piratée ») reports
/// the incident though it names no type. Read over every
/// split: 23 countries right, 5 wrong (a source company, « le géant américain Google »; a
/// hypothetical, « Imaginez un gestionnaire TI au Québec »; where money went, « domicilié … au
/// Luxembourg »; two unlabelled: « Maroc : arrestation de huit personnes », "major U.S. companies
/// whose computers have been infiltrated"); round 29 had tried it without these limits (18 right,
/// 10 wrong). `arrest` (the title or the lead tells an arrest, `arrest_charges.rs`) counts as an
/// arrest's story too, where the article kind's words miss it (round s33attack: « Au Togo, coup de
/// filet de la police contre les arnaqueurs », "EFCC nabs 21 internet fraudsters in Abuja": the
/// place of the arrest, not of the victims).
pub(crate) fn suggest(
    places: &[(String, Evidence)],
    attackers: &[&str],
    arrest: bool,
    hacked: bool,
    out: &mut Suggestions,
) {
    if !out.country.is_empty()
        || (out.target.is_empty()
            && out.sector.is_empty()
            && (arrest
                || !(out.kind == super::article_kind::ArticleKind::Incident
                    && (hacked || out.attack.iter().any(|a| a.value != "vuln-exploitation")))))
        || !out.kind.reports_incident()
    {
        return;
    }
    let Some((code, evidence)) = places.first() else {
        return;
    };
    if places.iter().all(|(other, _)| other == code)
        && !attackers.iter().any(|a| a.eq_ignore_ascii_case(code))
    {
        out.add(Kind::Country, code, evidence, Confidence::Low);
    }
}

/// Suggests the sectors of `lead` (the title's and the text's first sentence's sector words,
/// in no one else's role) when the article reports an incident, names a victim or an attack type,
/// and no rule gave a sector: the opening presents the victim by its kind (« des cyberpirates
/// pro-russes ont lancé une offensive contre plusieurs sites web de mairies françaises », "Sage
/// admits security breach of cloud computing systems": "the software company"). A victim no rule
/// names still has its kind there (« la mairie de Berson … a été victime d'une cyberattaque »,
/// its files then « cryptés »; "Cryptocurrency exchange Hotbit was forced to shut down"): read
/// over every split, with an attack type and no victim found, 14 right and 3 wrong (an insurer
/// sued by its client, "federal agencies" under a directive, a report on local government);
/// without an attack type either, half of them were a portrait or a policy piece's kind. A title
/// that says something was hacked (`hacked`: "Hotbit shuts down after unsuccessful hack attempt")
/// reports the attack though it names no type.
pub(crate) fn sectors_of_the_lead(
    lead: &[(String, Evidence)],
    hacked: bool,
    out: &mut Suggestions,
) {
    if !out.sector.is_empty()
        || (out.target.is_empty() && out.attack.is_empty() && !hacked)
        || !out.kind.reports_incident()
    {
        return;
    }
    for (sector, evidence) in lead {
        out.add(Kind::Sector, sector, evidence, Confidence::Low);
    }
}

/// How far into the text a dateline's state may stand ("PANAMA CITY, Fla. (WJHG/WECP) - …").
const DATELINE_BYTES: usize = 120;

/// The United States when the title or the text's opening places the story in a town of a state
/// the American press abbreviates ("HILLSBOROUGH COUNTY, Fla. — The Hillsborough County
/// Supervisor of Elections…", "Mower County, Minn., Notifies…", "RICHLAND CENTER, Wis. – A
/// number of…", "Oak Ridge, TN, July 1"): a place of the lead, like a state's full name. Only a
/// capitalised word, a comma and the capitalised abbreviation with its full stop, or the state's
/// postal code in capitals, count.
///
/// Further on, the same town and state place whoever the sentence is about ("the small firm in
/// Redlands, Calif., faced it head-on", "the Northampton, PA, library"), unless the place is
/// someone else's ([`someone_else_s`]: the police's, the customers', an arrest's). Over every
/// read split, each of the 33 articles with such a town and state anywhere was labelled US.
pub(crate) fn us_dateline(title: &str, text: &str) -> Option<(String, Evidence)> {
    let opening = &text[..super::context::char_floor(text, DATELINE_BYTES)];
    [(Field::Title, title), (Field::Text, opening)]
        .into_iter()
        .find_map(|(field, original)| {
            original
                .match_indices(", ")
                .find_map(|(at, _)| town_and_state(field, original, at))
        })
        .or_else(|| {
            // Lower-cased (byte offsets kept) only once a town and state is found.
            let lower = std::cell::OnceCell::new();
            text.match_indices(", ").find_map(|(at, _)| {
                town_and_state(Field::Text, text, at).filter(|(_, e)| {
                    let lower = lower.get_or_init(|| text.to_ascii_lowercase());
                    !someone_else_s(lower, e.start, e.end, Via::City)
                })
            })
        })
}

/// The United States when the comma at `at` in `original` follows a capitalised word and comes
/// before a state's abbreviation or postal code; the evidence is the state's.
fn town_and_state(field: Field, original: &str, at: usize) -> Option<(String, Evidence)> {
    let before = original[..at].rsplit(' ').next().unwrap_or_default();
    let rest = &original[at + 2..];
    let word = rest.split('.').next().unwrap_or_default();
    let abbreviated = word.starts_with(char::is_uppercase)
        && rest[word.len()..].starts_with('.')
        && super::victim_kinds::STATE_ABBREVIATIONS.contains(&word.to_lowercase().as_str());
    let dotted = DOTTED_STATES.iter().find(|d| rest.starts_with(**d));
    let code = postal_code(rest);
    if !(before.starts_with(char::is_uppercase) && (abbreviated || dotted.is_some() || code)) {
        return None;
    }
    let start = at + 2;
    let end = start
        + match dotted {
            Some(d) => d.len(),
            None if code => 2,
            None => word.len() + 1,
        };
    let evidence = Evidence {
        field,
        start,
        end,
        term: original[start..end].to_string(),
    };
    Some(("US".to_string(), evidence))
}

/// The AP stylebook's abbreviations of states written with initials: "Rochester, N.Y.",
/// "Charleston, W.Va.", "Washington, D.C.".
const DOTTED_STATES: &[&str] = &[
    "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "R.I.", "S.C.", "S.D.", "W.Va.", "D.C.",
];

/// The states' two-letter postal codes: "Oak Ridge, TN, July 1, 2024", "The water utility in
/// San Angelo, TX, is urging customers".
#[rustfmt::skip]
const POSTAL_CODES: &[&str] = &[
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
    "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY",
    "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV",
    "WI", "WY", "DC",
];

/// True when `rest` opens with a state's postal code standing alone, in capitals, before a comma,
/// a bracket, a space or the end (not "CA." ending a sentence, nor "INTERPOL").
fn postal_code(rest: &str) -> bool {
    rest.get(..2).is_some_and(|c| POSTAL_CODES.contains(&c))
        && rest[2..]
            .chars()
            .next()
            .is_none_or(|c| matches!(c, ',' | ' ' | ')' | '\n'))
}

/// Words after a country that make it the place of people the victim serves, not the victim's:
/// "Adidas is alerting some U.S. customers" (a German company), « ses clients belges ».
#[rustfmt::skip]
const SERVED: &[&str] = &[
    "customers", "customer", "clients", "client", "clientes", "users", "utilisateurs",
    "consumers", "consommateurs", "subscribers", "abonnes",
];

/// Words after a place that make it the investigators' ("the City of London police announced"):
/// the investigator's country is not a target (`../shared/TAGGING.md`).
const INVESTIGATORS: &[&str] = &["police", "prosecutors", "investigators", "authorities"];

/// Words right before a demonym that make it the investigators' or an agency's: « La police
/// béninoise est en guerre ouverte contre les cybers criminels » (nineteenth split), « la CISA
/// américaine a ajouté l'une des vulnérabilités à son catalogue » (twelfth). Only for the lead's
/// fallback: a police force may be the victim a sentence names (« la police fédérale piratée »).
const INVESTIGATORS_BEFORE: &[&str] = &["police", "gendarmerie", "cisa"];

/// How many words before a place an arrest verb makes it where a suspect was taken: « arrêté le
/// 16 décembre dernier dans le Puy-de-Dôme ».
const ARREST_WORDS: usize = 8;

/// True when the country at folded `start..end` is, for the lead's fallback, someone else's place:
/// the people the victim serves, the police's or an agency's, where a suspect was arrested a few
/// words before, or a language after « en » (« un message écrit en anglais », whatever follows it).
pub(crate) fn someone_else_s(text: &str, start: usize, end: usize, via: Via) -> bool {
    let clause = &text[..start];
    let clause = &clause[clause
        .rfind(['.', '!', '?', ';', '\n'])
        .map_or(0, |i| i + 1)..];
    let before: Vec<&str> = clause
        .rsplit(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(ARREST_WORDS)
        .collect();
    let next = text[end..]
        .split(|c: char| !is_word_char(c))
        .find(|w| !w.is_empty());
    let served = next.is_some_and(|w| SERVED.contains(&w) || INVESTIGATORS.contains(&w));
    let arrest = before
        .iter()
        .any(|w| super::country_people::ARREST.contains(w));
    let language = via == Via::Demonym && before.first() == Some(&"en");
    let investigators = via == Via::Demonym
        && before
            .first()
            .is_some_and(|w| INVESTIGATORS_BEFORE.contains(w));
    served || arrest || language || investigators || a_compass_point(text, start, end)
}

/// The points of the compass, folded.
const COMPASS: &[&str] = &[
    "nord", "sud", "est", "ouest", "north", "south", "east", "west",
];

/// True when the place at `start..end` is a point of the compass joined by a hyphen to another
/// (« leurs frères du Sud-Ouest et du Nord-Ouest » of Cameroon is not the French département
/// du Nord).
fn a_compass_point(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    let next = text[end..].strip_prefix('-').map(|rest| {
        rest.split(|c: char| !is_word_char(c))
            .next()
            .unwrap_or_default()
    });
    let previous = text[..start].strip_suffix('-').map(|head| {
        head.rsplit(|c: char| !is_word_char(c))
            .next()
            .unwrap_or_default()
    });
    COMPASS.contains(&word)
        && [next, previous]
            .into_iter()
            .flatten()
            .any(|w| COMPASS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn someone_else(text: &str, word: &str, via: Via) -> bool {
        let start = text.find(word).unwrap();
        someone_else_s(text, start, start + word.len(), via)
    }

    #[test]
    fn only_a_capitalised_abbreviation_after_a_name_is_a_dateline_s_state() {
        // Seventh split.
        let (code, e) = us_dateline(
            "Illegal data breach affects about 58,000 voters",
            "HILLSBOROUGH COUNTY, Fla. — The Hillsborough County Supervisor of Elections says",
        )
        .unwrap();
        assert_eq!((code.as_str(), e.term.as_str()), ("US", "Fla."));
        // A word, not a state: no full stop after it, or lower case.
        assert!(us_dateline("Hackers hit Ga, a vendor", "").is_none());
        assert!(us_dateline("", "In Paris, ill. people were told").is_none());
    }

    #[test]
    fn a_police_force_s_or_an_agency_s_adjective_is_someone_else_s_place() {
        // Nineteenth and twelfth splits.
        assert!(someone_else(
            "la police beninoise est en guerre ouverte contre les cybers criminels.",
            "beninoise",
            Via::Demonym
        ));
        assert!(someone_else(
            "mardi, la cisa americaine a ajoute l'une des vulnerabilites a son catalogue",
            "americaine",
            Via::Demonym
        ));
        // Near misses: the people hit, a police force's own country named apart.
        assert!(!someone_else(
            "les victimes beninoises ont perdu leurs economies",
            "beninoises",
            Via::Demonym
        ));
        assert!(!someone_else(
            "la police a averti les entreprises du benin",
            "benin",
            Via::Name
        ));
    }

    #[test]
    fn customers_arrests_and_languages_are_someone_else_s_place() {
        // Fresh split: Adidas, a German company, writes to its American customers.
        assert!(someone_else(
            "athletic-wear maker adidas is alerting some u.s. customers that hackers may have accessed",
            "u.s.",
            Via::Name
        ));
        // Eighth split: the suspect's arrest, not the victims' place.
        assert!(someone_else(
            "du jeune homme de 15 ans, arrete le 16 decembre dernier dans le puy-de-dome.",
            "puy-de-dome",
            Via::City
        ));
        // Eleventh split: the language of a message the hackers left on a Cameroonian site.
        assert!(someone_else(
            "le ccf a temporairement poste un message ecrit en anglais qui a ete retire",
            "anglais",
            Via::Demonym
        ));
        // Unseen split: the police that arrested a suspect of attacks on American firms.
        assert!(someone_else(
            "a 17-year-old uk teen was arrested, the city of london police announced on twitter",
            "london",
            Via::City
        ));
        // Eleventh split: Cameroon's North-West region, not the French département du Nord.
        assert!(someone_else(
            "de leurs freres du sud-ouest et du nord-ouest. ils affirment",
            "nord",
            Via::City
        ));
        // The victim's own place stays.
        assert!(!someone_else(
            "l'activite des sites sbpi, en vendee, est arretee pour au moins une semaine",
            "vendee",
            Via::City
        ));
        assert!(!someone_else(
            "the australian catholic university has been hit by a cyber attack",
            "australian",
            Via::Demonym
        ));
    }
}

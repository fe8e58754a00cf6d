//! Where a report is set and what kind of victim it tells of: evidence that survives translation
//! when no name does. « La Défense néerlandaise découvre un logiciel espion chinois » and "Chinese
//! Hackers Penetrated Dutch Defense Network" share no proper noun (« néerlandaise » and "Dutch" are
//! peoples' adjectives, no names), but both are set in the Netherlands (and China) and tell of a
//! defence ministry, the same days.
use super::profile::Profile;

/// Three days: a setting is said of one incident for a day or two, not of two weeks of news.
pub const SETTING_SECS: i64 = 3 * 86_400;

/// The countries and the kinds of victim two reports in two languages, at most [`SETTING_SECS`]
/// apart, both name; `None` unless they share one of each, together held by no other recent story
/// (`stories_with` counts the stories holding an index key): "France" and "government" are said of
/// every ministry hit in a fortnight (the interior ministry beside the sports ministry), "the
/// Netherlands" and "defence" of one incident.
pub fn shared(
    new: &Profile,
    member: &Profile,
    stories_with: &dyn Fn(u64) -> usize,
) -> Option<(Vec<String>, Vec<String>)> {
    if !told_apart_in_two_languages(new, member) || titles_set_apart(new, member) {
        return None;
    }
    let places = both(&new.places, &member.places);
    let sectors = both(&new.sectors, &member.sectors);
    let rare = places.iter().any(|p| {
        sectors
            .iter()
            .any(|s| stories_with(super::profile::setting_key(p, s)) <= 1)
    });
    rare.then_some((places, sectors))
}

/// The countries a title names (an actor's name aside: "Anonymous Sudan" sets nothing in Sudan).
fn titled(p: &Profile) -> &[String] {
    &p.places[..p.title_places.min(p.places.len())]
}

/// True when each title sets its piece in a country the other title does not name: "Chinese
/// Hackers Penetrated Dutch Defense Network" and « Le ministère britannique de la Défense piraté,
/// la Chine pointée du doigt » share the attacker's country and a kind of victim, not a setting. A
/// title naming no country, or only the other's, sets nothing apart.
pub fn titles_set_apart(a: &Profile, b: &Profile) -> bool {
    let (ta, tb) = (titled(a), titled(b));
    ta.iter().any(|c| !tb.contains(c)) && tb.iter().any(|c| !ta.contains(c))
}

/// True when both titles set their piece in countries and share none: « Cyberattaque par
/// Anonymous Sudan : De nombreux services en ligne paralysés au Kenya » and « Le groupe de hackers
/// Anonymous Sudan met en garde le Nigeria… » tell two of the gang's targets, not one piece of
/// news about it, though the second's lead recalls Kenya. Titles sharing a country tell one
/// announcement however many others each lists ("U.S. announces sanctions on Russian senior
/// leader of LockBit…", "…sanctioned in US, UK, Australia").
pub fn titles_in_other_countries(a: &Profile, b: &Profile) -> bool {
    let (ta, tb) = (titled(a), titled(b));
    !ta.is_empty() && !tb.is_empty() && !ta.iter().any(|c| tb.contains(c))
}

/// The countries two reports in two languages, at most [`SETTING_SECS`] apart, both name: where
/// the incident is set, said in each language (« Le Centre pour la cybersécurité Belgique (CCB) a
/// confirmé… Anvers… », "Government websites targeted… Antwerp…"). Said of every incident of
/// that country those days, it counts only beside a rare name both give.
pub fn countries_both_name(new: &Profile, member: &Profile) -> Vec<String> {
    if !told_apart_in_two_languages(new, member) {
        return Vec::new();
    }
    both(&new.places, &member.places)
}

/// Two reports in two languages, at most [`SETTING_SECS`] apart.
fn told_apart_in_two_languages(new: &Profile, member: &Profile) -> bool {
    let languages = matches!((new.lang, member.lang), (Some(a), Some(b)) if a != b);
    let days =
        matches!((new.date, member.date), (Some(a), Some(b)) if (a - b).abs() <= SETTING_SECS);
    languages && days
}

fn both(a: &[String], b: &[String]) -> Vec<String> {
    a.iter().filter(|x| b.contains(x)).cloned().collect()
}

/// The kinds of victim a report's folded words (title and lead, space-separated) tell in forms the
/// vocabulary's sector cues, written once per language, do not read: « sites gouvernementaux » are
/// "government websites", « les sites web de la Confédération » the Swiss "government websites",
/// « les pouvoirs publics » "public authorities"; "Swiss govt" is "Swiss government". Each pair is
/// a translation of the other language's cue, so that a report in either language tells the same
/// kind of victim.
pub fn kinds_in(folded: &str) -> Vec<&'static str> {
    const GOVERNMENT: &str = "government";
    const WATER: &str = "water";
    const DARKNET: &str = "darknet";
    let mut out: Vec<&'static str> = Vec::new();
    let mut add = |kind: &'static str| {
        if !out.contains(&kind) {
            out.push(kind);
        }
    };
    let mut previous = "";
    // « l'Office fédéral »: the word after the elided article.
    for word in super::profile::spaced_words(folded).map(super::profile::without_elision) {
        match (previous, word) {
            // An adjective of government, not read from the noun's cue.
            (
                _,
                "gouvernemental" | "gouvernementale" | "gouvernementaux" | "gouvernementales"
                | "governmental" | "govt",
            )
            // A federal state's own name for itself (« la Confédération », Switzerland's).
            | (_, "confederation")
            // Ministries, the bodies of a government in either language.
            | (_, "ministry" | "ministries" | "ministere" | "ministeres")
            // Public authorities, federal offices and administrations, in both languages.
            | ("pouvoirs", "publics")
            | ("public", "authorities")
            | ("office" | "offices", "federal" | "federaux")
            | ("federal", "office" | "offices" | "administration" | "authorities")
            | ("administration" | "administrations", "federale" | "federales")
            | ("autorites", "federales") => add(GOVERNMENT),
            // A water works in French (« une usine de traitement des eaux », « la compagnie des
            // eaux »), a dam in either language (« le barrage de Bremanger », "the Bremanger
            // dam"): Denmark's and Norway's attributions told in French name no water utility the
            // vocabulary's cues read, their English reports do ("water utility") or say "dam".
            // « barrage » after an article only: "a barrage of attacks" is no dam.
            ("des", "eaux")
            | (_, "dam" | "dams")
            | ("un" | "le" | "du" | "au" | "ce" | "des" | "les" | "deux", "barrage" | "barrages") => {
                add(WATER)
            }
            // A takedown's victim is the market itself: « le plus vaste réseau de vente de drogues
            // sur le darknet », "German investigators shut down big darknet marketplace" name no
            // market the other language writes, but both say "darknet", a word of both languages.
            (_, "darknet" | "dark-net") => add(DARKNET),
            _ => {}
        }
        previous = word;
    }
    out
}

/// The kind of victim a country's defence is: "Chinese Hackers Penetrated Dutch Defense Network"
/// and « La Défense néerlandaise découvre un logiciel espion chinois » tell of the Netherlands'
/// defence ministry, a people's adjective beside the word in either language's order, where the
/// vocabulary's cues read only the ministry's full name. A defence no country qualifies ("cyber
/// defense", « la défense de ses intérêts ») is none. Most texts do not hold the word: only those
/// that do are walked.
pub fn country_defence_in(folded: &str, is_place: impl Fn(&str) -> bool) -> Option<&'static str> {
    if !folded.contains("defen") {
        return None;
    }
    let defence = |w: &str| matches!(w, "defense" | "defence");
    let mut previous = "";
    for word in super::profile::spaced_words(folded).map(super::profile::without_elision) {
        if (defence(word) && is_place(previous)) || (defence(previous) && is_place(word)) {
            return Some("defence");
        }
        previous = word;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{country_defence_in, kinds_in, titles_in_other_countries, titles_set_apart};

    #[test]
    fn titles_in_two_countries_are_apart_and_titles_sharing_one_are_not() {
        use crate::stories::Profile;
        let titled = |places: &[&str], title: usize| Profile {
            places: places.iter().map(|p| (*p).to_owned()).collect(),
            title_places: title,
            ..Profile::default()
        };
        // Kenya's portal, Nigeria's warning (whose lead recalls Kenya).
        let (kenya, nigeria) = (titled(&["KE", "RU"], 1), titled(&["NG", "NE", "KE"], 2));
        assert!(titles_in_other_countries(&kenya, &nigeria));
        assert!(titles_set_apart(&kenya, &nigeria));
        // The United States' sanctions, and the same told as "sanctioned in US, UK, Australia".
        let (us, three) = (titled(&["US", "RU"], 2), titled(&["US", "GB", "AU"], 3));
        assert!(!titles_in_other_countries(&us, &three));
        // The Dutch defence and the British one, both hacked from China: no one setting.
        let (dutch, british) = (titled(&["CN", "NL"], 2), titled(&["GB", "CN"], 2));
        assert!(titles_set_apart(&dutch, &british));
        assert!(!titles_in_other_countries(&dutch, &british));
        // A title naming no country sets nothing apart.
        assert!(!titles_set_apart(&kenya, &titled(&["KE"], 0)));
    }

    #[test]
    fn a_countrys_defence_is_defence_in_either_order() {
        let place = |w: &str| matches!(w, "dutch" | "neerlandaise" | "britannique");
        for folded in [
            "chinese hackers penetrated dutch defense network report",
            "la defense neerlandaise decouvre un logiciel espion chinois",
            "selon la defense britannique",
        ] {
            assert_eq!(
                country_defence_in(folded, place),
                Some("defence"),
                "{folded}"
            );
        }
        // No country beside it: a cyber defence, a company's defence of its choices.
        for folded in [
            "the dutch cyber defense command",
            "la defense de ses interets par la societe neerlandaise",
            "a ransomware attack on a dutch hospital",
        ] {
            assert_eq!(country_defence_in(folded, place), None, "{folded}");
        }
    }

    #[test]
    fn a_government_told_by_an_adjective_an_office_a_ministry_or_the_confederation_is_one_kind() {
        // Folded words, as the profile reads them.
        for folded in [
            "plusieurs sites gouvernementaux ukrainiens",
            "selon l'office federal de la cybersecurite",
            "les sites web de la confederation",
            "plusieurs sites internet de pouvoirs publics",
            "swiss govt hit by cyberattack",
            "zero-day cyberattack on norwegian ministries",
            "norvege attaque informatique contre douze ministeres",
        ] {
            assert_eq!(kinds_in(folded), ["government"], "{folded}");
        }
        // An office, a public, an administration alone are no government.
        assert!(kinds_in("the office of the public administration of the company").is_empty());
    }

    #[test]
    fn a_water_works_or_a_dam_is_water_in_either_language() {
        // Folded words of Denmark's and Norway's attributions (fourteenth split).
        for folded in [
            "l autre contre une usine de traitement des eaux fin 2024",
            "la norvege accuse des pirates informatiques pro-russes d etre responsables de la \
             cyberattaque du barrage",
            "norway blames russia for cyberattack on hydropower dam",
        ] {
            assert_eq!(kinds_in(folded), ["water"], "{folded}");
        }
        // Near misses: a barrage of attacks, a river's waters named for a region.
        assert!(kinds_in("a barrage of ddos attacks on government sites").is_empty());
        assert!(kinds_in("les eaux territoriales").is_empty());
    }
}

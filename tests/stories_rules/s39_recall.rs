//! One story per incident across French and English (issue 13, recall): rules read off the
//! twenty-fourth split of the stories gold set (round 38's blind split, read from round 39) and
//! the missed pairs of every read split pooled with it, each with the real reports that
//! motivated it.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::reports::Report;
use veille::model::Lang;
use veille::stories::turns::is_product_news;

/// The stories `reports` join, added in order, as shown.
fn shown(reports: &[Report]) -> (Vec<usize>, Vec<String>) {
    let (memory, story, why) = crate::reports::joined(reports);
    (story.iter().map(|&s| memory.shown_as(s)).collect(), why)
}

/// The breach of the RCMP's networks (February 2024), told by The Canadian Press in both
/// languages and by Global News.
const RCMP: [Report; 3] = [
    (
        (23, 2, 2024),
        Lang::Fr,
        "La GRC a ouvert une enquête sur une faille de sécurité visant ses réseaux",
        "OTTAWA — La Gendarmerie royale canadienne (GRC) affirme «prendre en charge de manière \
         active» une faille de sécurité qui visait ses réseaux. La porte-parole Marie-Ève Breton \
         affirme que la police a ouvert une enquête criminelle.",
        "https://lechodelaval.ca/actualites-nationale/la-grc-a-ouvert-une-enquete-sur-une-faille-de-securite-visant-ses-reseaux/20752",
    ),
    (
        (23, 2, 2024),
        Lang::En,
        "RCMP launches criminal investigation into ‘alarming’ breach of its networks",
        "OTTAWA — The RCMP says it is “actively managing” a security breach that targeted its \
         networks. Spokesperson Marie-Eve Breton says the police force has launched a criminal \
         investigation.",
        "https://toronto.citynews.ca/2024/02/23/rcmp-launches-criminal-investigation-into-alarming-breach-of-its-networks/",
    ),
    (
        (23, 2, 2024),
        Lang::En,
        "The RCMP is dealing with which it is calling a “cyber event” targeting its network. \
         RCMP has also…",
        "The RCMP is dealing with which it is calling a “cyber event” targeting its network. RCMP \
         has also launched a criminal investigation into the breach, a spokesperson told Global \
         News.",
        "https://globalnews.ca/news/10313289/rcmp-cyber-event/",
    ),
];

/// A body that "launches an investigation" looks into an incident: its headline is no product's
/// launch, which joins only through a victim, an actor or a CVE id.
mod launching_an_inquiry {
    use super::*;

    #[test]
    fn is_no_product_news() {
        assert!(!is_product_news(RCMP[1].2));
        assert!(!is_product_news(
            "Police launches probe into data breach at city council"
        ));
        // A product's launch still is.
        assert!(is_product_news(
            "Proton launches privacy-respecting encrypted AI assistant Lumo"
        ));
    }

    #[test]
    fn the_two_english_reports_join() {
        let (shown, why) = shown(&RCMP[1..]);
        assert_eq!(shown[0], shown[1], "{why:?}");
    }
}

/// Canada's federal bodies have an acronym in each official language: « la GRC » is "the RCMP",
/// « l'OCRI » is "CIRO".
mod a_canadian_body_s_french_acronym {
    use super::*;

    #[test]
    fn joins_its_english_acronym() {
        let (shown, why) = shown(&RCMP);
        assert!(shown.iter().all(|&s| s == shown[0]), "{why:?}");
    }

    #[test]
    fn the_regulator_s_two_acronyms_join() {
        let reports: [Report; 2] = [
            (
                (18, 8, 2025),
                Lang::Fr,
                "L’Organisme canadien de réglementation des investissements (OCRI), qui surveille \
                 plus de 100 000…",
                "L’Organisme canadien de réglementation des investissements (OCRI), qui surveille \
                 plus de 100 000 conseillers en placement et courtiers en épargne collective au \
                 Canada, a confirmé avoir été la cible d’une menace de cybersécurité. L’alerte, \
                 lancée le 11 août, a poussé l’organisme à fermer temporairement certains de ses \
                 systèmes afin de protéger leur intégrité.",
                "https://www.finance-investissement.com/?p=109144",
            ),
            (
                (18, 8, 2025),
                Lang::En,
                "CIRO Shuts Down Systems After Cybersecurity Threat: Personal Data Exposed",
                "The Canadian Investment Regulatory Organization (CIRO) says it shut down some of \
                 its systems after detecting a cybersecurity threat on August 11. The regulator \
                 confirmed on August 18 that while its real-time equity market surveillance \
                 operations remain unaffected, preliminary findings show that personal \
                 information of member firms and their registered employees was compromised.",
                "https://securityticks.com/ciro-shuts-down-systems-after-cybersecurity-threat-personal-data-exposed",
            ),
        ];
        let (shown, why) = shown(&reports);
        assert_eq!(shown[0], shown[1], "{why:?}");
    }

    #[test]
    fn an_attack_on_the_same_body_years_before_stays_apart() {
        // Le Devoir, July 2015 (a distractor of the split): Anonymous took the RCMP's site down.
        let old: Report = (
            (8, 7, 2015),
            Lang::Fr,
            "Le site de la GRC victime d'une attaque",
            "Ottawa — Le site de la Gendarmerie royale du Canada (GRC) a été inaccessible pendant \
             plusieurs heures, dimanche, pour des raisons nébuleuses. Le site a été rétabli en \
             soirée. Un compte Twitter attribué au groupe Anonymous a revendiqué la perturbation \
             du site.",
            "https://www.ledevoir.com/societe/445518/le-site-de-la-grc-victime-d-une-attaque",
        );
        let (shown, why) = shown(&[old, RCMP[1]]);
        assert_ne!(shown[0], shown[1], "{why:?}");
    }
}

/// Toronto's transit agency's ransomware attack (October 2021): La Presse and The Canadian Press
/// spell the victim out (« La Toronto Transit Commission, connue sous le nom de TTC »), the
/// Toronto Sun's headline gives its initials only.
const TTC: [Report; 3] = [
    (
        (29, 10, 2021),
        Lang::Fr,
        "(Toronto) L’agence de transport en commun qui exploite les services d’autobus, de métro, \
         de tramway…",
        "(Toronto) L’agence de transport en commun qui exploite les services d’autobus, de métro, \
         de tramway et de transport adapté dans la région de Toronto a été victime d’une attaque \
         de rançongiciel. La Toronto Transit Commission, connue sous le nom de TTC, a déclaré que \
         l’attaque de pirates informatiques contre ses systèmes informatiques avait commencé \
         jeudi soir et s’était étendue vendredi.",
        "https://www.lapresse.ca/actualites/2021-10-29/toronto/l-agence-de-transport-en-commun-victime-d-un-rancongiciel.php",
    ),
    (
        (29, 10, 2021),
        Lang::En,
        "Toronto transit system hit by ransomware attack, TTC says no significant disruptions",
        "TORONTO — The public transport agency that operates bus, subway, streetcar, and \
         paratransit services in the Toronto area has been hit with a ransomware attack. The \
         Toronto Transit Commission, known as the TTC, says the attack by hackers on its computer \
         systems began Thursday night and expanded on Friday.",
        "https://nationalpost.com/pmn/news-pmn/canada-news-pmn/toronto-transit-system-hit-by-ransomware-attack-ttc-says-no-significant-disruptions",
    ),
    (
        (30, 10, 2021),
        Lang::En,
        "TTC target of ransomware threat",
        "The Toronto Transit Commission continues to investigate Friday’s ransomware incident. \
         Unusual network activity was spotted Thursday by an IT staffer and by Friday afternoon, \
         according to a TTC statement posted on Twitter, hackers had, “Broadened their strike on \
         network servers.”",
        "https://torontosun.com/news/local-news/ttc-target-of-ransomware-threat",
    ),
];

/// A headline that names the story's victim by its initials names it.
mod a_victim_s_initials_in_a_headline {
    use super::*;

    #[test]
    fn join_the_reports_that_spell_it_out() {
        let (shown, why) = shown(&TTC);
        assert!(shown.iter().all(|&s| s == shown[0]), "{why:?}");
    }

    #[test]
    fn other_initials_stay_apart() {
        // Another transit agency's attack the same weekend, its initials in the headline.
        let other: Report = (
            (30, 10, 2021),
            Lang::En,
            "STM target of ransomware threat",
            "The Société de transport de Montréal continues to investigate Friday’s ransomware \
             incident, according to an STM statement posted on Twitter.",
            "https://example.com/stm-target-of-ransomware-threat",
        );
        let (shown, why) = shown(&[TTC[0], TTC[1], other]);
        assert_ne!(shown[0], shown[2], "{why:?}");
    }
}

//! One story per incident (issue 13): rules read off the twenty-first split of the stories gold
//! set (round 35's blind split, read from round 36) and the errors of every read split pooled with
//! it, each with the real French and English reports that motivated it.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::reports::Report;
use veille::model::Lang;

/// One body under two acronyms: the Canada Revenue Agency's credential-stuffing attacks (August
/// 2020), « l'Agence du revenu du Canada (ARC) » in French, "the Canada Revenue Agency (CRA)" in
/// English. No proper noun survives translation; the institution's words do.
mod one_institution_two_acronyms {
    use super::*;

    const CRA: [Report; 5] = [
        (
            (16, 8, 2020),
            Lang::Fr,
            "L’Agence du revenu du Canada (ARC) a dû suspendre dimanche ses services en ligne après avoir été la…",
            "L’Agence du revenu du Canada (ARC) a dû suspendre dimanche ses services en ligne \
             après avoir été la cible de deux cyberattaques au cours desquelles des pirates ont \
             utilisé des milliers d’identités et de mots de passe pour obtenir de façon \
             frauduleuse des prestations et avoir accès à des renseignements personnels de \
             Canadiens. Environ 5500 comptes de l’ARC ont aussi été la cible d’une cyberattaque de \
             type « bourrage de justificatifs ».",
            "https://www.lapresse.ca/actualites/2020-08-16/cyberattaques-l-arc-suspend-ses-services-en-ligne.php",
        ),
        (
            (16, 8, 2020),
            Lang::En,
            "More than 5,000 CRA accounts targeted in recent cyberattacks",
            "The federal government says it’s responding to recent cyberattacks that targeted a \
             large number of Canada Revenue Agency (CRA) accounts and GCKey accounts. The attacks, \
             deemed “credential stuffing”, used passwords and usernames collected from previous \
             hacks of accounts worldwide.",
            "https://www.insauga.com/more-than-5000-cra-accounts-targeted-in-recent-cyberattacks/",
        ),
        (
            (17, 8, 2020),
            Lang::Fr,
            "(Ottawa) L’Agence du revenu du Canada (ARC) croit qu’elle sera en mesure de rétablir ses services…",
            "(Ottawa) L’Agence du revenu du Canada (ARC) croit qu’elle sera en mesure de rétablir \
             ses services en ligne dès mercredi après avoir été la cible de trois cyberattaques qui \
             ont vu des pirates utiliser des mots de passe de contribuables canadiens afin \
             d’obtenir de façon frauduleuse des prestations et avoir accès à des renseignements \
             personnels de Canadiens.",
            "https://www.lapresse.ca/actualites/2020-08-17/cyberattaques-l-arc-prevoit-retablir-ses-services-en-ligne-mercredi.php",
        ),
        (
            (17, 8, 2020),
            Lang::Fr,
            "ARC : 11 200 Canadiens touchés par la cyberattaque",
            "L’Agence du revenu du Canada (ARC) espère remettre en fonction son service en ligne \
             d’ici mercredi. L’agence a fermé samedi ce service pour se protéger d’une série de \
             cyberattaques qui ont compromis les renseignements personnels d’environ 11 200 \
             Canadiens.",
            "https://www.conseiller.ca/nouvelles/economie/arc-plus-de-11-000-canadiens-touches-par-la-cyberattaque/",
        ),
        (
            (17, 8, 2020),
            Lang::En,
            "The Canada Revenue Agency has temporarily suspended its online services after two cyberattacks in…",
            "The Canada Revenue Agency has temporarily suspended its online services after two \
             cyberattacks in which hackers used thousands of stolen usernames and passwords to \
             fraudulently obtain government services and compromise Canadians' personal \
             information. A total of 5,500 CRA accounts were targeted in what the federal \
             government described as two \"credential stuffing\" schemes.",
            "https://nationalobserver.com./2020/08/17/news/canada-revenue-agency-suspends-online-services-after-cyberattacks-hit-thousands",
        ),
    ];

    #[test]
    fn the_french_and_english_names_of_a_tax_agency_are_one_institution() {
        let fr = crate::reports::profile(&CRA[0]);
        let en = crate::reports::profile(&CRA[4]);
        assert_eq!(fr.institutions, en.institutions);
        assert!(!fr.institutions.is_empty(), "{fr:?}");
    }

    #[test]
    fn a_companys_revenue_is_no_institution() {
        let lawsuit: Report = (
            (20, 11, 2023),
            Lang::En,
            "All told, the automaker lost more than $300 million in revenue because it was unable to…",
            "All told, the automaker lost more than $300 million in revenue because it was unable \
             to manufacture 6,000 vehicles without parts from Yanfeng, according to the lawsuit \
             filed against the supplier by FCA, the former name of Stellantis.",
            "https://www.plasticsnews.com/news/stellantis-yanfeng-locked-legal-fight-after-cyberattack",
        );
        assert!(crate::reports::profile(&lawsuit).institutions.is_empty());
    }

    #[test]
    fn an_english_report_naming_the_agency_joins_the_french_story_of_its_acronym() {
        let (memory, story, why) = crate::reports::joined(&CRA);
        let shown: Vec<usize> = story.iter().map(|&s| memory.shown_as(s)).collect();
        assert!(shown.iter().all(|&s| s == shown[0]), "{shown:?} {why:?}");
    }
}

//! One story per incident (issue 13), precision: rules read off the false merges of the
//! twenty-fifth split of the stories gold set (round 39's blind split, read from round 40) and of
//! every read split pooled with it, each with the real reports that must stay apart and a near
//! pair of one incident that must still join.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::reports::Report;
use veille::model::Lang;

/// The stories `reports` join, added in order, as shown.
fn shown(reports: &[Report]) -> (Vec<usize>, Vec<String>) {
    let (memory, story, why) = crate::reports::joined(reports);
    (story.iter().map(|&s| memory.shown_as(s)).collect(), why)
}

/// A report that gives the day of its incident, more than two weeks before it, beside a story
/// that began with that incident, is a later turn of it, unless both name its gang.
mod a_report_recalling_its_incidents_day_weeks_before {
    use super::*;

    /// The library's attack reported on 2 November 2023, then its update "for close to a month"
    /// (dated mid-November, as the third gold split dates it).
    const LIBRARY: [Report; 2] = [
        (
            (2, 11, 2023),
            Lang::En,
            "Black Basta ransomware attack behind Toronto Public Library outages",
            "BleepingComputer reports that outages at Toronto Public Library have been due to an \
             attack by the Black Basta ransomware gang. While the Toronto Public Library had its \
             website, public computers, and printing services disrupted by the attack, there has \
             been no evidence suggesting the compromise of any customer or staff data.",
            "https://www.scmagazine.com/brief/black-basta-ransomware-attack-behind-toronto-public-library-outages",
        ),
        (
            (15, 11, 2023),
            Lang::En,
            "For close to a month, many of the Toronto Public Library’s services have been…",
            "For close to a month, many of the Toronto Public Library’s services have been \
             unavailable after a ransomware attack on Oct. 28. Browsing the TPL website, \
             accessing personal online accounts, renewing library cards and using public \
             computers at branches have all been affected. The TPL originally described the \
             outage as the result of a cybersecurity incident, but confirmed on Nov. 7 it was \
             from a ransomware attack.",
            "https://www.theglobeandmail.com/canada/article-toronto-public-library-ransomware-attack/",
        ),
    ];

    #[test]
    fn the_month_on_update_does_not_join_the_attacks_first_week() {
        let (shown, why) = shown(&LIBRARY);
        assert_ne!(shown[0], shown[1], "{why:?}");
    }

    /// The hospital's attack claimed by its gang (dated mid-April, as the development split
    /// dates it), the hospital's refusal to pay that gang, then the data the gang published, told
    /// with the gang 17 days on.
    #[test]
    fn the_data_its_gang_published_a_fortnight_on_still_joins() {
        let hospital: [Report; 3] = [
            (
                (15, 4, 2024),
                Lang::Fr,
                "Le pirate de LockBit annonce être l’auteur du piratage du CH de Cannes",
                "Mi-avril, le Centre Hospitalier de Cannes subissait une cyber attaque d’un \
                 groupe de pirates informatiques. Les hackers malveillants du groupe LockBit \
                 annoncent en être les auteurs.Le 16 avril, l’hôpital Simone Veil de Cannes a \
                 été victime d’une cyberattaque.",
                "https://zataz.com/le-pirate-de-lockbit-annonce-etre-lauteur-du-piratage-du-ch-de-cannes",
            ),
            (
                (2, 5, 2024),
                Lang::En,
                "Major French health provider Hôpital de Cannes - Simone Veil, or CHC-SV, has…",
                "Major French health provider Hôpital de Cannes - Simone Veil, or CHC-SV, has \
                 confirmed dismissing the demands issued by the LockBit ransomware operation \
                 following an attack last month, which resulted in the disruption of nearly 30% \
                 of non-urgent surgeries and a return to paper and pen recording of patient \
                 charts, according to Cybernews.",
                "https://www.scmagazine.com/brief/lockbit-hit-french-hospital-rejects-ransom-payment",
            ),
            (
                (2, 5, 2024),
                Lang::Fr,
                "Plus de 60 gigaoctets de données médicales et personnelles issues de la…",
                "Plus de 60 gigaoctets de données médicales et personnelles issues de la \
                 cyberattaque de l'hôpital de Cannes (Alpes-Maritimes) mi-avril ont été publiées \
                 sur internet, rapporte jeudi 2 mai France Bleu Azur. L'hôpital, victime d'une \
                 cyberattaque le 16 avril, n'a pas payé la rançon demandée car la loi \
                 l'interdit.Le centre hospitalier Cannes Simone-Veil confirme que 61 gigaoctets \
                 de données ont été publiées par le groupe de hackers Lockbit, à l'origine du \
                 vol de données.",
                "https://www.francetvinfo.fr/internet/securite-sur-internet/cyberattaques/cyberattaque-a-l-hopital-de-cannes-cartes-d-identite-bilans-medicaux-bulletins-de-salaire-61-gigaoctets-de-donnees-publiees-sur-internet_6520946.html",
            ),
        ];
        let (shown, why) = shown(&hospital);
        assert!(shown.iter().all(|&s| s == shown[0]), "{why:?}");
    }

    /// The same update a week after the attack's first reports is one of them.
    #[test]
    fn an_update_within_two_weeks_of_the_day_it_gives_still_joins() {
        let mut library = LIBRARY;
        library[1].0 = (7, 11, 2023);
        let (shown, why) = shown(&library);
        assert_eq!(shown[0], shown[1], "{why:?}");
    }
}

/// A criminal case's court turn (a plea, a sentence, an extradition done) is a story of its own,
/// months after the arrest or the charges: a headline telling it is a later turn beside the
/// reports of the plot, and reports of that turn in either language still meet.
mod a_criminal_cases_court_turn {
    use super::*;

    /// The plot against the carmaker (28 Aug 2020), then its suspect's plea (26 Sep 2020).
    const PLOT_AND_PLEA: [Report; 2] = [
        (
            (28, 8, 2020),
            Lang::En,
            "What just happened? Tesla very nearly found itself at the mercy of a ransomware…",
            "What just happened? Tesla very nearly found itself at the mercy of a ransomware \
             attack that would have cost it millions of dollars. The FBI claims that a Russian \
             citizen was part of a group who attempted to plant malware in the system of a \
             Nevada company since identified as the EV firm.",
            "https://www.techspot.com/news/86550-tesla-nevada-gigafactory-targeted-russian-hacking-plot.html",
        ),
        (
            (26, 9, 2020),
            Lang::En,
            "Russian citizen pleads not guilty in alleged ransomware plot against Tesla",
            "A Russian man accused of offering $1 million to an employee of U.S. electric car \
             company Tesla to enable a ransomware attack denied wrongdoing on September 24 \
             before a judge in Nevada.",
            "https://americanmilitarynews.com/2020/09/russian-citizen-pleads-not-guilty-in-alleged-ransomware-plot-against-tesla/",
        ),
    ];

    #[test]
    fn a_plea_is_a_later_turn_which_the_plots_report_never_tells() {
        let plot = crate::reports::profile(&PLOT_AND_PLEA[0]);
        let plea = crate::reports::profile(&PLOT_AND_PLEA[1]);
        assert!(plea.legal_turn);
        assert!(!plot.legal_said);
    }

    /// « Un développeur de LockBit a été extradé aux États-Unis… » tells the extradition; "…could
    /// be extradited to the US" awaits it, as the arrest's reports do.
    #[test]
    fn an_extradition_done_is_a_turn_and_one_awaited_is_not() {
        let done: Report = (
            (13, 3, 2025),
            Lang::Fr,
            "Un développeur de LockBit a été extradé aux États-Unis pour comparaître devant la justice",
            "Israël a extradé aux États-Unis, le 13 mars 2025, Rostislav Panev, un israélo-russe \
             de 51 ans accusé d’être l’un des développeurs du rançongiciel LockBit.",
            "https://incyber.org/article/developpeur-lockbit-ete-extrade-aux-etats-unis-pour-comparaitre-devant-justice/",
        );
        assert!(crate::reports::profile(&done).legal_turn);
        let awaited: Report = (
            (10, 11, 2022),
            Lang::En,
            "Ontario man arrested, could be extradited to the US over LockBit ransomware attacks",
            "A Russian-Canadian of Bradford was arrested in Ontario over LockBit ransomware \
             attacks and awaits extradition to the United States.",
            "https://example.org/ontario-man-arrested",
        );
        assert!(!crate::reports::profile(&awaited).legal_turn);
    }

    /// The Finnish hacker's sentence told in English and in French the same day: « reconnu
    /// coupable » tells it as "sentenced" does.
    #[test]
    fn reports_of_one_sentence_still_join_across_languages() {
        let sentence: [Report; 2] = [
            (
                (30, 4, 2024),
                Lang::En,
                "A 26-year-old Finnish man named Aleksanteri Kivimäki was recently sentenced to six…",
                "A 26-year-old Finnish man named Aleksanteri Kivimäki was recently sentenced to six \
                 years and three months in prison for hacking patient records at a private \
                 psychotherapy center. This case caused outrage in Finland, with a record number \
                 of about 24,000 people filing criminal complaints with the police.",
                "https://globetimeline.com/finnish-hacker-receives-sentencing-for-extortion-of-therapy-patients-by-obtaining-thousands-of-records",
            ),
            (
                (30, 4, 2024),
                Lang::Fr,
                "Aleksanteri Kivimaki a été reconnu coupable de « violation de données aggravée »…",
                "Aleksanteri Kivimaki a été reconnu coupable de « violation de données aggravée » \
                 et de « tentative d’extorsion aggravée » par un tribunal de première instance à \
                 Espoo, une ville du sud du pays.Cette affaire est sans précédent dans le pays \
                 nordique: lors d’une cyberattaque d’un centre de psychothérapie de Vastaamo en \
                 2018, les données et les dossiers d’environ 33.000 patients ont été divulgués.",
                "https://marine-oceans.com/actualites/piratage-de-centres-de-psychotherapie-un-finlandais-condamne-a-plus-de-six-ans-de-prison",
            ),
        ];
        let (shown, why) = shown(&sentence);
        assert!(shown.iter().all(|&s| s == shown[0]), "{why:?}");
    }
}

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

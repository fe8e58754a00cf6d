//! One story per incident (issue 13), precision: rules read off the false merges of the
//! twenty-sixth split of the stories gold set (round 40's blind split, read from round 41) and of
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

/// A shared actor is one piece of news about it (its takedown, its attribution) only when the
/// titles do not set it in countries of their own, none in common (an actor's name aside): a
/// hacktivist group's attack on one country and its threat to another, three days apart, are two
/// of its targets.
mod titles_setting_an_actors_news_in_two_countries {
    use super::*;

    const KENYA: Report = (
        (1, 8, 2023),
        Lang::Fr,
        "Cyberattaque par Anonymous Sudan : De nombreux services en ligne paralysés au Kenya",
        "Le groupe hacktiviste Anonymous Sudan a mené, le 28 juillet 2023 dernier,  une série de \
         cyberattaques par déni de service distribué (DDoS) contre des services en ligne au Kenya, \
         laissant les citoyens et les entreprises sans accès à des programmes essentiels sur la \
         plate-forme e-Citizen du pays. Anonymous Sudan prétend être un groupe d’extrémistes \
         soudanais, mais les chercheurs en sécurité pensent qu’il s’agit en réalité d’un gang \
         russe de cybercriminalité déguisé.",
        "https://soc.ticanalyse.org/2023/08/01/cyberattaque-par-anonymous-sudan-de-nombreux-services-en-ligne-paralyses-au-kenya",
    );

    const NIGERIA: Report = (
        (4, 8, 2023),
        Lang::Fr,
        "Le groupe de hackers Anonymous Sudan met en garde le Nigeria contre toute intervention \
         militaire au Niger",
        "Après avoir lancé une attaque par déni de service contre plusieurs entités et \
         administrations au Kenya puis au Soudan du Sud, Anonymous Sudan a décidé de s’en prendre \
         à un autre pays du continent.  Le groupe hacktiviste pro-russe Anonymous Sudan a mis en \
         garde le mercredi 2 août, via sa chaîne Telegram, le Nigeria contre toute intervention \
         militaire au Niger. Quelques heures après l’annonce, il a attaqué la filiale nigériane de \
         l’opérateur sud-africain de télécommunications MTN.",
        "https://www.wearetech.africa/fr/fils/actualites/tech/le-groupe-de-hackers-anonymous-sudan-met-en-garde-le-nigeria-contre-toute-intervention-militaire-au-niger",
    );

    #[test]
    fn the_gangs_threat_to_another_country_does_not_join_its_attack() {
        let (shown, why) = shown(&[KENYA, NIGERIA]);
        assert_ne!(shown[0], shown[1], "{why:?}");
        // The gang's name sets nothing in Sudan: the title is set in Kenya.
        let kenya = crate::reports::profile(&KENYA);
        assert_eq!(kenya.places[..kenya.title_places], ["KE"]);
    }

    /// The Dutch services' attribution told twice the same day, both titles naming the
    /// Netherlands and Russia: one piece of news about the group.
    #[test]
    fn two_titles_naming_the_same_countries_still_join() {
        let attribution: [Report; 2] = [
            (
                (27, 5, 2025),
                Lang::En,
                "Russian hackers thought to be behind mass Dutch police data leak",
                "Russian hackers are suspected of being behind an attack on the Dutch police \
                 network in which work-related details of tens of thousands of officers were \
                 stolen last September.  The group, known as Laundry Bear, is believed to have \
                 targeted business, organisations and government offices across the European \
                 Union using techniques developed by the Russian military intelligence agency \
                 GRU.",
                "https://www.dutchnews.nl/2025/05/russian-hackers-thought-to-be-behind-mass-dutch-police-data-leak",
            ),
            (
                (27, 5, 2025),
                Lang::En,
                "Dutch intel blames “unknown Russian hackers” for cyberattacks on state and \
                 private institutions",
                "The Netherlands’ intelligence services have accused an unidentified hacker \
                 group allegedly linked to Russia of conducting a series of cyberattacks \
                 targeting both governmental and commercial institutions across the country.  \
                 According to a joint report published by the Dutch General Intelligence and \
                 Security Service (AIVD) and the Military Intelligence and Security Service \
                 (MIVD), the group, referred to as Laundry Bear, has been actively engaged in \
                 espionage-oriented cyber operations since 2024, Caliber.Az reports, citing \
                 Russian media.",
                "https://caliber.az/en/post/dutch-intel-blames-unknown-russian-hackers-for-cyberattacks-on-state-and-private-institutions",
            ),
        ];
        let (shown, why) = shown(&attribution);
        assert_eq!(shown[0], shown[1], "{why:?}");
    }
}

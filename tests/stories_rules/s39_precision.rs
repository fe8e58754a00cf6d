//! One story per incident (issue 13), precision: rules read off the false merges of the
//! twenty-fourth split of the stories gold set (round 38's blind split, read from round 39) and of
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

/// Two untitled items (each title its lead's first words) whose leads open on one company and
/// find no victim chose no subject: the company's name both open on is a name both leads give,
/// not the subject of both titles.
mod two_leads_opening_on_a_company_with_no_victim {
    use super::*;

    /// The insurer's policy news (12 May 2021), then a report of its Asian offices' ransomware
    /// that recalls the policy first (16 May 2021).
    const INSURER: [Report; 2] = [
        (
            (12, 5, 2021),
            Lang::Fr,
            "Il y a quelques jours, l'assureur AXA a annoncé ne plus vouloir indemniser les attaques par…",
            "Il y a quelques jours, l'assureur AXA a annoncé ne plus vouloir indemniser les \
             attaques par ransomwares (ou rançonlogiciels). Il s'agit de ces fameuses attaques \
             durant lesquelles les hackers volent des données, souvent sensibles, et réclament \
             ensuite une rançon. Une annonce qui vaut uniquement pour la France. Pour le moment, \
             la branche américaine d'AXA continuera d'indemniser les victimes de ransomwares aux \
             États-Unis.",
            "https://siecledigital.fr/2021/05/12/axa-indemnisation-ransomwares/",
        ),
        (
            (16, 5, 2021),
            Lang::Fr,
            "L’histoire entre Axa et les groupes de ransomwares est compliquée. Récemment, l’assureur français…",
            "L’histoire entre Axa et les groupes de ransomwares est compliquée. Récemment, \
             l’assureur français avait annoncé la suspension de sa garantie contre le rançonnage. \
             Les autorités considéraient que cette offre facilitait les attaques. Mais Axa est \
             aussi une victime de ces groupes de cybercriminels comme le montrent des attaques \
             menées contre les bureaux asiatiques de l’assureur. Les succursales de Thaïlande, \
             Malaisie, Hong Kong et Philippines ont subi une offensive par ransomware.",
            "https://www.lemondeinformatique.fr/actualites/lire-des-bureaux-asiatiques-d-axa-cibles-par-le-ransomware-avaddon-82932.html",
        ),
    ];

    #[test]
    fn the_attack_does_not_join_the_policy_news() {
        let (shown, why) = shown(&INSURER);
        assert_ne!(shown[0], shown[1], "{why:?}");
    }

    /// The football federation's second data theft of the year (27 November 2025), told by two
    /// untitled items whose leads open on the victim of the attack.
    #[test]
    fn two_leads_opening_on_the_victim_of_an_attack_still_join() {
        let federation: [Report; 2] = [
            (
                (27, 11, 2025),
                Lang::Fr,
                "La Fédération française de football (FFF) a été victime d’un acte de…",
                "La Fédération française de football (FFF) a été victime d’un acte de \
                 cybermalveillance et d’un vol de données visant le logiciel utilisé par les \
                 clubs pour gérer leurs licenciés, a-t-elle fait savoir jeudi.",
                "https://www.lemediaplus.com/la-federation-francaise-de-football-a-ete-victime-dun-acte-de-cybermalveillance-et-dun-vol-de-donnees",
            ),
            (
                (27, 11, 2025),
                Lang::Fr,
                "Pour la deuxième fois dans l’année 2025, la Fédération Française de Football a…",
                "Pour la deuxième fois dans l’année 2025, la Fédération Française de Football a \
                 du reconnaitre qu’elle avait été victime d’un vol massif de ses données. Le \
                 logiciel utilisé par les clubs pour leur gestion administrative a été pénétré \
                 par des pirates, qui ont pu récupérer quasiment toutes les données exceptées \
                 les coordonnées bancaires, qui sont sécurisées à part.",
                "https://www.foot01.com/equipe-de-france/fff-nouveau-vol-de-donnees-des-millions-de-licencies-concernes",
            ),
        ];
        let (shown, why) = shown(&federation);
        assert_eq!(shown[0], shown[1], "{why:?}");
    }
}

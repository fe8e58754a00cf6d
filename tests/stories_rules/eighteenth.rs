//! French and English reports of one incident meet by what survives translation (issue 13): rules
//! read off the eighteenth split of the stories gold set (round 30's blind split) and the errors of
//! every read split pooled with it, each with the real reports that motivated it and near misses.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::reports::{Report, profile};
use veille::model::Lang;

/// The stories the reports join, added in order, and why each joined.
fn stories(reports: &[Report]) -> (Vec<usize>, Vec<String>) {
    let (_, story, why) = crate::reports::joined(reports);
    (story, why)
}

/// A victim's statement on its own site names it in its headline, and the press's reports of the
/// incident are found by that name: Vodafone Portugal's press release and a French trade paper's
/// report (7 Feb 2022), Ledger's message to its customers and the crypto press (July 2020). The
/// outlet's own name is dropped from every other piece it publishes (its footer names it).
mod own_statements {
    use super::*;

    const VODAFONE: [Report; 2] = [
        (
            (8, 2, 2022),
            Lang::En,
            "Cyberattack on Vodafone Portugal",
            "Vodafone is experiencing a network outage which began last night on February 7, 2022 \
             due to a deliberate and malicious cyberattack with the intention to cause damage and \
             disruption. When the first sign of an issue was detected in our network, we \
             immediately took action to identify and contain damage, and restore services. The \
             outage is affecting the provision of services based on a data network, namely, 4G/5G \
             network, fixed voice services, Television, SMS and voice/digital customer care \
             services.",
            "https://www.vodafone.pt/en/press-releases/2022/2/cyberattack-on-vodafone-portugal.html",
        ),
        (
            (10, 2, 2022),
            Lang::Fr,
            "Les infrastructures de Vodafone au Portugal ont été victimes d’une cyberattaque d’envergure le 7…",
            "Les infrastructures de Vodafone au Portugal ont été victimes d’une cyberattaque \
             d’envergure le 7 février, paralysant les usagers et de nombreux services essentiels \
             pendant plusieurs jours. Vodafone a été la cible d’une perturbation du réseau qui a \
             commencé dans la nuit du 7 février 2022 en raison d’une cyberattaque délibérée et \
             malveillante destinée à causer des dommages et des perturbations. Dès que le premier \
             signe d’un problème sur le réseau a été détecté, Vodafone a agi immédiatement pour \
             identifier et contenir les effets et restaurer les services.",
            "https://constructioncayola.com/reseaux-vrd/article/2022/02/10/138142/portugal-victime-une-cyberattaque-telecoms",
        ),
    ];

    #[test]
    fn a_victims_press_release_keeps_its_own_name_and_meets_the_french_report() {
        let release = profile(&VODAFONE[0]);
        assert!(release.names.contains(&"vodafone".to_owned()));
        let (story, why) = stories(&VODAFONE);
        assert_eq!(story[0], story[1], "{why:?}");
        assert!(why[1].contains("vodafone"), "{why:?}");
    }

    #[test]
    fn a_message_from_a_companys_leadership_on_its_site_names_the_company() {
        let message = (
            (29, 7, 2020),
            Lang::En,
            "Addressing the July 2020 e-commerce and marketing data breach — A Message From \
             Ledger’s Leadership",
            "On the 14th of July 2020, a researcher participating in our bounty program made us \
             aware of a potential data breach on the Ledger website.",
            "https://ledger.com/addressing-the-july-2020-e-commerce-and-marketing-data-breach",
        );
        assert!(profile(&message).names.contains(&"ledger".to_owned()));
    }

    /// Near misses: the outlet's name as a masthead after the headline's last dash or bar, and an
    /// untitled item (its title the lead's first words) that names its outlet, stay out.
    #[test]
    fn an_outlets_masthead_or_an_untitled_items_lead_keeps_no_outlet_name() {
        let masthead = (
            (24, 7, 2025),
            Lang::En,
            "ToolShell Attacks Hit 400+ SharePoint Servers - SecurityWeek",
            "Over 400 SharePoint servers were compromised, according to Eye Security.",
            "https://www.securityweek.com/toolshell-attacks-hit-400-sharepoint-servers/",
        );
        assert!(
            !profile(&masthead)
                .names
                .contains(&"securityweek".to_owned())
        );
        let bar = (
            (24, 7, 2025),
            Lang::Fr,
            "Fuite de données chez Orange Belgium | ZATAZ",
            "Orange Belgium confirme une fuite de données touchant 850 000 clients.",
            "https://www.zataz.com/fuite-orange-belgium/",
        );
        assert!(!profile(&bar).names.contains(&"zataz".to_owned()));
        let untitled = (
            (24, 7, 2025),
            Lang::Fr,
            "Numerama a appris que la société Zorvex avait été victime d’une cyberattaque…",
            "Numerama a appris que la société Zorvex avait été victime d’une cyberattaque \
             massive la semaine dernière.",
            "https://www.numerama.com/cyberguerre/zorvex-cyberattaque.html",
        );
        assert!(!profile(&untitled).names.contains(&"numerama".to_owned()));
    }
}

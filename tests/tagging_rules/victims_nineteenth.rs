//! False victims of the nineteenth split (round 29's blind one, read from round 30) and the read
//! splits before it, by the role their sentence gives them (round s30victims, issue 10 items 1-2):
//! a group that hacks, a headline's rubric, a person presented by their role, the reader's own
//! account, and an institution's name cut at an elided word. Each with the sentence that
//! motivated it and a near miss that must not fire.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

#[test]
fn a_group_that_hacks_in_the_present_is_no_victim_fr() {
    // Nineteenth split: « pirate » without its accent is the verb, its subject the attacker.
    let r = suggest(
        "Le groupe Fallaga pirate des sites web du gouvernement tunisien",
        "Plusieurs sites officiels tunisiens étaient inaccessibles dimanche.",
    );
    assert!(!targets(&r).contains(&"Fallaga"), "{:?}", r.target);
    // Near miss: the participle names its subject as the victim (eleventh split).
    let r = suggest(
        "Volkswagen France piraté : l'inquiétant silence du constructeur",
        "Le constructeur n'a pas réagi aux revendications des pirates.",
    );
    assert!(targets(&r).contains(&"Volkswagen France"), "{:?}", r.target);
}

/// Sentences enough that the text would name its victim again (no feed teaser).
const MORE: &str = " Les équipes techniques travaillent à rétablir les services. Une plainte a été \
    déposée et les autorités compétentes ont été prévenues. Les usagers sont invités à la \
    prudence face aux messages suspects. De nouvelles informations seront communiquées dans les \
    prochains jours.";

#[test]
fn a_headline_s_rubric_before_its_colon_is_no_victim_fr() {
    // Fifteenth and eighteenth splits.
    let r = suggest(
        "Exclu RTL: des milliers d'entreprises belges victimes de chantage informatique",
        &format!(
            "Des milliers d'entreprises belges reçoivent des menaces de pirates qui exigent une \
             rançon.{MORE}"
        ),
    );
    assert!(!targets(&r).contains(&"Exclu RTL"), "{:?}", r.target);
    let r = suggest(
        "Tunisie-Internet : Le site de l’UGTT piraté depuis 10 jours",
        &format!(
            "Le site officiel de l’Union générale tunisienne du travail (UGTT) a été piraté.{MORE}"
        ),
    );
    assert!(!targets(&r).contains(&"Tunisie-Internet"), "{:?}", r.target);
    // Near miss: the victim's incident opens the part after the colon (unseen split).
    let r = suggest(
        "Cité de Clarence-Rockland : attaque informatique",
        &format!("Les systèmes informatiques sont hors service depuis lundi.{MORE}"),
    );
    assert!(
        targets(&r).contains(&"Cité de Clarence-Rockland"),
        "{:?}",
        r.target
    );
}

#[test]
fn a_person_presented_by_a_role_and_a_comma_is_no_victim_fr() {
    // Nineteenth split: the title alone was kept as a victim.
    let r = suggest(
        "Un ancien sénateur haïtien dit avoir été piraté",
        "L’ancien Sénateur, Jean Charles Moïse a déclaré que son téléphone a été récemment \
         piraté, et qu’une autre personne se sert de son numéro à sa place.",
    );
    assert!(
        !targets(&r)
            .iter()
            .any(|v| v.contains("Sénateur") || v.contains("Moïse")),
        "{:?}",
        r.target
    );
}

#[test]
fn the_reader_s_own_account_names_no_platform_as_victim_fr() {
    // Nineteenth split (a WhatsApp scam): Meta was suggested, high.
    let r = suggest(
        "Nouvelle arnaque sur WhatsApp: si vous recevez un message inconnu, ne répondez pas",
        "En réalité, ce n'est pas votre WhatsApp qui a été piraté... mais celui de votre contact \
         qui vous envoie le message.",
    );
    assert!(!targets(&r).contains(&"Meta"), "{:?}", r.target);
}

#[test]
fn a_communaute_d_agglomeration_keeps_its_whole_name_fr() {
    // Nineteenth split: read « Agglomération Saint-Avold Synergie ».
    let r = suggest(
        "Cyberattaque : la communauté d’agglomération Saint-Avold Synergie victime d’une tentative de rançon",
        "Les services de l'intercommunalité ont été perturbés.",
    );
    assert_eq!(
        targets(&r),
        ["Communauté d’agglomération Saint-Avold Synergie"]
    );
}

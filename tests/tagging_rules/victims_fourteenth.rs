//! Victims by the grammar of their sentence (round s25victims, issue 10 items 1-2): on the
//! fourteenth gold split (round 24's blind one) and pooled over every read split, most missed
//! victims were never read as one. The subject before an aside, the present tense of « paralyser »,
//! "been the victim of" with its article, and a short and a full name that gave way to each other.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

#[test]
fn the_subject_before_an_aside_is_the_victim() {
    // A town hall of Gironde (fourteenth split): the aside ends on a place.
    let s = suggest(
        "« On nous réclame une rançon »",
        "Dans la nuit du 20 au 21 février 2025, la mairie de Berson, bourgade de 1 800 habitants \
         située en Haute-Gironde, a été victime d’une cyberattaque.\n\nTous les fichiers hébergés \
         sur le serveur de la commune ont été cryptés.",
    );
    assert_eq!(targets(&s), ["Mairie de Berson"], "{:?}", s.target);
    // A builder of Vendée (fourteenth split): the aside ends on a place in parentheses.
    let s = suggest(
        "Vendée : une entreprise du bâtiment victime d'une cyberattaque avec rançon, les 650 \
         salariés renvoyés chez eux",
        "L'entreprise spécialisée dans la production de revêtements de façade pour le bâtiment \
         PRB, située aux Achards (Vendée), a été victime d'une cyberattaque dans la nuit de jeudi \
         à vendredi, rapporte France Bleu Loire Océan, vendredi 4 juin.",
    );
    assert_eq!(targets(&s), ["PRB"], "{:?}", s.target);
    // An Italian football club (eighth split): the aside ends on a competition, not a victim.
    let s = suggest(
        "Le club de foot de Bologne, qui joue la Ligue des champions cette année, piégé par un \
         ransomware",
        "L'équipe italienne du FC Bologne, actuellement engagée en Ligue des champions, confirme \
         avoir été victime d'un piratage informatique.",
    );
    assert_eq!(targets(&s), ["FC Bologne"], "{:?}", s.target);
}

#[test]
fn an_aside_after_a_place_or_an_abbreviation_leaves_the_subject_to_the_sentence() {
    // "La Haye" after « à la » is where the court sits (held-out part of gold.toml).
    let s = suggest(
        "Des hackers ont infiltré la Cour pénale internationale à La Haye",
        "La Cour pénale internationale à la Haye, chargée d’enquêter sur les violations du droit \
         international, a subi une cyberattaque.",
    );
    assert!(
        !targets(&s).iter().any(|t| t.contains("Haye")),
        "{:?}",
        s.target
    );
    // An abbreviation in parentheses before the aside is the subject's, not another victim.
    let s = suggest(
        "La CPI victime d'une cyberattaque",
        "La Cour pénale internationale (CPI), basée à La Haye, a déclaré avoir été victime d'une \
         cyberattaque.",
    );
    assert!(!targets(&s).contains(&"CPI"), "{:?}", s.target);
}

#[test]
fn the_present_of_paralyser_makes_its_object_the_victim() {
    // An airline (twelfth split): « paralyse » is active, « paralysé » a participle.
    let s = suggest(
        "Cyberattaque par des hacktivistes pro-Ukraine paralyse Aeroflot",
        "L’attaque, survenue un lundi, a perturbé les voyages à travers la Russie.",
    );
    assert_eq!(targets(&s), ["Aeroflot"], "{:?}", s.target);
    let s = suggest(
        "La mairie de Caen paralysée par une cyberattaque",
        "Les services sont fermés depuis lundi.",
    );
    assert_eq!(targets(&s), ["Mairie de Caen"], "{:?}", s.target);
}

#[test]
fn been_the_victim_of_names_its_subject_with_its_article() {
    // A New York city (fourteenth split), after a newspaper's name that opens the sentence.
    let s = suggest(
        "No computers for the past week; ransom demanded",
        "Yonkers Rising has learned that the City of Yonkers has been the victim of a ransomware \
         attack and for the period of the past five days, City Hall and its employees have been \
         without their computers.",
    );
    assert_eq!(targets(&s), ["City of Yonkers"], "{:?}", s.target);
    // A French community of towns (twelfth split).
    let s = suggest(
        "La « Com Com » Rives de Moselle attaquée",
        "Durant la nuit du 3 au 4 mars 2022 la Communauté de Communes Rives de Moselle a été la \
         victime d’une cyberattaque, qui a paralysé l’activité des services.",
    );
    assert_eq!(
        targets(&s),
        ["Communauté de Communes Rives de Moselle"],
        "{:?}",
        s.target
    );
}

#[test]
fn a_short_and_a_full_name_of_one_victim_keep_the_full_one() {
    // A veterinary group (fourteenth split): « CVS » in the title, « CVS Group » in the text
    // gave way to each other and both were lost.
    let s = suggest(
        "Une cyberattaque contre le groupe britannique CVS perturbe les opérations vétérinaires",
        "Le fournisseur britannique de services vétérinaires CVS Group a annoncé avoir subi une \
         cyberattaque qui a perturbé les services informatiques de ses cabinets à travers le \
         pays.\n\nDans une annonce publiée sur le site de la Bourse de Londres, CVS Group avertit \
         que des acteurs de la menace ont obtenu un accès non autorisé à certains de ses systèmes \
         informatiques.",
    );
    assert_eq!(targets(&s), ["CVS Group"], "{:?}", s.target);
}

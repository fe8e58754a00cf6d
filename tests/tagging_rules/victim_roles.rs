//! Who the text makes the victim, on the sentences of the tenth gold split (round 20's blind one,
//! read from round 21), where the suggester proposed attackers, people, a researcher and aliases as
//! victims: a passive's agent, a person named with a title, the author of a report, a quoted
//! message, a company's seat, an alias in apposition and a title that describes its victim by its
//! place.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

#[test]
fn the_name_after_hacked_by_is_who_did_it_fr_en() {
    let fr = suggest(
        "Sécurité : site internet du ministère de l’emploi piraté",
        "En saisissant l’adresse du site (www.formation.gouv.ci) le message suivant est présenté \
         à l’internaute : « HACKED BY HUNT3RXM et Tunix_Wolf ». L’attaque aurait donc été menée \
         par deux hackers dont les pseudonymes sont présentés fièrement sur la page d’accueil.",
    );
    for attacker in ["HUNT3RXM", "Tunix"] {
        assert!(
            !targets(&fr).iter().any(|t| t.contains(attacker)),
            "{:?}",
            fr.target
        );
    }
    let en = suggest(
        "Ministry website defaced",
        "Visitors to the ministry's site found a banner reading \"Hacked by HUNT3RXM\" on a black \
         background.",
    );
    assert!(
        !targets(&en).iter().any(|t| t.contains("HUNT3RXM")),
        "{:?}",
        en.target
    );
}

#[test]
fn a_person_named_with_a_title_is_no_victim_en_fr() {
    let judge = suggest(
        "County computers infected with malware",
        "A ransomware attack has locked down many computers in the Jackson County Courthouse. \
         According to County Judge Jill Sklar, the sheriff, district attorney, and district \
         clerk’s computers were targeted by hackers.",
    );
    assert!(
        !targets(&judge).iter().any(|t| t.contains("Sklar")),
        "{:?}",
        judge.target
    );
    let leader = suggest(
        "North Korean defectors group leader attacked by state-backed hackers",
        "Several hacking attempts have been deployed by North Korean state-sponsored threat \
         groups APT37 and APT43 against defectors' group head Lee Min-bok, Yonhap News Agency \
         reports. Attacks against Lee, who was a researcher at North Korea's agricultural \
         science institute before defecting to the South in 1990, have been conducted by \
         state-backed hackers through email one or more times per week.",
    );
    assert!(!targets(&leader).contains(&"Lee"), "{:?}", leader.target);
    let fr = suggest(
        "L’espionnage chinois frappe à nouveau: une députée Open Vld visée",
        "Le piratage de Mme Liekens s’est produit via un courriel qui a permis d’installer un \
         logiciel malveillant sur son ordinateur.",
    );
    assert!(
        !targets(&fr).iter().any(|t| t.contains("Liekens")),
        "{:?}",
        fr.target
    );
}

#[test]
fn a_headline_s_subject_that_publishes_the_report_is_no_victim_fr() {
    let s = suggest(
        "Kaspersky : Un infostealer a permis la fuite des données bancaires de plus de 2 millions \
         de personnes",
        "Dans le cadre du Mobile World Congress 2025, Kaspersky dévoile son rapport sur le paysage \
         des menaces liées aux infostealers.",
    );
    assert!(!targets(&s).contains(&"Kaspersky"), "{:?}", s.target);
    // A headline's subject that confirms its own incident stays the victim.
    let victim = suggest(
        "Intraverse : 16,9 millions d’entrées exposées",
        "Intraverse a confirmé la fuite de données.",
    );
    assert_eq!(targets(&victim), ["Intraverse"]);
}

#[test]
fn a_quoted_message_before_a_headline_s_colon_names_no_victim_fr() {
    let s = suggest(
        "«Colis à récupérer» : la Gendarmerie alerte sur une nouvelle arnaque par SMS",
        "La Gendarmerie alerte sur une nouvelle arnaque par SMS : le « colis à récupérer ».",
    );
    assert!(!targets(&s).contains(&"Colis"), "{:?}", s.target);
}

#[test]
fn where_a_company_is_headquartered_is_no_part_of_its_name_en() {
    let s = suggest(
        "Nordic companies targeted in wave of cyber attacks",
        "The aggressive ransomware virus attack on the Oslo-headquartered Nordic Choice Hotels \
         (NCH) in December disrupted the leisure company’s booking, payments platform and online \
         check-in IT systems.",
    );
    assert_eq!(targets(&s), ["Nordic Choice Hotels"]);
}

#[test]
fn an_alias_in_apposition_gives_way_to_the_full_name_and_so_does_the_title_s_place_fr() {
    let s = suggest(
        "Le centre hospitalier de Tournai victime d'une cyber-attaque",
        "Le Centre hospitalier de Wallonie picarde, le ChWapi, a été victime d'une cyber attaque \
         informatique dimanche soir, à 20h46 précises. Pas moins de 80 des 300 serveurs \
         informatiques ont été touchés.",
    );
    assert_eq!(
        targets(&s),
        ["Centre hospitalier de Wallonie picarde"],
        "{:?}",
        s.target
    );
}

#[test]
fn the_object_of_attacked_is_the_victim_en_fr() {
    let en = suggest(
        "Ransomware hits a tea maker's subsidiary",
        "The company said a ransomware gang attacked Ito En North America on December 2, \
         encrypting servers in Texas and stealing company data.",
    );
    assert!(
        targets(&en).contains(&"Ito En North America"),
        "{:?}",
        en.target
    );
    let fr = suggest(
        "Cyberattaque dans l'Indre",
        "Des pirates informatiques ont attaqué le site de la mairie d'Argenton-sur-Creuse dans \
         l'Indre, ce vendredi 30 octobre.",
    );
    assert!(
        targets(&fr)
            .iter()
            .any(|t| t.contains("Argenton-sur-Creuse")),
        "{:?}",
        fr.target
    );
}

#[test]
fn a_headline_s_town_whose_text_names_only_its_town_hall_is_that_town_hall_fr() {
    let s = suggest(
        "Franquevielle : piratage, usurpation d’identité de la commune, une fin heureuse",
        "Communiqué de Virginie Nicolas, maire. Fin 2021, la mairie s’est retrouvée la cible de \
         cyber malveillance. Le mot de passe de la messagerie orange a été décrypté et vendu sur \
         le darkweb. « Par ce cheval de Troie, un réseau d’escroc a utilisé la messagerie de la \
         mairie pour tenter de détourner les subventions que la commune devait percevoir pour la \
         rénovation de la salle des fêtes et pour détourner des factures pour en obtenir le \
         paiement à la place des prestataires.",
    );
    assert_eq!(targets(&s), ["Mairie de Franquevielle"], "{:?}", s.target);
    // A company before the colon keeps its own name.
    let company = suggest(
        "Trigano : une cyberattaque désorganise la production",
        "Le groupe Trigano a été victime d'une cyberattaque.",
    );
    assert_eq!(targets(&company), ["Trigano"]);
}

/// Round s21vrecall: the lead's subject is the company the title names by its first word, even
/// when the lead hedges its incident and says only that it investigates (ninth split); a known
/// actor opening both is who attacks (ninth split, French).
#[test]
fn the_lead_s_subject_the_title_opens_with_is_the_victim_en_not_an_actor_fr() {
    let en = suggest(
        "Fujifilm Shuts Down Servers to Investigate Possible Ransomware Attack",
        "Fujifilm is investigating a potential ransomware attack that resulted in the company \
         closing down part of its network.\n\nThe company is investigating \"possible unauthorized \
         access\" to its server, it said in a statement.\n\nIn an earlier statement, Fujifilm \
         said it had discontinued the affected systems.",
    );
    assert!(targets(&en).contains(&"Fujifilm"), "{:?}", en.target);
    let fr = suggest(
        "LockBit poursuit ses attaques contre des cibles françaises",
        "LockBit a revendiqué, depuis début avril 2023, plusieurs attaques contre des entreprises \
         et des collectivités françaises.",
    );
    assert!(
        !targets(&fr).iter().any(|t| t.contains("LockBit")),
        "{:?}",
        fr.target
    );
}

//! Victims on the twenty-third gold split (round 35's blind one, read from round 36): people
//! presented by their age or their role after an article, a lower-case preposition opening a
//! place, and a kind word alone, read as victims.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

#[test]
fn a_person_presented_by_an_age_or_a_role_after_an_article_is_no_victim_en_fr() {
    // DT Next, 2021 (twenty-third split).
    let s = suggest(
        "UK man arrested in Spain charged in US with Twitter hack",
        "Joseph O'Connor, 22, was arrested in the coastal resort town of Estepona, Spain, on an \
         arrest warrant accusing him of involvement in a July 2020 hack of more than 130 accounts.",
    );
    assert!(!targets(&s).contains(&"Joseph O'Connor"), "{:?}", s.target);
    // France 3 Auvergne-Rhône-Alpes (twenty-third split).
    let s = suggest(
        "Insultes, menaces de mort, le compte Facebook du maire de Saint-Gervais, Jean-Marc \
         Peillex, piraté",
        "La page Facebook de Jean-Marc Peillex, le maire de Saint-Gervais (Haute-Savoie) a été la \
         cible d'une véritable attaque en règle ce week-end. Son compte privé a été piraté.",
    );
    assert!(
        !targets(&s).contains(&"Jean-Marc Peillex"),
        "{:?}",
        s.target
    );
    // Stornoway Gazette (twenty-first split): the council's chief executive.
    let s = suggest(
        "Cyber breach Western Isles",
        "Malcolm Burr, the council’s chief executive, confirmed: “The comhairle has been victim \
         of a criminal cyber incident which has affected quite significantly our IT system.”",
    );
    assert!(!targets(&s).contains(&"Malcolm Burr"), "{:?}", s.target);
}

#[test]
fn a_firm_s_manager_is_no_victim_but_a_number_s_decimals_say_nothing_fr() {
    // La Montagne (twenty-third split): « André » was read for the firm.
    let s = suggest(
        "Piratage informatique : un chef d'entreprise met la clef sous la porte à Clermont-Ferrand",
        "C’est en consultant son serveur informatique qu’André Thomas, gérant de la société \
         Auvergne-Clermont-Pièces, à Clermont-Ferrand, a découvert un message lui réclamant 3.800 \
         euros.",
    );
    assert!(!targets(&s).contains(&"André"), "{:?}", s.target);
    // BFM Hérault (twelfth split): « 3,2 millions » is no age.
    let s = suggest(
        "Cyberattaque du laboratoire Inovie Labosud, 3,2 millions d'Héraultais potentiellement \
         concernés",
        "Le groupe de biologie médicale Inovie Labosud a déposé plainte après avoir constaté un \
         \"accès non autorisé\" à certaines données personnelles et médicales de ses patients.",
    );
    assert!(targets(&s).contains(&"Inovie Labosud"), "{:?}", s.target);
}

#[test]
fn a_place_after_a_lower_case_preposition_and_a_kind_word_alone_are_no_victims_fr() {
    // Réunion la 1ère (twenty-third split): an unnamed firm, where it is.
    let s = suggest(
        "Un chef d’entreprise de Saint-Paul victime d’un piratage informatique et d’une demande \
         de rançon",
        "Les pirates pratiquent la technique de l'hameçonnage.",
    );
    assert!(
        !targets(&s).iter().any(|t| t.contains("Saint-Paul")),
        "{:?}",
        s.target
    );
    // 24 heures (twenty-third split): the association's acronym is its name, « Association » none.
    let s = suggest(
        "Un réseau d’accueil de jour a été victime d’une cyberattaque",
        "L’Association pour l’entraide familiale et l’accueil de jour des enfants du Gros-de-Vaud \
         et environs (EFAJE) a été victime d’une cyberattaque le vendredi 25 février.",
    );
    assert!(!targets(&s).contains(&"Association"), "{:?}", s.target);
    assert!(targets(&s).contains(&"EFAJE"), "{:?}", s.target);
}

#[test]
fn the_companies_that_help_or_buy_from_the_victim_are_no_victims_en() {
    // Emergency Physicians Monthly (twenty-third split): the experts who helped.
    let s = suggest(
        "Cyber Attack Strikes Emergency Department",
        "More than 6,000 computers were affected by this devastating ransomware. Cybersecurity \
         experts from a multitude of companies including Microsoft, Cisco, Symantec, and Meditech \
         worked around-the-clock to mitigate the impact of this sophisticated attack.",
    );
    for vendor in ["Microsoft", "Cisco", "Symantec", "Meditech"] {
        assert!(!targets(&s).contains(&vendor), "{vendor}: {:?}", s.target);
    }
    // DataBreaches.net (twenty-third split): the victim's customers.
    let s = suggest(
        "",
        "Hackers have broken into an internet infrastructure firm that provides services to \
         dozens of the world’s largest and most valuable companies, including Oracle, Volkswagen, \
         Airbus, and many more as part of an extortion attempt, Motherboard has learned.",
    );
    for client in ["Oracle", "Volkswagen", "Airbus"] {
        assert!(!targets(&s).contains(&client), "{client}: {:?}", s.target);
    }
    // The victims listed after their kind stay ("companies like Microsoft, Nvidia, and Okta").
    let s = suggest(
        "Hackers hit tech giants",
        "The group breached several companies like Microsoft, Nvidia, and Okta last year.",
    );
    assert!(targets(&s).contains(&"Nvidia"), "{:?}", s.target);
}

#[test]
fn each_commune_listed_after_an_elided_preposition_is_a_victim_fr() {
    // Le Parisien (twenty-third split): an opening with no comma, then the communes' sites.
    let s = suggest(
        "Plusieurs sites web de mairies du Val-d’Oise piratés",
        "Dans la nuit de jeudi à vendredi les sites des communes d’Ezanville, Jouy-le-Moutier, \
         Goussainville et Piscop ont été victimes d’une attaque informatique.",
    );
    for commune in [
        "Commune d’Ezanville",
        "Commune de Jouy-le-Moutier",
        "Commune de Goussainville",
        "Commune de Piscop",
    ] {
        assert!(targets(&s).contains(&commune), "{commune}: {:?}", s.target);
    }
    assert!(!targets(&s).contains(&"Piscop"), "{:?}", s.target);
}

#[test]
fn a_subject_placed_in_its_town_then_hit_is_a_victim_en_fr() {
    // Becker's Health IT (twenty-third split): the town, its state, then an adverb.
    let s = suggest(
        "Cayuga Medical Center Faces Cyberattack",
        "Cayuga Medical Center in Ithaca, New York, was temporarily disrupted by a cyberattack on \
         Tuesday evening, which led to a diversion of emergency room admissions.",
    );
    assert!(
        targets(&s).contains(&"Cayuga Medical Center"),
        "{:?}",
        s.target
    );
    // France 3 Normandie (seventh split): the town, then where the town is.
    let s = suggest(
        "Cyberattaque : un EHPAD de l'Eure visé, aucune conséquence sur la prise en charge",
        "L'EHPAD des Franches Terres à Beuzeville, au sud d'Honfleur, a été victime d'une \
         cyberattaque ce mercredi 24 août 2022.",
    );
    assert!(
        targets(&s).contains(&"EHPAD des Franches Terres"),
        "{:?}",
        s.target
    );
}

#[test]
fn the_institution_owning_a_facility_and_a_firm_disrupted_at_are_victims_en() {
    // Stuff (twenty-third split): the council's hot pools.
    let s = suggest(
        "Computer hacker steals sensitive information from 20,000 Christchurch hot pools customers",
        "Personal information about as many as 20,000 members of the public has been stolen in a \
         data breach at Christchurch City Council’s He Puna Taimoana hot pools.",
    );
    assert!(
        targets(&s).contains(&"Christchurch City Council"),
        "{:?}",
        s.target
    );
    // Infosecurity Magazine (twenty-third split).
    let s = suggest(
        "",
        "Manufacturing and shipping were disrupted at Southwire Co. after the discovery of \
         suspicious activity on the organization's computer network prompted a company-wide shut \
         down.",
    );
    assert!(
        targets(&s).iter().any(|t| t.starts_with("Southwire")),
        "{:?}",
        s.target
    );
}

#[test]
fn a_subject_that_experienced_an_incident_is_its_victim_en() {
    // Healthcare IT News (twenty-third split).
    let s = suggest(
        "Hospitals Across U.S. Forced to Divert Patients Due to Possible Cyber Attack",
        "In Pocatello, Idaho, Portneuf Medical Center experienced a network outage, which forced \
         its emergency room to divert patients, reports East Idaho News.",
    );
    assert!(
        targets(&s).contains(&"Portneuf Medical Center"),
        "{:?}",
        s.target
    );
    // A hypothetical present names no victim.
    let s = suggest(
        "SEC rules",
        "If the registrant experiences a cybersecurity incident, it must file Form 8-K.",
    );
    assert!(s.target.is_empty(), "{:?}", s.target);
}

#[test]
fn a_council_on_a_subject_and_a_university_at_a_town_keep_their_whole_name_en() {
    // Nineteenth split: the think tanks targeted.
    let s = suggest(
        "Russian hackers target think tanks",
        "The hackers targeted the German Council on Foreign Relations in a phishing campaign.",
    );
    assert!(
        targets(&s).contains(&"German Council on Foreign Relations"),
        "{:?}",
        s.target
    );
    // Ninth split.
    let s = suggest(
        "Hackers target University of Texas at El Paso",
        "The University of Texas at El Paso was hit by a cyberattack.",
    );
    assert!(
        targets(&s).contains(&"University of Texas at El Paso"),
        "{:?}",
        s.target
    );
}

#[test]
fn a_town_s_site_listed_after_town_halls_is_its_town_hall_fr() {
    // Le Figaro (thirteenth split): « dont celui de Bry-sur-Marne » read « Bry-sur-Marne ».
    let s = suggest(
        "« Respectez la Russie! »: Des hackers pro-russes s’attaquent à la France",
        "D'après des informations révélées par l'AFP et France Inter, des cyberpirates pro-russes \
         ont lancé une offensive contre plusieurs sites web de mairies françaises, dont celui de \
         Bry-sur-Marne, qui a décidé de déposer plainte.",
    );
    assert!(
        targets(&s).contains(&"Mairie de Bry-sur-Marne"),
        "{:?}",
        s.target
    );
    assert!(!targets(&s).contains(&"Bry-sur-Marne"), "{:?}", s.target);
}

#[test]
fn a_public_library_is_named_with_its_head_en() {
    // Community Impact (twenty-third split): the county's libraries, not the county.
    let s = suggest(
        "Fort Bend County Libraries restoration still underway following February cybersecurity \
         attack",
        "The cyberattack disrupted library services, leaving many services still unavailable.",
    );
    assert!(
        targets(&s).contains(&"Fort Bend County Libraries"),
        "{:?}",
        s.target
    );
    assert!(!targets(&s).contains(&"Fort Bend County"), "{:?}", s.target);
    // The News Star (twenty-third split).
    let s = suggest(
        "Libraries prepare to shut down for 3-4 days to update system",
        "The Ouachita Parish Public Library system is preparing to shut down public access to \
         each branch for three to four days after a malware attack sank the library system’s \
         network in late April.",
    );
    assert!(
        targets(&s).contains(&"Ouachita Parish Public Library"),
        "{:?}",
        s.target
    );
}

#[test]
fn a_research_center_is_named_in_full_en() {
    // Seventh split: « Soreq » alone was read for the centre.
    let s = suggest(
        "Iranian hackers claim major breach of Israeli nuclear research center",
        "An Iranian hacker group known as Handala has made a startling claim about breaching the \
         Soreq Nuclear Research Center in Israel. While Handala claims to have successfully hacked \
         the Soreq center, evidence is still lacking.",
    );
    assert!(
        targets(&s).contains(&"Soreq Nuclear Research Center"),
        "{:?}",
        s.target
    );
}

#[test]
fn a_place_that_ranks_the_victim_is_no_victim_en() {
    // Infosecurity Magazine (twenty-third split).
    let s = suggest(
        "",
        "North America's largest wire and cable manufacturer is reeling after falling victim to a \
         cyber-attack on Monday.",
    );
    assert!(!targets(&s).contains(&"North America"), "{:?}", s.target);
}

#[test]
fn a_mayor_s_town_is_no_victim_but_a_town_hall_is_fr() {
    // France 3 Auvergne-Rhône-Alpes (twenty-third split): the mayor's own account was hacked.
    let s = suggest(
        "Insultes, menaces de mort, le compte Facebook du maire de Saint-Gervais, Jean-Marc \
         Peillex, piraté",
        "La page Facebook de Jean-Marc Peillex, le maire de Saint-Gervais (Haute-Savoie) a été la \
         cible d'une véritable attaque en règle ce week-end.",
    );
    assert!(!targets(&s).contains(&"Saint-Gervais"), "{:?}", s.target);
    let s = suggest(
        "Cyberattaque",
        "Le maire de Saint-Gervais a porté plainte : la mairie de Saint-Gervais a été victime \
         d'une cyberattaque.",
    );
    assert!(
        targets(&s).contains(&"Mairie de Saint-Gervais"),
        "{:?}",
        s.target
    );
}

#[test]
fn and_after_an_institution_s_head_opens_another_name_en() {
    // BBC (twelfth split): two universities, not one.
    let s = suggest(
        "Cyber threat to disrupt start of university term",
        "Newcastle University and Northumbria were hit by ransomware attacks.",
    );
    assert!(
        targets(&s).contains(&"Newcastle University"),
        "{:?}",
        s.target
    );
    assert!(
        targets(&s).contains(&"Northumbria University"),
        "{:?}",
        s.target
    );
    assert!(
        !targets(&s).iter().any(|t| t.contains(" and ")),
        "{:?}",
        s.target
    );
    // A company's own "and" stays.
    let s = suggest(
        "Marks and Spencer hit by cyber attack",
        "Marks and Spencer was hit by a cyber attack.",
    );
    assert!(
        targets(&s)
            .iter()
            .any(|t| t.starts_with("Marks and Spencer")),
        "{:?}",
        s.target
    );
}

#[test]
fn a_group_named_after_its_plural_head_is_the_group_fr() {
    // RTBF (ninth split): Vivalia runs the hospitals.
    let s = suggest(
        "Cyberattaque des hôpitaux Vivalia : toutes les consultations annulées",
        "Toutes les consultations sont annulées ce lundi dans les hôpitaux de l'intercommunale \
         de soins de santé Vivalia, victime durant la nuit de vendredi à samedi, d'une attaque \
         informatique de \"grande ampleur\".",
    );
    assert!(targets(&s).contains(&"Vivalia"), "{:?}", s.target);
    assert!(!targets(&s).contains(&"Hôpitaux Vivalia"), "{:?}", s.target);
}

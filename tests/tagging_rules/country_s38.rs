//! Victims' countries and sectors, round s38country: constructions of the press that place or
//! describe a victim, read on the twenty-fifth split (round 37's blind split) and kept where they
//! held over every read split.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{countries, sectors, suggest};

#[test]
fn a_town_and_its_state_abbreviated_place_the_victim_in_the_united_states_en() {
    // Twenty-fifth split: an Indiana school district's dateline, "Ind." of the AP stylebook.
    let s = suggest(
        "Eastern Hancock schools back after ransomware attack",
        "CHARLOTTESVILLE, Ind. — Eastern Hancock schools are expected to be back up and running \
         Wednesday after the district's computer network came under a ransomware attack over the \
         weekend.",
    );
    assert_eq!(countries(&s), ["US"], "{:?}", s.country);
    // Twenty-fifth split: the firm's town and state two paragraphs on, not in a dateline.
    let s = suggest(
        "Cyber attacks force law firms to improve data security",
        "\u{201c}Dear Clients,\u{201d} began the letter that law firm Ziprick & Cramer sent out in \
         late February. \u{201c}Unfortunately, on or around January 25, 2015, our firm was the \
         victim of a single cyber attack, by a relatively new variant of a Cryptolocker-type \
         virus.\u{201d} Cryptolocker is a kind of ransomware used to encrypt files.\n\nA security \
         breach is one of the last things a lawyer wants to admit to a client. But the small firm \
         in Redlands, Calif., faced it head-on, reporting the attack to its IT specialist.",
    );
    assert_eq!(countries(&s), ["US"], "{:?}", s.country);
    // The AP's initials: "Rochester, N.Y.".
    let s = suggest(
        "Library hit by ransomware",
        "ROCHESTER, N.Y. — The city's public library was hit by a ransomware attack on Monday.",
    );
    assert_eq!(countries(&s), ["US"], "{:?}", s.country);
}

#[test]
fn an_abbreviation_that_follows_no_town_or_where_suspects_were_arrested_places_no_victim_en() {
    // Near sentences: "Ind." ending a company's name, no comma and town before it.
    let s = suggest(
        "Tata Ind. hit by ransomware",
        "The maker said its plants were hit by a ransomware attack on Monday.",
    );
    assert!(!countries(&s).contains(&"US"), "{:?}", s.country);
    // The town and state of an arrest, further on: the suspects', not the hospital's.
    let s = suggest(
        "Hospital hit by ransomware",
        "A hospital was hit by a ransomware attack that encrypted its servers last month. Two men \
         were later arrested at their homes in Newark, N.J., the police said.",
    );
    assert!(!countries(&s).contains(&"US"), "{:?}", s.country);
}

#[test]
fn uk_in_capitals_is_the_united_kingdom_en() {
    // Twenty-fifth split: the victims' people said by the short name, as "US" is.
    let s = suggest(
        "Major cyber attack rocks big name charities",
        "High profile charities have been subjected to a devastating cyber attack.\n\nIt is \
         believed that the personal data of donors well known organisations has been stolen \
         following the breach.\n\nCriminals are thought to have accessed the data through a \
         survey company that many big UK charities work with.",
    );
    assert_eq!(countries(&s), ["GB"], "{:?}", s.country);
}

#[test]
fn a_uk_teen_or_uk_police_are_not_where_the_victims_are_en() {
    // Unseen split: the suspect's nationality and the police that arrested him; the victims,
    // Uber and Rockstar Games, are American.
    let s = suggest(
        "17-year-old arrested by UK police believed to be behind Uber and GTA 6 hacks",
        "A 17-year-old UK teen was arrested on suspicion of his involvement in recent \
         cyberattacks, the City of London police announced on Twitter on Friday.\n\nThe group is \
         suspected of having been behind recent cyberattacks on Uber and Rockstar Games.",
    );
    assert!(!countries(&s).contains(&"GB"), "{:?}", s.country);
    // Near sentence: the citizens whose data was stolen are the victims' people.
    let s = suggest(
        "Vietnamese hacker sentenced",
        "A hacker who sold access to the stolen personal data of 200 million U.S. citizens has \
         been sentenced to 13 years in prison.",
    );
    assert!(countries(&s).contains(&"US"), "{:?}", s.country);
}

#[test]
fn alerting_the_fbi_places_the_victim_in_the_united_states_en() {
    // Twenty-fifth split: a law firm's ransomware attack, the FBI told in a participle clause.
    let s = suggest(
        "Law Firms at Risk: Ransomware Attacks on the Rise",
        "In a July 2021 disclosure on its website, major national firm Campbell Conroy & O'Neil \
         alerted its clients to a ransomware attack that took place on its systems in February \
         2021. Having detected unusual activity on their network, the firm brought in third-party \
         forensic investigators to determine the scope of the problem while also alerting the FBI \
         to the situation.",
    );
    assert_eq!(countries(&s), ["US"], "{:?}", s.country);
    // Near sentence: the FBI as the source of an attribution, not told of the attack.
    let s = suggest(
        "Law firm hit by ransomware",
        "A law firm was hit by a ransomware attack in February. The FBI says the group behind it \
         has hit dozens of firms.",
    );
    assert!(!countries(&s).contains(&"US"), "{:?}", s.country);
}

#[test]
fn where_the_attack_comes_from_is_not_the_victim_s_country_fr_en() {
    // Twenty-fifth split: the spying done "de la part de la Chine", France the victim.
    let s = suggest(
        "La France cible d'un espionnage chinois massif",
        "Atlantico : La France a fait l'objet d'un espionnage relativement intense de la part de \
         la Chine. Sciences-Po a été visée.",
    );
    let got = countries(&s);
    assert!(
        got.contains(&"FR") && !got.contains(&"CN"),
        "{:?}",
        s.country
    );
    // Seventh split: a hedged origin, « venant vraisemblablement de Chine ».
    let s = suggest(
        "L'espionnage chinois frappe à nouveau: une députée Open Vld visée",
        "La députée belge Goedele Liekens (Open Vld) a été victime d'un piratage informatique, \
         venant vraisemblablement de Chine, a-t-elle expliqué.",
    );
    assert!(!countries(&s).contains(&"CN"), "{:?}", s.country);
    // Eleventh split: "at the behest of China".
    let s = suggest(
        "US says it broke up hacking op",
        "The hackers had been targeting key American public sector infrastructure like water \
         treatment plants and transportation systems at the behest of China.",
    );
    assert!(!countries(&s).contains(&"CN"), "{:?}", s.country);
    // Near sentence: China's own hospitals hit are the victims.
    let s = suggest(
        "Hôpitaux chinois visés",
        "Plusieurs hôpitaux de Chine ont été victimes d'une cyberattaque, selon la presse locale.",
    );
    assert!(countries(&s).contains(&"CN"), "{:?}", s.country);
}

#[test]
fn scolaire_says_a_school_victim_fr() {
    // Twenty-fifth split: a title that names the victims' kind by its adjective only.
    let s = suggest(
        "Les corsaires scolaires",
        "Début septembre, les systèmes informatiques de six établissements flamands ont été \
         attaqués et verrouillés par un pirate exigeant une rançon… en bitcoins.",
    );
    assert!(sectors(&s).contains(&"education"), "{:?}", s.sector);
    // Twelfth split: a Quebec school service centre, « scolaires » in the plural.
    let s = suggest(
        "Cyberintrusion au CSS des Appalaches : des renseignements personnels volés",
        "Des renseignements personnels ont été dérobés du système informatique du Centre de \
         services scolaires des Appalaches (CSSA), à la suite d'une cyberattaque.",
    );
    assert!(sectors(&s).contains(&"education"), "{:?}", s.sector);
    // Near sentence: the school holidays date a hospital's attack.
    let s = suggest(
        "Un hôpital paralysé par une cyberattaque",
        "Pendant les vacances scolaires, le centre hospitalier de Dax a été victime d'une \
         cyberattaque.",
    );
    assert!(!sectors(&s).contains(&"education"), "{:?}", s.sector);
}

/// The sectors `title` and `text` get.
fn sectors_of(title: &str, text: &str) -> Vec<String> {
    sectors(&suggest(title, text))
        .into_iter()
        .map(str::to_string)
        .collect()
}

#[test]
fn victims_kind_words_the_vocabulary_lacked_give_their_sector_fr() {
    // Seventh split: livestock farmers' software hit.
    let got = sectors_of(
        "30 000 éleveurs touchés par une cyberattaque",
        "« Tous les logiciels qui gravitent autour de l'élevage dans notre sud-ouest sont \
         touchés. C'est une attaque d'ampleur », admet le président de la coopérative.",
    );
    assert!(got.contains(&"agriculture".to_string()), "{got:?}");
    // Seventeenth split: a car dealership, not a carmaker.
    let got = sectors_of(
        "Une concession automobile victime d'une cyberattaque massive",
        "Une concession automobile a été victime d'une cyberattaque massive à La Réunion.",
    );
    assert_eq!(got, ["retail"]);
    // Fifteenth split: a Quebec day-care centre (« centre de la petite enfance »).
    let got = sectors_of(
        "Cyberattaque: demande de rançon dans un CPE",
        "Des pirates informatiques ont pris en otages les données comptables du Centre de la \
         petite enfance du CHUL.",
    );
    assert!(got.contains(&"education".to_string()), "{got:?}");
    // Fifth split: a Belgian public social-welfare centre, a local authority.
    let got = sectors_of(
        "Charleroi victime d'une cyberattaque : le CPAS ne paiera pas de rançon",
        "Le CPAS de Charleroi a été victime d'une cyberattaque dimanche soir.",
    );
    assert!(got.contains(&"local-government".to_string()), "{got:?}");
    // Sixteenth split: chartered accountants hit through their software provider.
    let got = sectors_of(
        "Experts-comptables : les leçons à tirer de la cyberattaque",
        "La récente cyberattaque contre les experts-comptables en est une illustration marquante.",
    );
    assert!(got.contains(&"finance".to_string()), "{got:?}");
}

#[test]
fn victims_kind_words_the_vocabulary_lacked_give_their_sector_en() {
    // Eighth split: "electric cooperative", a power utility.
    let got = sectors_of(
        "Rural Alabama electric cooperative hit by ransomware attack",
        "A utility that provides power in rural southeastern Alabama was hit by a ransomware \
         attack.",
    );
    assert!(got.contains(&"energy".to_string()), "{got:?}");
    // Eighteenth split: a car dealership is a retailer.
    let got = sectors_of(
        "Car Dealership Hit by Major Ransomware Attack",
        "One of the UK's largest family-run car dealerships has been hit by a ransomware attack.",
    );
    assert!(got.contains(&"retail".to_string()), "{got:?}");
    // Seventh split: kindergartens' panic buttons taken over.
    let got = sectors_of(
        "Iranian hackers broadcast rocket sirens in kindergartens",
        "Iranian hacker group Handala infiltrated panic buttons in some 20 kindergartens Sunday \
         morning.",
    );
    assert!(got.contains(&"education".to_string()), "{got:?}");
}

#[test]
fn a_kind_word_about_someone_else_gives_no_sector_fr_en() {
    // Near sentences: the bank's customers and the hospital's crèche are not the victims.
    let got = sectors_of(
        "Bank hit by ransomware",
        "A regional bank was hit by a ransomware attack on Monday. Its customers include many \
         farmers.",
    );
    assert_eq!(got, ["finance"]);
    let got = sectors_of(
        "Hôpital victime d'une cyberattaque",
        "Le centre hospitalier de Guéret a été victime d'une cyberattaque. La crèche du personnel \
         reste ouverte.",
    );
    assert_eq!(got, ["health"]);
}

#[test]
fn councils_burgomasters_and_sports_clubs_give_their_sector_fr_en() {
    // Twenty-fifth split: a Scottish island council.
    let got = sectors_of(
        "Cyber breach Western Isles",
        "Police are on the hunt for hackers behind a cyber attack on the Comhairle nan Eilean \
         Siar, the local council for the Western Isles.",
    );
    assert!(got.contains(&"local-government".to_string()), "{got:?}");
    // Eighteenth split: Belgian burgomasters impersonated, their communes the victims.
    let got = sectors_of(
        "Usurpation de l'identité des bourgmestres pour une tentative d'arnaque",
        "C'est une tentative d'arnaque de grande ampleur qui touche notre arrondissement ces \
         jours-ci. On a appris que de nombreux bourgmestres sont victimes d'une usurpation \
         d'identité.",
    );
    assert!(got.contains(&"local-government".to_string()), "{got:?}");
    // Sixth split: a football club, which the labels put under hospitality (leisure).
    let got = sectors_of(
        "Le club de foot d'Amiens victime d'une tentative de piratage",
        "Le club de football d'Amiens a été victime, le mois dernier, d'une tentative \
         d'escroquerie bancaire.",
    );
    assert!(got.contains(&"hospitality".to_string()), "{got:?}");
    // Near sentence: the local council that helps is not the victim.
    let got = sectors_of(
        "Hospital hit by ransomware",
        "A hospital was hit by a ransomware attack on Monday. The local council said it had \
         offered its help.",
    );
    assert_eq!(got, ["health"]);
}

#[test]
fn a_spokesman_s_title_names_no_medium_fr() {
    // Twenty-fifth split: the ministry's press director announces the hack of a minister's phone.
    let got = sectors_of(
        "Piratage du numéro WhatsApp du ministre nigérian de l'Éducation",
        "Le numéro WhatsApp du ministre nigérian de l'Éducation, le professeur Tahir Mamman, a \
         été piraté, selon une annonce faite vendredi par Boriowo Folasade, directeur de la \
         presse et des relations publiques du ministère.",
    );
    assert!(!got.contains(&"media".to_string()), "{got:?}");
    // Near sentence: a newspaper hit is the press's own.
    let got = sectors_of(
        "Un quotidien piraté",
        "Le site du quotidien régional a été piraté dimanche, privant la presse locale de son \
         édition numérique.",
    );
    assert!(got.contains(&"media".to_string()), "{got:?}");
}

#[test]
fn a_county_named_the_british_way_is_not_american_en() {
    // Twentieth split: three Kent councils; "the U.K. county of Kent" read as an American county.
    let s = suggest(
        "Three local councils in the United Kingdom continue to experience disruption",
        "The councils for Canterbury, Dover, and Thanet — all of which are based in the U.K. \
         county of Kent and have a combined population of almost 500,000 residents — said last \
         week that they were jointly investigating an unspecified cyber incident.",
    );
    assert!(!countries(&s).contains(&"US"), "{:?}", s.country);
    // Near sentence: an American county, its name before the word.
    let s = suggest(
        "Rock County hit by ransomware",
        "Rock County officials said a ransomware attack disrupted the county's systems.",
    );
    assert_eq!(countries(&s), ["US"], "{:?}", s.country);
}

#[test]
fn a_police_force_hit_is_justice_but_not_one_that_investigates_en() {
    // Twenty-fifth split: the force admits a breach of its own staff's data.
    let got = sectors_of(
        "Another police force admits data breach",
        "Another British police force has admitted a data breach after the names and salaries \
         of all its staff were accidentally published online.",
    );
    assert!(got.contains(&"justice".to_string()), "{got:?}");
    // Near sentence: the local police force investigates a hospital's attack.
    let got = sectors_of(
        "Hospital hit by ransomware",
        "A hospital was hit by a ransomware attack on Monday, and the local police force is \
         investigating.",
    );
    assert_eq!(got, ["health"]);
}

#[test]
fn payments_in_the_plural_name_no_bank_fr() {
    // Ninth split: a territorial authority's outage delays the payments it makes.
    let got = sectors_of(
        "Salaires, prestations sociales, paiements aux entreprises risquent d'être perturbés à \
         cause d'une cyberattaque à la CTM",
        "On ne connait pas encore l'origine de la cyberattaque, mais elle est suffisamment \
         sérieuse pour qu'une cellule de crise soit mise en place à la Collectivité territoriale \
         de Martinique (CTM).",
    );
    assert!(!got.contains(&"finance".to_string()), "{got:?}");
    // Near sentence: a bank hit keeps its sector.
    let got = sectors_of(
        "Une banque victime d'une cyberattaque",
        "La banque a été victime d'une cyberattaque qui a bloqué ses paiements.",
    );
    assert!(got.contains(&"finance".to_string()), "{got:?}");
}

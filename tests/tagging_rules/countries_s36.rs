//! The victim's country where the text names none (round s36country): the national authority the
//! victim reports the attack to (CNIL, OFCS, FBI), and a dateline's or a town's state postal code
//! ("Oak Ridge, TN"). An authority that is only the news's source places no victim.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{countries, suggest};

#[test]
fn the_authority_a_victim_reports_to_places_it_fr_en() {
    // Fifth split: a French social landlord, its country named nowhere.
    let fr = suggest(
        "IDF Habitat – Coopimmo victimes d’une cyberattaque",
        "Vendredi 15 octobre dernier, notre groupe IDF Habitat-Coopimmo a été victime d’une \
         cyber-attaque du type ransonware (demande de rançon), à laquelle nous n’avons pas cédé. \
         Une plainte a été déposée. La CNIL (Commission Nationale de l’Informatique et des \
         Libertés) a également été aussitôt informée.",
    );
    assert_eq!(countries(&fr), ["FR"], "{:?}", fr.country);
    // Thirteenth split: a Swiss foundation contacts the federal cybersecurity office.
    let ch = suggest(
        "Cyberattaque contre une fondation: données fédérales concernées",
        "La Fondation Radix, active dans la santé, a été victime d'une attaque par rançongiciel. \
         La fondation a contacté l'Office fédéral de la cybersécurité (OFCS) après avoir réalisé \
         une première analyse de la situation.",
    );
    assert_eq!(countries(&ch), ["CH"], "{:?}", ch.country);
    // Sixteenth split: an American city works with the FBI.
    let en = suggest(
        "City Responding to Cyber Security Incident",
        "At 6:22 a.m. on Wednesday, Sept. 25, an external party temporarily gained access to the \
         City’s servers and attempted to encrypt data files within the network. The City is \
         cooperating with the FBI, which is investigating the incident.",
    );
    assert_eq!(countries(&en), ["US"], "{:?}", en.country);
}

#[test]
fn an_authority_that_is_only_the_source_places_no_victim_fr_en() {
    // Ninth split: the FBI attributes thefts from companies of several countries.
    let en = suggest(
        "North Korea's Lazarus hackers behind recent crypto heists: FBI",
        "The FBI has attributed three recent cyberattacks on cryptocurrency platforms to the \
         North Korean government’s APT38 hacking group. The FBI investigation found the actors \
         moved approximately 1,580 bitcoin.",
    );
    assert!(!countries(&en).contains(&"US"), "{:?}", en.country);
    let fr = suggest(
        "Une clinique victime d'un rançongiciel",
        "La clinique a été victime d'un rançongiciel. L’ANSSI publie chaque année son analyse \
         des cybermenaces visant les établissements de santé.",
    );
    assert!(!countries(&fr).contains(&"FR"), "{:?}", fr.country);
}

#[test]
fn a_state_s_postal_code_places_the_story_in_the_united_states() {
    // Nineteenth split: a dental practice's notice, dated from its town.
    let notice = suggest(
        "Notice of Data Security Incident",
        "Oak Ridge, TN, July 1, 2024\n\nWe are writing to inform you of a recent incident that \
         may have involved some of your personal information held by Core Dental Health. An \
         unauthorized individual gained access to our system.",
    );
    assert_eq!(countries(&notice), ["US"], "{:?}", notice.country);
    // Twenty-third split.
    let utility = suggest(
        "After Cyberattack, Utility Urges Customers To Replace Credit Cards",
        "The water utility in San Angelo, TX, is urging customers who paid their water bill \
         online during the summer months to immediately get a new card. Malware skimmed credit \
         card information from the contracted vendor’s server.",
    );
    assert_eq!(countries(&utility), ["US"], "{:?}", utility.country);
    // Near miss: a country's code in capitals is no state ("Toronto, ON" is Ontario's).
    let ca = suggest(
        "Ransomware hits a clinic",
        "Toronto, ON, May 2, 2024. A clinic was hit by ransomware.",
    );
    assert!(!countries(&ca).contains(&"US"), "{:?}", ca.country);
}
#[test]
fn a_government_whose_sites_are_hit_is_the_victim_s_country_not_an_attacker_s() {
    // Tenth split: the Russian attackers' target, the French government's sites.
    let fr = suggest(
        "Victimes d’une cyberattaque russe, plusieurs sites du gouvernement sont inaccessibles",
        "Un groupe de hackers russe a mené une cyberattaque contre plusieurs sites du \
         gouvernement français ce week-end. Certains sont encore hors ligne deux jours après le \
         lancement de l'opération.",
    );
    assert_eq!(countries(&fr), ["FR"], "{:?}", fr.country);
    let en = suggest(
        "Government websites offline",
        "A cyberattack has knocked several websites of the French government offline.",
    );
    assert_eq!(countries(&en), ["FR"], "{:?}", en.country);
    // Near miss: the government that backs the attackers.
    let backed = suggest(
        "Hackers hit a Dutch chip maker",
        "Hackers backed by the Chinese government breached the networks of a Dutch chip maker.",
    );
    assert!(!countries(&backed).contains(&"CN"), "{:?}", backed.country);
}

#[test]
fn a_ransom_s_currency_is_no_victim_country_fr_en() {
    // Twenty-third split: a Quebec golf club, its ransom counted in American dollars.
    let fr = suggest(
        "L’ex-club de golf de Céline Dion attaqué",
        "Le 22 juillet au matin, le système de comptabilité du très sélect club de golf Le Mirage \
         ne répondait plus. Des pirates venaient de crypter ses données. Ils ont attaqué le golf \
         de Terrebonne. Ils demandaient une rançon de 1,4 M$ US pour décrypter les données.",
    );
    assert!(!countries(&fr).contains(&"US"), "{:?}", fr.country);
    let en = suggest(
        "Golf club hit by ransomware",
        "Hackers encrypted the club's accounting system and demanded 5 million dollars US.",
    );
    assert!(!countries(&en).contains(&"US"), "{:?}", en.country);
}

#[test]
fn a_scam_in_a_people_s_manner_is_no_place() {
    // Tenth split: « l'arnaque à l'irlandaise » is a kind of scam, the victims are French.
    let manner = suggest(
        "«Colis à récupérer» : la Gendarmerie alerte sur une nouvelle arnaque par SMS",
        "La Gendarmerie alerte sur une nouvelle arnaque par SMS. Des SMS, avec l’entête de la \
         Poste, sont envoyés aux particuliers pour leur demander de payer 1,95 euros. Après \
         l’arnaque à l’irlandaise sur les aires d’autoroute, entre autres arnaques, voici celle-ci.",
    );
    assert!(!countries(&manner).contains(&"IE"), "{:?}", manner.country);
    // Twenty-third split.
    let scam = suggest(
        "Un réseau d'escrocs sur Internet démantelé dans cinq pays",
        "Une razzia a mené à l'arrestation simultanée de 80 personnes, membres d'un réseau \
         d'escroquerie à la nigériane qui a escroqué des centaines de victimes.",
    );
    assert!(!countries(&scam).contains(&"NG"), "{:?}", scam.country);
    // Near miss: a people's victims stay theirs.
    let hit = suggest(
        "Des hôpitaux piratés",
        "Une cyberattaque a visé plusieurs hôpitaux irlandais la semaine dernière.",
    );
    assert_eq!(countries(&hit), ["IE"], "{:?}", hit.country);
}

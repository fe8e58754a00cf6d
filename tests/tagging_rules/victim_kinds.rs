//! A victim's sector from the kind of institution it is, or from its own description, on the
//! sentences of the sixteenth gold split (round 26's blind one, read from round 27) and of the
//! read splits before it where the sector was missed (round s27places): a tourist office, a
//! diocese, a Belgian welfare centre, an abbreviation followed by what it stands for, a company's
//! description that says what it makes, a victim named by its web address.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{countries, sectors, suggest, targets};

#[test]
fn a_tourist_office_is_hospitality_en() {
    // Sixteenth split: « l'Office de Tourisme des Pyrénées Ariégeoises » (the French name is still
    // missed: "Office" opens a product's name for the victim reader).
    let en = suggest(
        "Hackers hit the Lakeside Tourist Office",
        "The Lakeside Tourist Office said hackers took over its booking website on Monday.",
    );
    assert!(sectors(&en).contains(&"hospitality"), "{:?}", en.sector);
    // Near miss: a tourist office in no incident is no victim.
    let near = suggest(
        "The Lakeside Tourist Office opens a new website",
        "The Lakeside Tourist Office launched a new website for summer visitors on Monday.",
    );
    assert!(near.sector.is_empty(), "{:?}", near.sector);
}

#[test]
fn a_diocese_is_civil_society_en_fr() {
    let en = suggest(
        "Diocese of Saltillo alert about scam using names of priests and bishop",
        "The diocese of Saltillo, located in the Mexican state of Coahuila, alerted the Catholic \
         faithful about the hacking of instant messaging accounts WhatsApp from several priests.",
    );
    assert!(
        sectors(&en).contains(&"ngo"),
        "{:?} {:?}",
        en.sector,
        en.target
    );
    let fr = suggest(
        "Le diocèse de Nantes victime d’une cyberattaque",
        "Le diocèse de Nantes a été victime d’une cyberattaque par rançongiciel ce week-end.",
    );
    assert!(
        sectors(&fr).contains(&"ngo"),
        "{:?} {:?}",
        fr.sector,
        fr.target
    );
    // Near miss: a diocese in no incident is no victim.
    let near = suggest(
        "Le diocèse de Nantes fête ses mille ans",
        "Le diocèse de Nantes a célébré dimanche le millénaire de sa cathédrale.",
    );
    assert!(near.sector.is_empty(), "{:?}", near.sector);
}

#[test]
fn a_belgian_welfare_centre_is_local_government_fr() {
    let fr = suggest(
        "Le CPAS de Mouscron victime d'un piratage informatique: les PC sont devenus \
         inutilisables, toutes les données sont cryptées",
        "Le CPAS de Mouscron a été victime d'un piratage informatique. Les ordinateurs sont \
         inaccessibles et les données personnelles de tous les bénéficiaires sont bloquées.",
    );
    assert!(
        sectors(&fr).contains(&"local-government"),
        "{:?} {:?}",
        fr.sector,
        fr.target
    );
    assert!(countries(&fr).contains(&"BE"), "{:?}", fr.country);
    // Near miss: the welfare centre that helps the victims of a scam is none of them.
    let near = suggest(
        "Arnaque aux faux conseillers bancaires à Mouscron",
        "Le CPAS de Mouscron ouvre une permanence pour aider les familles à reconnaître les faux \
         appels de leur banque.",
    );
    assert!(
        !sectors(&near).contains(&"local-government"),
        "{:?}",
        near.sector
    );
}

#[test]
fn what_an_abbreviation_stands_for_describes_the_victim_en() {
    // Ninth split: "GPA (Guam Power Authority)", its energy sector missed.
    let en = suggest(
        "Chinese hackers target Guam's infrastructure",
        "The findings from Bloomberg say hackers are reportedly targeting the GPA (Guam Power \
         Authority) in particular, in order to wreak havoc.",
    );
    assert!(
        sectors(&en).contains(&"energy"),
        "{:?} {:?}",
        en.sector,
        en.target
    );
    // Near miss: a country code in brackets after the name says no sector.
    let near = suggest(
        "BridgePay Network Solutions hit by ransomware",
        "BridgePay Network Solutions (USA) said a ransomware attack took its systems offline.",
    );
    assert!(!sectors(&near).contains(&"energy"), "{:?}", near.sector);
}

#[test]
fn what_a_victim_makes_in_its_own_description_is_its_sector_fr_en() {
    // Sixteenth split: « géant lyonnais des solutions de gestion cloud ».
    let fr = suggest(
        "Cegid, champion du SaaS… mais pas du pare-feu ?",
        "74 000 dossiers clients exposés, une fuite embarrassante pour un poids lourd européen : \
         Cegid\n\nCegid, géant lyonnais des solutions de gestion cloud, traverse une zone de \
         turbulence numérique : une fuite massive de données aurait exposé plus de 74 000 \
         enregistrements clients.",
    );
    assert!(
        sectors(&fr).contains(&"technology"),
        "{:?} {:?}",
        fr.sector,
        fr.target
    );
    let en = suggest(
        "Acme Ledger confirms data breach",
        "Acme Ledger, a payroll software provider, said attackers accessed customer records.",
    );
    assert!(
        sectors(&en).contains(&"technology"),
        "{:?} {:?}",
        en.sector,
        en.target
    );
    // Near miss: the software is the attackers' tool, not the victim's trade.
    let near = suggest(
        "Le groupe Martin victime d’un rançongiciel",
        "Le groupe Martin a été victime d’un logiciel malveillant qui a chiffré ses serveurs.",
    );
    assert!(!sectors(&near).contains(&"technology"), "{:?}", near.sector);
}

#[test]
fn a_victim_named_by_its_web_address_is_described_after_it_fr() {
    // Sixth split: « Infopro.ch, un hébergeur de services en ligne ».
    let fr = suggest(
        "Cyberattaque en cascade chez les clients d’Infopro",
        "Tout a commencé fin novembre avec une attaque informatique contre Infopro.ch, un \
         hébergeur de services en ligne. Pour éviter la contagion, il a été obligé d’arrêter ses \
         serveurs.",
    );
    assert!(targets(&fr).contains(&"Infopro"), "{:?}", fr.target);
    assert!(sectors(&fr).contains(&"technology"), "{:?}", fr.sector);
}

//! The victim's sector from the words that name it (round s34sector, issue 10 item 2): a seat
//! inside its description ("the California-based crypto firm Harmony"), kinds of victims its
//! description or name holds (« le distributeur … Guillevin International », « L'horloger
//! japonais Seiko », "Manchester United Football Club"), and the kind an English name ends with
//! ("Barts Health NHS Trust", "Persante Health Care").
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{sectors, suggest};

#[test]
fn a_seat_inside_a_description_keeps_the_kind_after_it_en() {
    // Unseen split: "California" stopped the description read back from "Harmony", and its
    // "crypto firm" was lost.
    let s = suggest(
        "FBI: North Korea Behind $100M Crypto Theft",
        "The FBI on Monday said that North Korean (DPRK) hacking groups Lazarus Group and APT38 \
         stole $100M worth of digital assets from the California-based crypto firm Harmony last \
         June.",
    );
    assert!(sectors(&s).contains(&"cryptocurrency"), "{:?}", s.sector);
}

#[test]
fn a_distributor_and_a_watchmaker_are_trades_fr_en() {
    // Fourteenth and fifteenth splits.
    let s = suggest(
        "Leurs données commerciales publiées en ligne",
        "Le distributeur montréalais d’équipements électriques Guillevin International a vu des \
         centaines de ses documents commerciaux se retrouver en ligne après une attaque au \
         rançongiciel, le 12 septembre.\n\n« C’est ce qui arrive quand tu ne payes pas », nous \
         dit Luc Rodier, PDG de l’entreprise.\n\nLes pirates avaient laissé des instructions \
         pour les contacter et connaître la rançon demandée, mais Guillevin n’a même pas \
         communiqué avec eux.",
    );
    assert!(sectors(&s).contains(&"retail"), "{:?}", s.sector);
    let s = suggest(
        "L’horloger japonais Seiko incendié par un gang de cybersécurité",
        "Le gang du ransomware BlackCat/ALPHV a ajouté Seiko à son site d’extorsion, \
         revendiquant la responsabilité d’une cyberattaque divulguée par l’entreprise japonaise \
         au début du mois.\n\nSeiko a présenté ses excuses aux clients et partenaires \
         commerciaux potentiellement concernés.\n\nAujourd’hui, le groupe de ransomware \
         BlackCat a affirmé être à l’origine de l’attaque contre Seiko, en publiant des \
         échantillons de données qu’il prétend avoir volées au cours de l’attaque.",
    );
    assert!(sectors(&s).contains(&"manufacturing"), "{:?}", s.sector);
    let s = suggest(
        "Ransomware gang claims attack on watchmaker",
        "The Japanese watchmaker Seiko was hit by a ransomware attack, the BlackCat gang claimed.",
    );
    assert!(sectors(&s).contains(&"manufacturing"), "{:?}", s.sector);
}

#[test]
fn a_football_club_is_labelled_hospitality_en_fr() {
    // Sixth split: labelled hospitality, as the read splits label every club.
    let s = suggest(
        "Manchester United Being Held to Ransom ‘for millions’ by Cyber hackers.",
        "The NCSC said: “the NCSC is aware of an incident affecting Manchester United Football \
         Club and we are working with the organisation and partners to understand the impact.",
    );
    assert!(sectors(&s).contains(&"hospitality"), "{:?}", s.sector);
    let s = suggest(
        "Cyberattaque contre un club",
        "Le club de football Olympique Lyonnais a été victime d'une cyberattaque.",
    );
    assert!(sectors(&s).contains(&"hospitality"), "{:?}", s.sector);
}

#[test]
fn the_kind_an_english_name_ends_with_is_the_victim_s_en() {
    // Thirteenth and fourteenth splits: a sector word inside a capitalised name was read as a
    // proper name's word only.
    let s = suggest(
        "NHS taking legal action after patient and staff data stolen in cyber attack",
        "Barts Health NHS Trust is taking legal action against a criminal group after patient \
         and staff data held by the trust was stolen.",
    );
    assert!(sectors(&s).contains(&"health"), "{:?}", s.sector);
    let s = suggest(
        "Patient Data Compromised in Cyberattacks on Sleep Specialists",
        "Two sleep specialists, Persante Health Care in New Jersey and SomnoSleep Consultants in \
         Virginia, have recently disclosed security incidents that exposed patient information.",
    );
    assert!(sectors(&s).contains(&"health"), "{:?}", s.sector);
}

#[test]
fn a_name_that_is_an_article_and_a_kind_is_no_victim_s_kind_fr() {
    // Ninth and twentieth splits: « a appris La Presse » is the source, not a medium hit.
    let s = suggest(
        "Place 0-5 ans : fuite massive de données personnelles",
        "Les données de milliers d'enfants inscrits dans un service de garde ont fait l’objet \
         d’une fuite, a appris La Presse.",
    );
    assert!(!sectors(&s).contains(&"media"), "{:?}", s.sector);
}

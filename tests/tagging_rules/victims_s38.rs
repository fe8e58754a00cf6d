//! Victims of unseen news (round s38target, the twenty-fifth split read for the first time): the
//! constructions by which the French and English press name a victim, or name something that is
//! none, that the extractor misread.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

/// Words that open an English sentence or a headline's trend and a people's adjectives name no
/// victim: "There have been…", "Another British police force…", "on the Rise", "several North
/// American factories".
#[test]
fn openers_trends_and_peoples_name_no_victim_en() {
    // Databreaches.net (twenty-fifth split): the untitled article is titled by its first words.
    let s = suggest(
        "There have been numerous law firms that have been hacked in the past few years, or worse, attacked…",
        "There have been numerous law firms that have been hacked in the past few years.",
    );
    assert!(!targets(&s).contains(&"There"), "{:?}", s.target);
    // Daily Mail (twenty-fifth split).
    let s = suggest(
        "Another British police force has admitted a data breach after the names and salaries of all its…",
        "Another British police force has admitted a data breach after the names and salaries of \
         all its staff were accidentally published online.",
    );
    assert!(
        targets(&s).iter().all(|t| !t.contains("British")),
        "{:?}",
        s.target
    );
    // Attorney at Law Magazine (twenty-fifth split).
    let s = suggest(
        "Law Firms at Risk: Ransomware Attacks on the Rise",
        "This year has seen an escalating series of high-profile ransom-ware attacks impacting \
         businesses in a variety of sectors.",
    );
    assert!(!targets(&s).contains(&"Rise"), "{:?}", s.target);
    // An IT support firm's blog (twenty-fifth split): Foxconn is hit, "North American" places it.
    let s = suggest(
        "Manufacturing ransomware wave",
        "The Nitrogen ransomware group claimed it stole 8TB of data and more than 11 million \
         files from Foxconn, affecting several North American factories.",
    );
    assert_eq!(targets(&s), ["Foxconn"], "{:?}", s.target);
}

/// People are no victim: a photographer credited before a slash and an agency, a spokeswoman
/// presented by a hyphenated role; nor is a messaging platform whose number was taken over.
#[test]
fn a_photo_credit_a_spokeswoman_and_a_platform_s_number_are_no_victims_fr() {
    // Paris Daily, republishing Le Monde (twenty-fifth split).
    let s = suggest(
        "Libération victime d'une cyberattaque",
        "Au siège de « Libération »,à Paris,le 21 mars 2023. STEPHANE DE SAKUTIN/AFP Le \
         quotidien Libération a été victime d’une cyberattaque dans la nuit de jeudi 24 octobre \
         au vendredi 25 octobre,qui perturbe le fonctionnement de la rédaction.",
    );
    assert_eq!(targets(&s), ["Libération"], "{:?}", s.target);
    // La Nouvelle Tribune (twenty-fifth split).
    let s = suggest(
        "Afrique du Sud : Le portable de la ministre du renseignement piraté",
        "Le clonage est un processus. La porte-parole de la ministre, Maya Scott a déclaré à la \
         presse que ce piratage a été constaté suite à la réception, par plusieurs personnes des \
         messages venants des autorités.",
    );
    assert!(!targets(&s).contains(&"Maya Scott"), "{:?}", s.target);
    // Afrik.com (twenty-fifth split).
    let s = suggest(
        "Piratage du numéro WhatsApp du ministre nigérian de l'Éducation",
        "« Le Cabinet de l’honorable ministre de l’Éducation, le professeur Mamman, informe le \
         public que son numéro WhatsApp a été piraté et est exploité par des individus mal \
         intentionnés », peut-on lire dans la déclaration officielle.",
    );
    assert!(!targets(&s).contains(&"Meta"), "{:?}", s.target);
    // Near miss: the platform's own breach is Meta's.
    let s = suggest(
        "WhatsApp victime d'une fuite de données",
        "WhatsApp a été victime d'une fuite de données touchant des millions d'utilisateurs.",
    );
    assert!(targets(&s).contains(&"Meta"), "{:?}", s.target);
}

/// A subject that discloses an attack tells its own incident, set off by commas after its kind
/// or not: "Today, another law firm, Seyfarth Shaw LLP, disclosed a ransomware attack".
#[test]
fn a_subject_that_discloses_an_attack_is_its_victim_en() {
    // Databreaches.net (twenty-fifth split).
    let s = suggest(
        "Law firm discloses ransomware attack",
        "Today, another law firm, Seyfarth Shaw LLP, disclosed a ransomware attack. The fact \
         that they disclosed it themselves immediately removed one of the threats.",
    );
    assert!(targets(&s).contains(&"Seyfarth Shaw LLP"), "{:?}", s.target);
    // Near miss: who discloses an attack on another names that other.
    let s = suggest(
        "Hackers",
        "Reuters disclosed a ransomware attack on Acme Logistics last week.",
    );
    assert!(!targets(&s).contains(&"Reuters"), "{:?}", s.target);
}

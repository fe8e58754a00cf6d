//! The victim a headline names as the object of an attack that acts on it, and a headline's
//! first word written in capitals as a name (round s25bvtitle, issue 10 items 1-2): of the
//! victims the rules read as candidates but did not suggest, most stood in a title.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{suggest, targets};

#[test]
fn the_object_of_an_attack_that_acts_on_it_is_the_victim() {
    // A Belgian city (seventh split): the name past its services.
    let s = suggest(
        "Un piratage informatique de grande ampleur paralyse les services administratifs de la \
         ville de Liège",
        "Ce lundi tôt matin, l'administration communale liégeoise a constaté une panne \
         informatique générale de ses services.",
    );
    assert_eq!(targets(&s), ["Ville de Liège"], "{:?}", s.target);
    // A fitness chain (thirteenth split): the name past its members' data, not the adjective
    // that opens the headline.
    let s = suggest(
        "Extensive cyberattack compromises data of one million Basic-Fit members across Europe",
        "A significant cybersecurity incident has afflicted Basic-Fit, the prominent European \
         fitness chain, resulting in the unauthorized access and exfiltration of personal \
         information belonging to approximately one million of its members.",
    );
    assert_eq!(targets(&s), ["Basic-Fit"], "{:?}", s.target);
    // A crypto exchange (fourteenth split): the group is the subject, the exchange the object.
    let s = suggest(
        "Le groupe Lazarus nord-coréen paralyse la bourse de cryptomonnaies Lykke après un vol de \
         22,8 millions en cryptomonnaies",
        "Selon le ministère britannique des Finances, le groupe de hackers nord-coréen Lazarus a \
         perpétré un vol numérique de 22,8 millions de dollars.",
    );
    assert_eq!(targets(&s), ["Lykke"], "{:?}", s.target);
}

#[test]
fn a_place_or_a_passive_after_the_verb_names_no_victim() {
    // "in suburban Kansas City" is where the school district is (twelfth split).
    let s = suggest(
        "Cyber attack shuts down district in suburban Kansas City",
        "",
    );
    assert!(!targets(&s).contains(&"Kansas City"), "{:?}", s.target);
    // « frappé par » is a passive: its agent did it (the object counts after an auxiliary).
    let s = suggest("Cyberattaque : un hôpital frappé par Lockbit", "");
    assert!(!targets(&s).contains(&"Lockbit"), "{:?}", s.target);
    // "touches" and « touche » name what was disrupted through the victim (the Chamber, when
    // Belnet was hit: stories' eighth split), and are left to the cues.
    let s = suggest(
        "Une cyberattaque \"de grande ampleur\" touche la Chambre et le Parlement de la FWB",
        "",
    );
    assert!(!targets(&s).contains(&"Chambre"), "{:?}", s.target);
}

#[test]
fn a_headline_s_first_word_in_capitals_is_a_name() {
    // A Danish pump maker (twelfth split), whose text never names it.
    let s = suggest(
        "DESMI hit by Cyber attack",
        "“All systems have been shut down and systems are being restored,” says Group CEO Henrik \
         Sørensen.",
    );
    assert_eq!(targets(&s), ["DESMI"], "{:?}", s.target);
    // A headline in capitals capitalises every word: its first is no name for that.
    let s = suggest(
        "CYBERATTAQUE : LA COMMUNE VICTIME D'UN RANÇONGICIEL",
        "La commune a été victime d'un rançongiciel.",
    );
    assert!(!targets(&s).contains(&"CYBERATTAQUE"), "{:?}", s.target);
}

#[test]
fn the_object_of_hackers_attack_in_a_headline_is_the_victim_and_its_place() {
    // The Times of India (twenty-second split): the hospital's city gives its country.
    let s = suggest(
        "Hackers attack Ahmedabad hospital with ransomware, demand USD 70,000 to restore data",
        "Servers of a private multi-speciality hospital here has come under a ransomware attack \
         with the hackers demanding Bitcoin worth USD 70,000 to restore data, police said.",
    );
    assert_eq!(
        s.country
            .iter()
            .map(|c| c.value.as_str())
            .collect::<Vec<_>>(),
        ["IN"]
    );
    assert!(
        s.sector.iter().any(|c| c.value == "health"),
        "{:?}",
        s.sector
    );
    // Insurance Journal (fifth split): a casino in a US state.
    let s = suggest(
        "Hackers attack Arizona casino systems",
        "The FBI and the Pascua Yaqui Police Department are investigating a widespread system \
         outage that occurred on February 21 at Casino del Sol in Tucson, Arizona.",
    );
    assert_eq!(
        s.country
            .iter()
            .map(|c| c.value.as_str())
            .collect::<Vec<_>>(),
        ["US"]
    );
    // French, the same headline's present tense.
    let s = suggest("Des pirates attaquent l'hôpital de Cannes", "");
    assert_eq!(targets(&s), ["Hôpital de Cannes"], "{:?}", s.target);
}

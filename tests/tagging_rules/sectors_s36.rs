//! The victim's sector from the kind its own name or description says (round s36country): « la
//! commune vaudoise de Rolle » is a local government, "Texell Credit Union" a bank; the town or
//! county inside another institution's name ("Erie County Medical Center") is where it stands,
//! not a local government.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{sectors, suggest};

#[test]
fn a_commune_or_a_credit_union_says_its_sector_fr_en() {
    // Fifteenth split: a Swiss commune under ransomware.
    let fr = suggest(
        "Les hackers de Play menacent Saxon en Valais",
        "Après le groupe de presse CH Media, c'est la commune valaisanne de Saxon qui a été \
         touchée par une attaque de ransomware du gang «Play». Une lettre de menace concernant la \
         commune valaisanne de Saxon a été publiée mercredi sur le site de Play.",
    );
    assert!(
        sectors(&fr).contains(&"local-government"),
        "{:?}",
        fr.sector
    );
    // Twenty-second split: a credit union's own notice.
    let en = suggest(
        "Notice of a Data Security Incident",
        "Important Information About Your Account\n\nTexell Credit Union (“Texell”) has become \
         aware of a data security incident that may have impacted personal information belonging \
         to certain clients and employees.",
    );
    assert!(sectors(&en).contains(&"finance"), "{:?}", en.sector);
}

#[test]
fn a_town_inside_another_institution_s_name_is_no_local_government() {
    // Twenty-third split: a hospital named after its county.
    let hospital = suggest(
        "Cyber Attack Strikes Emergency Department",
        "On April 9, 2017, Erie County Medical Center (ECMC), the only regional Level 1 trauma \
         hospital in western New York, was attacked by hackers.",
    );
    assert!(
        sectors(&hospital).contains(&"health"),
        "{:?}",
        hospital.sector
    );
    assert!(
        !sectors(&hospital).contains(&"local-government"),
        "{:?}",
        hospital.sector
    );
    // Near miss: the county's sheriff's office is the county's own, labelled both.
    let sheriff = suggest(
        "Washington County Sheriff’s Office back to normal after cyber attack",
        "Operations at the Washington County Sheriff’s Office are back to normal after a \
         cyber-attack shut down their entire computer system for two weeks back in February.",
    );
    assert!(
        sectors(&sheriff).contains(&"justice"),
        "{:?}",
        sheriff.sector
    );
}

//! Victims' countries and sectors, round s39country: constructions of the press read on the
//! twenty-sixth split (round 38's blind split) and kept where they held over every read split.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{countries, sectors, suggest};

#[test]
fn a_mobile_carrier_and_a_bookstore_chain_are_their_sectors_en() {
    // Twenty-sixth split: the carrier described after its name (an untitled item, titled from
    // its text as veille titles it).
    let s = suggest(
        "Cellcom, a Wisconsin-based mobile carrier, has confirmed that a cyberattack is the cause \
         of a\u{2026}",
        "Cellcom, a Wisconsin-based mobile carrier, has confirmed that a cyberattack is the cause \
         of a service outage affecting customers in Wisconsin and Upper Michigan.",
    );
    assert!(sectors(&s).contains(&"telecom"), "{:?}", s.sector);
    // Twenty-sixth split: the kind before the name.
    let s = suggest(
        "Dymocks warns customers hacked data could end up on their dark web",
        "Criminals are using a treasure trove of stolen data to rip off Australians.  Bookstore \
         chain Dymocks has warned customers of a possible data breach that could lead to their \
         personal information being leaked on the dark web.",
    );
    assert!(sectors(&s).contains(&"retail"), "{:?}", s.sector);
}

#[test]
fn a_carrier_that_flies_is_no_telecom_en() {
    // Eighth split: "carrier" alone is an airline's word too; only "mobile carrier" is telecom.
    let s = suggest(
        "SpiceJet hit by ransomware attack",
        "Domestic budget carrier SpiceJet on Friday said a ransomware attack hit its systems.",
    );
    assert!(!sectors(&s).contains(&"telecom"), "{:?}", s.sector);
}

#[test]
fn the_headline_hackers_people_is_not_the_victims_country_fr() {
    // Twenty-sixth split: the Moroccan police named in the background of the attack.
    let s = suggest(
        "Des hackers marocains s'attaquent aux sites officiels algériens",
        "Suite aux affrontements de Laâyoune qui a mis aux prises les séparatistes du Polisario \
         soutenus par l’Algérie aux forces de l’ordre marocaines, deux sites institutionnels \
         algériens, celui du ministère de l’Intérieur et des Collectivités Locales ainsi que \
         l’Office national du tourisme, ont été attaqués par des hackers marocains.",
    );
    let c = countries(&s);
    assert!(!c.contains(&"MA"), "{:?}", s.country);
    assert!(c.contains(&"DZ"), "{:?}", s.country);
}

#[test]
fn the_headline_hackers_people_is_not_the_victims_country_en() {
    // Fifth split: the hackers' government named as the motive.
    let s = suggest(
        "Iranian hackers charged with hacking Trump campaign to stoke discord",
        "Three Iranian men were charged with hacking the Trump campaign. The indictment \
         attributes the hack to a wider vow for revenge from the Iranian government after the \
         Trump administration killed Iranian general Qasem Soleimani in 2020.",
    );
    assert!(!countries(&s).contains(&"IR"), "{:?}", s.country);
}

#[test]
fn hacked_sites_of_a_people_and_a_victim_seated_at_home_keep_their_country_fr() {
    // Eleventh split: « piratés » folds to « pirates », but is a participle, not hackers.
    let s = suggest(
        "Des sites israéliens piratés affichent : « Jérusalem capitale de la Palestine »",
        "Plusieurs sites israéliens ont été piratés et affichent un message politique.",
    );
    assert!(countries(&s).contains(&"IL"), "{:?}", s.country);
    // Nineteenth split: French hackers of a French operator, which the vocabulary seats in France.
    let s = suggest(
        "Données SFR volées : quatre hackers français arrêtés, BreachForums affaibli",
        "Quatre hackers ont été arrêtés. Ces données venaient de piratages des systèmes \
         d’information de SFR.",
    );
    assert!(countries(&s).contains(&"FR"), "{:?}", s.country);
}

//! Victims' countries, round s40country: the headline's hackers read in the English order as the
//! country rules read attackers elsewhere (`accused::names_attackers`).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{countries, suggest};

#[test]
fn a_headline_people_linked_to_its_hackers_is_not_the_victims_country_en() {
    // Fifteenth split: "Russian linked hackers" (a qualifier between the people and the noun),
    // with Russia named again in the attack's background.
    let s = suggest(
        "Russian linked hackers attack Ukrainian energy company with wipers and ransomware",
        "Russian hackers are suspected of deploying a new malware wiper against a Ukrainian \
         energy company. The hackers are said to be from Russia\u{2019}s Sandworm and used a \
         wiper malware strain called NikoWiper to carry out the attack.",
    );
    let c = countries(&s);
    assert!(!c.contains(&"RU"), "{:?}", s.country);
    assert!(c.contains(&"UA"), "{:?}", s.country);
}

#[test]
fn a_people_before_hacked_sites_keeps_its_country_fr() {
    // « piratés » folds to « pirates »: the sites are Israeli and hacked, their hackers unnamed.
    let s = suggest(
        "Des sites israéliens piratés par des hacktivistes",
        "Plusieurs sites gouvernementaux israéliens ont été piratés ce week-end.",
    );
    assert!(countries(&s).contains(&"IL"), "{:?}", s.country);
}

//! Victims' countries, round s41country: every spelling of a city the place table keeps (the
//! English press's "Detroit" beside the French « Détroit »).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{countries, suggest};

#[test]
fn a_city_in_its_english_spelling_places_the_victim_en() {
    // Twenty-seventh split: the table kept only CLDR's French « Détroit », matched with its
    // accent, so the English "Detroit" placed nobody.
    let s = suggest(
        "Detroit Police Issue Warning Over Scam Text Messages",
        "The Detroit Police Department recently issued a public warning about a phishing text \
         message scam circulating in the area, urging residents to be cautious and avoid \
         engaging with suspicious messages.",
    );
    assert!(countries(&s).contains(&"US"), "{:?}", s.country);
}

#[test]
fn a_strait_in_lower_case_is_no_city_fr() {
    // « détroit » is a French common word: a city is still matched as written, capitalised.
    let s = suggest(
        "Des pirates attaquent un armateur grec",
        "Les pirates informatiques ont visé un armateur dont les navires traversent le détroit \
         d'Ormuz.",
    );
    assert!(!countries(&s).contains(&"US"), "{:?}", s.country);
}

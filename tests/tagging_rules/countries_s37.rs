//! The victim's country where the text places its victims (round s37country): a place
//! preposition after the victims' word, the people they mostly are, and the list the first
//! country opens, even in a story of arrests told from the suspects' or the police's side.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::suggestions::{countries, suggest};

#[test]
fn the_people_and_the_place_of_the_victims_are_their_countries_fr_en() {
    // Twenty-fourth split: Cameroonian suspects arrested, their victims mostly American and French.
    let fr = suggest(
        "Cameroun : de présumés cybercriminels arrêtés",
        "Les suspects ont été signalés par la police fédérale américaine, le FBI. Les \
         cybercriminels présumés seraient impliqués dans une escroquerie massive à travers les \
         réseaux sociaux. Leurs victimes, principalement des Américains et des Français auraient \
         été dépouillées de plus de quatre milliards de francs CFA.",
    );
    let got = countries(&fr);
    assert!(
        got.contains(&"US") && got.contains(&"FR"),
        "{:?}",
        fr.country
    );
    // Twenty-first split: the hacking suspects targeted victims in the U.S. and elsewhere.
    let en = suggest(
        "Justice Department: Iranian charged hacking",
        "The charges accuse the hacking suspects of targeting hundreds of victims in the U.S. and \
         other countries, including United Kingdom, Israel, Russia and even Iran, officials said.",
    );
    let got = countries(&en);
    for c in ["US", "GB", "IL", "RU"] {
        assert!(got.contains(&c), "{c}: {:?}", en.country);
    }
}

#[test]
fn where_the_suspects_are_arrested_is_not_where_the_victims_are_fr() {
    // Near sentence: the place of the arrests, no victims placed there.
    let fr = suggest(
        "Deux escrocs interpellés",
        "Deux escrocs ont été interpellés au Burkina Faso par la police. Ils promettaient des \
         offres d'emploi à leurs victimes.",
    );
    assert!(!countries(&fr).contains(&"BF"), "{:?}", fr.country);
}

#[test]
fn where_arrests_took_place_is_not_the_victims_country_en() {
    // Twenty-fourth split: a phishing ring broken up, the arrests made in the Netherlands.
    let en = suggest(
        "Phishing gang that stole millions by luring victims to fake bank websites is broken up by police",
        "A phishing and fraud ring that stole millions from victims has been broken up following \
         an operation by Europol. Raids that took place on June 21 2022 led to nine arrests in \
         the Netherlands, and 24 homes being searched.",
    );
    assert!(!countries(&en).contains(&"NL"), "{:?}", en.country);
    // Near sentence: hospitals hit in the Netherlands are the victims there.
    let en = suggest(
        "Ransomware hits hospitals",
        "A ransomware attack hit three hospitals in the Netherlands on Monday.",
    );
    assert!(countries(&en).contains(&"NL"), "{:?}", en.country);
}

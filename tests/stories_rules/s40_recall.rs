//! One story per incident across French and English (issue 13, recall): rules read off the
//! twenty-fifth split of the stories gold set (round 39's blind split, read from round 40) and
//! the missed pairs of every read split pooled with it, each with the real reports that
//! motivated it.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use crate::reports::Report;
use veille::model::Lang;
use veille::stories::setting::kinds_in;

/// DarkMarket's takedown (January 2021): CNews's untitled lead and AP's report share no name the
/// profile keeps (« Coblence », "Koblenz"), but both are set in Germany and both say "darknet".
const DARKMARKET: [Report; 2] = [
    (
        (12, 1, 2021),
        Lang::Fr,
        "",
        "Le principal point de vente de drogues sur le darknet a été démantelé par la justice \
         allemande. L’opérateur de ce site vient d'être arrêté et placé en détention provisoire. \
         Cet Australien de 34 ans a été interpellé à la frontière germano-danoise ce weekend, a \
         annoncé le parquet de Coblence en Allemagne, dans un communiqué.",
        "https://www.cnews.fr/vie-numerique/2021-01-12/darknet-le-plus-vaste-reseau-de-vente-de-drogues-demantele-1035363",
    ),
    (
        (12, 1, 2021),
        Lang::En,
        "German investigators shut down big darknet marketplace",
        "BERLIN (AP) — German prosecutors said Tuesday that they have taken down what they believe \
         was the biggest illegal marketplace on the darknet and arrested its suspected operator. \
         The site, known as DarkMarket, was shut down on Monday, prosecutors in the southwestern \
         city of Koblenz said.",
        "https://muscatinejournal.com/news/world/german-investigators-shut-down-big-darknet-marketplace/article_312da965-775b-5a24-865a-e1bb87fa831b.html",
    ),
];

#[test]
fn a_darknet_market_is_a_kind_of_victim_in_both_languages() {
    assert_eq!(
        kinds_in("le principal point de vente de drogues sur le darknet"),
        ["darknet"]
    );
    assert_eq!(
        kinds_in("german investigators shut down big darknet marketplace"),
        ["darknet"]
    );
    assert!(kinds_in("the dark web forum").is_empty());
}

#[test]
fn a_darknet_takedown_told_in_two_languages_the_same_day_is_one_story() {
    let (memory, story, _) = crate::reports::joined(&DARKMARKET);
    assert_eq!(memory.shown_as(story[0]), memory.shown_as(story[1]));
}

#[test]
fn a_darknet_takedown_in_another_country_stays_apart() {
    let dutch: Report = (
        (12, 1, 2021),
        Lang::En,
        "Dutch police take down darknet marketplace",
        "AMSTERDAM — Dutch police said Tuesday they had taken down a marketplace on the darknet \
         and arrested two suspects in Rotterdam.",
        "https://example.org/dutch-police-take-down-darknet-marketplace",
    );
    let (memory, story, _) = crate::reports::joined(&[DARKMARKET[0], dutch]);
    assert_ne!(memory.shown_as(story[0]), memory.shown_as(story[1]));
}

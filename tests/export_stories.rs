//! Exports by story: the ICC intrusion reported in French by one feed and in English by another
//! is one story; the Markdown digest lists it once under a line naming both sources, and STIX
//! gives it one report whose external references are both articles and whose `object_refs` are
//! what both articles' tags name. An article alone keeps its own report.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use chrono::{DateTime, TimeZone, Utc};
use serde_json::Value;
use veille::export::{Format, Options, load, write};
use veille::model::{ArticleId, Facet, Filter, Lang, NewArticle};
use veille::store::{Provenance, Store};
use veille::tagging::Vocabulary;

const FR_TITLE: &str = "La Cour pénale internationale victime d'une cyberattaque";
const EN_TITLE: &str = "International Criminal Court hit by cyberattack";

fn date(d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 9, d, 12, 0, 0).unwrap()
}

fn store_one(
    store: &mut Store,
    feed: &str,
    key: &str,
    title: &str,
    text: &str,
    lang: Lang,
    day: u32,
) -> ArticleId {
    let new = NewArticle {
        dedup_key: key.to_owned(),
        title: title.to_owned(),
        url: Some(format!("https://{feed}.example/{key}")),
        author: None,
        published: Some(date(day)),
        summary: Some(format!("<p>{text}</p>")),
        content_html: None,
        lang: Some(lang),
        text: Some(text.to_owned()),
    };
    support::stories::store_in_feed(store, feed, Some(lang), new, true)
}

/// The ICC story in French and English (the French article tagged with the attack type, the
/// English one with the victim), and an unrelated Exchange advisory.
fn icc_store() -> (Store, [ArticleId; 3]) {
    let mut store = Store::open_in_memory().unwrap();
    let fr = store_one(
        &mut store,
        "numerama",
        "icc-fr",
        FR_TITLE,
        "La Cour pénale internationale (CPI), basée à La Haye, a déclaré avoir été victime d'une \
         cyberattaque : ses services ont détecté une activité anormale affectant ses systèmes.",
        Lang::Fr,
        19,
    );
    let en = store_one(
        &mut store,
        "securityaffairs",
        "icc-en",
        EN_TITLE,
        "The International Criminal Court in The Hague said it detected anomalous activity \
         affecting its information systems and was the victim of a cyberattack.",
        Lang::En,
        20,
    );
    let other = store_one(
        &mut store,
        "certfr",
        "exchange",
        "Multiples vulnérabilités dans Microsoft Exchange",
        "De multiples vulnérabilités ont été découvertes dans Microsoft Exchange Server.",
        Lang::Fr,
        18,
    );
    assert_eq!(
        store.story_of(fr).unwrap(),
        store.story_of(en).unwrap(),
        "one story"
    );
    store
        .add_tag(fr, Facet::Attack, "intrusion", Provenance::User)
        .unwrap();
    store
        .add_tag(
            en,
            Facet::Target,
            "International Criminal Court",
            Provenance::User,
        )
        .unwrap();
    (store, [fr, en, other])
}

fn export(store: &Store, format: Format) -> Vec<u8> {
    let items = load(store, &Filter::default()).unwrap();
    let vocab = Vocabulary::bundled().unwrap();
    let mut out = Vec::new();
    write(format, &items, &vocab, &Options::default(), &mut out).unwrap();
    out
}

/// ZATAZ told the Stripe leak twice in two days, one story: the digest's line read "1 sources:
/// ZATAZ.COM", neither English nor the count a reader wants (two articles).
#[test]
fn a_story_told_twice_by_one_feed_says_its_articles_and_one_source() {
    let mut store = Store::open_in_memory().unwrap();
    let first = store_one(
        &mut store,
        "zataz",
        "stripe-1",
        "Stripe visé par une fuite revendiquée de 662 bases de données !",
        "Stripe est visé par une fuite revendiquée avec, selon le pirate, clés API et des données \
         clients sensibles.",
        Lang::Fr,
        19,
    );
    let second = store_one(
        &mut store,
        "zataz",
        "stripe-2",
        "Fuite Stripe : au moins 200 Français concernés",
        "Fuite Stripe : ZATAZ confirme au moins 200 Français concernés et propose une \
         vérification gratuite et humaine.",
        Lang::Fr,
        20,
    );
    assert_eq!(
        store.story_of(first).unwrap(),
        store.story_of(second).unwrap()
    );
    let md = String::from_utf8(export(&store, Format::Markdown)).unwrap();
    assert!(
        md.contains("** — 2 articles, 1 source: zataz, fr, 2025-09-19 to 2025-09-20"),
        "{md}"
    );
}

#[test]
fn the_markdown_digest_lists_a_story_once_under_a_line_naming_its_sources() {
    let (store, _) = icc_store();
    let md = String::from_utf8(export(&store, Format::Markdown)).unwrap();
    let heading = format!(
        "- **Story (histoire): {EN_TITLE}** — 2 sources: securityaffairs, numerama, en/fr, 2025-09-19 to 2025-09-20"
    );
    assert!(md.contains(&heading), "{md}");
    let story = md.find(&heading).unwrap();
    let members: Vec<usize> = [EN_TITLE, FR_TITLE]
        .iter()
        .map(|t| {
            md.find(&format!("  - **[{t}](<https://"))
                .unwrap_or_else(|| panic!("{t} nested:\n{md}"))
        })
        .collect();
    assert!(members.iter().all(|m| *m > story), "{md}");
    // The article alone is an ordinary entry.
    assert!(
        md.contains("\n- **[Multiples vulnérabilités dans Microsoft Exchange]"),
        "{md}"
    );
}

/// ZATAZ's « Club One Casino revendiqué par 3AM puis PEAR » fetched from two feeds is one story; the
/// digest listed its title, link and text twice under the story's line. One entry now, naming both
/// feeds, with the tags put on either copy.
#[test]
fn the_markdown_digest_lists_the_same_article_from_two_feeds_once() {
    let mut store = Store::open_in_memory().unwrap();
    let title = "Club One Casino revendiqué par 3AM puis PEAR";
    let copy = |key: &str| NewArticle {
        dedup_key: key.to_owned(),
        title: title.to_owned(),
        url: Some("https://www.zataz.com/club-one-casino-revendique-par-3am-puis-pear/".into()),
        author: None,
        published: Some(date(20)),
        summary: Some("<p>Hack Twins : un nouveau casino apparaît chez deux groupes.</p>".into()),
        content_html: None,
        lang: Some(Lang::Fr),
        text: Some("Hack Twins : un nouveau casino apparaît chez deux groupes.".into()),
    };
    let first = support::stories::store_in_feed(&mut store, "zataz", None, copy("a"), true);
    let again = support::stories::store_in_feed(&mut store, "zataz-bis", None, copy("b"), true);
    assert_eq!(
        store.story_of(first).unwrap(),
        store.story_of(again).unwrap()
    );
    store
        .add_tag(again, Facet::Actor, "3AM", Provenance::User)
        .unwrap();
    let md = String::from_utf8(export(&store, Format::Markdown)).unwrap();
    assert_eq!(md.matches(&format!("**[{title}]")).count(), 1, "{md}");
    assert!(
        md.contains("— *zataz*, *zataz-bis*, fr") || md.contains("— *zataz-bis*, *zataz*, fr"),
        "{md}"
    );
    assert!(md.contains("Actors: 3AM"), "{md}");
}

fn bundle(store: &Store) -> Value {
    serde_json::from_slice(&export(store, Format::Stix)).unwrap()
}

fn reports(bundle: &Value) -> Vec<Value> {
    bundle["objects"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|o| o["type"] == "report")
        .cloned()
        .collect()
}

#[test]
fn stix_gives_a_story_one_report_with_every_source_and_the_union_of_what_they_name() {
    let (store, _) = icc_store();
    let b = bundle(&store);
    let reports = reports(&b);
    assert_eq!(reports.len(), 2, "the story and the article alone");
    let story = reports.iter().find(|r| r["name"] == EN_TITLE).unwrap();
    let sources: Vec<(&str, &str)> = story["external_references"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["source_name"].as_str().unwrap(),
                r["external_id"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        sources,
        [
            ("numerama", "https://numerama.example/icc-fr"),
            ("securityaffairs", "https://securityaffairs.example/icc-en")
        ]
    );
    assert_eq!(
        story["published"], "2025-09-19T12:00:00.000Z",
        "from its first article"
    );
    let objects: std::collections::HashMap<&str, &Value> = b["objects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["id"].as_str().unwrap(), o))
        .collect();
    let kinds: Vec<&str> = story["object_refs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| objects[id.as_str().unwrap()]["type"].as_str().unwrap())
        .collect();
    // The French article's attack type (an ATT&CK technique) and the English one's victim; no
    // relationship between them, since no one article's tags assert it.
    assert!(!kinds.contains(&"relationship"), "{kinds:?}");
    for kind in ["attack-pattern", "identity"] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
    let labels = story["labels"].as_array().unwrap();
    assert_eq!(labels.len(), 2, "{labels:?}");
    // Deterministic: the same store gives the same bytes.
    let bytes = export(&store, Format::Stix);
    assert_eq!(bytes, export(&store, Format::Stix));
    // For `.ci/run`, which checks it with the OASIS validator and stix2 as it does the others.
    let sample = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("..")
        .join("stix-stories-sample.json");
    std::fs::write(sample, bytes).unwrap();
}

#[test]
fn a_story_s_report_keeps_its_id_when_another_article_joins() {
    let (mut store, _) = icc_store();
    let before = reports(&bundle(&store))
        .into_iter()
        .find(|r| r["name"] == EN_TITLE)
        .unwrap()["id"]
        .clone();
    let third = store_one(
        &mut store,
        "lemonde",
        "icc-fr-2",
        "La CPI confirme une cyberattaque contre ses systèmes",
        "La Cour pénale internationale (CPI), à La Haye, confirme avoir été victime d'une \
         cyberattaque ayant affecté ses systèmes d'information.",
        Lang::Fr,
        21,
    );
    let b = bundle(&store);
    let story = reports(&b)
        .into_iter()
        .find(|r| r["id"] == before)
        .expect("the same report id");
    let fr = ArticleId(1);
    assert_eq!(
        store.story_of(third).unwrap(),
        store.story_of(fr).unwrap(),
        "it joined"
    );
    assert_eq!(story["external_references"].as_array().unwrap().len(), 3);
}

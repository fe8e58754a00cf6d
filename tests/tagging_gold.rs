//! Quality of suggestions against the hand-labelled gold set (tests/gold/gold.toml): precision and
//! recall per facet, printed, with the targets asserted for actors and attack types.
use serde::Deserialize;
use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use veille::tagging::{Suggester, Suggestion, Suggestions, Vocabulary};

#[derive(Deserialize)]
struct Gold {
    article: Vec<GoldArticle>,
}

#[derive(Deserialize)]
struct GoldArticle {
    feed: String,
    title: String,
    #[serde(default)]
    actor: Vec<String>,
    #[serde(default)]
    attack: Vec<String>,
    #[serde(default)]
    target: Vec<String>,
    #[serde(default)]
    sector: Vec<String>,
    #[serde(default)]
    country: Vec<String>,
    #[serde(default)]
    cve: Vec<String>,
}

const FACETS: [&str; 6] = ["actor", "attack", "target", "sector", "country", "cve"];

fn feeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/feeds")
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Title and plain text of every entry of a fixture feed, as the evaluation feeds the suggester.
fn entries(feed: &str) -> Vec<(String, String)> {
    let path = feeds_dir().join(feed);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let parsed = feed_rs::parser::parse(bytes.as_slice()).unwrap_or_else(|e| panic!("{feed}: {e}"));
    parsed
        .entries
        .into_iter()
        .map(|e| {
            // CDATA titles keep their entities ("Attackers &amp; Defenders").
            let title = e
                .title
                .map(|t| squash(&t.content.replace("&amp;", "&")))
                .unwrap_or_default();
            let html = e
                .summary
                .map(|s| s.content)
                .or_else(|| e.content.and_then(|c| c.body))
                .unwrap_or_default();
            let text = veille::html::bounded(&html)
                .ok()
                .and_then(|b| {
                    veille::html::text(html2text::config::plain_no_decorate(), b, 100_000).ok()
                })
                .unwrap_or(html);
            (title, text)
        })
        .collect()
}

fn values(list: &[Suggestion]) -> BTreeSet<String> {
    list.iter().map(|s| s.value.clone()).collect()
}

fn all<'a>(s: &'a Suggestions, facet: &str) -> &'a [Suggestion] {
    match facet {
        "actor" => &s.actor,
        "attack" => &s.attack,
        "target" => &s.target,
        "sector" => &s.sector,
        "country" => &s.country,
        _ => &s.cve,
    }
}

fn predicted(s: &Suggestions, facet: &str) -> BTreeSet<String> {
    values(all(s, facet))
}

fn expected(g: &GoldArticle, facet: &str) -> BTreeSet<String> {
    let list = match facet {
        "actor" => &g.actor,
        "attack" => &g.attack,
        "target" => &g.target,
        "sector" => &g.sector,
        "country" => &g.country,
        _ => &g.cve,
    };
    list.iter().cloned().collect()
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Counts {
    fn precision(self) -> f64 {
        if self.tp + self.fp == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    fn recall(self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
}

#[test]
fn suggestions_meet_the_quality_targets_on_the_gold_set() {
    let gold_path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/gold/gold.toml");
    let gold: Gold = toml::from_str(&std::fs::read_to_string(&gold_path).unwrap()).unwrap();
    assert!(
        gold.article.len() >= 40,
        "the gold set needs at least 40 articles"
    );
    let french = gold
        .article
        .iter()
        .filter(|a| a.feed.starts_with("fr/"))
        .count();
    assert!(
        french >= 15,
        "the gold set needs at least 15 French articles, has {french}"
    );

    let vocab = Vocabulary::bundled().unwrap();
    let suggester = Suggester::new(&vocab).unwrap();
    let mut cache: HashMap<String, Vec<(String, String)>> = HashMap::new();
    let mut counts: HashMap<&str, Counts> = HashMap::new();
    for g in &gold.article {
        let list = cache
            .entry(g.feed.clone())
            .or_insert_with(|| entries(&g.feed));
        let (title, text) = list
            .iter()
            .find(|(t, _)| *t == squash(&g.title))
            .unwrap_or_else(|| panic!("{}: no entry titled {:?}", g.feed, g.title));
        let s = suggester.suggest(title, text);
        for facet in FACETS {
            let (want, got) = (expected(g, facet), predicted(&s, facet));
            let c = counts.entry(facet).or_default();
            c.tp += want.intersection(&got).count();
            let extra: Vec<_> = got.difference(&want).collect();
            let missed: Vec<_> = want.difference(&got).collect();
            c.fp += extra.len();
            c.fn_ += missed.len();
            if !extra.is_empty() || !missed.is_empty() {
                let why: Vec<String> = all(&s, facet)
                    .iter()
                    .filter(|x| extra.contains(&&x.value))
                    .map(|x| format!("{} <- {:?}", x.value, x.evidence.term))
                    .collect();
                println!(
                    "{facet:<8} {:?}\n         extra {why:?} missed {missed:?}",
                    g.title
                );
            }
        }
    }
    println!(
        "\nfacet     precision  recall   (tp/fp/fn) over {} articles",
        gold.article.len()
    );
    for facet in FACETS {
        let c = counts[facet];
        println!(
            "{facet:<9} {:>9.2} {:>7.2}   ({}/{}/{})",
            c.precision(),
            c.recall(),
            c.tp,
            c.fp,
            c.fn_
        );
    }
    for facet in ["actor", "attack"] {
        let c = counts[facet];
        assert!(
            c.precision() >= 0.85,
            "{facet} precision {:.2} < 0.85",
            c.precision()
        );
        assert!(
            c.recall() >= 0.75,
            "{facet} recall {:.2} < 0.75",
            c.recall()
        );
    }
}

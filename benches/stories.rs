//! What story clustering adds to a fetch (issue 13), as ratios to a baseline measured in the same run:
//!
//!   cargo bench --bench stories -- [ARTICLES] [STORED]      (defaults: 50000 and 100000)
//!
//! 1. A cold fetch of ARTICLES articles in feeds of 100: parse the RSS, normalise and store each feed
//!    (the baseline), then the same into a fresh store with each feed's new articles clustered after
//!    it is stored, as `veille fetch` does. Target: at most 10% more.
//! 2. One new article at STORED articles already clustered: the time to cluster it, against the time
//!    to store it (one feed update of one article, the baseline). Target: at most 1 ms.
//!
//! The articles are the real French and English texts of the fixture feeds and of the stories gold
//! set (about 300), repeated with dates spread over a year; each repetition leaves out a different
//! third of the words and numbers its capitalised words, so it is another story with its own names
//! (the vocabulary's entities then mostly go unrecognised: the suggester still reads every word). The store is written under `$BENCH_DB_DIR` (default: temp dir).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use chrono::{Duration, TimeZone, Utc};
use std::path::PathBuf;
use std::time::Instant;
use veille::feed::normalize::normalize;
use veille::feed::parse::parse_feed;
use veille::model::{ArticleId, FeedSource, NewArticle};
use veille::store::{FeedUpdate, Store};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Title, plain text and language of every template article.
fn templates() -> Vec<NewArticle> {
    let mut files: Vec<PathBuf> = [
        "tests/stories_gold/articles-fr.xml",
        "tests/stories_gold/articles-en.xml",
    ]
    .iter()
    .map(|p| root().join(p))
    .collect();
    for lang in ["fr", "en"] {
        let dir = root().join("../shared/feeds").join(lang);
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            if !e.file_name().to_string_lossy().contains("TRUNCATED") {
                files.push(e.path());
            }
        }
    }
    let mut out = Vec::new();
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        let url = "https://bench.invalid/feed.xml";
        let Ok(parsed) = parse_feed(&bytes, None, url) else {
            continue;
        };
        let source = FeedSource {
            name: "t".into(),
            url: url.into(),
            lang: None,
            full_text: false,
        };
        out.extend(normalize(&parsed, &source, url).articles);
    }
    out
}

/// Copy `copy` of a text: a third of its words left out (a different third for each copy) and
/// every capitalised word given the copy's number, so copies are other stories with their own
/// names, not near copies of one story all year long.
fn vary(text: &str, copy: usize, drop: bool) -> String {
    text.split_whitespace()
        .enumerate()
        .filter(|(k, _)| !drop || !(k * 31 + copy * 17).is_multiple_of(3))
        .map(|(_, w)| {
            if copy > 0 && w.chars().next().is_some_and(char::is_uppercase) {
                format!("{w}{copy}")
            } else {
                w.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The RSS documents of `n` articles, 100 per feed.
fn feeds(templates: &[NewArticle], n: usize) -> Vec<Vec<u8>> {
    let start = Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).unwrap();
    let mut docs = Vec::new();
    for feed in 0..n.div_ceil(100) {
        let t0 = &templates[feed % templates.len()];
        let lang = t0.lang.map_or("en", |l| l.code());
        let mut xml = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>f{feed}</title>\
             <link>https://bench.invalid/</link><description>d</description><language>{lang}</language>"
        );
        for k in 0..100.min(n - feed * 100) {
            let i = feed * 100 + k;
            let t = &templates[(i * 7919) % templates.len()];
            let copy = i / templates.len();
            // Spread over a year; a distinct name per copy, so copies are near, not exact.
            let date = start + Duration::minutes((i as i64 * 525_600) / n as i64);
            xml.push_str(&format!(
                "<item><title>{}</title><link>https://bench.invalid/{i}</link><guid>g{i}</guid>\
                 <pubDate>{}</pubDate><description>{}</description></item>",
                escape(&vary(&t.title, copy, false)),
                date.to_rfc2822(),
                escape(&escape(&vary(
                    t.text.as_deref().unwrap_or(""),
                    copy,
                    copy > 0
                ))),
            ));
        }
        xml.push_str("</channel></rss>");
        docs.push(xml.into_bytes());
    }
    docs
}

fn open(dir: &tempfile::TempDir, name: &str, feeds: usize) -> (Store, Vec<veille::model::FeedId>) {
    let mut store = Store::open(&dir.path().join(name)).unwrap();
    let sources: Vec<FeedSource> = (0..feeds)
        .map(|i| FeedSource {
            name: format!("f{i}"),
            url: format!("https://bench.invalid/{i}.xml"),
            lang: None,
            full_text: false,
        })
        .collect();
    let ids = store
        .sync_feeds(&sources)
        .unwrap()
        .into_iter()
        .map(|f| f.id)
        .collect();
    (store, ids)
}

/// Parses, normalises and stores every document (clustering each feed's new articles when
/// `cluster`); returns the seconds taken.
fn fetch(
    suggester: &veille::tagging::Suggester,
    store: &mut Store,
    ids: &[veille::model::FeedId],
    docs: &[Vec<u8>],
    cluster: bool,
) -> f64 {
    let started = Instant::now();
    for (i, (doc, feed)) in docs.iter().zip(ids).enumerate() {
        let url = format!("https://bench.invalid/{i}.xml");
        let parsed = parse_feed(doc, Some("application/rss+xml"), &url).unwrap();
        let source = FeedSource {
            name: format!("f{i}"),
            url: url.clone(),
            lang: None,
            full_text: false,
        };
        let n = normalize(&parsed, &source, &url);
        let update = FeedUpdate {
            title: n.title,
            validators: Default::default(),
            articles: n.articles,
        };
        let stats = store.record_fetch(*feed, &update).unwrap();
        if cluster {
            let new: Vec<ArticleId> = stats.new_links.iter().map(|(id, _)| *id).collect();
            store.cluster(&new, suggester).unwrap();
        }
    }
    started.elapsed().as_secs_f64()
}

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let n = args.first().copied().unwrap_or(50_000);
    let stored = args.get(1).copied().unwrap_or(100_000);
    let templates = templates();
    let dir = tempfile::tempdir_in(
        std::env::var("BENCH_DB_DIR")
            .unwrap_or_else(|_| std::env::temp_dir().display().to_string()),
    )
    .unwrap();
    // Built once before timing: the vocabulary's automaton (a fetch builds it once per run).
    let suggester = veille::stories::bundled_suggester().unwrap();
    let suggester = &suggester;

    let docs = feeds(&templates, n);
    let (mut plain, ids) = open(&dir, "plain.db", docs.len());
    let base = fetch(suggester, &mut plain, &ids, &docs, false);
    let (mut clustered, ids) = open(&dir, "clustered.db", docs.len());
    let with = fetch(suggester, &mut clustered, &ids, &docs, true);
    let stories = clustered.stories(&Default::default(), None).unwrap().len();
    println!(
        "{} template articles; cold fetch of {n} articles in {} feeds → {stories} stories",
        templates.len(),
        docs.len()
    );
    println!("| cold fetch of {n} | seconds | x baseline |\n|---|---|---|");
    println!("| parse + normalise + store (baseline) | {base:.2} | 1.00 |");
    println!(
        "| the same, clustering each feed's new articles | {with:.2} | {:.2} |",
        with / base
    );
    println!(
        "clustering adds {:.1}% (target: at most 10%)\n",
        (with / base - 1.0) * 100.0
    );
    // Of which: reading each article's entities and signature, without the store.
    let started = Instant::now();
    for (i, doc) in docs.iter().enumerate() {
        let url = format!("https://bench.invalid/{i}.xml");
        let parsed = parse_feed(doc, Some("application/rss+xml"), &url).unwrap();
        let source = FeedSource {
            name: format!("f{i}"),
            url: url.clone(),
            lang: None,
            full_text: false,
        };
        for a in normalize(&parsed, &source, &url).articles {
            std::hint::black_box(veille::stories::Profile::new(
                suggester,
                &a.title,
                a.text.as_deref().unwrap_or(""),
                a.lang,
                None,
            ));
        }
    }
    println!(
        "parse + normalise + profiles alone (no store): {:.2} s\n",
        started.elapsed().as_secs_f64()
    );
    drop((plain, clustered));

    // One new article at `stored` already clustered.
    let docs = feeds(&templates, stored + 200);
    let (mut store, ids) = open(&dir, "big.db", docs.len());
    let (head, tail) = docs.split_at(docs.len() - 2);
    fetch(suggester, &mut store, &ids[..head.len()], head, true);
    let (mut store_s, mut cluster_s, mut count) = (0.0, 0.0, 0);
    for (doc, feed) in tail.iter().zip(&ids[head.len()..]) {
        let parsed = parse_feed(
            doc,
            Some("application/rss+xml"),
            "https://bench.invalid/t.xml",
        )
        .unwrap();
        let source = FeedSource {
            name: "t".into(),
            url: "https://bench.invalid/t.xml".into(),
            lang: None,
            full_text: false,
        };
        for a in normalize(&parsed, &source, "https://bench.invalid/t.xml").articles {
            let update = FeedUpdate {
                title: None,
                validators: Default::default(),
                articles: vec![a],
            };
            let started = Instant::now();
            let stats = store.record_fetch(*feed, &update).unwrap();
            store_s += started.elapsed().as_secs_f64();
            let started = Instant::now();
            store.cluster(&[stats.new_links[0].0], suggester).unwrap();
            cluster_s += started.elapsed().as_secs_f64();
            count += 1;
        }
    }
    let per = |s: f64| s * 1000.0 / f64::from(count);
    println!(
        "| one new article at {} stored ({count} timed) | ms each | x baseline |\n|---|---|---|",
        head.len() * 100
    );
    println!("| store it (baseline) | {:.3} | 1.00 |", per(store_s));
    println!(
        "| cluster it | {:.3} | {:.2} |",
        per(cluster_s),
        cluster_s / store_s
    );
    println!("target: at most 1 ms per article");
}

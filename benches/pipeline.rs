//! Where a cold refresh spends its time, stage by stage, on the generated bench feeds
//! (`tools/newsboat-bench/gen_feeds.py`), single-threaded so the figures are comparable between runs:
//!
//!   cargo bench --bench pipeline -- [FEEDS_DIR]      (default: tools/newsboat-bench/out/feeds, made by tools/newsboat-bench/fetch.sh)
//!
//! The store is written under `$BENCH_DB_DIR` (default: the temp dir); `/dev/shm` separates disk time.
//!
//! Each stage is reported in seconds and as a ratio to a baseline measured in the same run:
//! reading the bytes and scanning them once (the least any parser must do).
#![allow(clippy::unwrap_used)] // a failed unwrap stops the benchmark, loudly (Cargo.toml [lints])
use std::path::PathBuf;
use std::time::Instant;
use veille::feed::normalize::normalize;
use veille::feed::parse::parse_feed;
use veille::model::FeedSource;
use veille::store::{FeedUpdate, Store};

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("tools/newsboat-bench/out/feeds"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e} (run tools/newsboat-bench/fetch.sh first, or pass a folder of feeds)",
                dir.display()
            )
        })
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();

    let started = Instant::now();
    let docs: Vec<Vec<u8>> = files.iter().map(|f| std::fs::read(f).unwrap()).collect();
    let lines: usize = docs
        .iter()
        .map(|d| d.iter().filter(|b| **b == b'<').count())
        .sum();
    let baseline = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let parsed: Vec<_> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            parse_feed(
                d,
                Some("application/rss+xml"),
                &format!("http://127.0.0.1/feed{i}.xml"),
            )
            .unwrap()
        })
        .collect();
    let parse = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let normalized: Vec<_> = parsed
        .iter()
        .enumerate()
        .map(|(i, feed)| {
            let url = format!("http://127.0.0.1/feed{i}.xml");
            let source = FeedSource {
                name: format!("bench {i}"),
                url: url.clone(),
                lang: None,
                full_text: false,
            };
            (
                source,
                normalize(
                    feed,
                    &FeedSource {
                        url: url.clone(),
                        ..source_stub()
                    },
                    &url,
                ),
            )
        })
        .collect();
    let normalize_s = started.elapsed().as_secs_f64();
    let articles: usize = normalized.iter().map(|(_, n)| n.articles.len()).sum();

    let db = tempfile::tempdir_in(
        std::env::var("BENCH_DB_DIR")
            .unwrap_or_else(|_| std::env::temp_dir().display().to_string()),
    )
    .unwrap();
    let mut store = Store::open(&db.path().join("bench.db")).unwrap();
    let sources: Vec<FeedSource> = normalized.iter().map(|(s, _)| s.clone()).collect();
    let feeds = store.sync_feeds(&sources).unwrap();
    let started = Instant::now();
    for (feed, (_, n)) in feeds.iter().zip(&normalized) {
        let update = FeedUpdate {
            title: n.title.clone(),
            validators: Default::default(),
            articles: n.articles.clone(),
        };
        store.record_fetch(feed.id, &update).unwrap();
    }
    let store_s = started.elapsed().as_secs_f64();

    let started = Instant::now();
    let listed = store.list(&Default::default(), None).unwrap().len();
    let list_s = started.elapsed().as_secs_f64();

    println!(
        "{} feeds, {articles} articles, {lines} tags scanned by the baseline",
        files.len()
    );
    println!("| stage | seconds | x baseline |");
    println!("|---|---|---|");
    for (stage, secs) in [
        ("baseline: read + scan bytes", baseline),
        ("parse (feed-rs + charset + salvage)", parse),
        ("normalize (sanitize, urls, lang, plain text)", normalize_s),
        ("store (insert + FTS, one transaction per feed)", store_s),
        ("list every article", list_s),
    ] {
        println!("| {stage} | {secs:.3} | {:.1} |", secs / baseline);
    }
    assert_eq!(listed, articles);
}

fn source_stub() -> FeedSource {
    FeedSource {
        name: String::new(),
        url: String::new(),
        lang: None,
        full_text: false,
    }
}

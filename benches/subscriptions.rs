//! Big subscription lists (issue 9, item 10): `veille feeds import` of an OPML file of 100,000
//! outlines that all share one name (the worst case for unique names), the sync of that list into
//! the database that every `veille fetch` starts with (first into an empty database, then again),
//! and `veille feeds list` reading it back.
//!
//! Run: `cargo bench --bench subscriptions` (`SUBSCRIPTIONS=N` changes the big size). Each step
//! runs the real binary in a scratch home, once with 1,000 feeds (the baseline) and once with the
//! big list, in the same run; linear work gives a ratio equal to the size ratio (x100), quadratic
//! work a ratio near its square.
#![allow(clippy::unwrap_used)] // a failed unwrap stops the benchmark, loudly (Cargo.toml [lints])
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BASELINE: usize = 1_000;
const DEFAULT_BIG: usize = 100_000;

fn main() {
    let big = std::env::var("SUBSCRIPTIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(DEFAULT_BIG);
    let base = measure(BASELINE);
    let large = measure(big);
    let expected = big as f64 / BASELINE as f64;
    println!(
        "{:<34} {:>10} {:>10} {:>8}   linear: x{expected:.0}",
        "step",
        format!("{BASELINE}"),
        format!("{big}"),
        "ratio"
    );
    for ((step, small), (_, large)) in base.iter().zip(&large) {
        let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-6);
        println!(
            "{step:<34} {:>9.3}s {:>9.3}s {:>7.1}x   ({:.2} of linear)",
            small.as_secs_f64(),
            large.as_secs_f64(),
            ratio,
            ratio / expected
        );
    }
}

/// Times each step with `feeds` subscriptions in a fresh home.
fn measure(feeds: usize) -> Vec<(&'static str, Duration)> {
    let dir = tempfile::tempdir().expect("temporary directory");
    let opml = dir.path().join("list.opml");
    std::fs::write(&opml, same_name_opml(feeds)).expect("write the OPML file");
    let opml = opml.to_str().expect("UTF-8 temporary path");
    let mut steps = vec![(
        "feeds import (same-name outlines)",
        timed(dir.path(), &["feeds", "import", opml]),
    )];
    steps.push(("config load + sync (new database)", synced(dir.path())));
    steps.push(("config load + sync (again)", synced(dir.path())));
    steps.push(("feeds list", timed(dir.path(), &["feeds", "list"])));
    steps.push((
        "feeds list --json",
        timed(dir.path(), &["feeds", "list", "--json"]),
    ));
    steps
}

/// What a `veille fetch` does before its first request: load the config, sync it into the store.
fn synced(home: &Path) -> Duration {
    let started = Instant::now();
    let loaded = veille::config::load(&home.join("config.toml")).expect("config loads");
    let mut store = veille::store::Store::open(&home.join("veille.db")).expect("store opens");
    let feeds = store.sync_feeds(&loaded.config.feeds).expect("sync");
    assert_eq!(feeds.len(), loaded.config.feeds.len());
    started.elapsed()
}

fn timed(home: &Path, args: &[&str]) -> Duration {
    let started = Instant::now();
    let status = Command::new(env!("CARGO_BIN_EXE_veille"))
        .args(args)
        .env("VEILLE_CONFIG", home.join("config.toml"))
        .env("VEILLE_DB", home.join("veille.db"))
        .env("HOME", home)
        .stdout(Stdio::null())
        .status()
        .expect("run veille");
    assert!(status.success(), "veille {args:?} failed");
    started.elapsed()
}

/// An OPML list of `feeds` outlines, every one titled alike, each with its own URL.
fn same_name_opml(feeds: usize) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\"><head><title>x</title></head><body>\n",
    );
    for i in 0..feeds {
        out.push_str(&format!(
            "<outline type=\"rss\" text=\"Actualités sécurité\" xmlUrl=\"https://f{i}.example.org/feed.xml\"/>\n"
        ));
    }
    out.push_str("</body></opml>\n");
    out
}

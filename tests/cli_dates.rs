//! Date ranges as an analyst types them: `--until DAY` keeps that day whole, and a reversed range
//! is an error that says so rather than an empty list that looks like a quiet week.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use support::home::{Home, stderr, veille_in};
use support::{Route, TestServer};

const FEED: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Veille</title><link>https://example.fr/</link>
<item><title>Le vendredi soir</title><link>https://example.fr/fri</link>
<pubDate>Fri, 20 Nov 2026 21:30:00 GMT</pubDate><description>Tard.</description></item>
<item><title>Le jeudi</title><link>https://example.fr/thu</link>
<pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate><description>Tôt.</description></item>
<item><title>Le samedi</title><link>https://example.fr/sat</link>
<pubDate>Sat, 21 Nov 2026 00:30:00 GMT</pubDate><description>Après.</description></item>
</channel></rss>"#;

fn titles(dir: &std::path::Path, args: &[&str]) -> Vec<String> {
    let out = veille_in(dir, args);
    assert!(out.status.success(), "{}", stderr(&out));
    let listed: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    listed
        .iter()
        .map(|a| a["title"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn until_a_day_keeps_that_day_whole_and_a_reversed_range_says_why_it_is_empty() {
    let server = TestServer::start();
    server.route("/f.xml", Route::ok("application/rss+xml", FEED));
    let home = Home::with_config(&format!(
        "[[feeds]]\nname = \"Veille\"\nurl = {:?}\n",
        server.url("/f.xml")
    ));
    let dir = home.path();
    assert!(veille_in(dir, &["fetch"]).status.success());

    let week = [
        "list",
        "--json",
        "--since",
        "2026-11-19",
        "--until",
        "2026-11-20",
    ];
    assert_eq!(titles(dir, &week), ["Le vendredi soir", "Le jeudi"]);
    // An exact time stays exact.
    let morning = ["list", "--json", "--until", "2026-11-20T12:00:00Z"];
    assert_eq!(titles(dir, &morning), ["Le jeudi"]);

    let reversed = veille_in(
        dir,
        &["list", "--since", "2026-11-21", "--until", "2026-11-19"],
    );
    assert_eq!(reversed.status.code(), Some(1));
    let err = stderr(&reversed);
    assert!(
        err.contains("--since 2026-11-21 is not before --until 2026-11-19"),
        "{err}"
    );
}

//! Searching like an analyst who reads both languages: a vocabulary label finds the articles that
//! use its other-language name ("rançongiciel" finds "ransomware"), `=word` finds that word only.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use support::home::{Home, stderr, veille_in};
use support::{Route, TestServer};

const FEED: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Mixed</title><link>https://example.org/</link>
<item><title>Hospital hit by ransomware</title><link>https://example.org/en</link>
<pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate><description>Systems were encrypted.</description></item>
<item><title>Une mairie visée par un rançongiciel</title><link>https://example.org/fr</link>
<pubDate>Sun, 29 Nov 2026 08:00:00 GMT</pubDate><description>Les services sont à l'arrêt.</description></item>
<item><title>Patch Tuesday</title><link>https://example.org/patch</link>
<pubDate>Sat, 28 Nov 2026 08:00:00 GMT</pubDate><description>Updates.</description></item>
</channel></rss>"#;

/// A scratch home subscribed to `feed`, served over loopback with the settings `fields`, fetched.
fn fetched(feed: &'static str, fields: &str) -> (TestServer, Home) {
    let server = TestServer::start();
    server.route("/f.xml", Route::ok("application/rss+xml", feed));
    let dir = Home::with_config(&format!(
        "[[feeds]]\n{fields}\nurl = {:?}\n",
        server.url("/f.xml")
    ));
    assert!(veille_in(dir.path(), &["fetch"]).status.success());
    (server, dir)
}

fn titles(dir: &std::path::Path, query: &str) -> Vec<String> {
    let out = veille_in(dir, &["search", query, "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let found: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    found
        .iter()
        .map(|a| a["title"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_label_finds_both_languages_and_an_equals_sign_keeps_the_word_as_typed() {
    let (_server, dir) = fetched(FEED, "name = \"Mixed\"");

    let both = [
        "Hospital hit by ransomware",
        "Une mairie visée par un rançongiciel",
    ];
    assert_eq!(titles(dir.path(), "rançongiciel"), both);
    assert_eq!(titles(dir.path(), "ransomware"), both);
    assert_eq!(
        titles(dir.path(), "=rancongiciel"),
        ["Une mairie visée par un rançongiciel"]
    );
    assert_eq!(titles(dir.path(), "patch"), ["Patch Tuesday"]);
}

#[test]
fn a_label_among_other_words_is_searched_not_refused() {
    let (_server, dir) = fetched(FEED, "name = \"Mixed\"");

    // Each of these was "database error: fts5: syntax error" before.
    assert_eq!(
        titles(dir.path(), "ransomware hospital"),
        ["Hospital hit by ransomware"]
    );
    assert_eq!(
        titles(dir.path(), "mairie rançongiciel"),
        ["Une mairie visée par un rançongiciel"]
    );
    assert_eq!(
        titles(dir.path(), "rançongiciel ransomware systems"),
        ["Hospital hit by ransomware"]
    );
}

#[test]
fn a_label_finds_the_other_language_s_plural_too() {
    const PLURALS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Presse</title><link>https://example.org/</link>
<item><title>Cyberattaques : comme un parfum de 2021</title><link>https://example.org/fr</link>
<pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate><description>Sur fond d'explosion de la menace des rançongiciels.</description></item>
<item><title>Les hôpitaux face aux ransomwares</title><link>https://example.org/fr2</link>
<pubDate>Sun, 29 Nov 2026 08:00:00 GMT</pubDate><description>Un état des lieux.</description></item>
<item><title>Patch Tuesday</title><link>https://example.org/patch</link>
<pubDate>Sat, 28 Nov 2026 08:00:00 GMT</pubDate><description>Updates.</description></item>
</channel></rss>"#;
    let (_server, dir) = fetched(PLURALS, "name = \"Presse\"\nlang = \"fr\"");

    // The analyst types the English name; the French article says « rançongiciels ».
    assert_eq!(
        titles(dir.path(), "ransomware"),
        [
            "Cyberattaques : comme un parfum de 2021",
            "Les hôpitaux face aux ransomwares"
        ]
    );
    // And the French name finds the French press's English plural.
    assert_eq!(
        titles(dir.path(), "rançongiciel hôpitaux"),
        ["Les hôpitaux face aux ransomwares"]
    );
}

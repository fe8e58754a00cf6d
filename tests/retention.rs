//! Retention never drops in silence: by default a fetch stores what a feed brings whatever its date;
//! a retention the user sets removes only read articles without tag, star or note, says how many,
//! and does not bring them back at the next fetch.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use support::home::{Home, stderr, stdout, veille_in};
use support::{Route, TestServer};
use veille::store::Store;

/// The ICC intrusion of September 2023 beside a story of this year, in one French feed.
const FEED: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Veille FR</title><link>https://example.fr/</link>
<language>fr</language>
<item><title>Les cybercriminels frappent la Cour pénale internationale</title>
<link>https://example.fr/cpi-2023</link><guid>https://example.fr/cpi-2023</guid>
<pubDate>Wed, 20 Sep 2023 08:00:00 GMT</pubDate>
<description>La CPI a détecté une activité anormale sur son système d'information.</description></item>
<item><title>Rançongiciel : une mairie paralysée</title>
<link>https://example.fr/mairie</link><guid>https://example.fr/mairie</guid>
<pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate>
<description>Les services de la mairie sont à l'arrêt.</description></item>
</channel></rss>"#;

fn titles(dir: &std::path::Path) -> Vec<String> {
    let out = veille_in(dir, &["list", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let listed: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    listed
        .iter()
        .map(|a| a["title"].as_str().unwrap().to_owned())
        .collect()
}

fn fetch(dir: &std::path::Path) -> String {
    let out = veille_in(dir, &["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn an_old_story_is_stored_by_default_and_a_set_retention_removes_it_only_once_read_and_says_so() {
    let server = TestServer::start();
    // No validators: every fetch gets the whole document, as from a server without ETags.
    server.route(
        "/fr.xml",
        Route::ok("application/rss+xml", FEED).without_validators(),
    );
    let home = Home::new();
    let config = home.config();
    let feeds = format!(
        "[[feeds]]\nname = \"Veille FR\"\nurl = {:?}\n",
        server.url("/fr.xml")
    );
    std::fs::write(&config, &feeds).unwrap();

    let first = fetch(home.path());
    assert!(first.contains("2 new articles"), "{first}");
    assert!(!first.contains("retention"), "{first}");
    assert_eq!(
        titles(home.path()),
        [
            "Rançongiciel : une mairie paralysée",
            "Les cybercriminels frappent la Cour pénale internationale"
        ]
    );

    // A year of retention: the 2023 story is older, but unread, so it stays.
    std::fs::write(
        &config,
        format!("[retention]\nmax_age_days = 365\n\n{feeds}"),
    )
    .unwrap();
    let unread = fetch(home.path());
    assert!(!unread.contains("removed"), "{unread}");
    assert_eq!(titles(home.path()).len(), 2);

    let mut store = Store::open(&home.path().join("veille.db")).unwrap();
    let icc = store
        .list(&Default::default(), None)
        .unwrap()
        .into_iter()
        .find(|a| a.title.contains("Cour pénale"))
        .unwrap()
        .id;
    store.set_read(icc, true).unwrap();
    drop(store);

    let purged = fetch(home.path());
    assert!(
        purged.contains("0 new articles")
            && purged.contains("1 read article older than 365 days removed by retention"),
        "{purged}"
    );
    assert_eq!(titles(home.path()), ["Rançongiciel : une mairie paralysée"]);

    // The feed still carries it: it does not come back as new.
    let again = fetch(home.path());
    assert!(
        again.contains("0 new articles") && !again.contains("removed"),
        "{again}"
    );
    assert_eq!(titles(home.path()).len(), 1);
}

//! A feed rewriting an article the analyst already worked on (same GUID, new title, link and
//! body): through the real binary and a loopback server, the tagged version is what exports keep
//! attributing the tags to, and the change is shown, never silent.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use serde_json::Value;
use std::path::Path;
use std::process::Output;
use support::home::{Home, stderr, stdout, veille_in};
use support::{Route, TestServer};

fn feed(items: &[(&str, &str, &str, &str)]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\
         <title>Rewrites</title><link>https://news.example/</link>",
    );
    for (guid, title, link, body) in items {
        out.push_str(&format!(
            "<item><guid>{guid}</guid><title>{title}</title><link>{link}</link>\
             <pubDate>Mon, 02 Sep 2024 10:00:00 GMT</pubDate><description>{body}</description></item>"
        ));
    }
    out.push_str("</channel></rss>\n");
    out
}

const ORIGINAL: (&str, &str, &str, &str) = (
    "story-1",
    "LockBit claims the attack on Hôpital Saint-Sauveur",
    "https://news.example/2024/lockbit-saint-sauveur",
    "The group published 40 GB of patient records.",
);
const REWRITTEN: (&str, &str, &str, &str) = (
    "story-1",
    "Sponsored: the best VPN deals of the week",
    "https://ads.example/vpn-deals",
    "Buy now.",
);

fn json(out: &Output) -> Vec<Value> {
    assert!(out.status.success(), "{}", stderr(out));
    serde_json::from_str(&stdout(out)).unwrap_or_else(|e| panic!("{e}: {}", stdout(out)))
}

fn fetch(dir: &Path) {
    let out = veille_in(dir, &["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

fn by_guid_title<'a>(articles: &'a [Value], title: &str) -> &'a Value {
    articles
        .iter()
        .find(|a| a["title"] == title)
        .unwrap_or_else(|| panic!("no {title:?} in {articles:?}"))
}

#[test]
fn a_feed_rewriting_a_tagged_article_cannot_change_what_its_tags_are_exported_with() {
    let server = TestServer::start();
    let other_v1 = (
        "story-2",
        "Untagged story, first draft",
        "https://news.example/2",
        "v1",
    );
    let other_v2 = (
        "story-2",
        "Untagged story, corrected",
        "https://news.example/2",
        "v2",
    );
    server.route_sequence(
        "/feed.xml",
        vec![
            Route::ok("application/rss+xml", feed(&[ORIGINAL, other_v1])).without_validators(),
            Route::ok("application/rss+xml", feed(&[REWRITTEN, other_v2])).without_validators(),
        ],
    );
    let home = Home::with_config(&format!(
        "[retention]\nmax_age_days = 0\n\n[[feeds]]\nname = \"news\"\nurl = {:?}\n",
        server.url("/feed.xml")
    ));
    let dir = home.path();

    fetch(dir);
    let listed = json(&veille_in(dir, &["list", "--json"]));
    let id = by_guid_title(&listed, ORIGINAL.1)["id"].as_i64().unwrap();
    let tag = veille_in(dir, &["tag", &id.to_string(), "--actor", "LockBit"]);
    assert!(tag.status.success(), "{}", stderr(&tag));

    // The feed now serves a different story under the same GUID; fetched twice, it is one change.
    fetch(dir);
    fetch(dir);

    let exported = json(&veille_in(dir, &["export", "--format", "json", "--tagged"]));
    assert_eq!(exported.len(), 1);
    let evidence = &exported[0];
    assert_eq!(evidence["id"], id);
    assert_eq!(evidence["title"], ORIGINAL.1);
    assert_eq!(evidence["url"], ORIGINAL.2);
    assert!(
        evidence["summary"].as_str().unwrap().contains("40 GB"),
        "{evidence}"
    );
    assert_eq!(evidence["tags"]["actor"][0], "LockBit");
    assert_eq!(
        evidence["revisions"], 1,
        "the change is counted: {evidence}"
    );

    let stix = veille_in(dir, &["export", "--format", "stix", "--tagged"]);
    assert!(stix.status.success(), "{}", stderr(&stix));
    assert!(stdout(&stix).contains(ORIGINAL.2));
    assert!(
        !stdout(&stix).contains(REWRITTEN.2),
        "the rewrite reached STIX"
    );

    // Shown: `list --json` counts it, `show` says what the feed says now.
    let listed = json(&veille_in(dir, &["list", "--json"]));
    assert_eq!(by_guid_title(&listed, ORIGINAL.1)["revisions"], 1);
    let shown = veille_in(dir, &["show", &id.to_string(), "--width", "200"]);
    let text = stdout(&shown);
    assert!(text.contains(REWRITTEN.1), "{text}");
    assert!(text.contains(REWRITTEN.2), "{text}");
    assert!(
        text.contains("! Changed by its feed after it was tagged"),
        "{text}"
    );
    // In the interface's language, as the rest of what `show` composes.
    let shown = support::home::veille_in_env(
        dir,
        &["show", &id.to_string(), "--width", "200"],
        &[("LANG", "fr_FR.UTF-8")],
    );
    let text = stdout(&shown);
    assert!(
        text.contains("! Modifié par son flux après avoir été étiqueté"),
        "{text}"
    );
    assert!(text.contains("! Dernière version, relevée le "), "{text}");
    // An article nobody worked on simply follows its feed.
    let other = by_guid_title(&listed, other_v2.1);
    assert_eq!(other["revisions"], 0);
}

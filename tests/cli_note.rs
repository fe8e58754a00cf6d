//! `veille note`: the analyst's note written from the command line or standard input, shown,
//! searched with the text (accents ignored), filtered with --noted, exported, cleared.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use std::io::Write;
use std::process::Stdio;
use support::home::{Home, command_in, stderr, stdout, veille_in};
use support::{Route, TestServer};

const FEED: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Veille</title><link>https://example.fr/</link>
<item><title>Une mairie paralysée par un rançongiciel</title><link>https://example.fr/a</link>
<pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate><description>Les services sont à l'arrêt.</description></item>
<item><title>Une autre histoire</title><link>https://example.fr/b</link>
<pubDate>Sun, 29 Nov 2026 08:00:00 GMT</pubDate><description>Rien à voir.</description></item>
</channel></rss>"#;

/// A home with the two articles fetched; returns it and the id of the first one.
fn home() -> (Home, String) {
    let server = TestServer::start();
    server.route("/f.xml", Route::ok("application/rss+xml", FEED));
    let dir = Home::with_config(&format!(
        "[[feeds]]\nname = \"Veille\"\nurl = {:?}\n",
        server.url("/f.xml")
    ));
    let out = veille_in(dir.path(), &["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let id = first_id(dir.path(), &["list", "--json", "--query", "mairie"]);
    (dir, id)
}

fn first_id(dir: &std::path::Path, args: &[&str]) -> String {
    let out = veille_in(dir, args);
    assert!(out.status.success(), "{}", stderr(&out));
    let listed: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    listed
        .first()
        .map(|a| a["id"].to_string())
        .unwrap_or_default()
}

#[test]
fn a_note_is_written_shown_searched_filtered_exported_and_cleared() {
    let (home, id) = home();
    let dir = home.path();
    let written = veille_in(
        dir,
        &["note", &id, "Rançon exigée : 2 M€\nà suivre avec le CERT"],
    );
    assert!(written.status.success(), "{}", stderr(&written));
    assert_eq!(
        stdout(&written).trim(),
        format!("note saved on article {id}")
    );

    let shown = veille_in(dir, &["note", &id]);
    assert_eq!(
        stdout(&shown),
        "Rançon exigée : 2 M€\nà suivre avec le CERT\n"
    );
    let json: serde_json::Value =
        serde_json::from_slice(&veille_in(dir, &["note", &id, "--json"]).stdout).unwrap();
    assert_eq!(json["note"], "Rançon exigée : 2 M€\nà suivre avec le CERT");

    // Searched with the text, accents ignored; --noted keeps only annotated articles.
    assert_eq!(first_id(dir, &["search", "rancon exigee", "--json"]), id);
    assert_eq!(first_id(dir, &["list", "--noted", "--json"]), id);
    let listed = veille_in(dir, &["list", "--json"]);
    let listed: Vec<serde_json::Value> = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(listed.len(), 2);
    assert_eq!(listed.iter().filter(|a| a["noted"] == true).count(), 1);

    let export = veille_in(dir, &["export", "--format", "json", "--noted"]);
    assert!(
        stdout(&export).contains("à suivre avec le CERT"),
        "{}",
        stdout(&export)
    );

    let cleared = veille_in(dir, &["note", &id, "--clear"]);
    assert_eq!(
        stdout(&cleared).trim(),
        format!("note removed from article {id}")
    );
    assert_eq!(first_id(dir, &["list", "--noted", "--json"]), "");
    assert_eq!(first_id(dir, &["search", "exigee", "--json"]), "");
}

#[test]
fn a_note_from_standard_input_keeps_its_lines_and_loses_terminal_sequences() {
    let (home, id) = home();
    let mut child = command_in(home.path(), &["note", &id, "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Piste : LockBit\u{1b}]52;c;ZXZpbA==\u{7}\n\u{202e}IOC en PJ\n".as_bytes())
        .unwrap();
    assert!(child.wait_with_output().unwrap().status.success());
    assert_eq!(
        stdout(&veille_in(home.path(), &["note", &id])),
        "Piste : LockBit\nIOC en PJ\n"
    );
}

#[test]
fn an_empty_note_or_an_unknown_article_changes_nothing_and_says_why() {
    let (home, id) = home();
    veille_in(home.path(), &["note", &id, "garder"]);
    let empty = veille_in(home.path(), &["note", &id, "  "]);
    assert_eq!(empty.status.code(), Some(2));
    assert!(stderr(&empty).contains("--clear"), "{}", stderr(&empty));
    assert_eq!(stdout(&veille_in(home.path(), &["note", &id])), "garder\n");

    let unknown = veille_in(home.path(), &["note", "999999", "x"]);
    assert!(!unknown.status.success());
    assert!(
        stderr(&unknown).contains("no article with id 999999"),
        "{}",
        stderr(&unknown)
    );
}

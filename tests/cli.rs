//! The command line as users and scripts meet it: exit codes, messages, files, `--json` shapes.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use std::path::Path;
use support::home::{Home, stderr, stdout};

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");

#[test]
fn a_fresh_home_lists_nothing_and_creates_nothing() {
    let home = Home::new();
    let out = home.veille(&["list", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let listed: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(listed.is_empty());
    assert!(stderr(&out).contains("no database"), "{}", stderr(&out));
    assert!(!home.db().exists(), "a read command created the database");
}

#[test]
fn bad_usage_exits_2_and_says_why() {
    let home = Home::new();
    let out = home.veille(&["list", "--lang", "de"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--lang"), "{}", stderr(&out));
    let out = home.veille(&["list", "--since", "yesterday"]);
    assert_eq!(out.status.code(), Some(2), "a bad date is bad usage");
    assert!(stderr(&out).contains("YYYY-MM-DD"), "{}", stderr(&out));
}

#[test]
fn a_bad_config_names_file_line_and_key() {
    let home = Home::new();
    std::fs::write(home.config(), "# mine\n[fetch]\nconcurency = 3\n").unwrap();
    let out = home.veille(&["list"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("config.toml"), "{err}");
    assert!(err.contains(":3"), "{err}");
    assert!(err.contains("concurency"), "{err}");
}

#[test]
fn a_foreign_file_as_database_is_refused_and_left_untouched() {
    let home = Home::new();
    let text = b"my thesis, not a database\n".repeat(100);
    std::fs::write(home.db(), &text).unwrap();
    let out = home.veille(&["list"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("veille.db"), "{}", stderr(&out));
    assert_eq!(std::fs::read(home.db()).unwrap(), text);
}

#[test]
fn feeds_add_copies_the_bundled_list_then_keeps_the_users_comments() {
    let home = Home::new();
    let out = home.veille(&[
        "feeds",
        "add",
        "https://example.org/feed.xml",
        "--name",
        "Example",
        "--lang",
        "en",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let names = feed_names(&home);
    assert!(names.len() >= 25, "bundled list copied first: {names:?}");
    assert!(names.contains(&"Example".to_string()));

    let mut text = std::fs::read_to_string(home.config()).unwrap();
    text.insert_str(0, "# my own comment\n");
    std::fs::write(home.config(), text).unwrap();
    let out = home.veille(&["feeds", "remove", "Example"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!feed_names(&home).contains(&"Example".to_string()));
    assert!(
        std::fs::read_to_string(home.config())
            .unwrap()
            .starts_with("# my own comment\n")
    );

    let out = home.veille(&["feeds", "remove", "Example"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("Example"));
}

#[test]
fn feeds_add_refuses_urls_that_are_not_http() {
    let home = Home::new();
    for url in [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "$(touch pwned)",
        "ftp://example.org/f",
    ] {
        let out = home.veille(&["feeds", "add", url]);
        assert_eq!(out.status.code(), Some(1), "{url}");
        assert!(stderr(&out).contains("URL"), "{url}: {}", stderr(&out));
    }
    let config = std::fs::read_to_string(home.config()).unwrap_or_default();
    assert_eq!(config, "", "nothing written for refused URLs");
    assert!(!Path::new("pwned").exists());
}

#[test]
fn opml_import_then_export_round_trips_the_subscriptions() {
    let home = Home::new();
    let opml = format!("{SHARED}/feeds/opml/kOaDT-cyber-bot_CyberSecurityRSS_fr-en.opml");
    let out = home.veille(&["feeds", "import", &opml]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    let number_after = |marker: &str| -> usize {
        let rest = &said[said.find(marker).unwrap() + marker.len()..];
        rest.split(|c: char| !c.is_ascii_digit())
            .next()
            .unwrap()
            .parse()
            .unwrap()
    };
    assert_eq!(
        number_after("imported ") + number_after(" ("),
        19,
        "added + already subscribed: {said}"
    );
    let urls = feed_urls(&home);
    let listed = veille::feed::opml::parse_opml(&std::fs::read_to_string(&opml).unwrap()).unwrap();
    for feed in &listed {
        assert!(
            urls.contains(&feed.url),
            "{} missing after import",
            feed.url
        );
    }
    assert!(
        urls.contains(&"https://www.journalduhacker.net/t/s%C3%A9curit%C3%A9.rss".to_string()),
        "{urls:?}"
    );

    let exported = home.dir.path().join("out.opml");
    let out = home.veille(&["feeds", "export", "-o", exported.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let back =
        veille::feed::opml::parse_opml(&std::fs::read_to_string(&exported).unwrap()).unwrap();
    let back_urls: Vec<String> = back.into_iter().map(|f| f.url).collect();
    assert_eq!(back_urls, urls);

    // Importing the same file again adds nothing.
    let out = home.veille(&["feeds", "import", &opml]);
    assert!(stdout(&out).contains("imported 0"), "{}", stdout(&out));
}

#[test]
fn env_and_flags_choose_the_files() {
    let home = Home::new();
    let other_db = home.dir.path().join("other.db");
    // `tag` writes, so it creates the database it was given (then finds no article 1 in it).
    let out = home.veille(&[
        "--db",
        other_db.to_str().unwrap(),
        "tag",
        "1",
        "--actor",
        "x",
    ]);
    assert!(
        stderr(&out).contains("no article with id 1"),
        "{}",
        stderr(&out)
    );
    assert!(other_db.exists());
    assert!(!home.db().exists(), "--db wins over VEILLE_DB");
}

fn feeds_json(home: &Home) -> Vec<serde_json::Value> {
    let out = home.veille(&["feeds", "list", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn feed_names(home: &Home) -> Vec<String> {
    feeds_json(home)
        .iter()
        .map(|f| f["name"].as_str().unwrap().to_string())
        .collect()
}

fn feed_urls(home: &Home) -> Vec<String> {
    feeds_json(home)
        .iter()
        .map(|f| f["url"].as_str().unwrap().to_string())
        .collect()
}

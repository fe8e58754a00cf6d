//! The real binary's TUI (the default command) in a pseudo-terminal: keys typed, output parsed by a
//! vt100 emulator into a screen grid, and the raw bytes kept to check what reached the terminal.
//!
//! The store is prepared with `veille fetch` against the loopback test server. Every wait polls the
//! screen up to a deadline instead of sleeping, so a loaded machine slows the tests without failing them.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use serde_json::Value;
use std::process::Command;
use support::TestServer;
use support::home::Home;
use support::tui::{
    COLS, LEAVE_ALTERNATE_SCREEN, ROWS, SHOW_CURSOR, Tui, contains, fixtures_home, list_shown,
    prefix, title,
};

/// Small real fixtures, French and English.
const FEEDS: &[(&str, &str)] = &[
    ("ZATAZ", "fr/zataz_feed_2026-08-20.xml"),
    (
        "BleepingComputer",
        "en/bleepingcomputer_feed_2025-07-24.xml",
    ),
    ("Schneier", "en/schneier_atom.xml"),
];

#[test]
fn the_list_shows_the_newest_titles_and_q_quits_restoring_the_terminal() {
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    let articles = list_shown(&tui, &home);
    // The sidebar is 20 columns wide at 100: long names are cut. Its counts may arrive a frame
    // after the list on a loaded machine: wait for each (a name never drawn still fails).
    for name in ["Feeds", "Unread", "ZATAZ", "BleepingComp", "Schneier"] {
        tui.wait_text(name);
    }
    tui.wait_text(&prefix(title(&articles[1]), 20));
    assert!(!tui.cooked(), "the program runs in raw mode");

    let mark = tui.mark();
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    let tail = String::from_utf8_lossy(&tui.bytes_since(mark)).into_owned();
    assert!(tail.contains(LEAVE_ALTERNATE_SCREEN), "{tail:?}");
    assert!(tail.contains(SHOW_CURSOR), "{tail:?}");
    assert!(tui.cooked(), "raw mode is turned off on quit");
}

#[test]
fn a_search_narrows_the_list_to_what_the_store_finds() {
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    let articles = list_shown(&tui, &home);
    // A word of a title that the store finds in some articles but not all.
    let (word, found) = articles
        .iter()
        .flat_map(|a| title(a).split(|c: char| !c.is_ascii_alphabetic()))
        .filter(|w| w.len() >= 7)
        .take(20)
        .find_map(|w| {
            let found = home.articles(&["search", w]);
            (!found.is_empty() && found.len() < articles.len() / 2).then(|| (w.to_owned(), found))
        })
        .expect("a title word that narrows the list");
    let missing = articles
        .iter()
        .find(|a| !found.iter().any(|f| f["id"] == a["id"]))
        .expect("an article the search leaves out");

    tui.send("/");
    tui.wait_text("Search:");
    tui.send(&word);
    tui.wait_text(&format!("Search: {word}"));
    tui.send("\r");
    let screen = tui.wait_text(&format!("Articles ({})", found.len()));
    assert!(screen.contains(&prefix(title(&found[0]), 20)), "{screen}");
    assert!(!screen.contains(&prefix(title(missing), 30)), "{screen}");
}

#[test]
fn enter_opens_the_article_esc_and_q_come_back_to_the_list() {
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    let articles = list_shown(&tui, &home);
    let first = &articles[0];
    let url = first["url"].as_str().unwrap();
    let feed = first["feed"].as_str().unwrap();
    let list_title = format!("Articles ({})", articles.len());

    for back in ["\x1b", "q"] {
        tui.send("\r");
        let screen = tui.wait_text(&prefix(url, 60));
        // The line above the URL: feed · date · language · author.
        let lines: Vec<&str> = screen.lines().collect();
        let url_line = lines.iter().position(|l| l.contains(&prefix(url, 60)));
        let meta = url_line.and_then(|i| lines.get(i.checked_sub(1)?));
        assert!(
            meta.is_some_and(|m| m.contains(&format!("{feed} · "))),
            "the header names the feed:\n{screen}"
        );
        assert!(
            !screen.contains(&list_title),
            "the reader replaces the list at 100 columns"
        );
        tui.send(back);
        tui.wait_text(&list_title);
        assert!(!tui.screen().contains(&prefix(url, 60)));
    }
    assert!(
        home.articles(&["list", "--unread"])
            .iter()
            .all(|a| a["id"] != first["id"]),
        "opening an article marks it read"
    );
}

#[test]
fn a_french_locale_gives_french_labels() {
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    let tui = Tui::start(&home, "fr_FR.UTF-8");
    list_shown(&tui, &home);
    let screen = tui.wait_text("Flux");
    assert!(
        screen.contains("Non lus") && screen.contains("Favoris"),
        "{screen}"
    );
    assert!(
        !screen.contains("Unread") && !screen.contains("Feeds"),
        "{screen}"
    );
}

#[test]
fn a_resize_redraws_at_the_new_size() {
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    list_shown(&tui, &home);
    // The panes' bottom-right corner sits just above the status line, in the last column.
    assert_eq!(tui.cell(ROWS - 2, COLS - 1), "┘");
    tui.resize(130, 40);
    tui.wait_for("the frame redrawn at 130x40", |t| t.cell(38, 129) == "┘");
    tui.resize(80, 24);
    tui.wait_for("the frame redrawn at 80x24", |t| t.cell(22, 79) == "┘");
}

#[test]
fn sigterm_restores_the_terminal_and_exits() {
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    list_shown(&tui, &home);
    assert!(!tui.cooked());
    let pid = tui.child.process_id().expect("the child's pid").to_string();
    let mark = tui.mark();
    let kill = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(kill.success());
    tui.wait_exit();
    let tail = String::from_utf8_lossy(&tui.bytes_since(mark)).into_owned();
    assert!(tail.contains(LEAVE_ALTERNATE_SCREEN), "{tail:?}");
    assert!(tail.contains(SHOW_CURSOR), "{tail:?}");
    assert!(tui.cooked(), "raw mode is turned off on SIGTERM");
}

/// Escape sequences a hostile feed puts in its titles, author and body: none may reach the terminal.
const CLIPBOARD: &str = "\x1b]52;c;cm0gLXJmIH4=\x07";
const BLINK_RED: &str = "\x1b[5;31;47m";
const CONCEAL: &str = "\x1b[8m";
const C1_CLEAR: &str = "\u{9b}2J";
const RLO: &str = "\u{202e}";

#[test]
fn escape_sequences_in_a_feed_never_reach_the_terminal() {
    let server = TestServer::start();
    let feed = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Evil{BLINK_RED} feed</title>\
         <item><title>Clipboard {CLIPBOARD}grab attempt</title><link>https://evil.example/1</link>\
         <author>x@evil.example (Mallory{CLIPBOARD})</author><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate>\
         <description>Body {CLIPBOARD} with {BLINK_RED}colour{CONCEAL} and {C1_CLEAR} clear</description></item>\
         <item><title>Blinking {BLINK_RED}colour{CONCEAL} headline</title><link>https://evil.example/2</link>\
         <pubDate>Mon, 01 Jan 2024 09:00:00 GMT</pubDate><description>x</description></item>\
         <item><title>Invoice {RLO}fdp.exe and {C1_CLEAR}screen</title><link>https://evil.example/3</link>\
         <pubDate>Mon, 01 Jan 2024 08:00:00 GMT</pubDate><description>y</description></item>\
         </channel></rss>"
    );
    server.route("/evil.xml", support::Route::ok("application/rss+xml", feed));
    let home = Home::fetched(&[("Evil".into(), server.url("/evil.xml"))]);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    tui.wait_text("Articles (3)");
    for visible in [
        "Clipboard",
        "grab attempt",
        "Blinking",
        "headline",
        "Invoice",
    ] {
        tui.wait_text(visible);
    }
    // The article with the clipboard write, opened: its author and body are drawn too.
    tui.send("\r");
    tui.wait_text("https://evil.example/1");
    tui.wait_text("colour");
    tui.send("q");
    tui.wait_text("Articles (3)");
    tui.send("q");
    tui.wait_exit();

    let bytes = tui.bytes_since(0);
    for sequence in [CLIPBOARD, "]52;", BLINK_RED, CONCEAL, C1_CLEAR, RLO] {
        assert!(
            !contains(&bytes, sequence.as_bytes()),
            "{sequence:?} reached the terminal"
        );
    }
}

#[test]
fn articles_fetched_by_another_process_appear_while_the_reader_is_open() {
    let server = TestServer::start();
    let path = "/live/veille.xml";
    let feed = |fixture: &str| std::fs::read(support::feed_file(fixture)).unwrap();
    server.route(
        path,
        support::Route::ok("application/rss+xml", feed("fr/zataz_feed_2026-08-20.xml")),
    );
    let home = Home::fetched(&[("Live".to_string(), server.url(path))]);
    let tui = Tui::start(&home, "en_US.UTF-8");
    tui.wait_text("Articles (10)");

    // A cron `veille fetch` brings ten more articles while the TUI is open.
    server.route(
        path,
        support::Route::ok(
            "application/rss+xml",
            feed("fr/zdnet-fr_feed_2026-08-20.xml"),
        ),
    );
    let out = home.veille(&["fetch"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("10 new articles"));
    tui.wait_text("Articles (20)");
    let newest = &home.articles(&["list"])[0];
    tui.wait_text(&prefix(title(newest), 20));
}

#[test]
fn a_deeply_nested_article_opens_and_q_still_quits() {
    // 399,000 nested <div>: html5ever's tree building is quadratic in depth, and parsing this took
    // the better part of an hour on the UI thread, which then read no key.
    let server = TestServer::start();
    let body = format!("{}<p>Profondeur atteinte.</p>", "<div>".repeat(399_000));
    let feed = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Profond</title>\
         <item><title>Article profond</title><link>https://deep.example/1</link>\
         <description><![CDATA[{body}]]></description></item></channel></rss>"
    );
    server.route("/deep.xml", support::Route::ok("application/rss+xml", feed));
    let home = Home::fetched(&[("Profond".into(), server.url("/deep.xml"))]);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    tui.wait_text("Articles (1)");
    // Keys typed at once, while the body may still be rendering.
    tui.send("\r");
    tui.wait_text("https://deep.example/1");
    tui.send("q");
    tui.wait_text("Articles (1)");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    assert!(tui.cooked(), "the terminal is given back");
}

#[test]
fn a_suggestion_rejected_in_the_reader_is_never_offered_again_even_after_a_restart() {
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    // The first listed article with a suggestion, and the suggestion its tag panel highlights
    // first (the panel lists actors, targets, sectors, countries, then attack types).
    let out = home.veille(&["suggest", "--json"]);
    assert!(out.status.success());
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let (index, value) = lines
        .iter()
        .enumerate()
        .find_map(|(i, l)| {
            ["actor", "target", "sector", "country", "attack"]
                .iter()
                .find_map(|k| l[*k].as_array()?.first()?.as_str())
                .map(|v| (i, v.to_owned()))
        })
        .expect("an article with a suggestion");
    let id = lines[index]["id"].to_string();
    let offered = |line: &str| line.contains("? ") && line.contains(&format!(": {value} ("));

    let mut tui = Tui::start(&home, "en_US.UTF-8");
    list_shown(&tui, &home);
    tui.send(&"j".repeat(index));
    tui.send("\r");
    let screen = tui.wait_text("Tags and suggestions");
    assert!(screen.lines().any(offered), "{value} offered:\n{screen}");
    tui.send("x");
    tui.wait_text("Suggestion rejected");
    let screen = tui.screen();
    assert!(!screen.lines().any(offered), "{value} gone:\n{screen}");
    tui.send("q");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);

    // Another process sees it rejected.
    let out = home.veille(&["suggest", &id, "--json"]);
    let now: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rejected: Vec<&str> = now["rejected"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|l| l.as_array().unwrap().iter().filter_map(Value::as_str))
        .collect();
    assert_eq!(rejected, [value.as_str()], "{now}");

    // A new reader does not offer it again.
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    list_shown(&tui, &home);
    tui.send(&"j".repeat(index));
    tui.send("\r");
    let screen = tui.wait_text("Tags and suggestions");
    assert!(
        !screen.lines().any(offered),
        "{value} offered again:\n{screen}"
    );
    tui.send("q");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

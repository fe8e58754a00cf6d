//! The real binary's TUI in a pseudo-terminal (see tests/tui_e2e.rs) for the reader's remaining
//! habits of issue 12: the failing feeds overlay, sort by title, the exact OSC 52 bytes of a
//! copied link, `confirm_quit`, and dates on the local clock (`TZ=Europe/Paris`).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use base64::Engine;
use chrono::{DateTime, Datelike, FixedOffset, TimeZone, Utc, Weekday};
use std::time::Duration;
use support::TestServer;
use support::tui::{Tui, contains, fixtures_home, list_shown, prefix, title};

const FEEDS: &[(&str, &str)] = &[
    ("ZATAZ", "fr/zataz_feed_2026-08-20.xml"),
    (
        "BleepingComputer",
        "en/bleepingcomputer_feed_2025-07-24.xml",
    ),
];

#[test]
fn bang_shows_the_failing_feeds_with_their_reason_and_esc_closes_them() {
    let server = TestServer::start();
    let home = support::tui::home_with_a_failing_feed(&server);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    tui.wait_text("! Flaky");
    tui.send("!");
    let screen = tui.wait_text("Failing feeds (1)");
    // The reason is the status itself ("HTTP 500"): said once.
    assert!(screen.contains("! Flaky — HTTP 500"), "{screen}");
    assert!(!screen.contains("(HTTP 500)"), "{screen}");
    assert!(screen.contains("since 20"), "{screen}");
    assert!(screen.contains("last success 20"), "{screen}");
    assert!(!screen.contains("! BleepingComputer"), "{screen}");
    tui.send("\x1b");
    tui.wait_for("the overlay closed", |t| {
        !t.screen().contains("Failing feeds")
    });
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn capital_s_twice_sorts_the_list_by_title() {
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    let articles = list_shown(&tui, &home);
    // The store's order: title with ASCII case folded, then the newest id.
    let first = articles
        .iter()
        .min_by_key(|a| {
            (
                title(a).to_ascii_lowercase(),
                std::cmp::Reverse(a["id"].as_i64()),
            )
        })
        .unwrap();
    let last = articles
        .iter()
        .max_by_key(|a| title(a).to_ascii_lowercase())
        .unwrap();
    assert_ne!(
        first["id"], articles[0]["id"],
        "the newest is not first by title"
    );
    tui.send("S");
    tui.wait_text("· by feed");
    tui.send("S");
    tui.wait_text("· by title");
    // The header names the order as soon as the key is read; the page in that order follows
    // from the store ("Loading…" meanwhile). The list's first row is the line under its title.
    let first_title = prefix(title(first), 20);
    tui.wait_for(&format!("{first_title:?} first by title"), |t| {
        let screen = t.screen();
        let rows: Vec<&str> = screen.lines().collect();
        let under_title = rows.iter().position(|l| l.contains("Articles ("));
        under_title
            .and_then(|i| rows.get(i + 1))
            .is_some_and(|l| l.contains(&first_title))
    });
    // G reaches the end of the same order.
    tui.send("G");
    tui.wait_text(&prefix(title(last), 20));
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn c_writes_exactly_the_osc_52_sequence_of_the_link_and_says_so() {
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    let articles = list_shown(&tui, &home);
    let url = articles[0]["url"].as_str().unwrap();
    let expected = format!(
        "\x1b]52;c;{}\x07",
        base64::engine::general_purpose::STANDARD.encode(url)
    );
    let mark = tui.mark();
    tui.send("c");
    tui.wait_text("Link copied (if the terminal allows OSC 52): ");
    let written = tui.bytes_since(mark);
    assert!(
        contains(&written, expected.as_bytes()),
        "{expected:?} not in {:?}",
        String::from_utf8_lossy(&written)
    );
    // Only on the key press: nothing else ever asks for the clipboard.
    let count = written.windows(5).filter(|w| w == b"\x1b]52;").count();
    assert_eq!(count, 1);
    tui.send("j");
    tui.wait_for("the hints back", |t| t.screen().contains("? help"));
    assert!(!contains(
        &tui.bytes_since(mark + written.len()),
        b"\x1b]52;"
    ));
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn with_confirm_quit_q_asks_and_only_a_second_q_quits() {
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    let config = std::fs::read_to_string(home.config()).unwrap();
    home.write_config(&format!("confirm_quit = true\n{config}"));
    let mut tui = Tui::start(&home, "fr_FR.UTF-8");
    tui.wait_text("Articles (");
    tui.send("q");
    tui.wait_text("Quitter\u{a0}? q de nouveau pour quitter");
    // Any other key withdraws the question.
    tui.send("j");
    tui.wait_for("the question withdrawn", |t| {
        !t.screen().contains("Quitter\u{a0}?")
    });
    tui.send("q");
    tui.wait_text("Quitter\u{a0}?");
    assert_eq!(
        tui.exit_within(Duration::from_millis(300)),
        None,
        "one q does not quit"
    );
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

/// Paris's offset at `at`: +02:00 from the last Sunday of March to the last Sunday of October
/// (01:00 UTC both), +01:00 otherwise.
fn paris(at: DateTime<Utc>) -> FixedOffset {
    let last_sunday = |month: u32| {
        let mut day = Utc.with_ymd_and_hms(at.year(), month, 31, 1, 0, 0).unwrap();
        while day.weekday() != Weekday::Sun {
            day -= chrono::Duration::days(1);
        }
        day
    };
    let summer = at >= last_sunday(3) && at < last_sunday(10);
    FixedOffset::east_opt(if summer { 7200 } else { 3600 }).unwrap()
}

#[test]
fn with_tz_europe_paris_the_reader_shows_paris_time_and_json_stays_utc() {
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    let mut tui = Tui::start_with(&home, "en_US.UTF-8", &[("TZ", "Europe/Paris")]);
    let articles = list_shown(&tui, &home);
    let published = articles[0]["published"].as_str().unwrap();
    let utc = DateTime::parse_from_rfc3339(published)
        .unwrap()
        .with_timezone(&Utc);
    let local = utc.with_timezone(&paris(utc));
    let shown = local.format("%Y-%m-%d %H:%M %:z").to_string();
    tui.send("\r");
    let screen = tui.wait_text(&shown);
    assert!(
        !screen.contains(&utc.format("%Y-%m-%d %H:%M UTC").to_string()),
        "{screen}"
    );
    tui.send("q");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    // The command line's JSON keeps UTC whatever the zone.
    let out =
        support::home::veille_in_env(home.path(), &["list", "--json"], &[("TZ", "Europe/Paris")]);
    let json: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json[0]["published"].as_str(), Some(published));
    assert!(
        published.ends_with('Z') || published.ends_with("+00:00"),
        "{published}"
    );
}

#[test]
fn v_previews_the_highlighted_article_beside_the_list_without_marking_it_read() {
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    let articles = list_shown(&tui, &home);
    let list_title = format!("Articles ({})", articles.len());
    tui.send("v");
    tui.wait_text("Preview on");
    tui.wait_text(&prefix(articles[0]["url"].as_str().unwrap(), 40));
    // The cursor moves: the preview follows, and the list stays in sight (below it at 100 columns).
    tui.send("jj");
    let screen = tui.wait_text(&prefix(articles[2]["url"].as_str().unwrap(), 40));
    assert!(screen.contains(&list_title), "{screen}");
    assert_eq!(
        home.articles(&["list", "--unread"]).len(),
        articles.len(),
        "a preview marks nothing read"
    );
    tui.send("v");
    tui.wait_for("the preview closed", |t| {
        !t.screen()
            .contains(&prefix(articles[2]["url"].as_str().unwrap(), 40))
    });
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

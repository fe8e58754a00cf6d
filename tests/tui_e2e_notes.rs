//! The real binary's TUI in a pseudo-terminal (see tests/tui_e2e.rs) for issue 12's reader work:
//! writing a note and finding it after a restart, mark all read, next unread, undo twice, Ctrl-C in
//! a prompt, and a failing feed shown in the sidebar with its reason.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use std::time::{Duration, Instant};
use support::TestServer;
use support::home::Home;
use support::tui::{DEADLINE, Tui, fixtures_home, list_shown, prefix, title};

const FEEDS: &[(&str, &str)] = &[
    ("ZATAZ", "fr/zataz_feed_2026-08-20.xml"),
    (
        "BleepingComputer",
        "en/bleepingcomputer_feed_2025-07-24.xml",
    ),
];

/// Polls the store through the CLI until `done` holds for the unread articles.
fn wait_unread(home: &Home, what: &str, done: impl Fn(usize) -> bool) {
    let start = Instant::now();
    loop {
        let n = home.articles(&["list", "--unread"]).len();
        if done(n) {
            return;
        }
        assert!(
            start.elapsed() < DEADLINE,
            "timed out waiting for {what}: {n} unread"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_note_written_in_the_reader_is_there_after_a_restart_and_found_by_search() {
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    let articles = list_shown(&tui, &home);
    let first = &articles[0];
    tui.send("\r");
    tui.wait_text(&prefix(first["url"].as_str().unwrap(), 60));
    tui.send("n");
    tui.wait_text("Note — Ctrl-s save · Enter new line · Esc cancel");
    tui.send("Piste zanzibarique\rrevoir lundi");
    tui.wait_text("revoir lundi");
    tui.send("\x13");
    let screen = tui.wait_text("Note saved");
    assert!(screen.contains("Note: Piste zanzibarique"), "{screen}");
    assert!(screen.contains("      revoir lundi"), "{screen}");
    tui.send("q");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);

    let stored = home.veille(&["note", first["id"].to_string().as_str()]);
    assert_eq!(
        String::from_utf8_lossy(&stored.stdout).trim(),
        "Piste zanzibarique\nrevoir lundi"
    );

    let mut tui = Tui::start(&home, "en_US.UTF-8");
    list_shown(&tui, &home);
    let screen = tui.screen();
    let row = screen
        .lines()
        .find(|l| l.contains(&prefix(title(first), 15)))
        .unwrap_or_default();
    assert!(row.contains('✎'), "the list marks the noted article: {row}");
    tui.send("/zanzibarique\r");
    let screen = tui.wait_text("Articles (1)");
    assert!(screen.contains(&prefix(title(first), 20)), "{screen}");
    tui.send("\r");
    tui.wait_text("Note: Piste zanzibarique");
}

#[test]
fn mark_all_read_then_undo_twice_puts_every_flag_back() {
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    let articles = list_shown(&tui, &home);
    let total = articles.len();
    wait_unread(&home, "everything unread after the fetch", |n| n == total);
    tui.send("m");
    tui.wait_text("Marked as read");
    wait_unread(&home, "the first article read", |n| n == total - 1);
    tui.send("M");
    tui.wait_text(&format!("Marked read: {} (U undoes)", total - 1));
    wait_unread(&home, "every article read", |n| n == 0);
    tui.send("U");
    tui.wait_text(&format!("Read flags put back: {}", total - 1));
    wait_unread(&home, "mark all read undone", |n| n == total - 1);
    tui.send("U");
    tui.wait_text("Read flags put back: 1");
    wait_unread(&home, "the first m undone too", |n| n == total);
    tui.send("U");
    tui.wait_text("Nothing to undo");
}

#[test]
fn capital_n_goes_to_the_next_unread_article() {
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    let articles = list_shown(&tui, &home);
    // The second article read, then back to the first: N skips the second.
    tui.send("jm");
    tui.wait_text("Marked as read");
    tui.send("kN\r");
    let screen = tui.wait_text(&prefix(articles[2]["url"].as_str().unwrap(), 60));
    assert!(
        screen.contains(&prefix(title(&articles[2]), 20)),
        "{screen}"
    );
}

#[test]
fn ctrl_c_in_a_prompt_cancels_it_and_ctrl_c_outside_quits() {
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    let articles = list_shown(&tui, &home);
    tui.send("/ransom");
    tui.wait_text("Search: ransom");
    tui.send("\x03");
    tui.wait_for("the search box closed", |t| !t.screen().contains("Search:"));
    let screen = tui.wait_text(&format!("Articles ({})", articles.len()));
    assert!(screen.contains("? help"), "the hints are back:\n{screen}");
    assert_eq!(
        tui.exit_within(Duration::from_millis(300)),
        None,
        "still running"
    );
    tui.send("\x03");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn a_failing_feed_is_marked_in_the_sidebar_with_its_reason() {
    let server = TestServer::start();
    let home = support::tui::home_with_a_failing_feed(&server);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    let screen = tui.wait_text("! Flaky");
    assert!(screen.contains("BleepingComp"), "{screen}");
    // To the sidebar, down to the feed: the status says why.
    tui.send("\x1b[Z");
    tui.send(&"j".repeat(7));
    let screen = tui.wait_text("Flaky fails:");
    let status = screen.lines().last().unwrap_or_default();
    assert!(status.contains("Flaky fails: HTTP 500 — "), "{status}");
    assert!(status.contains("last success 20"), "{status}");

    // A refresh says how many failed, and the first reason.
    tui.send("r");
    let screen = tui.wait_text("1 failed — Flaky:");
    assert!(screen.contains("Refresh done: 0 new"), "{screen}");
    tui.send("q");
}

#[cfg(unix)]
#[test]
fn with_editor_set_n_edits_the_note_in_that_editor_and_the_reader_comes_back() {
    use std::os::unix::fs::PermissionsExt;
    let server = TestServer::start();
    let home = fixtures_home(&server, FEEDS);
    // An editor that appends a line to the file it is given, and says on the terminal it ran.
    let script = home.dir.path().join("editor.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\nprintf 'EDITOR RAN\\n'\nprintf 'Ecrit dans mon editeur\\n' >> \"$1\"\n",
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut tui = Tui::start_with(
        &home,
        "en_US.UTF-8",
        &[("EDITOR", script.to_str().unwrap())],
    );
    let articles = list_shown(&tui, &home);
    let first = &articles[0];
    tui.send("\r");
    tui.wait_text(&prefix(first["url"].as_str().unwrap(), 60));
    let mark = tui.mark();
    tui.send("n");
    let screen = tui.wait_text("Note saved");
    assert!(screen.contains("Note: Ecrit dans mon editeur"), "{screen}");
    let between = String::from_utf8_lossy(&tui.bytes_since(mark)).into_owned();
    let ran = between
        .find("EDITOR RAN")
        .expect("the editor wrote on the terminal");
    let left = between
        .find(support::tui::LEAVE_ALTERNATE_SCREEN)
        .expect("left the screen");
    assert!(
        left < ran,
        "the terminal is given back before the editor runs"
    );
    assert!(
        between[ran..].contains("\x1b[?1049h"),
        "and taken back after it"
    );
    assert!(!tui.cooked(), "raw mode again");
    let stored = home.veille(&["note", first["id"].to_string().as_str()]);
    assert_eq!(
        String::from_utf8_lossy(&stored.stdout).trim(),
        "Ecrit dans mon editeur"
    );
    tui.send("q");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

//! The reader's life around what it does not control, in a real pseudo-terminal: a panic it
//! contains (feed-rs on a hostile author during `r`) must neither print the feed's bytes nor give the
//! terminal back; a terminal that hangs up or a SIGTERM must end it, with the tag just typed stored.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use std::process::Command;
use std::time::Duration;
use support::home::Home;
use support::hostile::{OSC_PAYLOAD, author_panic_feed};
use support::tui::{LEAVE_ALTERNATE_SCREEN, Tui, contains};
use support::{Route, TestServer};

/// How long the reader may take to notice that its terminal is gone and end.
const EXIT_LIMIT: Duration = Duration::from_secs(10);

/// A home with one feed, "Author bug", fetched once while it was a harmless fixture.
fn author_home(server: &TestServer) -> Home {
    let calm = std::fs::read(support::feed_file("fr/zataz_feed_2026-08-20.xml")).unwrap();
    server.route("/author.xml", Route::ok("application/rss+xml", calm));
    Home::fetched(&[("Author bug".into(), server.url("/author.xml"))])
}

#[test]
fn a_parser_panic_during_r_prints_nothing_of_the_feed_and_leaves_the_reader_running() {
    let server = TestServer::start();
    let home = author_home(&server);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    tui.wait_text("Articles (10)");
    // The feed now carries the author that makes feed-rs panic, quoting escape sequences.
    server.route(
        "/author.xml",
        Route::ok("application/rss+xml", author_panic_feed()),
    );
    let mark = tui.mark();
    tui.send("r");
    tui.wait_for("the refresh to end", |t| {
        let screen = t.screen();
        screen.contains("feeds failed: Author bug") || screen.contains("Refresh done")
    });

    let written = tui.bytes_since(mark);
    let text = String::from_utf8_lossy(&written);
    for sequence in [OSC_PAYLOAD, "]52;", "]0;pwned"] {
        assert!(
            !contains(&written, sequence.as_bytes()),
            "{sequence:?} reached the terminal: {text:?}"
        );
    }
    assert!(
        !text.contains("panicked") && !text.contains("jdoe"),
        "{text:?}"
    );
    // The contained panic left the terminal as the reader had it.
    assert!(
        !contains(&written, LEAVE_ALTERNATE_SCREEN.as_bytes()),
        "{text:?}"
    );
    assert!(
        tui.alternate_screen(),
        "the reader left the alternate screen"
    );
    assert!(!tui.cooked(), "the reader left raw mode");
    // And it still answers keys.
    tui.send("/");
    tui.wait_text("Search:");
    tui.send("\x1b");
    tui.wait_for("the search box closed", |t| !t.screen().contains("Search:"));
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

/// Opens the actor prompt on the first article and applies APT28 in it; the prompt stays open.
fn tag_apt28_in_the_prompt(tui: &mut Tui) {
    tui.wait_text("Articles (10)");
    tui.send("a");
    tui.wait_text("Actor — this article");
    tui.send("APT28\r");
    tui.wait_for("the tag sent", |t| {
        let screen = t.screen();
        screen.contains("saving: APT28") || screen.contains("applied: APT28")
    });
    assert!(tui.screen().contains("Actor — this article"));
}

#[test]
fn a_hung_up_terminal_ends_the_reader_and_keeps_the_tag_just_applied() {
    let server = TestServer::start();
    let home = author_home(&server);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    tag_apt28_in_the_prompt(&mut tui);

    tui.hang_up();
    // It ends in order, as if asked to quit, not on a failed write (exit 1) or a panic (101).
    assert_eq!(
        tui.exit_within(EXIT_LIMIT),
        Some(0),
        "the reader outlived its terminal or did not end in order"
    );
    let tagged = home.articles(&["list", "--actor", "APT28"]);
    assert_eq!(
        tagged.len(),
        1,
        "the tag applied before the hang-up is stored"
    );
}

#[test]
fn a_dead_terminal_ends_the_reader_even_without_sighup() {
    // Not its controlling terminal: the hang-up sends no signal, and with the prompt closed the
    // idle reader draws nothing that could fail; only its reads say the terminal is gone (where
    // crossterm's reader used to spin for ever on end of file).
    let server = TestServer::start();
    let home = author_home(&server);
    let mut tui = Tui::start_detached(&home, "en_US.UTF-8");
    tag_apt28_in_the_prompt(&mut tui);
    tui.send("\x1b");
    tui.wait_for("the prompt closed", |t| {
        !t.screen().contains("Actor — this article")
    });

    tui.hang_up();
    // It ends in order, as if asked to quit, not on a failed write (exit 1) or a panic (101).
    assert_eq!(
        tui.exit_within(EXIT_LIMIT),
        Some(0),
        "the reader outlived its terminal or did not end in order"
    );
    assert_eq!(home.articles(&["list", "--actor", "APT28"]).len(), 1);
}

#[test]
fn sigterm_ends_the_reader_while_a_prompt_is_open() {
    let server = TestServer::start();
    let home = author_home(&server);
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    tag_apt28_in_the_prompt(&mut tui);

    let pid = tui.child.process_id().expect("the child's pid").to_string();
    let kill = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(kill.success());
    assert_eq!(tui.exit_within(EXIT_LIMIT), Some(0), "SIGTERM was ignored");
    assert!(tui.cooked(), "raw mode is turned off on SIGTERM");
    assert_eq!(home.articles(&["list", "--actor", "APT28"]).len(), 1);
}

#[test]
fn a_bad_key_or_colour_is_named_with_file_line_and_key_before_the_terminal_is_taken() {
    let server = TestServer::start();
    let home = author_home(&server);
    let config = std::fs::read_to_string(home.config()).unwrap();
    for (table, line, key) in [
        (
            "[keys]\nquit = [\"hyper-banana\"]\n",
            "quit = ",
            "keys.quit",
        ),
        ("[theme]\naccent = \"plaid\"\n", "accent = ", "theme.accent"),
    ] {
        let text = format!("{config}{table}");
        let number = text.lines().position(|l| l.starts_with(line)).unwrap() + 1;
        std::fs::write(home.config(), &text).unwrap();
        let mut tui = Tui::start(&home, "en_US.UTF-8");
        assert_eq!(tui.wait_exit(), 1);
        let screen = tui.screen();
        let expected = format!("config.toml:{number}: {key}: ");
        assert!(screen.contains(&expected), "{expected} not in:\n{screen}");
    }
}

//! The reader's life around what it does not control, in a real pseudo-terminal: a panic it
//! contains (feed-rs on a hostile author during `r`) must neither print the feed's bytes nor give the
//! terminal back.
mod support;

use support::hostile::{OSC_PAYLOAD, author_panic_feed};
use support::tui::{Home, LEAVE_ALTERNATE_SCREEN, Tui, contains};
use support::{Route, TestServer};

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

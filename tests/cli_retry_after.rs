//! Retry-After through the real binary: a server cannot postpone a subscription for longer than
//! a day, every postponement is said with its end, a named `fetch --feed` tries anyway, and
//! removing then adding a subscription again starts it afresh.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use chrono::{DateTime, Duration, Utc};
use std::path::Path;
use std::process::Output;
use support::home::{Home, stderr, stdout, veille_in};
use support::{Route, TestServer, feed_file};

const FEED: &str = "fr/zataz_feed_2026-08-20.xml";

/// A scratch home subscribed to `/feed.xml` of `server` under the name "Lent".
fn home(server: &TestServer) -> Home {
    let dir = Home::new();
    let config = format!(
        "[fetch]\nconnect_timeout_secs = 2\ntimeout_secs = 5\nmax_retry_wait_secs = 1\n\n\
         [retention]\nmax_age_days = 0\n\n[[feeds]]\nname = \"Lent\"\nurl = {:?}\n",
        server.url("/feed.xml")
    );
    dir.write_config(&config);
    dir
}

fn busy(retry_after: &str) -> Route {
    Route::status(503).header("Retry-After", retry_after)
}

fn feed() -> Route {
    Route::ok(
        "application/rss+xml",
        std::fs::read(feed_file(FEED)).unwrap(),
    )
}

fn run(dir: &Path, args: &[&str]) -> Output {
    let out = veille_in(dir, args);
    let err = stderr(&out);
    assert!(out.status.success(), "{args:?} failed: {err}");
    assert!(!err.contains("panicked"), "{args:?} panicked: {err}");
    out
}

/// The date after "postponed until " on the line naming the feed "Lent", parsed.
fn postponed_until(text: &str) -> DateTime<Utc> {
    let line = text
        .lines()
        .find(|l| l.contains("Lent") && l.contains("postponed until "))
        .unwrap_or_else(|| panic!("no postponement of Lent said in:\n{text}"));
    let date = line
        .split("postponed until ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .unwrap();
    DateTime::parse_from_rfc3339(date.trim_end_matches([',', ';', ')']))
        .unwrap_or_else(|e| panic!("{date:?} in {line:?}: {e}"))
        .with_timezone(&Utc)
}

fn within_a_day(until: DateTime<Utc>) {
    let latest = Utc::now() + Duration::hours(24) + Duration::minutes(1);
    assert!(until <= latest, "postponed until {until}, past a day");
    assert!(until > Utc::now(), "postponed until {until}, already past");
}

fn articles(dir: &Path) -> usize {
    let out = run(dir, &["list", "--json"]);
    serde_json::from_slice::<Vec<serde_json::Value>>(&out.stdout)
        .unwrap()
        .len()
}

#[test]
fn a_retry_after_in_year_9999_postpones_a_day_at_most_and_says_until_when() {
    let server = TestServer::start();
    server.route_sequence(
        "/feed.xml",
        vec![busy("Fri, 31 Dec 9999 23:59:59 GMT"), feed()],
    );
    let dir = home(&server);

    let first = run(dir.path(), &["fetch"]);
    let said = stderr(&first);
    within_a_day(postponed_until(&said));
    assert!(said.contains("24 h"), "the cap is not said: {said}");

    // The next run does not ask the server, and says so with the same date.
    let second = run(dir.path(), &["fetch"]);
    within_a_day(postponed_until(&stderr(&second)));
    assert!(
        stdout(&second).contains("1 postponed"),
        "{}",
        stdout(&second)
    );
    assert_eq!(server.stats("/feed.xml").requests, 1);

    // Naming the feed tries it now.
    let named = run(dir.path(), &["fetch", "--feed", "Lent"]);
    assert_eq!(server.stats("/feed.xml").requests, 2, "{}", stderr(&named));
    assert_eq!(articles(dir.path()), 10);
}

#[test]
fn a_retry_after_of_a_billion_years_does_not_panic() {
    let server = TestServer::start();
    server.route("/feed.xml", busy("999999999999999"));
    let dir = home(&server);

    let out = run(dir.path(), &["fetch"]);
    within_a_day(postponed_until(&stderr(&out)));
    let list = run(dir.path(), &["feeds", "list", "--json"]);
    let feeds: Vec<serde_json::Value> = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(feeds[0]["last_status"], 503, "{feeds:?}");
}

#[test]
fn removing_and_adding_a_subscription_again_starts_it_afresh() {
    let server = TestServer::start();
    server.route_sequence("/feed.xml", vec![busy("86400"), feed()]);
    let dir = home(&server);
    let url = server.url("/feed.xml");

    run(dir.path(), &["fetch"]);
    assert_eq!(server.stats("/feed.xml").requests, 1);
    run(dir.path(), &["feeds", "remove", "Lent"]);
    run(dir.path(), &["feeds", "add", &url, "--name", "Lent"]);
    // `feeds add` may read the feed once for its declared language; the fetch must still ask.
    let before = server.stats("/feed.xml").requests;

    let out = run(dir.path(), &["fetch"]);
    assert_eq!(
        server.stats("/feed.xml").requests,
        before + 1,
        "{}",
        stderr(&out)
    );
    assert_eq!(articles(dir.path()), 10);
}

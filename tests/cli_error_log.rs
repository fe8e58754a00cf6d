//! `veille feeds list --failed`: the error log of the feeds whose last attempt failed, with the
//! sanitized reason, the HTTP status and since when; a feed that works again leaves it.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use support::home::{Home, stderr, stdout, veille_in};
use support::{Route, TestServer};

const FEED: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Un article</title><link>https://example.org/a</link></item></channel></rss>"#;

#[test]
fn the_error_log_names_each_failing_feed_with_status_reason_and_since_when_until_it_works() {
    let server = TestServer::start();
    server.route("/good.xml", Route::ok("application/rss+xml", FEED));
    server.route("/flaky.xml", Route::status(500));
    let dir = Home::with_config(&format!(
        "[fetch]\nconnect_timeout_secs = 2\ntimeout_secs = 3\n\n\
         [[feeds]]\nname = \"Bon\"\nurl = {:?}\n\n[[feeds]]\nname = \"Instable\"\nurl = {:?}\n\n\
         [[feeds]]\nname = \"Muet\"\nurl = {:?}\n",
        server.url("/good.xml"),
        server.url("/flaky.xml"),
        server.url("/hostile/drop")
    ));
    let fetched = veille_in(dir.path(), &["fetch"]);
    assert!(fetched.status.success(), "{}", stderr(&fetched));

    let log = stdout(&veille_in(dir.path(), &["feeds", "list", "--failed"]));
    assert!(!log.contains("Bon"), "{log}");
    assert!(
        log.contains("Instable") && log.contains("HTTP 500"),
        "{log}"
    );
    assert!(log.contains("Muet") && log.contains("no answer"), "{log}");
    assert!(log.contains("failing since 20"), "{log}");
    let json: Vec<serde_json::Value> = serde_json::from_slice(
        &veille_in(dir.path(), &["feeds", "list", "--failed", "--json"]).stdout,
    )
    .unwrap();
    assert_eq!(json.len(), 2);
    assert!(
        json.iter().all(|f| f["failing_since"].is_string()),
        "{json:?}"
    );
    let since = json[0]["failing_since"].clone();

    // A second failure keeps the first date; a success clears it.
    veille_in(dir.path(), &["fetch"]);
    let again: Vec<serde_json::Value> = serde_json::from_slice(
        &veille_in(dir.path(), &["feeds", "list", "--failed", "--json"]).stdout,
    )
    .unwrap();
    assert_eq!(again[0]["failing_since"], since);
    server.route("/flaky.xml", Route::ok("application/rss+xml", FEED));
    veille_in(dir.path(), &["fetch"]);
    let log = stdout(&veille_in(dir.path(), &["feeds", "list", "--failed"]));
    assert!(!log.contains("Instable") && log.contains("Muet"), "{log}");
}

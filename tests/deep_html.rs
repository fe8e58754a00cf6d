//! Deeply nested HTML (issue 9, item 2): html5ever's tree building is quadratic in nesting depth,
//! and a 2 MB body holds 400,000 nested `<div>`. Every path that turns HTML into something shown
//! or stored must finish on it. These are hang detectors, not speed tests: each piece of work
//! runs on its own thread and the test fails only if it has not finished after [`WATCHDOG`].
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use std::process::Stdio;
use std::sync::mpsc;
use std::time::{Duration, Instant};
use support::home::{Home, command_in, stderr, stdout, veille_in};
use support::{Route, TestServer};

/// Far beyond what any of this takes when it works (milliseconds); a hang takes the better part
/// of an hour.
const WATCHDOG: Duration = Duration::from_secs(20);

/// The hostile body: 399,000 nested `<div>` (just under the 2 MB body cap) around a sentence.
fn deep_page() -> String {
    format!(
        "<html><body>{}<p>Profondeur atteinte : le texte est bien là.</p></body></html>",
        "<div>".repeat(399_000)
    )
}

/// Runs `work` on a thread and returns its result, failing the test if it is not done in time.
fn finishes<T: Send + 'static>(what: &str, work: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(work());
    });
    rx.recv_timeout(WATCHDOG)
        .unwrap_or_else(|_| panic!("{what} did not finish within {WATCHDOG:?}: it hangs"))
}

fn article(html: String) -> veille::model::Article {
    veille::model::Article {
        summary: veille::model::ArticleSummary {
            id: veille::model::ArticleId(1),
            feed: "Profond".into(),
            feed_url: "https://deep.example/feed".into(),
            title: "Profonde".into(),
            url: None,
            published: None,
            lang: None,
            read: false,
            starred: false,
            tags: Default::default(),
            revisions: 0,
            noted: false,
        },
        author: None,
        summary_html: None,
        content_html: Some(html),
        text: String::new(),
        fetched_at: chrono::Utc::now(),
        latest_revision: None,
        note: None,
        tlp: None,
    }
}

#[test]
fn the_reader_renders_a_deep_body_as_its_text() {
    let body = finishes("the reader's body rendering", || {
        veille::text::layout::render(&deep_page(), 80, None)
    });
    let text: String = body
        .lines
        .iter()
        .flatten()
        .map(|(s, _)| s.as_str())
        .collect();
    assert!(text.contains("Profondeur atteinte"), "{text}");
}

#[test]
fn show_renders_a_deep_body_as_its_text() {
    let text = finishes("show's rendering", || {
        veille::text::layout::article_text(&article(deep_page()), 80)
    });
    assert!(text.contains("Profondeur atteinte"), "{text}");
}

#[test]
fn full_text_extraction_refuses_a_deep_page_naming_it() {
    let result = finishes("full-text extraction", || {
        veille::feed::fulltext::extract(&deep_page(), "https://deep.example/page")
    });
    let err = result.expect_err("a page of empty nesting has no article");
    assert!(
        err.to_string().contains("https://deep.example/page"),
        "{err}"
    );
}

#[test]
fn sanitizing_and_stripping_a_deep_body_finish() {
    let clean = finishes("the sanitizer", || {
        veille::feed::fulltext::sanitize(&deep_page(), "https://deep.example/page")
    });
    assert!(clean.contains("Profondeur atteinte"), "{clean}");
    let plain = finishes("the plain-text stripper", || {
        veille::text::plain::html_to_plain(&deep_page())
    });
    assert!(plain.contains("Profondeur atteinte"), "{plain}");
}

#[test]
fn the_plain_text_stripper_is_linear_in_skipped_elements() {
    // Each skipped element used to lower-case the whole rest of the document.
    let html = "<script>x</script>".repeat(110_000) + "<p>après les scripts</p>";
    let plain = finishes("the plain-text stripper", move || {
        veille::text::plain::html_to_plain(&html)
    });
    assert_eq!(plain, "après les scripts");
}

/// A feed of one item whose description is the deep page and whose link is `link`.
fn deep_feed(link: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Profond</title>\
         <item><title>Article profond</title><link>{link}</link><guid>{link}</guid>\
         <description><![CDATA[{}]]></description></item></channel></rss>",
        deep_page()
    )
}

fn home_with(url: &str, full_text: bool, timeout_secs: u64) -> Home {
    let dir = Home::new();
    let config = format!(
        "[fetch]\nconnect_timeout_secs = 2\ntimeout_secs = {timeout_secs}\n\n[retention]\nmax_age_days = 0\n\n\
         [[feeds]]\nname = \"Profond\"\nurl = {url:?}\nfull_text = {full_text}\n"
    );
    dir.write_config(&config);
    dir
}

/// Runs `veille ARGS` in `dir`, killing it (and failing) if it is still running after `limit`.
fn veille_within(dir: &std::path::Path, args: &[&str], limit: Duration) -> std::process::Output {
    let mut child = command_in(dir, args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            let _ = child.kill();
            let out = child.wait_with_output().unwrap();
            panic!(
                "`veille {}` still running after {limit:?}; stderr:\n{}",
                args.join(" "),
                stderr(&out)
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap()
}

#[test]
fn veille_show_on_a_deep_article_finishes() {
    let server = TestServer::start();
    let link = server.url("/article");
    server.route(
        "/deep.xml",
        Route::ok("application/rss+xml", deep_feed(&link)),
    );
    let dir = home_with(&server.url("/deep.xml"), false, 5);
    let out = veille_in(dir.path(), &["fetch", "--strict"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list = veille_in(dir.path(), &["list", "--json"]);
    let list: Vec<serde_json::Value> = serde_json::from_slice(&list.stdout).unwrap();
    let id = list[0]["id"].to_string();
    let out = veille_within(dir.path(), &["show", &id], WATCHDOG);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Profondeur atteinte"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn fetch_with_full_text_on_a_deep_page_keeps_its_time_limit_and_names_the_page() {
    let server = TestServer::start();
    let page = server.url("/deep.html");
    server.route("/deep.html", Route::ok("text/html", deep_page()));
    let feed = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Profond</title>\
         <item><title>Lien profond</title><link>{page}</link><guid>{page}</guid>\
         <description>Résumé.</description></item></channel></rss>"
    );
    server.route("/feed.xml", Route::ok("application/rss+xml", feed));
    let timeout_secs = 3;
    let dir = home_with(&server.url("/feed.xml"), true, timeout_secs);
    let out = veille_within(
        dir.path(),
        &["fetch"],
        Duration::from_secs(timeout_secs) + WATCHDOG,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let (stdout, stderr) = (stdout(&out), stderr(&out));
    assert!(stdout.contains("1 new article,"), "{stdout}");
    assert!(stdout.contains("1 full text failed"), "{stdout}");
    assert!(stderr.contains(&page), "the page is named: {stderr}");
}

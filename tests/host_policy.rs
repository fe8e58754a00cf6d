//! The host policy through the real binary: feeds, article pages, redirects and OPML lists from
//! strangers cannot make veille reach loopback, private or link-local addresses (cloud metadata
//! at 169.254.169.254), checked once names are resolved and on every redirect; a subscription on
//! such a host reaches that host and port only; `[fetch] allow_private = true` lifts the rule.
//!
//! Everything runs offline: the loopback test server stands for both the subscription and the
//! "internal" services, and a public subscription is written to the database directly (no public
//! server is ever asked).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use std::path::Path;
use std::process::Output;
use support::home::{Home, stderr, stdout, veille_in};
use support::{Route, TestServer};
use veille::model::Validators;
use veille::model::{FeedSource, Lang, NewArticle};
use veille::store::{FeedUpdate, Store};

/// A scratch home subscribed to `feeds` (name, url, full_text), with `extra` in `[fetch]`.
fn home(feeds: &[(&str, &str, bool)], extra: &str) -> Home {
    let dir = Home::new();
    let mut config = format!(
        "[fetch]\nconnect_timeout_secs = 2\ntimeout_secs = 5\n{extra}\n\n[retention]\nmax_age_days = 0\n\n"
    );
    for (name, url, full_text) in feeds {
        config.push_str(&format!(
            "[[feeds]]\nname = {name:?}\nurl = {url:?}\nlang = \"fr\"\nfull_text = {full_text}\n\n"
        ));
    }
    dir.write_config(&config);
    dir
}

fn run(dir: &Path, args: &[&str]) -> Output {
    let out = veille_in(dir, args);
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
    out
}

/// An RSS feed whose items (title, link) each carry a one-line summary.
fn rss(items: &[(&str, &str)]) -> Route {
    let items: String = items
        .iter()
        .map(|(title, link)| {
            format!(
                "<item><title>{title}</title><link>{link}</link><guid>{link}</guid>\
                 <description>Résumé court.</description></item>"
            )
        })
        .collect();
    Route::ok(
        "application/rss+xml",
        format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>\
             <title>Presse</title>{items}</channel></rss>"
        ),
    )
}

fn list(dir: &Path) -> Vec<serde_json::Value> {
    let out = run(dir, &["list", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_redirect_to_cloud_metadata_or_another_local_port_is_refused_with_its_reason() {
    let server = TestServer::start();
    let internal = TestServer::start();
    internal.route("/secret", rss(&[("Secret", "https://secret.example/1")]));
    server.route(
        "/meta.xml",
        Route::redirect(302, "http://169.254.169.254/latest/meta-data/"),
    );
    server.route(
        "/bounce.xml",
        Route::redirect(302, &internal.url("/secret")),
    );
    // A redirect on the subscription's own host and port is followed as before.
    server.route("/moved.xml", Route::redirect(301, "/feed.xml"));
    server.route("/feed.xml", rss(&[("Ici", "https://news.example/ici")]));
    let dir = home(
        &[
            ("Meta", &server.url("/meta.xml"), false),
            ("Rebond", &server.url("/bounce.xml"), false),
            ("Déplacé", &server.url("/moved.xml"), false),
        ],
        "",
    );

    let out = run(dir.path(), &["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    let line = |name: &str| {
        err.lines()
            .find(|l| l.starts_with(&format!("veille: {name} (")))
            .unwrap_or_else(|| panic!("{name} not reported:\n{err}"))
            .to_owned()
    };
    let meta = line("Meta");
    assert!(
        meta.contains("refused: 169.254.169.254 is a link-local (cloud metadata) address")
            && meta.contains("allow_private"),
        "{meta}"
    );
    let bounce = line("Rebond");
    assert!(
        bounce.contains("refused: 127.0.0.1 is a loopback address"),
        "{bounce}"
    );
    assert_eq!(
        internal.stats("/secret").requests,
        0,
        "the other port was reached"
    );
    assert!(stdout(&out).contains("2 failed"), "{}", stdout(&out));
    assert_eq!(
        list(dir.path()).len(),
        1,
        "the same-origin redirect is followed"
    );
}

#[test]
fn full_text_reaches_the_subscriptions_own_host_and_port_only() {
    let server = TestServer::start();
    let internal = TestServer::start();
    let port = server.addr().port();
    // The same server under the name `localhost`: not the subscription's host as written, and
    // once resolved, loopback: refused after DNS.
    let by_name = format!("http://localhost:{port}/pages/liberation-1/source.html");
    server.route(
        "/presse.xml",
        rss(&[
            ("Ici", &server.page_url("lemonde-1")),
            ("Autre port", &internal.page_url("lemonde-1")),
            ("Par son nom", &by_name),
        ]),
    );
    let dir = home(&[("Presse", &server.url("/presse.xml"), true)], "");

    let out = run(dir.path(), &["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    let said = stdout(&out);
    assert!(
        said.contains(", 1 full text") && !said.contains("1 full texts"),
        "{said}"
    );
    assert_eq!(server.stats("/pages/lemonde-1/source.html").requests, 1);
    assert_eq!(
        internal.total_requests(),
        0,
        "another port was reached: {err}"
    );
    assert_eq!(
        server.stats("/pages/liberation-1/source.html").requests,
        0,
        "localhost was reached: {err}"
    );
    let internal_url = internal.page_url("lemonde-1");
    assert!(
        err.lines()
            .any(|l| l.contains(&internal_url)
                && l.contains("refused: 127.0.0.1 is a loopback address")),
        "{err}"
    );
    assert!(
        err.lines().any(|l| l.contains(&by_name)
            && l.contains("refused: localhost resolves to 127.0.0.1, a loopback address")),
        "{err}"
    );
}

/// A database holding one article of a public subscription, whose link is `link`; returns the
/// article's id. Written through the library: no public server is needed to have fetched it.
fn public_article(dir: &Path, link: &str) -> String {
    let mut store = Store::open(&dir.join("veille.db")).unwrap();
    let feed = FeedSource {
        name: "Public".to_owned(),
        url: "https://news.example.org/feed.xml".to_owned(),
        lang: Some(Lang::Fr),
        full_text: false,
    };
    let feeds = store.sync_feeds(std::slice::from_ref(&feed)).unwrap();
    let article = NewArticle {
        dedup_key: link.to_owned(),
        title: "Article public".to_owned(),
        url: Some(link.to_owned()),
        author: None,
        published: None,
        summary: Some("<p>Résumé court.</p>".to_owned()),
        content_html: None,
        lang: Some(Lang::Fr),
        text: None,
    };
    let update = FeedUpdate {
        title: None,
        validators: Validators::default(),
        articles: vec![article],
    };
    store.record_fetch(feeds[0].id, &update).unwrap();
    drop(store);
    list(dir)[0]["id"].to_string()
}

#[test]
fn a_public_subscription_cannot_reach_a_name_resolving_to_loopback_unless_allowed() {
    let server = TestServer::start();
    let port = server.addr().port();
    for (link, reason) in [
        (
            format!("http://localhost:{port}/pages/lemonde-1/source.html"),
            "refused: localhost resolves to 127.0.0.1, a loopback address",
        ),
        (
            server.page_url("lemonde-1"),
            "refused: 127.0.0.1 is a loopback address",
        ),
        (
            format!("http://[::ffff:127.0.0.1]:{port}/pages/lemonde-1/source.html"),
            "refused: ::ffff:127.0.0.1 is a loopback address",
        ),
    ] {
        let dir = home(
            &[("Public", "https://news.example.org/feed.xml", false)],
            "",
        );
        let id = public_article(dir.path(), &link);
        let out = run(dir.path(), &["show", &id, "--full"]);
        assert_eq!(out.status.code(), Some(1), "{link}: {}", stdout(&out));
        let err = stderr(&out);
        assert!(err.contains(reason) && err.contains(&link), "{link}: {err}");
    }
    assert_eq!(server.stats("/pages/lemonde-1/source.html").requests, 0);

    // The user who wants it says so.
    let dir = home(
        &[("Public", "https://news.example.org/feed.xml", false)],
        "allow_private = true",
    );
    let link = format!("http://localhost:{port}/pages/lemonde-1/source.html");
    let id = public_article(dir.path(), &link);
    let out = run(dir.path(), &["show", &id, "--full", "--width", "2000"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("caractère intrusif"),
        "{}",
        stdout(&out)
    );
    assert_eq!(server.stats("/pages/lemonde-1/source.html").requests, 1);
}

#[test]
fn an_opml_import_skips_private_addresses_and_names_each_one() {
    let opml = r#"<?xml version="1.0"?><opml version="2.0"><head/><body>
        <outline text="Public" xmlUrl="https://news.example.org/feed.xml"/>
        <outline text="Metadata" xmlUrl="http://169.254.169.254/latest/meta-data/"/>
        <outline text="Loopback six" xmlUrl="http://[::1]:8080/feed"/>
        <outline text="Local" xmlUrl="http://localhost/feed"/>
        <outline text="Box" xmlUrl="http://192.168.1.1/rss"/>
        <outline text="Mapped" xmlUrl="http://[::ffff:10.0.0.1]/rss"/>
    </body></opml>"#;
    let dir = home(&[("Base", "https://base.example.org/feed.xml", false)], "");
    let file = dir.path().join("list.opml");
    std::fs::write(&file, opml).unwrap();

    let out = run(dir.path(), &["feeds", "import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("imported 1 feed ")
            && stdout(&out).contains("5 on private addresses skipped"),
        "{}",
        stdout(&out)
    );
    let err = stderr(&out);
    for name in ["Metadata", "Loopback six", "Local", "Box", "Mapped"] {
        assert!(err.contains(&format!("skipped {name} (")), "{name}: {err}");
    }
    let config = std::fs::read_to_string(dir.path().join("config.toml")).unwrap();
    assert!(config.contains("news.example.org"), "{config}");
    for private in ["169.254", "[::1]", "localhost", "192.168", "ffff"] {
        assert!(!config.contains(private), "{private} imported: {config}");
    }

    // Allowed, they are all imported.
    let dir = home(
        &[("Base", "https://base.example.org/feed.xml", false)],
        "allow_private = true",
    );
    let file = dir.path().join("list.opml");
    std::fs::write(&file, opml).unwrap();
    let out = run(dir.path(), &["feeds", "import", file.to_str().unwrap()]);
    assert!(
        stdout(&out).contains("imported 6 feeds"),
        "{}",
        stdout(&out)
    );
}

//! Full-text extraction on real article pages (mozilla/readability's test pages) served over
//! loopback: the article's paragraphs are kept, the site's navigation is not; and the fetch-time
//! option end to end through the binary.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;
mod tui_fixtures;

use std::path::Path;
use support::home::Home;
use support::{PAGES_DIR, Route, TestServer};
use veille::feed::fetch::Fetcher;
use veille::feed::fulltext::{FullTextError, fetch_full_text};
use veille::text::plain::html_to_plain;

/// Each page with strings of its site's chrome (menus, footers, share buttons) that are in the
/// source page but not in the article readability is expected to extract.
const PAGES: &[(&str, &[&str])] = &[
    (
        "lemonde-1",
        &[
            "Services Le Monde",
            "Boutique Le Monde",
            "Suivre ce journaliste sur twitter",
        ],
    ),
    (
        "liberation-1",
        &[
            "Recevoir la newsletter",
            "Le club abonnés",
            "1€ le premier mois",
        ],
    ),
    (
        "bbc-1",
        &["Skip to content", "Terms of Use", "Accessibility links"],
    ),
    (
        "guardian-1",
        &["Most popular", "All rights reserved", "Reuse this content"],
    ),
    ("nytimes-1", &["Skip to content", "Subscribe", "Site Index"]),
    (
        "ars-1",
        &["Advertise with Ars", "Staff Directory", "Share on Reddit"],
    ),
    (
        "cnn",
        &[
            "Search for Jobs",
            "Powered by LendingTree",
            "Employers / Post a Job",
        ],
    ),
    ("wapo-1", &["Sign In", "Terms of Service", "Ad Choices"]),
    (
        "engadget",
        &["US Edition", "Engadget Score", "3 related articles"],
    ),
    ("heise", &["Impressum", "Datenschutzhinweis", "Newsletter"]),
];

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

fn fetcher() -> Fetcher {
    Fetcher::new(&veille::config::bundled().unwrap().fetch).unwrap()
}

fn page_file(dir: &str, name: &str) -> String {
    std::fs::read_to_string(Path::new(PAGES_DIR).join(dir).join(name)).unwrap()
}

/// Whitespace runs collapsed, so line wrapping does not decide what matches.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The expected article's paragraphs longer than 80 characters, as text.
fn expected_paragraphs(dir: &str) -> Vec<String> {
    let text = html_to_plain(&page_file(dir, "expected.html"));
    text.split("\n\n")
        .map(squash)
        .filter(|p| p.chars().count() > 80)
        .collect()
}

#[test]
fn every_page_keeps_its_article_and_drops_its_navigation() {
    let server = TestServer::start();
    let fetcher = fetcher();
    let rt = runtime();
    // The pages of a feed on the same loopback server, whose host and port are thus allowed.
    let feed_url = server.url("/feed.xml");
    let feed = Some(feed_url.as_str());
    for (dir, chrome) in PAGES {
        let html = rt
            .block_on(fetch_full_text(&fetcher, &server.page_url(dir), feed))
            .unwrap_or_else(|e| panic!("{dir}: {e}"));
        let text = squash(&html_to_plain(&html));
        let expected = expected_paragraphs(dir);
        assert!(expected.len() >= 3, "{dir}: too few expected paragraphs");
        let missing: Vec<&String> = expected
            .iter()
            .filter(|p| !text.contains(p.as_str()))
            .collect();
        let found = expected.len() - missing.len();
        assert!(
            found * 10 >= expected.len() * 9,
            "{dir}: {found}/{} paragraphs found; first missing: {:?}",
            expected.len(),
            missing.first()
        );
        let source = page_file(dir, "source.html");
        let expected_html = page_file(dir, "expected.html");
        for item in *chrome {
            // The string must really be the site's own and not the article's, or the test proves nothing.
            assert!(
                source.contains(item),
                "{dir}: {item:?} is not in the source page"
            );
            assert!(
                !expected_html.contains(item),
                "{dir}: {item:?} is in the article"
            );
            assert!(!text.contains(item), "{dir}: navigation {item:?} extracted");
        }
        for banned in [
            "<script",
            "<style",
            "<iframe",
            " onclick=",
            " onload=",
            "javascript:",
        ] {
            assert!(!html.contains(banned), "{dir}: {banned} kept");
        }
    }
}

#[test]
fn a_page_that_is_not_html_or_not_found_is_an_error_naming_it() {
    let server = TestServer::start();
    server.route("/feed.json", Route::ok("application/json", "{\"a\": 1}"));
    let rt = runtime();
    let fetcher = fetcher();
    for path in ["/feed.json", "/hostile/404"] {
        let url = server.url(path);
        let err = rt
            .block_on(fetch_full_text(&fetcher, &url, Some(&url)))
            .unwrap_err();
        assert!(err.to_string().contains(&url), "{err}");
    }
    let err = rt
        .block_on(fetch_full_text(&fetcher, "file:///etc/passwd", None))
        .unwrap_err();
    assert!(matches!(err, FullTextError::Fetch { .. }), "{err}");
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A home whose config has one feed at `url`.
fn presse_home(url: &str, full_text: bool) -> Home {
    Home::with_config(&format!(
        "[fetch]\nconnect_timeout_secs = 2\ntimeout_secs = 5\n\n[retention]\nmax_age_days = 0\n\n\
         [[feeds]]\nname = \"Presse\"\nurl = {url:?}\nlang = \"fr\"\nfull_text = {full_text}\n"
    ))
}

/// An RSS feed whose items link to the two French pages and to a missing page, each with a one-line
/// summary, as ZATAZ or CERT-FR give.
fn summary_feed(server: &TestServer) -> String {
    let item = |title: &str, link: &str| {
        format!(
            "<item><title>{title}</title><link>{link}</link><guid>{link}</guid><description>Résumé court.</description></item>"
        )
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Presse</title>{}{}{}</channel></rss>",
        item("Renseignement", &server.page_url("lemonde-1")),
        item("Népal", &server.page_url("liberation-1")),
        item("Disparu", &server.url("/hostile/404")),
    )
}

/// A sentence of each article that its feed's summary does not have.
const LEMONDE_SENTENCE: &str = "caractère intrusif des techniques";
const LIBERATION_SENTENCE: &str = "demandé à être rapatriés";

#[test]
fn fetch_with_full_text_stores_each_new_article_page_and_warns_about_the_missing_one() {
    let server = TestServer::start();
    server.route(
        "/presse.xml",
        Route::ok("application/rss+xml", summary_feed(&server)),
    );
    let home = presse_home(&server.url("/presse.xml"), true);
    let out = home.veille(&["fetch"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(
        stdout.contains("3 new articles") && stdout.contains("0 failed"),
        "{stdout}"
    );
    assert!(stdout.contains("2 full texts"), "{stdout}");
    assert!(
        stderr.contains("warning") && stderr.contains(&server.url("/hostile/404")),
        "{stderr}"
    );

    let shown = text(
        &home
            .veille(&["show", &home.id_of("Renseignement"), "--width", "2000"])
            .stdout,
    );
    assert!(squash(&shown).contains(LEMONDE_SENTENCE), "{shown}");
    assert!(!shown.contains("Services Le Monde"), "{shown}");
    // The full text is what search indexes now.
    let found = home.veille(&["search", "rapatries", "--json"]);
    let found: Vec<serde_json::Value> = serde_json::from_slice(&found.stdout).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["title"], "Népal");

    // A second run brings nothing new, so no page is fetched again.
    let out = home.veille(&["fetch"]);
    assert!(out.status.success());
    assert_eq!(server.stats("/pages/lemonde-1/source.html").requests, 1);
}

#[test]
fn show_full_fetches_the_page_once_when_the_feed_gives_only_a_summary() {
    let server = TestServer::start();
    server.route(
        "/presse.xml",
        Route::ok("application/rss+xml", summary_feed(&server)),
    );
    let home = presse_home(&server.url("/presse.xml"), false);
    assert!(home.veille(&["fetch"]).status.success());
    assert_eq!(server.stats("/pages/liberation-1/source.html").requests, 0);
    let id = home.id_of("Népal");

    let summary = text(&home.veille(&["show", &id, "--width", "2000"]).stdout);
    assert!(!squash(&summary).contains(LIBERATION_SENTENCE), "{summary}");
    for _ in 0..2 {
        let out = home.veille(&["show", &id, "--full", "--width", "2000"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(squash(&text(&out.stdout)).contains(LIBERATION_SENTENCE));
    }
    assert_eq!(server.stats("/pages/liberation-1/source.html").requests, 1);

    let missing = home.veille(&["show", &home.id_of("Disparu"), "--full"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        text(&missing.stderr).contains("/hostile/404"),
        "{}",
        text(&missing.stderr)
    );
}

/// `F` in the TUI: the effect names the open article's page; when the runtime says it is stored,
/// the reader reloads that article and the status line says so; a failure shows its reason.
#[test]
fn f_fetches_the_full_text_and_the_reader_reloads_the_article() {
    use ratatui::crossterm::event::KeyCode;
    use tui_fixtures::{answer_article, booted, code, key, row};
    use veille::model::Lang;
    use veille::tui::msg::{DbJob, NetJob};
    use veille::tui::{Effect, Msg, update};

    let mut app = booted(Lang::Fr, 100, 30, 50);
    let opened = update(&mut app, code(KeyCode::Enter));
    answer_article(&mut app, &opened, 0);
    let id = row(0).id;
    let effects = update(&mut app, key('F'));
    assert_eq!(
        effects,
        vec![Effect::Net(NetJob::FetchFullText {
            id,
            url: "https://news.example/0".into()
        })]
    );
    let status = app
        .notice
        .as_ref()
        .map(|n| n.render(Lang::Fr, &app.settings.keymap))
        .unwrap_or_default();
    assert!(status.contains("https://news.example/0"), "{status}");

    let reload = update(&mut app, Msg::FullTextLoaded { id, result: Ok(()) });
    let Some(Effect::Db(DbJob::LoadArticle { id: asked, .. })) = reload.first() else {
        panic!("the reader must reload the article: {reload:?}");
    };
    assert_eq!(*asked, id);
    answer_article(&mut app, &reload, 0);
    assert_eq!(
        app.reader.open.as_ref().map(|o| o.article.summary.id),
        Some(id)
    );
    assert_eq!(app.reader.loading, None);
    let status = app
        .notice
        .as_ref()
        .map(|n| n.render(Lang::Fr, &app.settings.keymap))
        .unwrap_or_default();
    assert!(status.contains("Texte intégral"), "{status}");

    let failed = update(
        &mut app,
        Msg::FullTextLoaded {
            id,
            result: Err("https://news.example/0: HTTP 404".into()),
        },
    );
    assert!(failed.is_empty());
    let notice = app.notice.clone().unwrap();
    assert!(
        notice.error
            && notice
                .render(Lang::Fr, &app.settings.keymap)
                .contains("HTTP 404")
    );

    // From the list, the selected row's page is asked for; the closed reader loads nothing.
    update(&mut app, key('q'));
    update(&mut app, key('j'));
    assert_eq!(
        update(&mut app, key('F')),
        vec![Effect::Net(NetJob::FetchFullText {
            id: row(1).id,
            url: "https://news.example/1".into()
        })]
    );
    assert!(
        update(
            &mut app,
            Msg::FullTextLoaded {
                id: row(1).id,
                result: Ok(())
            }
        )
        .is_empty()
    );
}

//! Full-text extraction on real article pages (mozilla/readability's test pages) served over
//! loopback: the article's paragraphs are kept, the site's navigation is not; and the fetch-time
//! option end to end through the binary.
mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::{PAGES_DIR, Route, TestServer};
use veille::feed::fetch::Fetcher;
use veille::fulltext::{FullTextError, fetch_full_text};
use veille::render::html_to_plain;

/// Each page with strings of its site's chrome (menus, footers, share buttons) that are in the
/// source page but not in the article readability is expected to extract.
const PAGES: &[(&str, &[&str])] = &[
    ("lemonde-1", &["Services Le Monde", "Boutique Le Monde", "Suivre ce journaliste sur twitter"]),
    ("liberation-1", &["Recevoir la newsletter", "Le club abonnés", "1€ le premier mois"]),
    ("bbc-1", &["Skip to content", "Terms of Use", "Accessibility links"]),
    ("guardian-1", &["Most popular", "All rights reserved", "Reuse this content"]),
    ("nytimes-1", &["Skip to content", "Subscribe", "Site Index"]),
    ("ars-1", &["Advertise with Ars", "Staff Directory", "Share on Reddit"]),
    ("cnn", &["Search for Jobs", "Powered by LendingTree", "Employers / Post a Job"]),
    ("wapo-1", &["Sign In", "Terms of Service", "Ad Choices"]),
    ("engadget", &["US Edition", "Engadget Score", "3 related articles"]),
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
    for (dir, chrome) in PAGES {
        let html = rt
            .block_on(fetch_full_text(&fetcher, &server.page_url(dir)))
            .unwrap_or_else(|e| panic!("{dir}: {e}"));
        let text = squash(&html_to_plain(&html));
        let expected = expected_paragraphs(dir);
        assert!(expected.len() >= 3, "{dir}: too few expected paragraphs");
        let missing: Vec<&String> = expected.iter().filter(|p| !text.contains(p.as_str())).collect();
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
            assert!(source.contains(item), "{dir}: {item:?} is not in the source page");
            assert!(!expected_html.contains(item), "{dir}: {item:?} is in the article");
            assert!(!text.contains(item), "{dir}: navigation {item:?} extracted");
        }
        for banned in ["<script", "<style", "<iframe", " onclick=", " onload=", "javascript:"] {
            assert!(!html.contains(banned), "{dir}: {banned} kept");
        }
    }
}

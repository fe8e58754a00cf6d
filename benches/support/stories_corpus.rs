//! The articles of benches/stories.rs and benches/stories_cpu.rs: the real French and English texts
//! of the fixture feeds and of the stories gold set, repeated as other stories (see [`vary`]).
#![allow(dead_code)] // each bench uses its part
use chrono::{Duration, TimeZone, Utc};
use std::path::PathBuf;
use veille::feed::normalize::normalize;
use veille::feed::parse::parse_feed;
use veille::model::{FeedSource, NewArticle};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Title, plain text and language of every template article.
pub fn templates() -> Vec<NewArticle> {
    let mut files: Vec<PathBuf> = [
        "tests/stories_gold/articles-fr.xml",
        "tests/stories_gold/articles-en.xml",
    ]
    .iter()
    .map(|p| root().join(p))
    .collect();
    for lang in ["fr", "en"] {
        let dir = root().join("../shared/feeds").join(lang);
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            if !e.file_name().to_string_lossy().contains("TRUNCATED") {
                files.push(e.path());
            }
        }
    }
    let mut out = Vec::new();
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        let url = "https://bench.invalid/feed.xml";
        let Ok(parsed) = parse_feed(&bytes, None, url) else {
            continue;
        };
        let source = FeedSource {
            name: "t".into(),
            url: url.into(),
            lang: None,
            full_text: false,
        };
        out.extend(normalize(&parsed, &source, url).articles);
    }
    out
}

/// Copy `copy` of a text: a third of its words left out (a different third for each copy) and
/// every capitalised word given the copy's number, so copies are other stories with their own
/// names, not near copies of one story all year long.
pub fn vary(text: &str, copy: usize, drop: bool) -> String {
    text.split_whitespace()
        .enumerate()
        .filter(|(k, _)| !drop || !(k * 31 + copy * 17).is_multiple_of(3))
        .map(|(_, w)| {
            if copy > 0 && w.chars().next().is_some_and(char::is_uppercase) {
                format!("{w}{copy}")
            } else {
                w.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The RSS documents of `n` articles, 100 per feed.
pub fn feeds(templates: &[NewArticle], n: usize) -> Vec<Vec<u8>> {
    let start = Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).unwrap();
    let mut docs = Vec::new();
    for feed in 0..n.div_ceil(100) {
        let t0 = &templates[feed % templates.len()];
        let lang = t0.lang.map_or("en", |l| l.code());
        let mut xml = format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>f{feed}</title>\
             <link>https://bench.invalid/</link><description>d</description><language>{lang}</language>"
        );
        for k in 0..100.min(n - feed * 100) {
            let i = feed * 100 + k;
            let t = &templates[(i * 7919) % templates.len()];
            let copy = i / templates.len();
            // Spread over a year; a distinct name per copy, so copies are near, not exact.
            let date = start + Duration::minutes((i as i64 * 525_600) / n as i64);
            xml.push_str(&format!(
                "<item><title>{}</title><link>https://bench.invalid/{i}</link><guid>g{i}</guid>\
                 <pubDate>{}</pubDate><description>{}</description></item>",
                escape(&vary(&t.title, copy, false)),
                date.to_rfc2822(),
                escape(&escape(&vary(
                    t.text.as_deref().unwrap_or(""),
                    copy,
                    copy > 0
                ))),
            ));
        }
        xml.push_str("</channel></rss>");
        docs.push(xml.into_bytes());
    }
    docs
}

/// The `n` articles of [`feeds`], parsed and normalised as a fetch reads them.
pub fn articles(templates: &[NewArticle], n: usize) -> Vec<NewArticle> {
    let url = "https://bench.invalid/feed.xml";
    let source = FeedSource {
        name: "f".into(),
        url: url.into(),
        lang: None,
        full_text: false,
    };
    feeds(templates, n)
        .iter()
        .flat_map(|doc| {
            let parsed = parse_feed(doc, Some("application/rss+xml"), url).unwrap();
            normalize(&parsed, &source, url).articles
        })
        .collect()
}

//! Audit of the actor facet on every text we may read (round 18): on the blind split the actor
//! suggestions fell to precision 0.25 while every read split scored 1.00, so the matcher fires on
//! something in ordinary news that the gold splits do not hold. This prints every actor suggested
//! over the fixture feeds, the article pages and the readable gold and stories-gold feeds, with
//! its confidence and the words around it, for a reader to classify.
//!
//! `cargo test --test actor_audit -- --ignored --nocapture` (blind splits are never read).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;
use std::path::{Path, PathBuf};
use veille::model::NewArticle;
use veille::tagging::{Evidence, Field, Suggester, Vocabulary};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The articles of a feed document as veille stores them; none when it does not parse.
fn articles(name: &str, bytes: &[u8]) -> Vec<NewArticle> {
    support::gold::stored_articles(bytes, name, "audit.invalid").unwrap_or_default()
}

/// Every readable feed file: fixture feeds (fr, en, and the general feeds of misc a user may
/// subscribe to as well) and the gold splits' XML, never a blind one.
fn feed_files() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let dirs = [
        root().join("../shared/feeds/fr"),
        root().join("../shared/feeds/en"),
        root().join("../shared/feeds/misc"),
        root().join("tests/gold"),
        root().join("tests/stories_gold"),
    ];
    for dir in dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let name = p.file_name().unwrap().to_string_lossy().to_string();
                (name.ends_with(".xml") || name.ends_with(".rss") || name.ends_with(".json"))
                    && !name.starts_with("blind")
                    && !name.contains("TRUNCATED")
            })
            .collect();
        files.sort();
        out.extend(files);
    }
    out
}

/// The article pages (mozilla/readability's test pages), each as a one-item feed of its main content.
fn pages() -> Vec<(String, Vec<u8>)> {
    let dir = root().join("../shared/pages");
    let mut out = Vec::new();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for d in dirs {
        let html = std::fs::read_to_string(d.join("expected.html")).unwrap_or_default();
        let meta = std::fs::read_to_string(d.join("expected-metadata.json")).unwrap_or_default();
        let title = serde_json::from_str::<serde_json::Value>(&meta)
            .ok()
            .and_then(|v| v["title"].as_str().map(str::to_string))
            .unwrap_or_default();
        let rss = format!(
            "<rss version=\"2.0\"><channel><title>p</title><item><title>{}</title>\
             <link>https://audit.invalid/{}</link><description><![CDATA[{}]]></description>\
             </item></channel></rss>",
            html_escape::encode_text(&title),
            d.file_name().unwrap().to_string_lossy(),
            html.replace("]]>", "")
        );
        out.push((name_of(&d), rss.into_bytes()));
    }
    out
}

fn name_of(p: &Path) -> String {
    let parent = p.parent().and_then(Path::file_name).unwrap_or_default();
    format!(
        "{}/{}",
        parent.to_string_lossy(),
        p.file_name().unwrap_or_default().to_string_lossy()
    )
}

/// The words around a piece of evidence.
fn around(title: &str, text: &str, e: &Evidence) -> String {
    let field = match e.field {
        Field::Title => title,
        Field::Text => text,
        Field::Link => return e.term.clone(),
    };
    let mut from = e.start.saturating_sub(90);
    while !field.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (e.end + 90).min(field.len());
    while !field.is_char_boundary(to) {
        to += 1;
    }
    field[from..to].replace('\n', " ")
}

#[test]
#[ignore = "an audit to read, not a check"]
fn every_actor_suggested_on_readable_text() {
    let vocab = Vocabulary::bundled().unwrap();
    let suggester = Suggester::new(&vocab).unwrap();
    let mut docs: Vec<(String, Vec<u8>)> = feed_files()
        .into_iter()
        .map(|p| (name_of(&p), std::fs::read(&p).unwrap()))
        .collect();
    docs.extend(pages());
    let (mut seen, mut suggested) = (0, 0);
    for (name, bytes) in docs {
        for a in articles(&name, &bytes) {
            let text = a.text.as_deref().unwrap_or("");
            let s = suggester.suggest(&a.title, text);
            seen += 1;
            for x in &s.actor {
                suggested += 1;
                println!(
                    "ACTOR {} [{}] <- {:?} ({:?}) | {name} | {:?}\n      … {}",
                    x.value,
                    x.confidence.as_str(),
                    x.evidence.term,
                    x.evidence.field,
                    a.title,
                    around(&a.title, text, &x.evidence)
                );
            }
        }
    }
    println!("AUDIT {seen} articles, {suggested} actor suggestions");
}

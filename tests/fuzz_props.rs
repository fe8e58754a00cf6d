//! Property tests standing in for a fuzzer (only stable Rust here, so no cargo-fuzz): every input
//! path a stranger controls — feed bytes, OPML, article HTML, article text — on arbitrary and
//! mutated real inputs. Properties: no panic, bounded time, no terminal-active character in what
//! is stored, sanitizing twice changes nothing.
//!
//! `cargo test` runs 256 cases a property; `tools/fuzz.sh SECONDS` runs many more (PROPTEST_CASES).
//! Inputs that once failed are kept below as plain regression tests.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use proptest::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};
use veille::feed::normalize::normalize;
use veille::feed::opml::parse_opml;
use veille::feed::parse::parse_document;
use veille::model::FeedSource;
use veille::tagging::{Suggester, Suggestions, Vocabulary};
use veille::text::plain::html_to_plain;
use veille::text::sanitize::{clean_body, clean_line, html_to_line, is_forbidden};

/// Longest any single input may take, debug build included: a quadratic path on a 64 KB input
/// shows up as seconds, a linear one is milliseconds.
const TIME_BUDGET: Duration = Duration::from_secs(3);

const SOURCE_URL: &str = "https://example.org/feed.xml";

fn source() -> FeedSource {
    FeedSource {
        name: "fuzz".to_owned(),
        url: SOURCE_URL.to_owned(),
        lang: None,
        full_text: false,
    }
}

/// Every file under `dir` (recursively) with one of `extensions`, read once.
fn files_under(dir: &Path, extensions: &[&str]) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| extensions.contains(&e))
            {
                let bytes = std::fs::read(&path).unwrap();
                out.push((path, bytes));
            }
        }
    }
    out.sort();
    assert!(!out.is_empty(), "no fixtures under {}", dir.display());
    out
}

fn feed_fixtures() -> &'static [(PathBuf, Vec<u8>)] {
    static FIXTURES: OnceLock<Vec<(PathBuf, Vec<u8>)>> = OnceLock::new();
    FIXTURES.get_or_init(|| {
        files_under(
            Path::new(support::FEEDS_DIR),
            &["xml", "rss", "json", "atom"],
        )
    })
}

fn opml_fixtures() -> &'static [(PathBuf, Vec<u8>)] {
    static FIXTURES: OnceLock<Vec<(PathBuf, Vec<u8>)>> = OnceLock::new();
    FIXTURES.get_or_init(|| files_under(&Path::new(support::FEEDS_DIR).join("opml"), &["opml"]))
}

fn vocabulary() -> &'static Vocabulary {
    static VOCABULARY: OnceLock<Vocabulary> = OnceLock::new();
    VOCABULARY.get_or_init(|| Vocabulary::bundled().unwrap())
}

fn suggester() -> &'static Suggester {
    static SUGGESTER: OnceLock<Suggester> = OnceLock::new();
    SUGGESTER.get_or_init(|| Suggester::new(vocabulary()).unwrap())
}

/// Names of every facet, their overlaps and near misses, and what sits between them: run together
/// they make the matcher choose between the longest name, a name inside a word and the next one.
fn names_run_together() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        proptest::sample::select(NAME_PIECES).prop_map(str::to_owned),
        "[a-zA-Z]{1,4}",
    ];
    proptest::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

#[rustfmt::skip]
const NAME_PIECES: &[&str] = &[
    "data breach", "breach", "xdata", "data", "ransomware", "rançongiciel", "LockBit", "Lockbit",
    "LOCKBIT", "Play", "play", "Medusa", "gang", "APT28", "Fancy Bear", "Sandworm",
    "Midnight Blizzard", "Paris", "Londres", "française", "Dutch", "hôpital", "CHU de Rennes",
    "mairie de", "victime de", "hit by", "attack on", "pas de", "aurait", "may not",
    "fuite de données", "Cour pénale internationale", "ICC", "FBI", "Microsoft",
    "cyberattaque contre", "phishing", "hameçonnage", "s", "-", "'", "’", " ", ". ", ", ", "\n",
    "é", "œ",
];

/// One edit of a byte string, at a position given as a fraction of its length so that the same
/// strategy fits every fixture.
#[derive(Debug, Clone)]
enum Mutation {
    Flip {
        at: f64,
        bit: u8,
    },
    Insert {
        at: f64,
        bytes: Vec<u8>,
    },
    Delete {
        at: f64,
        len: usize,
    },
    Truncate {
        at: f64,
    },
    /// Copies a slice over another place: duplicated tags, half-closed elements.
    Splice {
        from: f64,
        to: f64,
        len: usize,
    },
}

/// Bytes a feed parser finds interesting: markup, entities, controls, bidi, invalid UTF-8.
fn nasty_bytes() -> impl Strategy<Value = Vec<u8>> {
    let pieces: Vec<&'static [u8]> = vec![
        b"<",
        b">",
        b"</item>",
        b"<entry>",
        b"<![CDATA[",
        b"]]>",
        b"&amp;",
        b"&#27;",
        b"&#x9b;",
        b"&lt;script&gt;",
        b"<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>",
        b"&a;",
        b"\x1b]52;c;SGVsbG8=\x07",
        b"\x1b[2J",
        "\u{202e}".as_bytes(),
        "\u{2066}".as_bytes(),
        b"\xef\xbb\xbf",
        b"\xff\xfe",
        b"\xc3",
        b"\0",
        b"\r",
        b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
        b"xml:base=\"javascript:alert(1)\"",
        b"<link>",
        b"</link>",
        b"<title>",
        b"</title>",
    ];
    prop_oneof![
        proptest::sample::select(pieces).prop_map(|p| p.to_vec()),
        proptest::collection::vec(any::<u8>(), 1..16),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let at = 0.0..1.0f64;
    prop_oneof![
        (at.clone(), 0u8..8).prop_map(|(at, bit)| Mutation::Flip { at, bit }),
        (at.clone(), nasty_bytes()).prop_map(|(at, bytes)| Mutation::Insert { at, bytes }),
        (at.clone(), 1usize..64).prop_map(|(at, len)| Mutation::Delete { at, len }),
        at.clone().prop_map(|at| Mutation::Truncate { at }),
        (at.clone(), at, 1usize..256).prop_map(|(from, to, len)| Mutation::Splice {
            from,
            to,
            len
        }),
    ]
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation) {
    let pos = |f: f64, len: usize| ((f * len as f64) as usize).min(len);
    match mutation {
        Mutation::Flip { at, bit } => {
            if !bytes.is_empty() {
                let i = pos(*at, bytes.len() - 1);
                bytes[i] ^= 1 << bit;
            }
        }
        Mutation::Insert { at, bytes: new } => {
            let i = pos(*at, bytes.len());
            bytes.splice(i..i, new.iter().copied());
        }
        Mutation::Delete { at, len } => {
            let i = pos(*at, bytes.len());
            let end = (i + len).min(bytes.len());
            bytes.drain(i..end);
        }
        Mutation::Truncate { at } => bytes.truncate(pos(*at, bytes.len())),
        Mutation::Splice { from, to, len } => {
            let i = pos(*from, bytes.len());
            let end = (i + len).min(bytes.len());
            let piece = bytes[i..end].to_vec();
            let j = pos(*to, bytes.len());
            bytes.splice(j..j, piece);
        }
    }
}

/// The whole feed pipeline on one document; fails the property on a forbidden character in any
/// stored single-line field, a body control character, or a slow input.
fn check_feed(bytes: &[u8], content_type: Option<&str>) -> Result<(), TestCaseError> {
    let started = Instant::now();
    if let Ok(parsed) = parse_document(bytes, content_type, SOURCE_URL) {
        let normalized = normalize(&parsed.feed, &source(), SOURCE_URL);
        if let Some(title) = &normalized.title {
            prop_assert!(!title.chars().any(is_forbidden), "feed title {title:?}");
        }
        for article in &normalized.articles {
            let lines = [
                Some(&article.title),
                article.url.as_ref(),
                article.author.as_ref(),
            ];
            for line in lines.into_iter().flatten() {
                prop_assert!(!line.chars().any(is_forbidden), "line field {line:?}");
            }
            prop_assert!(!article.title.is_empty(), "empty title");
            let bodies = [&article.summary, &article.content_html, &article.text];
            for body in bodies.into_iter().flatten() {
                prop_assert!(
                    !body
                        .chars()
                        .any(|c| c != '\n' && c != '\t' && is_forbidden(c)),
                    "body with a control character: {body:?}"
                );
            }
            // What the store and search derive from the body must be as clean.
            if let Some(html) = &article.content_html {
                let plain = html_to_plain(html);
                prop_assert!(!plain.contains('\u{1b}'), "escape in rendered body");
            }
        }
    }
    prop_assert!(
        started.elapsed() < TIME_BUDGET,
        "{} bytes took {:?}",
        bytes.len(),
        started.elapsed()
    );
    Ok(())
}

/// Text with a good share of the characters sanitizing is about.
fn hostile_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        any::<char>().prop_map(String::from),
        proptest::sample::select(vec![
            "\u{1b}[31m",
            "\u{1b}]52;c;AAAA\u{7}",
            "\u{9b}",
            "\u{202e}",
            "\u{2067}",
            "\u{200f}",
            "\u{feff}",
            "\r\n",
            "\r",
            "\u{2028}",
            "&amp;",
            "&lt;",
            "&#27;",
            "&#x202E;",
            "&#0;",
            "&#xD800;",
            "&#1114112;",
            "&nbsp;",
            "<b>",
            "</p>",
            "<!--",
            "-->",
            "<",
            " ",
            "\t",
            "é",
        ])
        .prop_map(str::to_owned),
        "[a-zA-Z ]{1,8}",
    ];
    proptest::collection::vec(pieces, 0..64).prop_map(|v| v.concat())
}

proptest! {
    // Default settings read PROPTEST_CASES (tools/fuzz.sh); failures are kept as named tests
    // below rather than in a seed file beside this one.
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn feed_pipeline_survives_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        check_feed(&bytes, None)?;
    }

    #[test]
    fn feed_pipeline_survives_mutated_fixtures(
        pick in any::<proptest::sample::Index>(),
        mutations in proptest::collection::vec(mutation(), 1..8),
        declared in proptest::option::of(proptest::sample::select(vec![
            "application/rss+xml; charset=iso-8859-1", "text/xml; charset=utf-16",
            "application/json", "text/html",
        ])),
    ) {
        let (_, original) = pick.get(feed_fixtures());
        let mut bytes = original.clone();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        check_feed(&bytes, declared)?;
    }

    #[test]
    fn opml_import_survives_arbitrary_and_mutated_input(
        pick in any::<proptest::sample::Index>(),
        mutations in proptest::collection::vec(mutation(), 0..8),
    ) {
        let (_, original) = pick.get(opml_fixtures());
        let mut bytes = original.clone();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        let started = Instant::now();
        if let Ok(feeds) = parse_opml(&String::from_utf8_lossy(&bytes)) {
            for feed in feeds {
                prop_assert!(!feed.name.chars().any(is_forbidden), "name {:?}", feed.name);
                prop_assert!(!feed.name.is_empty());
                let scheme = feed.url.get(..8).unwrap_or_default().to_ascii_lowercase();
                prop_assert!(
                    scheme.starts_with("http://") || scheme.starts_with("https://"),
                    "non-web URL imported: {:?}", feed.url
                );
                prop_assert!(!feed.url.chars().any(|c| c.is_whitespace() || c.is_control()));
            }
        }
        prop_assert!(started.elapsed() < TIME_BUDGET, "took {:?}", started.elapsed());
    }

    #[test]
    fn opml_import_survives_arbitrary_text(text in hostile_text()) {
        let _ = parse_opml(&text);
        let wrapped = format!(
            "<opml version=\"2.0\"><body><outline text=\"{text}\" xmlUrl=\"{text}\"/></body></opml>"
        );
        if let Ok(feeds) = parse_opml(&wrapped) {
            for feed in feeds {
                prop_assert!(!feed.name.chars().any(is_forbidden), "name {:?}", feed.name);
                prop_assert!(
                    feed.url.to_ascii_lowercase().starts_with("http"),
                    "url {:?}", feed.url
                );
            }
        }
    }

    #[test]
    fn clean_line_output_is_safe_and_stable(text in hostile_text(), max in 1usize..200) {
        let once = clean_line(&text, max);
        prop_assert!(!once.chars().any(is_forbidden), "{once:?}");
        prop_assert!(once.chars().count() <= max);
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' '));
        prop_assert!(!once.contains("  "));
        // Text without entities must come back unchanged: what was stored draws as stored.
        if !once.contains('&') {
            prop_assert_eq!(clean_line(&once, max), once.clone());
        }
        let tagless = html_to_line(&text, max);
        prop_assert!(!tagless.chars().any(is_forbidden), "{tagless:?}");
    }

    #[test]
    fn clean_body_output_is_safe_and_idempotent(text in hostile_text(), max in 1usize..400) {
        let once = clean_body(&text, max);
        prop_assert!(once.len() <= max);
        prop_assert!(!once.chars().any(|c| c != '\n' && c != '\t' && is_forbidden(c)), "{once:?}");
        prop_assert_eq!(clean_body(&once, max), once);
    }

    #[test]
    fn html_to_plain_survives_hostile_markup(text in hostile_text()) {
        let started = Instant::now();
        let html = format!("<div><p>{text}</p><pre>{text}</pre><script>{text}</script></div>");
        let plain = html_to_plain(&html);
        prop_assert!(!plain.contains("<script"), "{plain:?}");
        prop_assert!(started.elapsed() < TIME_BUDGET);
    }

    /// `veille suggest ID` compiles only the names that can occur in its article: what it finds
    /// must be what the suggester over the whole vocabulary finds, however the names run together.
    #[test]
    fn one_article_alone_gets_what_the_whole_vocabulary_gives(title in names_run_together(), text in names_run_together()) {
        let alone = Suggester::suggest_once(vocabulary(), &title, &text).unwrap();
        prop_assert_eq!(alone, suggester().suggest(&title, &text));
    }

    #[test]
    fn suggester_evidence_points_into_the_text(title in hostile_text(), text in hostile_text()) {
        check_evidence(&title, &text)?;
    }

    /// Hostile words around the cues that make victims ("victime de", "attack on", "X :"), so the
    /// phrase reading and its offsets are exercised.
    #[test]
    fn victim_phrases_never_break_on_hostile_names(a in hostile_text(), b in hostile_text(), c in hostile_text()) {
        let title = format!("{a} : {b} victime d'une cyberattaque");
        let text = format!("La mairie de {a} a été victime d'un rançongiciel. Attack on {b}'s {c}, hit by LockBit ; l'hôpital d'{c} (Nord), à Londres.");
        check_evidence(&title, &text)?;
    }
}

fn check_evidence(title: &str, text: &str) -> Result<(), TestCaseError> {
    {
        let suggestions: Suggestions = suggester().suggest(title, text);
        let alone = Suggester::suggest_once(vocabulary(), title, text).unwrap();
        prop_assert_eq!(&alone, &suggestions);
        let all = suggestions
            .actor
            .iter()
            .chain(&suggestions.target)
            .chain(&suggestions.attack)
            .chain(&suggestions.sector)
            .chain(&suggestions.country);
        for s in all {
            let field = match s.evidence.field {
                veille::tagging::Field::Title => title,
                veille::tagging::Field::Text => text,
                // Read without an address: no evidence can be in one.
                veille::tagging::Field::Link => continue,
            };
            // The reader highlights evidence by these offsets: a bad one would panic there.
            let slice = field.get(s.evidence.start..s.evidence.end);
            prop_assert!(
                slice.is_some(),
                "offsets {}..{} in {field:?}",
                s.evidence.start,
                s.evidence.end
            );
        }
    }
    Ok(())
}

/// A suggester fed a worst case (one long run of name-like words) finishes with sane answers; its
/// speed on it is measured in `benches/suggest.rs` (worst case against ordinary articles).
#[test]
fn suggester_survives_a_large_article_of_names() {
    let text = "APT28 Fancy Bear rançongiciel hôpital ransomware LockBit ".repeat(20_000);
    let suggestions = suggester().suggest("titre", &text);
    assert!(suggestions.actor.iter().any(|s| s.value == "APT28"));
    assert!(suggestions.attack.iter().any(|s| s.value == "ransomware"));
}

/// Found by `feed_pipeline_survives_arbitrary_bytes`: a tag whose ninth byte falls inside a
/// multi-byte character made the doctype check slice a `str` mid-character.
#[test]
fn regression_multibyte_character_at_the_ninth_byte_of_a_tag() {
    for doc in [
        "<abcdefgæ>",
        "<rss>\n<channel><namevДудь</name>",
        "<!DOCTYPé",
    ] {
        // Not a feed, and that is fine; what matters is an error rather than a panic.
        let _ = parse_document(doc.as_bytes(), None, SOURCE_URL);
    }
    let ok = "<!doctype rss><rss version=\"2.0\"><channel><title>é</title>\
              <item><title>ок</title><link>https://example.org/a</link></item></channel></rss>";
    let parsed = parse_document(ok.as_bytes(), None, SOURCE_URL).unwrap();
    assert_eq!(parsed.feed.entries.len(), 1);
}

/// Found by `feed_pipeline_survives_mutated_fixtures`: an XML declaration with an encoding after
/// the root made quick-xml panic ("set_encoding() called after prefix buffer was drained").
#[test]
fn regression_xml_declaration_after_the_root() {
    let doc = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>\
               <?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\
               <item><title>kept</title><link>https://example.org/a</link></item></channel></rss>";
    let parsed = parse_document(doc.as_bytes(), None, SOURCE_URL).unwrap();
    assert_eq!(parsed.feed.entries.len(), 1);
}

/// Found by `opml_import_survives_arbitrary_and_mutated_input`: a one-bit flip turned
/// "https://" into "https:./", which the URL parser forgives (with "." as the host), and the
/// damaged URL was imported.
#[test]
fn regression_opml_url_with_a_mangled_scheme_separator_is_skipped() {
    let opml = "<opml version=\"2.0\"><body>\
                <outline text=\"a\" xmlUrl=\"https:./www.example.org/feed.xml\"/>\
                <outline text=\"b\" xmlUrl=\"HTTPS://www.example.org/b.xml\"/></body></opml>";
    let urls: Vec<String> = parse_opml(opml)
        .unwrap()
        .into_iter()
        .map(|f| f.url)
        .collect();
    assert_eq!(urls, ["HTTPS://www.example.org/b.xml"]);
}

/// Found by `feed_pipeline_survives_mutated_fixtures`: feed-rs panics on an author whose e-mail
/// address touches a multi-byte character; the feed is now reported as invalid instead.
#[test]
fn regression_author_email_next_to_a_multibyte_character() {
    for author in [
        "w\u{FFFD}bmaster@example.org",
        "«jdoe@example.org»",
        "jdoe@example.org—x",
    ] {
        let doc = format!(
            "<rss version=\"2.0\"><channel><title>t</title><item><title>a</title>\
             <link>https://example.org/a</link><author>{author}</author></item></channel></rss>"
        );
        // Parsed or refused, but never a panic that takes the whole refresh down.
        let _ = parse_document(doc.as_bytes(), None, SOURCE_URL);
    }
}

/// Found by `victim_phrases_never_break_on_hostile_names`: "Ⱥ" (2 bytes) lower-cases to "ⱥ" (3
/// bytes), so offsets in the folded text were sliced from the original mid-character.
#[test]
fn regression_a_letter_whose_lower_case_is_longer_before_a_victim_cue() {
    let a = "Ⱥaࠀ\0a aa A aa Aa  Aa𐀀  \u{1b}[31m &amp;að&amp;&amp;&#x202E;-->A ࠀ<b>𐀀 ð:UN";
    let title = format!("{a} :  victime d'une cyberattaque");
    let text = format!("La mairie de {a} a été victime d'un rançongiciel.");
    check_evidence(&title, &text).unwrap();
}

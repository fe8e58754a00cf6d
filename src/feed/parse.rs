//! Bytes to a feed-rs model: charsets, junk before the XML declaration, stable ids.
//!
//! The bytes are decoded to UTF-8 here (see [`super::charset`]) rather than by feed-rs, because
//! the prolog must be read and repaired as text anyway; feed-rs then gets UTF-8 bytes with no
//! declaration. DTDs are removed before parsing and feed-rs (quick-xml) never expands entities
//! other than the five predefined ones and character references: an `&name;` declared in a DTD
//! stays literal text, so neither "billion laughs" nor an external `SYSTEM` entity can do anything.
//!
//! A truncated document keeps its complete entries: the text is cut after the last complete
//! `</item>`/`</entry>` and the open elements are closed ([`ParsedDocument::truncated`] says so).
//! When no entry is complete the document is [`ParseError::Invalid`].
use super::{charset, dates, prolog, salvage};
use feed_rs::model::{Feed, Link, Text};
use feed_rs::parser::{Builder, ParseErrorKind, ParseFeedError, Parser};
use sha2::{Digest, Sha256};

/// Prefix of the ids veille invents for entries without one, so normalization can tell them from
/// a publisher's GUID.
pub const GENERATED_ID_PREFIX: &str = "veille:generated:";

/// Why a document is not a feed.
#[derive(Debug, thiserror::Error)]
pub enum ParseError {
    /// An HTML page was served instead of a feed.
    #[error("not a feed: the server sent an HTML page")]
    HtmlPage,
    /// The document is not a feed veille can read.
    #[error("not a valid feed: {0}")]
    Invalid(String),
}

/// A parsed feed and how it was obtained.
#[derive(Debug, Clone)]
pub struct ParsedDocument {
    /// The feed as feed-rs models it.
    pub feed: Feed,
    /// The document was cut short; only its complete entries are in `feed`.
    pub truncated: bool,
    /// Entries left out because they alone made the document unreadable.
    pub skipped: Vec<SkippedEntry>,
}

/// An entry left out of a feed that was otherwise read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedEntry {
    /// Its title, else its id or link, else its position ("entry 3"), sanitized for display.
    pub name: String,
    /// Why the parser refused it, sanitized.
    pub reason: String,
}

/// How much parsing the search for bad entries may cost, in multiples of the document's size: one
/// bad entry among n costs about two documents (halves are parsed down to it), so this leaves
/// room for a dozen bad entries before the rest are skipped unread.
const RECOVERY_BUDGET: usize = 24;

/// Parses a fetched document. `content_type` is the HTTP header (its charset is used when the
/// document declares none); `source_url` resolves relative links.
pub fn parse_feed(
    bytes: &[u8],
    content_type: Option<&str>,
    source_url: &str,
) -> Result<Feed, ParseError> {
    parse_document(bytes, content_type, source_url).map(|parsed| parsed.feed)
}

/// Like [`parse_feed`], also telling whether a truncated document was salvaged.
pub fn parse_document(
    bytes: &[u8],
    content_type: Option<&str>,
    source_url: &str,
) -> Result<ParsedDocument, ParseError> {
    let text = charset::decode(bytes, content_type);
    let prepared = prolog::prepare(&text)?;
    let document = prolog::drop_late_declarations(&prepared);
    let error = match guarded_parse(source_url, document.as_bytes()) {
        Ok(feed) => {
            return Ok(ParsedDocument {
                feed,
                truncated: false,
                skipped: Vec::new(),
            });
        }
        Err(Refused::Error(ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot))) => {
            return Err(ParseError::Invalid(
                "no RSS, Atom or JSON Feed root element".into(),
            ));
        }
        Err(error @ (Refused::Error(ParseFeedError::XmlReader(_)) | Refused::Panicked)) => error,
        Err(error) => return Err(ParseError::Invalid(error.to_string())),
    };
    // Unreadable as a whole: cut after the last complete entry (a document cut short), then, if
    // that is not enough, leave out the entries that alone make it unreadable.
    let unrecoverable =
        || ParseError::Invalid(format!("{error}, and no complete entry could be recovered"));
    let repaired = salvage::truncate_to_complete_entries(&document).ok_or_else(unrecoverable)?;
    if let Ok(feed) = guarded_parse(source_url, repaired.as_bytes())
        && !feed.entries.is_empty()
    {
        return Ok(ParsedDocument {
            feed,
            truncated: true,
            skipped: Vec::new(),
        });
    }
    let split = salvage::split_entries(&repaired).ok_or_else(unrecoverable)?;
    // When the feed without its entries is unreadable too, no choice of entries can help.
    if guarded_parse(source_url, split.document(0..0).as_bytes()).is_err() {
        return Err(unrecoverable());
    }
    let mut recovery = Recovery {
        source_url,
        split: &split,
        budget: RECOVERY_BUDGET.saturating_mul(repaired.len()),
        feed: None,
        skipped: Vec::new(),
    };
    recovery.keep_good(0..split.entries.len());
    // Halves are parsed in order, so the entries are in the document's order.
    let feed = recovery
        .feed
        .filter(|feed| !feed.entries.is_empty())
        .ok_or_else(unrecoverable)?;
    Ok(ParsedDocument {
        feed,
        truncated: repaired.len() < document.len(),
        skipped: recovery.skipped,
    })
}

/// Why feed-rs gave no feed.
#[derive(Debug)]
enum Refused {
    /// It reported an error.
    Error(ParseFeedError),
    /// It panicked.
    Panicked,
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refused::Error(error) => error.fmt(f),
            Refused::Panicked => f.write_str("the feed parser gave up on this document"),
        }
    }
}

/// The search for the entries that make a document unreadable: halves that parse are kept whole,
/// halves that do not are split again, down to single entries, which are skipped.
struct Recovery<'a> {
    source_url: &'a str,
    split: &'a salvage::Entries<'a>,
    /// Bytes that may still be parsed; past it, what is left unresolved is skipped unread.
    budget: usize,
    /// The feed with the entries kept so far (its metadata from the first document that parsed).
    feed: Option<Feed>,
    skipped: Vec<SkippedEntry>,
}

impl Recovery<'_> {
    fn keep_good(&mut self, range: std::ops::Range<usize>) {
        if range.is_empty() {
            return;
        }
        let doc = self.split.document(range.clone());
        let refused = if doc.len() > self.budget {
            "left unread: too many malformed entries".to_owned()
        } else {
            self.budget -= doc.len();
            match guarded_parse(self.source_url, doc.as_bytes()) {
                Ok(part) => {
                    match &mut self.feed {
                        Some(feed) => feed.entries.extend(part.entries),
                        None => self.feed = Some(part),
                    }
                    return;
                }
                Err(_) if range.len() > 1 => {
                    let middle = range.start + range.len() / 2;
                    self.keep_good(range.start..middle);
                    self.keep_good(middle..range.end);
                    return;
                }
                Err(error) => {
                    if self.keep_repaired(range.start) {
                        return;
                    }
                    error.to_string()
                }
            }
        };
        let reason = crate::text::sanitize::display_line(&refused, 200);
        for at in range {
            self.skipped.push(SkippedEntry {
                name: entry_name(self.split.entries[at], at + 1),
                reason: reason.clone(),
            });
        }
    }
}

impl Recovery<'_> {
    /// Keeps entry `at`, malformed alone, if escaping its bare `&` makes it readable (the
    /// commonest slip of hand-made feeds: "Marks & Spencer", `?a=1&b=2`); true when kept.
    fn keep_repaired(&mut self, at: usize) -> bool {
        let Some(entry) = salvage::escape_bare_ampersands(self.split.entries[at]) else {
            return false;
        };
        let doc = [self.split.head, entry.as_str(), self.split.tail].concat();
        if doc.len() > self.budget {
            return false;
        }
        self.budget -= doc.len();
        let Ok(part) = guarded_parse(self.source_url, doc.as_bytes()) else {
            return false;
        };
        match &mut self.feed {
            Some(feed) => feed.entries.extend(part.entries),
            None => self.feed = Some(part),
        }
        true
    }
}

/// What names an entry for the user: its title, else its id or link, else its position.
fn entry_name(entry: &str, position: usize) -> String {
    ["title", "guid", "id", "link"]
        .into_iter()
        .find_map(|element| {
            let text = element_text(entry, element)?;
            let line = crate::text::sanitize::html_to_line(text, 80);
            (!line.is_empty()).then_some(line)
        })
        .unwrap_or_else(|| format!("entry {position}"))
}

/// The raw text of the first `<element>` (no prefix) inside `entry`, CDATA markers removed.
fn element_text<'a>(entry: &'a str, element: &str) -> Option<&'a str> {
    let open = format!("<{element}");
    let mut from = 0;
    let start = loop {
        let at = from + entry[from..].find(&open)?;
        let after = &entry[at + open.len()..];
        if after.starts_with(['>', ' ', '\t', '\n', '\r']) {
            break at + open.len() + after.find('>')? + 1;
        }
        from = at + open.len();
    };
    let end = start + entry[start..].find(&format!("</{element}>"))?;
    let text = entry[start..end].trim();
    Some(
        text.strip_prefix("<![CDATA[")
            .and_then(|t| t.strip_suffix("]]>"))
            .unwrap_or(text),
    )
}

/// feed-rs on `bytes`, with a panic inside it turned into [`Refused::Panicked`].
///
/// feed-rs 3.0 slices author strings at byte offsets that can fall inside a character
/// (`<author>«jdoe@example.org»</author>` panics in `parse_person_name_email`); one hostile
/// entry must be left out alone rather than end the whole refresh. The panic is contained
/// silently, since its message quotes the feed's text, and the error says nothing of it. The parser
/// is built afresh inside: a feed-rs parser keeps MediaRSS state that a failed or unwound parse
/// leaves dirty.
fn guarded_parse(source_url: &str, bytes: &[u8]) -> Result<Feed, Refused> {
    match crate::panics::contain(|| build_parser(source_url).parse(bytes)) {
        Ok(Ok(feed)) => Ok(feed),
        Ok(Err(error)) => Err(Refused::Error(error)),
        Err(_) => Err(Refused::Panicked),
    }
}

fn build_parser(source_url: &str) -> Parser {
    // feed-rs rejects a base it cannot parse, and only web URLs make sense as a base.
    let base = url::Url::parse(source_url)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"));
    Builder::new()
        .base_uri(base.as_ref().map(url::Url::as_str))
        .timestamp_parser(dates::parse_timestamp)
        .id_generator(generated_id)
        .build()
}

/// A stable id for an entry without one (feed-rs would otherwise use a random UUID), derived from
/// its links and title.
fn generated_id(links: &[Link], title: &Option<Text>, _base: Option<&str>) -> String {
    let mut hasher = Sha256::new();
    for link in links {
        hasher.update(link.href.as_bytes());
        hasher.update([0]);
    }
    if let Some(title) = title {
        hasher.update(title.content.as_bytes());
    }
    let digest = hasher.finalize();
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("{GENERATED_ID_PREFIX}{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    fn titles(feed: &Feed) -> Vec<String> {
        feed.entries
            .iter()
            .map(|e| {
                e.title
                    .as_ref()
                    .map(|t| t.content.clone())
                    .unwrap_or_default()
            })
            .collect()
    }

    #[test]
    fn billion_laughs_is_not_expanded() {
        let mut doc =
            String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        doc.push_str("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for i in 2..=9 {
            let prev = format!("&lol{};", i - 1).repeat(10);
            doc.push_str(&format!("<!ENTITY lol{i} \"{prev}\">\n"));
        }
        doc.push_str("]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>a &lol9; b</title><link>https://x.example/1</link></item></channel></rss>");
        let started = Instant::now();
        let feed = parse_feed(doc.as_bytes(), None, "https://x.example/feed").unwrap();
        assert!(started.elapsed() < Duration::from_secs(2));
        let title = &titles(&feed)[0];
        assert!(title.len() < 100, "entity expanded: {} bytes", title.len());
        assert!(!title.contains("lollol"));
    }

    #[test]
    fn external_entities_are_never_read() {
        let doc = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\
            <rss version=\"2.0\"><channel><title>t</title><item><title>leak: &xxe;</title>\
            <description>&xxe;</description><link>https://x.example/1</link></item></channel></rss>";
        let feed = parse_feed(doc.as_bytes(), None, "https://x.example/feed").unwrap();
        let entry = &feed.entries[0];
        let summary = entry
            .summary
            .as_ref()
            .map(|s| s.content.as_str())
            .unwrap_or("");
        for text in [titles(&feed)[0].as_str(), summary] {
            assert!(!text.contains("root:"), "file content leaked: {text}");
        }
    }

    #[test]
    fn entries_without_guid_or_link_get_the_same_id_every_time() {
        let doc = b"<rss version=\"2.0\"><channel><title>t</title><item><title>Sans lien</title></item><item><description>x</description></item></channel></rss>";
        let first = parse_feed(doc, None, "https://x.example/feed").unwrap();
        let second = parse_feed(doc, None, "https://x.example/feed").unwrap();
        let ids = |f: &Feed| f.entries.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&first), ids(&second));
        assert!(
            ids(&first)
                .iter()
                .all(|id| id.starts_with(GENERATED_ID_PREFIX))
        );
        assert_ne!(ids(&first)[0], ids(&first)[1]);
    }

    #[test]
    fn html_and_garbage_are_refused_clearly() {
        let page = b"\n<!doctype html><html><head><title>Login</title></head><body></body></html>";
        assert!(matches!(
            parse_feed(page, Some("text/html"), "https://x.example/"),
            Err(ParseError::HtmlPage)
        ));
        let err = parse_feed(
            b"<opml version=\"2.0\"><body/></opml>",
            None,
            "https://x.example/",
        )
        .unwrap_err();
        assert!(matches!(err, ParseError::Invalid(_)), "{err}");
        assert!(matches!(
            parse_feed(b"", None, "https://x.example/"),
            Err(ParseError::Invalid(_))
        ));
        assert!(matches!(
            parse_feed(b"{\"version\": \"nope\"", None, "https://x.example/"),
            Err(ParseError::Invalid(_))
        ));
    }

    #[test]
    fn malformed_entries_are_left_out_in_order_and_named() {
        let good = |n: u32| format!("<item><title>ok {n}</title><guid>g{n}</guid></item>");
        let bad = |guid: &str| {
            format!("<item><guid>{guid}</guid><description>&#xD800;</description></item>")
        };
        let doc = format!(
            "<rss version=\"2.0\"><channel><title>t</title>{}{}{}{}{}</channel></rss>",
            good(1),
            bad("urn:bad:2"),
            good(3),
            good(4),
            bad("<![CDATA[urn:bad:5]]>")
        );
        let parsed = parse_document(doc.as_bytes(), None, "https://x.example/feed").unwrap();
        assert_eq!(titles(&parsed.feed), ["ok 1", "ok 3", "ok 4"]);
        let names: Vec<&str> = parsed.skipped.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["urn:bad:2", "urn:bad:5"]);
        assert!(
            parsed.skipped[0]
                .reason
                .contains("invalid character reference")
        );
        assert_eq!(parsed.feed.title.map(|t| t.content).as_deref(), Some("t"));
    }

    #[test]
    fn a_feed_with_only_malformed_entries_is_still_refused() {
        let doc = "<rss version=\"2.0\"><channel><title>t</title><item><title>&#xD800;</title></item></channel></rss>";
        let err = parse_feed(doc.as_bytes(), None, "https://x.example/feed").unwrap_err();
        assert!(
            err.to_string()
                .contains("no complete entry could be recovered"),
            "{err}"
        );
    }

    #[test]
    fn an_unparseable_source_url_is_not_an_error() {
        let doc = b"<rss version=\"2.0\"><channel><item><title>a</title><link>/rel</link></item></channel></rss>";
        let feed = parse_feed(doc, None, "not a url").unwrap();
        assert_eq!(feed.entries[0].links[0].href, "/rel");
        let feed = parse_feed(doc, None, "https://x.example/feed.xml").unwrap();
        assert_eq!(feed.entries[0].links[0].href, "https://x.example/rel");
    }

    /// "Marks & Spencer" unescaped in a title made the whole entry unreadable: it was skipped
    /// and named, an article lost. Its bare `&` is read as text, as browsers and feedparser do;
    /// an entry broken otherwise is still skipped.
    #[test]
    fn an_entry_with_a_bare_ampersand_is_read_not_skipped() {
        let doc = "<rss version=\"2.0\"><channel><title>t</title>\
            <item><title>Marks & Spencer hit by ransomware</title><link>https://x.example/1?a=1&b=2</link></item>\
            <item><title>Fuite de données chez AT&amp;T</title><link>https://x.example/2</link></item>\
            <item><title>Broken & bad &#xD800;</title><link>https://x.example/3</link></item>\
            </channel></rss>";
        let parsed = parse_document(doc.as_bytes(), None, "https://x.example/feed").unwrap();
        assert_eq!(
            titles(&parsed.feed),
            [
                "Marks & Spencer hit by ransomware",
                "Fuite de données chez AT&T"
            ]
        );
        assert_eq!(
            parsed.feed.entries[0].links[0].href,
            "https://x.example/1?a=1&b=2"
        );
        assert_eq!(parsed.skipped.len(), 1, "{:?}", parsed.skipped);
    }
}

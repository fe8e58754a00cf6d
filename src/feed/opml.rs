//! OPML import and export of subscriptions.
//!
//! An OPML file comes from anywhere, so it is read as hostile: no entity declarations (no expansion),
//! a size and node cap, only http(s) feed URLs, and names stripped of control characters.
use crate::model::{FeedSource, Lang};
use crate::text::sanitize::MAX_LINE_CHARS;
use roxmltree::{Document, Node, ParsingOptions};

/// Why an OPML document could not be read.
#[derive(Debug, thiserror::Error)]
#[error("not a valid OPML document: {0}")]
pub struct OpmlError(pub String);

/// Largest OPML document read; the biggest real lists are a few hundred kilobytes.
pub const MAX_OPML_BYTES: usize = 20_000_000;

/// Most XML nodes read, so a flood of tiny elements cannot exhaust memory.
const MAX_NODES: u32 = 2_000_000;

/// The feeds of an OPML document, and how many outlines offered a URL that was refused.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct OpmlFeeds {
    /// Feed outlines with a usable http(s) `xmlUrl`, nested ones included, in document order.
    pub feeds: Vec<FeedSource>,
    /// Outlines whose `xmlUrl` is not one: another scheme, relative, or with controls, bidi or
    /// invisible characters in it (a URL that does not read as what it is).
    pub skipped: usize,
}

/// Every feed outline (with an http(s) `xmlUrl`) of an OPML document, nested outlines included.
pub fn parse_opml(text: &str) -> Result<Vec<FeedSource>, OpmlError> {
    read_opml(text).map(|read| read.feeds)
}

/// Like [`parse_opml`], counting the outlines refused.
pub fn read_opml(text: &str) -> Result<OpmlFeeds, OpmlError> {
    if text.len() > MAX_OPML_BYTES {
        return Err(OpmlError(format!(
            "{} bytes, more than the {MAX_OPML_BYTES} accepted",
            text.len()
        )));
    }
    // Some exporters put a byte-order mark or a blank line before `<?xml`, which XML forbids.
    let text = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    // Without declared entities there is nothing to expand, so no entity bomb (billion laughs or one
    // huge entity referenced many times). XML spells a declaration exactly `<!ENTITY`.
    if text.contains("<!ENTITY") {
        return Err(OpmlError(
            "entity declarations in a DTD are not accepted".to_owned(),
        ));
    }
    let options = ParsingOptions {
        // A bare `<!DOCTYPE opml>` from an old exporter is harmless once entities are refused.
        allow_dtd: true,
        nodes_limit: MAX_NODES,
        ..ParsingOptions::default()
    };
    let doc = Document::parse_with_options(text, options).map_err(|e| OpmlError(e.to_string()))?;
    let root = doc.root_element();
    if !root.tag_name().name().eq_ignore_ascii_case("opml") {
        return Err(OpmlError(format!(
            "the root element is <{}>, not <opml>",
            root.tag_name().name()
        )));
    }
    let mut read = OpmlFeeds::default();
    let outlines = root
        .descendants()
        .filter(|n| n.is_element() && n.tag_name().name().eq_ignore_ascii_case("outline"));
    for outline in outlines {
        // An outline without `xmlUrl` is a folder, not a refused feed.
        let Some(raw_url) = attribute(outline, "xmlUrl") else {
            continue;
        };
        match web_url(raw_url).and_then(|url| feed_of(outline, url)) {
            Some(feed) => read.feeds.push(feed),
            None => read.skipped += 1,
        }
    }
    Ok(read)
}

fn feed_of(outline: Node<'_, '_>, url: String) -> Option<FeedSource> {
    let name = ["title", "text"]
        .into_iter()
        .filter_map(|key| attribute(outline, key))
        .map(strip_controls)
        .find(|name| !name.is_empty())
        .or_else(|| {
            let host = url::Url::parse(&url).ok()?.host_str()?.to_owned();
            Some(host)
        })?;
    Some(FeedSource {
        name,
        url,
        lang: attribute(outline, "language").and_then(Lang::from_tag),
        full_text: false,
    })
}

/// An attribute by name, ignoring case: exporters write `xmlUrl`, `xmlurl` and `XMLURL`.
fn attribute<'a>(node: Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attributes()
        .find(|a| a.name().eq_ignore_ascii_case(name))
        .map(|a| a.value())
}

/// The URL as written when it is a clean absolute http(s) URL, its canonical form when the parser
/// had to repair it, `None` for any other scheme (`javascript:`, `file:`, a shell command...).
fn web_url(raw: &str) -> Option<String> {
    let raw = raw.trim();
    if raw.len() > MAX_LINE_CHARS {
        return None;
    }
    // A right-to-left override or a zero-width space makes a URL read as another one; the parser
    // would percent-encode or drop them, and the user would subscribe to what they did not see.
    if raw
        .chars()
        .any(|c| crate::text::sanitize::is_forbidden(c) && !c.is_whitespace())
    {
        return None;
    }
    let url = url::Url::parse(raw).ok()?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return None;
    }
    // The parser forgives "https:./host" by making "." the host: a damaged line, not a feed.
    let prefix = format!("{}://", url.scheme());
    if !raw
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(&prefix))
    {
        return None;
    }
    if raw.chars().any(|c| c.is_whitespace() || c.is_control()) {
        Some(url.to_string())
    } else {
        // Kept verbatim so percent-encoding and the publisher's spelling survive a round trip.
        Some(raw.to_owned())
    }
}

/// A name on one line: control characters and bidi overrides removed, whitespace runs folded.
///
/// Not `sanitize::clean_line`: that also decodes HTML entities, and an OPML attribute is already
/// decoded once by the XML parser (a second pass would turn a literal `&amp;lt;` into `<`).
fn strip_controls(text: &str) -> String {
    let kept = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|&c| !crate::text::sanitize::is_forbidden(c));
    let folded = kept
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    folded.chars().take(MAX_LINE_CHARS).collect()
}

/// An OPML 2.0 document listing `feeds`.
pub fn write_opml(feeds: &[FeedSource]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n",
    );
    out.push_str("    <title>veille subscriptions</title>\n");
    out.push_str(&format!(
        "    <dateCreated>{}</dateCreated>\n",
        chrono::Utc::now().to_rfc2822()
    ));
    out.push_str("  </head>\n  <body>\n");
    for feed in feeds {
        let name = escape(&strip_controls(&feed.name));
        out.push_str(&format!(
            "    <outline type=\"rss\" text=\"{name}\" title=\"{name}\" xmlUrl=\"{}\"",
            escape(&feed.url)
        ));
        if let Some(lang) = feed.lang {
            out.push_str(&format!(" language=\"{}\"", lang.code()));
        }
        out.push_str("/>\n");
    }
    out.push_str("  </body>\n</opml>\n");
    out
}

/// Text made safe inside a double-quoted XML attribute; characters XML cannot carry are dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Escaped, or attribute normalisation would read them back as spaces.
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if c.is_control() || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

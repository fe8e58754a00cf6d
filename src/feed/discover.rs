//! A site's feed, found from its page as browsers and readers find it: the `<link rel="alternate"
//! type="application/rss+xml" href="…">` of RSS/Atom autodiscovery. People paste a site's address
//! more often than its feed's.
//!
//! Only html5ever's tokenizer runs here, never its tree builder: it is linear in the document, so
//! the nesting bound of `crate::html` is not needed.
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer,
};
use std::cell::RefCell;
use url::Url;

/// The media types a feed link announces.
const FEED_TYPES: [&str; 4] = [
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/rdf+xml",
];

/// The feeds `html` (fetched from `base`) links to, in document order, as absolute http(s) URLs.
pub fn feed_links(html: &str, base: &str) -> Vec<String> {
    let Ok(base) = Url::parse(base) else {
        return Vec::new();
    };
    let sink = Links(RefCell::new(Vec::new()));
    let input = BufferQueue::default();
    input.push_back(html.into());
    let tokenizer = Tokenizer::new(sink, Default::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let hrefs = tokenizer.sink.0.take();
    let mut links: Vec<String> = Vec::new();
    for href in hrefs {
        let Ok(url) = base.join(href.trim()) else {
            continue;
        };
        if matches!(url.scheme(), "http" | "https") && !links.contains(&url.to_string()) {
            links.push(url.to_string());
        }
    }
    links
}

/// Collects the `href` of each feed `<link>`.
struct Links(RefCell<Vec<String>>);

impl TokenSink for Links {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        if let Token::TagToken(tag) = token
            && let Some(href) = feed_href(&tag)
        {
            self.0.borrow_mut().push(href);
        }
        TokenSinkResult::Continue
    }
}

/// The `href` of `<link rel="alternate" type="(a feed type)" href="…">`.
fn feed_href(tag: &Tag) -> Option<String> {
    if tag.kind != TagKind::StartTag || &*tag.name != "link" {
        return None;
    }
    let attr = |name: &str| {
        tag.attrs
            .iter()
            .find(|a| &*a.name.local == name)
            .map(|a| a.value.to_string())
    };
    let rel = attr("rel")?.to_ascii_lowercase();
    let kind = attr("type")?.to_ascii_lowercase();
    let is_feed = FEED_TYPES.iter().any(|t| kind.trim().starts_with(t));
    (rel.split_ascii_whitespace().any(|r| r == "alternate") && is_feed).then(|| attr("href"))?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_feeds_a_page_announces_resolved_against_its_address() {
        let page = r#"<!doctype html><html><head><title>LeMagIT</title>
            <link rel="stylesheet" href="/style.css">
            <link rel="alternate" type="application/rss+xml" title="Actus" href="/rss/ContentSyndication.xml">
            <LINK REL="Alternate home" TYPE="application/atom+xml; charset=utf-8" HREF="https://cdn.example.org/atom">
            <link rel="alternate" type="text/html" hreflang="en" href="/en/">
            <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
            </head><body><a href="/rss">RSS</a></body></html>"#;
        assert_eq!(
            feed_links(page, "https://www.lemagit.fr/actualites"),
            [
                "https://www.lemagit.fr/rss/ContentSyndication.xml",
                "https://cdn.example.org/atom"
            ]
        );
    }

    #[test]
    fn a_page_without_feed_links_or_garbage_gives_none() {
        assert!(feed_links("<html><body><p>Bonjour", "https://example.org/").is_empty());
        assert!(feed_links("\u{0}<<<>>>&&&", "https://example.org/").is_empty());
        assert!(
            feed_links(
                "<link rel=alternate type=application/rss+xml href=/f>",
                "not a url"
            )
            .is_empty()
        );
    }
}

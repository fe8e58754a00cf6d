//! feed-rs model to sanitized `NewArticle`s: titles, links, dates, language, dedup keys.
//!
//! Relative links are resolved against the entry's `xml:base`, then the feed's own link, then the
//! URL the feed was fetched from (feed-rs has already applied `xml:base` and that URL when
//! [`super::parse::parse_feed`] produced the feed, so this mostly matters for other inputs).
use super::lang::{self, Guess};
use super::parse::GENERATED_ID_PREFIX;
use super::{teaser, urls};
use crate::model::{FeedSource, Lang, NewArticle};
use crate::text::sanitize::{
    MAX_BODY_BYTES, MAX_LINE_CHARS, MAX_TITLE_CHARS, clean_body, clean_line, html_to_line,
};
use feed_rs::model::{Entry, Feed, Link};
use sha2::{Digest, Sha256};
use std::cell::OnceCell;
use std::collections::HashSet;

/// Longest title made from the start of a summary, in characters.
const FALLBACK_TITLE_CHARS: usize = 100;
/// How much of a summary is read for language detection and fallback titles, in bytes.
const SAMPLE_BYTES: usize = 16 * 1024;
/// Title of an entry with no title, no text and no link.
const UNTITLED: &str = "(untitled)";

/// A parsed feed reduced to what veille stores.
#[derive(Debug, Clone, PartialEq)]
pub struct NormalizedFeed {
    /// The feed's own title, sanitized.
    pub title: Option<String>,
    /// The feed's declared language.
    pub lang: Option<Lang>,
    /// Its entries, in document order, deduplicated by key.
    pub articles: Vec<NewArticle>,
}

/// What every entry of one feed shares.
struct FeedContext<'a> {
    source: &'a FeedSource,
    source_url: &'a str,
    feed_link: Option<&'a str>,
    declared_lang: Option<&'a str>,
    /// Detection over the whole feed, for entries too short to judge alone; computed on demand.
    feed_guess: OnceCell<Option<Lang>>,
    feed: &'a Feed,
}

/// Normalizes a parsed feed fetched from `source_url` for the subscription `source`.
pub fn normalize(
    feed: &feed_rs::model::Feed,
    source: &FeedSource,
    source_url: &str,
) -> NormalizedFeed {
    let context = FeedContext {
        source,
        source_url,
        feed_link: page_link(&feed.links).map(|l| l.href.as_str()),
        declared_lang: feed.language.as_deref(),
        feed_guess: OnceCell::new(),
        feed,
    };
    let mut seen = HashSet::new();
    let articles = feed
        .entries
        .iter()
        .map(|entry| article(entry, &context))
        .filter(|article| seen.insert(article.dedup_key.clone()))
        .collect();
    NormalizedFeed {
        title: feed_title(feed),
        lang: feed.language.as_deref().and_then(Lang::from_tag),
        articles,
    }
}

/// Canonical form of a link for deduplication: tracking parameters (`utm_*`, `xtor`, `fbclid`…) and
/// the fragment dropped.
pub fn canonical_url(url: &str) -> String {
    urls::canonical(url)
}

/// The site a feed belongs to, by its page link's host without `www.` ("lemagit.fr"): what names a
/// feed whose channel has no title (LeMagIT's has none).
pub fn feed_site(feed: &Feed) -> Option<String> {
    let link = page_link(&feed.links)?;
    let url = url::Url::parse(link.href.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let host = url.host_str()?;
    Some(host.strip_prefix("www.").unwrap_or(host).to_owned())
}

/// The feed's own title as one sanitized line, if it has one.
pub fn feed_title(feed: &Feed) -> Option<String> {
    feed.title
        .as_ref()
        .map(|t| html_to_line(&t.content, MAX_LINE_CHARS))
        .filter(|t| !t.is_empty())
}

fn article(entry: &Entry, context: &FeedContext) -> NewArticle {
    let url = article_url(entry, context);
    let summary_html = entry
        .summary
        .as_ref()
        .map(|s| s.content.as_str())
        .or_else(|| {
            entry
                .media
                .iter()
                .find_map(|m| m.description.as_ref())
                .map(|d| d.content.as_str())
        });
    // A "[...]" or "Read more" ending says there is more on the site, which the reader's link
    // and `F` already say: it is no text of the article.
    let summary = summary_html
        .map(|s| teaser::drop_marker(&clean_body(s, MAX_BODY_BYTES)))
        .filter(|s| !s.trim().is_empty());
    let content_html = entry
        .content
        .as_ref()
        .and_then(|c| c.body.as_deref())
        .map(|b| teaser::drop_marker(&clean_body(b, MAX_BODY_BYTES)))
        .filter(|b| !b.trim().is_empty());
    let text_sample = summary
        .as_deref()
        .or(content_html.as_deref())
        .map(|s| html_to_line(prefix(s, SAMPLE_BYTES), usize::MAX));
    let title = entry
        .title
        .as_ref()
        .map(|t| html_to_line(&t.content, MAX_TITLE_CHARS))
        .filter(|t| !t.is_empty())
        .or_else(|| {
            text_sample
                .as_deref()
                .map(title_from_text)
                .filter(|t| !t.is_empty())
        })
        .or_else(|| url.as_deref().map(|u| clean_line(u, MAX_TITLE_CHARS)))
        .unwrap_or_else(|| UNTITLED.to_owned());
    let published = entry.published.or(entry.updated);
    let lang = article_lang(entry, context, &title, text_sample.as_deref());
    NewArticle {
        dedup_key: dedup_key(entry, url.as_deref(), &title, published),
        title,
        url,
        author: authors(entry),
        published,
        text: Some(crate::text::plain::html_to_plain(
            content_html.as_deref().or(summary.as_deref()).unwrap_or(""),
        )),
        summary,
        content_html,
        lang,
    }
}

/// The entry's page: its first alternate link, else a GUID that is itself a web address.
fn article_url(entry: &Entry, context: &FeedContext) -> Option<String> {
    let bases = [
        entry.base.as_deref(),
        context.feed_link,
        Some(context.source_url),
    ];
    let from_link = page_link(&entry.links).and_then(|l| urls::resolve(&l.href, &bases));
    let url = from_link.or_else(|| real_id(entry).and_then(|id| urls::resolve(id, &[])))?;
    let url = urls::canonical(url.as_str());
    // A cut URL would lead somewhere else; an absurdly long one is dropped instead.
    (url.chars().count() <= MAX_LINE_CHARS && !url.chars().any(crate::text::sanitize::is_forbidden))
        .then_some(url)
}

/// The link to a human-readable page (not an enclosure, comments, or the feed itself).
fn page_link(links: &[Link]) -> Option<&Link> {
    links
        .iter()
        .find(|l| l.target.is_none() && matches!(l.rel.as_deref(), None | Some("alternate")))
}

/// The publisher's id, unless feed-rs had to invent one.
fn real_id(entry: &Entry) -> Option<&str> {
    let id = entry.id.trim();
    (!id.is_empty() && !id.starts_with(GENERATED_ID_PREFIX)).then_some(id)
}

fn dedup_key(
    entry: &Entry,
    url: Option<&str>,
    title: &str,
    published: Option<chrono::DateTime<chrono::Utc>>,
) -> String {
    if let Some(id) = real_id(entry)
        .map(|id| clean_line(id, MAX_LINE_CHARS))
        .filter(|id| !id.is_empty())
    {
        return id;
    }
    if let Some(url) = url {
        return url.to_owned();
    }
    let mut hasher = Sha256::new();
    hasher.update(title.as_bytes());
    hasher.update([0]);
    if let Some(published) = published {
        hasher.update(published.to_rfc3339().as_bytes());
    }
    let hex: String = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256:{hex}")
}

/// The configured language wins; then a recognised declaration; then a confident guess on the
/// entry; then, for an entry too short to judge, a guess on the whole feed.
fn article_lang(
    entry: &Entry,
    context: &FeedContext,
    title: &str,
    text: Option<&str>,
) -> Option<Lang> {
    if let Some(lang) = context.source.lang {
        return Some(lang);
    }
    let declared = entry
        .language
        .as_deref()
        .or(context.declared_lang)
        .and_then(Lang::from_tag);
    if declared.is_some() {
        return declared;
    }
    let mut sample = title.to_owned();
    if let Some(text) = text {
        sample.push_str(". ");
        sample.push_str(text);
    }
    match lang::detect(&sample) {
        Guess::Unsure => *context
            .feed_guess
            .get_or_init(|| feed_language_guess(context.feed)),
        guess => guess.lang(),
    }
}

/// Detection over the titles of the whole feed (bounded), for feeds of one-line entries.
fn feed_language_guess(feed: &Feed) -> Option<Lang> {
    let mut sample = String::new();
    for title in feed.entries.iter().filter_map(|e| e.title.as_ref()) {
        if sample.len() > SAMPLE_BYTES {
            break;
        }
        sample.push_str(&html_to_line(&title.content, MAX_TITLE_CHARS));
        sample.push_str(". ");
    }
    lang::detect(&sample).lang()
}

fn authors(entry: &Entry) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for person in &entry.authors {
        let raw = person
            .name
            .as_deref()
            .or(person.email.as_deref())
            .unwrap_or("");
        // RSS "email (Name)" authors reach here as "(Name)".
        let raw = raw
            .trim()
            .strip_prefix('(')
            .and_then(|r| r.strip_suffix(')'))
            .unwrap_or(raw);
        let name = clean_line(raw, MAX_LINE_CHARS);
        if !name.is_empty() && !names.contains(&name) {
            names.push(name);
        }
    }
    let joined: String = names.join(", ").chars().take(MAX_LINE_CHARS).collect();
    (!joined.is_empty()).then_some(joined)
}

/// The start of a text, cut at a word boundary, as a stand-in title.
fn title_from_text(text: &str) -> String {
    if text.chars().count() <= FALLBACK_TITLE_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(FALLBACK_TITLE_CHARS).collect();
    let at_word = cut
        .rfind(' ')
        .filter(|i| *i > FALLBACK_TITLE_CHARS / 2)
        .map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", at_word.trim_end())
}

/// At most `max` bytes of `s`, cut at a character boundary.
fn prefix(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalize_doc(doc: &str) -> NormalizedFeed {
        let url = "https://www.example.fr/feed.xml";
        let feed = super::super::parse::parse_feed(doc.as_bytes(), None, url).unwrap();
        let source = FeedSource {
            name: "t".into(),
            url: url.into(),
            lang: None,
            full_text: false,
        };
        normalize(&feed, &source, url)
    }

    #[test]
    fn a_missing_title_falls_back_to_text_then_link() {
        let long = "mot ".repeat(60);
        let doc = format!(
            "<rss version=\"2.0\"><channel><item><description>{long}</description></item>\
             <item><title> </title><link>/a?utm_source=x#top</link></item></channel></rss>"
        );
        let feed = normalize_doc(&doc);
        let from_text = &feed.articles[0].title;
        assert!(
            from_text.ends_with("mot…") && from_text.chars().count() <= FALLBACK_TITLE_CHARS + 1
        );
        assert_eq!(feed.articles[1].title, "https://www.example.fr/a");
        assert_eq!(feed.articles[1].dedup_key, "https://www.example.fr/a");
    }

    #[test]
    fn a_web_guid_stands_in_for_a_missing_link() {
        let doc = "<rss version=\"2.0\"><channel><item><title>t</title><guid>https://www.example.fr/p/1</guid></item></channel></rss>";
        assert_eq!(
            normalize_doc(doc).articles[0].url.as_deref(),
            Some("https://www.example.fr/p/1")
        );
    }

    #[test]
    fn authors_are_joined_once_each() {
        let doc = "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><item><title>t</title>\
            <dc:creator>Anne</dc:creator><dc:creator>Bob</dc:creator><dc:creator>Anne</dc:creator></item></channel></rss>";
        assert_eq!(
            normalize_doc(doc).articles[0].author.as_deref(),
            Some("Anne, Bob")
        );
    }
}

//! feed-rs model to sanitized `NewArticle`s: titles, links, dates, language, dedup keys.
use crate::model::{FeedSource, Lang, NewArticle};

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

/// Normalizes a parsed feed fetched from `source_url` for the subscription `source`.
pub fn normalize(
    feed: &feed_rs::model::Feed,
    source: &FeedSource,
    source_url: &str,
) -> NormalizedFeed {
    let _ = (feed, source, source_url);
    todo!()
}

/// Canonical form of a link for deduplication: tracking parameters (`utm_*`, `xtor`, `fbclid`…) and
/// the fragment dropped.
pub fn canonical_url(url: &str) -> String {
    let _ = url;
    todo!()
}

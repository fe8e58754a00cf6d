//! Text helpers shared by the writers: plain summaries, dates.
use crate::model::Article;
use crate::text::plain::html_to_plain;
use crate::text::sanitize::clean_line;
use chrono::{DateTime, Utc};

/// Longest summary exported, in characters: exports are digests, not archives.
const MAX_SUMMARY_CHARS: usize = 1_000;

/// The feed's summary (else the start of the text) as one line of plain text, sanitized.
pub fn plain_summary(article: &Article) -> String {
    let from_summary = article
        .summary_html
        .as_deref()
        .map(|html| clean_line(&html_to_plain(html), MAX_SUMMARY_CHARS))
        .filter(|s| !s.is_empty());
    from_summary.unwrap_or_else(|| clean_line(&article.text, MAX_SUMMARY_CHARS))
}

/// A single-line field (title, feed name, tag value) sanitized again before it leaves veille.
pub fn line(text: &str) -> String {
    clean_line(text, crate::text::sanitize::MAX_LINE_CHARS)
}

/// The date an article is filed under: published, else when veille fetched it.
pub fn article_date(article: &Article) -> DateTime<Utc> {
    article.summary.published.unwrap_or(article.fetched_at)
}

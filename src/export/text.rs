//! Text helpers shared by the writers: plain summaries, dates.
use crate::model::Article;
use crate::text::plain::html_to_plain;
use crate::text::sanitize::clean_line;
use chrono::{DateTime, Utc};

/// Longest summary exported, in characters: exports are digests, not archives.
const MAX_SUMMARY_CHARS: usize = 1_000;

/// The feed's summary (else the start of the text) as one line of plain text, sanitized; one
/// longer than [`MAX_SUMMARY_CHARS`] is cut after a word and ends in `…`, so that a digest's
/// reader knows there is more behind the link.
pub fn plain_summary(article: &Article) -> String {
    // Two more than kept: a text cut right after a word still shows it went on (" x").
    let from_summary = article
        .summary_html
        .as_deref()
        .map(|html| clean_line(&html_to_plain(html), MAX_SUMMARY_CHARS + 2))
        .filter(|s| !s.is_empty());
    let whole = from_summary.unwrap_or_else(|| clean_line(&article.text, MAX_SUMMARY_CHARS + 2));
    shortened(whole, MAX_SUMMARY_CHARS)
}

/// `text` itself when it has at most `max` characters, else its first words within `max - 1`
/// and `…` (a single word longer than that is cut where it must be).
fn shortened(text: String, max: usize) -> String {
    let Some((end, _)) = text.char_indices().nth(max) else {
        return text;
    };
    let (room, _) = text
        .char_indices()
        .nth(max.saturating_sub(1))
        .unwrap_or((end, ' '));
    let kept = &text[..room];
    let kept = match kept.rfind(' ') {
        Some(space) if space > 0 => kept[..space].trim_end(),
        _ => kept,
    };
    format!("{kept}…")
}

/// A single-line field (title, feed name, tag value) sanitized again before it leaves veille.
pub fn line(text: &str) -> String {
    clean_line(text, crate::text::sanitize::MAX_LINE_CHARS)
}

/// The date an article is filed under: published, else when veille fetched it.
pub fn article_date(article: &Article) -> DateTime<Utc> {
    article.summary.published.unwrap_or(article.fetched_at)
}

#[cfg(test)]
mod tests {
    use super::shortened;

    #[test]
    fn a_summary_cut_for_a_digest_ends_after_a_word_with_an_ellipsis() {
        let lead = "La mairie de Saint-Nazaire a été victime d'une cyberattaque par rançongiciel.";
        assert_eq!(shortened(lead.to_owned(), 100), lead);
        assert_eq!(
            shortened(lead.to_owned(), 40),
            "La mairie de Saint-Nazaire a été…"
        );
        assert_eq!(shortened("x".repeat(12), 10), format!("{}…", "x".repeat(9)));
    }
}

//! Bytes to a feed-rs model: charsets, junk before the XML declaration, stable ids.

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

/// Parses a fetched document. `content_type` is the HTTP header (its charset is used when the
/// document declares none); `source_url` resolves relative links.
pub fn parse_feed(
    bytes: &[u8],
    content_type: Option<&str>,
    source_url: &str,
) -> Result<feed_rs::model::Feed, ParseError> {
    let _ = (bytes, content_type, source_url);
    todo!()
}

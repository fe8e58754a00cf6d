//! OPML import and export of subscriptions.
use crate::model::FeedSource;

/// Why an OPML document could not be read.
#[derive(Debug, thiserror::Error)]
#[error("not a valid OPML document: {0}")]
pub struct OpmlError(pub String);

/// Every feed outline (with an http(s) `xmlUrl`) of an OPML document, nested outlines included.
pub fn parse_opml(text: &str) -> Result<Vec<FeedSource>, OpmlError> {
    let _ = text;
    todo!()
}

/// An OPML 2.0 document listing `feeds`.
pub fn write_opml(feeds: &[FeedSource]) -> String {
    let _ = feeds;
    todo!()
}

//! Feeds: HTTP fetching, parsing, normalisation and sanitizing of what strangers wrote.
pub mod fetch;
pub mod normalize;
pub mod opml;
pub mod parse;
pub mod sanitize;

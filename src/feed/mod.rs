//! Feeds: HTTP fetching, parsing, normalisation and sanitizing of what strangers wrote.
pub(crate) mod charset;
pub mod dates;
pub mod discover;
pub mod fetch;
pub mod fulltext;
mod lang;
pub mod normalize;
pub mod opml;
pub mod parse;
mod prolog;
mod salvage;
pub(crate) mod teaser;
mod urls;
mod xmlscan;

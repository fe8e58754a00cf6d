//! Editing the user's config file (subscriptions) while keeping its comments and layout.
use super::ConfigError;
use crate::model::FeedSource;
use std::path::Path;

/// Adds subscriptions to the user file at `path`, first copying the bundled list into it when the file
/// is missing or has no `feeds` array. Returns how many were added (duplicates by URL are skipped).
pub fn add_feeds(path: &Path, feeds: &[FeedSource]) -> Result<usize, ConfigError> {
    let _ = (path, feeds);
    todo!("config::edit::add_feeds")
}

/// Removes the subscription whose name or URL is `name_or_url`; returns the removed source.
pub fn remove_feed(path: &Path, name_or_url: &str) -> Result<Option<FeedSource>, ConfigError> {
    let _ = (path, name_or_url);
    todo!("config::edit::remove_feed")
}

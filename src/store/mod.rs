//! The article store: SQLite (WAL, busy timeout), migrations keyed on `PRAGMA user_version`, FTS5 search
//! with diacritics folded, feeds' fetch state, read/starred flags, tags, retention.
//!
//! Every method is one statement or one transaction, committed when it returns, so a killed process
//! never loses an acknowledged tag. Write transactions start `IMMEDIATE` so that a second process
//! (the TUI and a cron `veille fetch`) waits for the lock within the busy timeout instead of failing.
//!
//! Feeds are keyed by URL. `sync_feeds` returns only the configured subscriptions; feeds that left
//! the configuration keep their row and articles (they may be tagged) and still appear in `feeds()`.
use crate::model::Validators;
use crate::model::{FeedId, NewArticle};
use chrono::{DateTime, Utc};
use std::path::PathBuf;

mod articles;
mod attribution;
mod bulk;
mod feeds;
mod fts;
mod open;
mod pushed;
mod query;
mod rejections;
mod schema;
mod stories;
mod story_view;
mod tags;
mod time;
mod unplaced;

pub use articles::FeedWrite;
pub use bulk::{TagRow, tag_rows};
pub use feeds::Readdress;
pub use pushed::PushedObject;
pub use schema::{APPLICATION_ID, SCHEMA_VERSION};
pub use stories::{ClusterStats, StoryArticle, StorySummary};
pub use story_view::{StoryHead, StoryRow, StoryRowKind};
pub use unplaced::PlacingMark;

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file exists but is not an SQLite database (it is left untouched).
    #[error("{path} is not a veille database (file left untouched): {detail}")]
    NotADatabase {
        /// File.
        path: PathBuf,
        /// What SQLite said.
        detail: String,
    },
    /// The file is an SQLite database of another program (it is left untouched).
    #[error("{path} is an SQLite database of another program (file left untouched)")]
    Foreign {
        /// File.
        path: PathBuf,
    },
    /// The database was written by a newer veille.
    #[error("{path} was written by a newer veille (schema {found}, this one knows {known})")]
    TooNew {
        /// File.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// Ours.
        known: i64,
    },
    /// The file could not be opened or prepared (permissions, locks held too long, migration failure).
    #[error("cannot open {path}: {source}")]
    Open {
        /// File.
        path: PathBuf,
        /// What SQLite said.
        source: rusqlite::Error,
    },
    /// No feed has this id.
    #[error("no feed with id {id}")]
    UnknownFeed {
        /// The id asked for.
        id: i64,
    },
    /// No article has this id.
    #[error("no article with id {id}")]
    UnknownArticle {
        /// The id asked for.
        id: i64,
    },
    /// No story has this id.
    #[error("no story with id {id}")]
    UnknownStory {
        /// The id asked for.
        id: i64,
    },
    /// A tag value that is empty once trimmed.
    #[error("empty {facet} tag")]
    EmptyTag {
        /// Its facet (`actor`, `target`, `attack`).
        facet: &'static str,
    },
    /// Another process held the write lock for longer than the busy timeout.
    #[error("database is busy: another veille is writing; try again")]
    Busy,
    /// A read command found a database written by an older veille, which only a writing command
    /// (one that may take the write lock) upgrades.
    #[error(
        "{path} was written by an older veille (schema {found}, this one uses {known}): \
         run `veille fetch` or open the reader once to upgrade it"
    )]
    Outdated {
        /// File.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// Ours.
        known: i64,
    },
    /// Any other SQLite failure.
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
    /// The file could not be read, or its directory created.
    #[error("cannot access {path}: {source}")]
    Io {
        /// File or directory.
        path: PathBuf,
        /// Cause.
        source: std::io::Error,
    },
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        if is_busy(&e) {
            StoreError::Busy
        } else {
            StoreError::Sqlite(e)
        }
    }
}

/// SQLITE_BUSY ("database is locked") or SQLITE_LOCKED: someone else holds the lock.
pub(crate) fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// A subscription with its fetch state and counts.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredFeed {
    /// Identifier.
    pub id: FeedId,
    /// Configured name.
    pub name: String,
    /// Configured URL.
    pub url: String,
    /// Title the feed gives itself.
    pub title: Option<String>,
    /// Validators from the last successful fetch.
    pub validators: Validators,
    /// HTTP status of the last attempt.
    pub last_status: Option<u16>,
    /// Error of the last attempt, if it failed.
    pub last_error: Option<String>,
    /// When it was last fetched successfully (200 or 304).
    pub last_success: Option<DateTime<Utc>>,
    /// Not to be fetched before this time (server's Retry-After).
    pub retry_after: Option<DateTime<Utc>>,
    /// The first failed attempt since the last success (None while it works).
    pub failing_since: Option<DateTime<Utc>>,
    /// Unread articles.
    pub unread: u64,
    /// All articles.
    pub total: u64,
}

/// What one successful fetch of a feed brings to the store.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedUpdate {
    /// The feed's own title.
    pub title: Option<String>,
    /// Validators to send next time.
    pub validators: Validators,
    /// Its articles.
    pub articles: Vec<NewArticle>,
}

/// What applying a `FeedUpdate` changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateStats {
    /// Articles stored for the first time.
    pub new: usize,
    /// Articles already stored whose content changed.
    pub updated: usize,
    /// Articles the analyst worked on that their feed changed: kept as they were, the new
    /// version recorded beside them (a revision).
    pub revised: usize,
    /// Articles the feed still carries that retention purged before: not stored again.
    pub purged_before: usize,
    /// The new articles with their links, in feed order (for fetching their full text).
    pub new_links: Vec<(crate::model::ArticleId, Option<String>)>,
    /// Where each new article (in the order of `new_links`) is in the update's `articles`.
    pub new_positions: Vec<usize>,
}

/// Who applied a tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provenance {
    /// Typed or picked by the user.
    User,
    /// A suggestion the user accepted.
    Suggestion,
}

/// The open database.
pub struct Store {
    conn: rusqlite::Connection,
}

impl Provenance {
    /// The name stored in the `tags` table.
    pub fn as_str(self) -> &'static str {
        match self {
            Provenance::User => "user",
            Provenance::Suggestion => "suggestion",
        }
    }
}

#[cfg(test)]
mod tests;

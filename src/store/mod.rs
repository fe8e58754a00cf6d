//! The article store: SQLite (WAL, busy timeout), migrations keyed on `PRAGMA user_version`, FTS5 search
//! with diacritics folded, feeds' fetch state, read/starred flags, tags, retention.
use crate::feed::fetch::Validators;
use crate::model::{
    Article, ArticleId, ArticleSummary, Facet, FeedId, FeedSource, Filter, NewArticle,
};
use chrono::{DateTime, Utc};
use std::path::{Path, PathBuf};

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
    /// Any other SQLite failure.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The directory could not be created.
    #[error("cannot create {path}: {source}")]
    Io {
        /// Directory.
        path: PathBuf,
        /// Cause.
        source: std::io::Error,
    },
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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UpdateStats {
    /// Articles stored for the first time.
    pub new: usize,
    /// Articles already stored whose content changed.
    pub updated: usize,
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
    _conn: rusqlite::Connection,
}

impl Store {
    /// Opens (creating if missing) the database at `path`; refuses foreign or corrupt files.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let _ = path;
        todo!()
    }

    /// An in-memory store, for tests.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        todo!()
    }

    /// Makes sure every configured subscription has a row (keyed by URL, name updated) and returns them.
    pub fn sync_feeds(&mut self, sources: &[FeedSource]) -> Result<Vec<StoredFeed>, StoreError> {
        let _ = sources;
        todo!()
    }

    /// Every stored feed with state and counts, by name.
    pub fn feeds(&self) -> Result<Vec<StoredFeed>, StoreError> {
        todo!()
    }

    /// Applies a successful fetch in one transaction: articles upserted by dedup key, validators and
    /// status stored, error cleared.
    pub fn record_fetch(
        &mut self,
        feed: FeedId,
        update: &FeedUpdate,
    ) -> Result<UpdateStats, StoreError> {
        let _ = (feed, update);
        todo!()
    }

    /// Records a 304: success time and status only.
    pub fn record_not_modified(&mut self, feed: FeedId) -> Result<(), StoreError> {
        let _ = feed;
        todo!()
    }

    /// Records a failed attempt; stored articles and validators are kept.
    pub fn record_failure(
        &mut self,
        feed: FeedId,
        status: Option<u16>,
        error: &str,
        retry_after: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        let _ = (feed, status, error, retry_after);
        todo!()
    }

    /// Articles matching `filter`, newest first (published, else fetched), at most `limit`.
    pub fn list(
        &self,
        filter: &Filter,
        limit: Option<usize>,
    ) -> Result<Vec<ArticleSummary>, StoreError> {
        let _ = (filter, limit);
        todo!()
    }

    /// One whole article.
    pub fn article(&self, id: ArticleId) -> Result<Option<Article>, StoreError> {
        let _ = id;
        todo!()
    }

    /// Sets the read flag.
    pub fn set_read(&mut self, id: ArticleId, read: bool) -> Result<(), StoreError> {
        let _ = (id, read);
        todo!()
    }

    /// Sets the starred flag.
    pub fn set_starred(&mut self, id: ArticleId, starred: bool) -> Result<(), StoreError> {
        let _ = (id, starred);
        todo!()
    }

    /// Adds a tag (committed when this returns); false if it was already there.
    pub fn add_tag(
        &mut self,
        id: ArticleId,
        facet: Facet,
        value: &str,
        provenance: Provenance,
    ) -> Result<bool, StoreError> {
        let _ = (id, facet, value, provenance);
        todo!()
    }

    /// Removes a tag; false if it was not there.
    pub fn remove_tag(
        &mut self,
        id: ArticleId,
        facet: Facet,
        value: &str,
    ) -> Result<bool, StoreError> {
        let _ = (id, facet, value);
        todo!()
    }

    /// Deletes articles older than `cutoff` that are neither tagged nor starred; returns how many.
    pub fn purge_older_than(&mut self, cutoff: DateTime<Utc>) -> Result<usize, StoreError> {
        let _ = cutoff;
        todo!()
    }

    /// One page of the articles matching `filter`, newest first, skipping `offset` rows.
    pub fn list_page(
        &self,
        filter: &Filter,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<ArticleSummary>, StoreError> {
        let _ = (filter, offset, limit);
        todo!()
    }

    /// How many articles match `filter`.
    pub fn count(&self, filter: &Filter) -> Result<u64, StoreError> {
        let _ = filter;
        todo!()
    }
}

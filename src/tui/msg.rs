//! What reaches `update` (input, time, effect results) and what `update` asks the runtime to do.
use crate::model::{Article, ArticleId, ArticleSummary, Filter};
use chrono::{DateTime, Utc};
use ratatui::crossterm::event::{KeyEvent, MouseEvent};

/// Everything that can change the model.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// A key press (the runtime forwards presses only, not repeats' releases).
    Key(KeyEvent),
    /// A mouse event.
    Mouse(MouseEvent),
    /// The terminal's new size.
    Resize {
        /// Columns.
        width: u16,
        /// Rows.
        height: u16,
    },
    /// The time now, sent periodically: `update` never reads the clock.
    Tick(DateTime<Utc>),
    /// Feeds with their counts, for the sidebar.
    FeedsLoaded(Result<Vec<FeedCount>, String>),
    /// A page of the list, for the request `generation` at `offset`.
    PageLoaded {
        /// The list generation the request was made for.
        generation: u64,
        /// The first row's position in the whole result.
        offset: usize,
        /// The rows, and the total when it was asked for.
        result: Result<Page, String>,
    },
    /// An article asked for with request number `request`.
    ArticleLoaded {
        /// The request number.
        request: u64,
        /// The article (None if it was purged meanwhile).
        result: Result<Option<Box<Article>>, String>,
    },
    /// A flag change failed in the store.
    SaveFailed(String),
    /// One feed of the background refresh is done.
    RefreshProgress {
        /// Feeds done.
        done: usize,
        /// Feeds in the run.
        total: usize,
        /// The feed just done.
        feed: String,
    },
    /// The background refresh ended.
    RefreshFinished(Result<RefreshOutcome, String>),
    /// The browser could not be started.
    OpenFailed(String),
    /// The page's full text of an article was fetched and stored, or why not.
    FullTextLoaded {
        /// The article.
        id: ArticleId,
        /// `Err` holds the reason, naming the page.
        result: Result<(), String>,
    },
    /// SIGTERM or SIGHUP: leave now.
    Terminate,
}

/// A feed in the sidebar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedCount {
    /// Subscription name (what `Filter::feeds` takes).
    pub name: String,
    /// Unread articles.
    pub unread: u64,
    /// All articles.
    pub total: u64,
}

/// A page of list rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The rows, newest first.
    pub rows: Vec<ArticleSummary>,
    /// How many articles match the filter, when the request asked for it.
    pub total: Option<u64>,
}

/// What a finished refresh tells the user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RefreshOutcome {
    /// Articles stored for the first time.
    pub new: usize,
    /// Feeds that failed, with the reason.
    pub failed: Vec<(String, String)>,
}

/// Work for the runtime: database, network, browser, leaving.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Load the feeds and their counts.
    LoadFeeds,
    /// Load `limit` rows from `offset` (and count them all when `count`), answered by `PageLoaded`.
    LoadPage {
        /// The filter.
        filter: Filter,
        /// First row.
        offset: usize,
        /// Rows at most.
        limit: usize,
        /// The list generation, echoed back.
        generation: u64,
        /// Whether to count the matching articles too.
        count: bool,
    },
    /// Load one article, answered by `ArticleLoaded` with the same request number.
    LoadArticle {
        /// The article.
        id: ArticleId,
        /// The request number, echoed back.
        request: u64,
    },
    /// Store the read flag.
    SetRead {
        /// The article.
        id: ArticleId,
        /// The flag.
        read: bool,
    },
    /// Store the star.
    SetStarred {
        /// The article.
        id: ArticleId,
        /// The flag.
        starred: bool,
    },
    /// Refresh every feed in the background, reporting with `RefreshProgress` and `RefreshFinished`.
    Refresh,
    /// Open an http(s) URL in the browser.
    OpenLink(String),
    /// Fetch the article's page at `url`, store its main text, answer with `FullTextLoaded`.
    FetchFullText {
        /// The article.
        id: ArticleId,
        /// Its page (http or https).
        url: String,
    },
    /// Restore the terminal and leave.
    Quit,
}

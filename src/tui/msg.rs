//! What reaches `update` (input, time, effect results) and what `update` asks the runtime to do.
use crate::model::{Article, ArticleId, ArticleSummary, Facet, Filter};
use crate::store::{Provenance, TagRow};
use crate::tagging::Suggestions;
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
    /// The body of the article of reader request `request`, rendered at `width` columns.
    BodyRendered {
        /// The reader request the rendering was asked for.
        request: u64,
        /// The width it was rendered at.
        width: u16,
        /// The lines and links.
        body: Box<crate::text::layout::Body>,
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
    /// Another process changed the store (new articles from a cron fetch): reload what is shown.
    StoreChanged,
    /// An export finished: how many articles went to which file, or why it failed.
    Exported(Result<(usize, String), String>),
    /// The export's file exists and replacing it was not confirmed (its absolute path).
    ExportExists(String),
    /// A tag edit was committed by the worker (or failed): only now does the screen show it.
    TagsChanged(Result<TagChange, String>),
    /// The values already used in a facet, with their article counts (most used first).
    TagValuesLoaded {
        /// The facet.
        facet: Facet,
        /// Values and counts, or why they could not be read.
        result: Result<Vec<(String, u64)>, String>,
    },
    /// Suggestions for the article of reader request `request`.
    Suggested {
        /// The reader request the article was loaded with.
        request: u64,
        /// What the vocabulary found in its title and text.
        suggestions: Box<Suggestions>,
        /// The suggestions the user rejected for this article before (never offered again).
        rejected: Vec<(Facet, String)>,
        /// Why no suggestion could be made: the suggester failed on this article (a bug, said
        /// on the status line instead of ending the reader).
        failed: Option<String>,
    },
    /// Suggestions were rejected (or a rejection undone) and committed, or why not.
    RejectionsChanged(Result<RejectChange, String>),
    /// A note was written (or cleared, or put back by an undo) and committed, or why not.
    NoteSaved(Result<NoteChange, String>),
    /// The user's editor exited: the note it left for `id`, or why there is none.
    NoteEdited {
        /// The article.
        id: ArticleId,
        /// The file's text, or the editor's failure.
        result: Result<String, String>,
    },
    /// Read flags of several articles were committed (mark all read, or an undo), or why not.
    ReadChanged(Result<ReadChange, String>),
    /// An article was taken out of its story, or two stories merged, or why not.
    StoryChanged(Result<StoryEdit, String>),
    /// The list's cursor rested on an article long enough: the preview of reader request
    /// `request` may load it.
    PreviewDue {
        /// The reader request the preview was scheduled with.
        request: u64,
    },
    /// The store's answer to `N`/`P` beyond the loaded rows: the position and id of the next (or
    /// previous) unread article of the list of `generation`, if any.
    UnreadFound {
        /// The list generation the question was asked for.
        generation: u64,
        /// Position and id, or why the store could not say.
        result: Result<Option<(usize, ArticleId)>, String>,
    },
}

/// A committed note edit: what an undo puts back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteChange {
    /// The article.
    pub id: ArticleId,
    /// The note before the edit.
    pub before: Option<String>,
    /// The note now (trimmed; `None` when cleared).
    pub after: Option<String>,
    /// Whether the edit was an undo.
    pub undo: bool,
}

/// Committed read flags: the articles whose flag changed, what an undo flips back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadChange {
    /// The articles whose flag changed (those already so are not listed).
    pub ids: Vec<ArticleId>,
    /// The flag they now have.
    pub read: bool,
    /// Whether the edit was an undo.
    pub undo: bool,
}

/// A committed change to the rejected suggestions, exactly: what an undo reverts.
#[derive(Debug, Clone, PartialEq)]
pub struct RejectChange {
    /// Suggestions were rejected (else their rejection was lifted).
    pub rejected: bool,
    /// Article, facet and value of each; those already so are not listed.
    pub rows: Vec<TagRow>,
    /// Whether the change was an undo.
    pub undo: bool,
}

/// A committed tag edit, exactly: what an undo reverts.
#[derive(Debug, Clone, PartialEq)]
pub struct TagChange {
    /// Tags were added (else removed).
    pub added: bool,
    /// Who applied the added tags.
    pub provenance: Provenance,
    /// The tags that changed; those already there (or already gone) are not listed.
    pub rows: Vec<TagRow>,
    /// Tags the same edit changed the other way: the actors an added actor replaced (an article is
    /// attributed or unattributed, never both), or those an undo put back. One edit, one undo.
    pub replaced: Vec<TagRow>,
    /// The articles the edit was asked for (more than one for a bulk edit).
    pub articles: usize,
    /// Whether the edit was an undo.
    pub undo: bool,
}

/// A feed in the sidebar.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedCount {
    /// Subscription name (what `Filter::feeds` takes).
    pub name: String,
    /// Unread articles.
    pub unread: u64,
    /// All articles.
    pub total: u64,
    /// Why its last fetch failed, when it did.
    pub failure: Option<FeedFailure>,
}

/// A feed's last failed fetch, as the store keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedFailure {
    /// The reason (sanitized when shown: it may quote a server).
    pub reason: String,
    /// The HTTP status of the attempt, when there was one.
    pub status: Option<u16>,
    /// Its last successful fetch, if ever.
    pub last_success: Option<DateTime<Utc>>,
    /// Its first failed attempt since then.
    pub failing_since: Option<DateTime<Utc>>,
}

/// A page of list rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The rows, newest first.
    pub rows: Vec<ArticleSummary>,
    /// How many articles match the filter, when the request asked for it.
    pub total: Option<u64>,
    /// In the stories view, what each row stands for (empty for the article list).
    pub kinds: Vec<crate::store::StoryRowKind>,
    /// In the stories view, how many stories (an article alone is a story of one) match, when the
    /// request asked for the count: `total` counts rows, and an expanded story adds a row per
    /// article.
    pub stories: Option<u64>,
}

/// How the stories view asks for its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoriesPage {
    /// Stories whose articles are listed under them.
    pub expanded: Vec<i64>,
    /// The interface language: a story shows its newest article in it when it has one.
    pub prefer: crate::model::Lang,
}

/// A manual story decision committed by the worker (or why not).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoryEdit {
    /// An article was taken out of story `from` into a story of its own.
    TakenOut {
        /// The article.
        id: ArticleId,
        /// The story it left.
        from: i64,
    },
    /// Story `from` was merged into `into`.
    Merged {
        /// The story kept.
        into: i64,
        /// The story that went.
        from: i64,
    },
}

/// What a finished refresh tells the user.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RefreshOutcome {
    /// Articles stored for the first time.
    pub new: usize,
    /// Feeds that failed, with the reason.
    pub failed: Vec<(String, String)>,
    /// Articles retention removed after the run.
    pub purged: usize,
    /// Feeds their server moved for good (301, 308), with the new address, as `veille fetch`
    /// says them.
    pub moved: Vec<(String, String)>,
    /// Malformed items left out, over every feed.
    pub skipped: usize,
    /// The first feed that had some, and why its first was left out.
    pub first_skipped: Option<(String, String)>,
    /// Feeds not asked because their server said to wait (Retry-After), with the time until
    /// which they wait, as `veille fetch` names them.
    pub postponed: Vec<(String, DateTime<Utc>)>,
}

/// Work for the runtime, by who carries it out: each worker takes its own job type and matches it
/// whole, so the compiler checks that every effect has exactly one place where it runs.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Reads and writes on the database worker, in order.
    Db(DbJob),
    /// Tagging work, on the database worker too (in order with the other writes).
    Tag(TagJob),
    /// Network work, on the async runtime.
    Net(NetJob),
    /// An article body to lay out, on the renderer thread.
    Render(RenderBody),
    /// Open an http(s) URL in the browser.
    OpenLink(String),
    /// Edit a note in the user's editor, the terminal handed over meanwhile (by the event loop,
    /// which owns it), answered by `NoteEdited`.
    EditNote {
        /// The article.
        id: ArticleId,
        /// Its note now.
        text: String,
    },
    /// Send `msg` back after `delay` (a timer on the async runtime): how `update`, which never
    /// reads the clock, debounces.
    Later {
        /// How long to wait.
        delay: std::time::Duration,
        /// What to send then.
        msg: Box<Msg>,
    },
    /// Put this link (already checked by `clipboard::clean_link`) in the clipboard with an OSC 52
    /// sequence, written by the event loop, which owns the terminal.
    CopyToClipboard(String),
    /// Restore the terminal and leave.
    Quit,
}

/// Work for the database worker: loads and flag writes, answered in order.
#[derive(Debug, Clone, PartialEq)]
pub enum DbJob {
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
        /// Rows of the stories view instead of articles.
        stories: Option<StoriesPage>,
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
    /// Store the article's TLP for exports (`None`: the configured default).
    SetTlp {
        /// The article.
        id: ArticleId,
        /// The level.
        tlp: Option<crate::model::Tlp>,
    },
    /// Write (or with `None` clear) an article's note, answered by `NoteSaved` once committed.
    SetNote {
        /// The article.
        id: ArticleId,
        /// The note.
        note: Option<String>,
        /// Whether this undoes an edit.
        undo: bool,
    },
    /// Mark read every unread article matching `filter` in one transaction, answered by
    /// `ReadChanged`.
    MarkAllRead {
        /// The list's filter.
        filter: Filter,
    },
    /// Set the read flag of these articles in one transaction (an undo or a redo), answered by
    /// `ReadChanged`.
    SetReadMany {
        /// The articles.
        ids: Vec<ArticleId>,
        /// The flag.
        read: bool,
        /// Whether this undoes an edit (else it redoes one).
        undo: bool,
    },
    /// Set the read flag of every article of a story in one transaction, answered by
    /// `ReadChanged` (one undo step).
    SetStoryRead {
        /// The story.
        story: i64,
        /// The flag.
        read: bool,
    },
    /// Take an article out of its story by hand (kept across fetches), answered by
    /// `StoryChanged`.
    TakeOutOfStory {
        /// The article.
        id: ArticleId,
        /// Its story.
        from: i64,
    },
    /// Merge story `from` into `into` by hand (kept across fetches), answered by `StoryChanged`.
    MergeStories {
        /// The story kept.
        into: i64,
        /// The story that goes.
        from: i64,
    },
    /// Find the first unread article of the list of `filter` after (or before) position `from`,
    /// answered by `UnreadFound`.
    FindUnread {
        /// The list's filter (its sort included).
        filter: Filter,
        /// The selected position.
        from: usize,
        /// After it (else before).
        forward: bool,
        /// The list generation, echoed back.
        generation: u64,
    },
    /// Export the articles matching `filter` to `path`, answered by `Exported`.
    Export {
        /// The list's filter (search included): what is on screen.
        filter: Filter,
        /// The format.
        format: crate::export::Format,
        /// Where to write.
        path: String,
        /// The author and default TLP of STIX and MISP exports.
        options: crate::export::Options,
        /// Replace the file if it exists (else answered by `ExportExists`).
        overwrite: bool,
    },
}

/// Tagging work for the database worker: edits committed before they are reported, used values,
/// suggestions.
#[derive(Debug, Clone, PartialEq)]
pub enum TagJob {
    /// Add every tag to every article, committed before `TagsChanged` answers.
    AddTag {
        /// The articles.
        ids: Vec<ArticleId>,
        /// Facet and canonical value of each tag.
        tags: Vec<(Facet, String)>,
        /// Typed by the user or an accepted suggestion.
        provenance: Provenance,
    },
    /// Bulk tagging: add the tags to every article matching `filter` (ids read by the worker).
    AddTagWhere {
        /// The list's filter.
        filter: Filter,
        /// Facet and canonical value of each tag.
        tags: Vec<(Facet, String)>,
    },
    /// Remove exactly these tags, answered by `TagsChanged`.
    RemoveTag {
        /// Article, facet, value.
        rows: Vec<TagRow>,
        /// Tags to put back in the same edit: those the undone addition settled.
        restore: Vec<TagRow>,
        /// Whether this undoes an addition.
        undo: bool,
    },
    /// Put back tags an edit removed (the undo of a removal, or the redo of an undone addition),
    /// answered by `TagsChanged`.
    RestoreTags {
        /// Article, facet, value.
        rows: Vec<TagRow>,
        /// Whether this undoes an edit (else it redoes one).
        undo: bool,
    },
    /// Load the values used in a facet, answered by `TagValuesLoaded`.
    LoadTagValues(Facet),
    /// Reject suggestions for good (stored, never offered again), answered by `RejectionsChanged`.
    RejectSuggestions {
        /// Article, facet, value.
        rows: Vec<TagRow>,
    },
    /// Offer rejected suggestions again (the undo of a rejection), answered by `RejectionsChanged`.
    RestoreSuggestions {
        /// Article, facet, value.
        rows: Vec<TagRow>,
    },
    /// Compute suggestions for an article off the UI thread (and read what the user rejected for
    /// it), answered by `Suggested`.
    Suggest {
        /// The reader request, echoed back.
        request: u64,
        /// The article.
        id: ArticleId,
        /// The article's title.
        title: String,
        /// Its plain text.
        text: String,
        /// Its address: the outlet's country-code domain may give the victim's country.
        link: Option<String>,
    },
}

/// Network work, each job on its own store connection.
#[derive(Debug, Clone, PartialEq)]
pub enum NetJob {
    /// Refresh every feed in the background, reporting with `RefreshProgress` and `RefreshFinished`.
    Refresh,
    /// Fetch the article's page at `url`, store its main text, answer with `FullTextLoaded`.
    FetchFullText {
        /// The article.
        id: ArticleId,
        /// Its page (http or https).
        url: String,
    },
}

/// Render an article's body off the UI thread, answered by `BodyRendered`.
#[derive(Debug, Clone, PartialEq)]
pub struct RenderBody {
    /// The reader request, echoed back.
    pub request: u64,
    /// The body's HTML (empty when the article has none).
    pub html: String,
    /// Columns.
    pub width: u16,
    /// The article's URL, against which relative links resolve.
    pub base: Option<String>,
}

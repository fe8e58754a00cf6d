//! Every label and message of veille in English and French, the reader's and the command line's:
//! `{name}` marks a value filled in, `{n|one|other}` the form the number `n` takes (one plural rule
//! per language, below), `{key:action}` the key bound to an action (resolved against the user's
//! keymap, never written out: a remapped key must not leave a hint naming the old one). French
//! texts carry their typography: a no-break space before `:` and `?`/`!`, a narrow one before `;`,
//! and no-break spaces inside « » (a test checks every one).
//!
//! A hand-kept table rather than Project Fluent: two languages whose plural rules are one line
//! each, every text checked by the compiler (a variant, not a string id looked up at run time),
//! the no-break spaces visible as `\u{a0}` in review where a `.ftl` file hides them, and no
//! isolation marks around values (Fluent's default) to reach the terminal.
use crate::model::Lang;

pub mod help;

/// A piece of interface text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumIter)]
pub enum T {
    // The command line's texts (`Cli*`), then the reader's.
    /// Every line the command line writes on standard error: `{line}` after the program's name.
    CliLine,
    /// An error and its cause, `{context}` then `{cause}`.
    CliCause,
    /// A warning: `{message}`.
    CliWarning,
    /// The configuration file `{path}` named on purpose does not exist.
    CliNoConfigFile,
    /// The tag vocabulary could not be loaded.
    CliVocabulary,
    /// `veille suggest` was given an id and filters.
    CliSuggestBoth,
    /// `veille suggest` was given neither an id nor filters with `--json`.
    CliSuggestNeither,
    /// The database `{path}` could not be opened.
    CliCannotOpenDb,
    /// No database at `{path}` yet.
    CliNoDatabase,
    /// The async runtime could not start.
    CliRuntime,
    /// No article has the id `{id}`.
    CliNoArticle,
    /// `--since` is not before `--until`: no article can match.
    CliEmptyRange,
    /// `veille list --story ID` / the reader: no story has `{id}`.
    CliNoStory,
    /// `veille stories`: a story's line before its title.
    CliStoryLine,
    /// `veille stories`: why an article joined, `{why}`.
    CliStoryWhy,
    /// No subscription is named `{name}` (quoted).
    CliNoSubscription,
    /// The file `{path}` could not be read.
    CliCannotRead,
    /// The file `{path}` could not be written.
    CliCannotWrite,
    /// `veille stories` left `{n}` single-article stories out (by default, a story is several).
    CliStoriesSinglesLeftOut,
    /// `veille stories --min-articles {min}` left `{n}` smaller stories out.
    CliStoriesSmallerLeftOut,
    /// The default command without a terminal finds no article.
    CliEmptyStore,
    /// Article `{id}` has no link for its full text.
    CliNoLinkToFetch,
    /// Article `{id}` was deleted while its full text was fetched.
    CliDeletedMeanwhile,
    /// Another process held the database `{path}` too long.
    CliDbBusy,
    /// A write to the database `{path}` failed during a fetch.
    CliDbWriteFailed,
    /// A feed `{feed}` at `{url}` failed: `{reason}`.
    CliFeedFailed,
    /// A feed whose server answered 410 Gone, said after its failure: `{quoted}` is its name for
    /// a shell.
    CliFeedGone,
    /// A feed postponed until `{date}` by its server; `{quoted}` is its name for a shell.
    CliFeedPostponed,
    /// A warning about a feed `{feed}`: `{message}`.
    CliFeedWarning,
    /// `{feed}` was redirected for good to `{url}`; `{quoted}` and `{url_quoted}` for the hint.
    CliFeedMoved,
    /// `{feed}` had one malformed item, `{name}`, left out for `{reason}`.
    CliFeedSkippedOne,
    /// `{feed}` had `{n}` malformed items left out, the first `{name}` for `{reason}`.
    CliFeedSkippedMany,
    /// The fetch summary; `{more}` holds the parts said only when not zero.
    CliFetchSummary,
    /// Fetch summary: `{n}` feeds postponed.
    CliFetchPostponed,
    /// Fetch summary: `{n}` full texts fetched.
    CliFetchFullTexts,
    /// Fetch summary: `{n}` malformed items skipped.
    CliFetchSkipped,
    /// Fetch summary: `{n}` full texts failed.
    CliFetchFullTextsFailed,
    /// Fetch summary: retention removed `{n}` read articles older than `{days}` days.
    CliFetchPurged,
    /// Fetch summary: `{n}` worked-on articles changed by their feed.
    CliFetchRevised,
    /// A fetch's summary: `{n}` articles of the last `{days}` days, stored before stories, placed.
    CliFetchPlacedEarlier,
    /// A fetch's summary: `{n}` articles an interrupted fetch left without a story, placed.
    CliFetchPlacedUnplaced,
    /// `feeds list`: a feed whose last attempt failed with `{error}`.
    CliFeedStateFailed,
    /// `feeds list --failed` with no failing feed.
    CliNoFailure,
    /// `feeds list --failed`: a failure of unknown start.
    CliSinceUnknown,
    /// `feeds list --failed`: failing since `{date}`.
    CliSince,
    /// `feeds list --failed`: no HTTP status (the server never answered).
    CliNoAnswer,
    /// `feeds list --failed`: a `{status}` and its `{reason}`.
    CliStatusReason,
    /// `feeds list --failed`: one failing feed, on two lines.
    CliFailingFeed,
    /// `feeds add`: the URL `{url}` (quoted) does not parse.
    CliInvalidUrl,
    /// `feeds add`: the URL `{url}` (quoted) is not http(s).
    CliNotHttp,
    /// `feeds add`: `{url}` is already a subscription.
    CliAlreadySubscribed,
    /// `feeds add`: `{url}` answered with no feed (`{reason}`); nothing subscribed.
    CliNotAFeed,
    /// `feeds add`: `{url}` is a web page announcing no feed; nothing subscribed.
    CliPageWithoutFeed,
    /// `feeds add`: `{url}` answered `{status}` (404, 410: nothing there); nothing subscribed.
    CliFeedMissing,
    /// `feeds add`: `{page}` is a web page announcing the feed `{url}`, subscribed instead.
    CliFeedFound,
    /// `feeds add`: the feed's title could not be read (`{reason}`); named `{feed}` after its host.
    CliTitleUnreachable,
    /// `feeds add`: subscribed to `{feed}` at `{url}`, written in `{config}`.
    CliSubscribed,
    /// `feeds add` without `--lang`: the subscription takes `{lang}`, the language its feed
    /// declares; `{other}` is the other one.
    CliFeedLangDeclared,
    /// `feeds remove`: `{feed}` at `{url}` removed.
    CliUnsubscribed,
    /// `feeds set-url`: `{feed}` moved from `{old}` to `{url}` in `{config}`, its articles kept.
    CliFeedReaddressed,
    /// `feeds set-url` when the store already held a feed at `{url}` (an earlier subscription):
    /// `{n}` articles of `{old}` joined it, `{kept}` it already held stay under `{old}`.
    CliFeedReaddressedMerged,
    /// `feeds set-url`, merged: `{n}` articles the feed at the new address already held stay
    /// under `{old}` (appended to `CliFeedReaddressedMerged`; empty when none).
    CliFeedReaddressedKept,
    /// `feeds set-url`: `{url}` is already the address of the subscription `{feed}`.
    CliFeedUrlTaken,
    /// `feeds import`: `{n}` outlines skipped for their URL.
    CliImportUnusable,
    /// `feeds import`: no feed in `{file}`.
    CliImportNoFeed,
    /// `feeds import`: `{feed}` at `{url}` skipped, on a private address.
    CliImportPrivateSkipped,
    /// `feeds import`: every feed of `{file}` is on a private address.
    CliImportAllPrivate,
    /// `feeds import`: `{n}` feeds on private addresses skipped.
    CliImportPrivate,
    /// `feeds import`: `{added}` feeds added from `{file}`, `{already}` already there.
    CliImported,
    /// `feeds add`: the `{n}` bundled subscriptions were written too (the first edit of the file).
    CliAddBundled,
    /// `feeds import`: the `{n}` bundled subscriptions were written too.
    CliImportBundled,
    /// `feeds import --replace`: `{n}` subscriptions replaced.
    CliImportReplaced,
    /// `feeds import`: `{file}` is larger than `{max}` bytes.
    CliOpmlTooLarge,
    /// `veille tag` without a value.
    CliNothingToTag,
    /// An empty `{facet}` value.
    CliEmptyValue,
    /// A `{facet}` value `{typed}` (quoted) names several `{candidates}`.
    CliAmbiguous,
    /// `veille tag`: `{facet}` `{value}` added.
    CliTagAdded,
    /// `veille tag`: `{facet}` `{value}` was already there.
    CliTagAlready,
    /// `veille tag --remove`: `{facet}` `{value}` removed.
    CliTagRemoved,
    /// `veille tag`: `{facet}` `{value}` removed because the actor just added contradicts it
    /// (named actors and "unattributed").
    CliTagSettled,
    /// `veille tag --remove`: `{facet}` `{value}` was not there.
    CliTagAbsent,
    /// `veille tag`: the value as typed, `{typed}` (quoted), when it differs.
    CliTypedAs,
    /// `veille tag --tlp`: the article's TLP is `{level}`.
    CliTlp,
    /// `veille tag --tlp default`: the default TLP `{level}` applies.
    CliTlpDefault,
    /// `veille tag` and `suggest`: the actor facet.
    CliActor,
    /// `veille tag` and `suggest`: the target facet.
    CliTarget,
    /// `veille tag` and `suggest`: the attack-type facet.
    CliAttack,
    /// `veille suggest`: a sector.
    CliSector,
    /// `veille suggest`: a country.
    CliCountry,
    /// `veille suggest`: nothing found for article `{id}`.
    CliNoSuggestion,
    /// `veille suggest ID`: the suggester failed on article `{id}` (a bug).
    CliSuggestFailed,
    /// `veille suggest --json`: `{n}` articles left out, the suggester failed on them: `{ids}`.
    CliSuggestSkipped,
    /// `veille suggest`: `{value}` justified by `{term}` (quoted) in the title.
    CliInTitle,
    /// `veille suggest`: `{value}` justified by `{term}` (quoted) in the text.
    CliInText,
    /// `veille suggest`: `{value}` justified by the outlet's domain `{term}` (quoted) in the address.
    CliInLink,
    /// `veille suggest`: a suggestion of `{confidence}` rejected in the reader.
    CliRejected,
    /// `veille suggest`: a suggestion of `{confidence}` already among the article's tags.
    CliApplied,
    /// The suggestion matcher could not be built.
    CliMatcher,
    /// `veille note -`: standard input is not UTF-8 text.
    CliNoteStdin,
    /// `veille note`: an empty note for article `{id}`.
    CliNoteEmpty,
    /// `veille note`: a note of `{n}` bytes, more than `{max}`.
    CliNoteTooLong,
    /// `veille note`: the note of article `{id}` saved.
    CliNoteSaved,
    /// `veille note --clear`: the note of article `{id}` removed.
    CliNoteRemoved,
    /// `veille note --clear`: article `{id}` had no note.
    CliNoNote,
    /// `export --format misp-feed` without `-o DIR`.
    CliMispFeedNeedsDir,
    /// `export --format misp-feed`: what the feed in `{dir}` became.
    CliMispFeedWritten,
    /// `veille export -o`: `{n}` articles exported as `{format}` to `{path}`.
    CliExported,
    /// `push taxii`: the server refused `{id}`, saying `{message}`.
    CliRefusedWhy,
    /// `push taxii`: the server refused `{id}`.
    CliRefused,
    /// `push taxii`: `{n}` more refusals, not named.
    CliMoreRefused,
    /// `push taxii`: `{id}` of `{size}` bytes is over the server's `{limit}`.
    CliTooLarge,
    /// `push taxii`: `{n}` more objects too large, not named.
    CliMoreTooLarge,
    /// `push taxii`: `{n}` objects still pending after `{secs}` seconds.
    CliPending,
    /// `push taxii`: `{n}` objects changed without a new STIX version.
    CliSameVersion,
    /// `push taxii`: what was sent and what the server answered.
    CliPushSummary,
    /// `push taxii`: others can read `{path}`, which holds credentials.
    CliCredentialsReadable,
    // The errors of the library's modules, said by the command line.
    /// Store: `{path}` is not a veille database; SQLite said `{detail}`.
    ErrNotADatabase,
    /// Store: `{path}` is the SQLite database of another program.
    ErrForeign,
    /// Store: `{path}` was written by a newer veille (schema `{found}`, ours `{known}`).
    ErrTooNew,
    /// Store: `{path}` was written by an older veille (schema `{found}`, ours `{known}`).
    ErrOutdated,
    /// `{path}` could not be opened.
    ErrCannotOpen,
    /// `{path}` could not be read, or its directory created.
    ErrCannotAccess,
    /// Store: no feed has the id `{id}`.
    ErrUnknownFeed,
    /// Store: an empty `{facet}` tag.
    ErrEmptyTag,
    /// Store: another process holds the write lock.
    ErrBusy,
    /// Store: any other SQLite failure, `{error}`.
    ErrDatabase,
    /// Export: the output could not be written.
    ErrExportWrite,
    /// Export: the CSV writer failed.
    ErrExportCsv,
    /// Export: JSON serialization failed.
    ErrExportJson,
    /// Export: the `{format}` format writes a directory.
    ErrNeedsDirectory,
    /// OPML: the document does not parse, `{detail}`.
    ErrOpml,
    /// Sidebar: every article.
    ScopeAll,
    /// Sidebar: unread articles.
    ScopeUnread,
    /// Sidebar: starred articles.
    ScopeStarred,
    /// Sidebar: articles in French.
    ScopeFrench,
    /// Sidebar: articles in English.
    ScopeEnglish,
    /// Sidebar: articles with a tag.
    ScopeTagged,
    /// Sidebar pane title.
    FeedsTitle,
    /// List pane title, `{n}` articles.
    ListTitle,
    /// Reader pane title.
    ReaderTitle,
    /// Help overlay title.
    HelpTitle,
    /// Header: language filter off.
    LangAll,
    /// Header: unread-only filter on.
    UnreadOnly,
    /// Header: the applied search, `{q}`.
    SearchApplied,
    /// A page or an article is on its way.
    Loading,
    /// The list is empty because the store is.
    EmptyStore,
    /// The list is empty because of the filters.
    EmptyFilter,
    /// The list is empty because the feed chosen in the sidebar has no article stored yet.
    EmptyFeed,
    /// An article without date.
    Undated,
    /// The reader's author line, `{author}`.
    ByAuthor,
    /// The article has neither content nor summary.
    NoBody,
    /// The feed changed the open article `{n}` times after it was worked on; now titled `{title}`.
    ChangedByFeed,
    /// The search box prompt.
    SearchPrompt,
    /// Status-bar hint in the list when nothing else is to be said.
    Hints,
    /// Refresh under way: `{done}` of `{total}` feeds, last `{feed}`.
    Refreshing,
    /// `veille fetch`'s bar before any of its `{total}` feeds is done.
    RefreshStarting,
    /// `veille show`: the feed changed the article (`{n}` later versions) after it was worked on;
    /// the latest, fetched `{fetched}`, is titled `{title}` (two lines, each marked `!` by `show`).
    ShowChangedByFeed,
    /// Refresh done: `{new}` new articles, and the rest of what happened (`{more}`: moved feeds,
    /// skipped items, what retention removed; empty when nothing).
    RefreshDone,
    /// Refresh done: `{new}` new, `{n}` failed feeds, the first `{feed}` and its `{reason}`, and
    /// the rest of what happened (`{more}`, empty when nothing).
    RefreshFailures,
    /// A refresh is already running.
    RefreshBusy,
    /// The refresh could not run: `{error}`.
    RefreshError,
    /// A database or system error: `{error}`.
    Error,
    /// The article has no link.
    NoLink,
    /// The open article's TLP is now `{tlp}`.
    TlpSet,
    /// The open article's TLP is the default again, `{tlp}`.
    TlpDefault,
    /// The TLP key needs an open article.
    TlpNeedsReader,
    /// The link is not http(s): `{url}`.
    NotHttp,
    /// The browser was started for `{url}`.
    Opening,
    /// The browser could not start: `{error}`.
    OpenFailed,
    /// The suggester failed on the open article: `{error}`.
    SuggestFailed,
    /// No link numbered `{n}`.
    NoSuchLink,
    /// Digits typed so far `{n}`, waiting for more.
    LinkPending,
    /// Help: how to close it.
    HelpClose,
    /// Reader: the heading of the numbered links.
    Links,
    /// Marked as read.
    MarkedRead,
    /// Marked as unread.
    MarkedUnread,
    /// Starred.
    Starred,
    /// Unstarred.
    Unstarred,
    /// The actor facet.
    FacetActor,
    /// The target facet.
    FacetTarget,
    /// The attack-type facet.
    FacetAttack,
    /// A target that is a sector.
    FacetSector,
    /// A target that is a country.
    FacetCountry,
    /// Prompt title for one article: `{facet}`.
    PromptOne,
    /// Prompt title for a bulk edit: `{facet}`, `{n}` articles.
    PromptBulk,
    /// The tag prompt's title on a story: `{facet}` for its `{n}` articles.
    PromptStory,
    /// Prompt keys.
    PromptKeys,
    /// An ambiguous value `{value}`: pick a candidate.
    PromptAmbiguous,
    /// Values committed in this prompt: `{values}`.
    PromptApplied,
    /// Values sent, not yet committed: `{values}`.
    PromptSaving,
    /// Candidate from the organisations.
    KindOrganisation,
    /// Candidate from the sectors.
    KindSector,
    /// Candidate from the countries.
    KindCountry,
    /// Candidate from the values in use.
    KindUsed,
    /// Tags committed on one article: `{values}`.
    TagAdded,
    /// Tags committed on `{n}` articles: `{values}`.
    TagAddedBulk,
    /// Tags removed: `{values}`.
    TagRemoved,
    /// Said after an edit's tags: the actors the same edit took off, `{values}`.
    TagAlsoRemoved,
    /// Said after an edit's tags: the actors the same edit put back, `{values}`.
    TagAlsoRestored,
    /// Nothing changed.
    TagUnchanged,
    /// An edit was undone: `{values}`.
    TagUndone,
    /// No edit to undo.
    NothingToUndo,
    /// A tag edit failed: `{error}`.
    TagFailed,
    /// No article to tag.
    NoArticle,
    /// Bulk armed for `{n}` articles.
    BulkArmed,
    /// Bulk disarmed.
    BulkOff,
    /// Nothing to accept.
    NoSuggestion,
    /// The panel is empty.
    NoTags,
    /// Panel keys need the reader.
    OpenToEdit,
    /// A suggestion rejected: `{value}`.
    Rejected,
    /// The reader's tag panel heading.
    PanelTitle,
    /// The tag panel's keys, in parts joined by ` · `.
    PanelKeys,
    /// Evidence found in the title: `{term}`.
    InTitle,
    /// Evidence found in the text: `{term}`.
    InText,
    /// Evidence found in the article's address (the outlet's domain): `{term}`.
    InLink,
    /// `A` accepted `{n}` (several) high-confidence suggestions and left `{lower}` lower ones.
    AcceptedHigh,
    /// `A` accepted `{n}` (one) high-confidence suggestion and left `{lower}` lower ones.
    AcceptedHighOne,
    /// `A` found no high-confidence suggestion, `{lower}` lower ones.
    NoHighSuggestion,
    /// A suggestion's confidence: high.
    ConfidenceHigh,
    /// A suggestion of `{confidence}` whose value the vocabulary does not know: a victim or group
    /// proposed as the text writes it, which tagging adds as a new value.
    NewValue,
    /// A suggestion's confidence: medium.
    ConfidenceMedium,
    /// A suggestion's confidence: low.
    ConfidenceLow,
    /// The page at `{url}` is being fetched for its full text.
    FullTextFetching,
    /// The full text was fetched and stored.
    FullTextLoaded,
    /// The full text could not be had: `{error}`.
    FullTextFailed,
    /// The export prompt: `{format}`.
    ExportPrompt,
    /// The export prompt without its keys, when the whole one and the path do not fit.
    ExportPromptShort,
    /// `{count}` articles exported to `{path}`.
    Exported,
    /// The export failed: `{error}`.
    ExportFailed,
    /// The export's file `{path}` exists: a second Enter replaces it.
    ExportExists,
    /// `{value}` is not in the vocabulary: a second Enter keeps it as typed.
    ConfirmNewValue,
    /// The note editor's title, with its keys.
    NoteTitle,
    /// Before the note under the reader's header.
    NoteLabel,
    /// The note is on its way to the database.
    NoteSaving,
    /// The note was committed.
    NoteSaved,
    /// The note was cleared and committed.
    NoteCleared,
    /// An undo put the note back as it was.
    NoteUndone,
    /// The editor was closed without saving.
    NoteCancelled,
    /// The note could not be saved: `{error}` (the text stays in the editor).
    NoteFailed,
    /// The note key needs the article open in the reader.
    OpenToNote,
    /// Mark all read committed: `{n}` articles.
    MarkedAllRead,
    /// An undo put back `{n}` read flags.
    ReadUndone,
    /// Read flags could not be saved: `{error}`.
    ReadFailed,
    /// No unread article after (or before) the selection in the list.
    NoUnread,
    /// A failing feed `{feed}`: `{reason}`, its `{status}` and `{since}` parts.
    FeedFailing,
    /// Since when a feed fails (`{date}`), then its `{last}` success part.
    FeedFailingSince,
    /// With `confirm_quit`: the quit key was pressed once.
    ConfirmQuit,
    /// The HTTP status of a failed fetch, `{status}`.
    FeedHttpStatus,
    /// When a failing feed was last fetched, `{date}`.
    FeedLastSuccess,
    /// A failing feed never fetched.
    FeedNeverFetched,
    /// After a refresh: retention removed `{purged}` articles.
    RetentionRemoved,
    /// After a refresh: `{n}` feeds moved for good (301, 308), the first `{feed}` to `{url}`.
    RefreshMoved,
    /// After a refresh: `{n}` malformed items left out, the first in `{feed}` for `{reason}`.
    RefreshSkipped,
    /// After a refresh: `{n}` feeds not asked because their server said to wait (Retry-After),
    /// the first `{feed}` until `{time}`.
    RefreshPostponed,
    /// Redo with nothing undone.
    NothingToRedo,
    /// Header: the list is newest first.
    SortDate,
    /// Header: the list is sorted by feed.
    SortFeed,
    /// Header: the list is sorted by title.
    SortTitle,
    /// The failing-feeds overlay's title, `{n}` feeds.
    FailingTitle,
    /// The failing-feeds overlay when every feed answered.
    FailingNone,
    /// The failing-feeds overlay: how to close it.
    FailingClose,
    /// The link `{url}` was sent to the clipboard (OSC 52).
    LinkCopied,
    /// The link was refused for the clipboard: `{url}`.
    LinkNotCopied,
    /// Status-bar hint in the reader.
    HintsReader,
    /// Status-bar hint in the sidebar.
    HintsSidebar,
    /// Status-bar hint in a searched list.
    HintsSearch,
    /// Right of the search box: its keys (fixed, as in every prompt).
    HintsSearchBox,
    /// Status-bar hint under the tag prompt (its keys are fixed).
    HintsPrompt,
    /// Status-bar hint under the note editor.
    HintsNote,
    /// Status-bar hint under the help or the failing feeds.
    HintsOverlay,
    /// The preview was turned on.
    PreviewOn,
    /// The preview was turned off.
    PreviewOff,
    /// List pane title in the stories view, `{n}` rows.
    StoriesTitle,
    /// The list now shows stories.
    StoriesOn,
    /// The list shows articles again.
    StoriesOff,
    /// A story row: `{n}` sources.
    StorySources,
    /// The take-out key away from a story's article.
    TakeOutNeedsMember,
    /// The merge key outside the stories view.
    MergeNeedsStory,
    /// A story is marked for a merge.
    StoryMarked,
    /// The mark is withdrawn.
    StoryUnmarked,
    /// An article was taken out of its story.
    TakenOut,
    /// Two stories were merged.
    StoriesMerged,
    /// A take-out or merge failed: `{error}`.
    StoryEditFailed,
    /// Several articles (a story's) marked unread: `{n}`.
    MarkedUnreadMany,
    /// Why a member is in its story: the first.
    ReasonStarted,
    /// Same text as member `#{with}`.
    ReasonDuplicate,
    /// Placed by hand.
    ReasonManual,
    /// Story reason: a fragment's first article, tied in because `{by}` and `{with}` told the
    /// same incident.
    ReasonTied,
    /// Shared evidence with `#{with}`: `{what}`.
    ReasonShared,
    /// A near copy of `#{with}`.
    ReasonNearCopy,
}

impl T {
    /// The (English, French) pair.
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            T::CliLine => ("veille: {line}", "veille\u{a0}: {line}"),
            T::CliCause => ("{context}: {cause}", "{context}\u{a0}: {cause}"),
            T::CliWarning => ("warning: {message}", "avertissement\u{a0}: {message}"),
            T::CliNoConfigFile => (
                "the configuration file {path} does not exist (named by --config or VEILLE_CONFIG); create it, or let `veille feeds add` or `veille feeds import` create it",
                "le fichier de configuration {path} n'existe pas (nommé par --config ou VEILLE_CONFIG)\u{202f}; créez-le, ou laissez `veille feeds add` ou `veille feeds import` le créer",
            ),
            T::CliVocabulary => (
                "cannot load the tag vocabulary",
                "impossible de charger le vocabulaire des étiquettes",
            ),
            T::CliSuggestBoth => (
                "give an article id or FILTERS, not both (see `veille suggest --help`)",
                "donnez un numéro d'article ou des FILTERS, pas les deux (voir `veille suggest --help`)",
            ),
            T::CliSuggestNeither => (
                "give an article id, or FILTERS with --json for JSON lines (see `veille suggest --help`)",
                "donnez un numéro d'article, ou des FILTERS avec --json pour des lignes JSON (voir `veille suggest --help`)",
            ),
            T::CliCannotOpenDb => (
                "cannot open the database {path}",
                "impossible d'ouvrir la base de données {path}",
            ),
            T::CliNoDatabase => (
                "no database at {path} yet: nothing is stored (run `veille fetch`)",
                "pas encore de base de données à {path}\u{a0}: rien n'est enregistré (lancez `veille fetch`)",
            ),
            T::CliRuntime => (
                "cannot start the async runtime",
                "impossible de démarrer l'exécution asynchrone",
            ),
            T::CliEmptyRange => (
                "--since {since} is not before --until {until}: no article can match",
                "--since {since} n'est pas avant --until {until}\u{a0}: aucun article ne peut correspondre",
            ),
            T::CliNoArticle => (
                "no article with id {id} (see `veille list`)",
                "aucun article n'a le numéro {id} (voir `veille list`)",
            ),
            T::CliStoryLine => (
                "story {id}  {first} .. {last}  {langs}  {n} {n|article|articles}",
                "histoire {id}  {first} .. {last}  {langs}  {n} {n|article|articles}",
            ),
            T::CliStoryWhy => ("why: {why}", "pourquoi\u{a0}: {why}"),
            T::CliNoStory => (
                "no story with id {id} (see `veille stories`)",
                "aucune histoire n'a le numéro {id} (voir `veille stories`)",
            ),
            T::CliNoSubscription => (
                "no subscription named {name} (see `veille feeds list`)",
                "aucun abonnement nommé {name} (voir `veille feeds list`)",
            ),
            T::CliCannotRead => ("cannot read {path}", "impossible de lire {path}"),
            T::CliCannotWrite => ("cannot write {path}", "impossible d'écrire {path}"),
            T::CliStoriesSinglesLeftOut => (
                "{n} single {n|article|articles} left out (--min-articles 1 lists {n|it|them})",
                "{n} {n|article seul|articles seuls} non {n|listé|listés} (--min-articles 1 les liste)",
            ),
            T::CliStoriesSmallerLeftOut => (
                "{n} {n|story|stories} of fewer than {min} articles left out",
                "{n} {n|histoire|histoires} de moins de {min} articles non {n|listée|listées}",
            ),
            T::CliEmptyStore => (
                "No article stored yet: run `veille fetch` to fetch your subscriptions (see `veille --help`).",
                "Aucun article enregistré pour l'instant\u{a0}: lancez `veille fetch` pour récupérer vos abonnements (voir `veille --help`).",
            ),
            T::CliNoLinkToFetch => (
                "article {id} has no link to fetch its full text from",
                "l'article {id} n'a pas de lien d'où récupérer son texte intégral",
            ),
            T::CliDeletedMeanwhile => (
                "article {id} was deleted meanwhile",
                "l'article {id} a été supprimé entre-temps",
            ),
            T::CliDbBusy => (
                "cannot write to the database {path}; what it held before is kept",
                "impossible d'écrire dans la base de données {path}\u{202f}; ce qu'elle contenait est conservé",
            ),
            T::CliDbWriteFailed => (
                "cannot write to the database {path} (disk full?); what it held before is kept",
                "impossible d'écrire dans la base de données {path} (disque plein\u{a0}?)\u{202f}; ce qu'elle contenait est conservé",
            ),
            T::CliFeedFailed => ("{feed} ({url}): {reason}", "{feed} ({url})\u{a0}: {reason}"),
            T::CliFeedGone => (
                "{feed}: HTTP 410 is the server saying the feed is gone for good (`veille feeds remove {quoted}` unsubscribes it)",
                "{feed}\u{a0}: HTTP 410, le serveur dit ce flux supprimé pour de bon (`veille feeds remove {quoted}` le désabonne)",
            ),
            T::CliFeedPostponed => (
                "{feed} ({url}): postponed until {date}, as its server asked (`veille fetch --feed {quoted}` tries it now)",
                "{feed} ({url})\u{a0}: reporté jusqu'au {date}, à la demande de son serveur (`veille fetch --feed {quoted}` l'essaie maintenant)",
            ),
            T::CliFeedWarning => (
                "warning: {feed}: {message}",
                "avertissement\u{a0}: {feed}\u{a0}: {message}",
            ),
            T::CliFeedMoved => (
                "{feed} moved permanently to {url} (HTTP 301/308, followed at every fetch): `veille feeds set-url {quoted} {url_quoted}` subscribes to its new address, its articles kept",
                "{feed} a déménagé pour de bon à {url} (HTTP 301/308, suivi à chaque relève)\u{a0}: `veille feeds set-url {quoted} {url_quoted}` l'abonne à sa nouvelle adresse, ses articles conservés",
            ),
            T::CliFeedSkippedOne => (
                "warning: {feed}: 1 malformed item skipped, «{name}»: {reason}",
                "avertissement\u{a0}: {feed}\u{a0}: 1 élément mal formé ignoré, «\u{a0}{name}\u{a0}»\u{a0}: {reason}",
            ),
            T::CliFeedSkippedMany => (
                "warning: {feed}: {n} malformed items skipped (first: «{name}»: {reason})",
                "avertissement\u{a0}: {feed}\u{a0}: {n} éléments mal formés ignorés (premier\u{a0}: «\u{a0}{name}\u{a0}»\u{a0}: {reason})",
            ),
            T::CliFetchSummary => (
                "{feeds} {feeds|feed|feeds} in {secs} s: {new} new {new|article|articles}, {unchanged} unchanged, {failed} failed{more}",
                "{feeds} flux en {secs}\u{a0}s\u{a0}: {new} {new|nouvel article|nouveaux articles}, {unchanged} {unchanged|inchangé|inchangés}, {failed} en échec{more}",
            ),
            T::CliFetchPostponed => (", {n} postponed", ", {n} {n|reporté|reportés}"),
            T::CliFetchFullTexts => (
                ", {n} full {n|text|texts}",
                ", {n} {n|texte intégral|textes intégraux}",
            ),
            T::CliFetchSkipped => (
                ", {n} malformed {n|item|items} skipped",
                ", {n} {n|élément mal formé ignoré|éléments mal formés ignorés}",
            ),
            T::CliFetchFullTextsFailed => (
                ", {n} full {n|text|texts} failed",
                ", {n} {n|texte intégral en échec|textes intégraux en échec}",
            ),
            T::CliFetchPurged => (
                ", {n} read {n|article|articles} older than {days} days removed by retention",
                ", {n} {n|article lu|articles lus} de plus de {days}\u{a0}jours {n|supprimé|supprimés} par la rétention",
            ),
            T::CliFetchRevised => (
                ", {n} tagged, annotated or starred {n|article|articles} changed by {n|its|their} feed (kept as {n|it was|they were}; the new version is shown beside {n|it|them})",
                ", {n} {n|article étiqueté, annoté ou favori modifié par son flux (conservé tel quel, sa nouvelle version est montrée à côté)|articles étiquetés, annotés ou favoris modifiés par leur flux (conservés tels quels, leur nouvelle version est montrée à côté)}",
            ),
            T::CliFetchPlacedEarlier => (
                ", {n} {n|article|articles} of the last {days} days stored before stories placed in stories (older ones stay out of stories)",
                ", {n} {n|article|articles} des {days} derniers jours {n|enregistré|enregistrés} avant les histoires {n|placé|placés} dans des histoires (les plus anciens restent hors des histoires)",
            ),
            T::CliFetchPlacedUnplaced => (
                ", {n} {n|article|articles} left without a story by an interrupted fetch placed in stories",
                ", {n} {n|article laissé|articles laissés} sans histoire par une récupération interrompue {n|placé|placés} dans des histoires",
            ),
            T::CliFeedStateFailed => ("failed: {error}", "échec\u{a0}: {error}"),
            T::CliNoFailure => (
                "no feed failed at its last attempt",
                "aucun flux n'a échoué à sa dernière tentative",
            ),
            T::CliSinceUnknown => ("since ?", "depuis\u{a0}?"),
            T::CliSince => ("since {date}", "depuis le {date}"),
            T::CliNoAnswer => ("no answer", "pas de réponse"),
            T::CliStatusReason => ("{status}: {reason}", "{status}\u{a0}: {reason}"),
            T::CliFailingFeed => (
                "{feed} ({url})\n  failing {since}, {last}; {said}",
                "{feed} ({url})\n  en échec {since}, {last}\u{202f}; {said}",
            ),
            T::CliInvalidUrl => (
                "invalid feed URL {url}",
                "URL de flux invalide\u{a0}: {url}",
            ),
            T::CliNotHttp => (
                "invalid feed URL {url}: only http and https are supported",
                "URL de flux invalide {url}\u{a0}: seuls http et https sont acceptés",
            ),
            T::CliAlreadySubscribed => ("already subscribed: {url}", "déjà abonné\u{a0}: {url}"),
            T::CliNotAFeed => (
                "{url} is not a feed ({reason}): nothing subscribed (with --name it is subscribed unchecked)",
                "{url} n'est pas un flux ({reason})\u{a0}: aucun abonnement (avec --name, il est ajouté sans vérification)",
            ),
            T::CliPageWithoutFeed => (
                "{url} is a web page that announces no feed: nothing subscribed (with --name it is subscribed unchecked)",
                "{url} est une page web qui n'annonce aucun flux\u{a0}: aucun abonnement (avec --name, elle est ajoutée sans vérification)",
            ),
            T::CliFeedMissing => (
                "{url} answers HTTP {status}, no such page: nothing subscribed (with --name it is subscribed unchecked)",
                "{url} répond HTTP {status}, page introuvable\u{a0}: aucun abonnement (avec --name, elle est ajoutée sans vérification)",
            ),
            T::CliFeedFound => (
                "{page} is a web page; the feed it announces is {url}",
                "{page} est une page web\u{a0}; le flux qu'elle annonce est {url}",
            ),
            T::CliTitleUnreachable => (
                "could not read the feed's title ({reason}): named {feed} after its host; --name chooses another",
                "titre du flux illisible ({reason})\u{a0}: nommé {feed} d'après son hôte\u{a0}; --name en choisit un autre",
            ),
            T::CliSubscribed => (
                "subscribed to {feed} ({url}) in {config}",
                "abonné à {feed} ({url}) dans {config}",
            ),
            T::CliFeedLangDeclared => (
                "language: {lang}, as the feed declares it (--lang {other} says otherwise)",
                "langue\u{a0}: {lang}, celle que déclare le flux (--lang {other} en décide autrement)",
            ),
            T::CliUnsubscribed => (
                "unsubscribed from {feed} ({url}); its stored articles are kept",
                "désabonné de {feed} ({url})\u{202f}; ses articles enregistrés sont conservés",
            ),
            T::CliFeedReaddressed => (
                "{feed} now fetched from {url} (was {old}) in {config}; its stored articles, tags and read state stay with it",
                "{feed} est désormais relevé à {url} (au lieu de {old}) dans {config}\u{202f}; ses articles enregistrés, étiquettes et états de lecture le suivent",
            ),
            T::CliFeedReaddressedMerged => (
                "{feed} now fetched from {url} (was {old}) in {config}; the store already held that address's articles from an earlier subscription: {n} {n|article|articles} of {old} joined them with their tags and read state{kept}",
                "{feed} est désormais relevé à {url} (au lieu de {old}) dans {config}\u{202f}; l'historique contenait déjà les articles de cette adresse, d'un abonnement précédent\u{a0}: {n} {n|article|articles} de {old} les {n|a|ont} rejoints avec étiquettes et états de lecture{kept}",
            ),
            T::CliFeedReaddressedKept => (
                "; {n} {n|article|articles} it already held {n|stays|stay} under {old}, nothing deleted",
                "\u{202f}; {n} {n|article qu'il contenait déjà reste|articles qu'il contenait déjà restent} sous {old}, rien n'est supprimé",
            ),
            T::CliFeedUrlTaken => (
                "{url} is already the address of {feed}: nothing changed (`veille feeds remove` one of them first)",
                "{url} est déjà l'adresse de {feed}\u{a0}: rien n'est changé (`veille feeds remove` l'un des deux d'abord)",
            ),
            T::CliImportUnusable => (
                ", {n} skipped: not a plain http or https URL",
                ", {n} {n|ignoré|ignorés}\u{a0}: pas une simple URL http ou https",
            ),
            T::CliImportNoFeed => (
                "{file}: no feed (outline with an http or https xmlUrl) found{unusable}",
                "{file}\u{a0}: aucun flux trouvé (outline avec un xmlUrl http ou https){unusable}",
            ),
            T::CliImportPrivateSkipped => (
                "{file}: skipped {feed} ({url}): on a private address",
                "{file}\u{a0}: {feed} ({url}) ignoré\u{a0}: adresse privée",
            ),
            T::CliImportAllPrivate => (
                "{file}: every feed is on a private address ({n} skipped); set allow_private = true in [fetch] to import them",
                "{file}\u{a0}: tous les flux sont sur des adresses privées ({n} {n|ignoré|ignorés})\u{202f}; mettez allow_private = true dans [fetch] pour les importer",
            ),
            T::CliImportPrivate => (
                ", {n} on private addresses skipped (allow_private = true in [fetch] imports them)",
                ", {n} sur des adresses privées {n|ignoré|ignorés} (allow_private = true dans [fetch] les importe)",
            ),
            T::CliImported => (
                "imported {added} {added|feed|feeds} from {file} ({already} already subscribed{unusable}{private}) into {config}",
                "{added} {added|flux importé|flux importés} depuis {file} ({already} {already|déjà abonné|déjà abonnés}{unusable}{private}) dans {config}",
            ),
            T::CliAddBundled => (
                "the {n} bundled {n|subscription|subscriptions} in force {n|was|were} written beside it; `veille feeds remove NAME` drops one, `veille feeds import --replace FILE.opml` keeps only a list of yours",
                "{n} {n|abonnement fourni en vigueur a été écrit|abonnements fournis en vigueur ont été écrits} à côté\u{202f}; `veille feeds remove NOM` en retire un, `veille feeds import --replace FICHIER.opml` ne garde qu'une liste à vous",
            ),
            T::CliImportBundled => (
                "the {n} bundled subscriptions in force were written beside them; `veille feeds import --replace {file}` keeps only the file's",
                "les {n} abonnements fournis en vigueur ont été écrits à côté\u{202f}; `veille feeds import --replace {file}` ne garde que ceux du fichier",
            ),
            T::CliImportReplaced => (
                "replaced {n} {n|subscription|subscriptions} (their stored articles are kept)",
                "{n} {n|abonnement remplacé|abonnements remplacés} (leurs articles enregistrés sont conservés)",
            ),
            T::CliOpmlTooLarge => (
                "{file}: larger than {max} bytes, the most an OPML file may be",
                "{file}\u{a0}: plus de {max}\u{a0}octets, le maximum pour un fichier OPML",
            ),
            T::CliNothingToTag => (
                "nothing to tag: give --actor, --target, --attack or --tlp (see `veille tag --help`)",
                "rien à étiqueter\u{a0}: donnez --actor, --target, --attack ou --tlp (voir `veille tag --help`)",
            ),
            T::CliEmptyValue => ("empty {facet} value", "valeur vide pour {facet}"),
            T::CliAmbiguous => (
                "ambiguous {facet} {typed}: it names {candidates}; give one of these names",
                "valeur ambiguë pour {facet}, {typed}\u{a0}: elle désigne {candidates}\u{202f}; donnez l'un de ces noms",
            ),
            T::CliTagAdded => (
                "added {facet} {value}{from}",
                "ajouté\u{a0}: {facet} {value}{from}",
            ),
            T::CliTagAlready => (
                "already there: {facet} {value}{from}",
                "déjà présent\u{a0}: {facet} {value}{from}",
            ),
            T::CliTagRemoved => (
                "removed {facet} {value}{from}",
                "retiré\u{a0}: {facet} {value}{from}",
            ),
            T::CliTagSettled => (
                "removed {facet} {value}: an article is attributed or unattributed, not both",
                "retiré\u{a0}: {facet} {value} (un article est attribué ou non attribué, pas les deux)",
            ),
            T::CliTagAbsent => (
                "not there: {facet} {value}{from}",
                "absent\u{a0}: {facet} {value}{from}",
            ),
            T::CliTypedAs => (" (from {typed})", " (saisi {typed})"),
            T::CliTlp => ("tlp {level}", "les exports marquent cet article {level}"),
            T::CliTlpDefault => (
                "tlp default ({level})",
                "les exports marquent cet article de la TLP par défaut ({level})",
            ),
            T::CliActor => ("actor", "acteur"),
            T::CliTarget => ("target", "cible"),
            T::CliAttack => ("attack", "attaque"),
            T::CliSector => ("sector", "secteur"),
            T::CliCountry => ("country", "pays"),
            T::CliNoSuggestion => (
                "no suggestion for article {id}",
                "aucune suggestion pour l'article {id}",
            ),
            T::CliSuggestFailed => (
                "cannot suggest tags for article {id}",
                "impossible de suggérer des tags pour l'article {id}",
            ),
            T::CliSuggestSkipped => (
                "veille: {n} article(s) left out, the suggester failed on them (a bug): {ids}",
                "veille\u{a0}: {n} article(s) omis, les suggestions ont échoué (un bogue)\u{a0}: {ids}",
            ),
            T::CliInTitle => (
                "{value}  — {term} in the title",
                "{value}  — {term} dans le titre",
            ),
            T::CliInText => (
                "{value}  — {term} in the text",
                "{value}  — {term} dans le texte",
            ),
            T::CliInLink => (
                "{value}  — {term} in the address",
                "{value}  — {term} dans l’adresse",
            ),
            T::CliRejected => ("{confidence}, rejected", "{confidence}, rejetée"),
            T::CliApplied => ("{confidence}, applied", "{confidence}, appliquée"),
            T::CliMatcher => (
                "cannot build the suggestion matcher",
                "impossible de construire la recherche de suggestions",
            ),
            T::CliNoteStdin => (
                "cannot read the note from standard input (UTF-8 text expected)",
                "impossible de lire la note sur l'entrée standard (texte UTF-8 attendu)",
            ),
            T::CliNoteEmpty => (
                "the note is empty; `veille note {id} --clear` removes a note",
                "la note est vide\u{202f}; `veille note {id} --clear` retire une note",
            ),
            T::CliNoteTooLong => (
                "the note is {n} bytes; at most {max} are kept, so nothing was written",
                "la note fait {n}\u{a0}octets\u{202f}; {max} au plus sont gardés, rien n'a donc été écrit",
            ),
            T::CliNoteSaved => (
                "note saved on article {id}",
                "note enregistrée sur l'article {id}",
            ),
            T::CliNoteRemoved => (
                "note removed from article {id}",
                "note retirée de l'article {id}",
            ),
            T::CliNoNote => (
                "article {id} had no note",
                "l'article {id} n'avait pas de note",
            ),
            T::CliMispFeedNeedsDir => (
                "--format misp-feed writes a directory: give it with -o DIR",
                "--format misp-feed écrit un répertoire\u{a0}: donnez-le avec -o DIR",
            ),
            T::CliMispFeedWritten => (
                "MISP feed {dir}: {added} new, {updated} updated, {unchanged} unchanged events ({total} in the feed)",
                "flux MISP {dir}\u{a0}: {added} {added|nouvel événement|nouveaux événements}, {updated} {updated|mis à jour|mis à jour}, {unchanged} {unchanged|inchangé|inchangés} ({total} dans le flux)",
            ),
            T::CliExported => (
                "exported {n} {n|article|articles} as {format} to {path}",
                "{n} {n|article exporté|articles exportés} en {format} vers {path}",
            ),
            T::CliRefusedWhy => (
                "refused: {id}: {message}",
                "refusé\u{a0}: {id}\u{a0}: {message}",
            ),
            T::CliRefused => ("refused: {id}", "refusé\u{a0}: {id}"),
            T::CliMoreRefused => (
                "… and {n} more objects refused",
                "… et {n} {n|autre objet refusé|autres objets refusés}",
            ),
            T::CliTooLarge => (
                "not sent: {id} is {size} bytes, more than the {limit}-byte requests the server accepts",
                "non envoyé\u{a0}: {id} fait {size}\u{a0}octets, plus que les requêtes de {limit}\u{a0}octets qu'accepte le serveur",
            ),
            T::CliMoreTooLarge => (
                "… and {n} more objects too large to send",
                "… et {n} {n|autre objet trop gros pour être envoyé|autres objets trop gros pour être envoyés}",
            ),
            T::CliPending => (
                "{n} objects still pending after {secs} s: they are not recorded as accepted, so the next push sends them again",
                "{n} {n|objet toujours en attente|objets toujours en attente} après {secs}\u{a0}s\u{a0}: {n|il n'est pas noté comme accepté, le prochain envoi le renverra|ils ne sont pas notés comme acceptés, le prochain envoi les renverra}",
            ),
            T::CliSameVersion => (
                "note: {n} of the objects sent changed since their last push but kept their STIX version (modified); a server keeping one copy per id and version refuses them",
                "remarque\u{a0}: {n} des objets envoyés ont changé depuis leur dernier envoi sans changer de version STIX (modified)\u{202f}; un serveur qui garde une copie par identifiant et par version les refuse",
            ),
            T::CliPushSummary => (
                "{articles} {articles|article|articles}, {objects} {objects|STIX object|STIX objects} to {collection}: {sent} sent in {requests} {requests|request|requests} ({bytes} bytes), {accepted} accepted, {refused} refused, {pending} pending; {unchanged} unchanged, not sent",
                "{articles} {articles|article|articles}, {objects} {objects|objet STIX|objets STIX} vers {collection}\u{a0}: {sent} {sent|envoyé|envoyés} en {requests} {requests|requête|requêtes} ({bytes}\u{a0}octets), {accepted} {accepted|accepté|acceptés}, {refused} {refused|refusé|refusés}, {pending} en attente\u{202f}; {unchanged} {unchanged|inchangé, non envoyé|inchangés, non envoyés}",
            ),
            T::CliCredentialsReadable => (
                "{path} holds TAXII credentials and other users can read it (chmod 600 it, or use VEILLE_TAXII_PASSWORD or VEILLE_TAXII_TOKEN)",
                "{path} contient des identifiants TAXII et d'autres utilisateurs peuvent le lire (chmod 600, ou VEILLE_TAXII_PASSWORD ou VEILLE_TAXII_TOKEN)",
            ),
            T::ErrNotADatabase => (
                "{path} is not a veille database (file left untouched): {detail}",
                "{path} n'est pas une base de données veille (fichier laissé intact)\u{a0}: {detail}",
            ),
            T::ErrForeign => (
                "{path} is an SQLite database of another program (file left untouched)",
                "{path} est une base SQLite d'un autre programme (fichier laissé intact)",
            ),
            T::ErrTooNew => (
                "{path} was written by a newer veille (schema {found}, this one knows {known})",
                "{path} a été écrit par un veille plus récent (schéma {found}, celui-ci connaît le {known})",
            ),
            T::ErrOutdated => (
                "{path} was written by an older veille (schema {found}, this one uses {known}): run `veille fetch` or open the reader once to upgrade it",
                "{path} a été écrit par un veille plus ancien (schéma {found}, celui-ci utilise le {known})\u{a0}: lancez `veille fetch` ou ouvrez le lecteur une fois pour le mettre à jour",
            ),
            T::ErrCannotOpen => ("cannot open {path}", "impossible d'ouvrir {path}"),
            T::ErrCannotAccess => ("cannot access {path}", "impossible d'accéder à {path}"),
            T::ErrUnknownFeed => ("no feed with id {id}", "aucun flux n'a le numéro {id}"),
            T::ErrEmptyTag => ("empty {facet} tag", "étiquette {facet} vide"),
            T::ErrBusy => (
                "database is busy: another veille is writing; try again",
                "base de données occupée\u{a0}: un autre veille y écrit\u{202f}; réessayez",
            ),
            T::ErrDatabase => (
                "database error: {error}",
                "erreur de base de données\u{a0}: {error}",
            ),
            T::ErrExportWrite => ("cannot write the export", "impossible d'écrire l'export"),
            T::ErrExportCsv => (
                "cannot write the CSV export",
                "impossible d'écrire l'export CSV",
            ),
            T::ErrExportJson => (
                "cannot write the JSON export",
                "impossible d'écrire l'export JSON",
            ),
            T::ErrNeedsDirectory => (
                "the {format} format writes a directory: give it with -o DIR",
                "le format {format} écrit un répertoire\u{a0}: donnez-le avec -o DIR",
            ),
            T::ErrOpml => (
                "not a valid OPML document: {detail}",
                "document OPML invalide\u{a0}: {detail}",
            ),
            T::ScopeAll => ("All", "Tous"),
            T::ScopeUnread => ("Unread", "Non lus"),
            T::ScopeStarred => ("Starred", "Favoris"),
            // Each language named in itself, as language pickers do.
            T::ScopeFrench => ("Français", "Français"),
            T::ScopeEnglish => ("English", "English"),
            T::ScopeTagged => ("Tagged", "Étiquetés"),
            T::FeedsTitle => ("Feeds", "Flux"),
            T::ListTitle => ("Articles ({n})", "Articles ({n})"),
            T::ReaderTitle => ("Article", "Article"),
            T::HelpTitle => ("Keys", "Raccourcis"),
            T::LangAll => ("all languages", "toutes langues"),
            T::UnreadOnly => ("unread only", "non lus seulement"),
            T::SearchApplied => ("search: {q}", "recherche\u{a0}: {q}"),
            T::Loading => ("Loading…", "Chargement…"),
            T::EmptyStore => (
                "No articles yet. Press {key:refresh} to fetch the feeds.",
                "Aucun article pour l'instant. Appuyez sur {key:refresh} pour récupérer les flux.",
            ),
            T::EmptyFilter => (
                "No article matches. {key:back} clears the search, {key:next_pane} reaches the feeds.",
                "Aucun article ne correspond. {key:back} efface la recherche, {key:next_pane} mène aux flux.",
            ),
            T::EmptyFeed => (
                "Nothing stored from this feed yet: {key:refresh} fetches the feeds (the status bar says why a feed fails).",
                "Rien d'enregistré de ce flux pour l'instant\u{a0}: {key:refresh} récupère les flux (la barre d'état dit pourquoi un flux échoue).",
            ),
            T::Undated => ("undated", "sans date"),
            T::ByAuthor => ("by {author}", "par {author}"),
            T::ChangedByFeed => (
                "Feed changed it {n}× since you worked on it (kept as it was): {title}",
                "Modifié {n}× par le flux depuis votre travail (conservé tel quel)\u{a0}: {title}",
            ),
            T::NoBody => (
                "(The feed gives no text for this article: {key:open_link} opens it in the browser.)",
                "(Le flux ne donne aucun texte pour cet article\u{a0}: {key:open_link} l'ouvre dans le navigateur.)",
            ),
            T::SearchPrompt => ("Search: ", "Recherche\u{a0}: "),
            T::Hints => (
                "{key:help} help · {key:search} search · {key:next_unread} next unread · {key:mark_all_read} all read · {key:sort} sort · {key:refresh} refresh · {key:quit} quit",
                "{key:help} aide · {key:search} recherche · {key:next_unread} non lu · {key:mark_all_read} tout lu · {key:sort} trier · {key:refresh} actualiser · {key:quit} quitter",
            ),
            // {feed} is the last feed done, not one still waiting: a slow feed must not look
            // like the one before it.
            T::Refreshing => (
                "Refreshing: {done}/{total} feeds done, last {feed}",
                "Actualisation\u{a0}: {done}/{total} flux faits, dernier\u{a0}: {feed}",
            ),
            T::RefreshStarting => (
                "Refreshing: 0/{total} feeds done",
                "Actualisation\u{a0}: 0/{total} flux faits",
            ),
            T::RefreshDone => (
                "Refresh done: {new} new {new|article|articles}{more}",
                "Actualisation terminée\u{a0}: {new} {new|nouvel article|nouveaux articles}{more}",
            ),
            T::RefreshFailures => (
                "Refresh done: {new} new, {n} failed — {feed}: {reason}{more}",
                "Actualisation terminée\u{a0}: {new} {new|nouveau|nouveaux}, {n} en échec — {feed}\u{a0}: {reason}{more}",
            ),
            T::RefreshBusy => (
                "A refresh is already running",
                "Une actualisation est déjà en cours",
            ),
            T::RefreshError => (
                "Refresh failed: {error}",
                "Échec de l'actualisation\u{a0}: {error}",
            ),
            T::Error => ("Error: {error}", "Erreur\u{a0}: {error}"),
            T::NoLink => ("This article has no link", "Cet article n'a pas de lien"),
            T::TlpSet => (
                "Exports mark this article {tlp}",
                "Les exports marquent cet article {tlp}",
            ),
            T::TlpDefault => (
                "Exports mark this article with the default TLP ({tlp})",
                "Les exports marquent cet article de la TLP par défaut ({tlp})",
            ),
            T::TlpNeedsReader => (
                "Open an article to set its TLP",
                "Ouvrez un article pour choisir sa TLP",
            ),
            T::NotHttp => (
                "Not opened (not an http or https link): {url}",
                "Non ouvert (lien ni http ni https)\u{a0}: {url}",
            ),
            T::Opening => ("Opening {url}", "Ouverture de {url}"),
            T::OpenFailed => (
                "Cannot start the browser: {error}",
                "Impossible de lancer le navigateur\u{a0}: {error}",
            ),
            T::SuggestFailed => (
                "No suggestion for this article: {error}",
                "Pas de suggestion pour cet article\u{a0}: {error}",
            ),
            T::NoSuchLink => ("No link [{n}]", "Pas de lien [{n}]"),
            T::LinkPending => (
                "Link [{n}…]: another digit, or Enter",
                "Lien [{n}…]\u{a0}: un autre chiffre, ou Entrée",
            ),
            T::HelpClose => (
                "{key:back} or {key:help} closes this help",
                "{key:back} ou {key:help} ferme cette aide",
            ),
            T::Links => ("Links", "Liens"),
            T::MarkedRead => ("Marked as read", "Marqué comme lu"),
            T::MarkedUnread => ("Marked as unread", "Marqué comme non lu"),
            T::Starred => ("Added to starred", "Ajouté aux favoris"),
            T::Unstarred => ("Removed from starred", "Retiré des favoris"),
            T::FacetActor => ("Actor", "Acteur"),
            T::FacetTarget => ("Target", "Cible"),
            T::FacetAttack => ("Attack type", "Type d'attaque"),
            T::FacetSector => ("Sector", "Secteur"),
            T::FacetCountry => ("Country", "Pays"),
            T::PromptOne => ("{facet} — this article", "{facet} — cet article"),
            T::PromptBulk => (
                "{facet} — every article of the list ({n})",
                "{facet} — {n|l'article|tous les articles} de la liste ({n})",
            ),
            T::PromptStory => (
                "{facet} — every article of the story ({n})",
                "{facet} — {n|l'article|tous les articles} de l'histoire ({n})",
            ),
            T::PromptKeys => (
                "Enter applies · Tab/↓ picks · Esc closes",
                "Entrée applique · Tab/↓ choisit · Échap ferme",
            ),
            T::PromptAmbiguous => (
                "“{value}” names several entries: pick one",
                "«\u{a0}{value}\u{a0}» désigne plusieurs entrées\u{a0}: choisissez",
            ),
            T::PromptApplied => ("applied: {values}", "appliqué\u{a0}: {values}"),
            T::PromptSaving => ("saving: {values}", "enregistrement\u{a0}: {values}"),
            T::KindOrganisation => ("organisation", "organisation"),
            T::KindSector => ("sector", "secteur"),
            T::KindCountry => ("country", "pays"),
            T::KindUsed => ("in use", "déjà utilisé"),
            T::TagAdded => ("Tagged: {values}", "Étiqueté\u{a0}: {values}"),
            T::TagAddedBulk => (
                "Tagged {n} {n|article|articles}: {values}",
                "{n} {n|article étiqueté|articles étiquetés}\u{a0}: {values}",
            ),
            T::TagRemoved => ("Tag removed: {values}", "Étiquette retirée\u{a0}: {values}"),
            T::TagAlsoRemoved => ("; removed {values}", "\u{202f}; retiré\u{a0}: {values}"),
            T::TagAlsoRestored => ("; put back {values}", "\u{202f}; remis\u{a0}: {values}"),
            T::TagUnchanged => (
                "Nothing changed: already so",
                "Rien n'a changé\u{a0}: c'était déjà le cas",
            ),
            T::TagUndone => ("Undone: {values}", "Annulé\u{a0}: {values}"),
            T::NothingToUndo => ("Nothing to undo", "Rien à annuler"),
            T::NothingToRedo => ("Nothing to redo", "Rien à rétablir"),
            T::TagFailed => (
                "Tags not saved: {error}",
                "Étiquettes non enregistrées\u{a0}: {error}",
            ),
            T::NoArticle => ("No article selected", "Aucun article choisi"),
            T::BulkArmed => (
                "Bulk: the next {key:tag_actor}, {key:tag_target} or {key:tag_attack} tags the {n} articles of the list ({key:bulk_tag} cancels)",
                "En masse\u{a0}: le prochain {key:tag_actor}, {key:tag_target} ou {key:tag_attack} étiquette les {n} articles de la liste ({key:bulk_tag} annule)",
            ),
            T::BulkOff => ("Bulk tagging cancelled", "Étiquetage en masse annulé"),
            T::NoSuggestion => ("No suggestion to accept", "Aucune suggestion à accepter"),
            T::NoTags => (
                "This article has no tag nor suggestion",
                "Cet article n'a ni étiquette ni suggestion",
            ),
            T::OpenToEdit => (
                "Open the article ({key:open}) to pick its tags",
                "Ouvrez l'article ({key:open}) pour choisir ses étiquettes",
            ),
            T::Rejected => (
                "Suggestion rejected: {value}",
                "Suggestion rejetée\u{a0}: {value}",
            ),
            T::PanelTitle => ("Tags and suggestions", "Étiquettes et suggestions"),
            // Its parts are kept whole: the panel drops the last ones rather than cut a word.
            T::PanelKeys => (
                "{key:accept_suggestions} high ones · {key:accept_suggestion} one · {key:remove_tags} remove/reject · {key:tag_prev} {key:tag_next} move",
                "{key:accept_suggestions} les sûres · {key:accept_suggestion} une · {key:remove_tags} retirer/rejeter · {key:tag_prev} {key:tag_next} choisir",
            ),
            // French typography in the tag lines: no-break spaces inside the guillemets.
            T::InTitle => (
                "“{term}” in the title",
                "«\u{a0}{term}\u{a0}» dans le titre",
            ),
            T::InText => ("“{term}” in the text", "«\u{a0}{term}\u{a0}» dans le texte"),
            T::InLink => (
                "“{term}” in the address",
                "«\u{a0}{term}\u{a0}» dans l’adresse",
            ),
            T::AcceptedHigh => (
                "Accepted {n} high-confidence suggestions; {lower} lower left",
                "{n} suggestions de confiance élevée acceptées\u{202f}; moins sûres, restantes\u{a0}: {lower}",
            ),
            T::AcceptedHighOne => (
                "Accepted {n} high-confidence suggestion; {lower} lower left",
                "{n} suggestion de confiance élevée acceptée\u{202f}; moins sûres, restantes\u{a0}: {lower}",
            ),
            T::NoHighSuggestion => (
                "No high-confidence suggestion to accept; {lower} lower left: {key:accept_suggestion} accepts the highlighted one",
                "Aucune suggestion de confiance élevée à accepter\u{202f}; moins sûres\u{a0}: {lower} ({key:accept_suggestion} accepte celle choisie)",
            ),
            T::ConfidenceHigh => ("high", "élevée"),
            T::ConfidenceMedium => ("medium", "moyenne"),
            T::ConfidenceLow => ("low", "faible"),
            T::NewValue => ("{confidence}, new", "{confidence}, nouvelle valeur"),
            T::FullTextFetching => (
                "Fetching the full text from {url}…",
                "Récupération du texte intégral depuis {url}…",
            ),
            T::FullTextLoaded => (
                "Full text fetched and stored",
                "Texte intégral récupéré et enregistré",
            ),
            T::FullTextFailed => (
                "No full text: {error}",
                "Pas de texte intégral\u{a0}: {error}",
            ),
            T::ExportPrompt => (
                "Export as {format} (Tab: format, Esc: cancel) to: ",
                "Exporter en {format} (Tab\u{a0}: format, Échap\u{a0}: annuler) vers\u{a0}: ",
            ),
            T::ExportPromptShort => (
                "Export as {format} to: ",
                "Exporter en {format} vers\u{a0}: ",
            ),
            T::Exported => (
                "{count} {count|article|articles} exported to {path}",
                "{count} {count|article exporté|articles exportés} vers {path}",
            ),
            T::ExportFailed => ("Export failed: {error}", "Échec de l’export\u{a0}: {error}"),
            T::ConfirmNewValue => (
                "« {value} » is not in the vocabulary: Enter again creates it, Tab picks a known value",
                "«\u{a0}{value}\u{a0}» n'est pas dans le vocabulaire\u{a0}: Entrée de nouveau le crée, Tab choisit une valeur connue",
            ),
            T::ExportExists => (
                "{path} exists: Enter replaces it, Esc keeps it",
                "{path} existe\u{a0}: Entrée le remplace, Échap le garde",
            ),
            T::NoteTitle => (
                "Note — {key:save_note} save · Enter new line · {key:back} cancel",
                "Note — {key:save_note} enregistrer · Entrée nouvelle ligne · {key:back} annuler",
            ),
            T::NoteLabel => ("Note: ", "Note\u{a0}: "),
            T::NoteSaving => ("Saving…", "Enregistrement…"),
            T::NoteSaved => ("Note saved", "Note enregistrée"),
            T::NoteCleared => ("Note cleared", "Note effacée"),
            T::NoteUndone => ("Note put back as it was", "Note remise comme avant"),
            T::NoteCancelled => ("Note not changed", "Note inchangée"),
            T::NoteFailed => (
                "Note not saved: {error}",
                "Note non enregistrée\u{a0}: {error}",
            ),
            T::OpenToNote => (
                "Open the article ({key:open}) to write its note",
                "Ouvrez l'article ({key:open}) pour écrire sa note",
            ),
            T::MarkedAllRead => (
                "Marked read: {n} ({key:undo_tag} undoes)",
                "Marqués lus\u{a0}: {n} ({key:undo_tag} annule)",
            ),
            T::ReadUndone => (
                "Read flags put back: {n}",
                "États de lecture remis\u{a0}: {n}",
            ),
            T::ReadFailed => (
                "Read flags not saved: {error}",
                "États de lecture non enregistrés\u{a0}: {error}",
            ),
            T::NoUnread => (
                "No other unread article in the list",
                "Aucun autre article non lu dans la liste",
            ),
            T::FeedFailing => (
                "{feed} fails: {reason}{status} — {since}",
                "{feed} en échec\u{a0}: {reason}{status} — {since}",
            ),
            T::ConfirmQuit => (
                "Quit? {key:quit} again quits, any other key stays",
                "Quitter\u{a0}? {key:quit} de nouveau pour quitter, une autre touche pour rester",
            ),
            T::FeedFailingSince => ("since {date}, {last}", "depuis le {date}, {last}"),
            T::FeedHttpStatus => (" (HTTP {status})", " (HTTP {status})"),
            T::FeedLastSuccess => ("last success {date}", "dernier succès le {date}"),
            T::FeedNeverFetched => ("never fetched", "jamais récupéré"),
            T::ShowChangedByFeed => (
                "Changed by its feed after it was tagged, annotated or starred ({n} later {n|version|versions}); shown and exported: the version worked on.\nLatest version, fetched {fetched}: {title}",
                "Modifié par son flux après avoir été étiqueté, annoté ou mis en favori ({n} {n|version ultérieure|versions ultérieures})\u{202f}; affiché et exporté\u{a0}: la version travaillée.\nDernière version, relevée le {fetched}\u{a0}: {title}",
            ),
            T::RefreshMoved => (
                " · {n} {n|feed|feeds} moved for good, {feed} to {url} (veille feeds set-url)",
                " · {n} {n|flux a déménagé|flux ont déménagé} pour de bon, {feed} à {url} (veille feeds set-url)",
            ),
            T::RefreshSkipped => (
                " · {n} malformed {n|item|items} skipped, first in {feed}: {reason}",
                " · {n} {n|élément mal formé ignoré|éléments mal formés ignorés}, le premier dans {feed}\u{a0}: {reason}",
            ),
            T::RefreshPostponed => (
                " · {n} {n|feed|feeds} postponed at the server's request, {feed} until {time}",
                " · {n} {n|flux reporté|flux reportés} à la demande du serveur, {feed} jusqu'à {time}",
            ),
            T::RetentionRemoved => (
                " · retention removed {purged}",
                " · supprimés par la rétention\u{a0}: {purged}",
            ),
            T::SortDate => ("newest first", "plus récents d'abord"),
            T::SortFeed => ("by feed", "par flux"),
            T::SortTitle => ("by title", "par titre"),
            T::FailingTitle => ("Failing feeds ({n})", "Flux en échec ({n})"),
            T::FailingNone => (
                "No feed fails: each one answered at its last fetch.",
                "Aucun flux en échec\u{a0}: chacun a répondu à sa dernière récupération.",
            ),
            T::FailingClose => (
                "{key:back} or {key:failing_feeds} closes this list",
                "{key:back} ou {key:failing_feeds} ferme cette liste",
            ),
            T::LinkCopied => (
                "Link copied (if the terminal allows OSC 52): {url}",
                "Lien copié (si le terminal accepte OSC 52)\u{a0}: {url}",
            ),
            T::LinkNotCopied => (
                "Link not copied (not a plain http or https URL): {url}",
                "Lien non copié (pas une simple URL http ou https)\u{a0}: {url}",
            ),
            T::HintsReader => (
                "{key:back} back · {key:next_article} {key:prev_article} next/previous · {key:note} note · {key:copy_link} copy link · {key:help} help",
                "{key:back} retour · {key:next_article} {key:prev_article} autre article · {key:note} note · {key:copy_link} copier le lien · {key:help} aide",
            ),
            T::HintsSidebar => (
                "{key:open} show · {key:failing_feeds} failing feeds · {key:next_pane} articles · {key:help} help · {key:quit} quit",
                "{key:open} afficher · {key:failing_feeds} flux en échec · {key:next_pane} articles · {key:help} aide · {key:quit} quitter",
            ),
            T::HintsSearch => (
                "{key:back} clears the search · {key:search} search again · {key:next_unread} next unread · {key:help} help",
                "{key:back} efface la recherche · {key:search} autre recherche · {key:next_unread} non lu · {key:help} aide",
            ),
            T::HintsSearchBox => (
                "Enter applies · Esc cancels",
                "Entrée applique · Échap annule",
            ),
            T::HintsPrompt => (
                "Enter applies · Tab/↓ picks · Esc or Ctrl-C closes",
                "Entrée applique · Tab/↓ choisit · Échap ou Ctrl-C ferme",
            ),
            T::HintsNote => (
                "{key:save_note} saves · Enter new line · Esc or Ctrl-C cancels",
                "{key:save_note} enregistre · Entrée nouvelle ligne · Échap ou Ctrl-C annule",
            ),
            T::HintsOverlay => (
                "{key:back} closes · {key:down} {key:up} scroll",
                "{key:back} ferme · {key:down} {key:up} défiler",
            ),
            T::PreviewOn => (
                "Preview on: the reader follows the cursor (read once opened)",
                "Aperçu activé\u{a0}: le lecteur suit le curseur (lu une fois ouvert)",
            ),
            T::PreviewOff => ("Preview off", "Aperçu désactivé"),
            T::StoriesTitle => ("Stories ({n})", "Histoires ({n})"),
            T::StoriesOn => (
                "Stories: one row per story ({key:open} opens its articles, {key:stories} back to articles)",
                "Histoires\u{a0}: une ligne par histoire ({key:open} ouvre ses articles, {key:stories} revient aux articles)",
            ),
            T::StoriesOff => (
                "Articles: one row per article",
                "Articles\u{a0}: une ligne par article",
            ),
            T::StorySources => ("{n} {n|source|sources}", "{n} {n|source|sources}"),
            T::TakeOutNeedsMember => (
                "Open a story ({key:open}) and select one of its articles to take it out",
                "Ouvrez une histoire ({key:open}) et sélectionnez l'un de ses articles pour l'en sortir",
            ),
            T::MergeNeedsStory => (
                "Show the stories ({key:stories}) to merge two of them",
                "Affichez les histoires ({key:stories}) pour en fusionner deux",
            ),
            T::StoryMarked => (
                "Story marked: {key:merge_stories} on another story merges it there",
                "Histoire marquée\u{a0}: {key:merge_stories} sur une autre l'y fusionne",
            ),
            T::StoryUnmarked => ("Story no longer marked", "Histoire démarquée"),
            T::TakenOut => (
                "Taken out of its story (kept across fetches)",
                "Sorti de son histoire (gardé d'une collecte à l'autre)",
            ),
            T::StoriesMerged => (
                "Stories merged (kept across fetches)",
                "Histoires fusionnées (gardé d'une collecte à l'autre)",
            ),
            T::StoryEditFailed => (
                "Story not changed: {error}",
                "Histoire non modifiée\u{a0}: {error}",
            ),
            T::MarkedUnreadMany => (
                "Marked unread: {n} ({key:undo_tag} undoes)",
                "Marqués non lus\u{a0}: {n} ({key:undo_tag} annule)",
            ),
            T::ReasonStarted => ("first of the story", "premier de l'histoire"),
            T::ReasonDuplicate => ("same text as #{with}", "même texte que #{with}"),
            T::ReasonManual => ("placed by hand", "placé à la main"),
            T::ReasonTied => (
                "tied: #{by} and #{with} reported the same incident",
                "rattaché\u{a0}: #{by} et #{with} relatent le même incident",
            ),
            T::ReasonShared => ("like #{with}: {what}", "proche de #{with}\u{a0}: {what}"),
            T::ReasonNearCopy => ("near copy of #{with}", "quasi-copie de #{with}"),
        }
    }

    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        let (en, fr) = self.pair();
        match lang {
            Lang::En => en,
            Lang::Fr => fr,
        }
    }

    /// The text in `lang` with each `{name}` replaced by its value.
    pub fn fill(self, lang: Lang, values: &[(&str, &str)]) -> String {
        fill_values(self.get(lang).to_owned(), values, lang)
    }

    /// The text in `lang` with each `{name}` replaced by its value, shown as it displays: numbers
    /// pick their plural form as in [`T::fill`].
    pub fn say(self, lang: Lang, values: &[(&str, &dyn std::fmt::Display)]) -> String {
        let shown: Vec<(&str, String)> = values.iter().map(|(n, v)| (*n, v.to_string())).collect();
        let pairs: Vec<(&str, &str)> = shown.iter().map(|(n, v)| (*n, v.as_str())).collect();
        self.fill(lang, &pairs)
    }

    /// The text in `lang` with each `{key:action}` named from `keymap`.
    pub fn keyed(self, lang: Lang, keymap: &(impl KeyNames + ?Sized)) -> String {
        keymap.name_keys(self.get(lang), lang)
    }

    /// The text in `lang`, its keys named from `keymap`, then each `{name}` replaced by its value
    /// (in that order, so a value that looks like `{key:quit}` stays as it is).
    pub fn keyed_fill(
        self,
        lang: Lang,
        keymap: &(impl KeyNames + ?Sized),
        values: &[(&str, &str)],
    ) -> String {
        fill_values(self.keyed(lang, keymap), values, lang)
    }
}

/// What names the keys of `{key:action}` placeholders: the reader's keymap. The table does not
/// depend on the reader, so the command line uses it without the reader.
pub trait KeyNames {
    /// `text` with each `{key:action}` replaced by the name of the key bound to it, in `lang`.
    fn name_keys(&self, text: &str, lang: Lang) -> String;
}

/// Fills `{name}` with its value, and `{name|one|other}` with the form the number `name` takes in
/// `lang` (CLDR: in French 0 and 1 are singular, « 0 article exporté »; in English only 1 is).
/// Plural forms are chosen first, and values are put in one pass, so a value that looks like
/// `{n|a|b}` or `{path}` (a feed may be named so) is shown as it is.
fn fill_values(mut text: String, values: &[(&str, &str)], lang: Lang) -> String {
    for (name, value) in values {
        let open = format!("{{{name}|");
        while let Some(start) = text.find(&open) {
            let Some(len) = text[start..].find('}') else {
                break;
            };
            let forms = &text[start + open.len()..start + len];
            let (one, other) = forms.split_once('|').unwrap_or((forms, forms));
            let form = if is_singular(lang, value) { one } else { other }.to_owned();
            text.replace_range(start..start + len + 1, &form);
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let value = after.find('}').and_then(|end| {
            let name = &after[..end];
            let (_, value) = values.iter().find(|(n, _)| *n == name)?;
            Some((value, end))
        });
        match value {
            Some((value, end)) => {
                out.push_str(value);
                rest = &after[end + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Whether the number `value` takes the singular (CLDR category "one") in `lang`: French `i = 0,1`,
/// English `i = 1` (integers; what is not a number takes the plural).
fn is_singular(lang: Lang, value: &str) -> bool {
    match (lang, value.parse::<u64>()) {
        (Lang::Fr, Ok(n)) => n <= 1,
        (Lang::En, Ok(n)) => n == 1,
        (_, Err(_)) => false,
    }
}

/// `text` quoted for a sentence of `lang`: English as Rust debug-quotes it (`"Le Monde"`, what
/// the command line always printed), French between guillemets with no-break spaces.
pub fn quote(lang: Lang, text: &str) -> String {
    match lang {
        Lang::En => format!("{text:?}"),
        Lang::Fr => format!("«\u{a0}{text}\u{a0}»"),
    }
}

/// A decimal number with `decimals` digits after the separator of `lang` (`1.5`, `1,5`).
pub fn decimal(lang: Lang, value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    match lang {
        Lang::En => text,
        Lang::Fr => text.replace('.', ","),
    }
}

/// The name of a tag's facet on screen: its list when known for a target (`Country`, `Sector`),
/// else its facet (`Target`, `Actor`, `Attack type`).
pub fn facet_name(facet: crate::model::Facet, kind: Option<crate::tagging::Kind>) -> T {
    use crate::model::Facet;
    use crate::tagging::Kind;
    match (facet, kind) {
        (_, Some(Kind::Sector)) => T::FacetSector,
        (_, Some(Kind::Country)) => T::FacetCountry,
        (Facet::Actor, _) => T::FacetActor,
        (Facet::Target, _) => T::FacetTarget,
        (Facet::Attack, _) => T::FacetAttack,
    }
}

/// The interface language: `ui_lang` from the configuration when set, else the locale of the
/// environment ([`lang_from_locale`]). The reader and the command line both speak it.
pub fn interface_lang(ui_lang: Option<Lang>) -> Lang {
    ui_lang.unwrap_or_else(|| {
        let var = |name| std::env::var(name).ok();
        lang_from_locale(
            var("LC_ALL").as_deref(),
            var("LC_MESSAGES").as_deref(),
            var("LANG").as_deref(),
        )
    })
}

/// The interface language from the locale variables (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, the
/// first one set and non-empty): French for `fr*`, English otherwise.
pub fn lang_from_locale(
    lc_all: Option<&str>,
    lc_messages: Option<&str>,
    lang: Option<&str>,
) -> Lang {
    let locale = [lc_all, lc_messages, lang]
        .into_iter()
        .flatten()
        .find(|v| !v.is_empty())
        .unwrap_or("");
    if locale.to_ascii_lowercase().starts_with("fr") {
        Lang::Fr
    } else {
        Lang::En
    }
}

/// Why an article joined its story, in the interface language (names as the articles wrote them).
pub fn story_reason(reason: &crate::stories::Reason, lang: Lang) -> String {
    use crate::stories::Reason;
    match reason {
        Reason::Started => T::ReasonStarted.get(lang).to_owned(),
        Reason::Manual => T::ReasonManual.get(lang).to_owned(),
        Reason::Tied { by, with } => T::ReasonTied.fill(
            lang,
            &[("by", &by.to_string()), ("with", &with.to_string())],
        ),
        Reason::Duplicate { with } => T::ReasonDuplicate.fill(lang, &[("with", &with.to_string())]),
        Reason::Shared(e) if e.near_duplicate => {
            T::ReasonNearCopy.fill(lang, &[("with", &e.with.to_string())])
        }
        Reason::Shared(e) => {
            // A victim is often a shared name too ("stripe"): said once.
            let mut what: Vec<String> = Vec::new();
            for w in [&e.victims, &e.cves, &e.actors, &e.names, &e.numbers]
                .into_iter()
                .flatten()
            {
                if !what.contains(w) {
                    what.push(w.clone());
                }
            }
            let what = if what.is_empty() {
                format!("≈ {:.2}", e.similarity)
            } else {
                what.join(", ")
            };
            T::ReasonShared.fill(lang, &[("with", &e.with.to_string()), ("what", &what)])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;
    use strum::IntoEnumIterator;

    #[test]
    fn a_story_reason_names_what_is_shared_once() {
        // The reader showed « like #3: stripe, stripe »: the victim and the same proper noun.
        let e = crate::stories::decide::Evidence {
            with: 3,
            victims: vec!["stripe".into()],
            names: vec!["stripe".into(), "pear".into()],
            ..Default::default()
        };
        let reason = crate::stories::Reason::Shared(e);
        assert_eq!(story_reason(&reason, Lang::En), "like #3: stripe, pear");
        assert_eq!(
            story_reason(&reason, Lang::Fr),
            "proche de #3\u{a0}: stripe, pear"
        );
    }

    fn placeholders(s: &str) -> BTreeSet<String> {
        s.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
            // `{n|one|other}` is a plural of `n`: its forms differ by language.
            .map(|name| name.split('|').next().unwrap_or_default().to_owned())
            .collect()
    }

    #[test]
    fn every_text_has_both_languages_with_the_same_placeholders() {
        for t in T::iter() {
            let (en, fr) = (t.get(Lang::En), t.get(Lang::Fr));
            assert!(
                !en.trim().is_empty() && !fr.trim().is_empty(),
                "{t:?} is empty"
            );
            assert_eq!(
                placeholders(en),
                placeholders(fr),
                "{t:?}: placeholders differ"
            );
        }
    }

    #[test]
    fn every_key_placeholder_names_an_action() {
        for t in T::iter() {
            for lang in [Lang::En, Lang::Fr] {
                for name in placeholders(t.get(lang)) {
                    if let Some(action) = name.strip_prefix("key:") {
                        assert!(
                            crate::tui::keymap::Action::from_name(action).is_some(),
                            "{t:?}: {{{name}}} names no action"
                        );
                    }
                }
            }
        }
    }

    /// Where French typography wants a no-break space in `text` and has none: before `:` `;` `?`
    /// `!` that end a word (not in `{key:quit}`, `--clear` or a URL), and inside « ». Code between
    /// backquotes is left alone.
    pub(super) fn typography_faults(text: &str) -> Vec<String> {
        let mut faults = Vec::new();
        let mut in_code = false;
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let no_break = |c: Option<char>| matches!(c, Some('\u{a0}' | '\u{202f}'));
            match c {
                '`' => in_code = !in_code,
                _ if in_code => {}
                ':' | ';' | '?' | '!' => {
                    let ends_word = after.is_none_or(|a| a.is_whitespace() || a == ')');
                    if ends_word && !no_break(before) {
                        faults.push(format!("no no-break space before {c:?} at {i}"));
                    }
                }
                '«' if !no_break(after) => {
                    faults.push(format!("no no-break space after « at {i}"))
                }
                '»' if !no_break(before) => {
                    faults.push(format!("no no-break space before » at {i}"))
                }
                _ => {}
            }
            if matches!(c, ':' | ';' | '?' | '!' | '»') && before == Some(' ') {
                faults.push(format!("a breaking space before {c:?} at {i}"));
            }
        }
        faults
    }

    #[test]
    fn every_french_text_has_its_no_break_spaces() {
        for t in T::iter() {
            let faults = typography_faults(t.get(Lang::Fr));
            assert!(
                faults.is_empty(),
                "{t:?}: {faults:?} in {:?}",
                t.get(Lang::Fr)
            );
        }
        // The check itself finds what it is for.
        assert_eq!(typography_faults("Cible: x").len(), 1);
        assert_eq!(typography_faults("« x »").len(), 3);
        assert_eq!(typography_faults("Quitter ?").len(), 2);
        assert!(typography_faults("`veille note 1 --clear` ; {key:quit} https://x").len() == 2);
        assert!(typography_faults("Cible\u{a0}: «\u{a0}x\u{a0}»\u{202f}; `a: b`").is_empty());
    }

    #[test]
    fn french_quotes_and_decimals_follow_french_typography() {
        assert_eq!(quote(Lang::Fr, "Le Monde"), "«\u{a0}Le Monde\u{a0}»");
        assert_eq!(quote(Lang::En, "Le \"Monde\""), "\"Le \\\"Monde\\\"\"");
        assert_eq!(decimal(Lang::Fr, 1.25, 1), "1,2");
        assert_eq!(decimal(Lang::En, 1.25, 1), "1.2");
    }

    #[test]
    fn a_value_that_looks_like_a_placeholder_is_shown_as_it_is() {
        let s = T::CliFeedFailed.fill(
            Lang::En,
            &[
                ("feed", "{url}"),
                ("url", "https://x.example/"),
                ("reason", "{n}"),
            ],
        );
        assert_eq!(s, "{url} (https://x.example/): {n}");
    }

    #[test]
    fn fill_replaces_named_values() {
        let s = T::Refreshing.fill(
            Lang::Fr,
            &[("done", "3"), ("total", "9"), ("feed", "CERT-FR")],
        );
        assert_eq!(
            s,
            "Actualisation\u{a0}: 3/9 flux faits, dernier\u{a0}: CERT-FR"
        );
        let one = T::Exported.fill(Lang::Fr, &[("count", "1"), ("path", "/tmp/a.csv")]);
        assert_eq!(one, "1 article exporté vers /tmp/a.csv");
        let none = T::Exported.fill(Lang::Fr, &[("count", "0"), ("path", "/tmp/a.csv")]);
        assert_eq!(none, "0 article exporté vers /tmp/a.csv");
        let zero = T::Exported.fill(Lang::En, &[("count", "0"), ("path", "/tmp/a.csv")]);
        assert_eq!(zero, "0 articles exported to /tmp/a.csv");
        let many = T::Exported.fill(Lang::Fr, &[("count", "12"), ("path", "{count|x|y}")]);
        assert_eq!(many, "12 articles exportés vers {count|x|y}");
    }

    #[test]
    fn locale_picks_french_only_for_fr() {
        assert_eq!(lang_from_locale(None, None, Some("fr_FR.UTF-8")), Lang::Fr);
        assert_eq!(lang_from_locale(None, None, Some("fr_CA")), Lang::Fr);
        assert_eq!(lang_from_locale(None, None, Some("en_GB.UTF-8")), Lang::En);
        assert_eq!(lang_from_locale(None, None, None), Lang::En);
        assert_eq!(lang_from_locale(Some("C"), None, Some("fr_FR")), Lang::En);
        assert_eq!(
            lang_from_locale(Some(""), Some("fr_BE"), Some("en_US")),
            Lang::Fr
        );
    }
}

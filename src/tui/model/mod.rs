//! The TUI's model: small pieces of state, one per pane or concern, gathered in `App`.
use crate::model::{ArticleSummary, Filter, Lang};
use crate::tui::i18n::T;
use crate::tui::keymap::Keymap;
use crate::tui::theme::Theme;
use chrono::{DateTime, Utc};
use ratatui::layout::Rect;

pub mod export;
mod geometry;
pub mod input;
pub mod list;
pub mod note;
pub mod overlay;
pub mod reader;
pub mod sidebar;
pub mod stories;
pub mod tagging;
pub mod zone;

pub use export::ExportPrompt;
pub use input::{Edited, TextInput};
pub use list::ArticleList;
pub use note::NoteEditor;
pub use overlay::Overlay;
pub use reader::{OpenArticle, Reader};
pub use sidebar::{Scope, Sidebar};
pub use stories::StoriesView;
pub use tagging::{TagPrompt, Tagging};
pub use zone::Zone;

/// Which pane has the keyboard.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Pane {
    /// Feeds and saved filters.
    Sidebar,
    /// The article list.
    #[default]
    List,
    /// The reader.
    Reader,
}

/// Settings fixed for the session: language, keys, colours, export author and default TLP, tag
/// vocabulary.
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Interface language.
    pub lang: Lang,
    /// Key bindings.
    pub keymap: Keymap,
    /// Colours.
    pub theme: Theme,
    /// What `E` exports with: the `[export]` author and default TLP.
    pub export: crate::export::Options,
    /// The tag vocabulary (prompt completion, search terms, labels), built once by the caller.
    pub vocab: tagging::SharedVocabulary,
    /// The user's editor for notes (`$VISUAL`, else `$EDITOR`) as an argument vector; `None`: the
    /// inline editor.
    pub editor: Option<Vec<String>>,
    /// Quitting takes the quit key twice (`confirm_quit` in the configuration).
    pub confirm_quit: bool,
    /// The zone dates are shown in.
    pub zone: Zone,
    /// The list's order at start (`sort` in the configuration).
    pub sort: crate::model::Sort,
    /// The preview is on at start (`preview` in the configuration).
    pub preview: bool,
}

/// Filters layered on the sidebar's scope: language, unread only, search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListQuery {
    /// Language picked with `f`.
    pub lang: Option<Lang>,
    /// Unread only, toggled with `u`.
    pub unread_only: bool,
    /// The applied search.
    pub search: Option<String>,
    /// The order, cycled with `S` (kept for the session).
    pub sort: crate::model::Sort,
}

/// A status-bar message, kept as text id and values so it shows in the interface language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The text.
    pub text: T,
    /// Its `{name}` values.
    pub values: Vec<(&'static str, String)>,
    /// Drawn as an error.
    pub error: bool,
}

impl Notice {
    /// An informational message.
    pub fn info(text: T, values: Vec<(&'static str, String)>) -> Notice {
        Notice {
            text,
            values,
            error: false,
        }
    }

    /// An error message.
    pub fn error(text: T, values: Vec<(&'static str, String)>) -> Notice {
        Notice {
            text,
            values,
            error: true,
        }
    }

    /// The message in `lang`, naming keys as `keymap` binds them.
    pub fn render(&self, lang: Lang, keymap: &Keymap) -> String {
        let values: Vec<(&str, &str)> = self.values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.text.keyed_fill(lang, keymap, &values)
    }
}

/// The background refresh, as the gauge shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RefreshState {
    /// Whether a refresh runs.
    pub running: bool,
    /// Feeds done.
    pub done: usize,
    /// Feeds in the run (0 until the first report).
    pub total: usize,
    /// The last feed done.
    pub feed: String,
}

/// The whole model.
#[derive(Debug, Clone, PartialEq)]
pub struct App {
    /// Language, keys, colours.
    pub settings: Settings,
    /// Terminal size.
    pub size: Rect,
    /// The time of the last tick, for dates shown relative to today.
    pub now: Option<DateTime<Utc>>,
    /// The focused pane.
    pub focus: Pane,
    /// Feeds and saved filters.
    pub sidebar: Sidebar,
    /// Filters on top of the scope.
    pub query: ListQuery,
    /// The article list.
    pub list: ArticleList,
    /// The list as stories.
    pub stories: StoriesView,
    /// The reader.
    pub reader: Reader,
    /// The status message.
    pub notice: Option<Notice>,
    /// The background refresh.
    pub refresh: RefreshState,
    /// The help, search box or prompt that has the keyboard, if any.
    pub overlay: Overlay,
    /// Tag panel, suggestions, undo, bulk.
    pub tagging: Tagging,
    /// The export prompt as sent, given back if the file exists or cannot be written.
    pub pending_export: Option<ExportPrompt>,
    /// The quit key was pressed once with `confirm_quit`: pressing it again quits.
    pub quit_asked: bool,
}

impl App {
    /// A model for a terminal of `width` x `height`, nothing loaded yet.
    pub fn new(settings: Settings, width: u16, height: u16) -> App {
        let query = ListQuery {
            sort: settings.sort,
            ..ListQuery::default()
        };
        let reader = Reader {
            preview: settings.preview,
            ..Reader::default()
        };
        App {
            settings,
            size: Rect::new(0, 0, width, height),
            now: None,
            focus: Pane::List,
            sidebar: Sidebar::default(),
            query,
            list: ArticleList::default(),
            stories: StoriesView::default(),
            reader,
            notice: None,
            refresh: RefreshState::default(),
            overlay: Overlay::None,
            tagging: Tagging::default(),
            pending_export: None,
            quit_asked: false,
        }
    }

    /// The article the read, star, link and tag keys act on: the one in the reader when it has
    /// the focus, else the selected row.
    pub fn current_article(&self) -> Option<&ArticleSummary> {
        match (&self.focus, &self.reader.open) {
            (Pane::Reader, Some(open)) => Some(&open.article.summary),
            _ => self.list.selected_row(),
        }
    }

    /// The language filter in force: the sidebar's language scope, else the `f` filter.
    pub fn lang_filter(&self) -> Option<Lang> {
        match self.sidebar.active {
            Scope::Lang(lang) => Some(lang),
            _ => self.query.lang,
        }
    }

    /// Whether only unread articles are listed.
    pub fn unread_only(&self) -> bool {
        self.sidebar.active == Scope::Unread || self.query.unread_only
    }

    /// The store filter for the list.
    pub fn filter(&self) -> Filter {
        let (words, terms) = match &self.query.search {
            Some(search) => tagging::facet_terms(search, &self.settings.vocab),
            None => (String::new(), Vec::new()),
        };
        let synonyms = match &self.settings.vocab.0 {
            Some(vocab) if !words.trim().is_empty() => vocab.query_synonyms(&words),
            _ => Vec::new(),
        };
        let mut filter = Filter {
            lang: self.lang_filter(),
            unread: self.unread_only(),
            query: (!words.trim().is_empty()).then_some(words),
            synonyms,
            sort: self.query.sort,
            ..Filter::default()
        };
        // `/` accepts `actor:APT28`-style terms as well as words.
        for (facet, value) in terms {
            facet_values(&mut filter, facet).push(value);
        }
        match &self.sidebar.active {
            Scope::Starred => filter.starred = true,
            Scope::Tagged => filter.tagged = true,
            Scope::Feed(name) => filter.feeds = vec![name.clone()],
            Scope::Tag(facet, value) => facet_values(&mut filter, *facet).push(value.clone()),
            Scope::All | Scope::Unread | Scope::Lang(_) => {}
        }
        filter
    }
}

/// The values a filter requires in `facet`.
fn facet_values(filter: &mut Filter, facet: crate::model::Facet) -> &mut Vec<String> {
    match facet {
        crate::model::Facet::Actor => &mut filter.actors,
        crate::model::Facet::Target => &mut filter.targets,
        crate::model::Facet::Attack => &mut filter.attacks,
    }
}

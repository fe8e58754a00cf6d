//! The sidebar: saved filters, then each feed with its unread count.
use crate::model::{Facet, Lang};
use crate::tui::i18n::T;
use crate::tui::msg::FeedCount;

/// What the list is scoped to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Scope {
    /// Every article.
    #[default]
    All,
    /// Unread articles.
    Unread,
    /// Starred articles.
    Starred,
    /// Articles in one language.
    Lang(Lang),
    /// Articles with at least one tag.
    Tagged,
    /// One feed, by name.
    Feed(String),
    /// Articles carrying one tag value.
    Tag(Facet, String),
}

/// Tag values listed per facet in the sidebar (the most used).
pub const TAGS_PER_FACET: usize = 5;

/// A tag value in the sidebar with the number of articles carrying it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagCount {
    /// The facet.
    pub facet: Facet,
    /// The value.
    pub value: String,
    /// Articles carrying it.
    pub count: u64,
}

/// The saved filters, in the order shown.
pub const SAVED: [Scope; 6] = [
    Scope::All,
    Scope::Unread,
    Scope::Starred,
    Scope::Lang(Lang::Fr),
    Scope::Lang(Lang::En),
    Scope::Tagged,
];

impl Scope {
    /// The label of a saved filter (a feed's is its name).
    pub fn label(&self) -> Option<T> {
        Some(match self {
            Scope::All => T::ScopeAll,
            Scope::Unread => T::ScopeUnread,
            Scope::Starred => T::ScopeStarred,
            Scope::Lang(Lang::Fr) => T::ScopeFrench,
            Scope::Lang(Lang::En) => T::ScopeEnglish,
            Scope::Tagged => T::ScopeTagged,
            Scope::Feed(_) | Scope::Tag(..) => return None,
        })
    }
}

/// The sidebar's entries, cursor and active scope.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Sidebar {
    /// Feeds with their counts, by name.
    pub feeds: Vec<FeedCount>,
    /// The most used tag values of each facet, after the feeds.
    pub tags: Vec<TagCount>,
    /// The highlighted entry.
    pub cursor: usize,
    /// First entry on screen.
    pub scroll: usize,
    /// The scope the list shows.
    pub active: Scope,
}

impl Sidebar {
    /// Saved filters and feeds.
    pub fn len(&self) -> usize {
        SAVED.len() + self.feeds.len() + self.tags.len()
    }

    /// Whether there is no entry (never: the saved filters are always there).
    pub fn is_empty(&self) -> bool {
        false
    }

    /// The scope of an entry.
    pub fn scope(&self, index: usize) -> Option<Scope> {
        match index.checked_sub(SAVED.len()) {
            None => SAVED.get(index).cloned(),
            Some(i) => match i.checked_sub(self.feeds.len()) {
                None => self.feeds.get(i).map(|f| Scope::Feed(f.name.clone())),
                Some(t) => self
                    .tags
                    .get(t)
                    .map(|t| Scope::Tag(t.facet, t.value.clone())),
            },
        }
    }

    /// Replaces the listed values of `facet` with the most used of `values` (most used first).
    pub fn set_tag_values(&mut self, facet: Facet, values: &[(String, u64)]) {
        let current = self.scope(self.cursor);
        self.tags.retain(|t| t.facet != facet);
        self.tags
            .extend(values.iter().take(TAGS_PER_FACET).map(|(v, n)| TagCount {
                facet,
                value: v.clone(),
                count: *n,
            }));
        let order = |f: Facet| Facet::ALL.iter().position(|x| *x == f);
        // Stable: each facet keeps its most-used-first order.
        self.tags.sort_by_key(|t| order(t.facet));
        let index =
            current.and_then(|s| (0..self.len()).find(|&i| self.scope(i).as_ref() == Some(&s)));
        self.select(index.unwrap_or(self.cursor));
    }

    /// Unread articles over every feed.
    pub fn unread_total(&self) -> u64 {
        self.feeds.iter().map(|f| f.unread).sum()
    }

    /// Moves the cursor to `index`, within the entries.
    pub fn select(&mut self, index: usize) {
        self.cursor = index.min(self.len().saturating_sub(1));
    }

    /// Adjusts a feed's unread count after a read flag changed here.
    pub fn count_read(&mut self, feed: &str, now_read: bool) {
        if let Some(f) = self.feeds.iter_mut().find(|f| f.name == feed) {
            f.unread = if now_read {
                f.unread.saturating_sub(1)
            } else {
                f.unread + 1
            };
        }
    }

    /// Replaces the feeds, keeping the cursor on the same entry when it is still there.
    pub fn set_feeds(&mut self, feeds: Vec<FeedCount>) {
        let current = self.scope(self.cursor);
        self.feeds = feeds;
        let index =
            current.and_then(|s| (0..self.len()).find(|&i| self.scope(i).as_ref() == Some(&s)));
        self.select(index.unwrap_or(self.cursor));
    }

    /// Scrolls so the cursor is on screen in a viewport of `height` rows.
    pub fn ensure_visible(&mut self, height: usize) {
        let height = height.max(1);
        if self.cursor < self.scroll {
            self.scroll = self.cursor;
        } else if self.cursor >= self.scroll + height {
            self.scroll = self.cursor + 1 - height;
        }
        self.scroll = self.scroll.min(self.len().saturating_sub(height));
    }
}

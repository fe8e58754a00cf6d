//! The article list as a window over the store: a few pages around the selection, never every row.
use crate::model::{ArticleId, ArticleSummary};
use crate::store::StoryRowKind;
use crate::tui::msg::Page;
use std::collections::BTreeMap;

/// Rows asked for at once.
pub const PAGE: usize = 200;
/// The next page is asked for when the selection comes this close to the window's edge.
pub const PREFETCH: usize = 50;
/// Rows kept at most; beyond, the side far from the selection is dropped.
pub const MAX_ROWS: usize = 3 * PAGE;

/// The list's rows window, selection and outstanding request.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleList {
    /// Bumped at each new query; pages of another generation are stale.
    pub generation: u64,
    /// Position of `rows[0]` in the whole result.
    pub offset: usize,
    /// The loaded window.
    pub rows: Vec<ArticleSummary>,
    /// Matching articles in all, once known.
    pub total: Option<usize>,
    /// Position of the selected row in the whole result.
    pub selected: usize,
    /// Position of the first row on screen.
    pub scroll: usize,
    /// The page asked for and not yet received: (offset, limit).
    pub pending: Option<(usize, usize)>,
    /// An article to select again once the reloaded page arrives.
    pub keep: Option<ArticleId>,
    /// In the stories view, what each loaded row stands for, by position in the whole result.
    pub kinds: BTreeMap<usize, StoryRowKind>,
    /// In the stories view, how many stories match, once counted (rows count expanded members too).
    pub stories: Option<usize>,
    /// Open the selected row in the reader once its page arrives (`N` from the reader, beyond the
    /// rows loaded).
    pub open_when_loaded: bool,
}

impl ArticleList {
    /// Rows known to exist: the total, else what is loaded.
    pub fn len(&self) -> usize {
        self.total.unwrap_or(self.end())
    }

    /// Whether the list is known to be empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The row at a position, if loaded.
    pub fn row(&self, index: usize) -> Option<&ArticleSummary> {
        index
            .checked_sub(self.offset)
            .and_then(|i| self.rows.get(i))
    }

    /// The selected row, if loaded.
    pub fn selected_row(&self) -> Option<&ArticleSummary> {
        self.row(self.selected)
    }

    /// What the row at a position stands for in the stories view (`None` in the article list).
    pub fn kind(&self, index: usize) -> Option<&StoryRowKind> {
        self.kinds.get(&index)
    }

    /// What the selected row stands for in the stories view.
    pub fn selected_kind(&self) -> Option<&StoryRowKind> {
        self.kind(self.selected)
    }

    /// The loaded rows with their positions in the whole list.
    pub fn rows_with_index(&self) -> impl DoubleEndedIterator<Item = (usize, &ArticleSummary)> {
        self.rows
            .iter()
            .enumerate()
            .map(|(i, r)| (self.offset + i, r))
    }

    /// The loaded row of an article.
    pub fn find_mut(&mut self, id: ArticleId) -> Option<&mut ArticleSummary> {
        self.rows.iter_mut().find(|r| r.id == id)
    }

    /// Every loaded row of an article (in the stories view an article shows as its story's row
    /// and again under it when the story is expanded).
    pub fn find_all_mut(&mut self, id: ArticleId) -> impl Iterator<Item = &mut ArticleSummary> {
        self.rows.iter_mut().filter(move |r| r.id == id)
    }

    fn end(&self) -> usize {
        self.offset + self.rows.len()
    }

    /// Starts over for a new query; returns the first page to ask for.
    pub fn restart(&mut self) -> (usize, usize) {
        *self = ArticleList {
            generation: self.generation + 1,
            pending: Some((0, PAGE)),
            ..ArticleList::default()
        };
        (0, PAGE)
    }

    /// Asks again for the loaded window of the same query (new articles arrived), keeping the rows on
    /// screen and the selected article until the answer comes.
    pub fn reload(&mut self) -> (usize, usize) {
        self.generation += 1;
        self.keep = self.selected_row().map(|r| r.id);
        let request = (self.offset, self.rows.len().max(PAGE));
        self.pending = Some(request);
        request
    }

    /// Moves the selection to `index`, within the known rows.
    pub fn select(&mut self, index: usize) {
        self.selected = index.min(self.len().saturating_sub(1));
    }

    /// Moves the selection by `delta` rows.
    pub fn move_by(&mut self, delta: isize) {
        self.select(self.selected.saturating_add_signed(delta));
    }

    /// The page the selection needs next, if any (recording it as pending).
    pub fn next_request(&mut self) -> Option<(usize, usize)> {
        let inside = (self.offset..self.end()).contains(&self.selected);
        let adjoins = self
            .pending
            .is_some_and(|(o, l)| o == self.end() || o + l == self.offset || o == self.offset);
        if inside && !adjoins {
            // The selection came back into the window before a jump's page arrived: that page
            // would move the window away from it, so it is no longer wanted.
            self.pending = None;
        }
        let request = self.needed()?;
        self.pending = Some(request);
        Some(request)
    }

    fn needed(&self) -> Option<(usize, usize)> {
        let outside = self.selected < self.offset || self.selected >= self.end();
        if outside && !self.is_empty() {
            // A jump (G, a click on the scrollbar): a page centred on the selection supersedes any
            // request in flight, whose answer will then be dropped as not pending.
            let covered = self
                .pending
                .is_some_and(|(o, l)| (o..o + l).contains(&self.selected));
            if covered {
                return None;
            }
            let start = self.selected.saturating_sub(PAGE / 2);
            let start = match self.total {
                Some(total) => start.min(total.saturating_sub(PAGE)),
                None => start,
            };
            return Some((start, PAGE));
        }
        if self.pending.is_some() {
            return None;
        }
        let more_after = self.total.is_none_or(|t| self.end() < t);
        if more_after && self.selected + PREFETCH >= self.end() && !self.rows.is_empty() {
            return Some((self.end(), PAGE));
        }
        if self.offset > 0 && self.selected < self.offset + PREFETCH {
            let limit = PAGE.min(self.offset);
            return Some((self.offset - limit, limit));
        }
        None
    }

    /// Takes a page in if it answers the pending request of this generation; false if stale.
    pub fn accept(&mut self, generation: u64, offset: usize, page: Page) -> bool {
        if generation != self.generation {
            return false;
        }
        let Some((pending_offset, limit)) = self.pending.filter(|(o, _)| *o == offset) else {
            return false;
        };
        debug_assert_eq!(pending_offset, offset);
        self.pending = None;
        let count = page.rows.len();
        for (i, kind) in page.kinds.into_iter().enumerate() {
            self.kinds.insert(offset + i, kind);
        }
        if let Some(total) = page.total {
            self.total = usize::try_from(total).ok();
        }
        if let Some(stories) = page.stories {
            self.stories = usize::try_from(stories).ok();
        }
        if count < limit {
            // A short page is the end of the result, whatever the count said before.
            self.total = Some(offset + count);
        }
        if offset == self.end() && !self.rows.is_empty() {
            self.rows.extend(page.rows);
        } else if offset + count == self.offset && count > 0 {
            let mut rows = page.rows;
            rows.append(&mut self.rows);
            self.rows = rows;
            self.offset = offset;
        } else {
            self.rows = page.rows;
            self.offset = offset;
        }
        if let Some(id) = self.keep.take()
            && let Some(i) = self.rows.iter().position(|r| r.id == id)
        {
            self.selected = self.offset + i;
        }
        self.select(self.selected);
        self.trim();
        let window = self.offset..self.end();
        self.kinds.retain(|i, _| window.contains(i));
        true
    }

    /// Keeps at most `MAX_ROWS` rows, dropping the side farther from the selection.
    fn trim(&mut self) {
        let excess = self.rows.len().saturating_sub(MAX_ROWS);
        if excess == 0 {
            return;
        }
        let before = self.selected.saturating_sub(self.offset);
        let after = self.end().saturating_sub(self.selected);
        if before > after {
            self.rows.drain(..excess);
            self.offset += excess;
        } else {
            self.rows.truncate(MAX_ROWS);
        }
    }

    /// Scrolls so the selection is on screen in a viewport of `height` rows.
    pub fn ensure_visible(&mut self, height: usize) {
        let height = height.max(1);
        if self.selected < self.scroll {
            self.scroll = self.selected;
        } else if self.selected >= self.scroll + height {
            self.scroll = self.selected + 1 - height;
        }
        self.scroll = self.scroll.min(self.len().saturating_sub(height));
    }
}

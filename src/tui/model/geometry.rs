//! Pane sizes as `update` needs them (to page, scroll, wrap and map clicks), from the same
//! [`layout`] the view draws with.
use super::App;
use crate::tui::layout;

impl App {
    /// Where each pane is for the terminal's size and whether the reader is open.
    pub fn areas(&self) -> layout::Areas {
        self.areas_in(self.size)
    }

    /// Where each pane is in `size` (the frame the view draws in).
    pub fn areas_in(&self, size: ratatui::layout::Rect) -> layout::Areas {
        if self.previewing() {
            layout::preview_areas(size)
        } else {
            layout::areas(size, self.reader.is_open())
        }
    }

    /// Whether the reader shows a preview of the list's cursor (rather than an opened article).
    pub fn previewing(&self) -> bool {
        self.reader.preview && self.focus != super::Pane::Reader && self.reader.is_open()
    }

    /// Rows of the list on screen (its border excluded); while the reader hides it, as it will be
    /// when shown again, so its scroll position survives.
    pub fn list_height(&self) -> usize {
        let area = self.areas().list.or(layout::areas(self.size, false).list);
        area.map_or(1, |a| usize::from(layout::inner(a).height))
    }

    /// Rows of the sidebar on screen, likewise.
    pub fn sidebar_height(&self) -> usize {
        let area = self
            .areas()
            .sidebar
            .or(layout::areas(self.size, false).sidebar);
        area.map_or(1, |a| usize::from(layout::inner(a).height))
    }

    /// Rows the open article's note takes under the reader's header (0 without a note).
    pub fn note_rows(&self) -> u16 {
        let lines = self
            .reader
            .open
            .as_ref()
            .and_then(|o| o.article.note.as_deref())
            .map_or(0, |n| n.lines().count().max(1));
        u16::try_from(lines.min(super::note::NOTE_MAX_ROWS)).unwrap_or(0)
    }

    /// Rows of the reader's body on screen (the note takes the top ones, the tag panel, when shown,
    /// the bottom ones).
    pub fn reader_height(&self) -> usize {
        let panel = self
            .reader
            .open
            .as_ref()
            .map_or(0, |o| self.tagging.panel_rows(&o.article.summary.tags))
            + self.note_rows();
        self.areas().reader.map_or(1, |a| {
            usize::from(layout::reader_body(a).height.saturating_sub(panel)).max(1)
        })
    }

    /// Columns the article body is rendered at.
    pub fn reader_width(&self) -> u16 {
        let size = self.size;
        // Computed as if the reader were open, so the width is right before the article arrives.
        let open = if self.reader.preview && self.focus != super::Pane::Reader {
            layout::preview_areas(size)
        } else {
            layout::areas(size, true)
        };
        open.reader
            .map_or(size.width, |a| layout::reader_body(a).width)
    }
}

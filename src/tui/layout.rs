//! Where each pane goes for a terminal size: one pure function shared by `view` (to draw) and
//! `update` (to page, scroll and map mouse clicks), so both always agree.
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, Padding};

/// From this width on, the reader sits beside the list instead of replacing it.
pub const WIDE: u16 = 140;
/// Rows of the reader's fixed header (two of title, meta, URL, rule).
pub const READER_HEADER_ROWS: u16 = 5;

/// The panes of one frame; a pane not shown is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    /// The one-line header: filters and counts.
    pub header: Rect,
    /// Feeds and saved filters.
    pub sidebar: Option<Rect>,
    /// The article list.
    pub list: Option<Rect>,
    /// The reader.
    pub reader: Option<Rect>,
    /// The one-line status bar (search box, gauge, messages).
    pub status: Rect,
}

/// The panes while the reader previews the list's highlighted article: beside the list as when
/// open in a wide terminal; below it in a narrow one, so the list stays in sight.
pub fn preview_areas(size: Rect) -> Areas {
    if size.width >= WIDE {
        return areas(size, true);
    }
    let [header, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(size);
    let [list, reader] =
        Layout::vertical([Constraint::Percentage(40), Constraint::Percentage(60)]).areas(body);
    Areas {
        header,
        sidebar: None,
        list: Some(list),
        reader: Some(reader),
        status,
    }
}

/// The panes for a terminal of `size`, with or without the reader open.
pub fn areas(size: Rect, reader_open: bool) -> Areas {
    let [header, body, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(size);
    if reader_open && size.width < WIDE {
        return Areas {
            header,
            sidebar: None,
            list: None,
            reader: Some(body),
            status,
        };
    }
    let sidebar_width = (size.width / 5).clamp(18, 28);
    let [sidebar, rest] =
        Layout::horizontal([Constraint::Length(sidebar_width), Constraint::Min(0)]).areas(body);
    let (list, reader) = if reader_open {
        let [list, reader] =
            Layout::horizontal([Constraint::Percentage(45), Constraint::Percentage(55)])
                .areas(rest);
        (list, Some(reader))
    } else {
        (rest, None)
    };
    Areas {
        header,
        sidebar: Some(sidebar),
        list: Some(list),
        reader,
        status,
    }
}

/// The bordered block every pane is drawn in.
pub fn pane_block<'a>() -> Block<'a> {
    Block::bordered()
}

/// The reader's block: bordered, with a column of padding each side for legibility.
pub fn reader_block<'a>() -> Block<'a> {
    Block::bordered().padding(Padding::horizontal(1))
}

/// Inside a pane's border.
pub fn inner(area: Rect) -> Rect {
    pane_block().inner(area)
}

/// Inside the reader's border and padding.
pub fn reader_inner(area: Rect) -> Rect {
    reader_block().inner(area)
}

/// Where the reader's scrolling body is drawn, below its header.
pub fn reader_body(area: Rect) -> Rect {
    let inner = reader_inner(area);
    let [_, body] =
        Layout::vertical([Constraint::Length(READER_HEADER_ROWS), Constraint::Min(0)]).areas(inner);
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn narrow_terminal_reader_replaces_list_and_sidebar() {
        let size = Rect::new(0, 0, 80, 24);
        let closed = areas(size, false);
        assert!(closed.sidebar.is_some() && closed.list.is_some() && closed.reader.is_none());
        let open = areas(size, true);
        assert_eq!((open.sidebar, open.list), (None, None));
        assert_eq!(open.reader.map(|r| r.width), Some(80));
    }

    #[test]
    fn wide_terminal_shows_three_panes_side_by_side() {
        let open = areas(Rect::new(0, 0, 160, 48), true);
        let (sidebar, list, reader) = (
            open.sidebar.unwrap_or_default(),
            open.list.unwrap_or_default(),
            open.reader.unwrap_or_default(),
        );
        assert_eq!(sidebar.right(), list.x);
        assert_eq!(list.right(), reader.x);
        assert_eq!(reader.right(), 160);
        assert_eq!(open.status.y, 47);
    }
}

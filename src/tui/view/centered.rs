//! A box over the screen's middle for the overlays that list lines (help, failing feeds): at most
//! `width` columns and as tall as its lines, cleared, bordered, titled, its closing keys at the
//! bottom, scrolled.
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph};

/// What a centered overlay shows.
pub(super) struct CenteredBox<'a> {
    pub title: String,
    /// The keys that close it, in the theme's muted style.
    pub bottom: String,
    pub lines: Vec<Line<'a>>,
    pub max_width: u16,
    pub scroll: usize,
}

pub(super) fn draw(frame: &mut Frame, screen: Rect, theme: &Theme, b: CenteredBox) {
    let height = u16::try_from(b.lines.len() + 2).unwrap_or(u16::MAX);
    let [area] = Layout::horizontal([Constraint::Max(b.max_width)])
        .flex(Flex::Center)
        .areas(screen);
    let [area] = Layout::vertical([Constraint::Max(height)])
        .flex(Flex::Center)
        .areas(area);
    let block = Block::bordered()
        .title(b.title)
        .title_bottom(Line::styled(b.bottom, theme.muted))
        .title_style(theme.accent)
        .border_style(theme.accent);
    frame.render_widget(Clear, area);
    let scroll = u16::try_from(b.scroll).unwrap_or(u16::MAX);
    frame.render_widget(
        Paragraph::new(b.lines).block(block).scroll((scroll, 0)),
        area,
    );
}

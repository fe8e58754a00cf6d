//! The note editor: a box over the bottom of the screen, the note's lines and the cursor, its keys in
//! the title.
use crate::text::screen;
use crate::tui::i18n::T;
use crate::tui::model::App;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

/// Lines of text the box shows at most (it scrolls to the cursor beyond).
const MAX_LINES: usize = 8;

pub(super) fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let Some(editor) = app.overlay.note() else {
        return;
    };
    let lang = app.settings.lang;
    let theme = &app.settings.theme;
    let (lines, row, col) = editor.lines_and_cursor();
    let room = usize::from(area.height.saturating_sub(3)).clamp(1, MAX_LINES);
    let first = (row + 1).saturating_sub(room);
    let shown: Vec<Line> = lines
        .iter()
        .skip(first)
        .take(room)
        .map(|l| Line::raw(screen::line(l)))
        .collect();
    let height = u16::try_from(shown.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(1));
    let width = area.width.min(76);
    let rect = Rect::new(
        area.x,
        area.bottom().saturating_sub(1 + height),
        width,
        height,
    );
    let title = app.settings.keymap.name_keys(T::NoteTitle.get(lang), lang);
    let mut block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.accent)
        .title(Span::styled(
            super::text::cut(&title, usize::from(width.saturating_sub(2))),
            theme.accent,
        ));
    if editor.saving {
        block = block.title_bottom(Span::styled(T::NoteSaving.get(lang), theme.muted));
    }
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(shown).block(block), rect);
    let line = lines.get(row).copied().unwrap_or_default();
    let before: String = screen::line(line).chars().take(col).collect();
    let x = inner.x + u16::try_from(before.width()).unwrap_or(u16::MAX);
    let y = inner.y + u16::try_from(row - first).unwrap_or(0);
    frame.set_cursor_position(Position::new(
        x.min(inner.right().saturating_sub(1)),
        y.min(inner.bottom().saturating_sub(1)),
    ));
}

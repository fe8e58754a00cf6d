//! The help overlay, built from the keymap: each action's keys and its description.
use super::text::fit;
use crate::tui::i18n::T;
use crate::tui::keymap::Action;
use crate::tui::model::{App, Overlay};
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// Columns given to the keys of one action.
const KEYS_WIDTH: usize = 22;

pub(super) fn draw(app: &App, frame: &mut Frame, screen: Rect) {
    let lang = app.settings.lang;
    let theme = &app.settings.theme;
    let keymap = &app.settings.keymap;
    let lines: Vec<Line> = Action::all()
        .map(|action| {
            let keys: Vec<String> = keymap.keys(action).iter().map(|k| k.spoken(lang)).collect();
            Line::from(vec![
                Span::styled(fit(&keys.join(" "), KEYS_WIDTH), theme.accent),
                Span::raw(" "),
                Span::raw(keymap.description(action, lang).to_owned()),
            ])
        })
        .collect();
    let height = u16::try_from(Overlay::help_lines() + 2).unwrap_or(u16::MAX);
    let [area] = Layout::horizontal([Constraint::Max(84)])
        .flex(Flex::Center)
        .areas(screen);
    let [area] = Layout::vertical([Constraint::Max(height)])
        .flex(Flex::Center)
        .areas(area);
    let block = Block::bordered()
        .title(T::HelpTitle.get(lang))
        .title_bottom(Line::styled(T::HelpClose.keyed(lang, keymap), theme.muted))
        .title_style(theme.accent)
        .border_style(theme.accent);
    frame.render_widget(Clear, area);
    let scroll = u16::try_from(app.overlay.help_scroll().unwrap_or(0)).unwrap_or(u16::MAX);
    frame.render_widget(Paragraph::new(lines).block(block).scroll((scroll, 0)), area);
}

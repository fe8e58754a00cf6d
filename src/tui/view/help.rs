//! The help overlay, built from the keymap: each action's keys and its description.
use super::centered::{self, CenteredBox};
use super::text::fit;
use crate::tui::i18n::T;
use crate::tui::keymap::Action;
use crate::tui::model::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

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
    let overlay = CenteredBox {
        title: T::HelpTitle.get(lang).to_owned(),
        bottom: T::HelpClose.keyed(lang, keymap),
        lines,
        max_width: 84,
        scroll: app.overlay.help_scroll().unwrap_or(0),
    };
    centered::draw(frame, screen, theme, overlay);
}

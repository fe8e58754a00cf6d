//! The help overlay, built from the keymap: each action's keys and its description, the box as
//! wide as its longest line when the screen allows, and a description that still does not fit
//! wrapped under itself: a key's meaning is never cut off.
use super::centered::{self, CenteredBox};
use super::text::{fit, wrap};
use crate::tui::i18n::T;
use crate::tui::keymap::Action;
use crate::tui::model::App;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

/// Columns given to the keys of one action.
const KEYS_WIDTH: usize = 22;

/// Narrower than this, a description is cut instead of wrapped into a column of single words.
const MIN_WRAP_WIDTH: usize = 16;

/// How many lines the help holds on `app`'s screen, for its scrolling bounds.
pub fn line_count(app: &App) -> usize {
    lines(app, app.size.width).len()
}

/// The box's width on a screen `screen_width` columns wide: its longest line and borders, or the
/// whole screen when that is narrower.
fn box_width(app: &App, screen_width: u16) -> u16 {
    let lang = app.settings.lang;
    let longest = Action::all()
        .map(|action| KEYS_WIDTH + 1 + app.settings.keymap.description(action, lang).width())
        .max()
        .unwrap_or(0);
    u16::try_from(longest + 2)
        .unwrap_or(u16::MAX)
        .min(screen_width)
}

fn lines(app: &App, screen_width: u16) -> Vec<Line<'static>> {
    let lang = app.settings.lang;
    let theme = &app.settings.theme;
    let keymap = &app.settings.keymap;
    let room = usize::from(box_width(app, screen_width))
        .saturating_sub(2 + KEYS_WIDTH + 1)
        .max(MIN_WRAP_WIDTH);
    let mut out = Vec::new();
    for action in Action::all() {
        let keys: Vec<String> = keymap.keys(action).iter().map(|k| k.spoken(lang)).collect();
        let mut first = Some(fit(&keys.join(" "), KEYS_WIDTH));
        for part in wrap(keymap.description(action, lang), room) {
            let lead = match first.take() {
                Some(keys) => Span::styled(keys, theme.accent),
                None => Span::raw(" ".repeat(KEYS_WIDTH)),
            };
            out.push(Line::from(vec![lead, Span::raw(" "), Span::raw(part)]));
        }
    }
    out
}

pub(super) fn draw(app: &App, frame: &mut Frame, screen: Rect) {
    let lang = app.settings.lang;
    let keymap = &app.settings.keymap;
    let overlay = CenteredBox {
        title: T::HelpTitle.get(lang).to_owned(),
        bottom: T::HelpClose.keyed(lang, keymap),
        lines: lines(app, screen.width),
        max_width: box_width(app, screen.width),
        scroll: app.overlay.help_scroll().unwrap_or(0),
    };
    centered::draw(frame, screen, &app.settings.theme, overlay);
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wraps_between_words_within_the_width() {
        assert_eq!(
            wrap("Search (Enter applies, Esc clears)", 16),
            ["Search (Enter", "applies, Esc", "clears)"]
        );
        assert_eq!(wrap("Aide", 16), ["Aide"]);
        assert_eq!(wrap("Désélectionner", 5), ["Désélectionner"]);
    }
}

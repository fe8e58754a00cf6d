//! Keys to actions: the overlay that has the keyboard takes them all; without one, link digits in
//! the reader, then the keymap by pane.
use super::{actions, export, links, note, prompt, search};
use crate::tui::keymap::Action;
use crate::tui::model::{App, Overlay, Pane};
use crate::tui::msg::Effect;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub(super) fn on_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    app.notice = None;
    if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
        // In a prompt Ctrl-C cancels it, as a shell's line editor does; elsewhere it quits.
        return match app.overlay {
            Overlay::None | Overlay::Help { .. } | Overlay::FailingFeeds { .. } => {
                vec![Effect::Quit]
            }
            Overlay::Note(_) => note::on_note_key(app, KeyEvent::from(KeyCode::Esc)),
            Overlay::Search(_) | Overlay::TagPrompt(_) | Overlay::ExportPrompt(_) => {
                app.overlay = Overlay::None;
                Vec::new()
            }
        };
    }
    match app.overlay {
        Overlay::Help { .. } => {
            let lines = crate::tui::view::help_lines(app);
            on_scrolled_overlay_key(app, key, lines, Action::Help)
        }
        Overlay::FailingFeeds { .. } => {
            let lines = crate::tui::view::failing_lines(app);
            on_scrolled_overlay_key(app, key, lines, Action::FailingFeeds)
        }
        Overlay::TagPrompt(_) => prompt::on_prompt_key(app, key),
        Overlay::ExportPrompt(_) => export::on_export_key(app, key),
        Overlay::Search(_) => search::on_search_key(app, key),
        Overlay::Note(_) => note::on_note_key(app, key),
        Overlay::None => on_pane_key(app, key),
    }
}

fn on_pane_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    if app.focus == Pane::Reader
        && let Some(effects) = links::on_link_key(app, key)
    {
        return effects;
    }
    let Some(action) = app.settings.keymap.action(&key) else {
        return Vec::new();
    };
    actions::on_action(app, action)
}

/// A scrolled overlay (the help, the failing feeds): `closes` (its own key), Esc or `q` close it,
/// the movement keys scroll its `lines` within the screen.
fn on_scrolled_overlay_key(
    app: &mut App,
    key: KeyEvent,
    lines: usize,
    closes: Action,
) -> Vec<Effect> {
    // The overlay's border takes two rows; what does not fit below can be scrolled to.
    let visible = usize::from(app.size.height).saturating_sub(2);
    let max = lines.saturating_sub(visible);
    let action = app.settings.keymap.action(&key);
    let (Overlay::Help { scroll } | Overlay::FailingFeeds { scroll }) = &mut app.overlay else {
        return Vec::new();
    };
    match action {
        Some(a) if a == closes || matches!(a, Action::Back | Action::Quit) => {
            app.overlay = Overlay::None;
        }
        Some(Action::Down) => *scroll = (*scroll + 1).min(max),
        Some(Action::Bottom) => *scroll = max,
        Some(Action::Up) => *scroll = scroll.saturating_sub(1),
        Some(Action::Top) => *scroll = 0,
        _ => {}
    }
    Vec::new()
}

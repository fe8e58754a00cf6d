//! The search box: `/` opens it on the search applied so far, Enter applies what is typed, Esc
//! clears the search.
use super::list::restart_list;
use crate::tui::model::{App, Overlay, Pane, TextInput};
use crate::tui::msg::Effect;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// Opens the box with the applied search, cursor at the end.
pub(super) fn open(app: &mut App) -> Vec<Effect> {
    let current = app.query.search.clone().unwrap_or_default();
    app.overlay = Overlay::Search(TextInput::with_text(&current));
    Vec::new()
}

/// Keys while the box is open: editing, Enter, Esc.
pub(super) fn on_search_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Overlay::Search(input) = &mut app.overlay else {
        return Vec::new();
    };
    match key.code {
        KeyCode::Enter => {
            let text = input.text.trim().to_owned();
            app.overlay = Overlay::None;
            apply_search(app, text)
        }
        KeyCode::Esc => {
            app.overlay = Overlay::None;
            clear_search(app)
        }
        _ => {
            input.on_key(key);
            Vec::new()
        }
    }
}

fn apply_search(app: &mut App, text: String) -> Vec<Effect> {
    let search = (!text.is_empty()).then_some(text);
    if search == app.query.search {
        return Vec::new();
    }
    app.query.search = search;
    app.focus = Pane::List;
    restart_list(app)
}

/// Forgets the applied search, reloading the list if there was one.
pub(super) fn clear_search(app: &mut App) -> Vec<Effect> {
    if app.query.search.take().is_none() {
        return Vec::new();
    }
    restart_list(app)
}

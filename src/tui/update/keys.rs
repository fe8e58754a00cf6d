//! Keys to actions, by context: help overlay, search box, link digits, then the keymap by pane.
use super::actions;
use crate::tui::i18n::T;
use crate::tui::keymap::Action;
use crate::tui::model::search::SearchBox;
use crate::tui::model::{App, Notice, Pane};
use crate::tui::msg::Effect;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub(super) fn on_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
        return vec![Effect::Quit];
    }
    app.notice = None;
    if app.help.open {
        return on_help_key(app, key);
    }
    if app.tagging.prompt.is_some() {
        return super::prompt::on_prompt_key(app, key);
    }
    if app.export.is_some() {
        return super::export::on_export_key(app, key);
    }
    if app.search.open {
        return on_search_key(app, key);
    }
    if app.focus == Pane::Reader
        && let Some(effects) = on_link_key(app, key)
    {
        return effects;
    }
    let Some(action) = app.settings.keymap.action(&key) else {
        return Vec::new();
    };
    actions::on_action(app, action)
}

fn on_help_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    // The overlay's border takes two rows; what does not fit below can be scrolled to.
    let visible = usize::from(app.size.height).saturating_sub(2);
    let max = crate::tui::view::help_lines().saturating_sub(visible);
    match app.settings.keymap.action(&key) {
        Some(Action::Help | Action::Back | Action::Quit) => app.help = Default::default(),
        Some(Action::Down) => app.help.scroll = (app.help.scroll + 1).min(max),
        Some(Action::Bottom) => app.help.scroll = max,
        Some(Action::Up) => app.help.scroll = app.help.scroll.saturating_sub(1),
        Some(Action::Top) => app.help.scroll = 0,
        _ => {}
    }
    Vec::new()
}

fn on_search_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    match key.code {
        KeyCode::Enter => actions::apply_search(app),
        KeyCode::Esc => actions::clear_search(app),
        _ => {
            edit_line(&mut app.search, key);
            Vec::new()
        }
    }
}

/// Line editing shared by the search box and the prompts: `Some(true)` when the text changed,
/// `Some(false)` for a cursor move, `None` for a key that is not an editing key.
pub(super) fn edit_line(input: &mut SearchBox, key: KeyEvent) -> Option<bool> {
    let plain = !key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    match key.code {
        KeyCode::Backspace => input.backspace(),
        KeyCode::Delete => input.delete(),
        KeyCode::Left => {
            input.move_cursor(-1);
            return Some(false);
        }
        KeyCode::Right => {
            input.move_cursor(1);
            return Some(false);
        }
        KeyCode::Home => {
            input.cursor_to(false);
            return Some(false);
        }
        KeyCode::End => {
            input.cursor_to(true);
            return Some(false);
        }
        KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => input.clear_before(),
        KeyCode::Char(c) if plain && !c.is_control() => input.insert(c),
        _ => return None,
    }
    Some(true)
}

/// Digits open the numbered links: each digit narrows the number until it can be no longer, Enter
/// takes it as it is, Esc forgets it. `None` when the key is not part of a link number.
fn on_link_key(app: &mut App, key: KeyEvent) -> Option<Vec<Effect>> {
    let links = app.reader.open.as_ref()?.body.links.len();
    match key.code {
        KeyCode::Char(c @ '0'..='9') if !key.modifiers.contains(KeyModifiers::CONTROL) => {
            if app.reader.digits.is_empty() && c == '0' {
                return Some(Vec::new());
            }
            app.reader.digits.push(c);
            let n: usize = app.reader.digits.parse().unwrap_or(usize::MAX);
            if n.saturating_mul(10) > links {
                return Some(open_link_number(app, n));
            }
            app.notice = Some(Notice::info(
                T::LinkPending,
                vec![("n", app.reader.digits.clone())],
            ));
            Some(Vec::new())
        }
        KeyCode::Enter if !app.reader.digits.is_empty() => {
            let n = app.reader.digits.parse().unwrap_or(usize::MAX);
            Some(open_link_number(app, n))
        }
        KeyCode::Esc if !app.reader.digits.is_empty() => {
            app.reader.digits.clear();
            Some(Vec::new())
        }
        _ => None,
    }
}

fn open_link_number(app: &mut App, n: usize) -> Vec<Effect> {
    app.reader.digits.clear();
    let url = app
        .reader
        .open
        .as_ref()
        .and_then(|o| n.checked_sub(1).and_then(|i| o.body.links.get(i)))
        .cloned();
    match url {
        Some(url) => actions::open_url(app, &url),
        None => {
            app.notice = Some(Notice::error(T::NoSuchLink, vec![("n", n.to_string())]));
            Vec::new()
        }
    }
}

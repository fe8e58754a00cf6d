//! The mouse: the wheel scrolls the pane under the pointer, a click selects (a click on the selected
//! row opens it, a click on a sidebar entry applies it).
use super::{actions, list};
use crate::tui::keymap::Action;
use crate::tui::layout;
use crate::tui::model::{App, Overlay, Pane};
use crate::tui::msg::Effect;
use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

/// Rows the wheel moves by.
const WHEEL: isize = 3;

pub(super) fn on_mouse(app: &mut App, mouse: MouseEvent) -> Vec<Effect> {
    if matches!(
        app.overlay,
        Overlay::Help { .. } | Overlay::FailingFeeds { .. } | Overlay::Search(_)
    ) {
        return Vec::new();
    }
    let at = Position::new(mouse.column, mouse.row);
    let areas = app.areas();
    let hit = |area: Option<Rect>| area.is_some_and(|a| a.contains(at));
    let pane = if hit(areas.reader) {
        Pane::Reader
    } else if hit(areas.list) {
        Pane::List
    } else if hit(areas.sidebar) {
        Pane::Sidebar
    } else {
        return Vec::new();
    };
    match mouse.kind {
        MouseEventKind::ScrollDown => scroll(app, pane, WHEEL),
        MouseEventKind::ScrollUp => scroll(app, pane, -WHEEL),
        MouseEventKind::Down(MouseButton::Left) => click(app, pane, at, areas),
        _ => Vec::new(),
    }
}

fn scroll(app: &mut App, pane: Pane, delta: isize) -> Vec<Effect> {
    match pane {
        Pane::Reader => {
            let height = app.reader_height();
            app.reader.scroll_by(delta, height);
            Vec::new()
        }
        Pane::List => {
            app.list.move_by(delta);
            list::follow_selection(app)
        }
        Pane::Sidebar => {
            let cursor = app.sidebar.cursor.saturating_add_signed(delta);
            app.sidebar.select(cursor);
            let height = app.sidebar_height();
            app.sidebar.ensure_visible(height);
            Vec::new()
        }
    }
}

fn click(app: &mut App, pane: Pane, at: Position, areas: layout::Areas) -> Vec<Effect> {
    app.focus = pane;
    let row_in = |area: Option<Rect>| {
        let inner = layout::inner(area?);
        inner.contains(at).then(|| usize::from(at.y - inner.y))
    };
    match pane {
        Pane::List => {
            let Some(row) = row_in(areas.list) else {
                return Vec::new();
            };
            let index = app.list.scroll + row;
            if index >= app.list.len() {
                return Vec::new();
            }
            if index == app.list.selected && app.list.selected_row().is_some() {
                return actions::on_action(app, Action::Open);
            }
            app.list.select(index);
            list::follow_selection(app)
        }
        Pane::Sidebar => {
            let Some(row) = row_in(areas.sidebar) else {
                return Vec::new();
            };
            let index = app.sidebar.scroll + row;
            if index >= app.sidebar.len() {
                return Vec::new();
            }
            app.sidebar.select(index);
            actions::on_action(app, Action::Open)
        }
        Pane::Reader => Vec::new(),
    }
}

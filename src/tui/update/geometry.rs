//! After a resize or a pane opening or closing: what depends on the panes' sizes follows.
use super::list::follow_selection;
use crate::tui::model::{App, Pane};
use crate::tui::msg::Effect;

/// Rewraps the article, keeps selections on screen and loads what a taller list now shows.
pub(super) fn on_geometry_change(app: &mut App) -> Vec<Effect> {
    let width = app.reader_width();
    let height = app.reader_height();
    let request = app.reader.request;
    let mut effects = Vec::new();
    if let Some(open) = &mut app.reader.open
        && open.rewrap(width)
    {
        effects.push(open.render_effect(request));
    }
    app.reader.scroll_by(0, height);
    let sidebar_height = app.sidebar_height();
    app.sidebar.ensure_visible(sidebar_height);
    if !app.reader.is_open() && app.focus == Pane::Reader {
        app.focus = Pane::List;
    }
    effects.extend(follow_selection(app));
    effects
}

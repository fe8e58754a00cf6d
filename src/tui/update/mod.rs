//! `update`: the only place the model changes. Pure: no I/O, no clock; it returns effects for the
//! runtime to carry out, whose results come back as messages.
use super::layout;
use super::model::{App, Pane};
use super::msg::{DbJob, Effect, Msg};

mod actions;
mod export;
mod keys;
mod mouse;
mod prompt;
mod results;
mod tagging;

/// The first effects: the feeds and the first page of the list, nothing more.
pub fn init(app: &mut App) -> Vec<Effect> {
    let mut effects = vec![Effect::Db(DbJob::LoadFeeds)];
    effects.extend(actions::restart_list(app));
    effects
}

/// Applies a message to the model; returns what the runtime must do.
pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Key(key) => keys::on_key(app, key),
        Msg::Mouse(mouse) => mouse::on_mouse(app, mouse),
        Msg::Resize { width, height } => {
            app.size = ratatui::layout::Rect::new(0, 0, width, height);
            on_geometry_change(app)
        }
        Msg::Tick(now) => {
            app.now = Some(now);
            Vec::new()
        }
        Msg::Terminate => vec![Effect::Quit],
        other => results::on_result(app, other),
    }
}

/// After a resize or a pane opening or closing: rewrap the article, keep selections on screen and
/// load what a taller list now shows.
fn on_geometry_change(app: &mut App) -> Vec<Effect> {
    let width = reader_width(app);
    let height = reader_height(app);
    let request = app.reader.request;
    let mut effects = Vec::new();
    if let Some(open) = &mut app.reader.open
        && open.rewrap(width)
    {
        effects.push(open.render_effect(request));
    }
    app.reader.scroll_by(0, height);
    let sidebar_height = sidebar_height(app);
    app.sidebar.ensure_visible(sidebar_height);
    if !app.reader.is_open() && app.focus == Pane::Reader {
        app.focus = Pane::List;
    }
    effects.extend(actions::follow_selection(app));
    effects
}

fn areas(app: &App) -> layout::Areas {
    layout::areas(app.size, app.reader.is_open())
}

/// Rows of the list on screen (its border excluded); while the reader hides it, as it will be
/// when shown again, so its scroll position survives.
fn list_height(app: &App) -> usize {
    let area = areas(app).list.or(layout::areas(app.size, false).list);
    area.map_or(1, |a| usize::from(layout::inner(a).height))
}

/// Rows of the sidebar on screen, likewise.
fn sidebar_height(app: &App) -> usize {
    let area = areas(app)
        .sidebar
        .or(layout::areas(app.size, false).sidebar);
    area.map_or(1, |a| usize::from(layout::inner(a).height))
}

/// Rows of the reader's body on screen (the tag panel, when shown, takes the bottom ones).
fn reader_height(app: &App) -> usize {
    let panel = app
        .reader
        .open
        .as_ref()
        .map_or(0, |o| app.tagging.panel_rows(&o.article.summary.tags));
    areas(app).reader.map_or(1, |a| {
        usize::from(layout::reader_body(a).height.saturating_sub(panel)).max(1)
    })
}

/// Columns the article body is rendered at.
fn reader_width(app: &App) -> u16 {
    let size = app.size;
    // Computed as if the reader were open, so the width is right before the article arrives.
    layout::areas(size, true)
        .reader
        .map_or(size.width, |a| layout::reader_body(a).width)
}

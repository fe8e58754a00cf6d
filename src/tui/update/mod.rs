//! `update`: the only place the model changes. Pure: no I/O, no clock; it returns effects for the
//! runtime to carry out, whose results come back as messages.
//!
//! The modules call one another one way only (checked by listing their `super::` imports):
//! `keys` → `search`, `prompt`, `export`, `note`, `links`, `actions`; `mouse` → `actions`, `list`;
//! `results` → `tagging`, `note`, `triage`, `geometry`, `list`, `preview`, `stories`; `actions` →
//! `tagging`, `note`, `triage`, `search`, `export`, `links`, `geometry`, `list`, `preview`,
//! `stories`; `tagging` → `prompt`, `geometry`; `note` and `triage` → `geometry`, `list`; `search`,
//! `geometry` and `stories` → `list`; `list` → `preview`.
use super::model::App;
use super::msg::{DbJob, Effect, Msg};

mod actions;
mod export;
mod geometry;
mod keys;
mod links;
mod list;
mod mouse;
mod note;
mod preview;
mod prompt;
mod results;
mod search;
mod stories;
mod tagging;
mod triage;

/// The first effects: the feeds and the first page of the list, nothing more.
pub fn init(app: &mut App) -> Vec<Effect> {
    let mut effects = vec![Effect::Db(DbJob::LoadFeeds)];
    effects.extend(list::restart_list(app));
    effects
}

/// Applies a message to the model; returns what the runtime must do.
pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Key(key) => keys::on_key(app, key),
        Msg::Mouse(mouse) => mouse::on_mouse(app, mouse),
        Msg::Resize { width, height } => {
            app.size = ratatui::layout::Rect::new(0, 0, width, height);
            geometry::on_geometry_change(app)
        }
        Msg::Tick(now) => {
            app.now = Some(now);
            Vec::new()
        }
        Msg::Terminate => vec![Effect::Quit],
        other => results::on_result(app, other),
    }
}

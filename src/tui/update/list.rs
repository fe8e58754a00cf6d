//! The list's pages: which to ask for when the selection moves, the filters change or the store
//! does.
use crate::tui::model::App;
use crate::tui::msg::{DbJob, Effect, StoriesPage};

/// Keeps the selection on screen, asks for the page it needs, and has the preview (when on)
/// follow it.
pub(super) fn follow_selection(app: &mut App) -> Vec<Effect> {
    let height = app.list_height();
    app.list.ensure_visible(height);
    let mut effects: Vec<Effect> = app
        .list
        .next_request()
        .map(|(offset, limit)| load_page(app, offset, limit, false))
        .into_iter()
        .collect();
    effects.extend(super::preview::follow(app));
    effects
}

/// The request for `limit` rows from `offset` of the list's current filter and generation.
fn load_page(app: &App, offset: usize, limit: usize, count: bool) -> Effect {
    Effect::Db(DbJob::LoadPage {
        filter: app.filter(),
        offset,
        limit,
        generation: app.list.generation,
        count,
        stories: app.stories.on.then(|| StoriesPage {
            expanded: app.stories.expanded.clone(),
            prefer: app.settings.lang,
        }),
    })
}

/// Starts the list over for the current filters.
pub(super) fn restart_list(app: &mut App) -> Vec<Effect> {
    let (offset, limit) = app.list.restart();
    vec![load_page(app, offset, limit, true)]
}

/// Reloads the list in place (new articles), keeping the selected article.
pub(super) fn reload_list(app: &mut App) -> Vec<Effect> {
    let (offset, limit) = app.list.reload();
    vec![load_page(app, offset, limit, true)]
}

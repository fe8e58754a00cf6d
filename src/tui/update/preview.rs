//! The preview (`v`): the reader follows the list's cursor, showing the highlighted article
//! without marking it read. The article is loaded only once the cursor rests (`DELAY`), and its
//! body is rendered off the UI thread like any other, so holding `j` stays as fast as without it.
use crate::tui::i18n::T;
use crate::tui::model::{App, Notice, Pane};
use crate::tui::msg::{DbJob, Effect, Msg};
use std::time::Duration;

/// How long the cursor must rest on an article before the preview loads it.
pub const DELAY: Duration = Duration::from_millis(120);

/// `v`: turns the preview on (showing the highlighted article) or off (closing it, unless the
/// reader has the focus: an article opened stays open).
pub(super) fn toggle(app: &mut App) -> Vec<Effect> {
    app.reader.preview = !app.reader.preview;
    let text = if app.reader.preview {
        T::PreviewOn
    } else {
        T::PreviewOff
    };
    app.notice = Some(Notice::info(text, Vec::new()));
    if app.reader.preview {
        return follow(app);
    }
    if app.focus != Pane::Reader {
        // Any load on its way is for the preview: a new request number drops it.
        app.reader.request += 1;
        app.reader.close();
        app.tagging.close_article();
    }
    Vec::new()
}

/// Schedules the preview of the highlighted article, if the preview is on and it is not already
/// the one shown or coming; moving on before `DELAY` supersedes it.
pub(super) fn follow(app: &mut App) -> Vec<Effect> {
    if !app.reader.preview || app.focus == Pane::Reader {
        return Vec::new();
    }
    let Some(id) = app.list.selected_row().map(|r| r.id) else {
        return Vec::new();
    };
    let shown = app.reader.open.as_ref().map(|o| o.article.summary.id);
    let wanted = app.reader.loading.or(app.reader.scheduled).or(shown);
    if wanted == Some(id) {
        return Vec::new();
    }
    app.reader.request += 1;
    app.reader.loading = None;
    if shown == Some(id) {
        // Back on the article shown before the one scheduled came: nothing to load.
        app.reader.scheduled = None;
        return Vec::new();
    }
    app.reader.scheduled = Some(id);
    vec![Effect::Later {
        delay: DELAY,
        msg: Box::new(Msg::PreviewDue {
            request: app.reader.request,
        }),
    }]
}

/// The cursor rested: loads the scheduled article if it is still the latest request and still
/// highlighted. Nothing is marked read.
pub(super) fn on_due(app: &mut App, request: u64) -> Vec<Effect> {
    let highlighted = app.list.selected_row().map(|r| r.id);
    let still = request == app.reader.request
        && app.reader.preview
        && app.focus != Pane::Reader
        && app.reader.scheduled.is_some()
        && app.reader.scheduled == highlighted;
    // A stale message leaves the schedule alone: its own message is still to come.
    let Some(id) = app.reader.scheduled.filter(|_| still) else {
        return Vec::new();
    };
    app.reader.scheduled = None;
    app.reader.loading = Some(id);
    vec![Effect::Db(DbJob::LoadArticle { id, request })]
}

//! Triage: opening articles (and the next or previous one from the reader), the next or previous
//! unread one, marking the whole list read as one undo step, and the read flags the worker commits.
use super::geometry::on_geometry_change;
use super::list::{follow_selection, reload_list};
use crate::model::ArticleId;
use crate::tui::i18n::T;
use crate::tui::model::tagging::Edit;
use crate::tui::model::{App, Notice, Pane};
use crate::tui::msg::{DbJob, Effect, ReadChange};

pub(super) fn open_selected(app: &mut App) -> Vec<Effect> {
    let Some(row) = app.list.selected_row() else {
        return Vec::new();
    };
    let (id, read, feed) = (row.id, row.read, row.feed.clone());
    let mut effects = Vec::new();
    if !read {
        // Stored before the article is loaded, so the loaded copy already says read.
        effects.push(set_read(app, id, &feed, true));
    }
    app.reader.close();
    app.tagging.close_article();
    app.reader.request += 1;
    app.reader.loading = Some(id);
    app.focus = Pane::Reader;
    effects.push(Effect::Db(DbJob::LoadArticle {
        id,
        request: app.reader.request,
    }));
    effects.extend(on_geometry_change(app));
    effects
}

pub(super) fn set_read(app: &mut App, id: ArticleId, feed: &str, read: bool) -> Effect {
    show_read(app, id, read);
    app.sidebar.count_read(feed, read);
    Effect::Db(DbJob::SetRead { id, read })
}

/// `J`/`K`: the next or previous article of the list, opened in the reader.
pub(super) fn open_neighbour(app: &mut App, step: isize) -> Vec<Effect> {
    let at = app.list.selected;
    let Some(to) = at.checked_add_signed(step) else {
        return Vec::new();
    };
    if app.list.total.is_some_and(|n| to >= n) {
        return Vec::new();
    }
    app.list.select(to);
    if app.list.selected_row().is_none() {
        // Beyond the rows loaded: the page comes first, the key can be pressed again.
        return follow_selection(app);
    }
    open_selected(app)
}

/// `N`/`P`: the next (or previous) unread article of the list, selected — and opened when the
/// reader has the focus. The rows loaded are looked at first; beyond them the store is asked, in
/// the list's order and filters, so the key reaches across the whole list.
pub(super) fn unread(app: &mut App, forward: bool) -> Vec<Effect> {
    let selected = app.list.selected;
    let found = if forward {
        app.list
            .rows_with_index()
            .find(|(i, r)| *i > selected && !r.read)
    } else {
        app.list
            .rows_with_index()
            .rev()
            .find(|(i, r)| *i < selected && !r.read)
    }
    .map(|(i, _)| i);
    let beyond = if forward {
        app.list
            .total
            .is_none_or(|n| app.list.offset + app.list.rows.len() < n)
    } else {
        app.list.offset > 0
    };
    match found {
        Some(to) => go_to_unread(app, to),
        None if beyond => vec![Effect::Db(DbJob::FindUnread {
            filter: app.filter(),
            from: selected,
            forward,
            generation: app.list.generation,
        })],
        None => {
            app.notice = Some(Notice::info(T::NoUnread, Vec::new()));
            Vec::new()
        }
    }
}

/// Selects the unread article at `to` (opening it from the reader); a row not loaded yet comes
/// with its page, and opens once it is there.
fn go_to_unread(app: &mut App, to: usize) -> Vec<Effect> {
    app.list.select(to);
    if app.focus == Pane::Reader && app.list.selected_row().is_some() {
        return open_selected(app);
    }
    if app.focus == Pane::Reader {
        app.list.open_when_loaded = true;
    }
    follow_selection(app)
}

/// The store's answer to `N`/`P` beyond the loaded rows.
pub(super) fn on_unread_found(
    app: &mut App,
    generation: u64,
    result: Result<Option<(usize, ArticleId)>, String>,
) -> Vec<Effect> {
    if generation != app.list.generation {
        return Vec::new();
    }
    match result {
        Ok(Some((to, id))) => {
            if app.list.row(to).is_none() {
                // Should the page come back shifted (an article arrived meanwhile), the selection
                // follows the article found rather than its position.
                app.list.keep = Some(id);
            }
            go_to_unread(app, to)
        }
        Ok(None) => {
            app.notice = Some(Notice::info(T::NoUnread, Vec::new()));
            Vec::new()
        }
        Err(e) => {
            app.notice = Some(Notice::error(T::Error, vec![("error", e)]));
            Vec::new()
        }
    }
}

/// `M`: every unread article of the list as filtered now (not only the loaded rows), in one
/// transaction; shown once committed.
pub(super) fn mark_all_read(app: &mut App) -> Vec<Effect> {
    vec![Effect::Db(DbJob::MarkAllRead {
        filter: app.filter(),
    })]
}

/// The worker committed read flags: the rows, the reader and the counts follow, and a mark-all-read
/// becomes one undo step.
pub(super) fn on_read_changed(app: &mut App, result: Result<ReadChange, String>) -> Vec<Effect> {
    let change = match result {
        Ok(change) => change,
        Err(e) => {
            app.notice = Some(Notice::error(T::ReadFailed, vec![("error", e)]));
            return Vec::new();
        }
    };
    for id in &change.ids {
        show_read(app, *id, change.read);
    }
    let n = change.ids.len().to_string();
    app.notice = Some(if change.undo {
        Notice::info(T::ReadUndone, vec![("n", n)])
    } else if change.read {
        Notice::info(T::MarkedAllRead, vec![("n", n)])
    } else {
        Notice::info(T::MarkedUnreadMany, vec![("n", n)])
    });
    if change.undo {
        app.tagging.remember_undo(Edit::Read(change));
    } else if !change.ids.is_empty() {
        app.tagging.remember(Edit::Read(change));
    }
    let mut effects = vec![Effect::Db(DbJob::LoadFeeds)];
    effects.extend(reload_list(app));
    effects
}

/// Shows a committed read flag on the loaded row and the open article.
fn show_read(app: &mut App, id: ArticleId, read: bool) {
    for row in app.list.find_all_mut(id) {
        row.read = read;
    }
    if let Some(open) = app
        .reader
        .open
        .as_mut()
        .filter(|o| o.article.summary.id == id)
    {
        open.article.summary.read = read;
    }
}

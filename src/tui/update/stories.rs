//! The stories view: the toggle, a story's articles opened under it, a story marked read or
//! unread as one undo step, and the analyst's own decisions (an article taken out of its story,
//! two stories merged), which the store keeps across fetches.
use super::list::{reload_list, restart_list};
use crate::store::StoryRowKind;
use crate::tui::i18n::T;
use crate::tui::model::stories::story_of;
use crate::tui::model::{App, Notice, Pane};
use crate::tui::msg::{DbJob, Effect, StoryEdit};

/// The stories key: the list shows stories, or articles again.
pub(super) fn toggle(app: &mut App) -> Vec<Effect> {
    app.stories.on = !app.stories.on;
    app.stories.expanded.clear();
    app.stories.marked = None;
    app.focus = Pane::List;
    let text = if app.stories.on {
        T::StoriesOn
    } else {
        T::StoriesOff
    };
    app.notice = Some(Notice::info(text, Vec::new()));
    restart_list(app)
}

/// The selected story of two articles or more, when the list shows stories and has the focus.
fn selected_story(app: &App) -> Option<(i64, usize)> {
    if !app.stories.on || app.focus != Pane::List {
        return None;
    }
    match app.list.selected_kind()? {
        StoryRowKind::Story(head) => Some((head.id, head.articles)),
        _ => None,
    }
}

/// Enter on a story: its articles open under it, or close. `None` when the row is no story (the
/// article opens as in the article list).
pub(super) fn expand(app: &mut App) -> Option<Vec<Effect>> {
    let (story, _) = selected_story(app)?;
    app.stories.toggle(story);
    Some(reload_list(app))
}

/// The read key on a story: every article read, or unread again when all were, in one undo step.
/// `None` when the row is no story.
pub(super) fn toggle_read(app: &mut App) -> Option<Vec<Effect>> {
    let (story, _) = selected_story(app)?;
    let read = !app.list.selected_row().is_some_and(|r| r.read);
    Some(vec![Effect::Db(DbJob::SetStoryRead { story, read })])
}

/// The take-out key on an article listed under its story: it becomes a story of its own.
pub(super) fn take_out(app: &mut App) -> Vec<Effect> {
    let member = match (app.stories.on, app.list.selected_kind()) {
        (true, Some(StoryRowKind::Member { story, .. })) => Some(*story),
        _ => None,
    };
    match (member, app.list.selected_row()) {
        (Some(from), Some(row)) => vec![Effect::Db(DbJob::TakeOutOfStory { id: row.id, from })],
        _ => {
            app.notice = Some(Notice::error(T::TakeOutNeedsMember, Vec::new()));
            Vec::new()
        }
    }
}

/// The merge key: the first press marks the selected story, the second merges the marked story
/// into the selected one (on the marked story itself, it unmarks it).
pub(super) fn merge(app: &mut App) -> Vec<Effect> {
    let selected = app
        .list
        .selected_kind()
        .filter(|_| app.stories.on)
        .and_then(story_of);
    let Some(story) = selected else {
        app.notice = Some(Notice::error(T::MergeNeedsStory, Vec::new()));
        return Vec::new();
    };
    match app.stories.marked {
        None => {
            app.stories.marked = Some(story);
            app.notice = Some(Notice::info(T::StoryMarked, Vec::new()));
            Vec::new()
        }
        Some(marked) if marked == story => {
            app.stories.marked = None;
            app.notice = Some(Notice::info(T::StoryUnmarked, Vec::new()));
            Vec::new()
        }
        Some(from) => vec![Effect::Db(DbJob::MergeStories { into: story, from })],
    }
}

/// The store committed a take-out or a merge: the view shows it.
pub(super) fn on_story_changed(app: &mut App, result: Result<StoryEdit, String>) -> Vec<Effect> {
    let edit = match result {
        Ok(edit) => edit,
        Err(e) => {
            app.notice = Some(Notice::error(T::StoryEditFailed, vec![("error", e)]));
            return Vec::new();
        }
    };
    app.notice = Some(match edit {
        StoryEdit::TakenOut { .. } => Notice::info(T::TakenOut, Vec::new()),
        StoryEdit::Merged { into, from } => {
            app.stories.marked = None;
            app.stories.expanded.retain(|s| *s != from);
            if !app.stories.expanded.contains(&into) {
                app.stories.expanded.push(into);
            }
            Notice::info(T::StoriesMerged, Vec::new())
        }
    });
    reload_list(app)
}

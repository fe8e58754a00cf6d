//! Tagging in `update`: the tag panel's actions, undo and bulk, and the worker's
//! answers. A tag shows as applied only when `TagsChanged` reports it committed.
use super::geometry::on_geometry_change;
use super::prompt;
use crate::model::{ArticleId, Facet, Tags};
use crate::store::Provenance;
use crate::store::TagRow;
use crate::text::screen;
use crate::tui::i18n::{T, facet_name};
use crate::tui::keymap::Action;
use crate::tui::model::tagging::{Edit, PanelItem};
use crate::tui::model::{App, Notice};
use crate::tui::msg::{DbJob, Effect, RejectChange, TagChange, TagJob};

/// Carries out a tagging action; `None` for an action that is not about tags.
pub(super) fn on_action(app: &mut App, action: Action) -> Option<Vec<Effect>> {
    Some(match action {
        Action::TagActor => prompt::open(app, Facet::Actor),
        Action::TagTarget => prompt::open(app, Facet::Target),
        Action::TagAttack => prompt::open(app, Facet::Attack),
        Action::AcceptSuggestions => accept_all(app),
        Action::AcceptSuggestion => accept_one(app),
        Action::RemoveTags => remove_or_reject(app),
        Action::TagNext => move_cursor(app, 1),
        Action::TagPrev => move_cursor(app, -1),
        Action::UndoTag => undo(app),
        Action::Redo => redo(app),
        Action::BulkTag => toggle_bulk(app),
        _ => return None,
    })
}

/// The open article's id and tags, when the reader shows one.
fn open_article(app: &App) -> Option<(ArticleId, Tags)> {
    app.reader
        .open
        .as_ref()
        .map(|o| (o.article.summary.id, o.article.summary.tags.clone()))
}

/// `A`: the high-confidence suggestions only; the lower ones stay for the user to read.
fn accept_all(app: &mut App) -> Vec<Effect> {
    let Some((id, tags)) = open_article(app) else {
        app.notice = Some(Notice::info(T::OpenToEdit, Vec::new()));
        return Vec::new();
    };
    let (high, lower) = app.tagging.accept_all(&tags);
    if high.is_empty() {
        app.notice = Some(if lower == 0 {
            Notice::info(T::NoSuggestion, Vec::new())
        } else {
            Notice::info(T::NoHighSuggestion, vec![("lower", lower.to_string())])
        });
        return Vec::new();
    }
    app.tagging.accepting = true;
    vec![Effect::Tag(TagJob::AddTag {
        ids: vec![id],
        tags: high,
        provenance: Provenance::Suggestion,
    })]
}

/// The panel line under the cursor of the open article.
fn highlighted(app: &App) -> Option<(ArticleId, PanelItem)> {
    let (id, tags) = open_article(app)?;
    let item = app.tagging.panel(&tags).get(app.tagging.cursor?)?.clone();
    Some((id, item))
}

fn accept_one(app: &mut App) -> Vec<Effect> {
    match highlighted(app) {
        Some((id, PanelItem::Suggestion(facet, s))) => vec![Effect::Tag(TagJob::AddTag {
            ids: vec![id],
            tags: vec![(facet, s.value)],
            provenance: Provenance::Suggestion,
        })],
        _ => {
            app.notice = Some(Notice::info(T::NoSuggestion, Vec::new()));
            Vec::new()
        }
    }
}

fn remove_or_reject(app: &mut App) -> Vec<Effect> {
    if app.reader.open.is_none() {
        app.notice = Some(Notice::info(T::OpenToEdit, Vec::new()));
        return Vec::new();
    }
    if app.tagging.cursor.is_none() {
        // First press shows the panel on its first line; the next one acts on it.
        return move_cursor(app, 1);
    }
    match highlighted(app) {
        Some((id, PanelItem::Tag(facet, value))) => vec![Effect::Tag(TagJob::RemoveTag {
            rows: vec![(id, facet, value)],
            restore: Vec::new(),
            undo: false,
        })],
        // Stored, so it is never offered again for this article; hidden once committed.
        Some((id, PanelItem::Suggestion(facet, s))) => {
            vec![Effect::Tag(TagJob::RejectSuggestions {
                rows: vec![(id, facet, s.value)],
            })]
        }
        None => Vec::new(),
    }
}

fn move_cursor(app: &mut App, delta: isize) -> Vec<Effect> {
    let Some((_, tags)) = open_article(app) else {
        app.notice = Some(Notice::info(T::OpenToEdit, Vec::new()));
        return Vec::new();
    };
    let n = app.tagging.panel(&tags).len();
    if n == 0 {
        app.notice = Some(Notice::info(T::NoTags, Vec::new()));
        return Vec::new();
    }
    let n = isize::try_from(n).unwrap_or(isize::MAX);
    let next = match app.tagging.cursor {
        None if delta >= 0 => 0,
        None => n - 1,
        Some(i) => (isize::try_from(i).unwrap_or(0) + delta).rem_euclid(n),
    };
    app.tagging.cursor = usize::try_from(next).ok();
    Vec::new()
}

/// Keeps the panel cursor on a line after lines came or went.
fn clamp_cursor(app: &mut App) {
    let n = open_article(app).map_or(0, |(_, tags)| app.tagging.panel(&tags).len());
    if let Some(c) = app.tagging.cursor {
        app.tagging.cursor = (n > 0).then(|| c.min(n - 1));
    }
}

/// After an undo brought lines back to a panel its last edit had emptied (and so hidden), shows
/// it again: `U` said « Annulé : type d'attaque rançongiciel » with nothing on screen to show it.
fn show_what_undo_brought_back(app: &mut App, undo: bool) {
    let n = open_article(app).map_or(0, |(_, tags)| app.tagging.panel(&tags).len());
    if undo && n > 0 && app.tagging.cursor.is_none() {
        app.tagging.cursor = Some(0);
    }
}

/// `U`: reverts the last committed edit still in the history; pressed again, the one before.
pub(super) fn undo(app: &mut App) -> Vec<Effect> {
    match app.tagging.history.pop() {
        Some(Edit::Tags(change)) => vec![Effect::Tag(reverting(change, true))],
        Some(Edit::Rejection(change)) => vec![Effect::Tag(TagJob::RestoreSuggestions {
            rows: change.rows,
        })],
        Some(Edit::Note(change)) => vec![Effect::Db(DbJob::SetNote {
            id: change.id,
            note: change.before,
            undo: true,
        })],
        Some(Edit::Read(change)) => vec![Effect::Db(DbJob::SetReadMany {
            ids: change.ids,
            read: !change.read,
            undo: true,
        })],
        None => {
            app.notice = Some(Notice::info(T::NothingToUndo, Vec::new()));
            Vec::new()
        }
    }
}

/// Redo: applies the last undone edit again (its commit goes back to the undo history).
pub(super) fn redo(app: &mut App) -> Vec<Effect> {
    let Some(edit) = app.tagging.redo.pop() else {
        app.notice = Some(Notice::info(T::NothingToRedo, Vec::new()));
        return Vec::new();
    };
    app.tagging.redoing += 1;
    // Each undo committed the opposite of the edit: redo commits the opposite of the undo.
    vec![match edit {
        Edit::Tags(change) => Effect::Tag(reverting(change, false)),
        Edit::Rejection(change) => Effect::Tag(TagJob::RejectSuggestions { rows: change.rows }),
        Edit::Note(change) => Effect::Db(DbJob::SetNote {
            id: change.id,
            note: change.before,
            undo: false,
        }),
        Edit::Read(change) => Effect::Db(DbJob::SetReadMany {
            ids: change.ids,
            read: !change.read,
            undo: false,
        }),
    }]
}

/// The job that commits the opposite of `change`, as one edit: an addition's tags go and the tags
/// it replaced come back; removed tags come back (and settle the attribution again, as any
/// addition does, so a redone "LockBit" again replaces "unattributed").
fn reverting(change: TagChange, undo: bool) -> TagJob {
    if change.added {
        TagJob::RemoveTag {
            rows: change.rows,
            restore: change.replaced,
            undo,
        }
    } else {
        TagJob::RestoreTags {
            rows: change.rows,
            undo,
        }
    }
}

fn toggle_bulk(app: &mut App) -> Vec<Effect> {
    app.tagging.bulk = !app.tagging.bulk;
    app.notice = Some(if app.tagging.bulk {
        let n = app
            .list
            .total
            .map_or_else(|| "?".to_owned(), |n| n.to_string());
        Notice::info(T::BulkArmed, vec![("n", n)])
    } else {
        Notice::info(T::BulkOff, Vec::new())
    });
    Vec::new()
}

/// The worker committed a tag edit: now the chips change, the prompt moves the value to "applied",
/// and the edit becomes what `U` reverts.
pub(super) fn on_tags_changed(app: &mut App, result: Result<TagChange, String>) -> Vec<Effect> {
    let accepting = std::mem::take(&mut app.tagging.accepting);
    let change = match result {
        Ok(change) => change,
        Err(e) => {
            // The value typed is not lost: it goes back into the input (unless something else was
            // typed since), so Enter sends it again.
            let vocab = app.settings.vocab.clone();
            if let Some(p) = app
                .overlay
                .tag_prompt_mut()
                .filter(|p| !p.pending.is_empty())
            {
                let value = p.pending.remove(0);
                if p.input.text.trim().is_empty() {
                    p.input.cursor = value.chars().count();
                    p.input.text = value;
                    p.refresh(&vocab);
                }
            }
            app.notice = Some(Notice::error(T::TagFailed, vec![("error", e)]));
            return Vec::new();
        }
    };
    let mut touched: Vec<Facet> = Vec::new();
    let rows = change.rows.iter().map(|row| (row, change.added));
    let replaced = change.replaced.iter().map(|row| (row, !change.added));
    for ((id, facet, value), added) in rows.chain(replaced) {
        apply_row(app, *id, *facet, value, added);
        if !touched.contains(facet) {
            touched.push(*facet);
        }
    }
    if change.added
        && !change.undo
        && let Some(p) = app
            .overlay
            .tag_prompt_mut()
            .filter(|p| !p.pending.is_empty())
    {
        let value = p.pending.remove(0);
        p.applied.push(value);
        // A value this edit replaced is no longer applied (« unattributed » once LockBit is).
        let facet = p.facet;
        p.applied.retain(|v| {
            let v = v.to_lowercase();
            !change
                .replaced
                .iter()
                .any(|(_, f, r)| *f == facet && r.to_lowercase() == v)
        });
    }
    // An acceptance that replaced an attribution names what it replaced rather than counting.
    let counted = accepting && change.added && change.replaced.is_empty();
    app.notice = Some(if counted && !change.rows.is_empty() {
        accepted_notice(app, change.rows.len())
    } else {
        notice_for(app, &change)
    });
    let undo = change.undo;
    if change.undo {
        app.tagging.remember_undo(Edit::Tags(change));
    } else if !change.rows.is_empty() {
        app.tagging.remember(Edit::Tags(change));
    }
    clamp_cursor(app);
    show_what_undo_brought_back(app, undo);
    touched
        .into_iter()
        .map(|facet| Effect::Tag(TagJob::LoadTagValues(facet)))
        .collect()
}

/// "Accepted 3 high-confidence suggestions; 2 lower left": what `A` did and what it left.
fn accepted_notice(app: &App, accepted: usize) -> Notice {
    let lower =
        open_article(app).map_or(0, |(_, tags)| app.tagging.pending_suggestions(&tags).len());
    let text = if accepted == 1 {
        T::AcceptedHighOne
    } else {
        T::AcceptedHigh
    };
    Notice::info(
        text,
        vec![("n", accepted.to_string()), ("lower", lower.to_string())],
    )
}

/// The worker committed a rejection (or its undo): the suggestion goes (or comes back), and the
/// change becomes what `U` reverts.
pub(super) fn on_rejections_changed(
    app: &mut App,
    result: Result<RejectChange, String>,
) -> Vec<Effect> {
    let change = match result {
        Ok(change) => change,
        Err(e) => {
            app.notice = Some(Notice::error(T::TagFailed, vec![("error", e)]));
            return Vec::new();
        }
    };
    let open = open_article(app).map(|(id, _)| id);
    for (_, facet, value) in change.rows.iter().filter(|(id, ..)| Some(*id) == open) {
        let key = value.to_lowercase();
        let rejected = &mut app.tagging.rejected;
        rejected.retain(|(f, v)| !(f == facet && v.to_lowercase() == key));
        if change.rejected {
            rejected.push((*facet, value.clone()));
        }
    }
    let values = listed(app, &change.rows);
    app.notice = Some(match (change.rows.is_empty(), change.undo) {
        (true, _) => Notice::info(T::TagUnchanged, Vec::new()),
        (false, true) => Notice::info(T::TagUndone, vec![("values", values)]),
        (false, false) => Notice::info(T::Rejected, vec![("value", values)]),
    });
    let undo = change.undo;
    if change.undo {
        app.tagging.remember_undo(Edit::Rejection(change));
    } else if !change.rows.is_empty() {
        app.tagging.remember(Edit::Rejection(change));
    }
    clamp_cursor(app);
    show_what_undo_brought_back(app, undo);
    on_geometry_change(app)
}

/// How committed values are named in a notice: the facet and the value's label in the interface
/// language, `attack type data breach`, `country Netherlands`; in French `type d'attaque
/// rançongiciel`, `pays Pays-Bas`.
fn listed(app: &App, rows: &[TagRow]) -> String {
    let lang = app.settings.lang;
    let vocab = &app.settings.vocab;
    let mut values: Vec<String> = Vec::new();
    for (_, facet, value) in rows {
        let name = facet_name(*facet, vocab.kind_of(*facet, value)).get(lang);
        let shown = screen::line(&vocab.display(*facet, value, lang));
        let v = format!("{} {shown}", name.to_lowercase());
        if !values.contains(&v) {
            values.push(v);
        }
    }
    values.join(", ")
}

fn notice_for(app: &App, change: &TagChange) -> Notice {
    let mut listed = listed(app, &change.rows);
    // What the same edit changed the other way is said after it: « Étiqueté : acteur LockBit ;
    // retiré : acteur non attribué ».
    if !change.replaced.is_empty() {
        let other = if change.added {
            T::TagAlsoRemoved
        } else {
            T::TagAlsoRestored
        };
        let replaced = self::listed(app, &change.replaced);
        listed.push_str(&other.fill(app.settings.lang, &[("values", &replaced)]));
    }
    let text = match (change.undo, change.added, change.rows.is_empty()) {
        (_, _, true) => return Notice::info(T::TagUnchanged, Vec::new()),
        (true, _, false) => T::TagUndone,
        (false, true, false) if change.articles > 1 => {
            return Notice::info(
                T::TagAddedBulk,
                vec![("n", change.articles.to_string()), ("values", listed)],
            );
        }
        (false, true, false) => T::TagAdded,
        (false, false, false) => T::TagRemoved,
    };
    Notice::info(text, vec![("values", listed)])
}

/// Shows one committed change on the loaded row and the open article.
fn apply_row(app: &mut App, id: ArticleId, facet: Facet, value: &str, added: bool) {
    let edit = |tags: &mut Tags| {
        let list = tags.get_mut(facet);
        let key = value.to_lowercase();
        list.retain(|v| v.to_lowercase() != key);
        if added {
            list.push(value.to_owned());
            // The store's order, so a reload does not reorder the chips.
            list.sort_by_cached_key(|v| (v.to_lowercase(), v.clone()));
        }
    };
    for row in app.list.find_all_mut(id) {
        edit(&mut row.tags);
    }
    if let Some(open) = app
        .reader
        .open
        .as_mut()
        .filter(|o| o.article.summary.id == id)
    {
        edit(&mut open.article.summary.tags);
    }
}

/// The values in use arrived: the prompt completes over them too.
pub(super) fn on_tag_values(
    app: &mut App,
    facet: Facet,
    result: Result<Vec<(String, u64)>, String>,
) -> Vec<Effect> {
    let vocab = app.settings.vocab.clone();
    match result {
        Ok(values) => {
            app.sidebar.set_tag_values(facet, &values);
            if let Some(p) = app.overlay.tag_prompt_mut().filter(|p| p.facet == facet) {
                p.used = values.into_iter().map(|(v, _)| v).collect();
                if !p.ambiguous {
                    p.refresh(&vocab);
                }
            }
        }
        Err(e) => app.notice = Some(Notice::error(T::Error, vec![("error", e)])),
    }
    Vec::new()
}

/// Suggestions for the open article arrived: shown, the cursor on the first, none applied.
pub(super) fn on_suggested(
    app: &mut App,
    request: u64,
    suggestions: crate::tagging::Suggestions,
    rejected: Vec<(Facet, String)>,
    failed: Option<String>,
) -> Vec<Effect> {
    if request != app.reader.request || app.reader.open.is_none() {
        return Vec::new();
    }
    if let Some(error) = failed {
        app.notice = Some(Notice::error(T::SuggestFailed, vec![("error", error)]));
    }
    app.tagging.suggestions = Some((request, suggestions));
    app.tagging.rejected = rejected;
    let tags = open_article(app).map(|(_, t)| t).unwrap_or_default();
    let panel = app.tagging.panel(&tags);
    app.tagging.cursor = panel
        .iter()
        .position(|i| matches!(i, PanelItem::Suggestion(..)));
    on_geometry_change(app)
}

/// What the worker needs to suggest tags for a newly opened article.
pub(super) fn suggest_effect(app: &App) -> Option<Effect> {
    let open = app.reader.open.as_ref()?;
    let article = &open.article;
    let text = if article.text.trim().is_empty() {
        [&article.content_html, &article.summary_html]
            .into_iter()
            .flatten()
            .find(|h| !h.trim().is_empty())
            .map(|h| crate::text::plain::html_to_plain(h))
            .unwrap_or_default()
    } else {
        article.text.clone()
    };
    Some(Effect::Tag(TagJob::Suggest {
        request: app.reader.request,
        id: article.summary.id,
        title: article.summary.title.clone(),
        text,
        link: article.summary.url.clone(),
    }))
}

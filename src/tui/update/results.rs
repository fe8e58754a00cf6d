//! Results of effects: taken in when they answer the latest request, dropped when stale.
use super::geometry::on_geometry_change;
use super::list::{follow_selection, reload_list};
use super::{note, stories, tagging, triage};
use crate::model::ArticleId;
use crate::tui::i18n::T;
use crate::tui::model::{App, Notice, OpenArticle, Overlay, RefreshState};
use crate::tui::msg::{DbJob, Effect, Msg, RefreshOutcome, TagJob};

pub(super) fn on_result(app: &mut App, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::FeedsLoaded(Ok(feeds)) => {
            app.sidebar.set_feeds(feeds);
            // The sidebar's tag values come with the feeds (and again after each tag edit).
            crate::model::Facet::ALL
                .into_iter()
                .map(|facet| Effect::Tag(TagJob::LoadTagValues(facet)))
                .collect()
        }
        Msg::PageLoaded {
            generation,
            offset,
            result,
        } => on_page(app, generation, offset, result),
        Msg::ArticleLoaded { request, result } => {
            if request != app.reader.request || app.reader.loading.is_none() {
                return Vec::new();
            }
            app.reader.loading = None;
            match result {
                Ok(Some(article)) => {
                    let width = app.reader_width();
                    let open = OpenArticle::new(*article, width);
                    let mut effects = vec![open.render_effect(request)];
                    app.reader.open = Some(open);
                    app.reader.scroll = 0;
                    app.tagging.close_article();
                    effects.extend(tagging::suggest_effect(app));
                    effects.extend(on_geometry_change(app));
                    return effects;
                }
                Ok(None) => {
                    app.reader.close();
                    app.notice = Some(error("article not found".to_owned()));
                }
                Err(e) => {
                    app.reader.close();
                    app.notice = Some(error(e));
                }
            }
            on_geometry_change(app)
        }
        Msg::BodyRendered {
            request,
            width,
            body,
        } => {
            let taken = request == app.reader.request
                && app
                    .reader
                    .open
                    .as_mut()
                    .is_some_and(|open| open.rendered(width, *body));
            if taken {
                let height = app.reader_height();
                app.reader.scroll_by(0, height);
            }
            Vec::new()
        }
        Msg::RefreshProgress { done, total, feed } => {
            app.refresh = RefreshState {
                running: true,
                done,
                total,
                feed,
            };
            Vec::new()
        }
        Msg::RefreshFinished(result) => {
            app.refresh = RefreshState::default();
            match result {
                Ok(outcome) => app.notice = Some(refresh_notice(app.settings.lang, outcome)),
                Err(e) => {
                    app.notice = Some(Notice::error(T::RefreshError, vec![("error", e)]));
                }
            }
            let mut effects = vec![Effect::Db(DbJob::LoadFeeds)];
            effects.extend(reload_list(app));
            effects
        }
        Msg::FeedsLoaded(Err(e)) | Msg::SaveFailed(e) => {
            app.notice = Some(error(e));
            Vec::new()
        }
        Msg::FullTextLoaded { id, result } => on_full_text(app, id, result),
        // A refresh of our own reloads when it ends; another process's writes reload now.
        Msg::StoreChanged if app.refresh.running => Vec::new(),
        Msg::StoreChanged => {
            let mut effects = vec![Effect::Db(DbJob::LoadFeeds)];
            effects.extend(reload_list(app));
            effects
        }
        Msg::Exported(result) => {
            let prompt = app.pending_export.take();
            app.notice = Some(match result {
                Ok((count, path)) => Notice::info(
                    T::Exported,
                    vec![("count", count.to_string()), ("path", path)],
                ),
                Err(e) => {
                    // The path typed is given back, to fix rather than type again.
                    if let Some(mut prompt) = prompt {
                        prompt.confirm_overwrite = false;
                        app.overlay = Overlay::ExportPrompt(prompt);
                    }
                    Notice::error(T::ExportFailed, vec![("error", e)])
                }
            });
            Vec::new()
        }
        Msg::ExportExists(path) => {
            if let Some(mut prompt) = app.pending_export.take() {
                prompt.confirm_overwrite = true;
                app.overlay = Overlay::ExportPrompt(prompt);
            }
            app.notice = Some(Notice::error(T::ExportExists, vec![("path", path)]));
            Vec::new()
        }
        Msg::OpenFailed(e) => {
            app.notice = Some(Notice::error(T::OpenFailed, vec![("error", e)]));
            Vec::new()
        }
        Msg::TagsChanged(result) => tagging::on_tags_changed(app, result),
        Msg::TagValuesLoaded { facet, result } => tagging::on_tag_values(app, facet, result),
        Msg::Suggested {
            request,
            suggestions,
            rejected,
            failed,
        } => tagging::on_suggested(app, request, *suggestions, rejected, failed),
        Msg::RejectionsChanged(result) => tagging::on_rejections_changed(app, result),
        Msg::NoteSaved(result) => note::on_note_saved(app, result),
        Msg::NoteEdited { id, result } => note::on_note_edited(app, id, result),
        Msg::ReadChanged(result) => triage::on_read_changed(app, result),
        Msg::StoryChanged(result) => stories::on_story_changed(app, result),
        Msg::PreviewDue { request } => {
            let mut effects = super::preview::on_due(app, request);
            if !effects.is_empty() {
                // The reader pane appears (or stays): the list's height follows.
                effects.extend(on_geometry_change(app));
            }
            effects
        }
        Msg::UnreadFound { generation, result } => triage::on_unread_found(app, generation, result),
        Msg::Key(_) | Msg::Mouse(_) | Msg::Resize { .. } | Msg::Tick(_) | Msg::Terminate => {
            Vec::new()
        }
    }
}

fn on_page(
    app: &mut App,
    generation: u64,
    offset: usize,
    result: Result<crate::tui::msg::Page, String>,
) -> Vec<Effect> {
    let current =
        generation == app.list.generation && app.list.pending.is_some_and(|(o, _)| o == offset);
    match result {
        Ok(page) => {
            if !app.list.accept(generation, offset, page) {
                return Vec::new();
            }
            if app.list.open_when_loaded && app.list.selected_row().is_some() {
                app.list.open_when_loaded = false;
                if app.focus == crate::tui::model::Pane::Reader {
                    return triage::open_selected(app);
                }
            }
            follow_selection(app)
        }
        Err(e) if current => {
            app.list.pending = None;
            app.notice = Some(error(e));
            Vec::new()
        }
        Err(_) => Vec::new(),
    }
}

/// A stored full text: the reader shows it if the article is still open; a failure is said.
fn on_full_text(app: &mut App, id: ArticleId, result: Result<(), String>) -> Vec<Effect> {
    if let Err(e) = result {
        app.notice = Some(Notice::error(T::FullTextFailed, vec![("error", e)]));
        return Vec::new();
    }
    app.notice = Some(Notice::info(T::FullTextLoaded, Vec::new()));
    let shown = app.reader.open.as_ref().map(|o| o.article.summary.id);
    if shown != Some(id) || app.reader.loading.is_some() {
        return Vec::new();
    }
    app.reader.request += 1;
    app.reader.loading = Some(id);
    vec![Effect::Db(DbJob::LoadArticle {
        id,
        request: app.reader.request,
    })]
}

/// "N new, M failed — first feed: its reason", then the feeds that moved for good, the malformed
/// items left out and what retention removed, each only when there is one: what `veille fetch`
/// says too.
fn refresh_notice(lang: crate::model::Lang, outcome: RefreshOutcome) -> Notice {
    let line = crate::text::screen::line;
    let mut more = String::new();
    if let Some((feed, url)) = outcome.moved.first() {
        let n = outcome.moved.len().to_string();
        more.push_str(&T::RefreshMoved.fill(
            lang,
            &[("n", &n), ("feed", &line(feed)), ("url", &line(url))],
        ));
    }
    if let Some((feed, reason)) = &outcome.first_skipped {
        let n = outcome.skipped.to_string();
        more.push_str(&T::RefreshSkipped.fill(
            lang,
            &[("n", &n), ("feed", &line(feed)), ("reason", &line(reason))],
        ));
    }
    if let Some((feed, until)) = outcome.postponed.first() {
        let n = outcome.postponed.len().to_string();
        let time = until
            .with_timezone(&chrono::Local)
            .format("%H:%M")
            .to_string();
        more.push_str(
            &T::RefreshPostponed.fill(lang, &[("n", &n), ("feed", &line(feed)), ("time", &time)]),
        );
    }
    if outcome.purged > 0 {
        more.push_str(&T::RetentionRemoved.fill(lang, &[("purged", &outcome.purged.to_string())]));
    }
    let new = ("new", outcome.new.to_string());
    match outcome.failed.first() {
        None => Notice::info(T::RefreshDone, vec![new, ("more", more)]),
        Some((feed, reason)) => Notice::error(
            T::RefreshFailures,
            vec![
                new,
                ("n", outcome.failed.len().to_string()),
                ("feed", line(feed)),
                ("reason", line(reason)),
                ("more", more),
            ],
        ),
    }
}

fn error(detail: String) -> Notice {
    Notice::error(T::Error, vec![("error", detail)])
}

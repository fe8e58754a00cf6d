//! The database worker: a thread owning its own `Store`, running the jobs that read or write it in
//! order, and answering with messages. Requests superseded while queued are skipped.
use super::tag_worker;
use crate::model::FeedSource;
use crate::store::Store;
use crate::tui::model::tagging::SharedVocabulary;
use crate::tui::msg::{
    DbJob, FeedCount, FeedFailure, Msg, NoteChange, Page, ReadChange, StoriesPage, StoryEdit,
    TagJob,
};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::thread::JoinHandle;
use std::time::Duration;

/// What the worker runs: database and tagging jobs share its one connection, so every write is
/// committed in the order it was asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Job {
    /// Loads and flag writes.
    Db(DbJob),
    /// Tag edits, used values, suggestions.
    Tag(TagJob),
}

/// How often the worker looks for articles written by another process while it is idle.
const WATCH: Duration = Duration::from_secs(2);

/// Starts the worker on `store`; it ends when the returned sender is dropped (after the jobs
/// already sent: join it to know they are committed) or the UI is gone. `feeds` are the configured
/// subscriptions: they are synced first so the sidebar lists them even before any fetch, and only
/// they are listed. `vocab` is the session's vocabulary (suggestions, exports).
pub fn spawn(
    store: Store,
    feeds: Vec<FeedSource>,
    vocab: SharedVocabulary,
    tx: Sender<Msg>,
) -> (Sender<Job>, JoinHandle<()>) {
    let (jobs, rx) = channel();
    let thread = std::thread::spawn(move || work(store, &feeds, &vocab, &rx, &tx));
    (jobs, thread)
}

fn work(
    mut store: Store,
    feeds: &[FeedSource],
    vocab: &SharedVocabulary,
    rx: &Receiver<Job>,
    tx: &Sender<Msg>,
) {
    if let Err(e) = store.sync_feeds(feeds) {
        let _ = tx.send(Msg::FeedsLoaded(Err(e.to_string())));
    }
    let mut suggest = tag_worker::Suggest::new(vocab.0.clone());
    let mut seen = store.data_version().ok();
    loop {
        let first = match rx.recv_timeout(WATCH) {
            Ok(job) => job,
            Err(RecvTimeoutError::Timeout) => {
                // Another process (a cron `veille fetch`) committed: tell the UI to reload.
                let now = store.data_version().ok();
                if now != seen {
                    seen = now;
                    if tx.send(Msg::StoreChanged).is_err() {
                        return;
                    }
                }
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => return,
        };
        let mut batch = vec![first];
        batch.extend(rx.try_iter());
        for job in latest_only(batch) {
            let msg = match job {
                Job::Db(job) => answer(&mut store, feeds, vocab, job),
                Job::Tag(job) => Some(tag_worker::run(&mut store, &mut suggest, job)),
            };
            let Some(msg) = msg else {
                continue;
            };
            if tx.send(msg).is_err() {
                return;
            }
        }
    }
}

/// Keeps every write, in order, but only the last page, article and feeds request of the batch:
/// the model would drop the older answers anyway.
fn latest_only(batch: Vec<Job>) -> Vec<Job> {
    let last = |pred: fn(&Job) -> bool| batch.iter().rposition(pred);
    let page = last(|e| matches!(e, Job::Db(DbJob::LoadPage { .. })));
    let article = last(|e| matches!(e, Job::Db(DbJob::LoadArticle { .. })));
    let feeds = last(|e| matches!(e, Job::Db(DbJob::LoadFeeds)));
    let suggest = last(|e| matches!(e, Job::Tag(TagJob::Suggest { .. })));
    batch
        .into_iter()
        .enumerate()
        .filter(|(i, e)| match e {
            Job::Db(DbJob::LoadPage { .. }) => Some(*i) == page,
            Job::Db(DbJob::LoadArticle { .. }) => Some(*i) == article,
            Job::Db(DbJob::LoadFeeds) => Some(*i) == feeds,
            Job::Tag(TagJob::Suggest { .. }) => Some(*i) == suggest,
            _ => true,
        })
        .map(|(_, e)| e)
        .collect()
}

/// Carries out one database job on `store` and returns the message answering it (None for a
/// write that succeeded). Public so the scale benchmark times exactly what the worker does.
pub fn answer(
    store: &mut Store,
    feeds: &[FeedSource],
    vocab: &SharedVocabulary,
    job: DbJob,
) -> Option<Msg> {
    Some(match job {
        DbJob::LoadFeeds => Msg::FeedsLoaded(
            store
                .feeds()
                .map(|stored| {
                    stored
                        .into_iter()
                        .filter(|f| feeds.is_empty() || feeds.iter().any(|s| s.url == f.url))
                        .map(|f| FeedCount {
                            failure: f.last_error.map(|reason| FeedFailure {
                                reason,
                                status: f.last_status,
                                last_success: f.last_success,
                                failing_since: f.failing_since,
                            }),
                            name: f.name,
                            unread: f.unread,
                            total: f.total,
                        })
                        .collect()
                })
                .map_err(|e| e.to_string()),
        ),
        DbJob::LoadPage {
            filter,
            offset,
            limit,
            generation,
            count,
            stories,
        } => {
            let result = match stories {
                None => store.list_page(&filter, offset, limit).and_then(|rows| {
                    let total = if count {
                        Some(store.count(&filter)?)
                    } else {
                        None
                    };
                    Ok(Page {
                        rows,
                        total,
                        kinds: Vec::new(),
                        stories: None,
                    })
                }),
                Some(q) => story_page(store, &filter, &q, offset, limit, count),
            };
            Msg::PageLoaded {
                generation,
                offset,
                result: result.map_err(|e| e.to_string()),
            }
        }
        DbJob::LoadArticle { id, request } => Msg::ArticleLoaded {
            request,
            result: store
                .article(id)
                .map(|a| a.map(Box::new))
                .map_err(|e| e.to_string()),
        },
        DbJob::SetRead { id, read } => store
            .set_read(id, read)
            .err()
            .map(|e| Msg::SaveFailed(e.to_string()))?,
        DbJob::SetStarred { id, starred } => store
            .set_starred(id, starred)
            .err()
            .map(|e| Msg::SaveFailed(e.to_string()))?,
        DbJob::Export {
            filter,
            format,
            path,
            options,
            overwrite,
        } => match std::path::absolute(&path) {
            Ok(absolute) if !overwrite && absolute.exists() => {
                Msg::ExportExists(absolute.display().to_string())
            }
            _ => Msg::Exported(export(store, vocab, &filter, format, &path, &options)),
        },
        DbJob::SetNote { id, note, undo } => Msg::NoteSaved(
            store
                .note(id)
                .and_then(|before| {
                    store.set_note(id, note.as_deref())?;
                    Ok(NoteChange {
                        id,
                        before,
                        after: store.note(id)?,
                        undo,
                    })
                })
                .map_err(|e| e.to_string()),
        ),
        DbJob::MarkAllRead { filter } => {
            let unread = crate::model::Filter {
                unread: true,
                ..filter
            };
            Msg::ReadChanged(
                store
                    .ids(&unread)
                    .and_then(|ids| store.set_read_many(&ids, true))
                    .map(|ids| ReadChange {
                        ids,
                        read: true,
                        undo: false,
                    })
                    .map_err(|e| e.to_string()),
            )
        }
        DbJob::SetStoryRead { story, read } => {
            let members = crate::model::Filter {
                story: Some(story),
                ..crate::model::Filter::default()
            };
            Msg::ReadChanged(
                store
                    .ids(&members)
                    .and_then(|ids| store.set_read_many(&ids, read))
                    .map(|ids| ReadChange {
                        ids,
                        read,
                        undo: false,
                    })
                    .map_err(|e| e.to_string()),
            )
        }
        DbJob::TakeOutOfStory { id, from } => Msg::StoryChanged(
            store
                .take_out_of_story(id)
                .map(|_| StoryEdit::TakenOut { id, from })
                .map_err(|e| e.to_string()),
        ),
        DbJob::MergeStories { into, from } => Msg::StoryChanged(
            store
                .merge_stories(into, from)
                .map(|()| StoryEdit::Merged { into, from })
                .map_err(|e| e.to_string()),
        ),
        DbJob::SetReadMany { ids, read, undo } => Msg::ReadChanged(
            store
                .set_read_many(&ids, read)
                .map(|ids| ReadChange { ids, read, undo })
                .map_err(|e| e.to_string()),
        ),
        DbJob::FindUnread {
            filter,
            from,
            forward,
            generation,
        } => Msg::UnreadFound {
            generation,
            result: store
                .unread_near(&filter, from, forward)
                .map_err(|e| e.to_string()),
        },
        DbJob::SetTlp { id, tlp } => store
            .set_tlp(id, tlp)
            .err()
            .map(|e| Msg::SaveFailed(e.to_string()))?,
    })
}

/// Writes the articles matching `filter` to `path` (made absolute, so the message says where).
fn export(
    store: &Store,
    vocab: &SharedVocabulary,
    filter: &crate::model::Filter,
    format: crate::export::Format,
    path: &str,
    options: &crate::export::Options,
) -> Result<(usize, String), String> {
    let path = std::path::absolute(path).map_err(|e| format!("{path}: {e}"))?;
    let items = crate::export::load(store, filter).map_err(|e| e.to_string())?;
    let vocab = vocab
        .0
        .as_deref()
        .ok_or_else(|| "the tag vocabulary did not load".to_owned())?;
    crate::export::write_file(format, &items, vocab, options, &path).map_err(|e| e.to_string())?;
    Ok((items.len(), path.display().to_string()))
}

/// A page of the stories view: its rows, what each stands for, and the count when asked.
fn story_page(
    store: &Store,
    filter: &crate::model::Filter,
    q: &StoriesPage,
    offset: usize,
    limit: usize,
    count: bool,
) -> Result<Page, crate::store::StoreError> {
    let rows = store.story_rows(filter, &q.expanded, q.prefer, offset, limit)?;
    let (total, stories) = if count {
        // Without the expanded stories' members, each story is one row.
        let stories = store.count_story_rows(filter, &[])?;
        let rows = if q.expanded.is_empty() {
            stories
        } else {
            store.count_story_rows(filter, &q.expanded)?
        };
        (Some(rows), Some(stories))
    } else {
        (None, None)
    };
    let (rows, kinds) = rows.into_iter().map(|r| (r.article, r.kind)).unzip();
    Ok(Page {
        rows,
        total,
        kinds,
        stories,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleId, Filter};

    fn page(generation: u64) -> Job {
        Job::Db(DbJob::LoadPage {
            filter: Filter::default(),
            offset: 0,
            limit: 200,
            generation,
            count: true,
            stories: None,
        })
    }

    #[test]
    fn keeps_writes_in_order_and_only_the_latest_reads() {
        let read = Job::Db(DbJob::SetRead {
            id: ArticleId(7),
            read: true,
        });
        let star = Job::Db(DbJob::SetStarred {
            id: ArticleId(7),
            starred: true,
        });
        let article = |request| {
            Job::Db(DbJob::LoadArticle {
                id: ArticleId(7),
                request,
            })
        };
        let batch = vec![
            page(1),
            read.clone(),
            article(1),
            page(2),
            Job::Db(DbJob::LoadFeeds),
            star.clone(),
            article(2),
            page(3),
        ];
        assert_eq!(
            latest_only(batch),
            vec![read, Job::Db(DbJob::LoadFeeds), star, article(2), page(3)]
        );
    }
}

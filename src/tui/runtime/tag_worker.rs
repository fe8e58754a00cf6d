//! The worker's tagging jobs: tag edits committed before they are reported (so a tag the user
//! sees applied survives a kill -9), used values, and suggestions computed off the UI thread.
use crate::store::{Provenance, Store, TagRow, tag_rows};
use crate::tagging::{Suggester, Vocabulary};
use crate::tui::msg::{Msg, RejectChange, TagChange, TagJob};
use std::sync::Arc;

/// The suggestion matcher over the session's vocabulary, built on first use (the first article
/// opened), then kept.
pub(super) struct Suggest {
    vocab: Option<Arc<Vocabulary>>,
    suggester: Option<Suggester>,
}

impl Suggest {
    /// Suggestions from `vocab` (none without one).
    pub(super) fn new(vocab: Option<Arc<Vocabulary>>) -> Suggest {
        Suggest {
            vocab,
            suggester: None,
        }
    }

    fn get(&mut self) -> Option<&Suggester> {
        if self.suggester.is_none() {
            // The bundled vocabulary is validated by tests; if it ever failed, no suggestion is shown.
            self.suggester = self.vocab.as_deref().and_then(|v| Suggester::new(v).ok());
        }
        self.suggester.as_ref()
    }
}

/// Runs a tagging job and answers it.
pub(super) fn run(store: &mut Store, suggest: &mut Suggest, job: TagJob) -> Msg {
    let change =
        |added, provenance, rows: Result<(Vec<TagRow>, Vec<TagRow>), _>, articles, undo| {
            Msg::TagsChanged(
                rows.map(|(rows, replaced)| TagChange {
                    added,
                    provenance,
                    rows,
                    replaced,
                    articles,
                    undo,
                })
                .map_err(|e: crate::store::StoreError| e.to_string()),
            )
        };
    match job {
        TagJob::AddTag {
            ids,
            tags,
            provenance,
        } => {
            let rows = store.add_tag_rows_settled(&tag_rows(&ids, &tags), provenance);
            change(true, provenance, rows, ids.len(), false)
        }
        TagJob::AddTagWhere { filter, tags } => match store.ids(&filter) {
            Ok(ids) => {
                let rows = store.add_tag_rows_settled(&tag_rows(&ids, &tags), Provenance::User);
                change(true, Provenance::User, rows, ids.len(), false)
            }
            Err(e) => Msg::TagsChanged(Err(e.to_string())),
        },
        TagJob::RemoveTag {
            rows,
            restore,
            undo,
        } => {
            let articles = distinct_articles(&rows);
            // The undo of an addition that settled an attribution puts the settled tags back,
            // in the same transaction as it removes the addition.
            let removed = store.remove_and_restore(&rows, &restore);
            change(false, Provenance::User, removed, articles, undo)
        }
        TagJob::RestoreTags { rows, undo } => {
            let articles = distinct_articles(&rows);
            let restored = store.add_tag_rows_settled(&rows, Provenance::User);
            change(true, Provenance::User, restored, articles, undo)
        }
        TagJob::LoadTagValues(facet) => Msg::TagValuesLoaded {
            facet,
            result: store.tag_values(facet).map_err(|e| e.to_string()),
        },
        TagJob::Suggest {
            request,
            id,
            title,
            text,
            link,
        } => {
            // The rules read hostile text by byte offsets: a bug in one must cost this article's
            // suggestions, not the reader (the worker thread and the terminal with it).
            let found = crate::panics::contain(std::panic::AssertUnwindSafe(|| {
                suggest
                    .get()
                    .map(|s| s.suggest_linked(&title, &text, link.as_deref()))
                    .unwrap_or_default()
            }));
            let (suggestions, failed) = match found {
                Ok(found) => (found, None),
                Err(panicked) => (Default::default(), Some(panicked.to_string())),
            };
            Msg::Suggested {
                request,
                suggestions: Box::new(suggestions),
                // Unreadable rejections would offer them again: better than no suggestion at all.
                rejected: store.rejected_suggestions(id).unwrap_or_default(),
                failed,
            }
        }
        TagJob::RejectSuggestions { rows } => Msg::RejectionsChanged(
            store
                .reject_suggestions(&rows)
                .map(|rows| RejectChange {
                    rejected: true,
                    rows,
                    undo: false,
                })
                .map_err(|e| e.to_string()),
        ),
        TagJob::RestoreSuggestions { rows } => Msg::RejectionsChanged(
            store
                .restore_suggestions(&rows)
                .map(|rows| RejectChange {
                    rejected: false,
                    rows,
                    undo: true,
                })
                .map_err(|e| e.to_string()),
        ),
    }
}

fn distinct_articles(rows: &[TagRow]) -> usize {
    let mut ids: Vec<i64> = rows.iter().map(|(id, _, _)| id.0).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Validators;
    use crate::model::{ArticleId, Facet, FeedSource, Filter, NewArticle};
    use crate::store::FeedUpdate;

    /// A database file with `n` articles, and its path.
    fn file_store(n: usize) -> (tempfile::TempDir, std::path::PathBuf, Store) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("veille.db");
        let mut store = Store::open(&path).unwrap();
        let feeds = store
            .sync_feeds(&[FeedSource {
                name: "ZATAZ".into(),
                url: "https://zataz.example/feed".into(),
                lang: None,
                full_text: false,
            }])
            .unwrap();
        let articles = (0..n)
            .map(|i| NewArticle {
                dedup_key: format!("k{i}"),
                title: format!("Le rançongiciel LockBit frappe l'hôpital {i}"),
                url: None,
                author: None,
                published: None,
                summary: None,
                content_html: None,
                text: None,
                lang: None,
            })
            .collect();
        let update = FeedUpdate {
            title: None,
            validators: Validators::default(),
            articles,
        };
        store.record_fetch(feeds[0].id, &update).unwrap();
        (dir, path, store)
    }

    fn other_connection_sees(path: &std::path::Path) -> Vec<(i64, String, String)> {
        let conn = rusqlite::Connection::open(path).unwrap();
        let mut stmt = conn
            .prepare("SELECT article_id, value, provenance FROM tags ORDER BY article_id, value")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    }

    #[test]
    fn a_reported_tag_is_already_committed_and_undo_reverts_exactly_it() {
        let (_dir, path, mut store) = file_store(3);
        let ids = store.ids(&Filter::default()).unwrap();
        let mut suggest = Suggest::new(Vocabulary::bundled().ok().map(Arc::new));
        // One article already carries ransomware: bulk must not claim (nor undo) it.
        store
            .add_tag(ids[0], Facet::Attack, "Ransomware", Provenance::User)
            .unwrap();
        let reply = run(
            &mut store,
            &mut suggest,
            TagJob::AddTagWhere {
                filter: Filter::default(),
                tags: vec![(Facet::Attack, "ransomware".into())],
            },
        );
        let Msg::TagsChanged(Ok(change)) = reply else {
            panic!("{reply:?}")
        };
        assert_eq!((change.articles, change.rows.len()), (3, 2));
        // The reply exists only after the commit: another connection sees every tag now.
        assert_eq!(other_connection_sees(&path).len(), 3);
        let undo = run(
            &mut store,
            &mut suggest,
            TagJob::RemoveTag {
                rows: change.rows,
                restore: change.replaced,
                undo: true,
            },
        );
        assert!(
            matches!(undo, Msg::TagsChanged(Ok(TagChange { undo: true, added: false, ref rows, .. })) if rows.len() == 2)
        );
        assert_eq!(
            other_connection_sees(&path),
            vec![(ids[0].0, "Ransomware".to_owned(), "user".to_owned())]
        );
    }

    /// The actor tags each article carries, as another connection reads them.
    fn actors(path: &std::path::Path) -> Vec<(i64, String)> {
        other_connection_sees(path)
            .into_iter()
            .map(|(id, value, _)| (id, value))
            .filter(|(_, v)| v == "LockBit" || v == "unattributed")
            .collect()
    }

    #[test]
    fn naming_the_actor_of_a_story_replaces_unattributed_and_one_undo_puts_both_back() {
        // A story of two articles said unattributed; then the analyst reads the claim by LockBit.
        let (_dir, path, mut store) = file_store(2);
        let ids = store.ids(&Filter::default()).unwrap();
        let mut suggest = Suggest::new(None);
        let unattributed = vec![(Facet::Actor, "unattributed".to_owned())];
        store
            .add_tags(&ids, &unattributed, Provenance::User)
            .unwrap();
        let tag_story = TagJob::AddTagWhere {
            filter: Filter::default(),
            tags: vec![(Facet::Actor, "LockBit".into())],
        };
        let Msg::TagsChanged(Ok(change)) = run(&mut store, &mut suggest, tag_story) else {
            panic!()
        };
        assert_eq!((change.rows.len(), change.replaced.len()), (2, 2));
        let mut sorted: Vec<i64> = ids.iter().map(|i| i.0).collect();
        sorted.sort_unstable();
        let named: Vec<(i64, String)> = sorted.iter().map(|i| (*i, "LockBit".into())).collect();
        assert_eq!(actors(&path), named);
        // One undo: LockBit goes, unattributed comes back, in one answer.
        let undo = TagJob::RemoveTag {
            rows: change.rows,
            restore: change.replaced,
            undo: true,
        };
        let Msg::TagsChanged(Ok(undone)) = run(&mut store, &mut suggest, undo) else {
            panic!()
        };
        let said: Vec<(i64, String)> = sorted.iter().map(|i| (*i, "unattributed".into())).collect();
        assert_eq!(actors(&path), said);
        assert_eq!((undone.added, undone.replaced.len()), (false, 2));
        // Redo settles again: LockBit back, unattributed off.
        let redo = TagJob::RestoreTags {
            rows: undone.rows,
            undo: false,
        };
        let Msg::TagsChanged(Ok(redone)) = run(&mut store, &mut suggest, redo) else {
            panic!()
        };
        assert_eq!(redone.replaced.len(), 2);
        assert_eq!(actors(&path), named);
        // And the other way: "unattributed" on one article takes its named actor off.
        let reply = run(
            &mut store,
            &mut suggest,
            TagJob::AddTag {
                ids: vec![ids[0]],
                tags: unattributed,
                provenance: Provenance::User,
            },
        );
        let Msg::TagsChanged(Ok(change)) = reply else {
            panic!()
        };
        assert_eq!(
            change.replaced,
            vec![(ids[0], Facet::Actor, "LockBit".into())]
        );
    }

    /// Makes the store fail where `when` holds, as a crash there would stop it: a trigger,
    /// written by another connection, aborting the statement that reaches it.
    fn fail_at(path: &std::path::Path, trigger: &str) {
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.execute_batch(trigger).unwrap();
    }

    #[test]
    fn naming_the_actor_and_taking_off_unattributed_is_one_commit() {
        // Round 28's user: the tag and its settling were two commits; a crash between them left
        // the article both "unattributed" and LockBit's. Failing the settling now undoes the tag.
        let (_dir, path, mut store) = file_store(1);
        let ids = store.ids(&Filter::default()).unwrap();
        let mut suggest = Suggest::new(None);
        store
            .add_tag(ids[0], Facet::Actor, "unattributed", Provenance::User)
            .unwrap();
        fail_at(
            &path,
            "CREATE TRIGGER crash BEFORE DELETE ON tags WHEN OLD.value = 'unattributed'
             BEGIN SELECT RAISE(ABORT, 'stopped before settling'); END;",
        );
        let name = TagJob::AddTag {
            ids: ids.clone(),
            tags: vec![(Facet::Actor, "LockBit".into())],
            provenance: Provenance::User,
        };
        let reply = run(&mut store, &mut suggest, name);
        assert!(matches!(reply, Msg::TagsChanged(Err(_))), "{reply:?}");
        assert_eq!(actors(&path), vec![(ids[0].0, "unattributed".to_owned())]);
        // Without the failure, the same edit names the actor and settles, in one answer.
        fail_at(&path, "DROP TRIGGER crash;");
        let name = TagJob::AddTag {
            ids: ids.clone(),
            tags: vec![(Facet::Actor, "LockBit".into())],
            provenance: Provenance::User,
        };
        let Msg::TagsChanged(Ok(change)) = run(&mut store, &mut suggest, name) else {
            panic!()
        };
        assert_eq!(actors(&path), vec![(ids[0].0, "LockBit".to_owned())]);
        // The undo stopped halfway leaves the article as it was: named, not neither.
        fail_at(
            &path,
            "CREATE TRIGGER crash BEFORE INSERT ON tags WHEN NEW.value = 'unattributed'
             BEGIN SELECT RAISE(ABORT, 'stopped before restoring'); END;",
        );
        let undo = TagJob::RemoveTag {
            rows: change.rows.clone(),
            restore: change.replaced.clone(),
            undo: true,
        };
        let reply = run(&mut store, &mut suggest, undo);
        assert!(matches!(reply, Msg::TagsChanged(Err(_))), "{reply:?}");
        assert_eq!(actors(&path), vec![(ids[0].0, "LockBit".to_owned())]);
        fail_at(&path, "DROP TRIGGER crash;");
        let undo = TagJob::RemoveTag {
            rows: change.rows,
            restore: change.replaced,
            undo: true,
        };
        let Msg::TagsChanged(Ok(_)) = run(&mut store, &mut suggest, undo) else {
            panic!()
        };
        assert_eq!(actors(&path), vec![(ids[0].0, "unattributed".to_owned())]);
    }

    #[test]
    fn a_target_beside_unattributed_replaces_nothing() {
        // Near miss: only actors settle; a target added beside "unattributed" leaves it.
        let (_dir, path, mut store) = file_store(1);
        let ids = store.ids(&Filter::default()).unwrap();
        store
            .add_tag(ids[0], Facet::Actor, "unattributed", Provenance::User)
            .unwrap();
        let reply = run(
            &mut store,
            &mut Suggest::new(None),
            TagJob::AddTag {
                ids: ids.clone(),
                tags: vec![(Facet::Target, "LockBit".into())],
                provenance: Provenance::User,
            },
        );
        let Msg::TagsChanged(Ok(change)) = reply else {
            panic!()
        };
        assert!(change.replaced.is_empty());
        assert_eq!(actors(&path).len(), 2);
    }

    #[test]
    fn suggestions_and_used_values_are_answered_off_the_ui_thread() {
        let (_dir, _path, mut store) = file_store(1);
        let mut suggest = Suggest::new(Vocabulary::bundled().ok().map(Arc::new));
        let id = store.ids(&Filter::default()).unwrap()[0];
        run(
            &mut store,
            &mut suggest,
            TagJob::AddTag {
                ids: vec![id, ArticleId(999_999)],
                tags: vec![(Facet::Actor, "LockBit".into())],
                provenance: Provenance::Suggestion,
            },
        );
        let used = run(
            &mut store,
            &mut suggest,
            TagJob::LoadTagValues(Facet::Actor),
        );
        assert_eq!(
            used,
            Msg::TagValuesLoaded {
                facet: Facet::Actor,
                result: Ok(vec![("LockBit".into(), 1)])
            }
        );
        let Msg::Suggested {
            request,
            suggestions,
            ..
        } = run(
            &mut store,
            &mut suggest,
            TagJob::Suggest {
                request: 7,
                id,
                title: "Le rançongiciel LockBit frappe un hôpital".into(),
                text: String::new(),
                link: None,
            },
        )
        else {
            panic!()
        };
        assert_eq!(request, 7);
        assert!(suggestions.attack.iter().any(|s| s.value == "ransomware"));
    }

    #[test]
    fn a_rejection_is_committed_and_outlives_the_session_and_undo_forgets_it() {
        let (_dir, path, mut store) = file_store(1);
        let id = store.ids(&Filter::default()).unwrap()[0];
        let mut suggest = Suggest::new(Vocabulary::bundled().ok().map(Arc::new));
        let row = (id, Facet::Attack, "ransomware".to_owned());
        let reply = run(
            &mut store,
            &mut suggest,
            TagJob::RejectSuggestions {
                rows: vec![row.clone(), (ArticleId(999_999), Facet::Actor, "X".into())],
            },
        );
        assert_eq!(
            reply,
            Msg::RejectionsChanged(Ok(RejectChange {
                rejected: true,
                rows: vec![row.clone()],
                undo: false
            }))
        );
        // A new session (the store reopened) reads it with the article's suggestions.
        drop(store);
        let mut store = Store::open(&path).unwrap();
        let opened = |store: &mut Store, suggest: &mut Suggest| match run(
            store,
            suggest,
            TagJob::Suggest {
                request: 1,
                id,
                title: "Le rançongiciel LockBit frappe un hôpital".into(),
                text: String::new(),
                link: None,
            },
        ) {
            Msg::Suggested {
                suggestions,
                rejected,
                ..
            } => (suggestions, rejected),
            other => panic!("{other:?}"),
        };
        let (suggestions, rejected) = opened(&mut store, &mut suggest);
        assert!(suggestions.attack.iter().any(|s| s.value == "ransomware"));
        assert_eq!(rejected, vec![(Facet::Attack, "ransomware".to_owned())]);
        let undo = run(
            &mut store,
            &mut suggest,
            TagJob::RestoreSuggestions {
                rows: vec![(id, Facet::Attack, "RANSOMWARE".into())],
            },
        );
        assert!(
            matches!(undo, Msg::RejectionsChanged(Ok(RejectChange { rejected: false, undo: true, ref rows })) if rows == &vec![row])
        );
        assert!(opened(&mut store, &mut suggest).1.is_empty());
    }
}

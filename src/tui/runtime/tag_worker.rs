//! The worker's tagging jobs: tag edits committed before they are reported (so a tag the user
//! sees applied survives a kill -9), used values, and suggestions computed off the UI thread.
use crate::store::{Provenance, Store, TagRow};
use crate::tagging::{Suggester, Vocabulary};
use crate::tui::msg::{Effect, Msg, TagChange};

/// The suggestion matcher, built on first use (the first article opened), then kept.
#[derive(Default)]
pub(super) struct Suggest {
    suggester: Option<Suggester>,
}

impl Suggest {
    fn get(&mut self) -> Option<&Suggester> {
        if self.suggester.is_none() {
            // The bundled vocabulary is validated by tests; if it ever failed, no suggestion is shown.
            self.suggester = Vocabulary::bundled()
                .ok()
                .and_then(|v| Suggester::new(&v).ok());
        }
        self.suggester.as_ref()
    }
}

/// Runs a tagging effect; `Err(job)` gives back any other effect.
pub(super) fn run(store: &mut Store, suggest: &mut Suggest, job: Effect) -> Result<Msg, Effect> {
    let change = |added, provenance, rows: Result<Vec<TagRow>, _>, articles, undo| {
        Msg::TagsChanged(
            rows.map(|rows| TagChange {
                added,
                provenance,
                rows,
                articles,
                undo,
            })
            .map_err(|e: crate::store::StoreError| e.to_string()),
        )
    };
    Ok(match job {
        Effect::AddTag {
            ids,
            tags,
            provenance,
        } => {
            let rows = store.add_tags(&ids, &tags, provenance);
            change(true, provenance, rows, ids.len(), false)
        }
        Effect::AddTagWhere { filter, tags } => match store.ids(&filter) {
            Ok(ids) => {
                let rows = store.add_tags(&ids, &tags, Provenance::User);
                change(true, Provenance::User, rows, ids.len(), false)
            }
            Err(e) => Msg::TagsChanged(Err(e.to_string())),
        },
        Effect::RemoveTag { rows, undo } => {
            let articles = distinct_articles(&rows);
            change(
                false,
                Provenance::User,
                store.remove_tag_rows(&rows),
                articles,
                undo,
            )
        }
        Effect::RestoreTags { rows } => {
            let articles = distinct_articles(&rows);
            let restored = store.add_tag_rows(&rows, Provenance::User);
            change(true, Provenance::User, restored, articles, true)
        }
        Effect::LoadTagValues(facet) => Msg::TagValuesLoaded {
            facet,
            result: store.tag_values(facet).map_err(|e| e.to_string()),
        },
        Effect::Suggest {
            request,
            title,
            text,
        } => Msg::Suggested {
            request,
            suggestions: Box::new(
                suggest
                    .get()
                    .map(|s| s.suggest(&title, &text))
                    .unwrap_or_default(),
            ),
        },
        other => return Err(other),
    })
}

fn distinct_articles(rows: &[TagRow]) -> usize {
    let mut ids: Vec<i64> = rows.iter().map(|(id, _, _)| id.0).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.len()
}

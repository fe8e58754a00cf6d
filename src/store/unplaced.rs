//! Articles left without a story: a fetch stores each feed's articles at once, but their story
//! decisions later (up to 500 articles together, src/refresh/placing.rs), so a fetch killed
//! between the two (Ctrl-C, a crash, a power cut) leaves those articles out of stories, and no
//! later fetch would look at them again (it places only its own new articles). `story_placed`
//! keeps a mark: every article up to it has its decision. A fetch begins by placing the articles
//! above the mark that have none ([`Store::unplaced_articles`]), and ends by moving the mark past
//! its own ([`Store::mark_placed`]); with nothing to recover that is one range of the article ids'
//! own index, above the last run's articles: empty.
use super::{Store, StoreError};
use crate::model::ArticleId;
use rusqlite::{OptionalExtension, TransactionBehavior};

/// The articles above a mark (`?1`) that have no story, oldest id first.
const UNPLACED_ABOVE: &str = "SELECT a.id FROM articles a WHERE a.id > ?1
     AND NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)
     ORDER BY a.id";

/// Where a fetch's run began: the mark, and the store's `data_version` then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlacingMark {
    through: i64,
    version: i64,
}

impl Store {
    /// The mark as this run begins, and the articles above it that have no story, oldest id
    /// first: those a fetch stopped before storing their decisions left out. (Those of a fetch
    /// running now in another process are among them too: whichever stores a decision first
    /// keeps it, see `DecisionStatements::store`.)
    pub fn unplaced_articles(&self) -> Result<(PlacingMark, Vec<ArticleId>), StoreError> {
        let mark = PlacingMark {
            through: self.placed_through()?,
            version: self.data_version()?,
        };
        let ids = self
            .conn
            .prepare_cached(UNPLACED_ABOVE)?
            .query_map([mark.through], |r| Ok(ArticleId(r.get(0)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok((mark, ids))
    }

    /// Moves the mark as a run that began at `mark` ends, every decision it made stored.
    /// `all_placed`: every article this run stored and the unplaced ones it found have their
    /// story. When no other process wrote meanwhile, the articles above the mark are then all
    /// this run's and placed: the mark goes to the last article. Otherwise it goes just below the
    /// first article above it that has no story (another process's fetch still running, or one
    /// this run could not place), which the next fetch places.
    pub fn mark_placed(&mut self, mark: PlacingMark, all_placed: bool) -> Result<(), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Read under the write lock: no other process can store articles before the mark moves.
        let alone =
            tx.query_row("PRAGMA data_version", [], |r| r.get::<_, i64>(0))? == mark.version;
        let last: i64 = tx.query_row("SELECT coalesce(max(id), 0) FROM articles", [], |r| {
            r.get(0)
        })?;
        let through = if all_placed && alone {
            last
        } else {
            let first_unplaced: Option<i64> = tx
                .query_row(&format!("{UNPLACED_ABOVE} LIMIT 1"), [mark.through], |r| {
                    r.get(0)
                })
                .optional()?;
            first_unplaced.map_or(last, |id| id - 1)
        };
        // Never back: another run may have moved it further meanwhile, past articles it placed.
        // Written only when it moves: a fetch that brought nothing writes nothing.
        tx.execute(
            "UPDATE story_placed SET through = ?1 WHERE id = 1 AND through < ?1",
            [through],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Every article up to this id has its story decision.
    fn placed_through(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT through FROM story_placed WHERE id = 1")?
            .query_row([], |r| r.get(0))
            .optional()?
            .unwrap_or(0))
    }
}

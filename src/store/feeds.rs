//! Subscriptions and their fetch state (validators, status, errors, Retry-After).
use super::time::{count, from_db, now_db, to_db};
use super::{Store, StoreError, StoredFeed};
use crate::model::Validators;
use crate::model::{FeedId, FeedSource};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, TransactionBehavior, params};
use std::collections::HashMap;

/// Columns read by `feed_from_row`, counts included.
const FEED_COLUMNS: &str = "f.id, f.name, f.url, f.title, f.etag, f.last_modified, f.last_status, \
     f.last_error, f.last_success, f.retry_after, f.failing_since, \
     (SELECT count(*) FROM articles a WHERE a.feed_id = f.id AND a.read = 0), \
     (SELECT count(*) FROM articles a WHERE a.feed_id = f.id)";

/// A stored feed as `sync_feeds` compares it with the configuration.
struct KnownFeed {
    id: FeedId,
    name: String,
    configured: bool,
    /// Found in the configuration during this sync.
    listed: bool,
}

fn feed_from_row(row: &Row<'_>) -> rusqlite::Result<StoredFeed> {
    Ok(StoredFeed {
        id: row.get(0)?,
        name: row.get(1)?,
        url: row.get(2)?,
        title: row.get(3)?,
        validators: Validators {
            etag: row.get(4)?,
            last_modified: row.get(5)?,
        },
        last_status: row.get(6)?,
        last_error: row.get(7)?,
        last_success: from_db(row.get(8)?),
        retry_after: from_db(row.get(9)?),
        failing_since: from_db(row.get(10)?),
        unread: count(row.get(11)?),
        total: count(row.get(12)?),
    })
}

/// What moving a stored feed to its subscription's new address did (`Store::readdress_feed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Readdress {
    /// No feed is stored at the old address: nothing to move.
    NotStored,
    /// The feed now has the new address, with every article it held.
    Moved,
    /// A feed was already stored at the new address (an earlier subscription to it).
    Merged {
        /// Articles of the old feed that joined it, with their tags and read state.
        moved: usize,
        /// Articles that stayed under the old address because it already holds the same item.
        already_there: usize,
    },
}

/// Subscriptions whose address changed in the configuration, new address to old: a configured
/// feed no longer listed at its address, whose name now comes with an address never stored. It is
/// the same subscription (a feed that moved, its URL edited by hand): its row, articles and read
/// flags follow it, instead of a second feed fetching every article again beside the first.
fn moved_subscriptions<'a>(
    known: &HashMap<String, KnownFeed>,
    sources: &'a [FeedSource],
) -> HashMap<&'a str, String> {
    let listed: std::collections::HashSet<&str> = sources.iter().map(|s| s.url.as_str()).collect();
    let mut left_by_name: HashMap<&str, Vec<&str>> = HashMap::new();
    for (url, feed) in known {
        if feed.configured && !listed.contains(url.as_str()) {
            left_by_name.entry(&feed.name).or_default().push(url);
        }
    }
    sources
        .iter()
        .filter(|s| !known.contains_key(&s.url))
        .filter_map(|s| match left_by_name.get(s.name.as_str())?.as_slice() {
            // Two rows of one name: which one moved cannot be told.
            [old] => Some((s.url.as_str(), (*old).to_owned())),
            _ => None,
        })
        .collect()
}

impl Store {
    /// Makes sure every configured subscription has a row (keyed by URL, name updated) and returns them.
    /// A subscription whose address changed keeps its row ([`moved_subscriptions`]).
    ///
    /// Only the configured feeds are returned, in configuration order. Feeds that left the
    /// configuration are kept (their articles may be tagged) and still listed by [`Store::feeds`].
    pub fn sync_feeds(&mut self, sources: &[FeedSource]) -> Result<Vec<StoredFeed>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Only what changed is written: rewriting every row made each run over 100,000
        // subscriptions spend most of its sync writing pages that did not change.
        let mut known: HashMap<String, KnownFeed> = {
            let mut stmt = tx.prepare("SELECT url, id, name, configured FROM feeds")?;
            stmt.query_map([], |r| {
                let feed = KnownFeed {
                    id: r.get(1)?,
                    name: r.get(2)?,
                    configured: r.get(3)?,
                    listed: false,
                };
                Ok((r.get(0)?, feed))
            })?
            .collect::<rusqlite::Result<_>>()?
        };
        let mut ids = Vec::with_capacity(sources.len());
        let mut moved = moved_subscriptions(&known, sources);
        {
            let mut insert = tx.prepare(
                "INSERT INTO feeds (url, name, configured) VALUES (?1, ?2, 1) RETURNING id",
            )?;
            let mut update =
                tx.prepare("UPDATE feeds SET name = ?2, configured = 1 WHERE id = ?1")?;
            // The validators and the failure were the old address's answers.
            let mut readdress = tx.prepare(
                "UPDATE feeds SET url = ?2, etag = NULL, last_modified = NULL, last_status = NULL,
                     last_error = NULL, retry_after = NULL, failing_since = NULL
                 WHERE id = ?1",
            )?;
            for source in sources {
                if let Some(old) = moved.remove(source.url.as_str())
                    && let Some(feed) = known.remove(&old)
                {
                    readdress.execute(params![feed.id, source.url])?;
                    known.insert(source.url.clone(), feed);
                }
                let feed = match known.get_mut(&source.url) {
                    Some(feed) => {
                        if feed.name != source.name || !feed.configured {
                            update.execute(params![feed.id, source.name])?;
                        }
                        feed
                    }
                    None => {
                        let id =
                            insert.query_row(params![source.url, source.name], |r| r.get(0))?;
                        let feed = KnownFeed {
                            id,
                            name: String::new(),
                            configured: true,
                            listed: false,
                        };
                        known.entry(source.url.clone()).or_insert(feed)
                    }
                };
                feed.name.clone_from(&source.name);
                feed.configured = true;
                feed.listed = true;
                ids.push(feed.id);
            }
            let mut unconfigure = tx.prepare("UPDATE feeds SET configured = 0 WHERE id = ?1")?;
            for feed in known.values().filter(|f| f.configured && !f.listed) {
                unconfigure.execute([feed.id])?;
            }
        }
        tx.commit()?;
        // One query for all of them: a query per feed is most of the time on 100,000 feeds.
        let by_id: HashMap<FeedId, StoredFeed> = {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT {FEED_COLUMNS} FROM feeds f WHERE f.configured = 1"
            ))?;
            stmt.query_map([], feed_from_row)?
                .map(|feed| feed.map(|f| (f.id, f)))
                .collect::<rusqlite::Result<_>>()?
        };
        ids.into_iter()
            .map(|id| {
                by_id
                    .get(&id)
                    .cloned()
                    .ok_or(StoreError::UnknownFeed { id: id.0 })
            })
            .collect()
    }

    /// Every stored feed with state and counts, by name.
    pub fn feeds(&self) -> Result<Vec<StoredFeed>, StoreError> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {FEED_COLUMNS} FROM feeds f ORDER BY f.name COLLATE NOCASE, f.id"
        ))?;
        let feeds = stmt
            .query_map([], feed_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(feeds)
    }

    /// The feed whose URL is `key`, else the one named `key` (case-insensitive), configured feeds first.
    pub fn feed_by_name_or_url(&self, key: &str) -> Result<Option<StoredFeed>, StoreError> {
        let feed = self
            .conn
            .query_row(
                &format!(
                    "SELECT {FEED_COLUMNS} FROM feeds f
                     WHERE f.url = ?1 OR f.name = ?1 COLLATE NOCASE
                     ORDER BY f.url = ?1 DESC, f.configured DESC, f.id DESC LIMIT 1"
                ),
                [key.trim()],
                feed_from_row,
            )
            .optional()?;
        Ok(feed)
    }

    /// One feed by id.
    pub fn feed(&self, id: FeedId) -> Result<StoredFeed, StoreError> {
        self.conn
            .query_row(
                &format!("SELECT {FEED_COLUMNS} FROM feeds f WHERE f.id = ?1"),
                [id],
                feed_from_row,
            )
            .optional()?
            .ok_or(StoreError::UnknownFeed { id: id.0 })
    }

    /// Forgets what fetching each of `urls` taught (validators, last status and error, a server's
    /// Retry-After), for subscriptions added again: they start afresh. Articles are kept.
    /// Returns how many stored feeds had one of those URLs.
    pub fn reset_fetch_state(&mut self, urls: &[&str]) -> Result<usize, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut reset = 0;
        {
            let mut update = tx.prepare(
                "UPDATE feeds SET etag = NULL, last_modified = NULL, last_status = NULL,
                     last_error = NULL, retry_after = NULL, failing_since = NULL
                 WHERE url = ?1",
            )?;
            for url in urls {
                reset += update.execute([url])?;
            }
        }
        tx.commit()?;
        Ok(reset)
    }

    /// Moves the feed stored at `old` to the address `new`, with its articles, tags and read
    /// state (the subscription's URL changed); the old address's validators and failure go.
    /// When a feed is already stored at `new` (an earlier subscription to that address), the
    /// old feed's articles join it, and the few that feed already holds (same item) stay where
    /// they are, with their tags: nothing is deleted, and the caller says what happened.
    pub fn readdress_feed(&mut self, old: &str, new: &str) -> Result<Readdress, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let id_at = |url: &str| -> Result<Option<i64>, StoreError> {
            Ok(tx
                .query_row("SELECT id FROM feeds WHERE url = ?1", [url], |r| r.get(0))
                .optional()?)
        };
        let (Some(from), to) = (id_at(old)?, id_at(new)?) else {
            return Ok(Readdress::NotStored);
        };
        let outcome = match to {
            None => {
                tx.execute(
                    "UPDATE feeds SET url = ?2, etag = NULL, last_modified = NULL, last_status = NULL,
                         last_error = NULL, retry_after = NULL, failing_since = NULL
                     WHERE id = ?1",
                    params![from, new],
                )?;
                Readdress::Moved
            }
            Some(to) if to == from => Readdress::Moved,
            Some(to) => {
                let moved = tx.execute(
                    "UPDATE OR IGNORE articles SET feed_id = ?2 WHERE feed_id = ?1",
                    [from, to],
                )?;
                // What was purged from the old feed must not come back through the new one.
                tx.execute(
                    "UPDATE OR IGNORE purged_articles SET feed_id = ?2 WHERE feed_id = ?1",
                    [from, to],
                )?;
                let kept: i64 = tx.query_row(
                    "SELECT count(*) FROM articles WHERE feed_id = ?1",
                    [from],
                    |r| r.get(0),
                )?;
                let kept = usize::try_from(kept).unwrap_or(0);
                // The subscription's name goes with it, before the old row may go.
                tx.execute(
                    "UPDATE feeds SET configured = 1,
                         name = (SELECT name FROM feeds WHERE id = ?2)
                     WHERE id = ?1",
                    [to, from],
                )?;
                if kept == 0 {
                    tx.execute("DELETE FROM feeds WHERE id = ?1", [from])?;
                } else {
                    tx.execute("UPDATE feeds SET configured = 0 WHERE id = ?1", [from])?;
                }
                Readdress::Merged {
                    moved,
                    already_there: kept,
                }
            }
        };
        tx.commit()?;
        Ok(outcome)
    }

    /// Records a 304: success time and status only.
    pub fn record_not_modified(&mut self, feed: FeedId) -> Result<(), StoreError> {
        let now = now_db();
        let changed = self.conn.execute(
            "UPDATE feeds SET last_status = 304, last_error = NULL, last_attempt = ?2,
                 last_success = ?2, retry_after = NULL, failing_since = NULL
             WHERE id = ?1",
            params![feed, now],
        )?;
        expect_feed(changed, feed)
    }

    /// Records a failed attempt; stored articles and validators are kept.
    pub fn record_failure(
        &mut self,
        feed: FeedId,
        status: Option<u16>,
        error: &str,
        retry_after: Option<DateTime<Utc>>,
    ) -> Result<(), StoreError> {
        let changed = self.conn.execute(
            "UPDATE feeds SET last_status = ?2, last_error = ?3, last_attempt = ?4, retry_after = ?5,
                 failing_since = coalesce(failing_since, ?4)
             WHERE id = ?1",
            params![feed, status, error, now_db(), retry_after.map(to_db)],
        )?;
        expect_feed(changed, feed)
    }
}

/// Turns "no row updated" into a named error.
pub(super) fn expect_feed(changed: usize, feed: FeedId) -> Result<(), StoreError> {
    if changed == 0 {
        Err(StoreError::UnknownFeed { id: feed.0 })
    } else {
        Ok(())
    }
}

/// Stores what a successful fetch says about the feed itself.
pub(super) fn record_success(
    tx: &rusqlite::Transaction<'_>,
    feed: FeedId,
    title: Option<&str>,
    validators: &Validators,
    now: i64,
) -> Result<(), StoreError> {
    let changed = tx.execute(
        "UPDATE feeds SET title = coalesce(?2, title), etag = ?3, last_modified = ?4,
             last_status = 200, last_error = NULL, last_attempt = ?5, last_success = ?5,
             retry_after = NULL, failing_since = NULL
         WHERE id = ?1",
        params![feed, title, validators.etag, validators.last_modified, now],
    )?;
    expect_feed(changed, feed)
}

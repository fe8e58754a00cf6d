//! Articles: upsert from a fetch (in short batches), flags, full text, notes, retention.
//!
//! An article the analyst has worked on (tagged, annotated or starred) is evidence: its tags, note
//! and star are judgements about the text that was read. A feed may later publish something else
//! under the same GUID — a correction, or an advertisement, or a compromised feed laundering what an
//! actor is accused of. Rewriting the stored article would make every export attribute the analyst's
//! tags to text they never saw, silently. So such an article keeps the version worked on, and each
//! later version the feed publishes is kept beside it in `article_revisions`: counted in
//! `revisions` (`--json`, exports), flagged in the reader's list and shown with its title and link by
//! the reader and `veille show`, for the analyst to review. Articles nobody worked on simply follow
//! their feed.
use super::feeds::record_success;
use super::query::summary_from_row;
use super::tags::tags_of;
use super::time::{count, from_db, now_db, to_db};
use super::{FeedUpdate, Store, StoreError, UpdateStats};
use crate::model::{Article, ArticleId, FeedId, NewArticle, Revision, Tlp};
use crate::text::plain::html_to_plain;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use std::collections::HashSet;
use std::time::{Duration, Instant};

/// Most articles one transaction of [`Store::record_fetch_batch`] stores.
const BATCH_ARTICLES: usize = 2_000;

/// How long one batch may hold the write lock before it commits: a `veille tag` or the reader's
/// edit waits at most about this long behind a fetch storing a feed of any size.
const BATCH_TIME: Duration = Duration::from_millis(100);

/// What an already-stored article looks like, to tell whether a refetch changed it.
struct StoredVersion {
    id: i64,
    title: String,
    url: Option<String>,
    summary: Option<String>,
    content_html: Option<String>,
    full_text_html: Option<String>,
    /// Tagged, annotated or starred: the feed no longer rewrites it (see the module comment).
    worked_on: bool,
}

/// How far a fetched feed has been stored, between two of its batches.
#[derive(Debug, Default)]
pub struct FeedWrite {
    /// The first article not stored yet.
    next: usize,
    /// Dedup keys met so far: a later item repeating one is ignored.
    seen: HashSet<String>,
    /// What the committed batches changed.
    stats: UpdateStats,
}

impl FeedWrite {
    /// What the committed batches changed.
    pub fn into_stats(self) -> UpdateStats {
        self.stats
    }
}

/// The indexed text: the extracted full page, else the feed's content, else its summary.
fn derive_text(full_text: Option<&str>, content: Option<&str>, summary: Option<&str>) -> String {
    full_text
        .or(content)
        .or(summary)
        .map(html_to_plain)
        .unwrap_or_default()
}

impl Store {
    /// Applies a successful fetch: articles upserted by dedup key, then validators and status
    /// stored and error cleared; in batches (see [`Store::record_fetch_batch`]) one after the other.
    ///
    /// A known article keeps its flags, tags and note; it counts as updated only when its title,
    /// link, summary or content changed. Later items repeating a dedup key within one update are ignored.
    pub fn record_fetch(
        &mut self,
        feed: FeedId,
        update: &FeedUpdate,
    ) -> Result<UpdateStats, StoreError> {
        let mut write = FeedWrite::default();
        while !self.record_fetch_batch(feed, update, &mut write)? {}
        Ok(write.into_stats())
    }

    /// Stores the next batch of `update` in one transaction, committed when this returns: at most
    /// [`BATCH_ARTICLES`] articles or [`BATCH_TIME`] of work, so another process waiting for the
    /// write lock gets it between two batches. True once the whole update is stored.
    ///
    /// The feed's validators (ETag, Last-Modified) and success are stored by the last batch only: a
    /// run killed or failing mid-feed leaves the batches committed so far (each whole, nothing
    /// stored before lost) and the old validators, so the next fetch gets the document again and
    /// completes it. After an error, `write` must not be used again.
    pub fn record_fetch_batch(
        &mut self,
        feed: FeedId,
        update: &FeedUpdate,
        write: &mut FeedWrite,
    ) -> Result<bool, StoreError> {
        let now = now_db();
        let started = Instant::now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut stats = UpdateStats::default();
        let mut next = write.next;
        while let Some(article) = update.articles.get(next) {
            next += 1;
            if !write.seen.insert(article.dedup_key.clone()) {
                continue;
            }
            match stored_version(&tx, feed, &article.dedup_key)? {
                None if was_purged(&tx, feed, &article.dedup_key)? => stats.purged_before += 1,
                None => {
                    let id = insert_article(&tx, feed, article, now)?;
                    stats.new += 1;
                    stats.new_links.push((id, article.url.clone()));
                    stats.new_positions.push(next - 1);
                }
                Some(old) if !changed(&old, article) => {}
                Some(old) if old.worked_on => {
                    if record_revision(&tx, &old, article, now)? {
                        stats.revised += 1;
                    }
                }
                Some(old) => {
                    update_article(&tx, &old, article)?;
                    stats.updated += 1;
                }
            }
            if next - write.next >= BATCH_ARTICLES || started.elapsed() >= BATCH_TIME {
                break;
            }
        }
        let done = next >= update.articles.len();
        if done {
            record_success(&tx, feed, update.title.as_deref(), &update.validators, now)?;
        }
        tx.commit()?;
        write.next = next;
        write.stats.new += stats.new;
        write.stats.updated += stats.updated;
        write.stats.revised += stats.revised;
        write.stats.purged_before += stats.purged_before;
        write.stats.new_links.append(&mut stats.new_links);
        write.stats.new_positions.append(&mut stats.new_positions);
        Ok(done)
    }

    /// One whole article.
    pub fn article(&self, id: ArticleId) -> Result<Option<Article>, StoreError> {
        let found = self
            .conn
            .query_row(
                &format!(
                    "SELECT {}, a.author, a.summary, coalesce(a.full_text_html, a.content_html),
                         a.text, a.fetched_at, a.tlp, a.note
                     FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?1",
                    super::query::SUMMARY_COLUMNS
                ),
                [id],
                |row| {
                    Ok(Article {
                        summary: summary_from_row(row)?,
                        author: row.get(11)?,
                        summary_html: row.get(12)?,
                        content_html: row.get(13)?,
                        text: row.get(14)?,
                        fetched_at: from_db(row.get(15)?).unwrap_or_default(),
                        latest_revision: None,
                        note: row.get(17)?,
                        // The CHECK constraint admits only the five levels; a foreign value reads as unset.
                        tlp: row
                            .get::<_, Option<String>>(16)?
                            .as_deref()
                            .and_then(Tlp::parse),
                    })
                },
            )
            .optional()?;
        let Some(mut article) = found else {
            return Ok(None);
        };
        if let Some(tags) = tags_of(&self.conn, &[id])?.remove(&id) {
            article.summary.tags = tags;
        }
        if article.summary.revisions > 0 {
            article.latest_revision = latest_revision(&self.conn, id)?;
        }
        Ok(Some(article))
    }

    /// Sets the read flag.
    pub fn set_read(&mut self, id: ArticleId, read: bool) -> Result<(), StoreError> {
        self.set_column(id, "read", read)
    }

    /// Sets the starred flag.
    pub fn set_starred(&mut self, id: ArticleId, starred: bool) -> Result<(), StoreError> {
        self.set_column(id, "starred", starred)
    }

    /// Stores the page's extracted main text (HTML); search then indexes it instead of the feed's content.
    pub fn set_full_text(&mut self, id: ArticleId, html: &str) -> Result<(), StoreError> {
        let text = html_to_plain(html);
        let changed = self.conn.execute(
            "UPDATE articles SET full_text_html = ?2, text = ?3 WHERE id = ?1",
            params![id, html, text],
        )?;
        expect_article(changed, id)
    }

    /// Whether the page's full text was extracted and stored for this article.
    pub fn has_full_text(&self, id: ArticleId) -> Result<bool, StoreError> {
        self.conn
            .query_row(
                "SELECT full_text_html IS NOT NULL FROM articles WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::UnknownArticle { id: id.0 })
    }

    /// Sets (or with `None` clears) the analyst's TLP for an article, which exports use instead of
    /// the configured default.
    pub fn set_tlp(&mut self, id: ArticleId, tlp: Option<Tlp>) -> Result<(), StoreError> {
        self.set_column(id, "tlp", tlp.map(Tlp::as_str))
    }

    /// Sets (or with `None` clears) the analyst's free-text note on an article.
    pub fn set_note(&mut self, id: ArticleId, note: Option<&str>) -> Result<(), StoreError> {
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        self.set_column(id, "note", note)
    }

    /// The analyst's note on an article, if any.
    pub fn note(&self, id: ArticleId) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row("SELECT note FROM articles WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or(StoreError::UnknownArticle { id: id.0 })
    }

    /// Deletes the articles older than `cutoff` that are read and carry no work of the analyst (no
    /// tag, star or note); returns how many. Each leaves a tombstone so a feed that still carries it
    /// does not bring it back as new.
    pub fn purge_older_than(&mut self, cutoff: DateTime<Utc>) -> Result<usize, StoreError> {
        const PURGEABLE: &str = "coalesce(published, fetched_at) < ?1 AND read = 1 AND starred = 0
               AND note IS NULL
               AND NOT EXISTS (SELECT 1 FROM tags t WHERE t.article_id = articles.id)";
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            &format!(
                "INSERT OR REPLACE INTO purged_articles (feed_id, dedup_key, purged_at)
                 SELECT feed_id, dedup_key, ?2 FROM articles WHERE {PURGEABLE}"
            ),
            params![to_db(cutoff), now_db()],
        )?;
        // The FTS delete trigger removes their index rows in the same statement.
        let purged = tx.execute(
            &format!("DELETE FROM articles WHERE {PURGEABLE}"),
            [to_db(cutoff)],
        )?;
        tx.commit()?;
        Ok(purged)
    }

    /// How many articles are stored.
    pub fn article_count(&self) -> Result<u64, StoreError> {
        let n = self
            .conn
            .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))?;
        Ok(count(n))
    }

    /// A number that changes whenever another connection (a `veille fetch` from cron, say) commits:
    /// SQLite's `data_version`, which this connection's own writes leave as it is.
    pub fn data_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    /// True when SQLite's quick check and the search index's own check both pass.
    pub fn integrity_check(&self) -> Result<bool, StoreError> {
        let mut stmt = self.conn.prepare("PRAGMA quick_check")?;
        let verdicts = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if verdicts != ["ok"] {
            return Ok(false);
        }
        super::fts::index_is_consistent(&self.conn)
    }

    fn set_column(
        &mut self,
        id: ArticleId,
        column: &'static str,
        value: impl rusqlite::ToSql,
    ) -> Result<(), StoreError> {
        let changed = self.conn.execute(
            &format!("UPDATE articles SET {column} = ?2 WHERE id = ?1"),
            params![id, value],
        )?;
        expect_article(changed, id)
    }
}

/// Turns "no row updated" into a named error.
pub(super) fn expect_article(changed: usize, id: ArticleId) -> Result<(), StoreError> {
    if changed == 0 {
        Err(StoreError::UnknownArticle { id: id.0 })
    } else {
        Ok(())
    }
}

/// Whether retention purged this article before (it stays purged while its feed carries it).
fn was_purged(tx: &Transaction<'_>, feed: FeedId, dedup_key: &str) -> rusqlite::Result<bool> {
    tx.prepare_cached("SELECT 1 FROM purged_articles WHERE feed_id = ?1 AND dedup_key = ?2")?
        .exists(params![feed, dedup_key])
}

fn stored_version(
    tx: &Transaction<'_>,
    feed: FeedId,
    dedup_key: &str,
) -> rusqlite::Result<Option<StoredVersion>> {
    tx.prepare_cached(
        "SELECT a.id, a.title, a.url, a.summary, a.content_html, a.full_text_html,
             a.starred = 1 OR a.note IS NOT NULL
                 OR EXISTS (SELECT 1 FROM tags t WHERE t.article_id = a.id)
         FROM articles a WHERE a.feed_id = ?1 AND a.dedup_key = ?2",
    )?
    .query_row(params![feed, dedup_key], |r| {
        Ok(StoredVersion {
            id: r.get(0)?,
            title: r.get(1)?,
            url: r.get(2)?,
            summary: r.get(3)?,
            content_html: r.get(4)?,
            full_text_html: r.get(5)?,
            worked_on: r.get(6)?,
        })
    })
    .optional()
}

/// Whether the feed's version differs from the stored one in what a reader sees: title, link
/// (when the feed gives one), summary or content. A version stored with the "[...]" ending that
/// veille now drops ([`crate::feed::teaser`]) says the same as the feed's: not a revision.
fn changed(old: &StoredVersion, new: &NewArticle) -> bool {
    let differs = |old: &Option<String>, new: &Option<String>| {
        old != new
            && old
                .as_deref()
                .map(crate::feed::teaser::drop_marker)
                .filter(|s| !s.trim().is_empty())
                != *new
    };
    old.title != new.title
        || (new.url.is_some() && old.url != new.url)
        || differs(&old.summary, &new.summary)
        || differs(&old.content_html, &new.content_html)
}

/// Keeps the feed's new version of an article that was worked on beside it, unless the latest
/// revision kept already says the same (a feed serves its new version at every fetch); true when
/// a revision was added.
fn record_revision(
    tx: &Transaction<'_>,
    old: &StoredVersion,
    a: &NewArticle,
    now: i64,
) -> rusqlite::Result<bool> {
    type Kept = (String, Option<String>, Option<String>, Option<String>);
    let latest: Option<Kept> = tx
        .prepare_cached(
            "SELECT title, url, summary, content_html FROM article_revisions
             WHERE article_id = ?1 ORDER BY id DESC LIMIT 1",
        )?
        .query_row([old.id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?;
    let incoming = (
        a.title.clone(),
        a.url.clone(),
        a.summary.clone(),
        a.content_html.clone(),
    );
    if latest.as_ref() == Some(&incoming) {
        return Ok(false);
    }
    tx.prepare_cached(
        "INSERT INTO article_revisions (article_id, fetched_at, title, url, author, published,
             summary, content_html)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        old.id,
        now,
        a.title,
        a.url,
        a.author,
        a.published.map(to_db),
        a.summary,
        a.content_html,
    ])?;
    Ok(true)
}

/// The newest revision of an article.
fn latest_revision(
    conn: &rusqlite::Connection,
    id: ArticleId,
) -> rusqlite::Result<Option<Revision>> {
    conn.prepare_cached(
        "SELECT fetched_at, title, url FROM article_revisions
         WHERE article_id = ?1 ORDER BY id DESC LIMIT 1",
    )?
    .query_row([id], |r| {
        Ok(Revision {
            fetched_at: from_db(r.get(0)?).unwrap_or_default(),
            title: r.get(1)?,
            url: r.get(2)?,
        })
    })
    .optional()
}

fn insert_article(
    tx: &Transaction<'_>,
    feed: FeedId,
    a: &NewArticle,
    now: i64,
) -> rusqlite::Result<ArticleId> {
    let text = match &a.text {
        Some(text) => text.clone(),
        None => derive_text(None, a.content_html.as_deref(), a.summary.as_deref()),
    };
    tx.prepare_cached(
        "INSERT INTO articles (feed_id, dedup_key, title, url, author, published, fetched_at,
             summary, content_html, text, lang)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        feed,
        a.dedup_key,
        a.title,
        a.url,
        a.author,
        a.published.map(to_db),
        now,
        a.summary,
        a.content_html,
        text,
        a.lang.map(|l| l.code()),
    ])?;
    Ok(ArticleId(tx.last_insert_rowid()))
}

/// Rewrites what the feed owns; flags, note, tags and an extracted full text are the user's and stay.
fn update_article(
    tx: &Transaction<'_>,
    old: &StoredVersion,
    a: &NewArticle,
) -> rusqlite::Result<()> {
    let text = match (&old.full_text_html, &a.text) {
        (None, Some(text)) => text.clone(),
        _ => derive_text(
            old.full_text_html.as_deref(),
            a.content_html.as_deref(),
            a.summary.as_deref(),
        ),
    };
    tx.prepare_cached(
        "UPDATE articles SET title = ?2, url = coalesce(?3, url), author = coalesce(?4, author),
             published = coalesce(?5, published), summary = ?6, content_html = ?7, text = ?8,
             lang = coalesce(?9, lang)
         WHERE id = ?1",
    )?
    .execute(params![
        old.id,
        a.title,
        a.url,
        a.author,
        a.published.map(to_db),
        a.summary,
        a.content_html,
        text,
        a.lang.map(|l| l.code()),
    ])?;
    // Revisions kept while it was worked on (its tags, note and star since removed) no longer
    // describe a kept version: the article follows its feed again.
    tx.prepare_cached("DELETE FROM article_revisions WHERE article_id = ?1")?
        .execute([old.id])?;
    Ok(())
}

//! Articles: upsert from a fetch, flags, full text, notes, retention.
use super::feeds::record_success;
use super::query::summary_from_row;
use super::tags::tags_of;
use super::time::{count, from_db, now_db, to_db};
use super::{FeedUpdate, Store, StoreError, UpdateStats};
use crate::model::{Article, ArticleId, FeedId, NewArticle};
use crate::render::html_to_plain;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use std::collections::HashSet;

/// What an already-stored article looks like, to tell whether a refetch changed it.
struct StoredVersion {
    id: i64,
    title: String,
    summary: Option<String>,
    content_html: Option<String>,
    full_text_html: Option<String>,
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
    /// Applies a successful fetch in one transaction: articles upserted by dedup key, validators and
    /// status stored, error cleared.
    ///
    /// A known article keeps its flags, tags and note; it counts as updated only when its title,
    /// summary or content changed. Later items repeating a dedup key within one update are ignored.
    pub fn record_fetch(
        &mut self,
        feed: FeedId,
        update: &FeedUpdate,
    ) -> Result<UpdateStats, StoreError> {
        let now = now_db();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        record_success(&tx, feed, update.title.as_deref(), &update.validators, now)?;
        let mut stats = UpdateStats::default();
        let mut seen = HashSet::new();
        for article in &update.articles {
            if !seen.insert(article.dedup_key.as_str()) {
                continue;
            }
            match stored_version(&tx, feed, &article.dedup_key)? {
                None => {
                    let id = insert_article(&tx, feed, article, now)?;
                    stats.new += 1;
                    stats.new_links.push((id, article.url.clone()));
                }
                Some(old) if changed(&old, article) => {
                    update_article(&tx, &old, article)?;
                    stats.updated += 1;
                }
                Some(_) => {}
            }
        }
        tx.commit()?;
        Ok(stats)
    }

    /// One whole article.
    pub fn article(&self, id: ArticleId) -> Result<Option<Article>, StoreError> {
        let found = self
            .conn
            .query_row(
                &format!(
                    "SELECT {}, a.author, a.summary, coalesce(a.full_text_html, a.content_html),
                         a.text, a.fetched_at
                     FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?1",
                    super::query::SUMMARY_COLUMNS
                ),
                [id.0],
                |row| {
                    Ok(Article {
                        summary: summary_from_row(row)?,
                        author: row.get(9)?,
                        summary_html: row.get(10)?,
                        content_html: row.get(11)?,
                        text: row.get(12)?,
                        fetched_at: from_db(row.get(13)?).unwrap_or_default(),
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
            params![id.0, html, text],
        )?;
        expect_article(changed, id)
    }

    /// Whether the page's full text was extracted and stored for this article.
    pub fn has_full_text(&self, id: ArticleId) -> Result<bool, StoreError> {
        self.conn
            .query_row(
                "SELECT full_text_html IS NOT NULL FROM articles WHERE id = ?1",
                [id.0],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::UnknownArticle { id: id.0 })
    }

    /// Sets (or with `None` clears) the analyst's free-text note on an article.
    pub fn set_note(&mut self, id: ArticleId, note: Option<&str>) -> Result<(), StoreError> {
        let note = note.map(str::trim).filter(|n| !n.is_empty());
        self.set_column(id, "note", note)
    }

    /// The analyst's note on an article, if any.
    pub fn note(&self, id: ArticleId) -> Result<Option<String>, StoreError> {
        self.conn
            .query_row("SELECT note FROM articles WHERE id = ?1", [id.0], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or(StoreError::UnknownArticle { id: id.0 })
    }

    /// Deletes articles older than `cutoff` that are neither tagged nor starred; returns how many.
    pub fn purge_older_than(&mut self, cutoff: DateTime<Utc>) -> Result<usize, StoreError> {
        // The FTS delete trigger removes their index rows in the same statement.
        let purged = self.conn.execute(
            "DELETE FROM articles
             WHERE coalesce(published, fetched_at) < ?1 AND starred = 0
               AND NOT EXISTS (SELECT 1 FROM tags t WHERE t.article_id = articles.id)",
            [to_db(cutoff)],
        )?;
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
            params![id.0, value],
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

fn stored_version(
    tx: &Transaction<'_>,
    feed: FeedId,
    dedup_key: &str,
) -> rusqlite::Result<Option<StoredVersion>> {
    tx.prepare_cached(
        "SELECT id, title, summary, content_html, full_text_html FROM articles
         WHERE feed_id = ?1 AND dedup_key = ?2",
    )?
    .query_row(params![feed.0, dedup_key], |r| {
        Ok(StoredVersion {
            id: r.get(0)?,
            title: r.get(1)?,
            summary: r.get(2)?,
            content_html: r.get(3)?,
            full_text_html: r.get(4)?,
        })
    })
    .optional()
}

fn changed(old: &StoredVersion, new: &NewArticle) -> bool {
    old.title != new.title || old.summary != new.summary || old.content_html != new.content_html
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
        feed.0,
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
    Ok(())
}

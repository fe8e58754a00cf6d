//! Tag edits over many articles in one transaction (bulk tagging, accepting every suggestion, undo),
//! the values in use per facet (for completion and the sidebar), and the ids behind a filter.
use super::query::list_ids_sql;
use super::tags::value_key;
use super::time::now_db;
use super::{Provenance, Store, StoreError};
use crate::model::{ArticleId, Facet, Filter};
use rusqlite::{Connection, TransactionBehavior, params, params_from_iter};

/// One tag on one article.
pub type TagRow = (ArticleId, Facet, String);

/// Every `(facet, value)` of `tags` on every article of `ids`.
pub fn tag_rows(ids: &[ArticleId], tags: &[(Facet, String)]) -> Vec<TagRow> {
    ids.iter()
        .flat_map(|id| tags.iter().map(|(f, v)| (*id, *f, v.clone())))
        .collect()
}

impl Store {
    /// Adds every `(facet, value)` to every article of `ids` in one transaction, committed when this
    /// returns; gives back the tags that were not there before (what an undo must remove).
    ///
    /// Empty values and unknown articles are skipped rather than failing the whole batch: a bulk
    /// edit races with retention, and what was applied is exactly what is returned.
    pub fn add_tags(
        &mut self,
        ids: &[ArticleId],
        tags: &[(Facet, String)],
        provenance: Provenance,
    ) -> Result<Vec<TagRow>, StoreError> {
        self.add_tag_rows(&tag_rows(ids, tags), provenance)
    }

    /// Adds exactly these tags in one transaction; gives back those that were not there before.
    pub fn add_tag_rows(
        &mut self,
        rows: &[TagRow],
        provenance: Provenance,
    ) -> Result<Vec<TagRow>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let added = insert_rows(&tx, rows, provenance)?;
        tx.commit()?;
        Ok(added)
    }

    /// Adds these tags and settles the attribution of their articles in one transaction (a named
    /// actor takes off "unattributed", and "unattributed" the named actors: `attribution.rs`), so
    /// that no crash leaves an article both unattributed and named. Gives back the tags added and
    /// those the settling removed, as stored (what an undo puts back).
    pub fn add_tag_rows_settled(
        &mut self,
        rows: &[TagRow],
        provenance: Provenance,
    ) -> Result<(Vec<TagRow>, Vec<TagRow>), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let added = insert_rows(&tx, rows, provenance)?;
        let contradicted = super::attribution::contradicted(&tx, &added)?;
        let settled = delete_rows(&tx, &contradicted)?;
        tx.commit()?;
        Ok((added, settled))
    }

    /// Removes exactly these tags (case ignored) in one transaction; gives back those that were there,
    /// spelled as they were stored (what an undo must put back).
    pub fn remove_tag_rows(&mut self, rows: &[TagRow]) -> Result<Vec<TagRow>, StoreError> {
        self.remove_and_restore(rows, &[])
            .map(|(removed, _)| removed)
    }

    /// Removes `rows` and puts `restore` back (by the user) in one transaction: the undo of an
    /// addition that settled an attribution, which must not stop halfway with the article neither
    /// named nor unattributed. Gives back what was removed and what was put back.
    pub fn remove_and_restore(
        &mut self,
        rows: &[TagRow],
        restore: &[TagRow],
    ) -> Result<(Vec<TagRow>, Vec<TagRow>), StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let removed = delete_rows(&tx, rows)?;
        let restored = insert_rows(&tx, restore, Provenance::User)?;
        tx.commit()?;
        Ok((removed, restored))
    }

    /// Each value used in `facet` with the number of articles carrying it, most used first
    /// (values differing only in case count as one, shown as first stored).
    pub fn tag_values(&self, facet: Facet) -> Result<Vec<(String, u64)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT min(value), count(DISTINCT article_id) AS n FROM tags WHERE facet = ?1
             GROUP BY value_key ORDER BY n DESC, value_key",
        )?;
        let rows = stmt.query_map([facet.as_str()], |r| {
            let n: i64 = r.get(1)?;
            Ok((r.get::<_, String>(0)?, u64::try_from(n).unwrap_or(0)))
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The ids of every article matching `filter`, in list order (what a bulk edit applies to).
    pub fn ids(&self, filter: &Filter) -> Result<Vec<ArticleId>, StoreError> {
        let (sql, params) = list_ids_sql(&self.conn, filter)?;
        let mut stmt = self.conn.prepare(&sql)?;
        let ids = stmt
            .query_map(params_from_iter(params), |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(ids)
    }

    /// Sets the read flag of every article of `ids` in one transaction; gives back those whose flag
    /// changed (what an undo puts back).
    pub fn set_read_many(
        &mut self,
        ids: &[ArticleId],
        read: bool,
    ) -> Result<Vec<ArticleId>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut changed = Vec::new();
        {
            let mut stmt =
                tx.prepare_cached("UPDATE articles SET read = ?2 WHERE id = ?1 AND read != ?2")?;
            for id in ids {
                if stmt.execute(rusqlite::params![id, read])? > 0 {
                    changed.push(*id);
                }
            }
        }
        tx.commit()?;
        Ok(changed)
    }
}

/// Inserts `rows` in the caller's transaction; gives back those that were not there before.
fn insert_rows(
    conn: &Connection,
    rows: &[TagRow],
    provenance: Provenance,
) -> Result<Vec<TagRow>, StoreError> {
    let mut insert = conn.prepare_cached(
        "INSERT INTO tags (article_id, facet, value, value_key, provenance, created_at)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6 WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1)
         ON CONFLICT (article_id, facet, value_key) DO NOTHING",
    )?;
    let now = now_db();
    insert_each(rows, |id, facet, value, key| {
        insert.execute(params![id, facet, value, key, provenance.as_str(), now])
    })
}

/// Deletes `rows` (case ignored) in the caller's transaction; gives back those that were there,
/// spelled as stored.
fn delete_rows(conn: &Connection, rows: &[TagRow]) -> Result<Vec<TagRow>, StoreError> {
    let mut delete = conn.prepare_cached(
        "DELETE FROM tags WHERE article_id = ?1 AND facet = ?2 AND value_key = ?3
         RETURNING value",
    )?;
    delete_each(&mut delete, rows)
}

/// Calls `insert` with the article, facet, value (trimmed) and value key of each row whose value
/// is not empty; gives back the rows it inserted (`insert` says how many rows it wrote: 0 for one
/// already there or an article gone). Tags and rejected suggestions are added so.
pub(super) fn insert_each(
    rows: &[TagRow],
    mut insert: impl FnMut(ArticleId, &str, &str, String) -> rusqlite::Result<usize>,
) -> Result<Vec<TagRow>, StoreError> {
    let mut added = Vec::new();
    for (id, facet, value) in rows {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        if insert(*id, facet.as_str(), value, value_key(value))? == 1 {
            added.push((*id, *facet, value.to_owned()));
        }
    }
    Ok(added)
}

/// Runs `delete` (article, facet and value key in, the stored value returned) for each row; gives
/// back the rows deleted, spelled as stored. Tags and rejected suggestions are removed so.
pub(super) fn delete_each(
    delete: &mut rusqlite::Statement<'_>,
    rows: &[TagRow],
) -> Result<Vec<TagRow>, StoreError> {
    let mut removed = Vec::new();
    for (id, facet, value) in rows {
        let mut stored = delete.query(params![id, facet.as_str(), value_key(value)])?;
        while let Some(row) = stored.next()? {
            removed.push((*id, *facet, row.get(0)?));
        }
    }
    Ok(removed)
}

//! Rejected suggestions: a suggestion the user turned down for an article is remembered, so the
//! reader and `veille suggest` never offer it again for that article. Compared like tags (case
//! ignored), committed when each method returns.
use super::bulk::{TagRow, delete_each, insert_each};
use super::time::now_db;
use super::{Store, StoreError};
use crate::model::{ArticleId, Facet};
use rusqlite::{TransactionBehavior, params};
use std::collections::HashMap;

impl Store {
    /// Remembers these suggestions as rejected, in one transaction; gives back those that were not
    /// rejected before (what an undo must forget). Unknown articles and empty values are skipped.
    pub fn reject_suggestions(&mut self, rows: &[TagRow]) -> Result<Vec<TagRow>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let added = {
            let mut insert = tx.prepare_cached(
                "INSERT INTO rejected_suggestions (article_id, facet, value, value_key, created_at)
                 SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1)
                 ON CONFLICT (article_id, facet, value_key) DO NOTHING",
            )?;
            let now = now_db();
            insert_each(rows, |id, facet, value, key| {
                insert.execute(params![id, facet, value, key, now])
            })?
        };
        tx.commit()?;
        Ok(added)
    }

    /// Forgets these rejections (case ignored), in one transaction; gives back those that were there.
    pub fn restore_suggestions(&mut self, rows: &[TagRow]) -> Result<Vec<TagRow>, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let removed = {
            let mut delete = tx.prepare_cached(
                "DELETE FROM rejected_suggestions
                 WHERE article_id = ?1 AND facet = ?2 AND value_key = ?3 RETURNING value",
            )?;
            delete_each(&mut delete, rows)?
        };
        tx.commit()?;
        Ok(removed)
    }

    /// The suggestions rejected for one article, oldest first.
    pub fn rejected_suggestions(&self, id: ArticleId) -> Result<Vec<(Facet, String)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT facet, value FROM rejected_suggestions WHERE article_id = ?1
             ORDER BY created_at, value_key",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (facet, value) = row?;
            if let Some(facet) = Facet::parse(&facet) {
                out.push((facet, value));
            }
        }
        Ok(out)
    }

    /// Every rejection, by article (for suggesting over many articles with one query; the table
    /// only grows by what a user rejects by hand).
    pub fn all_rejected_suggestions(
        &self,
    ) -> Result<HashMap<ArticleId, Vec<(Facet, String)>>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT article_id, facet, value FROM rejected_suggestions
             ORDER BY article_id, created_at, value_key",
        )?;
        let mut rows = stmt.query([])?;
        let mut out: HashMap<ArticleId, Vec<(Facet, String)>> = HashMap::new();
        while let Some(row) = rows.next()? {
            let facet: String = row.get(1)?;
            if let Some(facet) = Facet::parse(&facet) {
                out.entry(row.get(0)?)
                    .or_default()
                    .push((facet, row.get(2)?));
            }
        }
        Ok(out)
    }
}

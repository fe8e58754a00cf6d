//! Tags: actor, target and attack values on articles, matched without regard to case.
use super::articles::expect_article;
use super::time::now_db;
use super::{Provenance, Store, StoreError};
use crate::model::{ArticleId, Facet, Tags};
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::HashMap;

/// The form a tag value is compared in: trimmed and lowercased (Unicode-aware, unlike SQLite's NOCASE).
pub(super) fn value_key(value: &str) -> String {
    value.trim().to_lowercase()
}

impl Store {
    /// Adds a tag (committed when this returns); false if it was already there.
    ///
    /// The value is trimmed; an empty value is refused. A value differing only in case from one
    /// the article already carries counts as already there.
    pub fn add_tag(
        &mut self,
        id: ArticleId,
        facet: Facet,
        value: &str,
        provenance: Provenance,
    ) -> Result<bool, StoreError> {
        let value = value.trim();
        if value.is_empty() {
            return Err(StoreError::EmptyTag {
                facet: facet.as_str(),
            });
        }
        let exists = self
            .conn
            .query_row("SELECT 1 FROM articles WHERE id = ?1", [id], |_| Ok(()))
            .optional()?;
        expect_article(usize::from(exists.is_some()), id)?;
        let inserted = self.conn.execute(
            "INSERT INTO tags (article_id, facet, value, value_key, provenance, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (article_id, facet, value_key) DO NOTHING",
            params![
                id,
                facet.as_str(),
                value,
                value_key(value),
                provenance.as_str(),
                now_db()
            ],
        )?;
        Ok(inserted == 1)
    }

    /// Removes a tag; false if it was not there.
    ///
    /// The value matches whatever the case it was stored in.
    pub fn remove_tag(
        &mut self,
        id: ArticleId,
        facet: Facet,
        value: &str,
    ) -> Result<bool, StoreError> {
        let removed = self.conn.execute(
            "DELETE FROM tags WHERE article_id = ?1 AND facet = ?2 AND value_key = ?3",
            params![id, facet.as_str(), value_key(value)],
        )?;
        Ok(removed > 0)
    }

    /// The article's tags that were accepted from a suggestion rather than typed: exports give
    /// them a lower confidence.
    pub fn suggested_tags(&self, id: ArticleId) -> Result<Tags, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT facet, value FROM tags WHERE article_id = ?1 AND provenance = 'suggestion'
             ORDER BY facet, value_key",
        )?;
        let mut rows = stmt.query([id])?;
        let mut tags = Tags::default();
        while let Some(row) = rows.next()? {
            if let Some(facet) = Facet::parse(&row.get::<_, String>(0)?) {
                tags.get_mut(facet).push(row.get(1)?);
            }
        }
        Ok(tags)
    }
}

/// The tags of many articles in one query (ids passed as a JSON array, so any count fits).
pub(super) fn tags_of(
    conn: &Connection,
    ids: &[ArticleId],
) -> Result<HashMap<ArticleId, Tags>, StoreError> {
    let mut by_article: HashMap<ArticleId, Tags> = HashMap::new();
    if ids.is_empty() {
        return Ok(by_article);
    }
    let json_ids = format!(
        "[{}]",
        ids.iter()
            .map(ArticleId::to_string)
            .collect::<Vec<_>>()
            .join(",")
    );
    let mut stmt = conn.prepare_cached(
        "SELECT article_id, facet, value FROM tags
         WHERE article_id IN (SELECT value FROM json_each(?1))",
    )?;
    let mut rows = stmt.query([json_ids])?;
    while let Some(row) = rows.next()? {
        let facet: String = row.get(1)?;
        // The CHECK constraint admits only known facets; a foreign writer's extra rows are skipped.
        let Some(facet) = Facet::parse(&facet) else {
            continue;
        };
        by_article
            .entry(row.get(0)?)
            .or_default()
            .get_mut(facet)
            .push(row.get(2)?);
    }
    for tags in by_article.values_mut() {
        for facet in Facet::ALL {
            tags.get_mut(facet)
                .sort_by_cached_key(|v| (v.to_lowercase(), v.clone()));
        }
    }
    Ok(by_article)
}

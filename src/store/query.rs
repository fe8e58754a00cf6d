//! Listing: a `Filter` turned into one parameterised SQL query, newest first unless its `sort` says
//! otherwise.
use super::fts::match_expression;
use super::tags::{tags_of, value_key};
use super::time::{from_db, to_db};
use super::{Store, StoreError};
use crate::model::{ArticleId, ArticleSummary, Facet, Filter, Lang, Sort};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params_from_iter};

/// The columns `summary_from_row` reads, in order, from `articles a JOIN feeds f`.
pub(super) const SUMMARY_COLUMNS: &str = "a.id, f.name, f.url, a.title, a.url, a.published, a.lang, a.read, a.starred, \
     (SELECT count(*) FROM article_revisions r WHERE r.article_id = a.id), a.note IS NOT NULL";

/// The list order's date; spelled exactly as in the indexes so the planner can use them.
const SORT_DATE: &str = "coalesce(a.published, a.fetched_at)";

/// The ORDER BY of a sort; each ends with the id, so the order is total and pages never overlap.
fn order_by(sort: Sort) -> String {
    match sort {
        Sort::Date => format!("{SORT_DATE} DESC, a.id DESC"),
        // The feed's id after its name, so two feeds of one name do not interleave and the planner
        // can walk feeds by name, then each feed's date index.
        Sort::Feed => format!("f.name COLLATE NOCASE, f.id, {SORT_DATE} DESC, a.id DESC"),
        // As `articles_by_title` is, so a page is read off the index instead of a sort of them all.
        Sort::Title => "a.title COLLATE NOCASE, a.id".to_owned(),
    }
}

/// The FROM clause of a sort: by feed, the feeds come first (CROSS JOIN fixes the loop order), so
/// SQLite walks them by name and each one's articles by its date index, and sorts nothing.
fn tables(sort: Sort) -> &'static str {
    match sort {
        Sort::Feed => "feeds f CROSS JOIN articles a ON f.id = a.feed_id",
        Sort::Date | Sort::Title => "articles a JOIN feeds f ON f.id = a.feed_id",
    }
}

/// An `ArticleSummary` without its tags (filled by one query per page).
pub(super) fn summary_from_row(row: &Row<'_>) -> rusqlite::Result<ArticleSummary> {
    let lang: Option<String> = row.get(6)?;
    Ok(ArticleSummary {
        id: row.get(0)?,
        feed: row.get(1)?,
        feed_url: row.get(2)?,
        title: row.get(3)?,
        url: row.get(4)?,
        published: from_db(row.get(5)?),
        lang: lang.as_deref().and_then(Lang::from_tag),
        read: row.get(7)?,
        starred: row.get(8)?,
        noted: row.get(10)?,
        tags: Default::default(),
        revisions: super::time::count(row.get(9)?),
    })
}

/// The WHERE clause of a filter and its parameters.
#[derive(Default)]
struct Conditions {
    clauses: Vec<String>,
    params: Vec<Value>,
}

impl Conditions {
    fn push(&mut self, clause: impl Into<String>, params: impl IntoIterator<Item = Value>) {
        self.clauses.push(clause.into());
        self.params.extend(params);
    }

    fn sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.clauses.join(" AND "))
        }
    }
}

fn text(s: impl Into<String>) -> Value {
    Value::Text(s.into())
}

/// The ids of the feeds a filter names (by URL, or by name ignoring case); `None` when it names none.
///
/// Resolved before listing so the planner sees `feed_id IN (ids)` and walks the per-feed date index.
fn feed_ids(conn: &Connection, filter: &Filter) -> rusqlite::Result<Option<Vec<i64>>> {
    if filter.feeds.is_empty() {
        return Ok(None);
    }
    let mut stmt =
        conn.prepare_cached("SELECT id FROM feeds WHERE url = ?1 OR name = ?1 COLLATE NOCASE")?;
    let mut ids = Vec::new();
    for key in &filter.feeds {
        for id in stmt.query_map([key.trim()], |r| r.get(0))? {
            ids.push(id?);
        }
    }
    ids.sort_unstable();
    ids.dedup();
    Ok(Some(ids))
}

fn conditions(filter: &Filter, feed_ids: Option<&[i64]>) -> Conditions {
    let mut c = Conditions::default();
    if let Some(lang) = filter.lang {
        c.push("a.lang = ?", [text(lang.code())]);
    }
    if let Some(ids) = feed_ids {
        if ids.is_empty() {
            // Named feeds that do not exist match nothing, rather than being ignored.
            c.push("0", []);
        } else {
            let marks = vec!["?"; ids.len()].join(", ");
            c.push(
                format!("a.feed_id IN ({marks})"),
                ids.iter().map(|id| Value::Integer(*id)),
            );
        }
    }
    for (facet, values) in [
        (Facet::Actor, &filter.actors),
        (Facet::Target, &filter.targets),
        (Facet::Attack, &filter.attacks),
    ] {
        for value in values {
            c.push(
                "a.id IN (SELECT article_id FROM tags WHERE facet = ? AND value_key = ?)",
                [text(facet.as_str()), text(value_key(value))],
            );
        }
    }
    if filter.tagged {
        c.push(
            "EXISTS (SELECT 1 FROM tags t WHERE t.article_id = a.id)",
            [],
        );
    }
    if filter.untagged {
        c.push(
            "NOT EXISTS (SELECT 1 FROM tags t WHERE t.article_id = a.id)",
            [],
        );
    }
    if filter.unread {
        // Literal, not a parameter: the partial index `articles_unread` is only used for `read = 0`.
        c.push("a.read = 0", []);
    }
    if filter.noted {
        c.push("a.note IS NOT NULL", []);
    }
    if filter.starred {
        c.push("a.starred = 1", []);
    }
    if let Some(since) = filter.since {
        c.push(format!("{SORT_DATE} >= ?"), [Value::Integer(to_db(since))]);
    }
    if let Some(until) = filter.until {
        c.push(format!("{SORT_DATE} < ?"), [Value::Integer(to_db(until))]);
    }
    if let Some(story) = filter.story {
        c.push(
            "a.id IN (SELECT article_id FROM story_members WHERE story_id = ?)",
            [Value::Integer(story)],
        );
    }
    if let Some(expr) = filter
        .query
        .as_deref()
        .and_then(|q| match_expression(q, &filter.synonyms))
    {
        c.push(
            "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)",
            [text(expr)],
        );
    }
    c
}

/// The listing query for a filter, with its parameters (also used to check the query plan).
pub(super) fn list_sql(
    conn: &Connection,
    filter: &Filter,
    limit: Option<usize>,
    offset: usize,
) -> rusqlite::Result<(String, Vec<Value>)> {
    let ids = feed_ids(conn, filter)?;
    let c = conditions(filter, ids.as_deref());
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} FROM {} {} ORDER BY {} LIMIT ? OFFSET ?",
        tables(filter.sort),
        c.sql(),
        order_by(filter.sort)
    );
    let mut params = c.params;
    // SQLite reads a negative LIMIT as "no limit".
    params.push(Value::Integer(
        limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX)),
    ));
    params.push(Value::Integer(i64::try_from(offset).unwrap_or(i64::MAX)));
    Ok((sql, params))
}

/// The ids of every article a filter matches, in list order (for bulk edits).
pub(super) fn list_ids_sql(
    conn: &Connection,
    filter: &Filter,
) -> rusqlite::Result<(String, Vec<Value>)> {
    select_all_sql(conn, filter, "a.id")
}

/// `columns` of every article a filter matches (unordered), with its parameters: a subquery.
pub(super) fn select_all(
    conn: &Connection,
    filter: &Filter,
    columns: &str,
) -> rusqlite::Result<(String, Vec<Value>)> {
    let ids = feed_ids(conn, filter)?;
    let c = conditions(filter, ids.as_deref());
    let sql = format!(
        "SELECT {columns} FROM articles a JOIN feeds f ON f.id = a.feed_id {}",
        c.sql()
    );
    Ok((sql, c.params))
}

/// `columns` of every article a filter matches, in list order.
fn select_all_sql(
    conn: &Connection,
    filter: &Filter,
    columns: &str,
) -> rusqlite::Result<(String, Vec<Value>)> {
    let ids = feed_ids(conn, filter)?;
    let c = conditions(filter, ids.as_deref());
    let sql = format!(
        "SELECT {columns} FROM {} {} ORDER BY {}",
        tables(filter.sort),
        c.sql(),
        order_by(filter.sort)
    );
    Ok((sql, c.params))
}

impl Store {
    /// Articles matching `filter`, newest first (published, else fetched), at most `limit`.
    ///
    /// A text query is matched with diacritics and case folded, every word required, the last as a
    /// prefix; results stay in date order.
    pub fn list(
        &self,
        filter: &Filter,
        limit: Option<usize>,
    ) -> Result<Vec<ArticleSummary>, StoreError> {
        self.page(filter, 0, limit)
    }

    /// One page of the articles matching `filter`, newest first, skipping `offset` rows: what a
    /// scrolling list loads, so it never holds every article.
    pub fn list_page(
        &self,
        filter: &Filter,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<ArticleSummary>, StoreError> {
        self.page(filter, offset, Some(limit))
    }

    /// Calls `each` with the id, title, plain text and address of every article matching `filter`, in list
    /// order, one row at a time (so many articles never sit in memory together); stops at its
    /// first error.
    pub fn for_each_text<E: From<StoreError>>(
        &self,
        filter: &Filter,
        mut each: impl FnMut(ArticleId, &str, &str, Option<&str>) -> Result<(), E>,
    ) -> Result<(), E> {
        let (sql, params) = select_all_sql(&self.conn, filter, "a.id, a.title, a.text, a.url")
            .map_err(StoreError::from)?;
        let mut stmt = self.conn.prepare(&sql).map_err(StoreError::from)?;
        let mut rows = stmt
            .query(params_from_iter(params))
            .map_err(StoreError::from)?;
        while let Some(row) = rows.next().map_err(StoreError::from)? {
            type Read = (ArticleId, String, String, Option<String>);
            let read = |row: &Row<'_>| -> rusqlite::Result<Read> {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            };
            let (id, title, text, link) = read(row).map_err(StoreError::from)?;
            each(id, &title, &text, link.as_deref())?;
        }
        Ok(())
    }

    /// The first unread article of the list of `filter` after position `from` (before it when not
    /// `forward`), in the list's own order: its position and id. What `N`/`P` ask when the rows
    /// loaded hold no unread article, so they reach across the whole list.
    pub fn unread_near(
        &self,
        filter: &Filter,
        from: usize,
        forward: bool,
    ) -> Result<Option<(usize, ArticleId)>, StoreError> {
        let ids = feed_ids(&self.conn, filter)?;
        let c = conditions(filter, ids.as_deref());
        let (cmp, dir) = if forward { (">", "") } else { ("<", "DESC") };
        let sql = format!(
            "SELECT pos, id FROM (SELECT a.id AS id, a.read AS read, \
             row_number() OVER (ORDER BY {}) - 1 AS pos \
             FROM {} {}) \
             WHERE read = 0 AND pos {cmp} ? ORDER BY pos {dir} LIMIT 1",
            order_by(filter.sort),
            tables(filter.sort),
            c.sql()
        );
        let mut params = c.params;
        params.push(Value::Integer(i64::try_from(from).unwrap_or(i64::MAX)));
        let found = self
            .conn
            .query_row(&sql, params_from_iter(params), |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, ArticleId>(1)?))
            })
            .optional()?;
        Ok(found.map(|(pos, id)| (usize::try_from(pos).unwrap_or(0), id)))
    }

    /// How many articles match `filter`.
    pub fn count(&self, filter: &Filter) -> Result<u64, StoreError> {
        let ids = feed_ids(&self.conn, filter)?;
        let c = conditions(filter, ids.as_deref());
        let sql = format!(
            "SELECT count(*) FROM articles a JOIN feeds f ON f.id = a.feed_id {}",
            c.sql()
        );
        let n: i64 = self
            .conn
            .query_row(&sql, params_from_iter(c.params), |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    fn page(
        &self,
        filter: &Filter,
        offset: usize,
        limit: Option<usize>,
    ) -> Result<Vec<ArticleSummary>, StoreError> {
        let (sql, params) = list_sql(&self.conn, filter, limit, offset)?;
        let mut stmt = self.conn.prepare(&sql)?;
        let mut summaries = stmt
            .query_map(params_from_iter(params), summary_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let ids: Vec<ArticleId> = summaries.iter().map(|s| s.id).collect();
        let mut tags = tags_of(&self.conn, &ids)?;
        for summary in &mut summaries {
            if let Some(t) = tags.remove(&summary.id) {
                summary.tags = t;
            }
        }
        Ok(summaries)
    }
}

//! The reader's stories view as pages of rows, like the article list: one row per story (shown by
//! its newest article, in the reader's language when one is), articles without a story as they
//! are, and the members of the stories the reader expanded right under their story. Only the page
//! asked for is read, so the view over a large store costs what the article list costs.
use super::query::{SUMMARY_COLUMNS, select_all, summary_from_row};
use super::tags::tags_of;
use super::time::from_db;
use super::{Store, StoreError};
use crate::model::{ArticleId, ArticleSummary, Filter, Lang, Tags};
use crate::stories::Reason;
use chrono::{DateTime, Utc};
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params_from_iter};
use std::collections::BTreeSet;

/// One row of the stories view.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryRow {
    /// The article the row shows: a story's newest (in the preferred language when it has one),
    /// an article alone, or a member of an expanded story.
    pub article: ArticleSummary,
    /// What the row is.
    pub kind: StoryRowKind,
}

/// What a row of the stories view stands for.
#[derive(Debug, Clone, PartialEq)]
pub enum StoryRowKind {
    /// A story of two articles or more.
    Story(StoryHead),
    /// An article alone: a story of one (its id), or one clustering has not placed yet.
    Single(Option<i64>),
    /// An article of an expanded story, with why it joined.
    Member {
        /// The story.
        story: i64,
        /// Why it is in the story (`None` when the stored reason cannot be read).
        reason: Option<Reason>,
    },
}

/// A story as its row shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryHead {
    /// The story's id.
    pub id: i64,
    /// Its articles.
    pub articles: usize,
    /// The feeds they came from.
    pub sources: usize,
    /// Their languages, French first.
    pub languages: Vec<Lang>,
    /// Its unread articles.
    pub unread: usize,
    /// Date of its first article.
    pub first_seen: Option<DateTime<Utc>>,
    /// Date of its latest article.
    pub last_seen: Option<DateTime<Utc>>,
    /// Whether its members are listed under it.
    pub expanded: bool,
}

/// The rows of the view in order, as (date, kind, group, sub, seen, article) tuples: a story's
/// row and its expanded members share the story's date and group; articles without a story come
/// as kind 1.
fn rows_sql(
    conn: &rusqlite::Connection,
    filter: &Filter,
    expanded: &[i64],
) -> rusqlite::Result<(String, Vec<Value>)> {
    let (matching, mut params) = select_all(conn, filter, "a.id")?;
    // Every story qualifies when nothing is filtered: no need to read every member to know it.
    let heads = if *filter == Filter::default() {
        "SELECT s.last_seen, s.id FROM stories s".to_owned()
    } else {
        format!(
            "SELECT s.last_seen, s.id FROM stories s WHERE s.id IN \
             (SELECT m.story_id FROM story_members m WHERE m.article_id IN ({matching}))"
        )
    };
    let (alone, alone_params) = select_all(
        conn,
        filter,
        "coalesce(a.published, a.fetched_at) AS d, a.id AS aid",
    )?;
    params.extend(alone_params);
    let marks = vec!["?"; expanded.len()].join(", ");
    params.extend(expanded.iter().map(|id| Value::Integer(*id)));
    let sql = format!(
        "WITH heads(d, grp) AS ({heads})
         SELECT kind, grp, sub, aid FROM (
             SELECT d, 0 AS kind, grp, 0 AS sub, 0 AS seen, 0 AS aid FROM heads
             UNION ALL
             SELECT u.d, 1, u.aid, 0, 0, u.aid FROM ({alone}) u
                 WHERE NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = u.aid)
             UNION ALL
             SELECT h.d, 0, h.grp, 1, m.seen, m.article_id
                 FROM heads h JOIN story_members m ON m.story_id = h.grp
                 WHERE h.grp IN ({marks}))"
    );
    Ok((sql, params))
}

impl Store {
    /// `limit` rows of the stories view from `offset`: stories with an article matching `filter`
    /// (newest story first), articles matching it that have no story, and every member of the
    /// stories in `expanded` under its story. A story's row shows its newest article in `prefer`,
    /// else its newest.
    pub fn story_rows(
        &self,
        filter: &Filter,
        expanded: &[i64],
        prefer: Lang,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<StoryRow>, StoreError> {
        let (sql, mut params) = rows_sql(&self.conn, filter, expanded)?;
        let sql = format!(
            "{sql} ORDER BY d DESC, kind, grp DESC, sub, seen DESC, aid DESC LIMIT ? OFFSET ?"
        );
        params.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
        params.push(Value::Integer(i64::try_from(offset).unwrap_or(i64::MAX)));
        let keys: Vec<(i64, i64, i64, i64)> = {
            let mut stmt = self.conn.prepare(&sql)?;
            stmt.query_map(params_from_iter(params), |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<rusqlite::Result<_>>()?
        };
        let mut rows = Vec::with_capacity(keys.len());
        for (kind, grp, sub, aid) in keys {
            let row = match (kind, sub) {
                (0, 0) => self.story_head(grp, prefer, expanded.contains(&grp))?,
                (0, _) => self.member_row(grp, ArticleId(aid))?,
                _ => self.summary(ArticleId(aid))?.map(|article| StoryRow {
                    article,
                    kind: StoryRowKind::Single(None),
                }),
            };
            // A row deleted between the two reads (a purge) is left out rather than failing.
            rows.extend(row);
        }
        let ids: Vec<ArticleId> = rows
            .iter()
            .filter(|r| !matches!(r.kind, StoryRowKind::Story(_)))
            .map(|r| r.article.id)
            .collect();
        let mut tags = tags_of(&self.conn, &ids)?;
        for row in &mut rows {
            if !matches!(row.kind, StoryRowKind::Story(_))
                && let Some(t) = tags.remove(&row.article.id)
            {
                row.article.tags = t;
            }
        }
        Ok(rows)
    }

    /// How many rows the stories view of `filter` has with `expanded` stories open.
    pub fn count_story_rows(&self, filter: &Filter, expanded: &[i64]) -> Result<u64, StoreError> {
        let (sql, params) = rows_sql(&self.conn, filter, expanded)?;
        let sql = format!("SELECT count(*) FROM ({sql})");
        let n: i64 = self
            .conn
            .query_row(&sql, params_from_iter(params), |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// A story's row: its newest article in `prefer` (else its newest), counts and span; the
    /// tags of all its articles. A story of one article is that article's row.
    fn story_head(
        &self,
        id: i64,
        prefer: Lang,
        expanded: bool,
    ) -> Result<Option<StoryRow>, StoreError> {
        let span: Option<(i64, i64)> = self
            .conn
            .query_row(
                "SELECT first_seen, last_seen FROM stories WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((first, last)) = span else {
            return Ok(None);
        };
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM story_members m JOIN articles a ON a.id = m.article_id
             JOIN feeds f ON f.id = a.feed_id
             WHERE m.story_id = ?1 ORDER BY m.seen DESC, a.id DESC"
        );
        let members: Vec<ArticleSummary> = self
            .conn
            .prepare_cached(&sql)?
            .query_map([id], summary_from_row)?
            .collect::<rusqlite::Result<_>>()?;
        let Some(newest) = members
            .iter()
            .find(|a| a.lang == Some(prefer))
            .or(members.first())
        else {
            return Ok(None);
        };
        let mut article = newest.clone();
        let ids: Vec<ArticleId> = members.iter().map(|a| a.id).collect();
        article.tags = union(tags_of(&self.conn, &ids)?.into_values());
        if members.len() == 1 {
            return Ok(Some(StoryRow {
                article,
                kind: StoryRowKind::Single(Some(id)),
            }));
        }
        let sources: BTreeSet<&str> = members.iter().map(|a| a.feed_url.as_str()).collect();
        let languages: Vec<Lang> = [Lang::Fr, Lang::En]
            .into_iter()
            .filter(|l| members.iter().any(|a| a.lang == Some(*l)))
            .collect();
        let unread = members.iter().filter(|a| !a.read).count();
        // The row reads as unread while one of its articles is.
        article.read = unread == 0;
        article.starred = members.iter().any(|a| a.starred);
        Ok(Some(StoryRow {
            article,
            kind: StoryRowKind::Story(StoryHead {
                id,
                articles: members.len(),
                sources: sources.len(),
                languages,
                unread,
                first_seen: from_db(Some(first)),
                last_seen: from_db(Some(last)),
                expanded,
            }),
        }))
    }

    /// A member's row, with why it joined.
    fn member_row(&self, story: i64, id: ArticleId) -> Result<Option<StoryRow>, StoreError> {
        let reason: Option<String> = self
            .conn
            .query_row(
                "SELECT reason FROM story_members WHERE article_id = ?1",
                [id.0],
                |r| r.get(0),
            )
            .optional()?;
        let Some(article) = self.summary(id)? else {
            return Ok(None);
        };
        let reason = reason.and_then(|r| serde_json::from_str::<Reason>(&r).ok());
        Ok(Some(StoryRow {
            article,
            kind: StoryRowKind::Member { story, reason },
        }))
    }

    /// One article's summary (without tags).
    fn summary(&self, id: ArticleId) -> Result<Option<ArticleSummary>, StoreError> {
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM articles a JOIN feeds f ON f.id = a.feed_id
             WHERE a.id = ?1"
        );
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id.0], summary_from_row)
            .optional()?)
    }
}

/// Every tag of several articles, each value once, in the store's order.
fn union(all: impl Iterator<Item = Tags>) -> Tags {
    let mut tags = Tags::default();
    for t in all {
        tags.actor.extend(t.actor);
        tags.target.extend(t.target);
        tags.attack.extend(t.attack);
    }
    for list in [&mut tags.actor, &mut tags.target, &mut tags.attack] {
        list.sort_by_cached_key(|v| (v.to_lowercase(), v.clone()));
        list.dedup_by(|a, b| a.to_lowercase() == b.to_lowercase());
    }
    tags
}

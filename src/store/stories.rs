//! Stories in the store: each new article joins a story or starts one ([`Store::cluster`], called
//! by a fetch after each feed), found through the `story_keys` index of recent stories; the
//! analyst's own decisions (an article taken out, two stories merged) are never undone by later
//! fetches, since clustering only ever places articles that have no story yet.
use super::query::{SUMMARY_COLUMNS, select_all, summary_from_row};
use super::tags::tags_of;
use super::time::{from_db, now_db};
use super::{Store, StoreError};
use crate::model::{ArticleId, ArticleSummary, Filter, Tags};
use crate::stories::decide::{MEMBERS_COMPARED, WINDOW_SECS, best, shortlist};
use crate::stories::{Profile, Reason};
use crate::tagging::Suggester;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// Articles placed per transaction: another writer waits at most one batch.
const BATCH: usize = 500;

/// What clustering did with the new articles of a fetch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ClusterStats {
    /// Articles that joined an existing story.
    pub joined: usize,
    /// Articles that started a story.
    pub started: usize,
}

/// A story as listed: `veille stories --json` prints one per line.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StorySummary {
    /// Identifier (`veille list --story ID`).
    pub id: i64,
    /// The title of its newest article.
    pub title: String,
    /// Its articles, oldest first, each with why it joined.
    pub articles: Vec<StoryArticle>,
    /// Languages of its articles (`fr`, `en`), sorted.
    pub languages: Vec<String>,
    /// Date of its first article (RFC 3339).
    pub first_seen: Option<DateTime<Utc>>,
    /// Date of its latest article.
    pub last_seen: Option<DateTime<Utc>>,
    /// Every tag of its articles, by facet.
    pub tags: Tags,
}

/// One article of a story.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoryArticle {
    /// The article.
    #[serde(flatten)]
    pub article: ArticleSummary,
    /// Why it is in the story, in words.
    pub reason: String,
    /// The decision's score (0 for the story's first article).
    pub score: f64,
}

/// A reason or a profile as stored.
fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// An article's date as clustering compares it: seconds of `coalesce(published, fetched_at)`.
fn seconds(micros: i64) -> i64 {
    micros.div_euclid(1_000_000)
}

impl Store {
    /// Places each of `ids` that has no story yet (in date order): it joins the story it reports,
    /// or starts one. Only recent stories sharing a key with it are looked at.
    pub fn cluster(
        &mut self,
        ids: &[ArticleId],
        suggester: &Suggester,
    ) -> Result<ClusterStats, StoreError> {
        let mut stats = ClusterStats::default();
        for chunk in ids.chunks(BATCH) {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            let mut articles = Vec::with_capacity(chunk.len());
            {
                let mut stmt = tx.prepare_cached(
                    "SELECT a.title, a.text, a.lang, coalesce(a.published, a.fetched_at)
                     FROM articles a
                     WHERE a.id = ?1
                       AND NOT EXISTS (SELECT 1 FROM story_members m WHERE m.article_id = a.id)",
                )?;
                for id in chunk {
                    let row = stmt
                        .query_row([id.0], |r| {
                            Ok((
                                r.get::<_, String>(0)?,
                                r.get::<_, String>(1)?,
                                r.get::<_, Option<String>>(2)?,
                                r.get::<_, i64>(3)?,
                            ))
                        })
                        .optional()?;
                    if let Some(row) = row {
                        articles.push((*id, row));
                    }
                }
            }
            articles.sort_by_key(|(id, row)| (row.3, *id));
            for (id, (title, text, lang, date)) in articles {
                let lang = lang.as_deref().and_then(crate::model::Lang::from_tag);
                let profile = Profile::new(suggester, &title, &text, lang, Some(seconds(date)));
                if place(&tx, id, date, &profile)? {
                    stats.joined += 1;
                } else {
                    stats.started += 1;
                }
            }
            tx.commit()?;
        }
        Ok(stats)
    }

    /// Takes an article out of its story by hand: it becomes a story of its own, and stays so.
    /// Returns the new story's id.
    pub fn take_out_of_story(&mut self, article: ArticleId) -> Result<i64, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let (old, seen): (i64, i64) = tx
            .query_row(
                "SELECT story_id, seen FROM story_members WHERE article_id = ?1",
                [article.0],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(StoreError::UnknownArticle { id: article.0 })?;
        let now = now_db();
        tx.execute(
            "INSERT INTO stories (first_seen, last_seen, created_at) VALUES (?1, ?1, ?2)",
            params![seen, now],
        )?;
        let story = tx.last_insert_rowid();
        let reason = json(&Reason::Manual);
        tx.execute(
            "UPDATE story_members SET story_id = ?2, reason = ?3, score = 1, manual = 1
             WHERE article_id = ?1",
            params![article.0, story, reason],
        )?;
        let profile: String = tx.query_row(
            "SELECT profile FROM story_members WHERE article_id = ?1",
            [article.0],
            |r| r.get(0),
        )?;
        if let Ok(p) = serde_json::from_str::<Profile>(&profile) {
            index_keys(&tx, story, &p, seen)?;
        }
        refresh_span(&tx, old)?;
        tx.execute(
            "INSERT INTO story_decisions (kind, article_id, story_id, other_story, created_at)
             VALUES ('take-out', ?1, ?2, ?3, ?4)",
            params![article.0, old, story, now],
        )?;
        tx.commit()?;
        Ok(story)
    }

    /// Merges story `from` into story `into` by hand: its articles and keys move, it goes.
    pub fn merge_stories(&mut self, into: i64, from: i64) -> Result<(), StoreError> {
        if into == from {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for id in [into, from] {
            let exists: Option<i64> = tx
                .query_row("SELECT id FROM stories WHERE id = ?1", [id], |r| r.get(0))
                .optional()?;
            if exists.is_none() {
                return Err(StoreError::UnknownStory { id });
            }
        }
        tx.execute(
            "INSERT INTO story_keys (key, story_id, last_seen)
             SELECT key, ?1, last_seen FROM story_keys WHERE story_id = ?2
             ON CONFLICT (key, story_id) DO UPDATE SET last_seen = max(last_seen, excluded.last_seen)",
            params![into, from],
        )?;
        tx.execute(
            "UPDATE story_members SET manual = 1, story_id = ?1 WHERE story_id = ?2",
            params![into, from],
        )?;
        refresh_span(&tx, into)?;
        tx.execute(
            "INSERT INTO story_decisions (kind, story_id, other_story, created_at)
             VALUES ('merge', ?1, ?2, ?3)",
            params![into, from, now_db()],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The story an article is in.
    pub fn story_of(&self, article: ArticleId) -> Result<Option<i64>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT story_id FROM story_members WHERE article_id = ?1",
                [article.0],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Stories with at least one article matching `filter`, the most recent first, at most `limit`.
    pub fn stories(
        &self,
        filter: &Filter,
        limit: Option<usize>,
    ) -> Result<Vec<StorySummary>, StoreError> {
        let (matching, params) = select_all(&self.conn, filter, "a.id")?;
        let sql = format!(
            "SELECT s.id FROM stories s
             WHERE s.id IN (SELECT m.story_id FROM story_members m WHERE m.article_id IN ({matching}))
             ORDER BY s.last_seen DESC, s.id DESC LIMIT ?"
        );
        let mut params = params;
        params.push(rusqlite::types::Value::Integer(
            limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX)),
        ));
        let ids: Vec<i64> = {
            let mut stmt = self.conn.prepare(&sql)?;
            stmt.query_map(rusqlite::params_from_iter(params), |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?
        };
        ids.into_iter().map(|id| self.story(id)).collect()
    }

    /// One story with its articles.
    pub fn story(&self, id: i64) -> Result<StorySummary, StoreError> {
        let (first, last): (i64, i64) = self
            .conn
            .query_row(
                "SELECT first_seen, last_seen FROM stories WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?
            .ok_or(StoreError::UnknownStory { id })?;
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS}, m.reason, m.score
             FROM story_members m JOIN articles a ON a.id = m.article_id
             JOIN feeds f ON f.id = a.feed_id
             WHERE m.story_id = ?1 ORDER BY m.seen, a.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut articles = stmt
            .query_map([id], |r| {
                let reason: String = r.get("reason")?;
                let reason = serde_json::from_str::<Reason>(&reason)
                    .map(|r| r.explain())
                    .unwrap_or(reason);
                Ok(StoryArticle {
                    article: summary_from_row(r)?,
                    reason,
                    score: r.get("score")?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let ids: Vec<ArticleId> = articles.iter().map(|a| a.article.id).collect();
        let mut tags = tags_of(&self.conn, &ids)?;
        let mut all = Tags::default();
        for a in &mut articles {
            if let Some(t) = tags.remove(&a.article.id) {
                a.article.tags = t;
            }
            for (into, from) in [
                (&mut all.actor, &a.article.tags.actor),
                (&mut all.target, &a.article.tags.target),
                (&mut all.attack, &a.article.tags.attack),
            ] {
                into.extend(from.iter().cloned());
            }
        }
        for list in [&mut all.actor, &mut all.target, &mut all.attack] {
            list.sort();
            list.dedup();
        }
        let languages: BTreeSet<String> = articles
            .iter()
            .filter_map(|a| a.article.lang.map(|l| l.code().to_owned()))
            .collect();
        let title = articles
            .last()
            .map(|a| a.article.title.clone())
            .unwrap_or_default();
        Ok(StorySummary {
            id,
            title,
            articles,
            languages: languages.into_iter().collect(),
            first_seen: from_db(Some(first)),
            last_seen: from_db(Some(last)),
            tags: all,
        })
    }
}

/// Places one article: joins the best recent story sharing a key with it, or starts one. True when
/// it joined.
fn place(
    tx: &Transaction<'_>,
    id: ArticleId,
    date: i64,
    profile: &Profile,
) -> Result<bool, StoreError> {
    let keys = profile.keys();
    let window = WINDOW_SECS * 1_000_000;
    let mut by_key: BTreeMap<&str, Vec<i64>> = BTreeMap::new();
    {
        let mut stmt = tx
            .prepare_cached("SELECT story_id FROM story_keys WHERE key = ?1 AND last_seen >= ?2")?;
        for k in &keys {
            let stories = stmt
                .query_map(params![k, date - window], |r| r.get::<_, i64>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            by_key.insert(k.as_str(), stories);
        }
    }
    let candidates = shortlist(by_key.values().map(Vec::as_slice));
    let mut members: Vec<(i64, Vec<(i64, Profile)>)> = Vec::with_capacity(candidates.len());
    {
        let mut stmt = tx.prepare_cached(
            "SELECT article_id, profile FROM story_members
             WHERE story_id = ?1 AND seen BETWEEN ?2 AND ?3 ORDER BY seen DESC LIMIT ?4",
        )?;
        for story in candidates {
            let list = stmt
                .query_map(
                    params![story, date - window, date + window, MEMBERS_COMPARED as i64],
                    |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)),
                )?
                .collect::<rusqlite::Result<Vec<_>>>()?
                .into_iter()
                .filter_map(|(id, p)| Some((id, serde_json::from_str::<Profile>(&p).ok()?)))
                .collect();
            members.push((story, list));
        }
    }
    let stories_with = |k: &str| by_key.get(k).map_or(0, Vec::len);
    let found = best(
        profile,
        members.iter().map(|(s, m)| (*s, m.as_slice())),
        &stories_with,
    );
    let now = now_db();
    let (story, reason, joined) = match found {
        Some((story, reason)) => (story, reason, true),
        None => {
            tx.execute(
                "INSERT INTO stories (first_seen, last_seen, created_at) VALUES (?1, ?1, ?2)",
                params![date, now],
            )?;
            (tx.last_insert_rowid(), Reason::Started, false)
        }
    };
    tx.prepare_cached(
        "INSERT INTO story_members (article_id, story_id, seen, reason, score, profile, joined_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        id.0,
        story,
        date,
        json(&reason),
        reason.score(),
        json(profile),
        now
    ])?;
    index_keys(tx, story, profile, date)?;
    tx.prepare_cached(
        "UPDATE stories SET first_seen = min(first_seen, ?2), last_seen = max(last_seen, ?2)
         WHERE id = ?1",
    )?
    .execute(params![story, date])?;
    Ok(joined)
}

/// Points the profile's keys at `story`, dated `date`.
fn index_keys(
    tx: &Transaction<'_>,
    story: i64,
    profile: &Profile,
    date: i64,
) -> Result<(), StoreError> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO story_keys (key, story_id, last_seen) VALUES (?1, ?2, ?3)
         ON CONFLICT (key, story_id) DO UPDATE SET last_seen = max(last_seen, excluded.last_seen)",
    )?;
    for k in profile.keys() {
        stmt.execute(params![k, story, date])?;
    }
    Ok(())
}

/// Recomputes a story's first and last dates from its members (after one left).
fn refresh_span(tx: &Transaction<'_>, story: i64) -> Result<(), StoreError> {
    tx.execute(
        "UPDATE stories SET
            first_seen = coalesce((SELECT min(seen) FROM story_members WHERE story_id = ?1), first_seen),
            last_seen = coalesce((SELECT max(seen) FROM story_members WHERE story_id = ?1), last_seen)
         WHERE id = ?1",
        [story],
    )?;
    Ok(())
}

//! Stories in the store: each new article joins a story or starts one ([`Store::cluster`], called
//! by a fetch after each feed), found among the recent stories a fetch reads into memory span by
//! span ([`Recent`]); the
//! analyst's own decisions (an article taken out, two stories merged) are never undone by later
//! fetches, since clustering only ever places articles that have no story yet.
use super::query::{SUMMARY_COLUMNS, select_all, summary_from_row};
use super::tags::tags_of;
use super::time::{from_db, now_db, to_db};
use super::{Store, StoreError};
use crate::model::{ArticleId, ArticleSummary, Filter, Tags};
use crate::stories::recent::SPAN_SECS;
use crate::stories::{Decision, Decisions, Profile, Reason, Recent, codec};
use crate::tagging::Suggester;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use serde::Serialize;
use std::collections::BTreeSet;

/// Articles placed per transaction: another writer waits at most one batch.
const BATCH: usize = 500;

/// What clustering did with the new articles of a fetch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ClusterStats {
    /// Articles that joined an existing story.
    pub joined: usize,
    /// Articles that started a story.
    pub started: usize,
    /// Articles another process placed before this decision was stored (it found them without a
    /// story: see [`Store::unplaced_articles`]); its decision stands.
    pub placed_elsewhere: usize,
}

impl ClusterStats {
    /// Articles whose story decision is stored, by this run or another.
    pub fn placed(&self) -> usize {
        self.joined + self.started + self.placed_elsewhere
    }
}

/// What storing one decision did.
enum Stored {
    Joined,
    Started,
    PlacedElsewhere,
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
    /// Why it is in the story, in words (English: the `--json` shape).
    pub reason: String,
    /// The same reason as data, for a person in the interface language.
    #[serde(skip)]
    pub why: Option<Reason>,
    /// The decision's score (0 for the story's first article).
    pub score: f64,
}

/// New articles to place, each with its publication date (none: the fetch's time) and what its
/// decision is made from.
pub type ToPrepare<T> = Vec<(ArticleId, Option<DateTime<Utc>>, T)>;

/// Articles ready to decide, in date order: each with its date as stored (microseconds).
pub type Prepared<T> = Vec<(i64, ArticleId, T)>;

/// A reason as stored.
fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// An article's date as clustering compares it: seconds of `coalesce(published, fetched_at)`.
fn seconds(micros: i64) -> i64 {
    micros.div_euclid(1_000_000)
}

impl Store {
    /// Places each new article (in date order): it joins the story it reports, or starts one.
    /// Only stories sharing a key with it in its two weeks are looked at. `articles` are the new
    /// articles of a fetch with their publication dates (none: the fetch's time, as stored) and
    /// profiles; one already placed is left.
    ///
    /// `recent` holds the recent stories read so far: kept across the calls of one fetch, so each
    /// three-week span is read from the store once (again if another process wrote meanwhile).
    ///
    /// The three steps in one: a fetch runs the middle one, [`crate::stories::placing::decide`],
    /// on another thread while this writer stores the next feed.
    pub fn cluster(
        &mut self,
        recent: &mut Recent,
        articles: Vec<(ArticleId, Option<DateTime<Utc>>, Profile)>,
    ) -> Result<ClusterStats, StoreError> {
        let ready = self.prepare_placing(recent, articles)?;
        let decisions = crate::stories::placing::decide(recent, ready);
        self.apply_placing(recent, decisions)
    }

    /// The first step of [`Store::cluster`]: dates `articles` as stored, sorts them by date, leaves
    /// out those already placed, and reads into `recent` the spans they need. Every decision given
    /// to `recent` before must have been applied ([`Store::apply_placing`]): `recent` is emptied
    /// when another process wrote meanwhile, or when it holds too much.
    ///
    /// Each article comes with what its decision is made from: its profile, or (a fetch's)
    /// the article itself, profiled on the deciding thread.
    pub fn prepare_placing<T>(
        &mut self,
        recent: &mut Recent,
        articles: Vec<(ArticleId, Option<DateTime<Utc>>, T)>,
    ) -> Result<Vec<(i64, ArticleId, T)>, StoreError> {
        let mut ready = self.prepare_groups(recent, vec![articles], true)?;
        Ok(ready.pop().unwrap_or_default())
    }

    /// [`Store::prepare_placing`] for a fetch's new articles, several feeds' at once (a fetch
    /// whose deciding lagged behind its writer), each feed's sorted apart and decided in the order
    /// given, as they would be one after another: the store is read at one version for all. Being
    /// new, they are not looked up among the articles placed (a lookup per article on the writer):
    /// one that another process placed meanwhile (finding it without a story) keeps its story when
    /// the decisions are stored ([`Store::apply_placing`]).
    pub fn prepare_placing_groups<T>(
        &mut self,
        recent: &mut Recent,
        groups: Vec<ToPrepare<T>>,
    ) -> Result<Vec<Prepared<T>>, StoreError> {
        self.prepare_groups(recent, groups, false)
    }

    /// Both of the above; `check_placed`: leave out the articles already placed.
    fn prepare_groups<T>(
        &mut self,
        recent: &mut Recent,
        groups: Vec<ToPrepare<T>>,
        check_placed: bool,
    ) -> Result<Vec<Prepared<T>>, StoreError> {
        let version = self.data_version()?;
        if !is_current(recent, version) {
            std::mem::take(recent).let_go();
            recent.store_version = Some(version);
        }
        let now = now_db();
        let mut seen = std::collections::HashSet::new();
        let tx = self.conn.transaction()?;
        let mut out = Vec::with_capacity(groups.len());
        {
            let mut placed =
                tx.prepare_cached("SELECT 1 FROM story_members WHERE article_id = ?1")?;
            for articles in groups {
                let mut dated: Prepared<T> = articles
                    .into_iter()
                    .map(|(id, published, item)| (published.map_or(now, to_db), id, item))
                    .collect();
                dated.sort_by_key(|(date, id, _)| (*date, *id));
                let mut kept = Vec::with_capacity(dated.len());
                for item in dated {
                    if seen.insert(item.1) && !(check_placed && placed.exists([item.1.0])?) {
                        kept.push(item);
                    }
                }
                // An article placed by this run is in a span already read (it read the spans
                // beside its own): a span read now holds none of them, so nothing is held twice.
                // An article looks no further than the spans beside its own, so those read for a
                // later feed before it is decided change nothing of its decision.
                for (date, _, _) in &kept {
                    for span in recent.missing_spans(seconds(*date)) {
                        load_span(&tx, recent, span)?;
                    }
                }
                out.push(kept);
            }
        }
        tx.commit()?;
        Ok(out)
    }

    /// True when [`Store::prepare_placing`] would keep `recent` as it is: read since another
    /// process last wrote, and holding no more than it may. Otherwise it reads the stories again,
    /// and the decisions made with `recent` must be stored before.
    pub fn recent_is_current(&self, recent: &Recent) -> Result<bool, StoreError> {
        Ok(is_current(recent, self.data_version()?))
    }

    /// The last step of [`Store::cluster`]: stores the decisions (each membership with its reason
    /// and profile, each story started), in transactions of at most `BATCH` articles.
    pub fn apply_placing(
        &mut self,
        recent: &mut Recent,
        decisions: Decisions,
    ) -> Result<ClusterStats, StoreError> {
        let mut stats = ClusterStats::default();
        for batch in decisions.list.chunks(BATCH) {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            {
                let mut statements = DecisionStatements::new(&tx)?;
                for decision in batch {
                    match statements.store(&tx, recent, &decisions, decision)? {
                        Stored::Joined => stats.joined += 1,
                        Stored::Started => stats.started += 1,
                        Stored::PlacedElsewhere => stats.placed_elsewhere += 1,
                    }
                }
            }
            tx.commit()?;
        }
        Ok(stats)
    }

    /// Places stored articles that have no story yet, reading their text (the articles of the
    /// last two weeks stored before stories existed: see [`Store::place_backlog`]).
    pub fn cluster_stored(
        &mut self,
        recent: &mut Recent,
        ids: &[ArticleId],
        suggester: &Suggester,
    ) -> Result<ClusterStats, StoreError> {
        let mut articles = Vec::with_capacity(ids.len());
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT a.title, a.text, a.lang, coalesce(a.published, a.fetched_at), a.url
                 FROM articles a WHERE a.id = ?1",
            )?;
            for id in ids {
                let row = stmt
                    .query_row([id.0], |r| {
                        Ok((
                            r.get::<_, String>(0)?,
                            r.get::<_, String>(1)?,
                            r.get::<_, Option<String>>(2)?,
                            r.get::<_, i64>(3)?,
                            r.get::<_, Option<String>>(4)?,
                        ))
                    })
                    .optional()?;
                if let Some((title, text, lang, date, url)) = row {
                    let lang = lang.as_deref().and_then(crate::model::Lang::from_tag);
                    let profile =
                        Profile::new(suggester, &title, &text, lang, None, url.as_deref());
                    articles.push((*id, from_db(Some(date)), profile));
                }
            }
        }
        self.cluster(recent, articles)
    }

    /// Whether articles stored before stories existed wait to be placed (checked by each fetch).
    pub fn has_story_backlog(&self) -> Result<bool, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM story_backlog LIMIT 1")?
            .exists([])?)
    }

    /// Places the articles of the last two weeks that were stored before stories existed (listed
    /// by the migration), once: the list is emptied. Older articles stay out of stories. Returns
    /// how many were placed.
    pub fn place_backlog(
        &mut self,
        recent: &mut Recent,
        suggester: &Suggester,
    ) -> Result<usize, StoreError> {
        let ids: Vec<ArticleId> = self
            .conn
            .prepare("SELECT article_id FROM story_backlog ORDER BY article_id")?
            .query_map([], |r| Ok(ArticleId(r.get(0)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let stats = self.cluster_stored(recent, &ids, suggester)?;
        self.conn.execute("DELETE FROM story_backlog", [])?;
        Ok(stats.joined + stats.started)
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
        // The merged story's first article is no longer the first of a story: placed by hand.
        tx.execute(
            "UPDATE story_members SET manual = 1, story_id = ?1,
                    score = CASE WHEN reason = ?3 THEN 1 ELSE score END,
                    reason = CASE WHEN reason = ?3 THEN ?4 ELSE reason END
             WHERE story_id = ?2",
            params![into, from, json(&Reason::Started), json(&Reason::Manual)],
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
        self.stories_of_at_least(filter, limit, 1)
    }

    /// Like [`Store::stories`], keeping only the stories told by at least `min_articles` articles
    /// (all of them, not only those matching): with 2, what more than one source reported.
    pub fn stories_of_at_least(
        &self,
        filter: &Filter,
        limit: Option<usize>,
        min_articles: usize,
    ) -> Result<Vec<StorySummary>, StoreError> {
        let (matching, params) = select_all(&self.conn, filter, "a.id")?;
        // A single-article story needs no count: the common case stays one index lookup.
        let several = if min_articles > 1 {
            "AND (SELECT count(*) FROM story_members c WHERE c.story_id = s.id) >= ?"
        } else {
            ""
        };
        let sql = format!(
            "SELECT s.id FROM stories s
             WHERE s.id IN (SELECT m.story_id FROM story_members m WHERE m.article_id IN ({matching}))
             {several}
             ORDER BY s.last_seen DESC, s.id DESC LIMIT ?"
        );
        let mut params = params;
        if min_articles > 1 {
            params.push(rusqlite::types::Value::Integer(
                i64::try_from(min_articles).unwrap_or(i64::MAX),
            ));
        }
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

    /// How many stories with an article matching `filter` have fewer than `min_articles`
    /// articles: what [`Store::stories_of_at_least`] leaves out (0 when it leaves none).
    pub fn stories_below(&self, filter: &Filter, min_articles: usize) -> Result<usize, StoreError> {
        if min_articles <= 1 {
            return Ok(0);
        }
        let (matching, mut params) = select_all(&self.conn, filter, "a.id")?;
        let sql = format!(
            "SELECT count(*) FROM stories s
             WHERE s.id IN (SELECT m.story_id FROM story_members m WHERE m.article_id IN ({matching}))
             AND (SELECT count(*) FROM story_members c WHERE c.story_id = s.id) < ?"
        );
        params.push(rusqlite::types::Value::Integer(
            i64::try_from(min_articles).unwrap_or(i64::MAX),
        ));
        let n: i64 = self
            .conn
            .query_row(&sql, rusqlite::params_from_iter(params), |r| r.get(0))?;
        Ok(usize::try_from(n).unwrap_or(0))
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
                let why = serde_json::from_str::<Reason>(&reason).ok();
                let reason = why.as_ref().map(Reason::explain).unwrap_or(reason);
                Ok(StoryArticle {
                    article: summary_from_row(r)?,
                    reason,
                    why,
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

/// Most profiles a fetch holds in memory (about 30 MB): past it they are dropped and the spans
/// needed read again.
const MAX_RECENT: usize = 50_000;

/// True when `recent` was read at the store's `version` and holds no more than it may.
fn is_current(recent: &Recent, version: i64) -> bool {
    recent.store_version == Some(version) && recent.len() <= MAX_RECENT
}

/// Reads the members of the three-week span `span` into `recent`.
fn load_span(tx: &Transaction<'_>, recent: &mut Recent, span: i64) -> Result<(), StoreError> {
    let width = SPAN_SECS * 1_000_000;
    let mut stmt = tx.prepare_cached(
        "SELECT article_id, story_id, profile FROM story_members WHERE seen >= ?1 AND seen < ?2",
    )?;
    let mut rows = stmt.query(params![span * width, (span + 1) * width])?;
    while let Some(r) = rows.next()? {
        // A damaged record is not compared (the article stays in its story).
        let bytes = r.get_ref(2)?.as_blob_or_null().ok().flatten();
        if let Some(p) = bytes.and_then(codec::decode) {
            recent.add(r.get(1)?, r.get(0)?, p);
        }
    }
    recent.mark_loaded(span);
    Ok(())
}

/// The statements that store decisions, prepared once per transaction rather than looked up in
/// the statement cache three times per article.
struct DecisionStatements<'t> {
    start: rusqlite::CachedStatement<'t>,
    member: rusqlite::CachedStatement<'t>,
    span: rusqlite::CachedStatement<'t>,
}

impl<'t> DecisionStatements<'t> {
    fn new(tx: &'t Transaction<'_>) -> Result<DecisionStatements<'t>, StoreError> {
        Ok(DecisionStatements {
            start: tx.prepare_cached(
                "INSERT INTO stories (first_seen, last_seen, created_at) VALUES (?1, ?1, ?2)",
            )?,
            member: tx.prepare_cached(
                "INSERT INTO story_members (article_id, story_id, seen, reason, score, profile, joined_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (article_id) DO NOTHING",
            )?,
            span: tx.prepare_cached(
                "UPDATE stories SET first_seen = min(first_seen, ?2), last_seen = max(last_seen, ?2)
                 WHERE id = ?1",
            )?,
        })
    }

    /// Stores one decision: its membership, and its story when it starts one.
    fn store(
        &mut self,
        tx: &Transaction<'_>,
        recent: &mut Recent,
        all: &Decisions,
        d: &Decision,
    ) -> Result<Stored, StoreError> {
        let now = now_db();
        // A story this run started is stored when its first article is (decisions are in order).
        let (story, joined) = match recent.stored_id(d.story) {
            Some(story) if d.joined() => (story, true),
            _ => {
                self.start.execute(params![d.seen, now])?;
                let story = tx.last_insert_rowid();
                recent.set_stored(d.story, story);
                (story, false)
            }
        };
        let stored = self.member.execute(params![
            d.article.0,
            story,
            d.seen,
            all.reason_json(d),
            d.score,
            all.record(d),
            now
        ])?;
        if stored == 0 {
            return placed_elsewhere(tx, recent, d, story, joined);
        }
        // Fragments it ties into its story ([`crate::stories::bridge`]): stored before it, as
        // decisions are in order.
        for tie in &d.ties {
            if let Some(from) = recent.stored_id(tie.story) {
                let why = Reason::Tied {
                    by: d.article.0,
                    with: tie.with,
                };
                tie_stories(tx, story, from, &json(&why))?;
            }
        }
        Ok(if joined {
            self.span.execute(params![story, d.seen])?;
            Stored::Joined
        } else {
            Stored::Started
        })
    }
}

/// The article of `d` already has a story: another process's fetch, which began while this
/// run's decision for it was not stored yet, found it without one and placed it. That decision
/// stands; a story `d` started (as `story`) goes, and the articles decided to join it join the
/// article's story instead.
fn placed_elsewhere(
    tx: &Transaction<'_>,
    recent: &mut Recent,
    d: &Decision,
    story: i64,
    joined: bool,
) -> Result<Stored, StoreError> {
    if !joined {
        tx.execute("DELETE FROM stories WHERE id = ?1", [story])?;
        let placed: i64 = tx.query_row(
            "SELECT story_id FROM story_members WHERE article_id = ?1",
            [d.article.0],
            |r| r.get(0),
        )?;
        recent.set_stored(d.story, placed);
    }
    Ok(Stored::PlacedElsewhere)
}

/// Moves the members of story `from` into story `into` (which then goes, by trigger), unless
/// either holds a member placed by hand: the analyst's decisions stand over a later report's.
/// The member that started `from` no longer started a story: its reason becomes `tied` (JSON), the
/// tie that brought it; the others keep theirs, true still (they share evidence with a member).
fn tie_stories(tx: &Transaction<'_>, into: i64, from: i64, tied: &str) -> Result<(), StoreError> {
    if into == from {
        return Ok(());
    }
    let by_hand: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM story_members WHERE story_id IN (?1, ?2) AND manual = 1)",
        params![into, from],
        |r| r.get(0),
    )?;
    if by_hand {
        return Ok(());
    }
    tx.execute(
        "UPDATE story_members SET reason = ?2 WHERE story_id = ?1 AND reason = ?3",
        params![from, tied, json(&Reason::Started)],
    )?;
    tx.execute(
        "UPDATE story_members SET story_id = ?1 WHERE story_id = ?2",
        params![into, from],
    )?;
    refresh_span(tx, into)
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

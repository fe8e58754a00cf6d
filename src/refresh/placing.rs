//! The writer's side of placing a fetch's new articles in stories: after storing a feed it has
//! their profiles read on a blocking thread, reads what they need from the store, and has them
//! decided on another ([`crate::stories::placing::decide`]), with the feeds stored while the
//! decisions before were being made; it stores the decisions later, several feeds' together. So
//! profiling and deciding run while the writer stores, which never waits for them until the run's
//! end, and only for new articles (a changed feed brings back those stored before).
use crate::model::{ArticleId, NewArticle};
use crate::panics::Panicked;
use crate::store::{Store, StoreError};
use crate::stories::{Decisions, Profile, Recent};
use crate::tagging::Suggester;
use chrono::{DateTime, Utc};
use std::sync::{Arc, OnceLock};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

/// Decisions are stored once they hold this many articles (and at the end of the run, or before
/// the recent stories are read again): a transaction per feed cost the writer, the floor of a cold
/// fetch, a commit and its share of checkpoints for each (benches/stories.rs: its placing work
/// 5.3 → 3.5 µs per article, with 500). A reader sees an article's story at most that many
/// articles later.
const STORED_TOGETHER: usize = 500;

/// A feed's new articles, their profiles being read, waiting for the recent stories (held by the
/// decisions in flight) to be decided.
struct Waiting {
    feed: String,
    /// Each article with its date and its place among the profiles.
    dated: Vec<(ArticleId, Option<DateTime<Utc>>, usize)>,
    profiling: oneshot::Receiver<Profiled>,
}

/// One feed's profiles, as the profiling thread hands them back: none without a vocabulary.
type Profiled = Result<Option<Vec<Profile>>, Panicked>;

/// A feed's new articles to profile, and where to send their profiles.
type ProfileJob = (
    Vec<(ArticleId, Option<DateTime<Utc>>, NewArticle)>,
    oneshot::Sender<Profiled>,
);

/// Reads feeds' profiles on one thread of its own, one feed after another: a thread per feed, when
/// deciding lags behind storing, would make one more thread taking its share of the cores from
/// the writer for each feed stored meanwhile.
struct Profiler {
    jobs: std::sync::mpsc::Sender<ProfileJob>,
}

impl Profiler {
    /// Starts the thread, which ends when the `Profiler` goes and its last job is done.
    fn start(suggester: Arc<OnceLock<Option<Suggester>>>) -> Profiler {
        let (jobs, queue) = std::sync::mpsc::channel::<ProfileJob>();
        // Not spawned, the jobs' replies are dropped: those feeds are reported as left out of
        // stories, and the next fetch places them.
        let _ = std::thread::Builder::new()
            .name("veille-profiles".to_owned())
            .spawn(move || {
                crate::stories::placing::behind_the_writer();
                for (articles, reply) in queue {
                    let suggester = suggester.clone();
                    let profiled = crate::panics::contain(move || {
                        let s = suggester
                            .get_or_init(crate::stories::bundled_suggester)
                            .as_ref()?;
                        Some(
                            articles
                                .iter()
                                .map(|(_, _, a)| crate::stories::profile_of(s, a))
                                .collect(),
                        )
                    });
                    let _ = reply.send(profiled);
                }
            });
        Profiler { jobs }
    }

    /// Has `articles` profiled after the feeds given before.
    fn profile(
        &self,
        articles: Vec<(ArticleId, Option<DateTime<Utc>>, NewArticle)>,
    ) -> oneshot::Receiver<Profiled> {
        let (reply, profiled) = oneshot::channel();
        let _ = self.jobs.send((articles, reply));
        profiled
    }
}

/// Feeds' decisions being made, in the order the feeds were stored.
struct InFlight {
    /// Each feed and its new articles.
    feeds: Vec<(String, usize)>,
    task: JoinHandle<Result<(Recent, Decisions), Panicked>>,
}

/// What storing feeds' decisions did.
#[derive(Debug, Default)]
pub(super) struct Placed {
    /// Articles that joined a story.
    pub joined: usize,
    /// Feeds whose decisions failed (a bug), and how many of their new articles were left out
    /// of stories.
    pub failed: Vec<(String, usize)>,
}

impl Placed {
    fn add(&mut self, more: Placed) {
        self.joined += more.joined;
        self.failed.extend(more.failed);
    }
}

/// The recent stories, or the decisions being made with them.
pub(super) struct Placing {
    recent: Recent,
    in_flight: Option<InFlight>,
    /// Feeds stored since the decisions in flight were started, in order.
    waiting: Vec<Waiting>,
    /// Decisions made and not stored yet, in the order made (with the stories of `recent`).
    pending: Decisions,
    /// Built by the first placing task; `None` if the bundled vocabulary does not compile (the
    /// vocabulary's tests catch it): articles are then stored without stories.
    suggester: Arc<OnceLock<Option<Suggester>>>,
    /// Started with the first feed that brings new articles.
    profiler: Option<Profiler>,
    /// Articles given to place this run, and those whose decision is stored: equal when none was
    /// left out (the placing mark then moves past them all, `Store::mark_placed`).
    given: usize,
    stored: usize,
}

impl Placing {
    /// Nothing held yet.
    pub fn new(suggester: Arc<OnceLock<Option<Suggester>>>) -> Placing {
        Placing {
            recent: Recent::new(),
            in_flight: None,
            waiting: Vec::new(),
            pending: Decisions::default(),
            suggester,
            profiler: None,
            given: 0,
            stored: 0,
        }
    }

    /// Places `ids`, stored articles left without a story by a fetch stopped before storing
    /// their decisions ([`Store::unplaced_articles`]), oldest first, as a fetch places its own,
    /// though on this thread (they are few: at most the last fetch's undecided ones) and before
    /// this run's new articles, which may join their stories. How many were placed.
    pub fn recover(&mut self, store: &mut Store, ids: &[ArticleId]) -> Result<usize, StoreError> {
        if ids.is_empty() {
            return Ok(0);
        }
        self.given += ids.len();
        let Some(suggester) = self
            .suggester
            .get_or_init(crate::stories::bundled_suggester)
            .as_ref()
        else {
            return Ok(0);
        };
        let stats = store.cluster_stored(&mut self.recent, ids, suggester)?;
        self.stored += stats.placed();
        Ok(stats.joined + stats.started)
    }

    /// Starts placing `articles` (new articles of `feed`): their profiles are read on the
    /// profiling thread, after the feeds' before; they are decided on another thread, with the
    /// feeds stored meanwhile, once the decisions in flight are made. The writer never waits for
    /// those: when deciding lags behind storing (the other threads share two cores with it, and
    /// with the machine's other work), it goes on storing feeds, whose articles are then decided
    /// together (benches/stories.rs at load 10: the writer spent 60 to 110 µs of wall clock per
    /// article in placing, for 4 µs of CPU, mostly waiting for decisions).
    pub async fn start(
        &mut self,
        store: &mut Store,
        feed: &str,
        articles: Vec<(ArticleId, Option<DateTime<Utc>>, NewArticle)>,
    ) -> Result<Placed, StoreError> {
        if !articles.is_empty() {
            self.given += articles.len();
            let dated = articles
                .iter()
                .enumerate()
                .map(|(at, (id, published, _))| (*id, *published, at))
                .collect();
            let profiling = self
                .profiler
                .get_or_insert_with(|| Profiler::start(self.suggester.clone()))
                .profile(articles);
            self.waiting.push(Waiting {
                feed: feed.to_owned(),
                dated,
                profiling,
            });
        }
        self.advance(store, false).await
    }

    /// Takes the decisions in flight once made (waiting for them when `wait`), stores those not
    /// stored yet once they hold [`STORED_TOGETHER`] articles, and has the waiting feeds decided
    /// when none are in flight.
    async fn advance(&mut self, store: &mut Store, wait: bool) -> Result<Placed, StoreError> {
        let mut placed = Placed::default();
        if let Some(flight) = self.in_flight.take() {
            if !wait && !flight.task.is_finished() {
                self.in_flight = Some(flight);
                return Ok(placed);
            }
            match flight.task.await {
                Ok(Ok((recent, decisions))) => {
                    self.recent = recent;
                    self.pending.append(decisions);
                }
                // The recent stories went with the task: read again from the store, which holds
                // every decision stored so far. Those not stored yet are stored with the new ones:
                // one joining a story that an earlier transaction stored is no longer known by its
                // handle, and starts a story of its own (only after an internal error).
                Ok(Err(_)) | Err(_) => {
                    self.recent = Recent::new();
                    placed.failed = flight.feeds;
                }
            }
        }
        if self.pending.len() >= STORED_TOGETHER {
            placed.joined += self.store_pending(store)?;
        }
        if self.waiting.is_empty() {
            return Ok(placed);
        }
        // Stale recent stories (another process wrote, or they hold too much) are read again: the
        // decisions made with them are stored first, while their new stories' handles are known.
        if !self.pending.is_empty() && !store.recent_is_current(&self.recent)? {
            placed.joined += self.store_pending(store)?;
        }
        let waiting = std::mem::take(&mut self.waiting);
        let mut feeds = Vec::with_capacity(waiting.len());
        let mut groups = Vec::with_capacity(waiting.len());
        let mut profilings = Vec::with_capacity(waiting.len());
        for w in waiting {
            feeds.push((w.feed, w.dated.len()));
            groups.push(w.dated);
            profilings.push(w.profiling);
        }
        // Read together, at one version of the store; decided in the order stored.
        let ready = store.prepare_placing_groups(&mut self.recent, groups)?;
        let mut recent = std::mem::take(&mut self.recent);
        let task = tokio::spawn(async move {
            let unknown = || Panicked { location: None };
            let mut profiled = Vec::with_capacity(ready.len());
            for (ready, profiling) in ready.into_iter().zip(profilings) {
                let mut profiles = match profiling.await {
                    Ok(Ok(Some(profiles))) => profiles,
                    // No vocabulary to read entities with: stored without stories, as documented.
                    Ok(Ok(None)) => continue,
                    Ok(Err(panicked)) => return Err(panicked),
                    // The profiling thread could not be started.
                    Err(_) => return Err(unknown()),
                };
                profiled.push(
                    ready
                        .into_iter()
                        .filter_map(|(seen, id, at)| {
                            Some((seen, id, std::mem::take(profiles.get_mut(at)?)))
                        })
                        .collect::<Vec<_>>(),
                );
            }
            tokio::task::spawn_blocking(move || {
                crate::panics::contain(move || {
                    let mut decisions = Decisions::default();
                    for articles in profiled {
                        decisions.append(crate::stories::placing::decide(&mut recent, articles));
                    }
                    (recent, decisions)
                })
            })
            .await
            .unwrap_or_else(|_| Err(unknown()))
        });
        self.in_flight = Some(InFlight { feeds, task });
        Ok(placed)
    }

    /// Stores the decisions not stored yet; how many articles joined a story.
    fn store_pending(&mut self, store: &mut Store) -> Result<usize, StoreError> {
        if self.pending.is_empty() {
            return Ok(0);
        }
        let decisions = std::mem::take(&mut self.pending);
        let stats = store.apply_placing(&mut self.recent, decisions)?;
        self.stored += stats.placed();
        Ok(stats.joined)
    }

    /// The recent stories, every decision made and stored, and whether every article given to
    /// place has its decision stored.
    pub async fn into_recent(
        mut self,
        store: &mut Store,
    ) -> Result<(Recent, Placed, bool), StoreError> {
        let mut placed = Placed::default();
        while self.in_flight.is_some() || !self.waiting.is_empty() {
            placed.add(self.advance(store, true).await?);
        }
        placed.joined += self.store_pending(store)?;
        let all_placed = self.stored == self.given;
        Ok((self.recent, placed, all_placed))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FeedId, FeedSource, Lang};
    use crate::store::FeedUpdate;
    use chrono::TimeZone;

    fn report(key: &str, title: &str, text: &str, lang: Lang) -> NewArticle {
        NewArticle {
            dedup_key: key.to_owned(),
            title: title.to_owned(),
            url: Some(format!("https://news.example/{key}")),
            author: None,
            published: Utc.with_ymd_and_hms(2023, 9, 19, 12, 0, 0).single(),
            summary: None,
            content_html: None,
            lang: Some(lang),
            text: Some(text.to_owned()),
        }
    }

    /// Stores `article` as refresh's writer does, and starts placing it.
    async fn fetch(placing: &mut Placing, store: &mut Store, feed: FeedId, article: NewArticle) {
        let update = FeedUpdate {
            title: None,
            validators: Default::default(),
            articles: vec![article],
        };
        let stats = store.record_fetch(feed, &update).unwrap();
        let new = crate::stories::new_articles(&stats, update.articles);
        let placed = placing.start(store, "feed", new).await.unwrap();
        assert!(placed.failed.is_empty());
    }

    #[tokio::test]
    async fn a_report_joins_its_story_when_the_reader_wrote_between_two_feeds() {
        // The reader marks an article read while a fetch runs: the fetch reads its recent stories
        // again, and the French report's decision, not stored yet, is stored first, or the
        // English one would find no story to join.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("veille.db");
        let mut store = Store::open(&path).unwrap();
        let sources: Vec<FeedSource> = ["numerama", "nltimes"]
            .iter()
            .map(|n| FeedSource {
                name: (*n).to_owned(),
                url: format!("https://{n}.example/feed"),
                lang: None,
                full_text: false,
            })
            .collect();
        let feeds = store.sync_feeds(&sources).unwrap();
        let mut placing = Placing::new(Arc::new(OnceLock::new()));
        let fr = report(
            "icc-fr",
            "La Cour pénale internationale victime d'une cyberattaque",
            "La Cour pénale internationale (CPI), basée à La Haye, a déclaré avoir été victime \
             d'une cyberattaque : ses services ont détecté une activité anormale.",
            Lang::Fr,
        );
        fetch(&mut placing, &mut store, feeds[0].id, fr).await;
        let first = ArticleId(1);
        Store::open(&path).unwrap().set_read(first, true).unwrap();
        let en = report(
            "icc-en",
            "International Criminal Court hit by cyberattack",
            "The International Criminal Court in The Hague said it detected anomalous activity \
             affecting its information systems and was the victim of a cyberattack.",
            Lang::En,
        );
        fetch(&mut placing, &mut store, feeds[1].id, en).await;
        let (_, placed, all_placed) = placing.into_recent(&mut store).await.unwrap();
        assert!(all_placed);
        assert_eq!(
            placed.joined, 1,
            "the English report joins, stored as the run ends"
        );
        let story = store.story_of(first).unwrap();
        assert!(story.is_some());
        assert_eq!(store.story_of(ArticleId(2)).unwrap(), story);
    }
}

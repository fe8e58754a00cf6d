//! The writer's side of placing a fetch's new articles in stories: after storing a feed it has
//! their profiles read on a blocking thread, reads what they need from the store, and has them
//! decided on another ([`crate::stories::placing::decide`]); it stores the decisions after the
//! next feed. So profiling and deciding run while the writer stores, and only for new articles (a
//! changed feed brings back those stored before).
use crate::model::{ArticleId, NewArticle};
use crate::panics::Panicked;
use crate::store::{Store, StoreError};
use crate::stories::{Decisions, Profile, Recent};
use crate::tagging::Suggester;
use chrono::{DateTime, Utc};
use std::sync::{Arc, OnceLock};
use tokio::task::JoinHandle;

/// One feed's decisions being made.
struct InFlight {
    feed: String,
    articles: usize,
    task: JoinHandle<Result<(Recent, Decisions), Panicked>>,
}

/// What storing a feed's decisions did.
#[derive(Debug, Default)]
pub(super) struct Placed {
    /// Articles that joined a story.
    pub joined: usize,
    /// A feed whose decisions failed (a bug), and how many of its new articles were left out of
    /// stories.
    pub failed: Option<(String, usize)>,
}

/// The recent stories, or the decisions being made with them.
pub(super) struct Placing {
    recent: Recent,
    in_flight: Option<InFlight>,
    /// Built by the first placing task; `None` if the bundled vocabulary does not compile (the
    /// vocabulary's tests catch it): articles are then stored without stories.
    suggester: Arc<OnceLock<Option<Suggester>>>,
}

impl Placing {
    /// Nothing held yet.
    pub fn new(suggester: Arc<OnceLock<Option<Suggester>>>) -> Placing {
        Placing {
            recent: Recent::new(),
            in_flight: None,
            suggester,
        }
    }

    /// Stores the decisions in flight, if any.
    pub async fn finish(&mut self, store: &mut Store) -> Result<Placed, StoreError> {
        let Some(InFlight {
            feed,
            articles,
            task,
        }) = self.in_flight.take()
        else {
            return Ok(Placed::default());
        };
        match task.await {
            Ok(Ok((recent, decisions))) => {
                self.recent = recent;
                let stats = store.apply_placing(&mut self.recent, decisions)?;
                Ok(Placed {
                    joined: stats.joined,
                    failed: None,
                })
            }
            // The recent stories went with the task: read again from the store, which holds
            // every decision stored so far.
            Ok(Err(_)) | Err(_) => {
                self.recent = Recent::new();
                Ok(Placed {
                    joined: 0,
                    failed: Some((feed, articles)),
                })
            }
        }
    }

    /// Starts placing `articles` (new articles of `feed`): their profiles are read on a blocking
    /// thread at once, while the writer stores the decisions in flight and reads what these need;
    /// then they are decided on a blocking thread. Profiles need no recent story, so when reading
    /// them is slower than storing (a costlier suggester), several feeds' are read at once.
    pub async fn start(
        &mut self,
        store: &mut Store,
        feed: &str,
        articles: Vec<(ArticleId, Option<DateTime<Utc>>, NewArticle)>,
    ) -> Result<Placed, StoreError> {
        if articles.is_empty() {
            return self.finish(store).await;
        }
        let dated: Vec<(ArticleId, Option<DateTime<Utc>>, usize)> = articles
            .iter()
            .enumerate()
            .map(|(at, (id, published, _))| (*id, *published, at))
            .collect();
        let suggester = self.suggester.clone();
        let profiling = tokio::task::spawn_blocking(move || {
            crate::panics::contain(move || {
                let s = suggester
                    .get_or_init(crate::stories::bundled_suggester)
                    .as_ref()?;
                let profiles: Vec<Profile> = articles
                    .iter()
                    .map(|(_, _, a)| crate::stories::profile_of(s, a))
                    .collect();
                Some(profiles)
            })
        });
        let placed = self.finish(store).await?;
        let ready = store.prepare_placing(&mut self.recent, dated)?;
        if ready.is_empty() {
            return Ok(placed);
        }
        let mut recent = std::mem::take(&mut self.recent);
        let articles = ready.len();
        let task = tokio::spawn(async move {
            let unknown = || Panicked { location: None };
            let mut profiles = match profiling.await {
                Ok(Ok(Some(profiles))) => profiles,
                // No vocabulary to read entities with: stored without stories, as documented.
                Ok(Ok(None)) => return Ok((recent, Decisions::default())),
                Ok(Err(panicked)) => return Err(panicked),
                Err(_) => return Err(unknown()),
            };
            tokio::task::spawn_blocking(move || {
                crate::panics::contain(move || {
                    let profiled = ready
                        .into_iter()
                        .filter_map(|(seen, id, at)| {
                            Some((seen, id, std::mem::take(profiles.get_mut(at)?)))
                        })
                        .collect();
                    let decisions = crate::stories::placing::decide(&mut recent, profiled);
                    (recent, decisions)
                })
            })
            .await
            .unwrap_or_else(|_| Err(unknown()))
        });
        self.in_flight = Some(InFlight {
            feed: feed.to_owned(),
            articles,
            task,
        });
        Ok(placed)
    }

    /// The recent stories, every decision stored.
    pub async fn into_recent(mut self, store: &mut Store) -> Result<(Recent, Placed), StoreError> {
        let placed = self.finish(store).await?;
        Ok((self.recent, placed))
    }
}

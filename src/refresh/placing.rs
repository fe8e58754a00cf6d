//! The writer's side of placing a fetch's new articles in stories: after storing a feed it reads
//! what the feed's new articles need and hands the decisions to a blocking thread
//! ([`crate::stories::placing::decide`]); it stores them after the next feed, so deciding runs
//! while the writer stores, not after.
use crate::model::ArticleId;
use crate::panics::Panicked;
use crate::store::{Store, StoreError};
use crate::stories::{Decision, Profile, Recent};
use chrono::{DateTime, Utc};
use tokio::task::JoinHandle;

/// One feed's decisions being made.
struct InFlight {
    feed: String,
    articles: usize,
    task: JoinHandle<Result<(Recent, Vec<Decision>), Panicked>>,
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
#[derive(Default)]
pub(super) struct Placing {
    recent: Recent,
    in_flight: Option<InFlight>,
}

impl Placing {
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

    /// Stores the decisions in flight, then starts deciding where `articles` (new articles of
    /// `feed`) go, on a blocking thread.
    pub async fn start(
        &mut self,
        store: &mut Store,
        feed: &str,
        articles: Vec<(ArticleId, Option<DateTime<Utc>>, Profile)>,
    ) -> Result<Placed, StoreError> {
        let placed = self.finish(store).await?;
        if articles.is_empty() {
            return Ok(placed);
        }
        let ready = store.prepare_placing(&mut self.recent, articles)?;
        if !ready.is_empty() {
            let mut recent = std::mem::take(&mut self.recent);
            let articles = ready.len();
            let task = tokio::task::spawn_blocking(move || {
                crate::panics::contain(move || {
                    let decisions = crate::stories::placing::decide(&mut recent, ready);
                    (recent, decisions)
                })
            });
            self.in_flight = Some(InFlight {
                feed: feed.to_owned(),
                articles,
                task,
            });
        }
        Ok(placed)
    }

    /// The recent stories, every decision stored.
    pub async fn into_recent(mut self, store: &mut Store) -> Result<(Recent, Placed), StoreError> {
        let placed = self.finish(store).await?;
        Ok((self.recent, placed))
    }
}

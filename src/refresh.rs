//! One refresh run: fetch every subscription concurrently, parse and normalise off the async
//! workers, and store each feed as soon as it arrives, in short transactions (batches) so another
//! process never waits long for the write lock.
use crate::config::FetchSettings;
use crate::feed::fetch::{FetchError, FetchOutcome, Fetched, Fetcher};
use crate::feed::fulltext::fetch_full_text;
use crate::feed::normalize::{NormalizedFeed, normalize};
use crate::feed::parse::{SkippedEntry, parse_document as parse_feed_document};
use crate::model::{ArticleId, FeedSource};
use crate::store::{FeedUpdate, FeedWrite, Store, StoreError, StoredFeed};
use crate::tagging::Suggester;
use crate::text::sanitize::{MAX_LINE_CHARS, display_line};
use chrono::{DateTime, Utc};
use futures::stream::{FuturesUnordered, StreamExt};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

mod placing;

/// The write lock is left free this long between two batches of a big feed: a waiting writer (a
/// `veille tag`, the reader's tag edit) polls every 2 ms (`store::open`) and gets in.
const BATCH_PAUSE: Duration = Duration::from_millis(10);

/// What happened to one feed during a run.
#[derive(Debug, Clone, PartialEq)]
pub enum FeedStatus {
    /// Fetched and stored.
    Updated {
        /// Articles stored for the first time.
        new: usize,
        /// Stored articles whose text changed.
        updated: usize,
        /// Articles the analyst worked on that the feed changed: kept as they were, the new
        /// version recorded as a revision.
        revised: usize,
        /// Malformed entries left out.
        skipped: usize,
        /// The first of them, named with why: the fetch says it once per feed, with the count,
        /// rather than a line per entry (a broken feed of 25 items printed 25 lines).
        first_skipped: Option<SkippedEntry>,
    },
    /// 304: nothing changed, nothing parsed or written.
    NotModified,
    /// The server asked not to come back before this time; not requested.
    Postponed(DateTime<Utc>),
    /// Fetching or parsing failed; stored articles are untouched.
    Failed(String),
}

/// One feed's outcome.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedResult {
    /// Subscription name.
    pub name: String,
    /// Subscription URL.
    pub url: String,
    /// Outcome.
    pub status: FeedStatus,
    /// Where its server redirected it for good (301, 308) this run, though it was fetched: the
    /// user should hear of it to update the subscription, which is not rewritten behind them.
    pub moved_to: Option<String>,
}

/// The outcome of a whole run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RefreshReport {
    /// Every feed, in completion order.
    pub feeds: Vec<FeedResult>,
    /// Articles purged by retention after the run.
    pub purged: usize,
    /// New articles whose page's full text was extracted and stored (feeds with `full_text`).
    pub full_texts: usize,
    /// New articles whose page's full text could not be had (each also a warning naming the page).
    pub full_texts_failed: usize,
    /// Problems that did not fail their feed, such as a page whose full text could not be had.
    pub warnings: Vec<RefreshWarning>,
    /// New articles that joined a story already told by another article (issue 13).
    pub joined_stories: usize,
    /// Articles of the last two weeks stored before stories existed, placed in stories by this
    /// run (the first after the upgrade); older ones stay out of stories.
    pub placed_earlier: usize,
    /// Articles a fetch stopped (killed, crashed) before storing their story decisions had left
    /// without a story, placed by this run before its own.
    pub placed_unplaced: usize,
}

/// A problem that did not fail its feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefreshWarning {
    /// Subscription name.
    pub feed: String,
    /// What went wrong (naming the page).
    pub message: String,
}

impl RefreshReport {
    /// Counts what storing a feed's story decisions did; a feed whose decisions failed is a
    /// warning that says how many of its articles were left out of stories.
    fn count_placed(&mut self, placed: placing::Placed) {
        self.joined_stories += placed.joined;
        for (feed, articles) in placed.failed {
            self.warnings.push(RefreshWarning {
                feed,
                message: format!(
                    "{articles} new articles left out of stories: internal error while placing them"
                ),
            });
        }
    }

    /// Articles stored for the first time.
    pub fn new_articles(&self) -> usize {
        self.feeds
            .iter()
            .map(|f| match f.status {
                FeedStatus::Updated { new, .. } => new,
                _ => 0,
            })
            .sum()
    }

    /// Articles the analyst worked on whose feed published a new version (kept as a revision).
    pub fn revised_articles(&self) -> usize {
        self.feeds
            .iter()
            .map(|f| match f.status {
                FeedStatus::Updated { revised, .. } => revised,
                _ => 0,
            })
            .sum()
    }

    /// Malformed entries left out of feeds that were otherwise stored.
    pub fn skipped_entries(&self) -> usize {
        self.feeds
            .iter()
            .map(|f| match f.status {
                FeedStatus::Updated { skipped, .. } => skipped,
                _ => 0,
            })
            .sum()
    }

    /// Feeds whose document had not changed (304).
    pub fn unchanged(&self) -> usize {
        self.feeds
            .iter()
            .filter(|f| matches!(f.status, FeedStatus::NotModified))
            .count()
    }

    /// Feeds not requested because their server asked to wait (each is listed with its date).
    pub fn postponed(&self) -> impl Iterator<Item = (&FeedResult, DateTime<Utc>)> {
        self.feeds.iter().filter_map(|f| match f.status {
            FeedStatus::Postponed(until) => Some((f, until)),
            _ => None,
        })
    }

    /// Feeds that failed.
    pub fn failed(&self) -> impl Iterator<Item = &FeedResult> {
        self.feeds
            .iter()
            .filter(|f| matches!(f.status, FeedStatus::Failed(_)))
    }
}

/// What a fetch task hands back to the writer.
enum TaskOutput {
    NotModified,
    /// The update and its skipped entries.
    Parsed(FeedUpdate, Vec<SkippedEntry>),
    Failed {
        status: Option<u16>,
        message: String,
        retry_after: Option<DateTime<Utc>>,
    },
}

/// Longest a server's Retry-After postpones a subscription: past it the feed is asked again, so a
/// date in year 9999 cannot silence a feed for ever.
pub const MAX_POSTPONEMENT: chrono::TimeDelta = chrono::TimeDelta::hours(24);

/// Fetches the subscriptions `sources` (all of them, or only those whose URL is in `only` when it is
/// not empty) and stores what they bring. `progress` is called after each feed with (done, total,
/// result). Retention runs when `max_age_days > 0`.
///
/// A feed whose server asked to wait (Retry-After) is skipped and reported `Postponed` until then,
/// unless it is named in `only`: a user naming a feed wants it tried now.
pub async fn refresh(
    store: &mut Store,
    sources: &[FeedSource],
    only: &[String],
    settings: &FetchSettings,
    max_age_days: u32,
    mut progress: impl FnMut(usize, usize, &FeedResult),
) -> Result<RefreshReport, RefreshError> {
    let fetcher = Fetcher::new(settings).map_err(RefreshError::Client)?;
    // Looked up once per feed: a scan of the list for each feed is quadratic on big lists.
    let by_url: HashMap<&str, &FeedSource> = sources.iter().map(|s| (s.url.as_str(), s)).collect();
    let only: HashSet<&str> = only.iter().map(String::as_str).collect();
    // Always sync the whole list: the store marks feeds missing from it as unsubscribed.
    let stored: Vec<StoredFeed> = store
        .sync_feeds(sources)?
        .into_iter()
        .filter(|f| only.is_empty() || only.contains(f.url.as_str()))
        .collect();
    let now = Utc::now();
    // A feed's articles are stored whatever their date (a story of 2023 is still news to its
    // reader); retention then purges only what was read and carries no work, leaving a tombstone.
    let cutoff = (max_age_days > 0).then(|| now - chrono::Duration::days(i64::from(max_age_days)));
    let mut report = RefreshReport::default();
    // Built by the first feed's placing, once per run, and shared by the placing tasks: the
    // entities clustering compares are read there, off the single writer.
    let suggester: Arc<OnceLock<Option<Suggester>>> = Arc::new(OnceLock::new());
    // The recent stories new articles are placed among, read from the store once per run; each
    // feed's decisions are made while the next feed is stored.
    let mut placing = placing::Placing::new(suggester.clone());
    // First what a fetch stopped before storing its decisions left without a story: older than
    // this run's articles, which may join their stories.
    let (mark, unplaced) = store.unplaced_articles()?;
    report.placed_unplaced = placing.recover(store, &unplaced)?;
    let total = stored.len();
    let mut jobs = std::collections::VecDeque::new();
    for feed in stored {
        let Some(&source) = by_url.get(feed.url.as_str()) else {
            continue;
        };
        if let Some(until) = postponed_until(&feed, now).filter(|_| only.is_empty()) {
            let result = result_of(&feed, FeedStatus::Postponed(until));
            progress(report.feeds.len() + 1, total, &result);
            report.feeds.push(result);
            continue;
        }
        jobs.push_back((feed, source.clone()));
    }

    // At most `concurrency` feeds are between request and write at once, so parsed feeds cannot
    // pile up in memory while the single writer is busy.
    let in_flight = settings.concurrency.max(1);
    let mut pages = Vec::new();
    let mut tasks = FuturesUnordered::new();
    loop {
        while tasks.len() < in_flight {
            let Some((feed, source)) = jobs.pop_front() else {
                break;
            };
            // A panic in one feed's task fails that feed alone, with a message quoting nothing of
            // the feed (a panic message can: see `panics`).
            let handle = tokio::spawn(crate::panics::contain_future(fetch_and_parse(
                fetcher.clone(),
                feed.clone(),
                source,
            )));
            tasks.push(async move {
                let output = match handle.await {
                    Ok(Ok(output)) => output,
                    Ok(Err(panicked)) => internal_error(panicked.to_string()),
                    Err(_) => internal_error("the feed's task was cancelled".to_owned()),
                };
                (feed, output)
            });
        }
        // The writer: on this task only, while the others keep fetching.
        let Some((feed, output)) = tasks.next().await else {
            break;
        };
        let status = match output {
            TaskOutput::NotModified => {
                store.record_not_modified(feed.id)?;
                FeedStatus::NotModified
            }
            TaskOutput::Parsed(update, skipped) => {
                let mut write = FeedWrite::default();
                while !store.record_fetch_batch(feed.id, &update, &mut write)? {
                    tokio::time::sleep(BATCH_PAUSE).await;
                }
                let stats = write.into_stats();
                // Each new article joins its story during the run (the previous feed's are
                // stored now, this feed's decided meanwhile), so the CLI's and the reader's
                // fetches both leave every article placed.
                // Only the new ones are profiled, not those the feed had brought before.
                let new = crate::stories::new_articles(&stats, update.articles);
                let placed = placing.start(store, &feed.name, new).await?;
                report.count_placed(placed);
                if by_url.get(feed.url.as_str()).is_some_and(|s| s.full_text) {
                    pages.extend(stats.new_links.iter().map(|(id, url)| Page {
                        feed: feed.name.clone(),
                        feed_url: feed.url.clone(),
                        id: *id,
                        url: url.clone(),
                    }));
                }
                FeedStatus::Updated {
                    new: stats.new,
                    updated: stats.updated,
                    revised: stats.revised,
                    skipped: skipped.len(),
                    first_skipped: skipped.into_iter().next(),
                }
            }
            TaskOutput::Failed {
                status,
                message,
                retry_after,
            } => {
                // A server's or a document's words (a status text, a parser error quoting the
                // document's element names) are hostile: cleaned once, here, before they are stored
                // in `feeds.last_error`, reported or printed.
                let message = display_line(&message, MAX_LINE_CHARS);
                store.record_failure(feed.id, status, &message, retry_after)?;
                FeedStatus::Failed(message)
            }
        };
        let mut result = result_of(&feed, status);
        if matches!(
            result.status,
            FeedStatus::Updated { .. } | FeedStatus::NotModified
        ) {
            result.moved_to = fetcher.moved_permanently(&feed.url);
        }
        progress(report.feeds.len() + 1, total, &result);
        report.feeds.push(result);
    }

    let (mut recent, placed, all_placed) = placing.into_recent(store).await?;
    report.count_placed(placed);
    store.mark_placed(mark, all_placed)?;
    // Once, after the upgrade that brought stories: the recent articles stored before it.
    if store.has_story_backlog()?
        && let Some(suggester) = suggester
            .get_or_init(crate::stories::bundled_suggester)
            .as_ref()
    {
        report.placed_earlier = store.place_backlog(&mut recent, suggester)?;
    }
    recent.let_go();
    fetch_full_texts(store, &fetcher, pages, in_flight, &mut report).await?;
    if let Some(cutoff) = cutoff {
        report.purged = store.purge_older_than(cutoff)?;
    }
    Ok(report)
}

/// A new article of a `full_text` feed, whose page is to be fetched.
struct Page {
    feed: String,
    /// The subscription's URL, whose host policy applies to the page.
    feed_url: String,
    id: ArticleId,
    url: Option<String>,
}

/// Fetches the pages of `pages` (at most `in_flight` at once, under the fetcher's per-host limit
/// too) and stores each main text as it arrives; a page that fails is a warning, not a failure.
async fn fetch_full_texts(
    store: &mut Store,
    fetcher: &Fetcher,
    pages: Vec<Page>,
    in_flight: usize,
    report: &mut RefreshReport,
) -> Result<(), RefreshError> {
    let mut results = futures::stream::iter(pages)
        .map(|page| async move {
            let result = match &page.url {
                Some(url) => fetch_full_text(fetcher, url, Some(&page.feed_url))
                    .await
                    .map_err(|e| e.to_string()),
                None => Err("no link to fetch its full text from".to_owned()),
            };
            (page, result)
        })
        .buffer_unordered(in_flight);
    while let Some((page, result)) = results.next().await {
        let message = match result {
            Ok(html) => match store.set_full_text(page.id, &html) {
                Ok(()) => {
                    report.full_texts += 1;
                    continue;
                }
                // Deleted meanwhile (by another process): nothing left to complete.
                Err(StoreError::UnknownArticle { .. }) => "article deleted meanwhile".to_owned(),
                Err(e) => return Err(e.into()),
            },
            Err(message) => message,
        };
        report.full_texts_failed += 1;
        report.warnings.push(RefreshWarning {
            feed: page.feed,
            message: display_line(&format!("full text: {message}"), MAX_LINE_CHARS),
        });
    }
    Ok(())
}

/// When the feed may be asked again, if that is still ahead. A stored date further than
/// `MAX_POSTPONEMENT` (written by an older veille, which had no cap) is not honoured.
fn postponed_until(feed: &StoredFeed, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let latest = now.checked_add_signed(MAX_POSTPONEMENT)?;
    feed.retry_after
        .filter(|until| *until > now && *until <= latest)
}

fn result_of(feed: &StoredFeed, status: FeedStatus) -> FeedResult {
    FeedResult {
        name: feed.name.clone(),
        url: feed.url.clone(),
        status,
        moved_to: None,
    }
}

async fn fetch_and_parse(fetcher: Fetcher, feed: StoredFeed, source: FeedSource) -> TaskOutput {
    match fetcher.fetch(&feed.url, &feed.validators).await {
        Ok(FetchOutcome::NotModified) => TaskOutput::NotModified,
        Ok(FetchOutcome::Fetched(fetched)) => {
            // Parsing is CPU work: keep it off the async workers so fetches keep flowing.
            let parsed = tokio::task::spawn_blocking(move || {
                crate::panics::contain(|| {
                    parse_document(&fetched, &source)
                        .map(|(normalized, skipped)| ((normalized, skipped), fetched.validators))
                })
            })
            .await;
            match parsed {
                Ok(Ok(Ok(((normalized, skipped), validators)))) => {
                    let articles = normalized.articles;
                    TaskOutput::Parsed(
                        FeedUpdate {
                            title: normalized.title,
                            validators,
                            articles,
                        },
                        skipped,
                    )
                }
                Ok(Ok(Err(message))) => TaskOutput::Failed {
                    status: Some(200),
                    message,
                    retry_after: None,
                },
                Ok(Err(panicked)) => internal_error(panicked.to_string()),
                Err(_) => internal_error("the parse was cancelled".to_owned()),
            }
        }
        Err(error) => failure_of(&error),
    }
}

fn internal_error(message: String) -> TaskOutput {
    TaskOutput::Failed {
        status: None,
        message,
        retry_after: None,
    }
}

/// The feed normalized, with the malformed entries that were left out of it.
fn parse_document(
    fetched: &Fetched,
    source: &FeedSource,
) -> Result<(NormalizedFeed, Vec<SkippedEntry>), String> {
    let parsed = parse_feed_document(
        &fetched.body,
        fetched.content_type.as_deref(),
        &fetched.final_url,
    )
    .map_err(|e| e.to_string())?;
    Ok((
        normalize(&parsed.feed, source, &fetched.final_url),
        parsed.skipped,
    ))
}

fn failure_of(error: &FetchError) -> TaskOutput {
    let mut message = error.to_string();
    let (status, retry_after) = match error {
        FetchError::Status(code) => (Some(*code), None),
        FetchError::RetryLater {
            status,
            retry_after,
        } => {
            let until = postponement(*retry_after, Utc::now());
            if let Some((until, capped)) = until {
                message.push_str(&format!("; postponed until {}", rfc3339(until)));
                if capped {
                    let hours = MAX_POSTPONEMENT.num_hours();
                    message.push_str(&format!(
                        " (a server is never waited for more than {hours} h)"
                    ));
                }
            }
            (Some(*status), until.map(|(until, _)| until))
        }
        _ => (None, None),
    };
    TaskOutput::Failed {
        status,
        message,
        retry_after,
    }
}

/// The end of a wait of `asked` from `now`, at most `MAX_POSTPONEMENT`, and whether it was cut
/// short. Checked arithmetic: a server may send any number (`999999999999999` seconds).
fn postponement(asked: std::time::Duration, now: DateTime<Utc>) -> Option<(DateTime<Utc>, bool)> {
    let asked = chrono::TimeDelta::from_std(asked).unwrap_or(chrono::TimeDelta::MAX);
    let capped = asked > MAX_POSTPONEMENT;
    let until = now.checked_add_signed(asked.min(MAX_POSTPONEMENT))?;
    Some((until, capped))
}

/// A date as veille prints it: RFC 3339 in UTC, to the second.
pub fn rfc3339(date: DateTime<Utc>) -> String {
    date.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Why a run could not complete (a feed's own failure is not one of these).
#[derive(Debug, thiserror::Error)]
pub enum RefreshError {
    /// The HTTP client could not be built.
    #[error("cannot set up HTTP: {0}")]
    Client(FetchError),
    /// The store failed; what was stored before is kept.
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_huge_retry_after_is_cut_to_the_cap_without_overflowing() {
        let now = Utc::now();
        for secs in [999_999_999_999_999, u64::MAX, 10_000 * 365 * 86_400] {
            let (until, capped) = postponement(Duration::from_secs(secs), now).unwrap();
            assert_eq!((until, capped), (now + MAX_POSTPONEMENT, true), "{secs} s");
        }
        let (until, capped) = postponement(Duration::from_secs(120), now).unwrap();
        assert_eq!(
            (until, capped),
            (now + chrono::TimeDelta::seconds(120), false)
        );
    }
}

//! Placing a fetch's new articles in two steps, so that the store's single writer only writes: the
//! decisions (which story each article joins, and why) are pure work on the recent stories held in
//! memory ([`decide`]), which a fetch runs on another thread while its writer stores the next feed;
//! the writer then stores them ([`Store::apply_placing`]). Deciding was about three fifths of
//! placing's cost on the writer, the busier side of a cold fetch (benches/stories.rs).
//!
//! [`Store::apply_placing`]: crate::store::Store::apply_placing
use super::bridge::Tie;
use super::codec;
use super::decide::Reason;
use super::profile::Profile;
use super::recent::Recent;
use crate::model::ArticleId;
use std::ops::Range;

/// Which story an article joins, and why: what the writer stores.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    /// The article.
    pub article: ArticleId,
    /// Its date as stored (microseconds).
    pub seen: i64,
    /// The story it joins: a stored story's id, or the handle of a story started by this run and
    /// perhaps not stored yet ([`Recent::new_handle`]), which [`Recent`] maps to the stored story.
    pub story: i64,
    /// True when it joins a story (rather than starting one).
    pub joined: bool,
    /// The reason's score (0 for the first article of a story).
    pub score: f64,
    /// Stories (ids or handles, as `story`) this article ties into its own: fragments of one
    /// incident it may join each of ([`super::bridge`]), each with the member it matched.
    pub ties: Vec<Tie>,
    /// Where its reason (JSON) and profile record are in the [`Decisions`]' buffers.
    reason_at: Range<usize>,
    record_at: Range<usize>,
}

impl Decision {
    /// True when the article joined a story (rather than starting one).
    pub fn joined(&self) -> bool {
        self.joined
    }
}

/// The decisions for one feed's new articles, in the order decided. What the writer stores of
/// each — its reason as JSON and its profile as a record ([`codec`]) — is made here, into two
/// buffers rather than two allocations per article: the writer, which frees them, waited for
/// the deciding thread's allocator lock on each (a fifth of storing the decisions, by perf).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Decisions {
    /// The decisions, in date order.
    pub list: Vec<Decision>,
    reasons: String,
    records: Vec<u8>,
}

impl Decisions {
    /// How many decisions.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Adds `later`'s decisions after these (in their order): stored together, in one
    /// transaction.
    pub fn append(&mut self, later: Decisions) {
        if self.list.is_empty() {
            *self = later;
            return;
        }
        let (reasons, records) = (self.reasons.len(), self.records.len());
        self.reasons.push_str(&later.reasons);
        self.records.extend_from_slice(&later.records);
        self.list.extend(later.list.into_iter().map(|mut d| {
            d.reason_at = d.reason_at.start + reasons..d.reason_at.end + reasons;
            d.record_at = d.record_at.start + records..d.record_at.end + records;
            d
        }));
    }

    /// The reason of `d` (one of these decisions) as stored: JSON.
    pub fn reason_json(&self, d: &Decision) -> &str {
        self.reasons.get(d.reason_at.clone()).unwrap_or_default()
    }

    /// The profile of `d` as stored beside its membership ([`codec`]).
    pub fn record(&self, d: &Decision) -> &[u8] {
        self.records.get(d.record_at.clone()).unwrap_or_default()
    }
}

/// Decides where each article goes, in the order given (date order: see
/// [`Store::prepare_placing`]), among the stories of `recent`, which then holds it: an article
/// decided here is a candidate for the next one. `recent` must hold the spans these articles need
/// (the store reads them in `prepare_placing`).
///
/// [`Store::prepare_placing`]: crate::store::Store::prepare_placing
pub fn decide(recent: &mut Recent, articles: Vec<(i64, ArticleId, Profile)>) -> Decisions {
    let mut out = Decisions {
        list: Vec::with_capacity(articles.len()),
        reasons: String::with_capacity(64 * articles.len()),
        records: Vec::with_capacity(400 * articles.len()),
    };
    for (seen, id, mut profile) in articles {
        // Compared in seconds: `seen` is the stored date, in microseconds.
        profile.date = Some(seen.div_euclid(1_000_000));
        let keys = profile.keys();
        let joinable = recent.joinable_keyed(&profile, &keys);
        let ties = super::bridge::ties_of(recent, &joinable, profile.date);
        let (story, reason) = match joinable.into_iter().next() {
            Some((story, reason)) => (recent.shown_as(story), reason),
            None => (recent.new_handle(), Reason::Started),
        };
        for tied in &ties {
            recent.tie(tied.story, story);
        }
        let from = out.records.len();
        codec::encode_into(&profile, &mut out.records);
        let record_at = from..out.records.len();
        let from = out.reasons.len();
        out.reasons
            .push_str(&serde_json::to_string(&reason).unwrap_or_default());
        let reason_at = from..out.reasons.len();
        recent.add_keyed(story, id.0, profile, &keys);
        out.list.push(Decision {
            article: id,
            seen,
            story,
            joined: !matches!(reason, Reason::Started),
            score: reason.score(),
            ties,
            reason_at,
            record_at,
        });
    }
    out
}

/// How far below the writer's the profiling thread's scheduling priority is set, as a nice value
/// (`BEHIND_THE_WRITER` more than the process's own).
const BEHIND_THE_WRITER: i32 = 10;

/// Lowers the calling thread's scheduling priority below the fetch's writer: a cold fetch is as
/// fast as its single writer, the clustering work beside it only has to be done by the run's end.
/// On two cores, four threads of equal weight (parser, writer, profiles, decisions) make the
/// scheduler share the writer's core, whose caches the profiles' automata then evict; with a
/// lower weight the writer keeps a core of its own (benches/stories.rs). Linux only: there a
/// thread has its own nice value; elsewhere `setpriority` would lower the whole process.
pub fn behind_the_writer() {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        use rustix::process::{getpriority_process, setpriority_process};
        // Not lowered at all if it cannot be read: the work is the same, only its share of a core.
        if let Ok(nice) = getpriority_process(None) {
            let _ = setpriority_process(None, (nice + BEHIND_THE_WRITER).min(19));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(any(target_os = "linux", target_os = "android"))]
    #[test]
    fn only_the_thread_that_asks_steps_behind_the_writer() {
        // The profiling thread is lowered; the writer (here, this test's thread) and the rest of
        // the process keep their priority, or the whole fetch would run slower.
        use rustix::process::getpriority_process;
        let writer = getpriority_process(None).unwrap();
        let profiling = std::thread::spawn(|| {
            behind_the_writer();
            getpriority_process(None).unwrap()
        })
        .join()
        .unwrap();
        assert_eq!(profiling, (writer + BEHIND_THE_WRITER).min(19));
        assert_eq!(getpriority_process(None).unwrap(), writer);
    }

    #[test]
    fn decisions_appended_keep_their_reasons_and_records() {
        // Several feeds' decisions are stored together (src/refresh/placing.rs).
        let mut recent = Recent::new();
        let named = |name: &str| Profile {
            names: vec![name.to_owned()],
            minhash: vec![7; 64],
            ..Profile::default()
        };
        let first = decide(&mut recent, vec![(0, ArticleId(1), named("orange"))]);
        let second = decide(
            &mut recent,
            vec![(60_000_000, ArticleId(2), named("orange"))],
        );
        let read = |d: &Decisions| -> Vec<(String, Vec<u8>)> {
            d.list
                .iter()
                .map(|x| (d.reason_json(x).to_owned(), d.record(x).to_vec()))
                .collect()
        };
        let mut expected = read(&first);
        expected.extend(read(&second));
        let mut all = first;
        all.append(second);
        assert_eq!(all.len(), 2);
        assert_eq!(read(&all), expected);
        assert!(
            expected
                .iter()
                .all(|(reason, record)| !reason.is_empty() && !record.is_empty())
        );
    }
}

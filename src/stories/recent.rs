//! The recent stories a new article may join, held in memory: for each story key (victim, CVE id,
//! name, exact-text hash) and two-week span, the stories holding it; for each story, its members'
//! profiles. The store fills it span by span from `story_members` (what a fetch's writer reads
//! instead of querying an index per key and per candidate) and the gold harness ([`super::Memory`])
//! holds everything in it.
use super::Reason;
use super::decide::{MEMBERS_COMPARED, WINDOW_SECS, best, shortlist, within_window};
use super::profile::Profile;
use std::collections::{BTreeSet, HashMap};

/// A key held by more recent stories than this ("microsoft", a country) brings no candidates: it
/// cannot decide a story alone, and reading its stories would grow with the news' density.
pub const COMMON_KEY: usize = 32;

/// The two-week span of a date (seconds): a key is filed under its article's span, and an article
/// looks in its own span and the two beside it, which hold every story within its window.
pub fn span(seconds: i64) -> i64 {
    seconds.div_euclid(WINDOW_SECS)
}

/// One member: article id and profile (dated).
type Member = (i64, Profile);

/// Recent stories by key and span.
#[derive(Debug, Default)]
pub struct Recent {
    /// (key, span) → stories, each once.
    by_key: HashMap<(u64, i64), Vec<i64>>,
    /// Story → its members held here.
    members: HashMap<i64, Vec<Member>>,
    /// Spans holding at least one member (for an undated article, compared with everything).
    spans: BTreeSet<i64>,
    /// Spans read from the store (the store's use).
    loaded: BTreeSet<i64>,
    held: usize,
    /// The store's `data_version` when its spans were read: another process writing since makes
    /// them stale (the store's use).
    pub store_version: Option<i64>,
}

impl Recent {
    /// Empty.
    pub fn new() -> Recent {
        Recent::default()
    }

    /// Profiles held: past a limit the store drops them all and reads again what it needs.
    pub fn len(&self) -> usize {
        self.held
    }

    /// True when nothing is held.
    pub fn is_empty(&self) -> bool {
        self.held == 0
    }

    /// How many stories one key gathers in one span: at most, and on average (for measuring).
    pub fn key_spread(&self) -> (usize, f64) {
        let most = self.by_key.values().map(Vec::len).max().unwrap_or(0);
        let total: usize = self.by_key.values().map(Vec::len).sum();
        (most, total as f64 / self.by_key.len().max(1) as f64)
    }

    /// The spans an article of this date needs that were not read from the store yet.
    pub fn missing_spans(&self, seconds: i64) -> Vec<i64> {
        let s = span(seconds);
        (s - 1..=s + 1)
            .filter(|s| !self.loaded.contains(s))
            .collect()
    }

    /// Records that a span's members were read from the store (each given to [`Recent::add`]).
    pub fn mark_loaded(&mut self, span: i64) {
        self.loaded.insert(span);
    }

    /// Adds article `id` to `story`.
    pub fn add(&mut self, story: i64, id: i64, profile: Profile) {
        let spans = profile.date.map(span);
        for h in profile.keys() {
            // Undated (only outside the store): filed under no span, found by every dated article.
            let list = self
                .by_key
                .entry((h, spans.unwrap_or(i64::MIN)))
                .or_default();
            if !list.contains(&story) {
                list.push(story);
            }
        }
        self.spans.insert(spans.unwrap_or(i64::MIN));
        self.members.entry(story).or_default().push((id, profile));
        self.held += 1;
    }

    /// Stories holding `key` near `date` (every span when undated), each once, at most
    /// `COMMON_KEY + 1`.
    fn stories_with(&self, h: u64, date: Option<i64>) -> Vec<i64> {
        let spans: Vec<i64> = match date {
            Some(d) => {
                let s = span(d);
                vec![s - 1, s, s + 1, i64::MIN]
            }
            None => self.spans.iter().copied().collect(),
        };
        let mut out: Vec<i64> = Vec::new();
        for s in spans {
            for story in self.by_key.get(&(h, s)).into_iter().flatten() {
                if !out.contains(story) {
                    out.push(*story);
                    if out.len() > COMMON_KEY {
                        return out;
                    }
                }
            }
        }
        out
    }

    /// The best story for `profile` among the recent stories sharing a key with it, and why.
    pub fn best(&self, profile: &Profile) -> Option<(i64, Reason)> {
        let keys = profile.keys();
        // In key order (sorted), so the ranking of candidates does not depend on a hash map's.
        let by_key: Vec<(u64, Vec<i64>)> = keys
            .iter()
            .map(|k| (*k, self.stories_with(*k, profile.date)))
            .collect();
        let candidates = shortlist(
            by_key
                .iter()
                .map(|(_, s)| s)
                .filter(|s| s.len() <= COMMON_KEY)
                .map(Vec::as_slice),
        );
        let stories_with = |k: u64| {
            by_key
                .binary_search_by_key(&k, |(key, _)| *key)
                .map_or(0, |i| by_key[i].1.len())
        };
        best(
            profile,
            candidates.into_iter().flat_map(|story| {
                self.latest(story, profile.date)
                    .into_iter()
                    .map(move |(id, p)| (story, *id, p))
            }),
            &stories_with,
        )
    }

    /// The latest members of `story` within the window of `date`, at most [`MEMBERS_COMPARED`].
    fn latest(&self, story: i64, date: Option<i64>) -> Vec<&Member> {
        let mut near: Vec<&Member> = self
            .members
            .get(&story)
            .into_iter()
            .flatten()
            .filter(|(_, p)| within_window(date, p.date))
            .collect();
        near.sort_by_key(|(id, p)| std::cmp::Reverse((p.date, *id)));
        near.truncate(MEMBERS_COMPARED);
        near
    }
}

//! The recent stories a new article may join, held in memory: for each story key (victim, CVE id,
//! name, exact-text hash) and three-week span, the stories holding it; for each story, its members'
//! profiles. The store fills it span by span from `story_members` (what a fetch's writer reads
//! instead of querying an index per key and per candidate) and the gold harness ([`super::Memory`])
//! holds everything in it.
use super::Reason;
use super::decide::{MEMBERS_COMPARED, REACH_SECS, holds_from_start, joinable, shortlist};
use super::profile::Profile;
use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{BuildHasher, Hasher};

/// A key held by more recent stories than this ("microsoft", a country) brings no candidates: it
/// cannot decide a story alone, and reading its stories would grow with the news' density.
pub const COMMON_KEY: usize = 32;

/// A name held by more stories than this is counted as held: reading whether each holder is one
/// report of the same days costs a lookup per holder, and a name in five stories is common anyway.
const FRAGMENTS_READ: usize = 4;
/// Three days: the reports of one piece of news come within two or three days of each other.
const FRAGMENT_SECS: i64 = 3 * 86_400;

/// The three-week span of a date (seconds): a key is filed under its article's span, and an article
/// looks in its own span and the two beside it, which hold every story within its window.
pub fn span(seconds: i64) -> i64 {
    seconds.div_euclid(SPAN_SECS)
}

/// A span is as wide as an article's reach ([`REACH_SECS`]): its own span and the two beside it
/// hold every member it may join.
pub const SPAN_SECS: i64 = REACH_SECS;

/// Hashes the maps' keys, which are already hashes (story keys) or ids, with one multiply per
/// word: the writer looks up four spans of each of an article's ~40 keys, and SipHash made those
/// lookups a sizeable part of placing it. Keys come from feeds' words: the seed, random per
/// [`Recent`], and the folded multiply (every bit of a key reaches the bits that pick a bucket)
/// keep a feed from choosing words that pile into one bucket.
pub(super) struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u64(u64::from(*b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        let product = u128::from(self.0 ^ n) * 0x9e37_79b9_7f4a_7c15;
        self.0 = (product as u64) ^ ((product >> 64) as u64);
    }

    fn write_i64(&mut self, n: i64) {
        self.write_u64(n as u64);
    }
}

/// Builds [`KeyHasher`]s from one random seed (also for [`shortlist`]'s story ids).
#[derive(Clone)]
pub(super) struct Fast(u64);

impl Default for Fast {
    fn default() -> Fast {
        Fast(std::hash::RandomState::new().hash_one(0u8) | 1)
    }
}

impl BuildHasher for Fast {
    type Hasher = KeyHasher;

    fn build_hasher(&self) -> KeyHasher {
        KeyHasher(self.0)
    }
}

/// A story's members by (date, article id), an undated one under `i64::MIN`: kept in order, so
/// the latest within an article's window are a range, never a sort of the whole story (a story can
/// hold thousands of articles: a weekly column chained over months). Most stories have one
/// member, held without a tree: a tree's first node has room for eleven profiles (2.7 KB), which
/// for the 33,000 stories of a cold fetch of 50,000 articles was most of what a fetch held.
#[derive(Debug)]
// Most stories are `One`: boxing its profile would bring back an allocation per story.
#[allow(clippy::large_enum_variant)]
enum Members {
    One((i64, i64), Profile),
    Many(BTreeMap<(i64, i64), Profile>),
}

impl Members {
    /// Adds a member (replaces it when held): true when it was not held.
    fn insert(&mut self, at: (i64, i64), profile: Profile) -> bool {
        match self {
            Members::One(held, p) if *held == at => {
                *p = profile;
                false
            }
            Members::One(..) => {
                let mut tree = BTreeMap::new();
                if let Members::One(held, p) =
                    std::mem::replace(self, Members::Many(BTreeMap::new()))
                {
                    tree.insert(held, p);
                }
                tree.insert(at, profile);
                *self = Members::Many(tree);
                true
            }
            Members::Many(tree) => tree.insert(at, profile).is_none(),
        }
    }

    /// The members dated `from..=to` (by date), newest first, then the undated ones.
    fn latest(&self, from: i64, to: i64) -> impl Iterator<Item = (&(i64, i64), &Profile)> {
        let (one, tree) = match self {
            Members::One(at, p) => {
                let within = at.0 == i64::MIN || (from..=to).contains(&at.0);
                (within.then_some((at, p)), None)
            }
            Members::Many(tree) => (None, Some(tree)),
        };
        let ranges = tree.into_iter().flat_map(move |tree| {
            let undated = tree
                .range((i64::MIN, i64::MIN)..=(i64::MIN, i64::MAX))
                .rev();
            tree.range((from, i64::MIN)..=(to, i64::MAX))
                .rev()
                .chain(undated)
        });
        one.into_iter().chain(ranges)
    }
}

/// The stories holding one key in one span, each once: most keys are one story's, held without
/// an allocation of their own (a cold fetch holds hundreds of thousands of keys).
#[derive(Debug)]
enum Holders {
    One(i64),
    Many(Vec<i64>),
}

impl Holders {
    fn as_slice(&self) -> &[i64] {
        match self {
            Holders::One(story) => std::slice::from_ref(story),
            Holders::Many(stories) => stories,
        }
    }

    /// Adds `story`, after those held, unless it is held.
    fn add(&mut self, story: i64) {
        match self {
            Holders::One(held) if *held != story => *self = Holders::Many(vec![*held, story]),
            Holders::One(_) => {}
            Holders::Many(stories) if !stories.contains(&story) => stories.push(story),
            Holders::Many(_) => {}
        }
    }
}

/// Profiles held from which [`Recent::let_go`] frees them on a thread of its own.
const FREED_ELSEWHERE: usize = 1_000;

/// The first handle of a story not stored yet ([`Recent::new_handle`]): far above any id SQLite
/// gives.
const HANDLES: i64 = 1 << 62;

/// Recent stories by key and span.
#[derive(Debug, Default)]
pub struct Recent {
    /// (key, span) → stories, each once.
    by_key: HashMap<(u64, i64), Holders, Fast>,
    /// Story → its members held here.
    members: HashMap<i64, Members, Fast>,
    /// Spans holding at least one member (for an undated article, compared with everything).
    spans: BTreeSet<i64>,
    /// Spans read from the store (the store's use).
    loaded: BTreeSet<i64>,
    held: usize,
    /// Stories started here, by handle ([`Recent::new_handle`]) → id once stored.
    stored_as: HashMap<i64, i64, Fast>,
    /// Stories started here so far.
    started: i64,
    /// Stories tied into another by a report joining both ([`super::bridge`]): story → the story
    /// it is shown as.
    tied: HashMap<i64, i64, Fast>,
    /// The store's `data_version` when its spans were read: another process writing since makes
    /// them stale (the store's use).
    pub store_version: Option<i64>,
}

impl Recent {
    /// Empty.
    pub fn new() -> Recent {
        Recent::default()
    }

    /// Frees what is held, on a thread of its own when it is much (here when no thread can be
    /// made): a cold fetch ends holding 50,000 profiles, a million small allocations, and freeing
    /// them took 2% of the writer's run (perf on benches/stories.rs), the writer being what a fetch
    /// waits for.
    pub fn let_go(self) {
        if self.held >= FREED_ELSEWHERE {
            // The handle is not kept: nothing waits for the freeing, and a process that exits
            // meanwhile leaves it to the system.
            let _ = std::thread::Builder::new().spawn(move || drop(self));
        }
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
        let held = || self.by_key.values().map(|h| h.as_slice().len());
        let most = held().max().unwrap_or(0);
        let total: usize = held().sum();
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

    /// A handle for a story started here and not stored yet: greater than any stored story's id
    /// and than the handles before it, as the id it will be stored as is, so candidates rank alike
    /// (ties go to the older story) whether their stories are stored yet or not.
    pub fn new_handle(&mut self) -> i64 {
        self.started += 1;
        HANDLES + self.started
    }

    /// The stored id of `story`: itself, or the story its handle was stored as (none yet).
    pub fn stored_id(&self, story: i64) -> Option<i64> {
        if story < HANDLES {
            Some(story)
        } else {
            self.stored_as.get(&story).copied()
        }
    }

    /// Records that the story of `handle` was stored as `id`.
    pub fn set_stored(&mut self, handle: i64, id: i64) {
        self.stored_as.insert(handle, id);
    }

    /// The story `story` is shown as: itself, or the story it was tied into ([`Recent::tie`]).
    pub fn shown_as(&self, mut story: i64) -> i64 {
        while let Some(&into) = self.tied.get(&story) {
            story = into;
        }
        story
    }

    /// Ties story `from` into `into` (as [`Recent::shown_as`] reads them): its members stay held
    /// under `from`, compared as before, and a report joining it joins `into`.
    pub fn tie(&mut self, from: i64, into: i64) {
        let (from, into) = (self.shown_as(from), self.shown_as(into));
        if from != into {
            self.tied.insert(from, into);
        }
    }

    /// Adds article `id` to `story`.
    pub fn add(&mut self, story: i64, id: i64, profile: Profile) {
        let keys = profile.keys();
        self.add_keyed(story, id, profile, &keys);
    }

    /// [`Recent::add`] with the profile's [`Profile::keys`], already read by [`Recent::best_keyed`].
    pub fn add_keyed(&mut self, story: i64, id: i64, profile: Profile, keys: &[u64]) {
        let spans = profile.date.map(span);
        for &h in keys {
            // Undated (only outside the store): filed under no span, found by every dated article.
            self.by_key
                .entry((h, spans.unwrap_or(i64::MIN)))
                .and_modify(|held| held.add(story))
                .or_insert(Holders::One(story));
        }
        self.spans.insert(spans.unwrap_or(i64::MIN));
        let at = (profile.date.unwrap_or(i64::MIN), id);
        let added = match self.members.entry(story) {
            Entry::Occupied(mut members) => members.get_mut().insert(at, profile),
            Entry::Vacant(members) => {
                members.insert(Members::One(at, profile));
                true
            }
        };
        self.held += usize::from(added);
    }

    /// Stories holding `key` near `date` (every span when undated), each once, at most
    /// `COMMON_KEY + 1`, appended to `out`.
    fn stories_with(&self, h: u64, date: Option<i64>, out: &mut Vec<i64>) {
        let near;
        let spans: &mut dyn Iterator<Item = i64> = match date {
            Some(d) => {
                let s = span(d);
                near = [s - 1, s, s + 1, i64::MIN];
                &mut near.into_iter()
            }
            None => &mut self.spans.iter().copied(),
        };
        let from = out.len();
        for s in spans {
            for story in self.by_key.get(&(h, s)).map_or(&[][..], Holders::as_slice) {
                if !out[from..].contains(story) {
                    out.push(*story);
                    if out.len() - from > COMMON_KEY {
                        return;
                    }
                }
            }
        }
    }

    /// How many recent stories hold `key` near `date`, as a decision counts them (at most
    /// `COMMON_KEY + 1`): for explaining a decision after it was made.
    pub fn holders(&self, key: u64, date: Option<i64>) -> usize {
        let mut out = Vec::new();
        self.stories_with(key, date, &mut out);
        self.counted_holders(&out, key, date)
    }

    /// The best story for `profile` among the recent stories sharing a key with it, and why.
    pub fn best(&self, profile: &Profile) -> Option<(i64, Reason)> {
        self.best_keyed(profile, &profile.keys())
    }

    /// [`Recent::best`] with the profile's [`Profile::keys`] (sorted), read once for this and
    /// [`Recent::add_keyed`].
    pub fn best_keyed(&self, profile: &Profile, keys: &[u64]) -> Option<(i64, Reason)> {
        self.joinable_keyed(profile, keys).into_iter().next()
    }

    /// Every recent story `profile` may join, the best first ([`joinable`]).
    pub fn joinable_keyed(&self, profile: &Profile, keys: &[u64]) -> Vec<(i64, Reason)> {
        // In key order (sorted), so the ranking of candidates does not depend on a hash map's.
        // Each key's stories are a range of one list: no list per key and article.
        // Most keys bring a story or two: one allocation, seldom grown.
        let mut stories: Vec<i64> = Vec::with_capacity(keys.len() * 2);
        let by_key: Vec<(u64, usize, usize)> = keys
            .iter()
            .map(|&k| {
                let from = stories.len();
                self.stories_with(k, profile.date, &mut stories);
                (k, from, stories.len())
            })
            .collect();
        let candidates = shortlist(
            by_key
                .iter()
                .map(|&(_, from, to)| &stories[from..to])
                .filter(|s| s.len() <= COMMON_KEY),
        );
        let stories_with = |k: u64| {
            by_key
                .binary_search_by_key(&k, |&(key, _, _)| key)
                .map_or(0, |i| {
                    self.counted_holders(&stories[by_key[i].1..by_key[i].2], k, profile.date)
                })
        };
        let mut passing = joinable(
            profile,
            candidates.into_iter().flat_map(|story| {
                self.latest(story, profile.date)
                    .map(move |(id, p)| (story, id, p))
            }),
            &stories_with,
        );
        // Follow-ups within about two weeks of the story's start, not of its latest report.
        passing.retain(|(story, reason)| {
            holds_from_start(
                self.started(*story),
                profile.date,
                &profile.recalled,
                reason,
            )
        });
        passing
    }

    /// The date of the first dated member of `story` held (none when none is dated): where its
    /// incident began, for [`holds_from_start`]. One map lookup and the tree's first entry per
    /// story passing, no pass over its members. The store holds the spans within three weeks of
    /// the articles it places: a story begun further back is held to its first member there.
    fn started(&self, story: i64) -> Option<i64> {
        match self.members.get(&story)? {
            Members::One((date, _), _) => Some(*date).filter(|&d| d != i64::MIN),
            Members::Many(tree) => tree
                .range((i64::MIN + 1, i64::MIN)..)
                .next()
                .map(|((date, _), _)| *date),
        }
    }

    /// How many of the stories `held` holding index key `key` a decision near `date` counts.
    /// Reports of one piece of news each start a story holding its name until one joins another,
    /// and the next report finds the name shared or common (the AFP's « Le site Internet
    /// Archive… » beside the Vanguard report of the day before and the publishers' appeal of
    /// September: "archive" in two stories, 1.0). A story of one report within three days whose
    /// title gives the name is that news told apart, not another holder (the member compared
    /// among them); so is one whose setting is the key and whose title names no subject of its
    /// own ([`Recent::titled_fragment`]); at least one holder is counted.
    fn counted_holders(&self, held: &[i64], key: u64, date: Option<i64>) -> usize {
        if !(2..=FRAGMENTS_READ).contains(&held.len()) {
            return held.len();
        }
        let fragments = held
            .iter()
            .filter(|&&story| self.titled_fragment(story, key, date))
            .count();
        (held.len() - fragments).max(1)
    }

    /// True when `story` is one report, at most [`FRAGMENT_SECS`] from `date`, whose title gives
    /// the name of index key `key`, or whose setting is key `key` while its title names nothing:
    /// « Ransomware : des dizaines d'hôpitaux paralysés en Roumanie » and « Une cyberattaque
    /// paralyse 15 hôpitaux en Roumanie », the same day, are two reports of one incident, not two
    /// incidents of Romania's hospitals that would make "Ransomware Attack Knocks 100 Romanian
    /// Hospitals Offline" say nothing ([`super::setting`]). A title naming its own hospital or
    /// city is its own incident.
    fn titled_fragment(&self, story: i64, key: u64, date: Option<i64>) -> bool {
        let Some(Members::One(_, p)) = self.members.get(&story) else {
            return false;
        };
        let near = matches!((p.date, date), (Some(a), Some(b)) if (a - b).abs() <= FRAGMENT_SECS);
        // An untitled report's address is the title its outlet chose (« Le géant allemand des
        // vêtements de sport vient de révéler… » under …/adidas-victime-a-son-tour-d-une-fuite-…).
        let titles_name = || {
            p.title_names
                .iter()
                .chain(&p.addressed)
                .any(|n| super::profile::key(b'n', n.as_bytes()) == key)
        };
        // Not a title made of the lead's first words that names something: « Le ministère de
        // l'Intérieur a confirmé… » is that ministry's incident, not the sports ministry's.
        let no_subject = p.title_names.is_empty();
        let set_there = || {
            p.places.iter().any(|place| {
                p.sectors
                    .iter()
                    .any(|sector| super::profile::setting_key(place, sector) == key)
            })
        };
        near && (titles_name() || (no_subject && set_there()))
    }

    /// The latest members of `story` near `date`, as [`Recent::best`] compares them (for
    /// [`super::bridge`]).
    pub fn members_near(&self, story: i64, date: Option<i64>) -> Vec<&Profile> {
        self.latest(story, date).map(|(_, p)| p).collect()
    }

    /// The latest members of `story` within the window of `date`, at most [`MEMBERS_COMPARED`]:
    /// newest first, undated ones last (an undated article or member is within every window).
    /// Read in place: no list per candidate story and article.
    fn latest(&self, story: i64, date: Option<i64>) -> impl Iterator<Item = (i64, &Profile)> {
        // Dated members within the window (every dated one for an undated article).
        let (from, to) = date.map_or((i64::MIN + 1, i64::MAX), |d| {
            let from = d.saturating_sub(REACH_SECS).max(i64::MIN + 1);
            (from, d.saturating_add(REACH_SECS))
        });
        self.members
            .get(&story)
            .into_iter()
            .flat_map(move |members| members.latest(from, to))
            .take(MEMBERS_COMPARED)
            .map(|(&(_, id), p)| (id, p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dated(date: Option<i64>) -> Profile {
        Profile {
            date,
            ..Profile::default()
        }
    }

    #[test]
    fn keys_a_feed_makes_alike_in_their_low_bits_still_spread_over_buckets() {
        // A plain multiply would send all of these to bucket 0.
        let fast = Fast::default();
        let buckets: BTreeSet<u64> = (0..64u64).map(|i| fast.hash_one(i << 48) & 0xff).collect();
        assert!(buckets.len() > 32, "{}", buckets.len());
    }

    #[test]
    fn the_latest_members_are_the_newest_within_the_window_undated_last_whatever_the_order_added() {
        let mut recent = Recent::new();
        let day = 86_400;
        // Added out of order, as feeds arrive; one far outside the window, one undated.
        for (id, days) in [(5, 3), (1, 0), (9, 40), (3, 1), (7, 2)] {
            recent.add(1, id, dated(Some(days * day)));
        }
        recent.add(1, 11, dated(None));
        fn ids<'a>(v: impl Iterator<Item = (i64, &'a Profile)>) -> Vec<i64> {
            v.map(|(id, _)| id).collect()
        }
        assert_eq!(ids(recent.latest(1, Some(2 * day))), [5, 7, 3, 1, 11]);
        assert_eq!(ids(recent.latest(1, None)), [9, 5, 7, 3, 1, 11]);
        assert_eq!(ids(recent.latest(2, Some(0))), Vec::<i64>::new());
        // A story of one member (held without a tree): in its window or undated, and held once
        // however often it is added.
        recent.add(4, 21, dated(Some(40 * day)));
        recent.add(4, 21, dated(Some(40 * day)));
        recent.add(5, 22, dated(None));
        assert_eq!(ids(recent.latest(4, Some(39 * day))), [21]);
        assert_eq!(ids(recent.latest(4, Some(2 * day))), Vec::<i64>::new());
        assert_eq!(ids(recent.latest(5, Some(2 * day))), [22]);
        assert_eq!(recent.len(), 8);
        // A story of thousands: only MEMBERS_COMPARED, the newest.
        for id in 100..3_100 {
            recent.add(3, id, dated(Some(id)));
        }
        let latest = ids(recent.latest(3, Some(3_000)));
        assert_eq!(latest, (3_092..3_100).rev().collect::<Vec<_>>());
        assert_eq!(recent.len(), 8 + 3_000, "each member held once");
    }
}

//! What story clustering adds to a fetch (issue 13), as ratios to a baseline measured in the same run:
//!
//!   cargo bench --bench stories -- [ARTICLES] [STORED] [PAIRS]   (defaults: 50000, 100000, 1)
//!
//! 1. A cold fetch of ARTICLES articles in feeds of 100, run as `veille fetch` runs it: each feed is
//!    parsed and normalised on a second thread (refresh's parse tasks) while the single writer
//!    stores the previous ones (the baseline); then the same into a fresh store with clustering,
//!    where the writer places each feed's new articles: after storing the feed it reads what they
//!    need, other threads read their profiles (entities, names, MinHash) and decide where they go
//!    while the writer stores the next feeds (it never waits for decisions: the feeds it stored
//!    meanwhile are decided together next), and the writer stores the decisions later
//!    (refresh's placing, src/refresh/placing.rs). Target: at most 10% more.
//!    Printed too: where each thread spent its time, so the cost on one core can be read as well.
//!    With PAIRS, the two fetches are run that many times, alternated, and the median ratio printed.
//! 2. One new article at STORED articles already clustered: reading its profile plus placing it,
//!    against storing it (one feed update of one article, the baseline). Target: at most 1 ms.
//!
//! The articles are the real French and English texts of the fixture feeds and of the stories gold
//! set (about 300), repeated with dates spread over a year; each repetition leaves out a different
//! third of the words and numbers its capitalised words, so it is another story with its own names
//! (the vocabulary's entities then mostly go unrecognised: the suggester still reads every word).
//! The store is written under `$BENCH_DB_DIR` (default: temp dir). Each part is timed on the wall
//! clock and in its thread's CPU time: on a machine shared with other work the wall clock counts
//! the waits for a core too, the CPU time only the work.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use chrono::{DateTime, Utc};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Instant;
use veille::feed::normalize::normalize;
use veille::feed::parse::parse_feed;
use veille::model::{ArticleId, FeedId, FeedSource, NewArticle};
use veille::store::{FeedUpdate, Store};
use veille::stories::{
    Decisions, Profile, Recent, new_articles, placements, placing, profile_of, profiles_of,
};
use veille::tagging::Suggester;

#[path = "support/stories_corpus.rs"]
mod corpus;
use corpus::{feeds, templates};

/// Articles whose decisions refresh stores in one transaction (src/refresh/placing.rs).
const STORED_TOGETHER: usize = 500;

fn open(dir: &tempfile::TempDir, name: &str, feeds: usize) -> (Store, Vec<FeedId>) {
    let mut store = Store::open(&dir.path().join(name)).unwrap();
    let sources: Vec<FeedSource> = (0..feeds)
        .map(|i| FeedSource {
            name: format!("f{i}"),
            url: format!("https://bench.invalid/{i}.xml"),
            lang: None,
            full_text: false,
        })
        .collect();
    let ids = store
        .sync_feeds(&sources)
        .unwrap()
        .into_iter()
        .map(|f| f.id)
        .collect();
    (store, ids)
}

/// This thread's CPU time, in seconds.
fn cpu() -> f64 {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9
}

/// A span being timed on the wall clock and in this thread's CPU time.
struct Timer(Instant, f64);

impl Timer {
    fn start() -> Timer {
        Timer(Instant::now(), cpu())
    }

    /// Adds the span's wall and CPU seconds to `into`.
    fn stop(self, into: &mut Spent) {
        into.wall += self.0.elapsed().as_secs_f64();
        into.cpu += cpu() - self.1;
    }
}

/// Seconds spent on one part.
#[derive(Default, Clone, Copy)]
struct Spent {
    wall: f64,
    cpu: f64,
}

/// Time spent by each side of a fetch.
#[derive(Default)]
struct Split {
    total: f64,
    /// Parse thread: parsing and normalising.
    parse: Spent,
    /// Profiling thread: reading the new articles' profiles.
    profiles: Spent,
    /// Writer: storing.
    store: Spent,
    /// Writer: placing new articles in stories (reading what they need, storing the decisions).
    place: Spent,
    /// Placing thread: deciding where new articles go, while the writer stores the next feed.
    decide: Spent,
}

/// A stored feed's new articles, each with its date and place among the profiles.
type Waiting = Vec<(ArticleId, Option<DateTime<Utc>>, usize)>;

/// Where the profiling thread hands back each feed's profiles, in the order given, with the time
/// they took.
type Profiled = Arc<Mutex<mpsc::Receiver<(Vec<Profile>, Spent)>>>;

/// The recent stories and decisions a deciding thread hands back, with the time its profiles
/// and decisions took.
type Decided = (Recent, Decisions, Spent, Spent);

/// Has the `waiting` feeds decided on a thread, in order, after reading what they need.
fn launch<'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    store: &mut Store,
    recent: &mut Recent,
    waiting: &mut Vec<Waiting>,
    profiles: &Profiled,
) -> std::thread::ScopedJoinHandle<'scope, Decided> {
    let groups: Vec<Waiting> = std::mem::take(waiting);
    let ready = store.prepare_placing_groups(recent, groups).unwrap();
    let mut r = std::mem::take(recent);
    let profiles = profiles.clone();
    scope.spawn(move || {
        let mut spent = Spent::default();
        let mut profiled = Vec::new();
        for ready in ready {
            let (mut profiles, s) = profiles.lock().unwrap().recv().unwrap();
            spent.wall += s.wall;
            spent.cpu += s.cpu;
            profiled.push(
                ready
                    .into_iter()
                    .map(|(seen, id, at)| (seen, id, std::mem::take(&mut profiles[at])))
                    .collect::<Vec<_>>(),
            );
        }
        let mut decide = Spent::default();
        let t = Timer::start();
        let mut decisions = Decisions::default();
        for articles in profiled {
            decisions.append(placing::decide(&mut r, articles));
        }
        t.stop(&mut decide);
        (r, decisions, spent, decide)
    })
}

/// Fetches every document as `veille fetch` does: parsed on a second thread, stored by this one;
/// when `cluster`, each feed's new articles are profiled on a third thread and placed on a fourth
/// while this one stores the next feed, and their decisions stored after it.
fn fetch(
    suggester: &Suggester,
    store: &mut Store,
    ids: &[FeedId],
    docs: &[Vec<u8>],
    cluster: bool,
) -> Split {
    let started = Instant::now();
    let mut split = Split::default();
    let (tx, rx) = std::sync::mpsc::sync_channel::<FeedUpdate>(4);
    split.parse = std::thread::scope(|scope| {
        let parser = scope.spawn(move || {
            let mut parse = Spent::default();
            for (i, doc) in docs.iter().enumerate() {
                let t = Timer::start();
                let url = format!("https://bench.invalid/{i}.xml");
                let parsed = parse_feed(doc, Some("application/rss+xml"), &url).unwrap();
                let source = FeedSource {
                    name: format!("f{i}"),
                    url: url.clone(),
                    lang: None,
                    full_text: false,
                };
                let n = normalize(&parsed, &source, &url);
                t.stop(&mut parse);
                let update = FeedUpdate {
                    title: n.title,
                    validators: Default::default(),
                    articles: n.articles,
                };
                tx.send(update).unwrap();
            }
            parse
        });
        // As refresh's writer does (src/refresh/placing.rs), with one profiling thread.
        let (jobs, queue) = mpsc::channel::<Vec<(ArticleId, Option<DateTime<Utc>>, NewArticle)>>();
        let (done, profiled) = mpsc::channel();
        let profiled: Profiled = Arc::new(Mutex::new(profiled));
        scope.spawn(move || {
            veille::stories::placing::behind_the_writer();
            for new in queue {
                let t = Timer::start();
                let profiles: Vec<_> = new
                    .iter()
                    .map(|(_, _, a)| profile_of(suggester, a))
                    .collect();
                let mut spent = Spent::default();
                t.stop(&mut spent);
                done.send((profiles, spent)).unwrap();
            }
        });
        let mut recent = Recent::new();
        let mut deciding: Option<std::thread::ScopedJoinHandle<'_, _>> = None;
        // Feeds stored since the decisions in flight were started: decided together after them.
        let mut waiting = Vec::new();
        // Decisions are stored several feeds' together, as refresh's are (STORED_TOGETHER there).
        let mut pending = Decisions::default();
        let mut finish =
            |store: &mut Store, deciding: std::thread::ScopedJoinHandle<'_, Decided>| {
                let (mut r, decisions, profiles, decide) = deciding.join().unwrap();
                for (into, spent) in [(&mut split.profiles, profiles), (&mut split.decide, decide)]
                {
                    into.wall += spent.wall;
                    into.cpu += spent.cpu;
                }
                pending.append(decisions);
                if pending.len() >= STORED_TOGETHER || !store.recent_is_current(&r).unwrap() {
                    store
                        .apply_placing(&mut r, std::mem::take(&mut pending))
                        .unwrap();
                }
                r
            };
        for (update, feed) in rx.iter().zip(ids) {
            let t = Timer::start();
            let stats = store.record_fetch(*feed, &update).unwrap();
            t.stop(&mut split.store);
            if !cluster {
                continue;
            }
            let t = Timer::start();
            let new = new_articles(&stats, update.articles);
            let dated: Vec<_> = new
                .iter()
                .enumerate()
                .map(|(at, (id, p, _))| (*id, *p, at))
                .collect();
            jobs.send(new).unwrap();
            waiting.push(dated);
            // The writer never waits for the decisions in flight: it stores the next feed.
            if deciding.as_ref().is_none_or(|d| d.is_finished()) {
                if let Some(d) = deciding.take() {
                    recent = finish(store, d);
                }
                deciding = Some(launch(scope, store, &mut recent, &mut waiting, &profiled));
            }
            t.stop(&mut split.place);
        }
        let t = Timer::start();
        while let Some(d) = deciding.take() {
            recent = finish(store, d);
            if !waiting.is_empty() {
                deciding = Some(launch(scope, store, &mut recent, &mut waiting, &profiled));
            }
        }
        store
            .apply_placing(&mut recent, std::mem::take(&mut pending))
            .unwrap();
        recent.let_go();
        t.stop(&mut split.place);
        drop(jobs);
        parser.join().unwrap()
    });
    split.total = started.elapsed().as_secs_f64();
    split
}

fn main() {
    let args: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let n = args.first().copied().unwrap_or(50_000);
    let stored = args.get(1).copied().unwrap_or(100_000);
    let repeats = args.get(2).copied().unwrap_or(1).max(1);
    let templates = templates();
    let dir = tempfile::tempdir_in(
        std::env::var("BENCH_DB_DIR")
            .unwrap_or_else(|_| std::env::temp_dir().display().to_string()),
    )
    .unwrap();
    // Built once before timing, as a fetch builds it once per run (in its first parse task).
    let started = Instant::now();
    let suggester = veille::stories::bundled_suggester().unwrap();
    let suggester = &suggester;
    println!(
        "vocabulary's suggester built in {:.0} ms (once per fetch, in a parse task)",
        started.elapsed().as_secs_f64() * 1000.0
    );

    let docs = feeds(&templates, n);
    // The two fetches, alternated `repeats` times: on a shared machine one pair's ratio swings
    // with the load of the moment (1.1x to 2.4x in one hour at load 7); the median of several
    // pairs, each measured side by side, is the figure.
    let (mut base, mut with, mut stories) = (Split::default(), Split::default(), 0);
    let mut ratios = Vec::new();
    for r in 0..repeats {
        let (mut plain, ids) = open(&dir, &format!("plain{r}.db"), docs.len());
        base = fetch(suggester, &mut plain, &ids, &docs, false);
        let (mut clustered, ids) = open(&dir, &format!("clustered{r}.db"), docs.len());
        with = fetch(suggester, &mut clustered, &ids, &docs, true);
        stories = clustered.stories(&Default::default(), None).unwrap().len();
        ratios.push(with.total / base.total);
        drop((plain, clustered));
        for entry in std::fs::read_dir(dir.path()).unwrap().flatten() {
            std::fs::remove_file(entry.path()).unwrap();
        }
    }
    if repeats > 1 {
        let shown: Vec<String> = ratios.iter().map(|r| format!("{r:.2}")).collect();
        ratios.sort_by(f64::total_cmp);
        println!(
            "with / without clustering, {repeats} pairs: {}; median {:.2} (the figures below are the last pair's)",
            shown.join(", "),
            ratios[repeats / 2]
        );
    }
    println!(
        "{} template articles; cold fetch of {n} articles in {} feeds → {stories} stories",
        templates.len(),
        docs.len()
    );
    println!("| cold fetch of {n} | seconds | x baseline |\n|---|---|---|");
    println!(
        "| parse + normalise ‖ store (baseline) | {:.2} | 1.00 |",
        base.total
    );
    println!(
        "| the same, new articles profiled and placed beside the writer | {:.2} | {:.2} |",
        with.total,
        with.total / base.total
    );
    println!(
        "clustering adds {:.1}% to the fetch (target: at most 10%)",
        (with.total / base.total - 1.0) * 100.0
    );
    let per = |s: f64| s * 1e6 / n as f64;
    for (clock, of) in [
        ("wall clock", (|s: Spent| s.wall) as fn(Spent) -> f64),
        ("CPU time", |s: Spent| s.cpu),
    ] {
        println!(
            "per article, µs of {clock}: baseline: parse thread {:.1}, writer {:.1}; with clustering: parse thread {:.1}, writer {:.1} + place {:.1}, profiling thread {:.1}, deciding thread {:.1}",
            per(of(base.parse)),
            per(of(base.store)),
            per(of(with.parse)),
            per(of(with.store)),
            per(of(with.place)),
            per(of(with.profiles)),
            per(of(with.decide))
        );
    }
    println!(
        "on one core (CPU time of all threads) clustering adds {:.1}%; to the writer, the busiest thread, {:.1}%",
        (with.profiles.cpu + with.place.cpu + with.decide.cpu) / (base.parse.cpu + base.store.cpu)
            * 100.0,
        with.place.cpu / base.store.cpu * 100.0
    );

    // One new article at `stored` already clustered.
    let docs = feeds(&templates, stored + 200);
    let (mut store, ids) = open(&dir, "big.db", docs.len());
    let (head, tail) = docs.split_at(docs.len() - 2);
    fetch(suggester, &mut store, &ids[..head.len()], head, true);
    unplaced_cost(&mut store);
    let (mut store_s, mut profile_s, mut place_s, mut count) = (0.0, 0.0, 0.0, 0);
    // One fetch's run: its first new article reads the recent weeks' stories, timed apart.
    let mut recent = Recent::new();
    let mut first: Option<f64> = None;
    for (doc, feed) in tail.iter().zip(&ids[head.len()..]) {
        let parsed = parse_feed(
            doc,
            Some("application/rss+xml"),
            "https://bench.invalid/t.xml",
        )
        .unwrap();
        let source = FeedSource {
            name: "t".into(),
            url: "https://bench.invalid/t.xml".into(),
            lang: None,
            full_text: false,
        };
        for a in normalize(&parsed, &source, "https://bench.invalid/t.xml").articles {
            let update = FeedUpdate {
                title: None,
                validators: Default::default(),
                articles: vec![a],
            };
            // CPU time: this thread alone, whatever else the machine runs.
            let started = cpu();
            let profiles = profiles_of(suggester, &update.articles);
            profile_s += cpu() - started;
            let started = cpu();
            let stats = store.record_fetch(*feed, &update).unwrap();
            store_s += cpu() - started;
            let started = cpu();
            store
                .cluster(&mut recent, placements(&stats, &update.articles, profiles))
                .unwrap();
            let took = cpu() - started;
            if first.is_none() {
                first = Some(took);
                continue;
            }
            place_s += took;
            count += 1;
        }
    }
    let per = |s: f64| s * 1000.0 / f64::from(count);
    println!(
        "| one new article at {} stored ({count} timed) | CPU ms each | x baseline |\n|---|---|---|",
        head.len() * 100
    );
    println!("| store it (baseline) | {:.3} | 1.00 |", per(store_s));
    println!(
        "| read its profile (parse task) | {:.3} | {:.2} |",
        per(profile_s),
        profile_s / store_s
    );
    println!(
        "| place it (writer) | {:.3} | {:.2} |",
        per(place_s),
        place_s / store_s
    );
    println!(
        "| cluster it (both) | {:.3} | {:.2} |",
        per(profile_s + place_s),
        (profile_s + place_s) / store_s
    );
    println!("target: at most 1 ms per article");
    let (most, mean) = recent.key_spread();
    println!(
        "stories per key and two-week span: {mean:.2} on average, at most {most} (a key held by more than {} brings no candidates)",
        veille::stories::recent::COMMON_KEY
    );
    println!(
        "the fetch's first new article, reading {} recent profiles into memory: {:.1} ms",
        recent.len().saturating_sub(count as usize + 1),
        first.unwrap_or(0.0) * 1000.0
    );
}

/// What a fetch pays to find the articles a stopped fetch left without a story when there is
/// none (src/store/unplaced.rs), at the store's size: the first look, from a mark at zero (the
/// stores of this bench, filled without refresh's mark), over every article; a run's end moving
/// the mark; the look of every later fetch; and a run's end that cannot take the shortcut
/// (another process wrote), from the old mark.
fn unplaced_cost(store: &mut Store) {
    let ms = |t: Instant| t.elapsed().as_secs_f64() * 1000.0;
    let t = Instant::now();
    let (from_zero, ids) = store.unplaced_articles().unwrap();
    let first = ms(t);
    assert!(ids.is_empty(), "every article of the bench is placed");
    let t = Instant::now();
    store.mark_placed(from_zero, true).unwrap();
    let marking = ms(t);
    let mut looks = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let (_, ids) = store.unplaced_articles().unwrap();
        looks.push(ms(t));
        assert!(ids.is_empty());
    }
    looks.sort_by(f64::total_cmp);
    let t = Instant::now();
    store.mark_placed(from_zero, false).unwrap();
    let scanning = ms(t);
    println!(
        "articles left without a story, at {} stored, none to place: a fetch's look {:.3} ms (median of 5); \
         the run's end moving the mark {marking:.2} ms; the first look, from a mark at zero, {first:.1} ms; \
         a run's end that scans from it (another process wrote) {scanning:.1} ms",
        store.article_count().unwrap(),
        looks[2],
    );
}

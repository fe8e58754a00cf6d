//! The TUI over 100,000 articles (issue 3's scale targets), measured in-process with ratatui's
//! `TestBackend`: start to first frame, a key press, a search, resident memory.
//!
//! Run: `cargo bench --bench tui_scale`. The store is generated in a temporary directory (French
//! and English titles, 20 feeds, a tag on one article in 50), then a fresh process measures it, so
//! its resident memory is the TUI's and not the generator's. Every step goes through the functions
//! the runtime uses: `App::new`, `init`, `update`, the database worker's `answer`, and `view`. The
//! worker runs here on the UI thread, so the figures include the SQL the real TUI runs off it.
//! Each figure has a baseline measured in the same run: the raw SQL under it (the first page and the
//! count; the FTS count of the searched word) or, for a key press, redrawing an unchanged frame;
//! for the stories view (issue 13), the article list's own first frame, same steps, same store.
#![allow(clippy::unwrap_used)] // a failed unwrap stops the benchmark, loudly (Cargo.toml [lints])
use chrono::{Duration as Age, Utc};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};
use veille::model::Validators;
use veille::model::{ArticleId, Facet, FeedSource, Lang, NewArticle};
use veille::store::{FeedUpdate, Provenance, Store};
use veille::tagging::Vocabulary;
use veille::tui::model::tagging::SharedVocabulary;
use veille::tui::{App, Effect, Msg, init, runtime, update, view};

const ARTICLES: usize = 100_000;
const FEEDS: usize = 20;
const BATCH: usize = 1_000;
const PRESSES: usize = 1_000;
const WIDTH: u16 = 160;
const HEIGHT: u16 = 48;
/// Searched words: common and rare, French (diacritics typed or not) and English.
const SEARCHES: [&str; 5] = [
    "rançongiciel",
    "hopital",
    "ransomware",
    "okta",
    "zzzunfound",
];

const FR_ATTACKS: [&str; 6] = [
    "Rançongiciel",
    "Fuite de données",
    "Hameçonnage",
    "Vulnérabilité critique",
    "Déni de service",
    "Intrusion",
];
const FR_TARGETS: [&str; 6] = [
    "un hôpital francilien",
    "une mairie bretonne",
    "la Cour pénale internationale",
    "un opérateur télécom",
    "une université lyonnaise",
    "un éditeur de logiciels",
];
const EN_ATTACKS: [&str; 6] = [
    "Ransomware",
    "Data breach",
    "Phishing campaign",
    "Critical vulnerability",
    "DDoS attack",
    "Supply-chain intrusion",
];
const EN_TARGETS: [&str; 6] = [
    "hits a hospital chain",
    "exposes Okta customers",
    "targets European ministries",
    "disrupts a port operator",
    "affects a water utility",
    "strikes a cloud provider",
];

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(db) = args
        .iter()
        .position(|a| a == "--measure")
        .and_then(|i| args.get(i + 1))
    {
        measure(Path::new(db));
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary directory");
    let db = dir.path().join("veille.db");
    let start = Instant::now();
    generate(&db);
    eprintln!(
        "generated {ARTICLES} articles in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    let status = Command::new(std::env::current_exe().expect("this benchmark's path"))
        .arg("--measure")
        .arg(&db)
        .status()
        .expect("the measuring process");
    assert!(status.success(), "the measuring process failed");
}

/// The subscriptions: half French, half English.
fn feeds() -> Vec<FeedSource> {
    (0..FEEDS)
        .map(|i| {
            let lang = if i % 2 == 0 { Lang::Fr } else { Lang::En };
            FeedSource {
                name: format!("Feed {i:02} {}", lang.code()),
                url: format!("https://feed{i}.example/rss"),
                lang: Some(lang),
                full_text: false,
            }
        })
        .collect()
}

/// Article `i`: a title made of an attack and a target, a two-sentence summary, no body.
fn article(i: usize, lang: Lang) -> NewArticle {
    // A multiplicative hash spreads the combinations so no word follows a period.
    let h = i.wrapping_mul(2_654_435_761) >> 7;
    let (attacks, targets) = match lang {
        Lang::Fr => (FR_ATTACKS, FR_TARGETS),
        Lang::En => (EN_ATTACKS, EN_TARGETS),
    };
    let attack = attacks[h % attacks.len()];
    let target = targets[(h / 7) % targets.len()];
    let title = match lang {
        Lang::Fr => format!("{attack} : {target} touché (n° {i})"),
        Lang::En => format!("{attack} {target} (no. {i})"),
    };
    let summary = format!("{title}. {attack} — {target}; analysis {h:x}.");
    let minutes = i64::try_from(i).unwrap_or(0);
    NewArticle {
        dedup_key: format!("bench-{i}"),
        url: Some(format!("https://news.example/{i}")),
        author: Some("Rédaction".into()),
        published: Some(Utc::now() - Age::minutes(minutes)),
        summary: Some(summary.clone()),
        content_html: None,
        lang: Some(lang),
        text: Some(summary),
        title,
    }
}

fn generate(db: &Path) {
    let mut store = Store::open(db).expect("a new store");
    let stored = store.sync_feeds(&feeds()).expect("feeds synced");
    let mut next = 0;
    while next < ARTICLES {
        let feed = &stored[(next / BATCH) % stored.len()];
        let lang = feeds()[(next / BATCH) % FEEDS].lang.unwrap_or(Lang::En);
        let articles = (next..(next + BATCH).min(ARTICLES))
            .map(|i| article(i, lang))
            .collect();
        let update = FeedUpdate {
            title: None,
            validators: Validators::default(),
            articles,
        };
        store
            .record_fetch(feed.id, &update)
            .expect("a batch stored");
        next += BATCH;
    }
    for id in (1..=i64::try_from(ARTICLES).unwrap_or(0)).step_by(50) {
        store
            .add_tag(ArticleId(id), Facet::Attack, "ransomware", Provenance::User)
            .expect("a tag");
        if id % 150 == 1 {
            store
                .add_tag(ArticleId(id), Facet::Actor, "APT28", Provenance::User)
                .expect("a tag");
        }
    }
    drop(store);
    stories(db);
}

/// Stories, as clustering would leave them (the view's cost is reading them, not making them): in
/// every ten articles one story of three and one of two, the rest alone; one article in 97 is left
/// unplaced, as one stored before stories existed.
fn stories(db: &Path) {
    let raw = rusqlite::Connection::open(db).expect("the store, raw");
    let reason = serde_json::to_string(&veille::stories::Reason::Started).unwrap();
    let placed = "SELECT id,
                ((id - 1) / 10) * 10 + 1 + CASE WHEN (id - 1) % 10 < 3 THEN 0
                                                WHEN (id - 1) % 10 < 5 THEN 3
                                                ELSE (id - 1) % 10 END AS story,
                coalesce(published, fetched_at) AS seen
         FROM articles WHERE id % 97 != 0";
    raw.execute(
        &format!(
            "INSERT INTO stories (id, first_seen, last_seen, created_at)
             SELECT story, min(seen), max(seen), 0 FROM ({placed}) GROUP BY story"
        ),
        [],
    )
    .expect("stories");
    raw.execute(
        &format!(
            "INSERT INTO story_members (article_id, story_id, seen, reason, score, profile, joined_at)
             SELECT id, story, seen, ?1, 0, '{{}}', 0 FROM ({placed})"
        ),
        [reason],
    )
    .expect("story members");
}

/// Resident memory of this process, and its peak, in MB, from /proc/self/status.
fn memory() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
            .map_or(f64::NAN, |kb| kb / 1024.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// Carries out effects the way the runtime does, the worker's answers fed back to `update`.
fn pump(
    app: &mut App,
    store: &mut Store,
    feeds: &[FeedSource],
    vocab: &SharedVocabulary,
    mut effects: Vec<Effect>,
) {
    while !effects.is_empty() {
        let mut next = Vec::new();
        for effect in effects {
            if let Effect::Db(job) = effect
                && let Some(msg) = runtime::answer(store, feeds, vocab, job)
            {
                next.extend(update(app, msg));
            }
        }
        effects = next;
    }
}

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn screen(terminal: &Terminal<TestBackend>) -> String {
    terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect()
}

/// The screen cut into its rows, for a failure message.
fn lines(screen: &str) -> String {
    let chars: Vec<char> = screen.chars().collect();
    chars
        .chunks(usize::from(WIDTH))
        .map(|row| row.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = (p * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// Median of `runs` timings of `f`.
fn median_of(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    times.sort();
    percentile(&times, 0.5)
}

/// One line of the report.
struct Row {
    what: String,
    figure: String,
    target: String,
    ok: bool,
    baseline: String,
    ratio: f64,
}

fn measure(db: &Path) {
    let (rss_before, _) = memory();
    let mut config = veille::config::bundled().expect("the bundled configuration");
    config.feeds = feeds();
    config.ui_lang = Some(Lang::En);

    // Start: what `runtime::run` does before its first frame, worker included.
    let start = Instant::now();
    // The command line builds the vocabulary before the reader starts: it is part of the start.
    let vocab = std::sync::Arc::new(Vocabulary::bundled().expect("the bundled vocabulary"));
    let settings = runtime::settings(&config, vocab).expect("settings");
    let fresh = settings.clone();
    let shared = settings.vocab.clone();
    let mut store = Store::open(db).expect("the generated store");
    store.sync_feeds(&config.feeds).expect("feeds synced");
    let mut app = App::new(settings, WIDTH, HEIGHT);
    let mut effects = update(&mut app, Msg::Tick(Utc::now()));
    effects.extend(init(&mut app));
    pump(&mut app, &mut store, &config.feeds, &shared, effects);
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("a test terminal");
    terminal.draw(|f| view(&app, f)).expect("a frame");
    let first_frame = start.elapsed();
    let (rss_first_frame, _) = memory();
    let shown = screen(&terminal);
    assert!(
        shown.contains(&format!("Articles ({ARTICLES})")) && shown.contains("n° 0)"),
        "the first frame shows the list:\n{}",
        lines(&shown)
    );

    // Baselines: the raw SQL any list of this store runs, without the app around it.
    let raw = rusqlite::Connection::open(db).expect("the store, raw");
    let first_page_sql = median_of(21, || {
        let mut page = raw
            .prepare(
                "SELECT a.id, a.title FROM articles a
                 ORDER BY coalesce(a.published, a.fetched_at) DESC, a.id DESC LIMIT 200",
            )
            .expect("page query");
        let rows = page
            .query_map([], |r| r.get::<_, i64>(0))
            .expect("page")
            .count();
        let n: i64 = raw
            .query_row("SELECT count(*) FROM articles", [], |r| r.get(0))
            .expect("count");
        assert_eq!((rows, n), (200, i64::try_from(ARTICLES).unwrap_or(0)));
    });
    // The stories view against the article list: the same steps (a new model, init, its first
    // page and count, a frame) on the same store in the same run; then the stories key itself.
    let mut open_view = |stories: bool| {
        let mut app = App::new(fresh.clone(), WIDTH, HEIGHT);
        app.stories.on = stories;
        let mut effects = update(&mut app, Msg::Tick(Utc::now()));
        effects.extend(init(&mut app));
        pump(&mut app, &mut store, &config.feeds, &shared, effects);
        let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("a terminal");
        terminal.draw(|f| view(&app, f)).expect("a frame");
        screen(&terminal)
    };
    let shown = open_view(true);
    assert!(
        shown.contains("Stories (") && shown.contains("1 source") && shown.contains("▸ "),
        "the stories view's first frame:\n{}",
        lines(&shown)
    );
    let list_frame = median_of(7, || drop(open_view(false)));
    let stories_frame = median_of(7, || drop(open_view(true)));
    let (rss_stories, _) = memory();
    let mut toggles = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let effects = update(&mut app, key(KeyCode::Char('z')));
        pump(&mut app, &mut store, &config.feeds, &shared, effects);
        terminal.draw(|f| view(&app, f)).expect("a frame");
        toggles.push(t.elapsed());
        let effects = update(&mut app, key(KeyCode::Char('z')));
        pump(&mut app, &mut store, &config.feeds, &shared, effects);
    }
    toggles.sort();
    let toggle = toggles[2];
    let redraw = median_of(101, || {
        terminal.draw(|f| view(&app, f)).expect("a frame");
    });

    let mut presses: Vec<Duration> = (0..PRESSES)
        .map(|_| {
            let t = Instant::now();
            let effects = update(&mut app, key(KeyCode::Char('j')));
            pump(&mut app, &mut store, &config.feeds, &shared, effects);
            terminal.draw(|f| view(&app, f)).expect("a frame");
            t.elapsed()
        })
        .collect();
    assert_eq!(
        app.list.selected, PRESSES,
        "every press moved the selection"
    );
    presses.sort();

    let mut searches = Vec::new();
    for word in SEARCHES {
        // Three times each, the median kept: one sample on a shared machine is mostly noise.
        let mut takes = Vec::new();
        let mut found = 0;
        for _ in 0..3 {
            update(&mut app, key(KeyCode::Char('/')));
            for c in word.chars() {
                update(&mut app, key(KeyCode::Char(c)));
            }
            let t = Instant::now();
            let effects = update(&mut app, key(KeyCode::Enter));
            pump(&mut app, &mut store, &config.feeds, &shared, effects);
            terminal.draw(|f| view(&app, f)).expect("a frame");
            takes.push(t.elapsed());
            found = app.list.total.unwrap_or(0);
            let shown = screen(&terminal);
            assert!(
                shown.contains(&format!("Articles ({found})")),
                "{word}: results drawn"
            );
            // Esc in the search box clears the search.
            update(&mut app, key(KeyCode::Char('/')));
            let effects = update(&mut app, key(KeyCode::Esc));
            pump(&mut app, &mut store, &config.feeds, &shared, effects);
        }
        takes.sort();
        let took = takes[1];
        let fts = median_of(5, || {
            let _: i64 = raw
                .query_row(
                    "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?1",
                    [format!("\"{word}\"*")],
                    |r| r.get(0),
                )
                .expect("fts count");
        });
        searches.push((word, found, took, fts));
    }
    // The sort orders (`S`): the store sorts, so a re-sorted list and a jump to its end are each
    // one query over the whole store, never a window sorted in memory. Median of 3 each.
    // The baseline: `G` in the list newest first, the order the store's date index gives.
    let mut by_date = Vec::new();
    for _ in 0..3 {
        let effects = update(&mut app, key(KeyCode::Home));
        pump(&mut app, &mut store, &config.feeds, &shared, effects);
        let t = Instant::now();
        let effects = update(&mut app, key(KeyCode::End));
        pump(&mut app, &mut store, &config.feeds, &shared, effects);
        terminal.draw(|f| view(&app, f)).expect("a frame");
        by_date.push(t.elapsed());
    }
    by_date.sort();
    let bottom_by_date = by_date[1];
    let effects = update(&mut app, key(KeyCode::Home));
    pump(&mut app, &mut store, &config.feeds, &shared, effects);
    let mut sorts = Vec::new();
    for (presses, name) in [(1, "by feed"), (2, "by title")] {
        let mut resort = Vec::new();
        let mut bottom = Vec::new();
        for _ in 0..3 {
            let t = Instant::now();
            for _ in 0..presses {
                let effects = update(&mut app, key(KeyCode::Char('S')));
                pump(&mut app, &mut store, &config.feeds, &shared, effects);
            }
            terminal.draw(|f| view(&app, f)).expect("a frame");
            resort.push(t.elapsed() / presses);
            let t = Instant::now();
            let effects = update(&mut app, key(KeyCode::End));
            pump(&mut app, &mut store, &config.feeds, &shared, effects);
            terminal.draw(|f| view(&app, f)).expect("a frame");
            bottom.push(t.elapsed());
            assert_eq!(app.list.selected + 1, ARTICLES, "G reached the end");
            // Back to the newest first for the next round.
            for _ in presses..3 {
                let effects = update(&mut app, key(KeyCode::Char('S')));
                pump(&mut app, &mut store, &config.feeds, &shared, effects);
            }
        }
        resort.sort();
        bottom.sort();
        sorts.push((name, resort[1], bottom[1]));
    }
    let (rss_end, rss_peak) = memory();

    let ratio = |d: Duration, base: Duration| ms(d) / ms(base).max(1e-6);
    let mut rows = vec![Row {
        what: "first frame with the list (open, settings, init, first page + count, draw)".into(),
        figure: format!("{:.1} ms", ms(first_frame)),
        target: "150 ms".into(),
        ok: first_frame <= Duration::from_millis(150),
        baseline: format!(
            "raw SQL first page + count(*): {:.2} ms",
            ms(first_page_sql)
        ),
        ratio: ratio(first_frame, first_page_sql),
    }];
    for (p, name) in [(0.5, "median"), (0.99, "p99")] {
        let d = percentile(&presses, p);
        rows.push(Row {
            what: format!("`j` update + draw, {name} of {PRESSES}"),
            figure: format!("{:.2} ms", ms(d)),
            target: "16 ms".into(),
            ok: d <= Duration::from_millis(16),
            baseline: format!("redraw of an unchanged frame: {:.2} ms", ms(redraw)),
            ratio: ratio(d, redraw),
        });
    }
    for (word, found, took, fts) in &searches {
        rows.push(Row {
            what: format!("search `{word}` ({found} found), Enter to frame, median of 3"),
            figure: format!("{:.1} ms", ms(*took)),
            target: "50 ms".into(),
            ok: *took <= Duration::from_millis(50),
            baseline: format!("raw FTS count: {:.2} ms", ms(*fts)),
            ratio: ratio(*took, *fts),
        });
    }
    for (name, resort, bottom) in &sorts {
        rows.push(Row {
            what: format!("`S`: the list sorted {name}, first page + count + draw, median of 3"),
            figure: format!("{:.1} ms", ms(*resort)),
            target: "150 ms".into(),
            ok: *resort <= Duration::from_millis(150),
            baseline: format!(
                "raw SQL first page + count(*), by date: {:.2} ms",
                ms(first_page_sql)
            ),
            ratio: ratio(*resort, first_page_sql),
        });
        rows.push(Row {
            what: format!("`G` in the list sorted {name} (the page at its end), median of 3"),
            figure: format!("{:.1} ms", ms(*bottom)),
            target: "150 ms".into(),
            ok: *bottom <= Duration::from_millis(150),
            baseline: format!("`G` newest first: {:.1} ms", ms(bottom_by_date)),
            ratio: ratio(*bottom, bottom_by_date),
        });
    }
    rows.push(Row {
        what: "stories view: new model, init, first page + count, draw (median of 7)".into(),
        figure: format!("{:.1} ms", ms(stories_frame)),
        target: "150 ms".into(),
        ok: stories_frame <= Duration::from_millis(150),
        baseline: format!("article list, same steps: {:.1} ms", ms(list_frame)),
        ratio: ratio(stories_frame, list_frame),
    });
    rows.push(Row {
        what: "stories key from the list to the drawn stories view (median of 5)".into(),
        figure: format!("{:.1} ms", ms(toggle)),
        target: "150 ms".into(),
        ok: toggle <= Duration::from_millis(150),
        baseline: format!("article list, new model to frame: {:.1} ms", ms(list_frame)),
        ratio: ratio(toggle, list_frame),
    });
    rows.push(Row {
        what: "resident memory after the stories view's frames".into(),
        figure: format!("{rss_stories:.1} MB"),
        target: "< 60 MB".into(),
        ok: rss_stories < 60.0,
        baseline: format!("after the article list's first frame: {rss_first_frame:.1} MB"),
        ratio: rss_stories / rss_first_frame,
    });
    rows.push(Row {
        what: "resident memory after the first frame".into(),
        figure: format!("{rss_first_frame:.1} MB"),
        target: "< 60 MB".into(),
        ok: rss_first_frame < 60.0,
        baseline: format!("process before the app: {rss_before:.1} MB"),
        ratio: rss_first_frame / rss_before,
    });
    rows.push(Row {
        what: "resident memory after the presses and searches (peak)".into(),
        figure: format!("{rss_end:.1} MB ({rss_peak:.1} MB)"),
        target: "< 60 MB".into(),
        ok: rss_peak < 60.0,
        baseline: format!("process before the app: {rss_before:.1} MB"),
        ratio: rss_peak / rss_before,
    });

    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!(
        "\nveille TUI over {ARTICLES} articles, {WIDTH}x{HEIGHT} TestBackend (load average: {})\n",
        load.split(' ').take(3).collect::<Vec<_>>().join(" ")
    );
    println!("| measure | figure | target | met | baseline (same run) | × baseline |");
    println!("|---|---|---|---|---|---|");
    for r in rows {
        let met = if r.ok { "yes" } else { "**no**" };
        println!(
            "| {} | {} | {} | {met} | {} | {:.1} |",
            r.what, r.figure, r.target, r.baseline, r.ratio
        );
    }
}

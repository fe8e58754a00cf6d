//! The runtime: owns the terminal, feeds messages to `update`, draws with `view`, and carries out
//! effects off the UI thread (a database worker, a tokio runtime for refresh and signals).
use super::keymap::{Keymap, KeymapError};
use super::model::tagging::SharedVocabulary;
use super::model::{App, Settings};
use super::msg::{Effect, Msg, NetJob, RefreshOutcome, RenderBody};
use super::theme::{Theme, ThemeError};
use super::{i18n, update, view};
use crate::config::Config;
use crate::feed::fetch::Fetcher;
use crate::feed::fulltext::fetch_full_text;
use crate::model::{ArticleId, Lang};
use crate::panics::contain_future;
use crate::refresh::FeedStatus;
use crate::store::Store;
use crate::tagging::Vocabulary;
use anyhow::{Context, Result};
use chrono::Utc;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::{Duration, Instant};

pub mod browser;
mod editor;
mod input;
mod render;
mod tag_worker;
mod terminal;
mod worker;

pub use worker::answer;

/// How often the clock is sent to `update`.
const TICK: Duration = Duration::from_secs(1);
/// Messages applied at most between two frames, so a flood cannot starve the screen.
const BATCH: usize = 512;

/// Runs the interactive reader on the database at `db_path` until the user quits; the terminal is
/// restored on every way out (quit, error, uncaught panic, SIGTERM, SIGHUP, a hung-up terminal),
/// and the writes already asked for (a tag just typed) are committed before it returns. `vocab` is
/// the run's vocabulary, built by the caller.
pub fn run(
    config: &Config,
    config_path: &Path,
    db_path: &Path,
    vocab: Arc<Vocabulary>,
) -> Result<()> {
    let settings = settings(config, vocab).map_err(|e| named_in(config_path, config, e))?;
    // Opened before the terminal is taken, so a bad database is reported on a normal screen.
    let store = Store::open(db_path)
        .with_context(|| format!("cannot open the database {}", db_path.display()))?;
    let (tx, rx) = channel();
    let (db, db_thread) = worker::spawn(
        store,
        config.feeds.clone(),
        settings.vocab.clone(),
        tx.clone(),
    );
    let renderer = render::spawn(tx.clone());
    let tokio = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    watch_signals(&tokio, tx.clone());
    let mut guard = terminal::enter().context("cannot set up the terminal")?;
    let mut input = Input::start(tx.clone());
    let size = guard
        .terminal
        .size()
        .context("cannot read the terminal size")?;
    let mut app = App::new(settings, size.width, size.height);
    let executor = Executor {
        db,
        renderer,
        tx,
        tokio: tokio.handle().clone(),
        config: Arc::new(config.clone()),
        db_path: db_path.to_owned(),
    };
    let result = event_loop(&mut guard, &mut input, &mut app, &rx, &executor);
    input.stop.store(true, Ordering::Relaxed);
    drop(guard);
    // The database worker ends once it has done the jobs already queued: a tag typed just before
    // a quit or a hang-up is committed, not lost with the process.
    drop(executor);
    let _ = db_thread.join();
    // The input thread sees `stop` within one poll; should it be stuck in a read on a dying
    // terminal, it is not waited for (it ends with the process).
    if let Some(thread) = input.thread.take() {
        join_within(thread, input::POLL * 4);
    }
    // A refresh still running is abandoned: each feed is stored in its own transaction.
    tokio.shutdown_background();
    result
}

/// The input thread, which the event loop pauses while the user's editor has the terminal.
struct Input {
    tx: Sender<Msg>,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Input {
    fn start(tx: Sender<Msg>) -> Input {
        let stop = Arc::new(AtomicBool::new(false));
        let thread = Some(input::spawn(tx.clone(), Arc::clone(&stop)));
        Input { tx, stop, thread }
    }

    /// Stops reading the terminal (within one poll), so the editor gets every key.
    fn pause(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            join_within(thread, input::POLL * 4);
        }
    }

    fn resume(&mut self) {
        *self = Input::start(self.tx.clone());
    }
}

/// Hands the terminal to the user's editor on `text` and takes it back, redrawn from scratch.
fn edit_note(
    guard: &mut terminal::TerminalGuard,
    input: &mut Input,
    argv: &[String],
    text: &str,
) -> Result<Result<String, String>> {
    input.pause();
    terminal::restore();
    let result = editor::edit(argv, text);
    terminal::reenter(guard).context("cannot take the terminal back")?;
    input.resume();
    Ok(result)
}

/// Joins `thread` if it ends within `limit`.
fn join_within(thread: std::thread::JoinHandle<()>, limit: Duration) {
    let start = Instant::now();
    while !thread.is_finished() && start.elapsed() < limit {
        std::thread::sleep(Duration::from_millis(5));
    }
    if thread.is_finished() {
        let _ = thread.join();
    }
}

/// Language, keymap and theme from the configuration and the environment, with the vocabulary
/// the caller built.
pub fn settings(config: &Config, vocab: Arc<Vocabulary>) -> Result<Settings> {
    let var = |name| std::env::var(name).ok();
    let lang = i18n::interface_lang(config.ui_lang);
    let keymap = Keymap::bundled()?
        .with_overrides(&config.keys)
        .context("in the [keys] table of the configuration")?;
    let (author, author_is_organisation) = config.export.author();
    Ok(Settings {
        lang,
        keymap,
        theme: Theme::for_env(var("NO_COLOR").as_deref(), themed(&config.theme)?),
        export: crate::export::Options {
            author,
            author_is_organisation,
            tlp: config.export.tlp,
            lang,
            // What a spreadsheet of the interface's language opens as columns: in France, `;`
            // and a byte-order mark (Excel otherwise reads one garbled column).
            delimiter: config
                .export
                .csv_delimiter
                .map_or(if lang == Lang::Fr { b';' } else { b',' }, |d| d.byte()),
            bom: config.export.csv_bom.unwrap_or(lang == Lang::Fr),
            ..crate::export::Options::default()
        },
        vocab: SharedVocabulary::new(vocab),
        editor: editor::from_env(var("VISUAL").as_deref(), var("EDITOR").as_deref()),
        confirm_quit: config.confirm_quit,
        zone: crate::tui::model::Zone::Local,
        sort: config.sort,
        preview: config.preview,
    })
}

/// A `[keys]` or `[theme]` mistake named like every other configuration error: file, line, key.
fn named_in(path: &Path, config: &Config, error: anyhow::Error) -> anyhow::Error {
    let user_key = |action: &str| {
        config
            .keys
            .contains_key(action)
            .then(|| format!("keys.{action}"))
    };
    let key = if let Some(e) = error.downcast_ref::<KeymapError>() {
        match e {
            KeymapError::UnknownAction(name) => Some(format!("keys.{name}")),
            KeymapError::Missing { action, .. } => user_key(action),
            KeymapError::Conflict { first, second, .. } => user_key(second).or(user_key(first)),
            KeymapError::BadKey(bad) => config
                .keys
                .iter()
                .find(|(_, keys)| keys.contains(bad))
                .map(|(action, _)| format!("keys.{action}")),
            KeymapError::Toml(_) => Some("keys".to_owned()),
        }
    } else if let Some(ThemeError::BadColour { key, .. }) = error.downcast_ref::<ThemeError>() {
        Some(format!("theme.{key}"))
    } else {
        None
    };
    match key {
        Some(key) => {
            let message = error.root_cause().to_string();
            let message = message
                .trim_start_matches("keymap: ")
                .trim_start_matches("theme: ");
            crate::config::invalid_at(path, &key, message).into()
        }
        None => error,
    }
}

/// The bundled theme with the user's `[theme]` colours laid over it.
fn themed(overrides: &std::collections::BTreeMap<String, String>) -> Result<Theme> {
    if overrides.is_empty() {
        return Ok(Theme::bundled()?);
    }
    let mut doc: toml::Table = toml::from_str(crate::tui::theme::BUNDLED)?;
    let mut theme = doc
        .remove("theme")
        .and_then(|t| t.as_table().cloned())
        .unwrap_or_default();
    for (role, colour) in overrides {
        theme.insert(role.clone(), toml::Value::String(colour.clone()));
    }
    let text = toml::to_string(&toml::Table::from_iter([(
        "theme".to_owned(),
        toml::Value::Table(theme),
    )]))?;
    Theme::from_toml(&text).context("in the [theme] table of the configuration")
}

fn event_loop(
    guard: &mut terminal::TerminalGuard,
    input: &mut Input,
    app: &mut App,
    rx: &Receiver<Msg>,
    executor: &Executor,
) -> Result<()> {
    let mut pending = update::update(app, Msg::Tick(Utc::now()));
    pending.extend(update::init(app));
    let mut last_tick = Instant::now();
    loop {
        let mut answers = Vec::new();
        for effect in pending.drain(..) {
            match effect {
                Effect::Quit => return Ok(()),
                Effect::EditNote { id, text } => {
                    let argv = app.settings.editor.clone().unwrap_or_default();
                    let result = edit_note(guard, input, &argv, &text)?;
                    answers.push(Msg::NoteEdited { id, result });
                }
                Effect::CopyToClipboard(link) => {
                    use std::io::Write;
                    let backend = guard.terminal.backend_mut();
                    backend
                        .write_all(crate::tui::clipboard::osc52(&link).as_bytes())
                        .and_then(|()| backend.flush())
                        .context("cannot write to the terminal")?;
                }
                effect => executor.run(effect)?,
            }
        }
        for msg in answers {
            pending.extend(update::update(app, msg));
        }
        if !pending.is_empty() {
            continue;
        }
        if let Err(error) = guard.terminal.draw(|frame| view::view(app, frame)) {
            // A draw can fail on a terminal that hung up before the input thread saw it (under
            // load): that is the same orderly end as the hang-up itself, not a failure.
            if input::terminal_gone() {
                return Ok(());
            }
            return Err(error).context("cannot draw");
        }
        let first = match rx.recv_timeout(TICK.saturating_sub(last_tick.elapsed())) {
            Ok(msg) => Some(msg),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        };
        // Everything already queued is applied before the next frame: redraws are coalesced.
        for msg in first.into_iter().chain(rx.try_iter().take(BATCH)) {
            pending.extend(update::update(app, msg));
        }
        if last_tick.elapsed() >= TICK {
            last_tick = Instant::now();
            pending.extend(update::update(app, Msg::Tick(Utc::now())));
        }
    }
}

/// Carries out effects: database and tagging jobs on the worker, bodies on the renderer, network
/// jobs on tokio, the browser on a thread. Nothing runs on the UI thread.
struct Executor {
    db: Sender<worker::Job>,
    renderer: Sender<RenderBody>,
    tx: Sender<Msg>,
    tokio: tokio::runtime::Handle,
    config: Arc<Config>,
    db_path: PathBuf,
}

impl Executor {
    fn run(&self, effect: Effect) -> Result<()> {
        match effect {
            Effect::Db(job) => self.to_worker(worker::Job::Db(job))?,
            Effect::Tag(job) => self.to_worker(worker::Job::Tag(job))?,
            Effect::Net(NetJob::Refresh) => self.refresh(),
            Effect::Later { delay, msg } => {
                let tx = self.tx.clone();
                self.tokio.spawn(async move {
                    tokio::time::sleep(delay).await;
                    let _ = tx.send(*msg);
                });
            }
            Effect::Net(NetJob::FetchFullText { id, url }) => self.fetch_full_text(id, url),
            Effect::Render(job) => self
                .renderer
                .send(job)
                .ok()
                .context("the body renderer stopped")?,
            Effect::OpenLink(url) => {
                let tx = self.tx.clone();
                std::thread::spawn(move || {
                    if let Err(e) = browser::open(&url) {
                        let _ = tx.send(Msg::OpenFailed(e));
                    }
                });
            }
            // These are the event loop's: it owns the terminal.
            Effect::Quit | Effect::EditNote { .. } | Effect::CopyToClipboard(_) => {}
        }
        Ok(())
    }

    fn to_worker(&self, job: worker::Job) -> Result<()> {
        self.db
            .send(job)
            .ok()
            .context("the database worker stopped")
    }

    /// Refreshes on its own store connection, reporting each feed as it is done.
    fn refresh(&self) {
        let (tx, config, db_path) = (
            self.tx.clone(),
            Arc::clone(&self.config),
            self.db_path.clone(),
        );
        self.tokio.spawn(async move {
            // A panic (a bug) fails this refresh with a fixed message; the reader carries on.
            let result = contain_future(refresh_all(&config, &db_path, &tx))
                .await
                .unwrap_or_else(|panicked| Err(panicked.to_string()));
            let _ = tx.send(Msg::RefreshFinished(result));
        });
    }
}

impl Executor {
    /// Fetches and extracts on tokio, stores on a blocking thread with its own connection.
    fn fetch_full_text(&self, id: ArticleId, url: String) {
        let (tx, config, db_path) = (
            self.tx.clone(),
            Arc::clone(&self.config),
            self.db_path.clone(),
        );
        self.tokio.spawn(async move {
            let result = contain_future(full_text(&config, db_path, id, &url))
                .await
                .unwrap_or_else(|panicked| Err(panicked.to_string()));
            let _ = tx.send(Msg::FullTextLoaded { id, result });
        });
    }
}

async fn full_text(
    config: &Config,
    db_path: PathBuf,
    id: ArticleId,
    url: &str,
) -> Result<(), String> {
    let fetcher = Fetcher::new(&config.fetch).map_err(|e| e.to_string())?;
    // The article's subscription decides which hosts its page may be on (see `fetch::policy`).
    let path = db_path.clone();
    let feed_url = tokio::task::spawn_blocking(move || {
        let Some(store) = Store::open_read_only(&path).map_err(|e| e.to_string())? else {
            return Ok(None);
        };
        let article = store.article(id).map_err(|e| e.to_string())?;
        Ok::<_, String>(article.map(|a| a.summary.feed_url))
    })
    .await
    .map_err(|e| e.to_string())??;
    let html = fetch_full_text(&fetcher, url, feed_url.as_deref())
        .await
        .map_err(|e| e.to_string())?;
    tokio::task::spawn_blocking(move || {
        let mut store = Store::open(&db_path).map_err(|e| e.to_string())?;
        store.set_full_text(id, &html).map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())?
}

async fn refresh_all(
    config: &Config,
    db_path: &Path,
    tx: &Sender<Msg>,
) -> Result<RefreshOutcome, String> {
    let mut store = Store::open(db_path).map_err(|e| e.to_string())?;
    let progress = |done, total, result: &crate::refresh::FeedResult| {
        let _ = tx.send(Msg::RefreshProgress {
            done,
            total,
            feed: result.name.clone(),
        });
    };
    let report = crate::refresh::refresh(
        &mut store,
        &config.feeds,
        &[],
        &config.fetch,
        config.retention.max_age_days,
        progress,
    )
    .await
    .map_err(|e| e.to_string())?;
    let failed = report
        .feeds
        .iter()
        .filter_map(|f| match &f.status {
            FeedStatus::Failed(reason) => Some((f.name.clone(), reason.clone())),
            _ => None,
        })
        .collect();
    let moved = report
        .feeds
        .iter()
        .filter_map(|f| Some((f.name.clone(), f.moved_to.clone()?)))
        .collect();
    let mut skipped = 0;
    let mut first_skipped = None;
    for feed in &report.feeds {
        if let FeedStatus::Updated {
            skipped: n,
            first_skipped: first,
            ..
        } = &feed.status
        {
            skipped += n;
            if let (None, Some(first)) = (&first_skipped, first) {
                first_skipped = Some((feed.name.clone(), first.reason.clone()));
            }
        }
    }
    let postponed = report
        .postponed()
        .map(|(f, until)| (f.name.clone(), until))
        .collect();
    Ok(RefreshOutcome {
        new: report.new_articles(),
        failed,
        purged: report.purged,
        moved,
        skipped,
        first_skipped,
        postponed,
    })
}

/// SIGTERM and SIGHUP become `Msg::Terminate`, so the loop ends, the terminal is restored and
/// pending writes commit. A second signal means that orderly way out is stuck: the terminal is
/// restored and the process ends at once (the signals stay caught, so nothing else would end it).
fn watch_signals(tokio: &tokio::runtime::Runtime, tx: Sender<Msg>) {
    #[cfg(unix)]
    tokio.spawn(async move {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut term), Ok(mut hup)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::hangup()),
        ) else {
            return;
        };
        let mut asked = false;
        loop {
            tokio::select! {
                _ = term.recv() => {}
                _ = hup.recv() => {}
            }
            if asked {
                terminal::restore();
                std::process::exit(1);
            }
            asked = true;
            let _ = tx.send(Msg::Terminate);
        }
    });
    #[cfg(not(unix))]
    let _ = (tokio, tx);
}

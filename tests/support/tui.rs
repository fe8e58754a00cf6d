//! The real binary's TUI (the default command) in a pseudo-terminal: keys typed, output parsed by a
//! vt100 emulator into a screen grid, and the raw bytes kept to check what reached the terminal.
//!
//! Every wait polls the screen up to a deadline instead of sleeping, so a loaded machine slows the
//! tests without failing them.
use super::home::Home;
use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use rustix::event::{PollFd, PollFlags, Timespec, poll};
use serde_json::Value;
use std::fs::File;
use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::OpenOptionsExt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long any expected screen may take to appear.
pub const DEADLINE: Duration = Duration::from_secs(10);
pub const COLS: u16 = 100;
pub const ROWS: u16 = 30;
/// What crossterm writes when the runtime gives the terminal back.
pub const LEAVE_ALTERNATE_SCREEN: &str = "\x1b[?1049l";
pub const SHOW_CURSOR: &str = "\x1b[?25h";

/// Everything the program wrote, raw and as a screen.
struct Captured {
    bytes: Vec<u8>,
    parser: vt100::Parser,
    eof: bool,
}

/// The binary running in a pseudo-terminal; killed when dropped.
pub struct Tui {
    pub child: Box<dyn Child + Send + Sync>,
    master: Option<Box<dyn MasterPty + Send>>,
    /// The master side when the test opened the terminal itself ([`Tui::start_detached`]).
    raw_master: Option<OwnedFd>,
    writer: Option<Box<dyn Write + Send>>,
    captured: Arc<Mutex<Captured>>,
    stop_reading: Arc<AtomicBool>,
    reading: Option<JoinHandle<()>>,
}

impl Tui {
    /// Starts `veille` (no subcommand) on `home` in a 100x30 xterm with `LANG=lang`, as a shell
    /// would: in a session of its own whose controlling terminal is the pty.
    pub fn start(home: &Home, lang: &str) -> Tui {
        Tui::start_with(home, lang, &[])
    }

    /// Like [`Tui::start`], with more environment variables (`EDITOR`, say).
    pub fn start_with(home: &Home, lang: &str, vars: &[(&'static str, &str)]) -> Tui {
        Tui::run(home, lang, &[], vars)
    }

    /// `veille ARGS` (`fetch`, say) in the same terminal as [`Tui::start`]: what it draws there.
    #[allow(dead_code)] // used by some test binaries only
    pub fn command(home: &Home, lang: &str, args: &[&str]) -> Tui {
        Tui::run(home, lang, args, &[])
    }

    fn run(home: &Home, lang: &str, args: &[&str], vars: &[(&'static str, &str)]) -> Tui {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_veille"));
        cmd.args(args);
        cmd.cwd(home.dir.path());
        let mut env = environment(home, lang);
        env.extend(
            vars.iter()
                .map(|(k, v)| (*k, Some(std::ffi::OsString::from(v)))),
        );
        for (name, value) in env {
            match value {
                Some(value) => cmd.env(name, value),
                None => cmd.env_remove(name),
            }
        }
        let child = pair.slave.spawn_command(cmd).unwrap();
        // Only the child holds the terminal's slave side, so its exit ends our reads.
        drop(pair.slave);
        let captured = Arc::new(Mutex::new(Captured {
            bytes: Vec::new(),
            parser: vt100::Parser::new(nonzero(ROWS), nonzero(COLS), 0),
            eof: false,
        }));
        let stop_reading = Arc::new(AtomicBool::new(false));
        let raw = pair
            .master
            .as_raw_fd()
            .expect("a unix pty has a descriptor");
        // SAFETY: `pair.master` owns `raw` and outlives this borrow, which is only duplicated.
        let borrowed = unsafe { BorrowedFd::borrow_raw(raw) };
        let reading = read_master(borrowed, &captured, &stop_reading);
        let writer = pair.master.take_writer().unwrap();
        Tui {
            child,
            master: Some(pair.master),
            raw_master: None,
            writer: Some(writer),
            captured,
            stop_reading,
            reading: Some(reading),
        }
    }

    /// Starts `veille` like [`Tui::start`], but on a terminal that is not its controlling
    /// terminal (as `veille < /dev/pts/N > /dev/pts/N` would): when that terminal hangs up no
    /// SIGHUP comes, only its reads say so. [`Tui::cooked`] and [`Tui::resize`] are not available.
    pub fn start_detached(home: &Home, lang: &str) -> Tui {
        use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
        let master =
            openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC).unwrap();
        grantpt(&master).unwrap();
        unlockpt(&master).unwrap();
        let size = rustix::termios::Winsize {
            ws_row: ROWS,
            ws_col: COLS,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        rustix::termios::tcsetwinsize(&master, size).unwrap();
        let name = ptsname(&master, Vec::new()).unwrap();
        let slave = File::options()
            .read(true)
            .write(true)
            .custom_flags(rustix::fs::OFlags::NOCTTY.bits() as i32)
            .open(std::ffi::OsStr::from_bytes(name.as_bytes()))
            .unwrap();
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_veille"));
        cmd.current_dir(home.dir.path())
            .stdin(slave.try_clone().unwrap())
            .stdout(slave.try_clone().unwrap())
            .stderr(slave);
        for (name, value) in environment(home, lang) {
            match value {
                Some(value) => cmd.env(name, value),
                None => cmd.env_remove(name),
            };
        }
        let child = cmd.spawn().unwrap();
        let captured = Arc::new(Mutex::new(Captured {
            bytes: Vec::new(),
            parser: vt100::Parser::new(nonzero(ROWS), nonzero(COLS), 0),
            eof: false,
        }));
        let stop_reading = Arc::new(AtomicBool::new(false));
        let reading = read_master(master.as_fd(), &captured, &stop_reading);
        let writer = File::from(rustix::io::fcntl_dupfd_cloexec(&master, 0).unwrap());
        Tui {
            child: Box::new(child),
            master: None,
            raw_master: Some(master),
            writer: Some(Box::new(writer)),
            captured,
            stop_reading,
            reading: Some(reading),
        }
    }

    /// Types `keys` as the terminal would send them.
    pub fn send(&mut self, keys: &str) {
        let writer = self.writer.as_mut().expect("the terminal is not hung up");
        writer.write_all(keys.as_bytes()).unwrap();
        writer.flush().unwrap();
    }

    pub fn screen(&self) -> String {
        lock(&self.captured).parser.screen().contents()
    }

    /// Whether the program has the terminal on its alternate screen.
    pub fn alternate_screen(&self) -> bool {
        lock(&self.captured).parser.screen().alternate_screen()
    }

    /// The character at (`row`, `col`) on screen.
    pub fn cell(&self, row: u16, col: u16) -> String {
        let c = lock(&self.captured);
        c.parser
            .screen()
            .cell(row, col)
            .map(|cell| cell.contents().to_owned())
            .unwrap_or_default()
    }

    /// How many bytes the program has written so far: a mark for [`Tui::bytes_since`].
    pub fn mark(&self) -> usize {
        lock(&self.captured).bytes.len()
    }

    pub fn bytes_since(&self, mark: usize) -> Vec<u8> {
        lock(&self.captured).bytes[mark..].to_vec()
    }

    /// Polls until `done` holds for the screen; panics with the screen after [`DEADLINE`].
    pub fn wait_for(&self, what: &str, done: impl Fn(&Tui) -> bool) -> String {
        let start = Instant::now();
        loop {
            if done(self) {
                return self.screen();
            }
            if start.elapsed() > DEADLINE {
                panic!(
                    "timed out waiting for {what}; the screen:\n{}",
                    self.screen()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits until `text` is on screen.
    pub fn wait_text(&self, text: &str) -> String {
        self.wait_for(&format!("{text:?} on screen"), |t| {
            t.screen().contains(text)
        })
    }

    /// Resizes the terminal (the child gets SIGWINCH) and the emulator with it.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        lock(&self.captured)
            .parser
            .screen_mut()
            .set_size(nonzero(rows), nonzero(cols));
        self.master
            .as_ref()
            .expect("the terminal is not hung up")
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    /// Whether the terminal is in canonical mode with signals (what raw mode turns off).
    pub fn cooked(&self) -> bool {
        let master = self.master.as_ref().expect("the terminal is not hung up");
        let termios = master.get_termios().expect("the pty's termios");
        let flags = format!("{:?}", termios.local_flags);
        flags.contains("ICANON") && flags.contains("ISIG")
    }

    /// The terminal goes away, as when its window is closed: every descriptor of the pty's master
    /// side is closed, so the kernel hangs the terminal up (SIGHUP to the program, and its reads
    /// return end of file from then on).
    pub fn hang_up(&mut self) {
        self.stop_reading.store(true, Ordering::Relaxed);
        if let Some(reading) = self.reading.take() {
            reading.join().unwrap();
        }
        self.writer = None;
        self.master = None;
        self.raw_master = None;
    }

    /// The exit code once the child has exited, waiting up to `limit`; `None` if it still runs.
    pub fn exit_within(&mut self, limit: Duration) -> Option<u32> {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some(status.exit_code());
            }
            if start.elapsed() > limit {
                return None;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Waits for the child to exit and for its last bytes to be read; returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(
                start.elapsed() < DEADLINE,
                "the program did not exit; the screen:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(20));
        };
        while !lock(&self.captured).eof && start.elapsed() < DEADLINE * 2 {
            std::thread::sleep(Duration::from_millis(20));
        }
        status.exit_code()
    }
}

impl Drop for Tui {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        self.stop_reading.store(true, Ordering::Relaxed);
    }
}

/// The program's environment: its home's files, an xterm, `LANG=lang`, nothing of the user's.
fn environment(home: &Home, lang: &str) -> Vec<(&'static str, Option<std::ffi::OsString>)> {
    super::home::ensure_config(home.dir.path());
    let mut vars = vec![
        ("VEILLE_CONFIG", Some(home.config().into_os_string())),
        ("VEILLE_DB", Some(home.db().into_os_string())),
        ("HOME", Some(home.dir.path().as_os_str().to_owned())),
        ("TERM", Some("xterm-256color".into())),
        ("LANG", Some(lang.into())),
    ];
    // The developer's own editor must not open in a test: `n` edits inline unless a test sets one.
    for var in [
        "LC_ALL",
        "LC_MESSAGES",
        "NO_COLOR",
        "BROWSER",
        "VISUAL",
        "EDITOR",
    ] {
        vars.push((var, None));
    }
    vars
}

/// Reads what the program writes into `captured` until end of file or `stop`; on a descriptor of
/// its own, polled, so that [`Tui::hang_up`] can close every descriptor of the master side.
fn read_master(
    master: BorrowedFd<'_>,
    captured: &Arc<Mutex<Captured>>,
    stop: &Arc<AtomicBool>,
) -> JoinHandle<()> {
    let mut file = File::from(rustix::io::fcntl_dupfd_cloexec(master, 0).unwrap());
    let (sink, stop) = (Arc::clone(captured), Arc::clone(stop));
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        let tick = Timespec::try_from(Duration::from_millis(20)).unwrap();
        while !stop.load(Ordering::Relaxed) {
            let mut fds = [PollFd::new(&file, PollFlags::IN)];
            if poll(&mut fds, Some(&tick)).unwrap_or(0) == 0 {
                continue;
            }
            match file.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let mut c = lock(&sink);
                    c.bytes.extend_from_slice(&buf[..n]);
                    c.parser.process(&buf[..n]);
                }
            }
        }
        lock(&sink).eof = true;
    })
}

fn nonzero(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n).expect("a terminal has rows and columns")
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The first `n` characters of `s`: list cells truncate long titles.
pub fn prefix(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

pub fn title(article: &Value) -> &str {
    article["title"].as_str().unwrap()
}

/// Whether `needle` occurs in `haystack`.
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// A home subscribed to real feed fixtures (name, path under ../shared/feeds) served by `server`,
/// fetched once.
pub fn fixtures_home(server: &super::TestServer, feeds: &[(&str, &str)]) -> Home {
    let feeds: Vec<_> = feeds
        .iter()
        .map(|(name, path)| (name.to_string(), server.feed_url(path)))
        .collect();
    Home::fetched(&feeds)
}

/// Waits for the list with its first rows loaded; returns the articles the CLI lists.
pub fn list_shown(tui: &Tui, home: &Home) -> Vec<Value> {
    let articles = home.articles(&["list"]);
    assert!(articles.len() > 10, "the fixtures give a real list");
    tui.wait_text(&format!("Articles ({})", articles.len()));
    tui.wait_text(&prefix(title(&articles[0]), 20));
    articles
}

/// A home whose "Flaky" feed (ZATAZ's fixture) answered its first fetch and fails the second with
/// HTTP 500, beside a working BleepingComputer: the failing feed the reader must show.
pub fn home_with_a_failing_feed(server: &super::TestServer) -> Home {
    let body =
        std::fs::read(super::feed_file("fr/zataz_feed_2026-08-20.xml")).expect("the ZATAZ fixture");
    // Fine at first, then the server fails.
    server.route_sequence(
        "/flaky.xml",
        vec![
            super::Route::ok("application/rss+xml", body),
            super::Route::status(500),
        ],
    );
    let home = Home::fetched(&[
        ("Flaky".to_owned(), server.url("/flaky.xml")),
        (
            "BleepingComputer".to_owned(),
            server.feed_url("en/bleepingcomputer_feed_2025-07-24.xml"),
        ),
    ]);
    let again = home.veille(&["fetch"]);
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("Flaky"),
        "the second fetch fails"
    );
    home
}

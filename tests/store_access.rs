//! Who can use the database, and when, with real processes: a `veille tag` or `veille list` while
//! another process stores the biggest feed the body limit allows; a database locked by someone else
//! for longer than the busy timeout; read commands on a read-only file and filesystem, and where no
//! database exists yet (they must create nothing).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};
use support::home::{Home, command_in, stderr, stdout, veille_in};
use support::{Route, TestServer};

/// Items of `bigfeed::biggest_allowed`.
const BIGGEST_ITEMS: u64 = 130_000;

/// A scratch home subscribing to a small feed (5 articles) and the biggest allowed feed.
fn home_with_big_feed(server: &TestServer) -> Home {
    let dir = Home::new();
    server.route(
        "/small.xml",
        Route::ok("application/rss+xml", support::bigfeed::rss(5, "s")),
    );
    server.route(
        "/big.xml",
        Route::ok(
            "application/rss+xml",
            support::bigfeed::biggest_allowed("b"),
        ),
    );
    let config = format!(
        "[fetch]\ntimeout_secs = 120\n\n[retention]\nmax_age_days = 0\n\n\
         [[feeds]]\nname = \"small\"\nurl = {:?}\n\n[[feeds]]\nname = \"big\"\nurl = {:?}\n",
        server.url("/small.xml"),
        server.url("/big.xml"),
    );
    dir.write_config(&config);
    dir
}

fn wal_len(db: &Path) -> u64 {
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(wal).map(|m| m.len()).unwrap_or(0)
}

fn json(out: &Output) -> Vec<Value> {
    assert!(out.status.success(), "{}", stderr(out));
    serde_json::from_str(&stdout(out)).unwrap_or_else(|e| panic!("{e}: {}", stdout(out)))
}

/// The small feed fetched: its first article's id.
fn fetch_small(dir: &Path) -> i64 {
    let out = veille_in(dir, &["fetch", "--feed", "small"]);
    assert!(out.status.success(), "{}", stderr(&out));
    json(&veille_in(dir, &["list", "--json"]))[0]["id"]
        .as_i64()
        .unwrap()
}

#[test]
fn a_tag_and_a_list_during_the_store_of_the_biggest_feed_both_succeed() {
    let server = TestServer::start();
    let home = home_with_big_feed(&server);
    let dir = home.path();
    let id = fetch_small(dir).to_string();
    let mut fetch = command_in(dir, &["fetch", "--feed", "big"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The big feed is being stored once the WAL passes a few MB (the run's other writes are tiny).
    let started = Instant::now();
    while wal_len(&dir.join("veille.db")) < 4_000_000 {
        assert!(
            fetch.try_wait().unwrap().is_none(),
            "the fetch ended before the test could tag"
        );
        assert!(started.elapsed() < Duration::from_secs(300), "no write");
        std::thread::sleep(Duration::from_millis(5));
    }
    let tag = veille_in(dir, &["tag", &id, "--actor", "APT28"]);
    let list = veille_in(dir, &["list", "--limit", "1"]);
    let still_storing = fetch.try_wait().unwrap().is_none();
    let fetched = fetch.wait_with_output().unwrap();

    assert!(tag.status.success(), "tag: {}", stderr(&tag));
    assert!(
        stdout(&tag).contains("added actor APT28"),
        "{}",
        stdout(&tag)
    );
    assert!(list.status.success(), "list: {}", stderr(&list));
    assert!(
        still_storing,
        "the feed was stored before the tag ran: the test proved nothing"
    );
    assert!(fetched.status.success(), "fetch: {}", stderr(&fetched));
    assert!(
        stdout(&fetched).contains(&format!("{BIGGEST_ITEMS} new articles")),
        "{}",
        stdout(&fetched)
    );
    let tagged = json(&veille_in(dir, &["list", "--actor", "APT28", "--json"]));
    assert_eq!(tagged.len(), 1);
}

#[test]
fn a_database_locked_past_the_busy_timeout_is_reported_as_busy_and_reads_still_work() {
    let server = TestServer::start();
    let home = home_with_big_feed(&server);
    let dir = home.path();
    let id = fetch_small(dir).to_string();
    // Another program holds the write lock for longer than veille waits.
    let holder = rusqlite::Connection::open(dir.join("veille.db")).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();

    let tag = command_in(dir, &["tag", &id, "--actor", "APT28"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let fetch = command_in(dir, &["fetch", "--feed", "small"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let list = veille_in(dir, &["list", "--json"]);
    let show = veille_in(dir, &["show", &id]);
    let (tag, fetch) = (
        tag.wait_with_output().unwrap(),
        fetch.wait_with_output().unwrap(),
    );
    holder.execute_batch("ROLLBACK").unwrap();

    assert_eq!(json(&list).len(), 5, "reads need no write lock");
    assert!(show.status.success(), "show: {}", stderr(&show));
    for (what, out) in [("tag", &tag), ("fetch", &fetch)] {
        let err = stderr(out);
        assert_eq!(out.status.code(), Some(1), "{what}: {err}");
        assert!(
            err.contains("database is busy: another veille is writing; try again"),
            "{what}: {err}"
        );
        assert!(!err.contains("disk full"), "{what}: {err}");
    }
}

/// Runs `veille ARGS` in `dir` with `dir` mounted read-only (a bind mount in a user namespace),
/// or `None` when this machine allows no user namespace.
fn on_read_only_filesystem(dir: &Path, args: &[&str]) -> Option<Output> {
    let script = r#"mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" || exit 97
        touch "$0/probe" 2>/dev/null && exit 98
        exec "$@""#;
    let veille = env!("CARGO_BIN_EXE_veille");
    let mut command = Command::new("unshare");
    command
        .args(["--user", "--map-root-user", "--mount", "sh", "-c", script])
        .arg(dir)
        .arg(veille)
        .args(args);
    let template = command_in(dir, &[]);
    for (key, value) in template.get_envs() {
        match value {
            Some(value) => command.env(key, value),
            None => command.env_remove(key),
        };
    }
    let out = command.output().ok()?;
    match out.status.code() {
        Some(97) => None,
        Some(98) => panic!("the bind mount is writable"),
        _ => Some(out),
    }
}

#[test]
fn read_commands_work_on_a_read_only_database_and_filesystem() {
    let server = TestServer::start();
    let home = home_with_big_feed(&server);
    let dir = home.path();
    let id = fetch_small(dir).to_string();
    let tagged = veille_in(dir, &["tag", &id, "--actor", "APT28"]);
    assert!(tagged.status.success(), "{}", stderr(&tagged));
    let db = dir.join("veille.db");
    set_mode(&db, 0o444);
    set_mode(dir, 0o555);
    let reads: [&[&str]; 7] = [
        &["list"],
        &["list", "--actor", "APT28", "--json"],
        &["search", "rançongiciel"],
        &["show", &id],
        &["suggest", &id],
        &["export", "--format", "json", "--tagged"],
        &["feeds", "list"],
    ];
    let mut ran = 0;
    for args in reads {
        let Some(out) = on_read_only_filesystem(dir, args) else {
            eprintln!("skipped: no user namespace for a read-only bind mount");
            break;
        };
        ran += 1;
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert!(!stdout(&out).is_empty(), "{args:?} printed nothing");
    }
    set_mode(dir, 0o755);
    set_mode(&db, 0o644);
    if ran > 0 {
        let out = on_read_only_filesystem(dir, &["export", "--format", "json", "--tagged"]);
        let exported: Vec<Value> = serde_json::from_str(&stdout(&out.unwrap())).unwrap();
        assert_eq!(exported[0]["tags"]["actor"][0], "APT28");
    }
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn read_commands_create_no_directory_and_no_database() {
    let scratch = tempfile::tempdir().unwrap();
    let home: PathBuf = scratch.path().join("nonexistent");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_veille"))
            // English whatever the machine speaks (the command line follows the locale).
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .args(args)
            .env("HOME", &home)
            .env_remove("VEILLE_DB")
            .env_remove("VEILLE_CONFIG")
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("XDG_DATA_HOME")
            .output()
            .unwrap()
    };
    let list = run(&["list"]);
    assert!(list.status.success(), "{}", stderr(&list));
    assert_eq!(stdout(&list), "");
    assert!(stderr(&list).contains("no database"), "{}", stderr(&list));
    assert!(!home.exists(), "`list` created {}", home.display());

    assert_eq!(json(&run(&["list", "--json"])), Vec::<Value>::new());
    assert_eq!(json(&run(&["search", "x", "--json"])), Vec::<Value>::new());
    assert_eq!(
        json(&run(&["export", "--format", "json"])),
        Vec::<Value>::new()
    );
    let feeds = run(&["feeds", "list"]);
    assert!(feeds.status.success(), "{}", stderr(&feeds));
    assert!(
        stdout(&feeds).contains("never fetched"),
        "{}",
        stdout(&feeds)
    );
    for args in [["show", "1"], ["suggest", "1"]] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&out).contains("no article with id 1"),
            "{}",
            stderr(&out)
        );
    }
    assert!(!home.exists(), "a read command created {}", home.display());
}

//! How long `veille tag` waits behind a `veille fetch` storing the biggest feed the default body
//! limit lets through (`tests/support/bigfeed.rs`: ~130,000 short items, 17 MB), as a ratio to an
//! uncontended tag measured in the same run. Real processes and a loopback server, as a user meets
//! it (a cron fetch while they tag):
//!
//!   cargo bench --bench tag_wait                  (this build of veille)
//!   VEILLE_BIN=/path/to/veille cargo bench --bench tag_wait     (another build, e.g. before a change)
//!
//! Reported: the uncontended tag (median of 5), then every tag run back to back while the big feed
//! is being stored (median, slowest, failures), and how long storing the feed took with and without
//! the tags beside it. A figure, not a test: nothing here fails on time.
#![allow(clippy::unwrap_used)] // a failed unwrap stops the benchmark, loudly (Cargo.toml [lints])
#[path = "../tests/support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};
use support::{Route, TestServer};

fn main() {
    let bin = std::env::var_os("VEILLE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_veille")));
    let server = TestServer::start();
    server.route(
        "/small.xml",
        Route::ok("application/rss+xml", support::bigfeed::rss(5, "s")),
    );
    let big = support::bigfeed::biggest_allowed("b");
    println!(
        "veille: {}\nbig feed: {:.1} MB",
        bin.display(),
        big.len() as f64 / 1e6
    );
    server.route("/big.xml", Route::ok("application/rss+xml", big));
    let home = tempfile::tempdir().unwrap();
    let dir = home.path();
    let config = format!(
        "[fetch]\ntimeout_secs = 300\n\n[retention]\nmax_age_days = 0\n\n\
         [[feeds]]\nname = \"small\"\nurl = {:?}\n\n[[feeds]]\nname = \"big\"\nurl = {:?}\n",
        server.url("/small.xml"),
        server.url("/big.xml"),
    );
    std::fs::write(dir.join("config.toml"), config).unwrap();
    let run = |args: &[&str]| -> (Output, f64) {
        let started = Instant::now();
        let out = command(&bin, dir, args).output().unwrap();
        (out, started.elapsed().as_secs_f64())
    };

    // The big feed alone, on a fresh database: what storing it costs (from the first MBs written
    // to the end of the process; before that, the fetch downloads and parses).
    let started = Instant::now();
    let mut fetch = command(&bin, dir, &["fetch", "--feed", "big"])
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let stored_from = wait_for_writes(&dir.join("veille.db"), &mut fetch, started);
    assert!(fetch.wait().unwrap().success());
    let alone = started.elapsed().as_secs_f64() - stored_from;
    remove_database(dir);

    let (out, _) = run(&["fetch", "--feed", "small"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let id = first_id(&run(&["list", "--json"]).0);
    let mut uncontended: Vec<f64> = (0..5)
        .map(|i| {
            let (out, secs) = run(&["tag", &id, "--actor", &format!("Baseline {i}")]);
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            secs
        })
        .collect();
    let baseline = median(&mut uncontended);

    let started = Instant::now();
    let mut fetch = command(&bin, dir, &["fetch", "--feed", "big"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let storing = wait_for_writes(&dir.join("veille.db"), &mut fetch, started);
    let mut waits = Vec::new();
    let mut failures = Vec::new();
    let mut timeline = Vec::new();
    while fetch.try_wait().unwrap().is_none() && waits.len() + failures.len() < 1_000 {
        let n = waits.len() + failures.len();
        let at = started.elapsed().as_secs_f64();
        let (out, secs) = run(&["tag", &id, "--actor", &format!("Contended {n}")]);
        timeline.push(format!(
            "+{at:.1}s {secs:.2}s{}",
            if out.status.success() { "" } else { " FAILED" }
        ));
        if out.status.success() {
            waits.push(secs);
        } else {
            failures.push((secs, String::from_utf8_lossy(&out.stderr).trim().to_owned()));
        }
    }
    let status = fetch.wait().unwrap();
    let beside = started.elapsed().as_secs_f64() - storing;
    if timeline.len() > 12 {
        let last = timeline.len() - 3;
        timeline.splice(3..last, [format!("… {} more …", last - 3)]);
    }
    println!(
        "storing from +{storing:.1}s; tags (start since the fetch began, time taken): {}",
        timeline.join(", ")
    );
    remove_database(dir);

    println!("uncontended tag: {baseline:.3} s (median of 5)");
    if waits.is_empty() {
        println!("contended tags: none succeeded");
    } else {
        let slowest = waits.iter().copied().fold(0.0, f64::max);
        let typical = median(&mut waits);
        println!(
            "contended tags: {} succeeded, median {typical:.3} s ({:.1}x), slowest {slowest:.3} s ({:.1}x)",
            waits.len(),
            typical / baseline,
            slowest / baseline
        );
    }
    for (secs, error) in &failures {
        println!(
            "contended tag failed after {secs:.2} s ({:.1}x): {error}",
            secs / baseline
        );
    }
    println!(
        "storing the big feed (first MBs written to exit): {alone:.1} s alone, {beside:.1} s beside \
         the tags ({}); ratio {:.2}",
        if status.success() { "ok" } else { "failed" },
        beside / alone
    );
}

fn command(bin: &Path, dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(bin);
    command
        .args(args)
        .env("VEILLE_CONFIG", dir.join("config.toml"))
        .env("VEILLE_DB", dir.join("veille.db"))
        .env("HOME", dir)
        .env_remove("XDG_CONFIG_HOME")
        .env_remove("XDG_DATA_HOME");
    command
}

fn first_id(out: &Output) -> String {
    let listed: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    listed[0]["id"].as_i64().unwrap().to_string()
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Waits until `fetch` has written a few MB (it is storing the big feed, its other writes are
/// tiny) or ended; returns when, in seconds since `started`.
fn wait_for_writes(db: &Path, fetch: &mut std::process::Child, started: Instant) -> f64 {
    while wal_len(db) < 4_000_000 && fetch.try_wait().unwrap().is_none() {
        std::thread::sleep(Duration::from_millis(5));
    }
    started.elapsed().as_secs_f64()
}

fn wal_len(db: &Path) -> u64 {
    let mut wal = db.as_os_str().to_owned();
    wal.push("-wal");
    std::fs::metadata(wal).map(|m| m.len()).unwrap_or(0)
}

fn remove_database(dir: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(dir.join(format!("veille.db{suffix}")));
    }
}

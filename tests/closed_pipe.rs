//! Every command whose standard output is a closed pipe (`veille fetch | head -0`): one policy for
//! all of them. The reader went away on purpose, so the command ends quietly with exit code 0, as
//! ripgrep and most coreutils do; never a panic (exit 101) and never an error message.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use std::path::Path;
use std::process::{Output, Stdio};
use support::TestServer;
use support::home::{Home, command_in, stderr, veille_in};

/// A pipe whose reading end is already closed: every write to it fails with EPIPE.
fn closed_pipe() -> std::io::PipeWriter {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    writer
}

/// Runs `veille ARGS` in `dir` with stdout on a closed pipe; stderr is captured.
fn to_closed_stdout(dir: &Path, args: &[&str]) -> Output {
    command_in(dir, args)
        .stdout(closed_pipe())
        .stderr(Stdio::piped())
        .output()
        .unwrap()
}

/// A home subscribed to a real fixture and to a feed that fails, fetched once, one article tagged.
fn fetched_home(server: &TestServer) -> Home {
    let dir = Home::new();
    let config = format!(
        "[fetch]\nconnect_timeout_secs = 2\ntimeout_secs = 5\n\n[retention]\nmax_age_days = 0\n\n\
         [[feeds]]\nname = \"ZATAZ\"\nurl = {:?}\n\n[[feeds]]\nname = \"Gone\"\nurl = {:?}\n",
        server.feed_url("fr/zataz_feed_2026-08-20.xml"),
        server.url("/hostile/404"),
    );
    dir.write_config(&config);
    let out = veille_in(dir.path(), &["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = veille_in(dir.path(), &["tag", "1", "--attack", "ransomware"]);
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

fn assert_quiet_success(out: &Output, args: &[&str]) {
    assert_eq!(
        out.status.code(),
        Some(0),
        "`veille {}` on a closed pipe: {}",
        args.join(" "),
        stderr(out)
    );
    assert!(
        stderr(out).is_empty(),
        "`veille {}` said: {}",
        args.join(" "),
        stderr(out)
    );
}

#[test]
fn every_command_ends_quietly_with_exit_0_when_its_output_is_closed() {
    let server = TestServer::start();
    let home = fetched_home(&server);
    let commands: &[&[&str]] = &[
        &["list"],
        &["list", "--json"],
        &["search", "ransomware"],
        &["show", "1"],
        &["suggest", "1"],
        &["suggest", "1", "--json"],
        &["tag", "2", "--actor", "LockBit"],
        &["note", "2", "à suivre"],
        &["note", "2"],
        &["note", "2", "--json"],
        &["export", "--format", "json"],
        &["export", "--format", "csv"],
        &["export", "--format", "markdown"],
        &["export", "--format", "stix", "--tagged"],
        &["export", "--format", "misp", "--tagged"],
        &["feeds", "list"],
        &["feeds", "list", "--json"],
        &["feeds", "export"],
        &[],
    ];
    for args in commands {
        let out = to_closed_stdout(home.path(), args);
        assert_quiet_success(&out, args);
    }
    // fetch: its failure lines go to stderr, which is captured here, so only they are printed.
    let out = to_closed_stdout(home.path(), &["fetch"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        err.contains("Gone"),
        "the failed feed is still named: {err}"
    );
    // A closed stdout fails nothing by itself: `--strict` still reports the failed feed.
    let out = to_closed_stdout(home.path(), &["fetch", "--strict"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn fetch_with_both_streams_on_a_closed_pipe_completes_its_work_and_exits_0() {
    // `veille fetch 2>&1 | head -0`: the failure lines and the summary both go nowhere.
    let server = TestServer::start();
    let home = fetched_home(&server);
    let pipe = closed_pipe();
    let status = command_in(home.path(), &["fetch"])
        .stderr(pipe.try_clone().unwrap())
        .stdout(pipe)
        .status()
        .unwrap();
    assert_eq!(status.code(), Some(0));
    // The run was recorded: the failing feed's error is there for `feeds list`.
    let out = veille_in(home.path(), &["feeds", "list", "--json"]);
    let feeds: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        feeds
            .iter()
            .any(|f| f["name"] == "Gone" && !f["last_error"].is_null())
    );
}

#[test]
fn feeds_add_and_remove_on_a_closed_pipe_still_change_the_subscriptions() {
    let dir = Home::new();
    let add = [
        "feeds",
        "add",
        "https://example.org/feed.xml",
        "--name",
        "Ex",
    ];
    assert_quiet_success(&to_closed_stdout(dir.path(), &add), &add);
    let out = veille_in(dir.path(), &["feeds", "list", "--json"]);
    let feeds: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(feeds.iter().any(|f| f["name"] == "Ex"));
    let remove = ["feeds", "remove", "Ex"];
    assert_quiet_success(&to_closed_stdout(dir.path(), &remove), &remove);
    let out = veille_in(dir.path(), &["feeds", "list", "--json"]);
    let feeds: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!feeds.iter().any(|f| f["name"] == "Ex"));
}

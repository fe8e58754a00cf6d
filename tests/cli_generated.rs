//! `veille completions SHELL` and `veille man`: what a packager or a user installs, generated from
//! the same grammar as the commands, so a new command or filter is completed and documented.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use std::io::Write;
use std::process::{Command, Stdio};
use support::home::{Home, stderr, stdout, veille_in};

#[test]
fn the_bash_completion_script_is_valid_bash_and_completes_every_command_and_filter() {
    let dir = Home::new();
    let out = veille_in(dir.path(), &["completions", "bash"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let script = stdout(&out);
    for word in [
        "fetch",
        "note",
        "suggest",
        "--noted",
        "--since",
        "--replace",
    ] {
        assert!(script.contains(word), "{word} is not completed");
    }
    let mut bash = Command::new("bash")
        .arg("-n")
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bash runs");
    bash.stdin
        .take()
        .unwrap()
        .write_all(script.as_bytes())
        .unwrap();
    let checked = bash.wait_with_output().unwrap();
    assert!(checked.status.success(), "{}", stderr(&checked));
}

#[test]
fn zsh_and_fish_scripts_and_the_man_page_name_the_commands() {
    let dir = Home::new();
    for shell in ["zsh", "fish"] {
        let out = veille_in(dir.path(), &["completions", shell]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stdout(&out).contains("note"), "{shell}");
    }
    let unknown = veille_in(dir.path(), &["completions", "tcsh"]);
    assert_eq!(unknown.status.code(), Some(2));

    let man = veille_in(dir.path(), &["man"]);
    assert!(man.status.success(), "{}", stderr(&man));
    let page = stdout(&man);
    assert!(
        page.starts_with(".ie") || page.contains(".TH veille 1"),
        "{page}"
    );
    assert!(
        page.contains(".SH SUBCOMMANDS") && page.contains("veille\\-note"),
        "{page}"
    );
}

//! A configuration file named on purpose (--config, VEILLE_CONFIG) that does not exist is a typo,
//! not a wish for the defaults: bad usage, unless the command is one that creates the file.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use std::process::Command;
use support::home::stderr;

fn veille(config: &std::path::Path, db: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_veille"))
        // English whatever the machine speaks (the command line follows the locale).
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(args)
        .env("VEILLE_CONFIG", config)
        .env("VEILLE_DB", db)
        .env("HOME", db.parent().unwrap())
        .output()
        .unwrap()
}

#[test]
fn a_named_config_that_does_not_exist_is_bad_usage_except_for_commands_that_create_it() {
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("cofnig.toml");
    let db = dir.path().join("veille.db");
    let out = veille(&typo, &db, &["list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cofnig.toml") && stderr(&out).contains("does not exist"),
        "{}",
        stderr(&out)
    );
    assert!(!db.exists(), "nothing ran");

    let added = veille(
        &typo,
        &db,
        &[
            "feeds",
            "add",
            "https://example.org/feed.xml",
            "--name",
            "Ex",
        ],
    );
    assert!(added.status.success(), "{}", stderr(&added));
    assert!(typo.exists(), "feeds add creates the file it was given");
    assert!(veille(&typo, &db, &["list"]).status.success());
}

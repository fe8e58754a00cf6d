//! `--help` speaks the interface language, as every other line of the command line does: French
//! with `ui_lang = "fr"` in the configuration the command names, or with a French locale when
//! `ui_lang` is unset; English otherwise. The flags, subcommands and value names are the contract
//! of DESIGN.md and stay the same in both languages.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use std::collections::BTreeSet;
use std::process::Output;
use support::home::{Home, stderr, stdout, veille_in_env};

const FRENCH_LOCALE: &[(&str, &str)] = &[("LANG", "fr_FR.UTF-8")];

/// A help printed on standard output, exit 0.
fn help(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(0), "{}", stderr(out));
    stdout(out)
}

/// The words of a help that are the grammar: the usage line, and the left column of every
/// option, argument and command line (flags, value names, command names).
fn grammar(help: &str) -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for line in help.lines() {
        let column = if let Some((_, usage)) = line.split_once(": veille") {
            usage
        } else if line.starts_with("  ") {
            line.trim_start().split("  ").next().unwrap_or_default()
        } else {
            continue;
        };
        // The usage's placeholder for a command is a word to read, translated (« [COMMANDE] »).
        words.extend(
            column
                .split_whitespace()
                .map(|w| w.replace("COMMANDE", "COMMAND")),
        );
    }
    words
}

#[test]
fn help_is_french_with_ui_lang_or_a_french_locale_and_english_otherwise() {
    let english = Home::new();
    let french = Home::with_config("ui_lang = \"fr\"\n");
    for args in [&["--help"][..], &["fetch", "--help"]] {
        let en = help(&english.veille(args));
        let by_config = help(&french.veille(args));
        let by_locale = help(&veille_in_env(english.path(), args, FRENCH_LOCALE));
        assert_eq!(by_config, by_locale, "{args:?}");
        assert!(en.contains("Usage: veille"), "{en}");
        assert!(en.contains("Print help"), "{en}");
        assert!(
            by_config.contains("Utilisation\u{a0}: veille"),
            "{by_config}"
        );
        assert!(by_config.contains("Options\u{a0}:\n"), "{by_config}");
        assert!(by_config.contains("Afficher l'aide"), "{by_config}");
        for clap_english in [
            "Usage",
            "Print",
            "[default",
            "[env",
            "Commands:",
            "[COMMAND]",
            "<COMMAND>",
        ] {
            assert!(
                !by_config.contains(clap_english),
                "{clap_english} in {by_config}"
            );
        }
        assert_eq!(
            grammar(&en),
            grammar(&by_config),
            "{args:?}\n{en}\n{by_config}"
        );
    }
    let root = help(&french.veille(&["--help"]));
    assert!(root.contains("Commandes\u{a0}:\n"), "{root}");
    assert!(
        root.contains("  fetch        Actualiser les abonnements"),
        "{root}"
    );
    assert!(root.contains("[variable\u{a0}: VEILLE_CONFIG]"), "{root}");
    let fetch = help(&french.veille(&["help", "fetch"]));
    assert!(
        fetch.contains("--strict              Sortir avec le code 1"),
        "{fetch}"
    );
    // The ui_lang of the configuration wins over the locale, as for every other line.
    let english_config = Home::with_config("ui_lang = \"en\"\n");
    let out = veille_in_env(english_config.path(), &["fetch", "--help"], FRENCH_LOCALE);
    assert!(
        help(&out).contains("Usage: veille fetch"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn help_follows_the_configuration_named_on_the_command_line_wherever_it_stands() {
    let english = Home::new();
    let french = Home::with_config("ui_lang = \"fr\"\n");
    let config = french.path().join("config.toml");
    let config = config.to_str().unwrap();
    for args in [
        vec!["--config", config, "--help"],
        vec!["fetch", "--help", "--config", config],
        // `export` lacks its required --format: the help is asked for anyway.
        vec!["export", "-h", "--config", config],
    ] {
        let out = help(&english.veille(&args));
        assert!(out.contains("Utilisation\u{a0}:"), "{args:?}: {out}");
    }
}

#[test]
fn a_command_group_without_its_command_shows_its_help_in_french_on_stderr() {
    // clap shows the help only when nothing at all follows `feeds`, not even VEILLE_CONFIG or
    // VEILLE_DB: the configuration is found at its default place.
    let home = Home::new();
    let xdg = home.path().join("xdg");
    std::fs::create_dir_all(xdg.join("veille")).unwrap();
    std::fs::write(xdg.join("veille/config.toml"), "ui_lang = \"fr\"\n").unwrap();
    let out = home
        .command(&["feeds"])
        .env_remove("VEILLE_CONFIG")
        .env_remove("VEILLE_DB")
        .env("XDG_CONFIG_HOME", &xdg)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("Gérer les abonnements"), "{err}");
    assert!(err.contains("S'abonner à un flux"), "{err}");
}

#[test]
fn a_faulty_configuration_leaves_the_help_in_the_locale_language() {
    // The help still prints; the command that loads the file reports the fault.
    let home = Home::with_config("ui_lang = \"fr\"\n[fetch]\nconcurency = 3\n");
    let out = veille_in_env(home.path(), &["--help"], FRENCH_LOCALE);
    assert!(help(&out).contains("Utilisation\u{a0}:"));
    let out = home.veille(&["--help"]);
    assert!(help(&out).contains("Usage:"));
    assert_eq!(home.veille(&["list"]).status.code(), Some(1));
}

#[test]
fn the_usage_says_veille_in_french_words_whatever_the_file_is_called() {
    // A French user saw « Utilisation : veille-0.1 [OPTIONS] [COMMAND] »: the copy's file name,
    // and clap's English placeholder, in a help otherwise French.
    let home = Home::with_config("ui_lang = \"fr\"\n");
    let copy = home.path().join("veille-0.1");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_veille"), &copy).unwrap();
    let run = |args: &[&str]| {
        let out = home.command(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        // The same command, its environment included, run by the copy.
        let mut by_copy = std::process::Command::new(&copy);
        by_copy.args(args);
        for (key, value) in home.command(args).get_envs() {
            match value {
                Some(value) => by_copy.env(key, value),
                None => by_copy.env_remove(key),
            };
        }
        (stdout(&out), help(&by_copy.output().unwrap()))
    };
    let (root, root_by_copy) = run(&["--help"]);
    assert!(
        root.contains("Utilisation\u{a0}: veille [OPTIONS] [COMMANDE]\n"),
        "{root}"
    );
    assert_eq!(root, root_by_copy);
    let (feeds, feeds_by_copy) = run(&["feeds", "--help"]);
    assert!(
        feeds.contains("Utilisation\u{a0}: veille feeds [OPTIONS] <COMMANDE>\n"),
        "{feeds}"
    );
    assert_eq!(feeds, feeds_by_copy);
    // English keeps clap's words, and the name too.
    let english = Home::new();
    let en = help(&english.veille(&["--help"]));
    assert!(en.contains("Usage: veille [OPTIONS] [COMMAND]\n"), "{en}");
}

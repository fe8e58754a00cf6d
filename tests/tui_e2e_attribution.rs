//! The real binary's reader in a pseudo-terminal, as an analyst uses it: naming the actor of an
//! article or a story said unattributed (and back), one `U` undoing both halves; and a French title
//! whose guillemets must not wrap away from their words.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use serde_json::Value;
use support::TestServer;
use support::home::Home;
use support::tui::{Tui, fixtures_home};

/// The ICC intrusion told in French and in English, fetched over loopback: one story.
fn icc_home() -> Home {
    support::stories::icc_home(&[])
}

/// Each stored article's actors, by title, as `veille list --json` says them.
fn actors(home: &Home) -> Vec<(String, Vec<String>)> {
    let mut all: Vec<(String, Vec<String>)> = home
        .list_json(&[])
        .iter()
        .map(|a| {
            let values = a["tags"]["actor"].as_array().unwrap();
            let names = values.iter().filter_map(Value::as_str).map(str::to_owned);
            (a["title"].as_str().unwrap().to_owned(), names.collect())
        })
        .collect();
    all.sort();
    all
}

fn both(fr: &[&str], en: &[&str]) -> Vec<(String, Vec<String>)> {
    let owned = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect();
    vec![
        (
            "International Criminal Court hit by cyberattack".into(),
            owned(en),
        ),
        (
            "La Cour pénale internationale victime d'une cyberattaque".into(),
            owned(fr),
        ),
    ]
}

#[test]
fn naming_the_actor_of_a_story_said_unattributed_replaces_it_and_one_undo_puts_it_back() {
    let home = icc_home();
    let fr = home.id_containing("La Cour pénale");
    assert!(
        home.veille(&["tag", &fr, "--actor", "inconnu"])
            .status
            .success()
    );
    assert_eq!(actors(&home), both(&["unattributed"], &[]));
    let mut tui = Tui::start(&home, "fr_FR.UTF-8");
    tui.wait_text("Articles (2)");
    tui.send("z");
    tui.wait_text("Histoires (1)");
    tui.send("a");
    tui.wait_text("Acteur");
    tui.send("LockBit\r");
    // The status line says both halves of the one edit.
    let screen = tui.wait_text("retiré\u{a0}: acteur non attribué");
    assert!(
        screen.contains("2 articles étiquetés\u{a0}: acteur LockBit\u{202f}; retiré"),
        "{screen}"
    );
    assert_eq!(actors(&home), both(&["LockBit"], &["LockBit"]));
    tui.send("\x1b");
    tui.wait_text("? aide");
    tui.send("U");
    let screen = tui.wait_text("remis\u{a0}: acteur non attribué");
    assert!(
        screen.contains("Annulé\u{a0}: acteur LockBit\u{202f}; remis"),
        "{screen}"
    );
    assert_eq!(actors(&home), both(&["unattributed"], &[]));
    // Redone, it replaces again: still one step each way.
    tui.send("\x12");
    tui.wait_text("retiré\u{a0}: acteur non attribué");
    assert_eq!(actors(&home), both(&["LockBit"], &["LockBit"]));
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn saying_an_article_is_unattributed_in_the_reader_takes_its_named_actor_off_until_undone() {
    let home = icc_home();
    let en = home.id_containing("International Criminal Court");
    assert!(
        home.veille(&["tag", &en, "--actor", "LockBit"])
            .status
            .success()
    );
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    tui.wait_text("Articles (2)");
    tui.send("/Criminal\r");
    tui.wait_text("Articles (1)");
    tui.send("\r");
    tui.wait_text("[LockBit]");
    tui.send("a");
    tui.wait_text("Actor");
    tui.send("unknown\r");
    let screen = tui.wait_text("Tagged: actor unattributed; removed actor LockBit");
    let meta = screen
        .lines()
        .find(|l| l.contains("securityaffairs"))
        .unwrap();
    assert!(
        meta.contains("[unattributed]") && !meta.contains("[LockBit]"),
        "{screen}"
    );
    assert_eq!(actors(&home), both(&[], &["unattributed"]));
    tui.send("\x1b");
    // The prompt closed before U, which would otherwise follow Esc as Alt-U.
    tui.wait_for("the prompt closed", |t| !t.screen().contains("Tab/↓"));
    tui.send("U");
    let screen = tui.wait_text("Undone: actor unattributed; put back actor LockBit");
    let meta = screen
        .lines()
        .find(|l| l.contains("securityaffairs"))
        .unwrap();
    assert!(
        meta.contains("[LockBit]") && !meta.contains("[unattributed]"),
        "{screen}"
    );
    assert_eq!(actors(&home), both(&[], &["LockBit"]));
    tui.send("q");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn a_french_title_keeps_its_guillemets_with_their_words_at_60_and_80_columns() {
    let server = TestServer::start();
    let home = fixtures_home(
        &server,
        &[(
            "LeMagIT",
            "fr/lemagit_ContentSyndication_2026-08-23_trimmed8.xml",
        )],
    );
    let mut tui = Tui::start(&home, "fr_FR.UTF-8");
    tui.wait_text("Articles (8)");
    tui.resize(80, 24);
    tui.send("/Phantom\r");
    tui.wait_text("Articles (1)");
    tui.send("\r");
    let ends_open = |screen: &str| {
        screen
            .lines()
            .any(|l| l.trim_end_matches(['│', ' ']).ends_with('«'))
    };
    let screen = tui.wait_text("réduire le « Phantom Compute »");
    assert!(!ends_open(&screen), "{screen}");
    // 56 columns inside the box: "… de réduire le «" used to end the first line.
    tui.resize(60, 24);
    let screen = tui.wait_text("│ « Phantom Compute »");
    assert!(!ends_open(&screen), "{screen}");
    tui.send("q");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

//! The stories view of the real binary in a pseudo-terminal: the ICC intrusion fetched from a
//! French and an English feed over loopback shows as one story of two sources, and tagging the
//! story tags both articles (as `veille list --json` tells afterwards).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use support::home::Home;
use support::tui::Tui;

/// A home fetched from two loopback feeds: the ICC intrusion in French (with an unrelated article)
/// and in English.
fn icc_home() -> Home {
    support::stories::icc_home(&[(
        "orange",
        "Orange victime d'une intrusion",
        "Tue, 19 Sep 2023 13:00:00 GMT",
        "Orange a détecté une intrusion sur l'un de ses systèmes et a porté plainte.",
    )])
}

#[test]
fn the_icc_story_shows_once_with_two_sources_and_tagging_it_tags_both_articles() {
    let home = icc_home();
    let mut tui = Tui::start(&home, "en_US.UTF-8");
    tui.wait_text("Articles (3)");
    tui.send("z");
    let screen = tui.wait_text("Stories (2)");
    // One row for the story (its newest title in English, both languages, two sources), one for
    // Orange; the ICC articles are not listed apart.
    let row = screen
        .lines()
        .find(|l| l.contains("2 sources"))
        .unwrap_or_else(|| panic!("no story row:\n{screen}"));
    assert!(
        row.contains("FR/EN") && row.contains("International Criminal"),
        "{row}"
    );
    assert!(!screen.contains("La Cour pénale"), "{screen}");
    // Enter opens it: both articles under it, each with its feed and why it is there. The title
    // still counts two stories, not the four rows on screen.
    tui.send("\r");
    let screen = tui.wait_text("La Cour pénale");
    assert!(
        screen.contains("Stories (2)") && screen.contains("first of the sto"),
        "{screen}"
    );
    // Tagging the story: one prompt, every article of it.
    tui.send("t");
    tui.wait_text("Target");
    tui.send("International Criminal Court\r");
    tui.wait_text("Tagged 2 articles");
    tui.send("\x1b");
    // The prompt closed (the status line has its hints back) before q, which would otherwise
    // follow Esc as Alt-q.
    tui.wait_text("? help");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    for article in home.list_json(&[]) {
        let title = article["title"].as_str().unwrap();
        let targets = article["tags"]["target"].as_array().unwrap();
        let tagged = targets.iter().any(|t| t == "International Criminal Court");
        assert_eq!(
            tagged,
            title != "Orange victime d'une intrusion",
            "{article}"
        );
    }
}

#[test]
fn in_french_the_story_shows_its_french_title() {
    let home = icc_home();
    let mut tui = Tui::start(&home, "fr_FR.UTF-8");
    tui.wait_text("Articles (3)");
    tui.send("z");
    let screen = tui.wait_text("Histoires (2)");
    let row = screen
        .lines()
        .find(|l| l.contains("2 sources"))
        .unwrap_or_else(|| panic!("no story row:\n{screen}"));
    assert!(
        row.contains("FR/EN") && row.contains("La Cour pénale"),
        "{row}"
    );
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

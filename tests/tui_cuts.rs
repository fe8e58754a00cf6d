//! Where the screen cuts what does not fit, as a user reads it: tag chips between two tags with
//! how many more, and French titles never in the middle of a quotation (round 28's user found a
//! header chip cut mid-word, and a list row ending on a lone « at 80 columns).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod tui_fixtures;

use ratatui::crossterm::event::KeyCode;
use tui_fixtures::*;
use veille::model::Lang;
use veille::tui::msg::Page;
use veille::tui::{App, Msg, update};

/// The list of `titles` (real titles of the fixture feeds), French rows, at `width` columns.
fn list_of(titles: &[&str], width: u16) -> String {
    let mut app = booted(Lang::Fr, width, 24, 50);
    // Unread only asks for a new first page: answered with these titles.
    let effects = update(&mut app, key('u'));
    for (generation, offset, _, count) in page_requests(&effects) {
        let rows = titles
            .iter()
            .enumerate()
            .map(|(i, title)| {
                let mut row = row(i + 1);
                row.title = (*title).to_owned();
                row.tags = veille::model::Tags::default();
                row.read = false;
                row
            })
            .collect::<Vec<_>>();
        update(
            &mut app,
            Msg::PageLoaded {
                generation,
                offset,
                result: Ok(Page {
                    rows,
                    total: count.then_some(titles.len() as u64),
                    kinds: Vec::new(),
                    stories: None,
                }),
            },
        );
    }
    screen_text(draw(&app).backend().buffer())
}

#[test]
fn a_list_row_never_ends_inside_french_guillemets_80_columns() {
    let text = list_of(
        &[
            "Louis Gallois dénonce une « volonté politique de minorer le nombre de SDF »",
            "Hulot : Marlène Schiappa dénonce un article « irresponsable » d’« Ebdo »",
            "« Nous vivons une crise existentielle des infrastructures IA »",
        ],
        80,
    );
    // Before: « Louis Gallois dénonce une « volont… », a quotation that says nothing.
    assert!(text.contains("Louis Gallois dénonce une…"), "{text}");
    assert!(!text.contains("« volont"), "{text}");
    for line in text.lines().filter(|l| l.contains('«')) {
        let opened = line.matches('«').count();
        let closed = line.matches('»').count();
        assert_eq!(opened, closed, "a quotation left open: {line}");
    }
    // The title that opens with its quotation keeps its first words, closed.
    assert!(text.contains("« Nous vivons une crise… »"), "{text}");
}

#[test]
fn a_list_row_without_guillemets_is_cut_as_before() {
    // Near miss: no quotation, the cut ends in … where the width ends.
    let text = list_of(
        &["IA et data centers : de l’importance de réduire le coût"],
        80,
    );
    assert!(
        text.contains("IA et data centers : de l’importanc…"),
        "{text}"
    );
}

/// The reader of the fixture's first article (tagged International Criminal Court, intrusion)
/// at `width` x 24.
fn reader(lang: Lang, width: u16) -> App {
    let mut app = booted(lang, width, 24, 50);
    let effects = update(&mut app, code(KeyCode::Enter));
    answer_article(&mut app, &effects, 0);
    app
}

/// [`reader`] with three more tags: five.
fn reader_with_five_tags(lang: Lang, width: u16) -> App {
    let mut app = reader(lang, width);
    let id = app.reader.open.as_ref().unwrap().article.summary.id;
    tag_three_more(&mut app, id);
    app
}

/// The reader's line of metadata and tags.
fn meta_line(app: &App) -> String {
    let text = screen_text(draw(app).backend().buffer());
    let line = text.lines().find(|l| l.contains("Rédaction")).unwrap();
    line.trim_end_matches([' ', '│']).to_owned()
}

#[test]
fn the_reader_header_cuts_its_tags_between_two_and_says_how_many_more() {
    let fr = meta_line(&reader_with_five_tags(Lang::Fr, 80));
    // Before: « par Rédaction [non attribué] [Cour pénale internation », cut mid-word.
    assert!(fr.ends_with("par Rédaction [non attribué] +4"), "{fr}");
    let en = meta_line(&reader_with_five_tags(Lang::En, 100));
    assert!(en.ends_with("by Rédaction [unattributed] +4"), "{en}");
    // Beside the list, as wide as the next tag needs.
    let beside = meta_line(&reader_with_five_tags(Lang::En, 220));
    assert!(
        beside.ends_with("by Rédaction [unattributed] [International Criminal Court] +3"),
        "{beside}"
    );
}

#[test]
fn the_reader_header_shows_every_tag_when_they_fit() {
    // Near miss: room for both tags, no count.
    let en = meta_line(&reader(Lang::En, 100));
    assert!(
        en.ends_with("by Rédaction [International Criminal Court] [intrusion]"),
        "{en}"
    );
    let fr = meta_line(&reader(Lang::Fr, 100));
    assert!(
        fr.ends_with("par Rédaction [Cour pénale internationale] [intrusion]"),
        "{fr}"
    );
}

/// The first line of the reader's tag panel.
fn panel_head(app: &App) -> String {
    let text = screen_text(draw(app).backend().buffer());
    let line = text
        .lines()
        .find(|l| l.trim_start_matches([' ', '│']).starts_with("── "))
        .unwrap();
    line.trim_matches([' ', '│']).to_owned()
}

#[test]
fn the_suggestion_panel_names_all_its_keys_whole_at_80_and_60_columns() {
    for width in [80, 60] {
        // Before, at 80 columns: « … x retirer/rejeter · < … », the move keys cut off.
        let fr = panel_head(&reader_with_suggestions(Lang::Fr, 2, width));
        assert!(
            fr.contains("A les sûres · + une · x retirer/rejeter · < > choisir"),
            "{width}: {fr}"
        );
        let en = panel_head(&reader_with_suggestions(Lang::En, 2, width));
        assert!(
            en.contains("A high ones · + one · x remove/reject · < > move"),
            "{width}: {en}"
        );
        assert!(!fr.contains('…') && !en.contains('…'), "{fr}\n{en}");
    }
    // Where it all fits, the panel's title leads (English at 80 columns).
    let en = panel_head(&reader_with_suggestions(Lang::En, 2, 80));
    assert!(
        en.starts_with("── Tags and suggestions — A high ones"),
        "{en}"
    );
}

#[test]
fn a_narrow_panel_keeps_its_first_keys_whole() {
    // Near miss of the above: at 40 columns the last keys give way, whole.
    let fr = panel_head(&reader_with_suggestions(Lang::Fr, 2, 40));
    assert_eq!(fr, "── A les sûres · + une");
}

/// The sidebar's feed rows at `width` columns, after `feeds` are loaded.
fn sidebar_of(feeds: &[&str], width: u16) -> Vec<String> {
    let mut app = booted(Lang::En, width, 24, 50);
    let loaded = feeds
        .iter()
        .map(|name| veille::tui::msg::FeedCount {
            name: (*name).to_owned(),
            unread: 3,
            total: 5,
            failure: None,
        })
        .collect();
    update(&mut app, Msg::FeedsLoaded(Ok(loaded)));
    let screen = screen_text(draw(&app).backend().buffer());
    // The sidebar is the screen's left column, up to its right border.
    screen
        .lines()
        .filter_map(|l| {
            let cell = l.split('│').nth(1)?.trim();
            cell.ends_with(" 3").then(|| cell.to_owned())
        })
        .collect()
}

#[test]
fn two_feeds_cut_to_the_same_text_keep_what_tells_them_apart_80_columns() {
    // Both real subscription lists of the fixtures hold BleepingComputer, at /feed and /feed/:
    // imported one after the other, the second is « BleepingComputer (2) ». Both read
    // « BleepingCo… » in the sidebar at 80 columns.
    let rows = sidebar_of(&["BleepingComputer", "BleepingComputer (2)", "ZATAZ"], 80);
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_ne!(rows[0], rows[1], "{rows:?}");
    assert!(rows[1].contains("… (2)"), "{rows:?}");
    assert!(rows[0].starts_with("BleepingC"), "{rows:?}");
    assert!(rows[2].starts_with("ZATAZ"), "{rows:?}");
    // Near miss: names that part before the cut are cut as before, at the end.
    let rows = sidebar_of(&["BleepingComputer", "SecurityWeek Headlines"], 80);
    assert!(
        rows[1].starts_with("SecurityWe") && rows[1].contains('…'),
        "{rows:?}"
    );
    assert!(rows[0].starts_with("BleepingCom…"), "{rows:?}");
}

//! Whole screens drawn into ratatui's `TestBackend`, with fixture data and a fixed clock, compared
//! with insta snapshots; and what a feed's hostile text leaves on screen (nothing of its escapes).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod tui_fixtures;

use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;
use tui_fixtures::*;
use veille::model::{Facet, Lang};
use veille::tui::msg::{DbJob, Page};
use veille::tui::theme::Theme;
use veille::tui::{App, Msg, update, view};

fn reader_app(lang: Lang, width: u16, height: u16) -> App {
    let mut app = booted(lang, width, height, 50);
    let effects = update(&mut app, code(KeyCode::Enter));
    answer_article(&mut app, &effects, 3);
    app
}

#[test]
fn list_80x24_english() {
    let app = booted(Lang::En, 80, 24, 50);
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn list_80x24_french() {
    let app = booted(Lang::Fr, 80, 24, 50);
    let terminal = draw(&app);
    let text = screen_text(terminal.backend().buffer());
    assert!(text.contains("Non lus") && text.contains("Favoris") && !text.contains("Starred"));
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn reader_beside_the_list_160x48_english() {
    let app = reader_app(Lang::En, 160, 48);
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn reader_replaces_the_list_80x24_french() {
    let app = reader_app(Lang::Fr, 80, 24);
    let terminal = draw(&app);
    let text = screen_text(terminal.backend().buffer());
    assert!(
        !text.contains("Flux"),
        "the sidebar gives way to the reader on a narrow terminal"
    );
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn help_80x24_english() {
    let mut app = booted(Lang::En, 80, 24, 50);
    update(&mut app, key('?'));
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn help_160x48_french() {
    let mut app = booted(Lang::Fr, 160, 48, 50);
    update(&mut app, key('?'));
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn search_box_and_applied_search_80x24_french() {
    let mut app = booted(Lang::Fr, 80, 24, 50);
    update(&mut app, key('/'));
    type_text(&mut app, "rançongiciel");
    let mut terminal = draw(&app);
    insta::assert_snapshot!("search_box_typing", terminal.backend());
    let effects = update(&mut app, code(KeyCode::Enter));
    answer_pages(&mut app, &effects, 3);
    terminal.draw(|frame| view(&app, frame)).expect("draw");
    insta::assert_snapshot!("search_applied", terminal.backend());
}

#[test]
fn refresh_gauge_80x24_english() {
    let mut app = booted(Lang::En, 80, 24, 50);
    update(&mut app, key('r'));
    update(
        &mut app,
        Msg::RefreshProgress {
            done: 3,
            total: 4,
            feed: "ZATAZ".into(),
        },
    );
    // ZATAZ is done; the fourth feed is the one still fetched (a 20 s timeout showed the name
    // of the feed before it the whole time, as if that one were slow).
    let text = screen_text(draw(&app).backend().buffer());
    assert!(text.contains("3/4 feeds done, last ZATAZ"), "{text}");
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn empty_store_says_how_to_fetch_160x48_french() {
    let mut app = App::new(settings(Lang::Fr), 160, 48);
    update(&mut app, Msg::Tick(now()));
    let effects = veille::tui::init(&mut app);
    answer_pages(&mut app, &effects, 0);
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn remapped_keys_are_the_keys_the_hints_name() {
    let user = [("help", "h"), ("refresh", "R"), ("back", "backspace")]
        .into_iter()
        .map(|(action, key)| (action.to_owned(), vec![key.to_owned()]))
        .collect();
    let mut remapped = settings(Lang::En);
    remapped.keymap = remapped.keymap.with_overrides(&user).expect("valid remap");
    let mut app = App::new(remapped, 80, 24);
    update(&mut app, Msg::Tick(now()));
    let effects = veille::tui::init(&mut app);
    answer_pages(&mut app, &effects, 0);
    let text = screen_text(draw(&app).backend().buffer());
    assert!(text.contains("Press R to fetch the feeds"), "{text}");
    assert!(
        text.contains(
            "h help · / search · N next unread · M all read · S sort · R refresh · q quit"
        ),
        "{text}"
    );
    assert!(
        !text.contains("? help") && !text.contains("Press r "),
        "{text}"
    );
    // The help opens with the new key and says which keys close it.
    update(&mut app, key('h'));
    let text = screen_text(draw(&app).backend().buffer());
    assert!(text.contains("Backspace or h closes this help"), "{text}");
}

#[test]
fn hostile_feed_text_shows_nothing_of_its_escape_sequences() {
    let mut app = booted(Lang::En, 80, 24, 50);
    let mut hostile = row(0);
    hostile.title = "Clipboard \x1b]52;c;aGVsbG8=\x07hijack and \x1b[31mred\x1b[0m text".into();
    hostile.feed = "Evil\x1b[2J Feed".into();
    hostile.tags.actor = vec!["\x1b]0;pwned\x07Sandworm".into()];
    let generation = app.list.generation + 1;
    app.list.reload();
    update(
        &mut app,
        Msg::PageLoaded {
            generation,
            offset: 0,
            result: Ok(Page {
                rows: vec![hostile.clone()],
                total: Some(1),
                kinds: Vec::new(),
                stories: None,
            }),
        },
    );
    let terminal = draw(&app);
    let text = screen_text(terminal.backend().buffer());
    assert!(
        text.contains("Evil Feed") && text.contains("Clipboard hijack and re"),
        "{text}"
    );
    for leak in ["\u{1b}", "\u{7}", "52;c", "aGVsbG8", "[31m", "[2J", "pwned"] {
        assert!(!text.contains(leak), "{leak:?} reached the screen:\n{text}");
    }
    insta::assert_snapshot!(terminal.backend());

    // The reader's header draws the same title safely.
    let effects = update(&mut app, code(KeyCode::Enter));
    let mut article = article(0, 1);
    article.summary = hostile;
    article.author = Some("\x1b]52;c;aGVsbG8=\x07Mallory".into());
    article.content_html = Some("<p>body &#27;]52;c;aGVsbG8=&#7; end</p>".into());
    answer_with(&mut app, &effects, article);
    let text = screen_text(draw(&app).backend().buffer());
    assert!(
        text.contains("Clipboard hijack and red text")
            && text.contains("Mallory")
            && text.contains("end"),
        "{text}"
    );
    for leak in ["\u{1b}", "\u{7}", "[31m", "pwned"] {
        assert!(!text.contains(leak), "{leak:?} reached the reader:\n{text}");
    }
}

/// The reader gives a title two lines: one longer was cut with no mark, so a user read the
/// first two lines as the whole title. The second line now ends in `…`, at 60 columns as at 80.
#[test]
fn a_title_longer_than_the_readers_two_lines_ends_in_an_ellipsis() {
    for width in [60, 80] {
        let mut app = booted(Lang::Fr, width, 20, 50);
        let effects = update(&mut app, code(KeyCode::Enter));
        let mut article = article(0, 1);
        article.summary.title = format!(
            "Cyberattaque contre la mairie de Saint-Nazaire : {}fin du titre",
            "les services en ligne sont coupés, ".repeat(4)
        );
        answer_with(&mut app, &effects, article);
        let text = screen_text(draw(&app).backend().buffer());
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[2].contains("Cyberattaque contre la mairie"), "{text}");
        assert!(
            lines[3].trim_end_matches([' ', '│']).ends_with('…'),
            "{text}"
        );
        assert!(!text.contains("fin du titre"), "{text}");
    }
}

/// At 60 columns the export prompt's own words filled the status bar: the file name, and what
/// the user typed, were drawn past its end. The prompt now gives way and the text scrolls, the
/// terminal cursor on the last character typed.
#[test]
fn a_narrow_terminal_keeps_what_is_typed_in_the_export_prompt_in_sight() {
    let mut app = booted(Lang::Fr, 60, 20, 50);
    update(&mut app, key('E'));
    let text = screen_text(draw(&app).backend().buffer());
    let status = text.lines().last().unwrap().to_owned();
    assert!(status.contains("Exporter en csv"), "{status}");
    assert!(status.trim_end().ends_with(".csv"), "{status}");
    update(&mut app, ctrl('u'));
    type_text(
        &mut app,
        "/home/analyste/rapports/hebdomadaires/2026/semaine-48.csv",
    );
    let mut terminal = draw(&app);
    let text = screen_text(terminal.backend().buffer());
    let status = text.lines().last().unwrap().trim_end().to_owned();
    assert!(status.ends_with("/2026/semaine-48.csv"), "{status}");
    assert!(status.contains('…'), "{status}");
    let cursor = terminal.get_cursor_position().unwrap();
    assert_eq!(
        (cursor.x, cursor.y),
        (u16::try_from(status.chars().count()).unwrap(), 19)
    );
}

/// At 80 columns in French, the markdown export prompt was cut in the middle of its key reminder
/// and ran into the file name (« …(Tab : format, Éch…veille-2026-12-02.md »): the reminder gives
/// way, whole, before the path is cut. In English the whole prompt still fits.
#[test]
fn the_export_prompt_drops_its_key_reminder_rather_than_cut_words() {
    let status = |lang: Lang| {
        let mut app = booted(lang, 80, 24, 50);
        update(&mut app, key('E'));
        update(&mut app, code(KeyCode::Tab));
        update(&mut app, code(KeyCode::Tab));
        let text = screen_text(draw(&app).backend().buffer());
        text.lines().last().unwrap().trim_end().to_owned()
    };
    let fr = status(Lang::Fr);
    assert!(fr.starts_with("Exporter en markdown vers\u{a0}: "), "{fr}");
    assert!(fr.ends_with(".md") && !fr.contains('…'), "{fr}");
    let en = status(Lang::En);
    assert!(
        en.starts_with("Export as markdown (Tab: format, Esc: cancel) to: "),
        "{en}"
    );
    assert!(en.ends_with(".md") && !en.contains('…'), "{en}");
}

/// Invisible characters a feed can hide text in, or use to push what follows them sideways: a
/// terminal may draw a soft hyphen, a tag or a joiner with a width ratatui did not count.
const INVISIBLE: [char; 12] = [
    '\u{00AD}',
    '\u{200B}',
    '\u{200C}',
    '\u{200D}',
    '\u{2060}',
    '\u{FEFF}',
    '\u{3164}',
    '\u{FE0F}',
    '\u{E0001}',
    '\u{E0041}',
    '\u{E007F}',
    '\u{E0100}',
];

/// What the reader draws of feed text hiding invisible characters (a database from an older
/// version may hold them): none of them, in the list or the reader, and every pane border where the
/// others are.
#[test]
fn invisible_characters_in_feed_text_are_not_drawn() {
    let mut app = booted(Lang::En, 160, 48, 50);
    // Each after a letter: the ones that extend a grapheme (joiners, tags, selectors) stay in the
    // letter's cell and reach the terminal with it.
    let hidden: String = INVISIBLE.iter().flat_map(|&c| ['x', c]).collect();
    let mut sneaky = row(0);
    sneaky.title = format!("Cyber\u{00AD}attaque{hidden} contre\u{200B} l'hôpital");
    sneaky.feed = format!("Hid{hidden}den");
    sneaky.tags.actor = vec![format!("APT{hidden}28")];
    let generation = app.list.generation + 1;
    app.list.reload();
    update(
        &mut app,
        Msg::PageLoaded {
            generation,
            offset: 0,
            result: Ok(Page {
                rows: vec![sneaky.clone()],
                total: Some(1),
                kinds: Vec::new(),
                stories: None,
            }),
        },
    );
    let effects = update(&mut app, code(KeyCode::Enter));
    let mut article = article(0, 1);
    article.summary = sneaky;
    article.author = Some(format!("Mal{hidden}lory"));
    article.content_html = Some(format!(
        "<p>Ran\u{00AD}çon{hidden}giciel &shy;&zwj;&#8203;fin</p>"
    ));
    answer_with(&mut app, &effects, article);
    let terminal = draw(&app);
    let text = screen_text(terminal.backend().buffer());
    let x = "x".repeat(INVISIBLE.len());
    assert!(
        text.contains(&format!("Cyberattaque{x} contre l'hôpital"))
            && text.contains(&format!("by Mal{x}lo"))
            && text.contains(&format!("Rançon{x}giciel fin")),
        "{text}"
    );
    let found: Vec<char> = text.chars().filter(|c| INVISIBLE.contains(c)).collect();
    assert!(found.is_empty(), "{found:?} reached the screen:\n{text}");
    // Each row has its pane borders at the same columns as the header row's corners.
    let columns = |line: &str| -> Vec<usize> {
        line.chars()
            .enumerate()
            .filter(|(_, c)| matches!(c, '│' | '┌' | '┐'))
            .map(|(i, _)| i)
            .collect()
    };
    let lines: Vec<&str> = text.lines().collect();
    let frame = columns(lines[1]);
    for line in &lines[2..lines.len() - 2] {
        assert_eq!(columns(line), frame, "a border moved:\n{text}");
    }
}

#[test]
fn no_color_draws_without_any_colour() {
    let mut app = booted(Lang::En, 80, 24, 50);
    app.settings.theme = Theme::for_env(Some("1"), app.settings.theme);
    update(&mut app, key('?'));
    let terminal = draw(&app);
    let coloured = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .filter(|c| c.fg != Color::Reset || c.bg != Color::Reset)
        .count();
    assert_eq!(coloured, 0);

    // With colours, the selected row is highlighted by colour.
    let app = booted(Lang::En, 80, 24, 50);
    let terminal = draw(&app);
    let selected_row = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .skip(2 * 80)
        .take(80);
    assert!(selected_row.filter(|c| c.bg == Color::Cyan).count() > 40);
}

#[test]
fn t_cycles_the_open_article_s_tlp_and_the_reader_header_shows_it() {
    use veille::model::Tlp;
    use veille::tui::Effect;
    let mut list = booted(Lang::En, 120, 30, 50);
    assert!(
        update(&mut list, key('T')).is_empty(),
        "the list has no TLP to cycle"
    );
    assert!(list.notice.as_ref().is_some_and(|n| n.error));

    let mut app = reader_app(Lang::En, 120, 30);
    let id = app.reader.open.as_ref().unwrap().article.summary.id;
    let mut seen = Vec::new();
    for _ in 0..6 {
        match update(&mut app, key('T')).as_slice() {
            [Effect::Db(DbJob::SetTlp { id: stored, tlp })] => {
                assert_eq!(*stored, id);
                assert_eq!(app.reader.open.as_ref().unwrap().article.tlp, *tlp);
                seen.push(*tlp);
            }
            other => panic!("{other:?}"),
        }
        if seen.last() == Some(&Some(Tlp::Amber)) {
            assert!(header(&app).contains("TLP:AMBER"), "{}", header(&app));
        }
    }
    let levels: Vec<Option<Tlp>> = Tlp::ALL.into_iter().map(Some).chain([None]).collect();
    assert_eq!(seen, levels, "CLEAR to RED, then back to the default");
    assert!(
        !header(&app).contains("TLP:"),
        "the default is not shown as the article's own"
    );
}

/// The reader's line of metadata (feed, date, language, author).
fn header(app: &App) -> String {
    let text = screen_text(draw(app).backend().buffer());
    text.lines()
        .find(|l| l.contains("Rédaction"))
        .unwrap_or_default()
        .to_owned()
}

/// The reader of row 0 with its tags (ICC, intrusion) plus a country and ransomware, the tag panel
/// shown, and the sidebar's values loaded.
fn tagged_reader_app(lang: Lang) -> App {
    let mut app = booted(lang, 160, 40, 50);
    update(
        &mut app,
        Msg::TagValuesLoaded {
            facet: Facet::Target,
            result: Ok(vec![("NL".into(), 4), ("health".into(), 2)]),
        },
    );
    update(
        &mut app,
        Msg::TagValuesLoaded {
            facet: Facet::Actor,
            result: Ok(vec![("unattributed".into(), 3)]),
        },
    );
    let effects = update(&mut app, code(KeyCode::Enter));
    answer_article(&mut app, &effects, 0);
    let id = app.reader.open.as_ref().unwrap().article.summary.id;
    tag_three_more(&mut app, id);
    update(&mut app, key('>'));
    app
}

#[test]
fn tags_show_their_french_labels_with_french_typography_160x40() {
    let app = tagged_reader_app(Lang::Fr);
    let terminal = draw(&app);
    let text = screen_text(terminal.backend().buffer());
    for line in [
        "✓ Acteur\u{a0}: non attribué",
        "✓ Cible\u{a0}: Cour pénale internationale",
        "✓ Pays\u{a0}: Pays-Bas",
        "✓ Type d'attaque\u{a0}: rançongiciel",
        "✓ Type d'attaque\u{a0}: intrusion",
    ] {
        assert!(text.contains(line), "{line:?} missing in\n{text}");
    }
    // The header's chips whole, and how many more the line has no room for (the panel lists them).
    assert!(
        text.contains("par Rédaction [non attribué] +4 │"),
        "reader chips\n{text}"
    );
    assert!(
        text.contains("a non attribué") && text.contains("t Pays-Bas") && text.contains("t santé"),
        "sidebar values\n{text}"
    );
    assert!(
        !text.contains("ransomware") && !text.contains(" NL"),
        "{text}"
    );
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn tags_show_their_english_labels_in_english_not_their_codes() {
    let app = tagged_reader_app(Lang::En);
    let text = screen_text(draw(&app).backend().buffer());
    for line in [
        "✓ Actor: unattributed",
        "✓ Target: International Criminal Court",
        "✓ Country: Netherlands",
        "✓ Attack type: ransomware",
    ] {
        assert!(text.contains(line), "{line:?} missing in\n{text}");
    }
    assert!(text.contains("t Netherlands"), "sidebar values\n{text}");
    assert!(!text.contains(" NL"), "a code on screen\n{text}");
}

/// `veille show` prints what the reader draws: the same title, meta line and link, and the body's
/// lines as the reader wraps them (no `**` or `*` marks, links numbered and listed as on screen).
#[test]
fn show_prints_the_lines_the_reader_draws() {
    let app = reader_app(Lang::En, 80, 60);
    let open = app.reader.open.as_ref().expect("an open article");
    let shown = veille::text::layout::article_text(&open.article, usize::from(open.width));
    let screen = screen_text(draw(&app).backend().buffer());
    let rows: Vec<&str> = screen.lines().collect();
    let (head, body) = shown.split_once("\n\n").expect("a header, then the body");
    let mut at = 0;
    for line in head.lines().chain(body.lines()) {
        let line = line.trim();
        if line.is_empty() || line.starts_with('─') {
            continue;
        }
        let found = rows[at..].iter().position(|row| row.contains(line));
        let Some(found) = found else {
            panic!("show printed {line:?}, which the reader does not draw there:\n{screen}");
        };
        at += found + 1;
    }
    assert!(body.contains("[3] https://src.example/3"), "{body}");
}

/// The reader on an article with a committed two-line note, and the list marking it.
fn noted_reader_app(lang: Lang) -> App {
    let mut app = reader_app(lang, 160, 30);
    let id = app.reader.open.as_ref().unwrap().article.summary.id;
    update(
        &mut app,
        Msg::NoteSaved(Ok(veille::tui::msg::NoteChange {
            id,
            before: None,
            after: Some("Piste : APT28 ?\nRevoir lundi avec le CERT".into()),
            undo: false,
        })),
    );
    app
}

#[test]
fn the_reader_shows_the_note_under_its_header_and_the_list_marks_it_english() {
    let app = noted_reader_app(Lang::En);
    let terminal = draw(&app);
    let text = screen_text(terminal.backend().buffer());
    assert!(text.contains("Note: Piste : APT28 ?"), "{text}");
    assert!(text.contains("      Revoir lundi avec le CERT"), "{text}");
    assert!(
        text.contains("✎ "),
        "the list marks the noted article:\n{text}"
    );
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn the_reader_shows_the_note_under_its_header_french() {
    let app = noted_reader_app(Lang::Fr);
    let terminal = draw(&app);
    let text = screen_text(terminal.backend().buffer());
    assert!(text.contains("Note\u{a0}: Piste"), "{text}");
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn the_note_editor_names_its_keys_80x24_french_and_english() {
    for lang in [Lang::Fr, Lang::En] {
        let mut app = reader_app(lang, 80, 24);
        update(&mut app, key('n'));
        type_text(&mut app, "Piste APT28");
        update(&mut app, code(KeyCode::Enter));
        type_text(&mut app, "revoir");
        let terminal = draw(&app);
        let text = screen_text(terminal.backend().buffer());
        let keys = match lang {
            Lang::Fr => "Ctrl-s enregistrer · Entrée nouvelle ligne · Échap annuler",
            Lang::En => "Ctrl-s save · Enter new line · Esc cancel",
        };
        assert!(text.contains(keys), "{text}");
        insta::assert_snapshot!(format!("note_editor_{}", lang.code()), terminal.backend());
    }
}

/// A list whose ZATAZ feed failed its last fetch, the sidebar's cursor on it.
fn failing_feed_app(lang: Lang) -> App {
    use veille::tui::msg::FeedFailure;
    let mut app = booted(lang, 120, 24, 50);
    let mut feeds = feeds();
    let zataz = feeds.iter_mut().find(|f| f.name == "ZATAZ").unwrap();
    zataz.failure = Some(FeedFailure {
        reason: "server answered 503 Service Unavailable\u{1b}[2J".into(),
        status: Some(503),
        last_success: Some(now() - chrono::Duration::days(3)),
        failing_since: Some(now() - chrono::Duration::days(2)),
    });
    update(&mut app, Msg::FeedsLoaded(Ok(feeds)));
    update(&mut app, code(KeyCode::BackTab));
    let row = app
        .sidebar
        .feeds
        .iter()
        .position(|f| f.name == "ZATAZ")
        .unwrap();
    for _ in 0..row + 6 {
        update(&mut app, key('j'));
    }
    app
}

#[test]
fn a_failing_feed_is_marked_and_the_status_says_why_english() {
    let app = failing_feed_app(Lang::En);
    let terminal = draw(&app);
    let text = screen_text(terminal.backend().buffer());
    assert!(text.contains("! ZATAZ"), "{text}");
    assert!(
        text.contains(
            "ZATAZ fails: server answered 503 Service Unavailable (HTTP 503) — since 2023-09-18, last success 2023-09-17"
        ),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'));
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn a_failing_feed_is_marked_and_the_status_says_why_french() {
    let app = failing_feed_app(Lang::Fr);
    let terminal = draw(&app);
    let text = screen_text(terminal.backend().buffer());
    assert!(
        text.contains("ZATAZ en échec\u{a0}: server answered 503"),
        "{text}"
    );
    assert!(text.contains("dernier succès le"), "{text}");
    insta::assert_snapshot!(terminal.backend());
}

/// Every row of the help, scrolled from top to bottom, as one line of words (borders dropped).
fn help_words(app: &mut App) -> String {
    update(app, key('?'));
    let mut text = String::new();
    for _ in 0..80 {
        text.push_str(&screen_text(draw(app).backend().buffer()));
        text.push('\n');
        update(app, key('j'));
    }
    text.replace(['│', '┌', '┐', '└', '┘', '─'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_help_shows_every_key_s_meaning_whole_at_any_width() {
    for lang in [Lang::En, Lang::Fr] {
        for (width, height) in [(80, 24), (120, 40), (200, 60)] {
            let mut app = booted(lang, width, height, 50);
            let words = help_words(&mut app);
            for action in veille::tui::keymap::Action::all() {
                let meaning = app.settings.keymap.description(action, lang);
                let meaning = meaning.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(
                    words.contains(&meaning),
                    "{lang:?} {width}x{height}: the help cuts {meaning:?}:\n{words}"
                );
            }
        }
    }
}

//! The reader's remaining habits (issue 12) over `update` and whole screens: sort order, the
//! failing feeds overlay, copying the link (OSC 52), hints that follow the context and the keymap,
//! dates on the local clock, and N/P reaching across the whole list.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod tui_fixtures;

use ratatui::crossterm::event::KeyCode;
use tui_fixtures::*;
use veille::model::{ArticleId, Lang, Sort};
use veille::tui::model::{Overlay, Pane, Zone};
use veille::tui::msg::{DbJob, FeedFailure};
use veille::tui::{App, Effect, Msg, update};

fn text(app: &App) -> String {
    screen_text(draw(app).backend().buffer())
}

fn status(app: &App) -> String {
    text(app).lines().last().unwrap_or_default().to_owned()
}

fn notice(app: &App) -> String {
    app.notice
        .as_ref()
        .map(|n| n.render(app.settings.lang, &app.settings.keymap))
        .unwrap_or_default()
}

fn page_sorts(effects: &[Effect]) -> Vec<Sort> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Db(DbJob::LoadPage { filter, .. }) => Some(filter.sort),
            _ => None,
        })
        .collect()
}

#[test]
fn s_cycles_the_sort_which_the_store_query_carries_and_the_header_shows() {
    let mut app = booted(Lang::En, 100, 24, 1000);
    assert!(text(&app).contains("All · all languages · newest first"));
    let effects = update(&mut app, key('S'));
    assert_eq!(
        page_sorts(&effects),
        vec![Sort::Feed],
        "a new query, sorted"
    );
    answer_pages(&mut app, &effects, 1000);
    assert!(text(&app).contains("· by feed"), "{}", text(&app));
    let effects = update(&mut app, key('S'));
    assert_eq!(page_sorts(&effects), vec![Sort::Title]);
    answer_pages(&mut app, &effects, 1000);
    assert!(text(&app).contains("· by title"));
    // Every later page of the list (scrolling) asks for the same order.
    let effects = send(&mut app, (0..190).map(|_| key('j')));
    assert!(!page_sorts(&effects).is_empty());
    assert!(page_sorts(&effects).iter().all(|s| *s == Sort::Title));
    // So does what acts on the whole list: the export is of the list as shown.
    assert_eq!(app.filter().sort, Sort::Title);
    let effects = update(&mut app, key('S'));
    assert_eq!(page_sorts(&effects), vec![Sort::Date]);
}

#[test]
fn the_french_header_says_the_order_in_french() {
    let mut app = booted(Lang::Fr, 100, 24, 50);
    assert!(text(&app).contains("plus récents d'abord"));
    let effects = send(&mut app, [key('S'), key('S')]);
    answer_pages(&mut app, &effects, 50);
    assert!(text(&app).contains("· par titre"), "{}", text(&app));
}

fn failing_app(lang: Lang) -> App {
    let mut app = booted(lang, 100, 24, 50);
    let mut feeds = feeds();
    feeds[1].failure = Some(FeedFailure {
        reason: "server answered 503 Service Unavailable\u{1b}[2J\u{7}".into(),
        status: Some(503),
        last_success: Some(now() - chrono::Duration::days(3)),
        failing_since: Some(now() - chrono::Duration::days(2)),
    });
    feeds[3].failure = Some(FeedFailure {
        reason: "connection refused".into(),
        status: None,
        last_success: None,
        failing_since: None,
    });
    update(&mut app, Msg::FeedsLoaded(Ok(feeds)));
    app
}

#[test]
fn bang_lists_the_failing_feeds_with_reason_status_and_since_when_and_esc_closes() {
    let mut app = failing_app(Lang::En);
    update(&mut app, key('!'));
    assert_eq!(app.overlay, Overlay::FailingFeeds { scroll: 0 });
    let terminal = draw(&app);
    let screen = screen_text(terminal.backend().buffer());
    assert!(screen.contains("Failing feeds (2)"), "{screen}");
    assert!(
        screen.contains("! ZATAZ (HTTP 503) — server answered 503 Service Unavailable"),
        "{screen}"
    );
    assert!(
        screen.contains("since 2023-09-18 10:00 UTC, last success 2023-09-17 10:00 UTC"),
        "{screen}"
    );
    assert!(
        screen.contains("! The Record — connection refused"),
        "{screen}"
    );
    assert!(screen.contains("never fetched"), "{screen}");
    assert!(screen.contains("Esc or ! closes this list"), "{screen}");
    assert!(!screen.contains('\u{1b}') && !screen.contains('\u{7}'));
    insta::assert_snapshot!("failing_feeds_en", terminal.backend());
    // The list's keys do nothing meanwhile; Esc closes.
    let selected = app.list.selected;
    update(&mut app, key('j'));
    assert_eq!(app.list.selected, selected);
    update(&mut app, code(KeyCode::Esc));
    assert_eq!(app.overlay, Overlay::None);
    // `!` again closes it too, and Ctrl-C quits from it as from the help.
    update(&mut app, key('!'));
    update(&mut app, key('!'));
    assert_eq!(app.overlay, Overlay::None);
    update(&mut app, key('!'));
    assert_eq!(update(&mut app, ctrl('c')), vec![Effect::Quit]);
}

/// A feed that answers 404 failed with the reason "HTTP 404": the overlay and the status bar said
/// "(HTTP 404) — HTTP 404", the status twice.
#[test]
fn a_reason_that_is_the_http_status_is_said_once() {
    let mut app = booted(Lang::En, 100, 24, 50);
    let mut feeds = feeds();
    feeds[1].failure = Some(FeedFailure {
        reason: "HTTP 404".into(),
        status: Some(404),
        last_success: None,
        failing_since: None,
    });
    let name = feeds[1].name.clone();
    update(&mut app, Msg::FeedsLoaded(Ok(feeds)));
    update(&mut app, key('!'));
    let screen = screen_text(draw(&app).backend().buffer());
    assert!(screen.contains(&format!("! {name} — HTTP 404")), "{screen}");
    assert_eq!(screen.matches("404").count(), 1, "{screen}");
}

#[test]
fn the_failing_feeds_in_french_and_when_none_fails() {
    let mut app = failing_app(Lang::Fr);
    update(&mut app, key('!'));
    let terminal = draw(&app);
    let screen = screen_text(terminal.backend().buffer());
    assert!(screen.contains("Flux en échec (2)"), "{screen}");
    assert!(screen.contains("jamais récupéré"), "{screen}");
    assert!(screen.contains("Échap ou ! ferme cette liste"), "{screen}");
    insta::assert_snapshot!("failing_feeds_fr", terminal.backend());

    let mut calm = booted(Lang::En, 100, 24, 50);
    update(&mut calm, key('!'));
    assert!(
        text(&calm).contains("No feed fails: each one answered at its last fetch."),
        "{}",
        text(&calm)
    );
}

#[test]
fn c_copies_the_highlighted_article_s_link_and_says_so() {
    let mut app = booted(Lang::En, 100, 24, 50);
    send(&mut app, [key('j'), key('j')]);
    let effects = update(&mut app, key('c'));
    assert_eq!(
        effects,
        vec![Effect::CopyToClipboard("https://news.example/2".into())]
    );
    assert_eq!(
        notice(&app),
        "Link copied (if the terminal allows OSC 52): https://news.example/2"
    );
    assert!(status(&app).contains("Link copied"), "{}", status(&app));
}

#[test]
fn c_refuses_a_link_that_could_carry_anything_but_a_web_address() {
    let mut app = booted(Lang::Fr, 100, 24, 50);
    let id = app.list.selected_row().unwrap().id;
    for hostile in [
        "https://news.example/\u{1b}]52;c;ZWNobyBwd25lZA==\u{7}",
        "https://news.example/a\nrm -rf ~",
        "javascript:alert(1)",
    ] {
        app.list.find_mut(id).unwrap().url = Some(hostile.into());
        let effects = update(&mut app, key('c'));
        assert!(effects.is_empty(), "{hostile:?}: {effects:?}");
        assert!(
            notice(&app).starts_with("Lien non copié"),
            "{}",
            notice(&app)
        );
        let screen = text(&app);
        assert!(!screen.contains('\u{1b}') && !screen.contains('\u{7}'));
    }
    app.list.find_mut(id).unwrap().url = None;
    assert!(update(&mut app, key('c')).is_empty());
    assert_eq!(notice(&app), "Cet article n'a pas de lien");
}

#[test]
fn the_hint_follows_the_context_and_names_the_user_s_keys() {
    let mut app = booted(Lang::En, 100, 24, 50);
    assert!(status(&app).starts_with("? help · / search · N next unread"));
    // A searched list says how to clear the search.
    send(&mut app, [key('/'), key('x')]);
    assert!(
        status(&app).ends_with("Enter applies · Esc cancels"),
        "{}",
        status(&app)
    );
    update(&mut app, code(KeyCode::Enter));
    assert!(
        status(&app).starts_with("Esc clears the search"),
        "{}",
        status(&app)
    );
    let effects = update(&mut app, code(KeyCode::Esc));
    answer_pages(&mut app, &effects, 50);
    // The reader.
    let effects = update(&mut app, code(KeyCode::Enter));
    answer_article(&mut app, &effects, 0);
    assert!(
        status(&app).starts_with("Esc back · J K next/previous · n note · c copy link"),
        "{}",
        status(&app)
    );
    // The tag prompt, and an overlay.
    update(&mut app, key('a'));
    assert!(status(&app).starts_with("Enter applies · Tab/↓ picks"));
    update(&mut app, code(KeyCode::Esc));
    update(&mut app, key('!'));
    assert!(status(&app).starts_with("Esc closes · j k scroll"));
    update(&mut app, code(KeyCode::Esc));
    // The sidebar.
    update(&mut app, code(KeyCode::Esc));
    update(&mut app, code(KeyCode::BackTab));
    assert_eq!(app.focus, Pane::Sidebar);
    assert!(
        status(&app).starts_with("Enter show · ! failing feeds"),
        "{}",
        status(&app)
    );

    // Remapped keys are the keys the hints name.
    let user = [
        ("copy_link", "Y"),
        ("back", "backspace"),
        ("failing_feeds", "L"),
    ]
    .into_iter()
    .map(|(action, key)| (action.to_owned(), vec![key.to_owned()]))
    .collect();
    let mut remapped = settings(Lang::En);
    remapped.keymap = remapped.keymap.with_overrides(&user).unwrap();
    let mut app = App::new(remapped, 100, 24);
    update(&mut app, Msg::Tick(now()));
    let effects = veille::tui::init(&mut app);
    answer_pages(&mut app, &effects, 50);
    let effects = update(&mut app, code(KeyCode::Enter));
    answer_article(&mut app, &effects, 0);
    let hint = status(&app);
    assert!(
        hint.starts_with("Backspace back · J K next/previous · n note · Y copy link"),
        "{hint}"
    );
    assert!(!hint.contains("c copy"), "{hint}");
    update(&mut app, key('L'));
    assert!(text(&app).contains("Backspace or L closes this list"));
}

#[test]
fn dates_are_shown_on_the_local_clock() {
    let mut settings = settings(Lang::En);
    // Paris in September: UTC+2. Row 0 is 09:00 UTC, row 10 is 23:00 UTC the day before.
    settings.zone = Zone::Fixed(chrono::FixedOffset::east_opt(2 * 3600).unwrap());
    let mut app = App::new(settings, 120, 24);
    update(&mut app, Msg::Tick(now()));
    let effects = veille::tui::init(&mut app);
    answer_pages(&mut app, &effects, 50);
    let screen = text(&app);
    let first = screen
        .lines()
        .find(|l| l.contains("Les cybercriminels"))
        .unwrap();
    assert!(
        first.contains("11:00 fr"),
        "09:00 UTC is 11:00 in Paris: {first}"
    );
    // In the reader's header too, with its offset.
    let effects = update(&mut app, code(KeyCode::Enter));
    answer_article(&mut app, &effects, 0);
    assert!(
        text(&app).contains("2023-09-20 11:00 +02:00"),
        "{}",
        text(&app)
    );
}

#[test]
fn next_unread_beyond_the_loaded_rows_asks_the_store_and_goes_there() {
    let mut app = booted(Lang::En, 100, 24, 1000);
    // Every loaded row is read: the loaded window has nothing to offer.
    for row in &mut app.list.rows {
        row.read = true;
    }
    let loaded = app.list.rows.len();
    assert!(loaded < 1000);
    let effects = update(&mut app, key('N'));
    let (from, forward, generation) = match effects.as_slice() {
        [
            Effect::Db(DbJob::FindUnread {
                from,
                forward,
                generation,
                ..
            }),
        ] => (*from, *forward, *generation),
        other => panic!("asks the store: {other:?}"),
    };
    assert_eq!((from, forward), (0, true));
    // A stale answer (another list since) is dropped.
    let stale = update(
        &mut app,
        Msg::UnreadFound {
            generation: generation + 1,
            result: Ok(Some((700, ArticleId(1700)))),
        },
    );
    assert!(stale.is_empty());
    assert_eq!(app.list.selected, 0);
    let effects = update(
        &mut app,
        Msg::UnreadFound {
            generation,
            result: Ok(Some((700, ArticleId(1700)))),
        },
    );
    assert_eq!(app.list.selected, 700);
    let pages = page_requests(&effects);
    assert!(
        pages.iter().any(|(_, o, l, _)| (*o..o + l).contains(&700)),
        "the page holding it is asked for: {pages:?}"
    );
    answer_pages(&mut app, &effects, 1000);
    assert_eq!(app.list.selected_row().unwrap().id, ArticleId(1700));
    // Nothing further: said.
    update(
        &mut app,
        Msg::UnreadFound {
            generation,
            result: Ok(None),
        },
    );
    assert_eq!(notice(&app), "No other unread article in the list");
}

#[test]
fn next_unread_from_the_reader_opens_the_article_the_store_found_once_its_page_is_in() {
    let mut app = booted(Lang::En, 100, 24, 1000);
    let effects = update(&mut app, code(KeyCode::Enter));
    answer_article(&mut app, &effects, 0);
    for row in &mut app.list.rows {
        row.read = true;
    }
    let effects = update(&mut app, key('N'));
    let generation = match effects.as_slice() {
        [Effect::Db(DbJob::FindUnread { generation, .. })] => *generation,
        other => panic!("asks the store: {other:?}"),
    };
    let effects = update(
        &mut app,
        Msg::UnreadFound {
            generation,
            result: Ok(Some((650, ArticleId(1650)))),
        },
    );
    let effects = answer_pages(&mut app, &effects, 1000);
    let opened = effects.iter().any(|e| {
        matches!(
            e,
            Effect::Db(DbJob::LoadArticle {
                id: ArticleId(1650),
                ..
            })
        )
    });
    assert!(opened, "{effects:?}");
    assert_eq!(app.focus, Pane::Reader);
}

/// The preview's pending load among `effects`: the request its `PreviewDue` carries.
fn due(effects: &[Effect]) -> Option<u64> {
    effects.iter().find_map(|e| match e {
        Effect::Later { msg, .. } => match **msg {
            Msg::PreviewDue { request } => Some(request),
            _ => None,
        },
        _ => None,
    })
}

fn loads(effects: &[Effect]) -> Vec<ArticleId> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Db(DbJob::LoadArticle { id, .. }) => Some(*id),
            _ => None,
        })
        .collect()
}

fn marks_read(effects: &[Effect]) -> bool {
    effects
        .iter()
        .any(|e| matches!(e, Effect::Db(DbJob::SetRead { read: true, .. })))
}

#[test]
fn the_preview_follows_the_cursor_once_it_rests_without_marking_anything_read() {
    let mut app = booted(Lang::En, 160, 40, 50);
    let effects = update(&mut app, key('v'));
    assert_eq!(
        notice(&app),
        "Preview on: the reader follows the cursor (read once opened)"
    );
    let first = due(&effects).expect("the highlighted article is scheduled");
    // The cursor moves on before it rests: the first schedule is superseded.
    let effects = update(&mut app, key('j'));
    let second = due(&effects).expect("the new row is scheduled");
    assert!(update(&mut app, Msg::PreviewDue { request: first }).is_empty());
    assert!(!app.reader.is_open(), "nothing loaded for a row passed by");
    let effects = update(&mut app, Msg::PreviewDue { request: second });
    assert_eq!(loads(&effects), vec![ArticleId(1001)]);
    assert!(!marks_read(&effects));
    answer_article(&mut app, &effects, 0);
    assert_eq!(app.focus, Pane::List, "the list keeps the keyboard");
    let shown = app.reader.open.as_ref().unwrap().article.summary.id;
    assert_eq!(shown, ArticleId(1001));
    assert!(!app.list.selected_row().unwrap().read, "still unread");
    let screen = text(&app);
    assert!(screen.contains("Articles (50)"), "{screen}");
    assert!(screen.contains("news.example/1"), "{screen}");
    // Enter opens it, and only then marks it read.
    let effects = update(&mut app, code(KeyCode::Enter));
    assert!(marks_read(&effects));
    answer_article(&mut app, &effects, 0);
    assert_eq!(app.focus, Pane::Reader);
    // Esc gives the keyboard back to the list and the article stays as its preview.
    update(&mut app, code(KeyCode::Esc));
    assert_eq!(app.focus, Pane::List);
    assert!(app.reader.open.is_some());
    // v turns it off: the reader closes.
    update(&mut app, key('v'));
    assert!(!app.reader.is_open());
    assert_eq!(notice(&app), "Preview off");
    assert!(due(&update(&mut app, key('j'))).is_none());
}

#[test]
fn in_a_narrow_terminal_the_preview_sits_below_the_list() {
    let mut app = booted(Lang::Fr, 100, 30, 50);
    let effects = update(&mut app, key('v'));
    let effects = update(
        &mut app,
        Msg::PreviewDue {
            request: due(&effects).unwrap(),
        },
    );
    answer_article(&mut app, &effects, 0);
    let screen = text(&app);
    let list = screen.lines().position(|l| l.contains("Articles (50)"));
    let reader = screen.lines().position(|l| l.contains("┌Article "));
    assert!(
        matches!((list, reader), (Some(l), Some(r)) if l < r),
        "the list above the reader:\n{screen}"
    );
    assert!(screen.contains("news.example/0"), "{screen}");
    // Esc turns the preview off and the list has the whole height again.
    update(&mut app, code(KeyCode::Esc));
    assert!(!app.reader.is_open());
    assert!(!text(&app).contains("┌Article "));
}

#[test]
fn the_configuration_sets_the_starting_sort_and_preview() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, "sort = \"title\"\npreview = true\n").unwrap();
    let config = veille::config::load(&path).unwrap().config;
    assert_eq!((config.sort, config.preview), (Sort::Title, true));
    let mut settings = settings(Lang::En);
    settings.sort = config.sort;
    settings.preview = config.preview;
    let mut app = App::new(settings, 160, 40);
    let effects = veille::tui::init(&mut app);
    assert_eq!(page_sorts(&effects), vec![Sort::Title]);
    answer_pages(&mut app, &effects, 50);
    assert!(text(&app).contains("· by title"));
    assert!(app.reader.preview);

    std::fs::write(&path, "sort = \"author\"\n").unwrap();
    let error = veille::config::load(&path).unwrap_err().to_string();
    assert!(error.contains("sort"), "{error}");
    assert!(
        veille::config::load(&dir.path().join("none.toml"))
            .is_ok_and(|c| c.config.sort == Sort::Date)
    );
}

#[test]
fn the_readme_s_key_table_lists_every_action_with_its_keys() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let keymap = veille::tui::keymap::Keymap::bundled().unwrap();
    for action in veille::tui::keymap::Action::all() {
        let keys: Vec<String> = keymap
            .keys(action)
            .iter()
            .map(|k| format!("`{}`", k.label()))
            .collect();
        let row = format!(
            "| {} | {} |",
            keys.join(" "),
            keymap.description(action, Lang::En)
        );
        assert!(readme.contains(&row), "README lacks the row {row}");
    }
}

#[test]
fn a_feed_with_nothing_stored_says_so_not_that_a_search_matched_nothing() {
    // Round 31's new user chose a subscription that had never fetched: the list said « No article
    // matches. Esc clears the search », with no search to clear.
    for (lang, said, not_said) in [
        (
            Lang::En,
            "Nothing stored from this feed yet",
            "No article matches",
        ),
        (
            Lang::Fr,
            "Rien d'enregistré de ce flux",
            "Aucun article ne correspond",
        ),
    ] {
        let mut app = booted(lang, 100, 24, 50);
        let mut feeds = feeds();
        feeds[3].total = 0;
        feeds[3].unread = 0;
        let name = feeds[3].name.clone();
        update(&mut app, Msg::FeedsLoaded(Ok(feeds)));
        let row = (0..app.sidebar.len())
            .find(|&i| app.sidebar.scope(i) == Some(veille::tui::model::Scope::Feed(name.clone())))
            .unwrap();
        update(&mut app, code(KeyCode::Tab));
        assert_eq!(app.focus, Pane::Sidebar);
        send(&mut app, std::iter::repeat_n(key('j'), row));
        let effects = update(&mut app, code(KeyCode::Enter));
        answer_pages(&mut app, &effects, 0);
        let screen = text(&app);
        assert!(screen.contains(said), "{screen}");
        assert!(!screen.contains(not_said), "{screen}");
        // Near miss: a search that finds nothing in that feed still says how to clear it.
        update(&mut app, key('/'));
        let effects = type_text(&mut app, "zzz");
        let mut effects = [effects, update(&mut app, code(KeyCode::Enter))].concat();
        while !effects.is_empty() {
            effects = answer_pages(&mut app, &effects, 0);
        }
        let screen = text(&app);
        assert!(screen.contains(not_said), "{screen}");
    }
}

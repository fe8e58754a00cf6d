//! `update` over message sequences: what a user's keys do to the model and which effects follow.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod tui_fixtures;

use ratatui::crossterm::event::{KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use tui_fixtures::*;
use veille::model::Lang;
use veille::tui::model::list::{MAX_ROWS, PAGE};
use veille::tui::model::{Overlay, Pane, Scope};
use veille::tui::msg::{DbJob, NetJob, Page, RefreshOutcome, RenderBody};
use veille::tui::{App, Effect, Msg, init, update};

#[test]
fn start_asks_for_the_feeds_and_one_page_only() {
    let mut app = App::new(settings(Lang::En), 80, 24);
    let effects = init(&mut app);
    assert_eq!(effects.first(), Some(&Effect::Db(DbJob::LoadFeeds)));
    assert_eq!(page_requests(&effects), vec![(1, 0, PAGE, true)]);
    assert_eq!(effects.len(), 2);
}

#[test]
fn moving_down_near_the_end_of_the_window_loads_the_next_page_once() {
    let mut app = booted(Lang::En, 80, 24, 10_000);
    assert_eq!((app.list.rows.len(), app.list.total), (PAGE, Some(10_000)));
    let mut requests = Vec::new();
    for _ in 0..160 {
        requests.extend(page_requests(&update(&mut app, key('j'))));
    }
    assert_eq!(app.list.selected, 160);
    assert_eq!(
        requests,
        vec![(1, PAGE, PAGE, false)],
        "one prefetch, not one per key"
    );
    let filter = app.filter();
    answer_pages(
        &mut app,
        &[Effect::Db(DbJob::LoadPage {
            filter,
            offset: PAGE,
            limit: PAGE,
            generation: 1,
            count: false,
            stories: None,
        })],
        10_000,
    );
    assert_eq!(app.list.rows.len(), 2 * PAGE);
    assert_eq!(app.list.selected_row().map(|r| r.id), Some(row(160).id));
}

#[test]
fn the_window_never_holds_more_than_a_few_pages() {
    let mut app = booted(Lang::En, 80, 24, 100_000);
    for _ in 0..3_000 {
        let effects = update(&mut app, key('j'));
        answer_pages(&mut app, &effects, 100_000);
        assert!(app.list.rows.len() <= MAX_ROWS);
    }
    assert_eq!(app.list.selected, 3_000);
    assert_eq!(app.list.selected_row().map(|r| r.id), Some(row(3_000).id));
    // The selection stays on screen.
    assert!(app.list.scroll <= 3_000 && 3_000 < app.list.scroll + 21);
}

#[test]
fn bottom_then_top_jump_with_a_page_around_the_selection() {
    let mut app = booted(Lang::En, 80, 24, 10_000);
    let effects = update(&mut app, key('G'));
    assert_eq!(app.list.selected, 9_999);
    assert_eq!(
        page_requests(&effects),
        vec![(1, 10_000 - PAGE, PAGE, false)]
    );
    answer_pages(&mut app, &effects, 10_000);
    assert_eq!(app.list.selected_row().map(|r| r.id), Some(row(9_999).id));
    let effects = update(&mut app, key('g'));
    assert_eq!(app.list.selected, 0);
    assert_eq!(page_requests(&effects), vec![(1, 0, PAGE, false)]);
}

#[test]
fn a_superseded_page_is_dropped() {
    let mut app = booted(Lang::En, 80, 24, 10_000);
    let to_bottom = update(&mut app, key('G'));
    let to_top = update(&mut app, key('g'));
    assert!(
        page_requests(&to_top).is_empty(),
        "the first page is still loaded"
    );
    // The answer to the jump to the bottom arrives after the user went back to the top.
    answer_pages(&mut app, &to_bottom, 10_000);
    assert_eq!(app.list.offset, 0, "a stale page must not move the window");
    answer_pages(&mut app, &to_top, 10_000);
    assert_eq!(app.list.selected_row().map(|r| r.id), Some(row(0).id));
}

#[test]
fn a_page_of_an_older_filter_is_dropped() {
    let mut app = booted(Lang::En, 80, 24, 10_000);
    let first = update(&mut app, key('f'));
    let second = update(&mut app, key('f'));
    assert_eq!(page_requests(&first), vec![(2, 0, PAGE, true)]);
    assert_eq!(page_requests(&second), vec![(3, 0, PAGE, true)]);
    // French rows arrive late, after the filter moved on to English.
    let update_after_stale = answer_pages(&mut app, &first, 5);
    assert!(update_after_stale.is_empty());
    assert!(app.list.rows.is_empty() && app.list.total.is_none());
    answer_pages(&mut app, &second, 7);
    assert_eq!(app.list.total, Some(7));
}

#[test]
fn language_filter_cycles_all_fr_en_and_replaces_a_language_scope() {
    let mut app = booted(Lang::Fr, 80, 24, 50);
    let langs: Vec<_> = (0..3)
        .map(|_| {
            let effects = update(&mut app, key('f'));
            match effects.as_slice() {
                [
                    Effect::Db(DbJob::LoadPage {
                        filter, offset: 0, ..
                    }),
                ] => filter.lang,
                other => panic!("unexpected effects {other:?}"),
            }
        })
        .collect();
    assert_eq!(langs, vec![Some(Lang::Fr), Some(Lang::En), None]);

    // Sidebar "English" (the fifth saved filter), then `f`: English is replaced by the next one, none.
    send(&mut app, [code(KeyCode::BackTab)]);
    assert_eq!(app.focus, Pane::Sidebar);
    let effects = send(
        &mut app,
        [key('j'), key('j'), key('j'), key('j'), code(KeyCode::Enter)],
    );
    assert_eq!(app.sidebar.active, Scope::Lang(Lang::En));
    assert_eq!(app.focus, Pane::List);
    assert!(
        matches!(effects.as_slice(), [Effect::Db(DbJob::LoadPage { filter, .. })] if filter.lang == Some(Lang::En))
    );
    let effects = update(&mut app, key('f'));
    assert_eq!(app.sidebar.active, Scope::All);
    assert!(
        matches!(effects.as_slice(), [Effect::Db(DbJob::LoadPage { filter, .. })] if filter.lang.is_none())
    );
}

#[test]
fn unread_only_and_feed_scope_combine_in_the_filter() {
    let mut app = booted(Lang::En, 80, 24, 50);
    update(&mut app, key('u'));
    send(&mut app, [code(KeyCode::Tab)]);
    assert_eq!(app.focus, Pane::Sidebar);
    // Six saved filters, then the feeds in order: the second feed is ZATAZ.
    let effects = send(
        &mut app,
        (0..7).map(|_| key('j')).chain([code(KeyCode::Enter)]),
    );
    let [Effect::Db(DbJob::LoadPage { filter, .. })] = effects.as_slice() else {
        panic!("expected one page request, got {effects:?}");
    };
    assert!(filter.unread);
    assert_eq!(filter.feeds, vec!["ZATAZ".to_owned()]);
}

#[test]
fn search_applies_on_enter_and_esc_clears_it() {
    let mut app = booted(Lang::Fr, 80, 24, 50);
    assert!(update(&mut app, key('/')).is_empty());
    assert!(app.overlay.search().is_some());
    // Typing does not search yet, and letters bound to actions are text here.
    assert!(type_text(&mut app, "rançon q").is_empty());
    update(&mut app, code(KeyCode::Backspace));
    update(&mut app, code(KeyCode::Backspace));
    let effects = update(&mut app, code(KeyCode::Enter));
    assert!(app.overlay.search().is_none());
    assert!(matches!(
        effects.as_slice(),
        [Effect::Db(DbJob::LoadPage { filter, offset: 0, count: true, .. })] if filter.query.as_deref() == Some("rançon")
    ));

    // Reopening shows the applied search; Esc there clears it and reloads everything.
    update(&mut app, key('/'));
    assert_eq!(app.overlay.search().unwrap().text, "rançon");
    let effects = update(&mut app, code(KeyCode::Esc));
    assert!(
        matches!(effects.as_slice(), [Effect::Db(DbJob::LoadPage { filter, .. })] if filter.query.is_none())
    );

    // Esc with nothing applied does nothing.
    update(&mut app, key('/'));
    assert!(update(&mut app, code(KeyCode::Esc)).is_empty());
}

#[test]
fn esc_in_the_list_clears_an_applied_search() {
    let mut app = booted(Lang::En, 80, 24, 50);
    send(&mut app, [key('/'), key('x'), code(KeyCode::Enter)]);
    assert_eq!(app.query.search.as_deref(), Some("x"));
    let effects = update(&mut app, code(KeyCode::Esc));
    assert_eq!(app.query.search, None);
    assert_eq!(page_requests(&effects).len(), 1);
}

#[test]
fn m_toggles_read_on_the_row_and_in_the_sidebar_counts() {
    let mut app = booted(Lang::En, 80, 24, 50);
    let id = row(0).id;
    assert!(!row(0).read);
    let unread_before = app.sidebar.feeds[0].unread;
    assert_eq!(
        update(&mut app, key('m')),
        vec![Effect::Db(DbJob::SetRead { id, read: true })]
    );
    assert_eq!(app.list.selected_row().map(|r| r.read), Some(true));
    assert_eq!(app.sidebar.feeds[0].unread, unread_before - 1);
    assert_eq!(
        update(&mut app, key('m')),
        vec![Effect::Db(DbJob::SetRead { id, read: false })]
    );
    assert_eq!(app.sidebar.feeds[0].unread, unread_before);
    assert_eq!(
        update(&mut app, key('s')),
        vec![Effect::Db(DbJob::SetStarred { id, starred: true })]
    );
    assert_eq!(app.list.selected_row().map(|r| r.starred), Some(true));
}

#[test]
fn enter_marks_read_then_loads_the_article_and_back_returns_to_the_list() {
    let mut app = booted(Lang::En, 80, 24, 50);
    update(&mut app, key('j'));
    let effects = update(&mut app, code(KeyCode::Enter));
    let id = row(1).id;
    assert_eq!(
        effects,
        vec![
            Effect::Db(DbJob::SetRead { id, read: true }),
            Effect::Db(DbJob::LoadArticle { id, request: 1 })
        ],
        "the flag is stored before the article is read back"
    );
    assert_eq!(app.focus, Pane::Reader);
    answer_article(&mut app, &effects, 2);
    assert_eq!(
        app.reader.open.as_ref().map(|o| o.article.summary.id),
        Some(id)
    );
    assert_eq!(
        app.reader.open.as_ref().map(|o| o.body.links.len()),
        Some(2)
    );

    // q in the reader goes back, to the list as it was; q in the list quits.
    assert!(update(&mut app, key('q')).is_empty());
    assert_eq!(app.list.scroll, 0);
    assert!(!app.reader.is_open());
    assert_eq!(app.focus, Pane::List);
    assert_eq!(update(&mut app, key('q')), vec![Effect::Quit]);
}

#[test]
fn a_late_article_from_an_earlier_request_is_dropped() {
    let mut app = booted(Lang::En, 80, 24, 50);
    let first = update(&mut app, code(KeyCode::Enter));
    send(&mut app, [code(KeyCode::Esc), key('j')]);
    let second = update(&mut app, code(KeyCode::Enter));
    answer_article(&mut app, &first, 0);
    assert!(app.reader.open.is_none(), "the first article must not show");
    assert_eq!(app.reader.loading, Some(row(1).id));
    answer_article(&mut app, &second, 0);
    assert_eq!(
        app.reader.open.as_ref().map(|o| o.article.summary.id),
        Some(row(1).id)
    );
}

#[test]
fn reader_scrolls_within_the_body() {
    let mut app = booted(Lang::En, 80, 24, 50);
    let effects = update(&mut app, code(KeyCode::Enter));
    answer_article(&mut app, &effects, 30);
    let lines = app.reader.open.as_ref().map_or(0, |o| o.body.lines.len());
    assert!(lines > 30);
    send(&mut app, [key('j'), key('j')]);
    assert_eq!(app.reader.scroll, 2);
    update(&mut app, key('G'));
    let bottom = app.reader.scroll;
    update(&mut app, key('j'));
    assert_eq!(app.reader.scroll, bottom, "no scrolling past the end");
    assert!(bottom > 0 && bottom < lines);
    update(&mut app, key('g'));
    assert_eq!(app.reader.scroll, 0);
}

#[test]
fn digits_open_numbered_links() {
    let mut app = booted(Lang::En, 80, 24, 50);
    let effects = update(&mut app, code(KeyCode::Enter));
    answer_article(&mut app, &effects, 12);
    // With 12 links, "1" may start 10, 11 or 12: it waits.
    assert!(update(&mut app, key('1')).is_empty());
    assert_eq!(
        update(&mut app, key('2')),
        vec![Effect::OpenLink("https://src.example/12".into())]
    );
    // "3" cannot start a two-digit number here: it opens at once.
    assert_eq!(
        update(&mut app, key('3')),
        vec![Effect::OpenLink("https://src.example/3".into())]
    );
    // "1" then Enter opens link 1.
    update(&mut app, key('1'));
    assert_eq!(
        update(&mut app, code(KeyCode::Enter)),
        vec![Effect::OpenLink("https://src.example/1".into())]
    );
    // "1" then Esc forgets the digit and keeps the reader open.
    update(&mut app, key('1'));
    assert!(update(&mut app, code(KeyCode::Esc)).is_empty());
    assert!(app.reader.is_open());
}

#[test]
fn o_opens_only_web_links() {
    let mut app = booted(Lang::En, 80, 24, 50);
    assert_eq!(
        update(&mut app, key('o')),
        vec![Effect::OpenLink("https://news.example/0".into())]
    );
    let mut hostile = row(0);
    hostile.url = Some("javascript:alert(1)".into());
    let generation = app.list.generation;
    app.list.reload();
    update(
        &mut app,
        Msg::PageLoaded {
            generation: generation + 1,
            offset: 0,
            result: Ok(Page {
                rows: vec![hostile],
                total: Some(1),
                kinds: Vec::new(),
                stories: None,
            }),
        },
    );
    assert!(update(&mut app, key('o')).is_empty());
    assert!(app.notice.as_ref().is_some_and(|n| n.error));
}

/// `veille fetch` names a feed moved for good and the malformed items it left out; the reader's
/// refresh said neither, so its user kept fetching through the old address without knowing.
#[test]
fn the_end_of_a_refresh_says_moved_feeds_and_skipped_items_as_fetch_does() {
    let outcome = RefreshOutcome {
        new: 9,
        moved: vec![(
            "Krebs".into(),
            "https://krebsonsecurity.com/feed/\x1b[2J".into(),
        )],
        skipped: 2,
        first_skipped: Some(("ZATAZ".into(), "no title and no link".into())),
        ..RefreshOutcome::default()
    };
    for (lang, said) in [
        (
            Lang::En,
            "Refresh done: 9 new articles · 1 feed moved for good, Krebs to \
             https://krebsonsecurity.com/feed/ (veille feeds set-url) · 2 malformed items skipped, \
             first in ZATAZ: no title and no link",
        ),
        (
            Lang::Fr,
            "Actualisation terminée\u{a0}: 9 nouveaux articles · 1 flux a déménagé pour de bon, \
             Krebs à https://krebsonsecurity.com/feed/ (veille feeds set-url) · 2 éléments mal \
             formés ignorés, le premier dans ZATAZ\u{a0}: no title and no link",
        ),
    ] {
        let mut app = booted(lang, 80, 24, 5);
        update(&mut app, key('r'));
        update(&mut app, Msg::RefreshFinished(Ok(outcome.clone())));
        let notice = app.notice.as_ref().expect("the end of a refresh is said");
        assert!(!notice.error);
        assert_eq!(notice.render(lang, &app.settings.keymap), said);
    }
}

/// A feed whose server asked to wait (Retry-After) is not asked: `veille fetch` names it, the
/// reader's refresh only counted new articles, so the analyst thought the feed had nothing new.
#[test]
fn the_end_of_a_refresh_names_the_feeds_postponed_by_their_server() {
    let until = chrono::Utc::now() + chrono::TimeDelta::minutes(90);
    let time = until
        .with_timezone(&chrono::Local)
        .format("%H:%M")
        .to_string();
    let outcome = RefreshOutcome {
        new: 3,
        postponed: vec![("CERT-FR\x1b[2J".into(), until), ("ZATAZ".into(), until)],
        ..RefreshOutcome::default()
    };
    for (lang, said) in [
        (
            Lang::En,
            format!(
                "Refresh done: 3 new articles · 2 feeds postponed at the server's request, CERT-FR until {time}"
            ),
        ),
        (
            Lang::Fr,
            format!(
                "Actualisation terminée\u{a0}: 3 nouveaux articles · 2 flux reportés à la demande du serveur, CERT-FR jusqu'à {time}"
            ),
        ),
    ] {
        let mut app = booted(lang, 80, 24, 5);
        update(&mut app, key('r'));
        update(&mut app, Msg::RefreshFinished(Ok(outcome.clone())));
        let notice = app.notice.as_ref().expect("the end of a refresh is said");
        assert_eq!(notice.render(lang, &app.settings.keymap), said);
    }
}

#[test]
fn refresh_runs_once_and_reloads_keeping_the_selection() {
    let mut app = booted(Lang::En, 80, 24, 50);
    send(&mut app, [key('j'), key('j'), key('j')]);
    let selected = app.list.selected_row().map(|r| r.id);
    assert_eq!(
        update(&mut app, key('r')),
        vec![Effect::Net(NetJob::Refresh)]
    );
    assert!(
        update(&mut app, key('r')).is_empty(),
        "no second refresh while one runs"
    );
    update(
        &mut app,
        Msg::RefreshProgress {
            done: 1,
            total: 4,
            feed: "CERT-FR".into(),
        },
    );
    assert_eq!((app.refresh.done, app.refresh.total), (1, 4));
    let effects = update(
        &mut app,
        Msg::RefreshFinished(Ok(RefreshOutcome {
            new: 2,
            failed: vec![
                ("ZATAZ".into(), "HTTP 503\x1b[2J".into()),
                ("CERT-FR".into(), "timed out".into()),
            ],
            purged: 3,
            ..RefreshOutcome::default()
        })),
    );
    assert!(!app.refresh.running);
    // The end says how many came, how many failed and the first reason (sanitized), and what
    // retention removed.
    let notice = app.notice.as_ref().expect("the end of a refresh is said");
    assert!(notice.error);
    assert_eq!(
        notice.render(Lang::En, &app.settings.keymap),
        "Refresh done: 2 new, 2 failed — ZATAZ: HTTP 503 · retention removed 3"
    );
    assert_eq!(effects.first(), Some(&Effect::Db(DbJob::LoadFeeds)));
    let [(generation, offset, _, true)] = page_requests(&effects)[..] else {
        panic!("expected one counted reload, got {effects:?}");
    };
    // Two new articles arrived on top: the selected one moved down by two and stays selected.
    let mut fresh: Vec<_> = vec![row(100), row(101)];
    fresh.extend(rows(0, 50, 50));
    update(
        &mut app,
        Msg::PageLoaded {
            generation,
            offset,
            result: Ok(Page {
                rows: fresh,
                total: Some(52),
                kinds: Vec::new(),
                stories: None,
            }),
        },
    );
    assert_eq!(app.list.selected_row().map(|r| r.id), selected);
    assert_eq!(app.list.selected, 5);
}

#[test]
fn ctrl_c_cancels_a_prompt_then_quits_and_sigterm_quits_from_anywhere() {
    let mut app = booted(Lang::En, 80, 24, 50);
    update(&mut app, key('/'));
    type_text(&mut app, "rançon");
    assert_eq!(update(&mut app, ctrl('c')), Vec::<Effect>::new());
    assert_eq!(app.overlay, Overlay::None, "Ctrl-C closes the search box");
    assert_eq!(app.query.search, None, "and applies nothing");
    update(&mut app, key('E'));
    assert!(app.overlay.export_prompt().is_some());
    assert_eq!(update(&mut app, ctrl('c')), Vec::<Effect>::new());
    assert_eq!(
        app.overlay,
        Overlay::None,
        "Ctrl-C closes the export prompt"
    );
    assert_eq!(update(&mut app, ctrl('c')), vec![Effect::Quit]);
    let mut app = booted(Lang::En, 80, 24, 50);
    update(&mut app, key('?'));
    assert_eq!(update(&mut app, Msg::Terminate), vec![Effect::Quit]);
}

#[test]
fn help_opens_and_closes_without_quitting() {
    let mut app = booted(Lang::En, 80, 24, 50);
    update(&mut app, key('?'));
    assert!(app.overlay.help_scroll().is_some());
    assert!(update(&mut app, key('j')).is_empty());
    assert_eq!(app.list.selected, 0, "keys go to the help while it is open");
    assert_eq!(
        app.overlay.help_scroll(),
        Some(1),
        "31 actions do not fit in 24 rows: the help scrolls"
    );
    send(&mut app, (0..40).map(|_| key('j')));
    assert_eq!(
        app.overlay.help_scroll(),
        Some(veille::tui::view::help_lines(&app) - 22),
        "no scrolling past the last line (a long description wraps on 80 columns)"
    );
    assert!(update(&mut app, key('q')).is_empty());
    assert!(app.overlay.help_scroll().is_none());
}

fn mouse(kind: MouseEventKind, column: u16, row: u16) -> Msg {
    Msg::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    })
}

#[test]
fn mouse_wheel_scrolls_and_click_selects_then_opens() {
    let mut app = booted(Lang::En, 80, 24, 50);
    // The list starts after an 18-column sidebar, one header row and its border.
    update(&mut app, mouse(MouseEventKind::ScrollDown, 40, 10));
    assert_eq!(app.list.selected, 3);
    update(
        &mut app,
        mouse(MouseEventKind::Down(MouseButton::Left), 40, 2 + 7),
    );
    assert_eq!(app.list.selected, 7);
    let effects = update(
        &mut app,
        mouse(MouseEventKind::Down(MouseButton::Left), 40, 2 + 7),
    );
    assert!(effects.contains(&Effect::Db(DbJob::LoadArticle {
        id: row(7).id,
        request: 1
    })));

    // A click on the sidebar's third entry applies Starred.
    let mut app = booted(Lang::En, 80, 24, 50);
    let effects = update(
        &mut app,
        mouse(MouseEventKind::Down(MouseButton::Left), 5, 2 + 2),
    );
    assert_eq!(app.sidebar.active, Scope::Starred);
    assert!(
        matches!(effects.as_slice(), [Effect::Db(DbJob::LoadPage { filter, .. })] if filter.starred)
    );
}

#[test]
fn resize_rewraps_the_open_article() {
    let mut app = booted(Lang::En, 50, 24, 50);
    let effects = update(&mut app, code(KeyCode::Enter));
    answer_article(&mut app, &effects, 3);
    let narrow = app.reader.open.as_ref().map_or(0, |o| o.body.lines.len());
    let effects = update(
        &mut app,
        Msg::Resize {
            width: 200,
            height: 50,
        },
    );
    answer_renders(&mut app, effects);
    let open = app.reader.open.as_ref().expect("still open");
    assert!(
        open.body.lines.len() < narrow,
        "a wider reader needs fewer lines"
    );
    assert_eq!(
        open.width,
        veille::tui::layout::reader_body(
            veille::tui::layout::areas(app.size, true)
                .reader
                .unwrap_or_default()
        )
        .width
    );
}

#[test]
fn the_body_is_rendered_off_the_ui_thread_and_keys_work_meanwhile() {
    let mut app = booted(Lang::En, 100, 30, 50);
    let effects = update(&mut app, code(KeyCode::Enter));
    let request = effects.iter().find_map(|e| match e {
        Effect::Db(DbJob::LoadArticle { request, .. }) => Some(*request),
        _ => None,
    });
    let loaded = update(
        &mut app,
        Msg::ArticleLoaded {
            request: request.expect("an article request"),
            result: Ok(Some(Box::new(article(0, 2)))),
        },
    );
    // update asks for the rendering and does not do it.
    let render = loaded
        .iter()
        .find(|e| matches!(e, Effect::Render(RenderBody { .. })))
        .cloned()
        .expect("a rendering is asked for");
    let open = app.reader.open.as_ref().expect("the article is open");
    assert!(open.is_rendering() && open.body.lines.is_empty());
    // A key while it renders: the reader closes at once.
    update(&mut app, key('q'));
    assert!(!app.reader.is_open());
    // The rendering arriving late for the closed article changes nothing.
    answer_renders(&mut app, vec![render.clone()]);
    assert!(!app.reader.is_open());

    // Reopened: a rendering made for another width is not taken, the one for this width is.
    let effects = update(&mut app, code(KeyCode::Enter));
    let effects = answer_article(&mut app, &effects, 2);
    assert!(
        effects
            .iter()
            .all(|e| !matches!(e, Effect::Render(RenderBody { .. })))
    );
    let open = app.reader.open.as_ref().expect("open again");
    assert!(!open.is_rendering() && !open.body.lines.is_empty());
    let shown = open.body.clone();
    let Effect::Render(RenderBody { html, base, .. }) = render else {
        unreachable!()
    };
    let stale = Msg::BodyRendered {
        request: app.reader.request,
        width: 21,
        body: Box::new(veille::text::layout::render(&html, 21, base.as_deref())),
    };
    update(&mut app, stale);
    assert_eq!(app.reader.open.as_ref().map(|o| &o.body), Some(&shown));
}

#[test]
fn export_writes_the_list_as_shown_in_the_chosen_format() {
    let mut app = booted(Lang::Fr, 80, 24, 50);
    update(&mut app, key('/'));
    type_text(&mut app, "rançon");
    update(&mut app, code(KeyCode::Enter));

    assert!(update(&mut app, key('E')).is_empty());
    let prompt = app
        .overlay
        .export_prompt()
        .expect("E opens the export prompt");
    assert!(prompt.path.text.ends_with(".csv"), "{}", prompt.path.text);
    // Letters bound to actions are text here; Tab changes the format and the extension.
    assert!(type_text(&mut app, "q").is_empty());
    update(&mut app, code(KeyCode::Backspace));
    update(&mut app, code(KeyCode::Tab));
    update(&mut app, code(KeyCode::Tab));
    assert!(
        app.overlay
            .export_prompt()
            .unwrap()
            .path
            .text
            .ends_with(".md")
    );

    let effects = update(&mut app, code(KeyCode::Enter));
    assert!(app.overlay.export_prompt().is_none());
    match effects.as_slice() {
        [
            Effect::Db(DbJob::Export {
                filter,
                format,
                path,
                ..
            }),
        ] => {
            assert_eq!(*format, veille::export::Format::Markdown);
            assert_eq!(
                filter.query.as_deref(),
                Some("rançon"),
                "the search applied is exported"
            );
            assert!(path.ends_with(".md"));
        }
        other => panic!("{other:?}"),
    }

    update(&mut app, Msg::Exported(Ok((12, "/tmp/veille.md".into()))));
    let notice = app
        .notice
        .as_ref()
        .unwrap()
        .render(Lang::Fr, &app.settings.keymap);
    assert!(
        notice.contains("12") && notice.contains("/tmp/veille.md"),
        "{notice}"
    );
    update(&mut app, Msg::Exported(Err("disque plein".into())));
    assert!(app.notice.as_ref().unwrap().error);

    // Esc cancels without exporting.
    update(&mut app, key('E'));
    assert!(update(&mut app, code(KeyCode::Esc)).is_empty());
    assert!(app.overlay.export_prompt().is_none());
}

#[test]
fn writes_by_another_process_reload_the_feeds_and_the_list() {
    let mut app = booted(Lang::En, 80, 24, 50);
    let effects = update(&mut app, Msg::StoreChanged);
    assert_eq!(effects.first(), Some(&Effect::Db(DbJob::LoadFeeds)));
    assert!(
        matches!(
            effects.get(1),
            Some(Effect::Db(DbJob::LoadPage { count: true, .. }))
        ),
        "{effects:?}"
    );
    // During our own refresh the end of the refresh reloads; nothing is asked twice.
    update(&mut app, key('r'));
    assert!(update(&mut app, Msg::StoreChanged).is_empty());
}

#[test]
fn an_export_over_an_existing_file_asks_first_and_a_failed_one_gives_the_typed_path_back() {
    let mut app = booted(Lang::Fr, 80, 24, 50);
    update(&mut app, key('E'));
    // Each format proposes its own name: exporting twice never overwrites the first file.
    let mut names = Vec::new();
    for _ in 0..5 {
        names.push(app.overlay.export_prompt().unwrap().path.text.clone());
        update(&mut app, code(KeyCode::Tab));
    }
    let suffixes: Vec<&str> = names
        .iter()
        .map(|n| n.split_once('.').map_or("", |(_, ext)| ext))
        .collect();
    assert_eq!(suffixes, ["csv", "json", "md", "stix.json", "misp.json"]);

    let send = |app: &mut App| match update(app, code(KeyCode::Enter)).as_slice() {
        [
            Effect::Db(DbJob::Export {
                overwrite, path, ..
            }),
        ] => (*overwrite, path.clone()),
        other => panic!("{other:?}"),
    };
    assert!(!send(&mut app).0, "no overwrite unless confirmed");
    update(&mut app, Msg::ExportExists("/tmp/veille.csv".into()));
    let prompt = app.overlay.export_prompt().expect("the prompt comes back");
    assert!(prompt.confirm_overwrite && prompt.path.text.ends_with(".csv"));
    let notice = app
        .notice
        .as_ref()
        .unwrap()
        .render(Lang::Fr, &app.settings.keymap);
    assert!(
        notice.contains("existe") && notice.contains("Entrée"),
        "{notice}"
    );
    assert!(send(&mut app).0, "Enter again replaces it");

    // A write that fails gives the typed path back.
    update(
        &mut app,
        Msg::Exported(Err("/nulle/part : dossier introuvable".into())),
    );
    let prompt = app.overlay.export_prompt().expect("the prompt comes back");
    assert!(!prompt.confirm_overwrite && prompt.path.text.ends_with(".csv"));
    // Typing after a warning asks again before replacing.
    update(&mut app, Msg::ExportExists("/tmp/veille.csv".into()));
    type_text(&mut app, "x");
    assert!(!app.overlay.export_prompt().unwrap().confirm_overwrite);
}

#[test]
fn csv_from_the_french_reader_is_what_a_french_spreadsheet_opens_unless_configured() {
    let vocab = std::sync::Arc::new(veille::tagging::Vocabulary::bundled().unwrap());
    let mut config = veille::config::bundled().unwrap();
    let csv = |config: &veille::config::Config| {
        let export = veille::tui::runtime::settings(config, vocab.clone())
            .unwrap()
            .export;
        (export.delimiter, export.bom)
    };
    config.ui_lang = Some(Lang::Fr);
    assert_eq!(csv(&config), (b';', true));
    config.ui_lang = Some(Lang::En);
    assert_eq!(csv(&config), (b',', false));
    config.ui_lang = Some(Lang::Fr);
    config.export.csv_delimiter = Some(veille::config::CsvDelimiter::Comma);
    config.export.csv_bom = Some(false);
    assert_eq!(csv(&config), (b',', false));
}

#[test]
fn with_confirm_quit_q_asks_first_and_any_other_key_withdraws_the_question() {
    let mut app = booted(Lang::En, 80, 24, 50);
    assert_eq!(
        update(&mut app, key('q')),
        vec![Effect::Quit],
        "default: q quits"
    );

    let mut app = booted(Lang::Fr, 80, 24, 50);
    app.settings.confirm_quit = true;
    assert!(update(&mut app, key('q')).is_empty());
    let notice = app
        .notice
        .as_ref()
        .unwrap()
        .render(Lang::Fr, &app.settings.keymap);
    assert!(
        notice.starts_with("Quitter\u{a0}? q de nouveau"),
        "{notice}"
    );
    update(&mut app, key('j'));
    assert!(
        update(&mut app, key('q')).is_empty(),
        "asked again after another key"
    );
    assert_eq!(update(&mut app, key('q')), vec![Effect::Quit]);
}

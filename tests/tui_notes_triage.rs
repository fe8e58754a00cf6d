//! `update` over message sequences for notes, multi-level undo and the triage keys: what a user's
//! keys do to the model, which effects follow, and that nothing shows before the worker commits it.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod tui_fixtures;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use tui_fixtures::*;
use veille::model::{ArticleId, Facet, Lang};
use veille::store::Provenance;
use veille::tui::model::tagging::UNDO_DEPTH;
use veille::tui::model::{Overlay, Pane};
use veille::tui::msg::{DbJob, NoteChange, ReadChange, TagChange, TagJob};
use veille::tui::{App, Effect, Msg, update};

/// The reader open on row `i` of 50.
fn reading(i: usize) -> App {
    let mut app = booted(Lang::En, 120, 40, 50);
    send(&mut app, (0..i).map(|_| key('j')));
    let effects = update(&mut app, code(KeyCode::Enter));
    answer_article(&mut app, &effects, 40);
    assert_eq!(app.focus, Pane::Reader);
    app
}

fn ctrl_s() -> Msg {
    ctrl('s')
}

fn alt_enter() -> Msg {
    Msg::Key(KeyEvent::new_with_kind(
        KeyCode::Enter,
        KeyModifiers::ALT,
        KeyEventKind::Press,
    ))
}

fn note_saved(id: ArticleId, before: Option<&str>, after: Option<&str>, undo: bool) -> Msg {
    Msg::NoteSaved(Ok(NoteChange {
        id,
        before: before.map(str::to_owned),
        after: after.map(str::to_owned),
        undo,
    }))
}

fn open_note(app: &App) -> Option<String> {
    app.reader
        .open
        .as_ref()
        .and_then(|o| o.article.note.clone())
}

fn notice(app: &App) -> String {
    app.notice
        .as_ref()
        .map(|n| n.render(app.settings.lang, &app.settings.keymap))
        .unwrap_or_default()
}

#[test]
fn n_writes_a_multi_line_note_shown_only_once_committed() {
    let mut app = reading(0);
    let id = ArticleId(1000);
    assert!(update(&mut app, key('n')).is_empty());
    assert!(app.overlay.note().is_some(), "n opens the editor");
    type_text(&mut app, "Piste APT28");
    // Enter starts a new line, as in any multi-line box: it does not save.
    assert!(update(&mut app, code(KeyCode::Enter)).is_empty());
    type_text(&mut app, "revoir lundi");
    let effects = update(&mut app, ctrl_s());
    assert_eq!(
        effects,
        vec![Effect::Db(DbJob::SetNote {
            id,
            note: Some("Piste APT28\nrevoir lundi".into()),
            undo: false,
        })]
    );
    assert!(
        update(&mut app, ctrl_s()).is_empty(),
        "a second save while the first is on its way sends nothing"
    );
    assert_eq!(open_note(&app), None, "not shown before the commit");
    assert!(app.overlay.note().is_some_and(|e| e.saving));

    update(
        &mut app,
        note_saved(id, None, Some("Piste APT28\nrevoir lundi"), false),
    );
    assert_eq!(app.overlay, Overlay::None, "the commit closes the editor");
    assert_eq!(
        open_note(&app).as_deref(),
        Some("Piste APT28\nrevoir lundi")
    );
    assert!(
        app.list.find_mut(id).is_some_and(|r| r.noted),
        "the list marks it"
    );
    assert_eq!(notice(&app), "Note saved");

    // n again edits the note as it is; Alt-Enter saves too; an emptied note is cleared.
    update(&mut app, key('n'));
    assert_eq!(
        app.overlay.note().map(|e| e.input.text.as_str()),
        Some("Piste APT28\nrevoir lundi")
    );
    send(&mut app, [code(KeyCode::Up), code(KeyCode::End), ctrl('u')]);
    assert_eq!(
        app.overlay.note().map(|e| e.input.text.as_str()),
        Some("\nrevoir lundi"),
        "↑ moves to the line above"
    );
    send(
        &mut app,
        [code(KeyCode::Down), code(KeyCode::End), ctrl('u')],
    );
    assert_eq!(
        app.overlay.note().map(|e| e.input.text.as_str()),
        Some("\n")
    );
    assert_eq!(
        update(&mut app, alt_enter()),
        vec![Effect::Db(DbJob::SetNote {
            id,
            note: None,
            undo: false
        })]
    );
}

#[test]
fn esc_and_ctrl_c_close_the_editor_without_writing() {
    let mut app = reading(0);
    for cancel in [code(KeyCode::Esc), ctrl('c')] {
        update(&mut app, key('n'));
        type_text(&mut app, "brouillon");
        assert!(
            update(&mut app, cancel).is_empty(),
            "nothing written, no quit"
        );
        assert_eq!(app.overlay, Overlay::None);
        assert_eq!(open_note(&app), None);
        assert_eq!(notice(&app), "Note not changed");
    }
}

#[test]
fn a_note_the_database_refused_stays_in_the_editor() {
    let mut app = reading(0);
    update(&mut app, key('n'));
    type_text(&mut app, "important");
    update(&mut app, ctrl_s());
    update(&mut app, Msg::NoteSaved(Err("database is locked".into())));
    let editor = app.overlay.note().expect("the editor stays open");
    assert_eq!(editor.input.text, "important");
    assert!(!editor.saving, "it can be saved again");
    assert_eq!(notice(&app), "Note not saved: database is locked");
    assert_eq!(open_note(&app), None);
}

#[test]
fn n_in_the_list_asks_to_open_the_article() {
    let mut app = booted(Lang::Fr, 120, 40, 50);
    assert!(update(&mut app, key('n')).is_empty());
    assert_eq!(app.overlay, Overlay::None);
    assert_eq!(
        notice(&app),
        "Ouvrez l'article (Entrée) pour écrire sa note"
    );
}

#[test]
fn u_undoes_a_note_then_the_tag_before_it_then_says_there_is_nothing_left() {
    let mut app = reading(0);
    let id = ArticleId(1000);
    update(
        &mut app,
        Msg::TagsChanged(Ok(TagChange {
            added: true,
            provenance: Provenance::User,
            rows: vec![(id, Facet::Actor, "APT28".into())],
            replaced: Vec::new(),
            articles: 1,
            undo: false,
        })),
    );
    update(&mut app, note_saved(id, None, Some("vu"), false));

    assert_eq!(
        update(&mut app, key('U')),
        vec![Effect::Db(DbJob::SetNote {
            id,
            note: None,
            undo: true
        })]
    );
    update(&mut app, note_saved(id, Some("vu"), None, true));
    assert_eq!(open_note(&app), None);
    assert_eq!(notice(&app), "Note put back as it was");

    assert_eq!(
        update(&mut app, key('U')),
        vec![Effect::Tag(TagJob::RemoveTag {
            rows: vec![(id, Facet::Actor, "APT28".into())],
            restore: Vec::new(),
            undo: true
        })],
        "the second U reverts the edit before"
    );
    assert!(update(&mut app, key('U')).is_empty());
    assert_eq!(notice(&app), "Nothing to undo");
}

#[test]
fn the_undo_history_keeps_the_latest_edits() {
    let mut app = reading(0);
    for i in 0..UNDO_DEPTH + 5 {
        update(
            &mut app,
            note_saved(ArticleId(1000), None, Some(&i.to_string()), false),
        );
    }
    assert_eq!(app.tagging.history.len(), UNDO_DEPTH);
    let Effect::Db(DbJob::SetNote { .. }) = update(&mut app, key('U'))[0] else {
        panic!("a note undo");
    };
}

#[test]
fn m_toggles_read_as_an_undo_step() {
    let mut app = booted(Lang::En, 120, 40, 50);
    let id = ArticleId(1000);
    assert_eq!(
        update(&mut app, key('m')),
        vec![Effect::Db(DbJob::SetRead { id, read: true })]
    );
    assert_eq!(
        update(&mut app, key('U')),
        vec![Effect::Db(DbJob::SetReadMany {
            ids: vec![id],
            read: false,
            undo: true
        })]
    );
}

#[test]
fn capital_m_marks_the_whole_list_read_as_one_undo_step() {
    let mut app = booted(Lang::En, 120, 40, 50);
    let filter = app.filter();
    assert_eq!(
        update(&mut app, key('M')),
        vec![Effect::Db(DbJob::MarkAllRead { filter })]
    );
    assert!(
        app.list.rows.iter().any(|r| !r.read),
        "nothing shows read before the commit"
    );
    let unread: Vec<ArticleId> = app
        .list
        .rows
        .iter()
        .filter(|r| !r.read)
        .map(|r| r.id)
        .collect();
    let effects = update(
        &mut app,
        Msg::ReadChanged(Ok(ReadChange {
            ids: unread.clone(),
            read: true,
            undo: false,
        })),
    );
    assert!(app.list.rows.iter().all(|r| r.read));
    assert_eq!(effects.first(), Some(&Effect::Db(DbJob::LoadFeeds)));
    assert_eq!(
        notice(&app),
        format!("Marked read: {} (U undoes)", unread.len())
    );
    assert_eq!(
        update(&mut app, key('U')),
        vec![Effect::Db(DbJob::SetReadMany {
            ids: unread.clone(),
            read: false,
            undo: true
        })]
    );
    update(
        &mut app,
        Msg::ReadChanged(Ok(ReadChange {
            ids: unread.clone(),
            read: false,
            undo: true,
        })),
    );
    assert!(
        unread
            .iter()
            .all(|id| app.list.find_mut(*id).is_some_and(|r| !r.read))
    );
}

#[test]
fn capital_n_and_p_go_to_the_next_and_previous_unread_article() {
    // Rows 2, 5, 8… are read.
    let mut app = booted(Lang::En, 120, 40, 50);
    send(&mut app, [key('j')]);
    update(&mut app, key('N'));
    assert_eq!(app.list.selected, 3, "row 2 is read: skipped");
    update(&mut app, key('P'));
    assert_eq!(app.list.selected, 1);

    // From the reader, the next unread article opens.
    let mut app = reading(1);
    let effects = update(&mut app, key('N'));
    assert!(
        effects.contains(&Effect::Db(DbJob::LoadArticle {
            id: ArticleId(1003),
            request: app.reader.request
        })),
        "{effects:?}"
    );
}

#[test]
fn capital_j_and_k_open_the_next_and_previous_article_from_the_reader() {
    let mut app = reading(4);
    let effects = update(&mut app, key('J'));
    assert!(effects.contains(&Effect::Db(DbJob::LoadArticle {
        id: ArticleId(1005),
        request: app.reader.request
    })));
    answer_article(&mut app, &effects, 40);
    assert_eq!(app.focus, Pane::Reader);
    let effects = update(&mut app, key('K'));
    assert!(effects.contains(&Effect::Db(DbJob::LoadArticle {
        id: ArticleId(1004),
        request: app.reader.request
    })));
}

#[test]
fn space_and_b_page_the_reader() {
    let mut app = reading(0);
    let page = app.reader_height() - 1;
    update(&mut app, key(' '));
    assert_eq!(app.reader.scroll, page);
    update(&mut app, key('b'));
    assert_eq!(app.reader.scroll, 0);
}

#[test]
fn ctrl_c_closes_the_tag_prompt_instead_of_quitting() {
    let mut app = reading(0);
    update(&mut app, key('a'));
    assert!(app.overlay.tag_prompt().is_some());
    type_text(&mut app, "APT");
    assert!(update(&mut app, ctrl('c')).is_empty());
    assert_eq!(app.overlay, Overlay::None);
    assert_eq!(update(&mut app, ctrl('c')), vec![Effect::Quit]);
}

#[test]
fn with_an_editor_set_n_hands_the_note_to_it_and_writes_what_it_left() {
    let mut app = reading(0);
    app.settings.editor = Some(vec!["vi".into()]);
    let id = ArticleId(1000);
    assert_eq!(
        update(&mut app, key('n')),
        vec![Effect::EditNote {
            id,
            text: String::new()
        }]
    );
    assert_eq!(app.overlay, Overlay::None, "no inline editor");
    assert_eq!(
        update(
            &mut app,
            Msg::NoteEdited {
                id,
                result: Ok("  vu chez le CERT\n".into())
            }
        ),
        vec![Effect::Db(DbJob::SetNote {
            id,
            note: Some("vu chez le CERT".into()),
            undo: false
        })]
    );
    assert_eq!(open_note(&app), None, "shown once committed only");
    // Left as it was: nothing written.
    assert!(
        update(
            &mut app,
            Msg::NoteEdited {
                id,
                result: Ok("\n".into())
            }
        )
        .is_empty()
    );
    assert!(
        update(
            &mut app,
            Msg::NoteEdited {
                id,
                result: Err("vi: exit status: 1".into())
            }
        )
        .is_empty()
    );
    assert_eq!(notice(&app), "Note not saved: vi: exit status: 1");
}

#[test]
fn ctrl_r_redoes_what_u_undid_and_a_new_edit_forgets_it() {
    let mut app = reading(0);
    let id = ArticleId(1000);
    update(&mut app, note_saved(id, None, Some("un"), false));
    update(&mut app, note_saved(id, Some("un"), Some("deux"), false));
    // Undo twice, committed.
    update(&mut app, key('U'));
    update(&mut app, note_saved(id, Some("deux"), Some("un"), true));
    update(&mut app, key('U'));
    update(&mut app, note_saved(id, Some("un"), None, true));
    assert_eq!(open_note(&app), None);

    assert_eq!(
        update(&mut app, ctrl('r')),
        vec![Effect::Db(DbJob::SetNote {
            id,
            note: Some("un".into()),
            undo: false
        })]
    );
    update(&mut app, note_saved(id, None, Some("un"), false));
    assert_eq!(open_note(&app).as_deref(), Some("un"));
    assert_eq!(app.tagging.redo.len(), 1, "the second redo is still there");
    assert_eq!(
        update(&mut app, ctrl('r')),
        vec![Effect::Db(DbJob::SetNote {
            id,
            note: Some("deux".into()),
            undo: false
        })]
    );
    update(&mut app, note_saved(id, Some("un"), Some("deux"), false));
    assert!(update(&mut app, ctrl('r')).is_empty());
    assert_eq!(notice(&app), "Nothing to redo");

    // Undo, then a new edit: nothing is left to redo.
    update(&mut app, key('U'));
    update(&mut app, note_saved(id, Some("deux"), Some("un"), true));
    update(&mut app, note_saved(id, Some("un"), Some("trois"), false));
    assert!(update(&mut app, ctrl('r')).is_empty());
    assert_eq!(
        update(&mut app, key('U')),
        vec![Effect::Db(DbJob::SetNote {
            id,
            note: Some("un".into()),
            undo: true
        })]
    );
}

#[test]
fn redo_of_an_undone_tag_and_mark_all_read() {
    let mut app = reading(0);
    let id = ArticleId(1000);
    let rows = vec![(id, Facet::Actor, "APT28".to_owned())];
    update(
        &mut app,
        Msg::TagsChanged(Ok(TagChange {
            added: false,
            provenance: Provenance::User,
            rows: rows.clone(),
            replaced: Vec::new(),
            articles: 1,
            undo: true,
        })),
    );
    assert_eq!(
        update(&mut app, ctrl('r')),
        vec![Effect::Tag(TagJob::RestoreTags {
            rows: rows.clone(),
            undo: false
        })],
        "the undo removed the tag: redo puts it back"
    );
    update(
        &mut app,
        Msg::ReadChanged(Ok(ReadChange {
            ids: vec![id],
            read: false,
            undo: true,
        })),
    );
    assert_eq!(
        update(&mut app, ctrl('r')),
        vec![Effect::Db(DbJob::SetReadMany {
            ids: vec![id],
            read: true,
            undo: false
        })]
    );
}

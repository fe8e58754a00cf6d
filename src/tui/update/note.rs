//! The note editor: `n` opens it on the open article, Enter types a new line, the save key sends the
//! note to the database worker, Esc (or Ctrl-C) closes it unsaved. The reader shows a note only once
//! `NoteSaved` reports it committed, as tags are.
use crate::tui::i18n::T;
use crate::tui::keymap::Action;
use crate::tui::model::tagging::Edit;
use crate::tui::model::{App, NoteEditor, Notice, Overlay};
use crate::tui::msg::{DbJob, Effect, NoteChange};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// `n`: edits the note of the article shown in the reader (its note is loaded with it).
pub(super) fn open(app: &mut App) -> Vec<Effect> {
    let current = app.current_article().map(|a| a.id);
    let Some(open) = app
        .reader
        .open
        .as_ref()
        .filter(|o| Some(o.article.summary.id) == current)
    else {
        app.notice = Some(Notice::info(T::OpenToNote, Vec::new()));
        return Vec::new();
    };
    if app.settings.editor.is_some() {
        return vec![Effect::EditNote {
            id: open.article.summary.id,
            text: open.article.note.clone().unwrap_or_default(),
        }];
    }
    let editor = NoteEditor::new(open.article.summary.id, open.article.note.as_deref());
    app.overlay = Overlay::Note(editor);
    Vec::new()
}

/// The user's editor exited: a changed note goes to the database (shown once committed); an
/// unchanged one, or a failed editor, writes nothing.
pub(super) fn on_note_edited(
    app: &mut App,
    id: crate::model::ArticleId,
    result: Result<String, String>,
) -> Vec<Effect> {
    let text = match result {
        Ok(text) => text,
        Err(e) => {
            app.notice = Some(Notice::error(T::NoteFailed, vec![("error", e)]));
            return Vec::new();
        }
    };
    let note = Some(text.trim())
        .filter(|t| !t.is_empty())
        .map(str::to_owned);
    let current = app
        .reader
        .open
        .as_ref()
        .filter(|o| o.article.summary.id == id)
        .and_then(|o| o.article.note.clone());
    if note == current {
        app.notice = Some(Notice::info(T::NoteCancelled, Vec::new()));
        return Vec::new();
    }
    vec![Effect::Db(DbJob::SetNote {
        id,
        note,
        undo: false,
    })]
}

/// Keys while the editor is open.
pub(super) fn on_note_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let save = app
        .settings
        .keymap
        .keys(Action::SaveNote)
        .iter()
        .any(|k| k.matches(&key));
    let Overlay::Note(editor) = &mut app.overlay else {
        return Vec::new();
    };
    if save {
        if editor.saving {
            return Vec::new();
        }
        editor.saving = true;
        let text = editor.input.text.trim();
        return vec![Effect::Db(DbJob::SetNote {
            id: editor.id,
            note: (!text.is_empty()).then(|| text.to_owned()),
            undo: false,
        })];
    }
    match key.code {
        KeyCode::Esc => {
            app.overlay = Overlay::None;
            app.notice = Some(Notice::info(T::NoteCancelled, Vec::new()));
        }
        KeyCode::Enter => editor.input.insert('\n'),
        KeyCode::Up => editor.move_line(-1),
        KeyCode::Down => editor.move_line(1),
        KeyCode::Home => editor.line_edge(false),
        KeyCode::End => editor.line_edge(true),
        KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => {
            editor.clear_line_before();
        }
        _ => {
            editor.input.on_key(key);
        }
    }
    Vec::new()
}

/// The worker committed a note (or failed): the reader and the list show it now, and it becomes an
/// undo step; on failure the editor stays open with the text, to try again.
pub(super) fn on_note_saved(app: &mut App, result: Result<NoteChange, String>) -> Vec<Effect> {
    let change = match result {
        Ok(change) => change,
        Err(e) => {
            if let Overlay::Note(editor) = &mut app.overlay {
                editor.saving = false;
            }
            app.notice = Some(Notice::error(T::NoteFailed, vec![("error", e)]));
            return Vec::new();
        }
    };
    if matches!(&app.overlay, Overlay::Note(e) if e.id == change.id && e.saving) {
        app.overlay = Overlay::None;
    }
    let noted = change.after.is_some();
    if let Some(row) = app.list.find_mut(change.id) {
        row.noted = noted;
    }
    if let Some(open) = app
        .reader
        .open
        .as_mut()
        .filter(|o| o.article.summary.id == change.id)
    {
        open.article.note.clone_from(&change.after);
        open.article.summary.noted = noted;
    }
    let text = match (change.undo, noted) {
        (true, _) => T::NoteUndone,
        (false, true) => T::NoteSaved,
        (false, false) => T::NoteCleared,
    };
    app.notice = Some(Notice::info(text, Vec::new()));
    if change.undo {
        app.tagging.remember_undo(Edit::Note(change));
    } else if change.before != change.after {
        app.tagging.remember(Edit::Note(change));
    }
    super::geometry::on_geometry_change(app)
}

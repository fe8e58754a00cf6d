//! `veille note ID [TEXT | -] [--clear] [--json]`: the analyst's free-text note on one article,
//! several lines; printed, written (from the argument or standard input) or cleared.
use super::{Paths, open_store, open_store_read, output};
use crate::i18n::T;
use crate::model::ArticleId;
use crate::model::Lang;
use crate::store::{Store, StoreError};
use crate::text::sanitize::clean_body;
use anyhow::{Context, Result, bail};
use serde::Serialize;
use std::io::{Read, Write};
use std::process::ExitCode;

/// The longest note kept: a page of notes is a few kilobytes; more is a pasted article.
pub const MAX_NOTE_BYTES: usize = 100_000;

/// What `veille note` is asked to do.
pub enum NoteEdit {
    /// Print the note.
    Show,
    /// Replace it with this text (`-`: standard input).
    Write(String),
    /// Remove it.
    Clear,
}

#[derive(Serialize)]
struct NoteJson<'a> {
    id: i64,
    note: Option<&'a str>,
}

/// Runs `veille note`.
pub fn note(paths: &Paths, id: i64, edit: NoteEdit, json: bool) -> Result<ExitCode> {
    let id = ArticleId(id);
    let lang = paths.lang;
    let text = match edit {
        NoteEdit::Show => {
            let note = current_note(lang, &open_store_read(paths)?, id)?;
            return print(id, note.as_deref(), json, None);
        }
        NoteEdit::Clear => None,
        NoteEdit::Write(typed) => {
            let typed = if typed == "-" {
                let mut read = String::new();
                std::io::stdin()
                    .take(MAX_NOTE_BYTES as u64 * 4 + 1)
                    .read_to_string(&mut read)
                    .with_context(|| T::CliNoteStdin.get(lang))?;
                read
            } else {
                typed
            };
            // What a terminal would act on (escape sequences, bidi overrides) is not kept.
            let clean = clean_body(&typed, usize::MAX);
            if clean.trim().is_empty() {
                output::say(lang, &T::CliNoteEmpty.say(lang, &[("id", &id.0)]));
                return Ok(ExitCode::from(2));
            }
            if clean.len() > MAX_NOTE_BYTES {
                let said =
                    T::CliNoteTooLong.say(lang, &[("n", &clean.len()), ("max", &MAX_NOTE_BYTES)]);
                output::say(lang, &said);
                return Ok(ExitCode::from(2));
            }
            Some(clean)
        }
    };
    let mut store = open_store(paths)?;
    let had = current_note(lang, &store, id)?.is_some();
    store.set_note(id, text.as_deref())?;
    let stored = store.note(id)?;
    let said = match (&stored, had) {
        (Some(_), _) => T::CliNoteSaved,
        (None, true) => T::CliNoteRemoved,
        (None, false) => T::CliNoNote,
    }
    .say(lang, &[("id", &id.0)]);
    print(id, stored.as_deref(), json, Some(said))
}

/// The article's note; an unknown id is an error that says where ids come from. One small query:
/// the article itself (its text and HTML) is not loaded to learn that it exists.
fn current_note(lang: Lang, store: &Store, id: ArticleId) -> Result<Option<String>> {
    match store.note(id) {
        Err(StoreError::UnknownArticle { .. }) => {
            bail!(T::CliNoArticle.say(lang, &[("id", &id.0)]))
        }
        other => Ok(other?),
    }
}

/// The note as JSON, or for people: the text itself when shown, else what was done.
fn print(id: ArticleId, note: Option<&str>, json: bool, done: Option<String>) -> Result<ExitCode> {
    let mut out = output::stdout();
    if json {
        output::write_json(&mut out, &NoteJson { id: id.0, note })?;
    } else {
        match (done, note) {
            (Some(said), _) => writeln!(out, "{said}")?,
            (None, Some(note)) => writeln!(out, "{}", note.trim_end())?,
            (None, None) => {}
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

//! The library's errors said in the interface language. Their English is their `Display`, which
//! logs and other callers keep; in French the command line says them from the table, down to
//! the cause an operating system or SQLite gives, which stays as it was given.
use crate::config::ConfigError;
use crate::export::ExportError;
use crate::feed::opml::OpmlError;
use crate::i18n::T;
use crate::model::Lang;
use crate::store::StoreError;
use crate::taxii::TaxiiError;
use std::error::Error;

/// `cause` in `lang`, when it is a library error the table knows; `None` keeps its own text.
pub fn localized(lang: Lang, cause: &(dyn Error + 'static)) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    if let Some(e) = cause.downcast_ref::<StoreError>() {
        return Some(store(lang, e));
    }
    if let Some(ConfigError::Io { path, source }) = cause.downcast_ref::<ConfigError>() {
        return Some(with_cause(lang, T::CliCannotRead, path, source));
    }
    if let Some(e) = cause.downcast_ref::<ExportError>() {
        return export(lang, e);
    }
    if let Some(OpmlError(detail)) = cause.downcast_ref::<OpmlError>() {
        return Some(T::ErrOpml.fill(lang, &[("detail", detail)]));
    }
    // A push's own errors quote the server's dialogue and stay English; the store's and the
    // export's are said as above (they are transparent inside it).
    match cause.downcast_ref::<TaxiiError>() {
        Some(TaxiiError::Store(e)) => Some(store(lang, e)),
        Some(TaxiiError::Export(e)) => export(lang, e),
        _ => None,
    }
}

fn store(lang: Lang, e: &StoreError) -> String {
    let shown = |path: &std::path::Path| path.display().to_string();
    match e {
        StoreError::NotADatabase { path, detail } => {
            T::ErrNotADatabase.fill(lang, &[("path", &shown(path)), ("detail", detail)])
        }
        StoreError::Foreign { path } => T::ErrForeign.fill(lang, &[("path", &shown(path))]),
        StoreError::TooNew { path, found, known } => T::ErrTooNew.say(
            lang,
            &[("path", &shown(path)), ("found", found), ("known", known)],
        ),
        StoreError::Outdated { path, found, known } => T::ErrOutdated.say(
            lang,
            &[("path", &shown(path)), ("found", found), ("known", known)],
        ),
        StoreError::Open { path, source } => with_cause(lang, T::ErrCannotOpen, path, source),
        StoreError::Io { path, source } => with_cause(lang, T::ErrCannotAccess, path, source),
        StoreError::UnknownFeed { id } => T::ErrUnknownFeed.say(lang, &[("id", id)]),
        StoreError::UnknownArticle { id } => T::CliNoArticle.say(lang, &[("id", id)]),
        StoreError::UnknownStory { id } => T::CliNoStory.say(lang, &[("id", id)]),
        StoreError::EmptyTag { facet } => T::ErrEmptyTag.fill(lang, &[("facet", facet)]),
        StoreError::Busy => T::ErrBusy.get(lang).to_owned(),
        StoreError::Sqlite(source) => T::ErrDatabase.say(lang, &[("error", source)]),
    }
}

fn export(lang: Lang, e: &ExportError) -> Option<String> {
    let context = |t: T, cause: &dyn std::fmt::Display| {
        T::CliCause.say(lang, &[("context", &t.get(lang)), ("cause", cause)])
    };
    Some(match e {
        ExportError::Io(source) => context(T::ErrExportWrite, source),
        ExportError::Csv(source) => context(T::ErrExportCsv, source),
        ExportError::Json(source) => context(T::ErrExportJson, source),
        ExportError::File { path, source } => with_cause(lang, T::CliCannotWrite, path, source),
        ExportError::NeedsDirectory(format) => {
            T::ErrNeedsDirectory.fill(lang, &[("format", format)])
        }
        // The reason is composed where the feed directory is checked: said as it is.
        ExportError::Feed { .. } => return None,
    })
}

/// `text` about `path`, then the cause as it was given.
fn with_cause(lang: Lang, text: T, path: &std::path::Path, cause: &dyn Error) -> String {
    let context = text.fill(lang, &[("path", &path.display().to_string())]);
    T::CliCause.say(lang, &[("context", &context), ("cause", &cause)])
}

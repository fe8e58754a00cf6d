//! `veille export`: the articles matching FILTERS, in one of the export formats, to stdout or a file.
use super::args::FilterArgs;
use super::articles::to_filter;
use super::{Paths, output as out};
use crate::export::{self, Format, Options};
use crate::i18n::T;
use anyhow::{Context, Result};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Exports the matching articles; with `output`, says on stderr how many went where.
pub fn run(
    paths: &Paths,
    format: Format,
    filters: &FilterArgs,
    options: &Options,
    output: Option<&Path>,
) -> Result<ExitCode> {
    let lang = paths.lang;
    if format == Format::MispFeed && output.is_none() {
        out::say(lang, T::CliMispFeedNeedsDir.get(lang));
        return Ok(ExitCode::from(2));
    }
    let filter = to_filter(paths, filters, None)?;
    let store = super::articles::open_filtered(paths, &filter)?;
    let items = export::load(&store, &filter).with_context(|| {
        T::CliCannotRead.fill(lang, &[("path", &paths.db.display().to_string())])
    })?;
    let vocab: &crate::tagging::Vocabulary = paths.vocabulary()?;
    match output {
        Some(dir) if format == Format::MispFeed => {
            let s = export::write_misp_feed(&items, vocab, options, dir, chrono::Utc::now())?;
            let said = T::CliMispFeedWritten.say(
                lang,
                &[
                    ("dir", &dir.display()),
                    ("added", &s.added),
                    ("updated", &s.updated),
                    ("unchanged", &s.unchanged),
                    ("total", &s.total),
                ],
            );
            out::say(lang, &said);
        }
        Some(path) => {
            export::write_file(format, &items, vocab, options, path)?;
            let said = T::CliExported.say(
                lang,
                &[
                    ("n", &items.len()),
                    ("format", &format.name()),
                    ("path", &path.display()),
                ],
            );
            out::say(lang, &said);
        }
        None => {
            let mut stdout = out::stdout();
            export::write(format, &items, vocab, options, &mut stdout)?;
            stdout.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

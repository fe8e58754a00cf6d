//! `veille export`: the articles matching FILTERS, in one of the export formats, to stdout or a file.
use super::args::FilterArgs;
use super::articles::to_filter;
use super::{Paths, open_store_read, output as out};
use crate::export::{self, Format, Options};
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
    if format == Format::MispFeed && output.is_none() {
        out::to_stderr(format_args!(
            "veille: --format misp-feed writes a directory: give it with -o DIR"
        ));
        return Ok(ExitCode::from(2));
    }
    let filter = to_filter(paths, filters, None)?;
    let store = open_store_read(paths)?;
    let items = export::load(&store, &filter)
        .with_context(|| format!("cannot read {}", paths.db.display()))?;
    let vocab: &crate::tagging::Vocabulary = paths.vocabulary()?;
    match output {
        Some(dir) if format == Format::MispFeed => {
            let s = export::write_misp_feed(&items, vocab, options, dir, chrono::Utc::now())?;
            out::to_stderr(format_args!(
                "veille: MISP feed {}: {} new, {} updated, {} unchanged events ({} in the feed)",
                dir.display(),
                s.added,
                s.updated,
                s.unchanged,
                s.total
            ));
        }
        Some(path) => {
            export::write_file(format, &items, vocab, options, path)?;
            out::to_stderr(format_args!(
                "veille: exported {} articles as {} to {}",
                items.len(),
                format.name(),
                path.display()
            ));
        }
        None => {
            let mut stdout = out::stdout();
            export::write(format, &items, vocab, options, &mut stdout)?;
            stdout.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

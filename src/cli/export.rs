//! `veille export`: the articles matching FILTERS, in one of the export formats, to stdout or a file.
use super::args::FilterArgs;
use super::articles::to_filter;
use super::{Paths, open_store_read, output as out};
use crate::export::{self, Format, Options};
use crate::tagging::Vocabulary;
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
    let filter = to_filter(filters, None)?;
    let store = open_store_read(paths)?;
    let items = export::load(&store, &filter)
        .with_context(|| format!("cannot read {}", paths.db.display()))?;
    let vocab = Vocabulary::current().context("cannot load the tag vocabulary")?;
    match output {
        Some(path) => {
            export::write_file(format, &items, &vocab, options, path)?;
            out::to_stderr(format_args!(
                "veille: exported {} articles as {} to {}",
                items.len(),
                format.name(),
                path.display()
            ));
        }
        None => {
            let mut stdout = out::stdout();
            export::write(format, &items, &vocab, options, &mut stdout)?;
            stdout.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

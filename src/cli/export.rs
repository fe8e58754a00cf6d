//! `veille export`: the articles matching FILTERS, in one of the export formats, to stdout or a file.
use super::args::FilterArgs;
use super::articles::to_filter;
use super::{Paths, open_store};
use crate::export::{self, Format, Options};
use crate::tagging::Vocabulary;
use anyhow::{Context, Result};
use std::io::{self, Write};
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
    let store = open_store(paths)?;
    let items = export::load(&store, &filter)
        .with_context(|| format!("cannot read {}", paths.db.display()))?;
    let vocab = Vocabulary::current().context("cannot load the tag vocabulary")?;
    match output {
        Some(path) => {
            export::write_file(format, &items, &vocab, options, path)?;
            eprintln!(
                "veille: exported {} articles as {} to {}",
                items.len(),
                format.name(),
                path.display()
            );
        }
        None => {
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            let written = export::write(format, &items, &vocab, options, &mut out)
                .map_err(anyhow::Error::from)
                .and_then(|()| Ok(out.flush()?));
            // A closed pipe (`veille export ... | head`) is not a failure.
            if let Err(e) = written
                && !is_broken_pipe(&e)
            {
                return Err(e);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

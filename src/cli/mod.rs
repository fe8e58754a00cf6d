//! The command line: clap definitions and dispatch to the library. No business logic here.
use anyhow::{Context, Result};
use clap::Parser;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

pub mod args;
mod articles;
mod dates;
mod export;
mod feeds;
mod fetch;
mod output;
mod tag;

use args::{Cli, Command};

/// Runs the program with the process's arguments; returns the exit code of DESIGN.md
/// (0 success, 1 failure, 2 bad usage).
pub fn main() -> ExitCode {
    // First of all: no panic message may quote feed text on the terminal (see `panics`).
    crate::panics::install_hook();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2).
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match run(cli) {
        Ok(code) => code,
        // A closed standard output ends a command quietly (see `output`).
        Err(_) if output::stdout_closed() => ExitCode::SUCCESS,
        Err(e) => {
            output::to_stderr(format_args!("veille: {}", output::error_chain(&e)));
            ExitCode::from(1)
        }
    }
}

/// Where the configuration and the database live for this run.
pub(crate) struct Paths {
    pub config: PathBuf,
    pub db: PathBuf,
    /// What the configuration says, read once at start-up.
    pub loaded: crate::config::Config,
}

fn run(cli: Cli) -> Result<ExitCode> {
    let config = cli.config.unwrap_or_else(crate::config::default_path);
    // Every command validates the configuration, so a mistake in it is reported at once, with its line.
    let loaded = crate::config::load(&config)?.config;
    let paths = Paths {
        config,
        db: cli.db.unwrap_or_else(crate::config::default_db_path),
        loaded,
    };
    // A `taxonomy.toml` beside the configuration extends the bundled vocabulary (same schema).
    crate::tagging::Vocabulary::use_user_file(&paths.config.with_file_name("taxonomy.toml"))?;
    match cli.command {
        // The reader needs a terminal; piped, the default command prints the newest articles.
        None if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() => {
            crate::tui::run(&paths.loaded, &paths.db)?;
            Ok(ExitCode::SUCCESS)
        }
        None => articles::overview(&paths),
        Some(Command::Fetch { feeds, strict }) => fetch::run(&paths, &feeds, strict),
        Some(Command::Feeds(command)) => feeds::run(&paths, command),
        Some(Command::List {
            filters,
            json,
            limit,
        }) => articles::list(&paths, &filters, json, limit, None),
        Some(Command::Search {
            words,
            filters,
            json,
            limit,
        }) => articles::list(&paths, &filters, json, limit, Some(words)),
        Some(Command::Show { id, width, full }) => articles::show(&paths, id, width, full),
        Some(Command::Export {
            format,
            filters,
            output,
            delimiter,
            bom,
            misp_per_article,
        }) => {
            let (author, author_is_organisation) = paths.loaded.export.author();
            let options = crate::export::Options {
                delimiter,
                bom,
                misp_per_article,
                author,
                author_is_organisation,
                tlp: paths.loaded.export.tlp,
            };
            export::run(&paths, format.into(), &filters, &options, output.as_deref())
        }
        Some(Command::Tag {
            id,
            actors,
            targets,
            attacks,
            remove,
            tlp,
        }) => tag::tag(&paths, id, [actors, targets, attacks], remove, tlp),
        Some(Command::Suggest { id, json }) => tag::suggest(&paths, id, json),
    }
}

/// Opens the database named by `paths` for a command that writes (created if missing).
pub(crate) fn open_store(paths: &Paths) -> Result<crate::store::Store> {
    crate::store::Store::open(&paths.db)
        .with_context(|| format!("cannot open the database {}", paths.db.display()))
}

/// Opens the database named by `paths` for a command that only reads: nothing is created or
/// written. Where no database exists yet, the command reads an empty one, and says so on stderr.
pub(crate) fn open_store_read(paths: &Paths) -> Result<crate::store::Store> {
    let opened = crate::store::Store::open_read_only(&paths.db)
        .with_context(|| format!("cannot open the database {}", paths.db.display()))?;
    match opened {
        Some(store) => Ok(store),
        None => {
            output::to_stderr(format_args!(
                "veille: no database at {} yet: nothing is stored (run `veille fetch`)",
                paths.db.display()
            ));
            Ok(crate::store::Store::open_in_memory()?)
        }
    }
}

//! The command line: clap definitions and dispatch to the library. No business logic here.
use crate::i18n::{T, interface_lang};
use crate::model::Lang;
use crate::tagging::Vocabulary;
use anyhow::{Context, Result};
use clap::Parser;
use std::cell::OnceCell;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

pub mod args;
mod articles;
mod dates;
mod errors;
mod export;
mod feeds;
mod fetch;
mod generated;
pub(crate) mod help;
mod in_order;
mod note;
mod output;
mod push;
mod tag;

use args::{Cli, Command, PushCommand};

/// Runs the program with the process's arguments; returns the exit code of DESIGN.md
/// (0 success, 1 failure, 2 bad usage).
pub fn main() -> ExitCode {
    // First of all: no panic message may quote feed text on the terminal (see `panics`).
    crate::panics::install_hook();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            // A help speaks the interface language; usage errors stay clap's English.
            let e = if help::is_help(&e) {
                help::help_in_language(e, &args)
            } else {
                e
            };
            // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2).
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    // The environment's language until the configuration, read in `run`, may say another.
    let mut lang = interface_lang(None);
    match run(cli, &mut lang) {
        Ok(code) => code,
        // A closed standard output ends a command quietly (see `output`).
        Err(_) if output::stdout_closed() => ExitCode::SUCCESS,
        Err(e) => {
            output::say(lang, &output::error_chain(lang, &e));
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
    /// The language of every human line (`ui_lang`, else the locale); never of `--json`.
    pub lang: Lang,
    /// The tag vocabulary, built the first time a command needs it and then kept for the run.
    vocab: OnceCell<Arc<Vocabulary>>,
}

impl Paths {
    /// The vocabulary in force: the bundled one, extended by a `taxonomy.toml` beside the
    /// configuration file (same schema). Built once per run: parsing it takes milliseconds.
    pub fn vocabulary(&self) -> Result<&Arc<Vocabulary>> {
        if let Some(vocab) = self.vocab.get() {
            return Ok(vocab);
        }
        let vocab = Vocabulary::load(&self.user_vocabulary())
            .with_context(|| T::CliVocabulary.get(self.lang))?;
        Ok(self.vocab.get_or_init(|| Arc::new(vocab)))
    }

    fn user_vocabulary(&self) -> PathBuf {
        self.config.with_file_name("taxonomy.toml")
    }
}

/// Runs the command; `lang` becomes the interface language once the configuration is read.
fn run(cli: Cli, lang: &mut Lang) -> Result<ExitCode> {
    let named = cli.config.is_some();
    let config = cli.config.unwrap_or_else(crate::config::default_path);
    // Every command validates the configuration, so a mistake in it is reported at once, with its line.
    let loaded = crate::config::load(&config)?;
    *lang = interface_lang(loaded.config.ui_lang);
    let lang = *lang;
    // A file named on purpose that is not there is a typo, not a wish for the defaults; only the
    // commands that create the file may start without it.
    if named && !loaded.user_file_exists && !creates_config(cli.command.as_ref()) {
        let path = config.display().to_string();
        return usage(lang, &T::CliNoConfigFile.fill(lang, &[("path", &path)]));
    }
    let loaded = loaded.config;
    let paths = Paths {
        config,
        db: cli.db.unwrap_or_else(crate::config::default_db_path),
        loaded,
        lang,
        vocab: OnceCell::new(),
    };
    // The user's vocabulary file is checked before anything runs, so a mistake in it is reported
    // at once, with its entry; the vocabulary built for that is the one the command uses.
    if paths.user_vocabulary().exists() {
        paths.vocabulary()?;
    }
    match cli.command {
        // The reader needs a terminal; piped, the default command prints the newest articles.
        None if std::io::stdin().is_terminal() && std::io::stdout().is_terminal() => {
            crate::tui::run(
                &paths.loaded,
                &paths.config,
                &paths.db,
                Arc::clone(paths.vocabulary()?),
            )?;
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
        Some(Command::Stories {
            filters,
            json,
            limit,
            min_articles,
        }) => articles::stories(&paths, &filters, json, limit, min_articles),
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
            let mut options = export_options(&paths);
            options.delimiter = delimiter;
            options.bom = bom;
            options.misp_per_article = misp_per_article;
            export::run(&paths, format.into(), &filters, &options, output.as_deref())
        }
        Some(Command::Push(PushCommand::Taxii {
            url,
            collection,
            filters,
            resend,
        })) => push::taxii(
            &paths,
            &url,
            &collection,
            &filters,
            resend,
            &export_options(&paths),
        ),
        Some(Command::Tag {
            id,
            actors,
            targets,
            attacks,
            remove,
            tlp,
        }) => tag::tag(&paths, id, [actors, targets, attacks], remove, tlp),
        Some(Command::Completions { shell }) => generated::completions(shell),
        Some(Command::Man) => generated::man_page(),
        Some(Command::Note {
            id,
            text,
            clear,
            json,
        }) => {
            let edit = match (text, clear) {
                (Some(text), _) => note::NoteEdit::Write(text),
                (None, true) => note::NoteEdit::Clear,
                (None, false) => note::NoteEdit::Show,
            };
            note::note(&paths, id, edit, json)
        }
        Some(Command::Suggest { id, filters, json }) => match id {
            Some(id) if filters.is_empty() => tag::suggest(&paths, id, json),
            Some(_) => usage(lang, T::CliSuggestBoth.get(lang)),
            None if json => tag::suggest_many(&paths, &filters),
            None => usage(lang, T::CliSuggestNeither.get(lang)),
        },
    }
}

/// Bad usage found after parsing: said on stderr, exit code 2.
/// Commands that write the configuration file, creating it when it is missing.
fn creates_config(command: Option<&Command>) -> bool {
    matches!(
        command,
        Some(
            Command::Feeds(args::FeedsCommand::Add { .. } | args::FeedsCommand::Import { .. })
                | Command::Completions { .. }
                | Command::Man
        )
    )
}

fn usage(lang: Lang, message: &str) -> Result<ExitCode> {
    output::say(lang, message);
    Ok(ExitCode::from(2))
}

/// The export options the configuration sets: `veille export` and `veille push` build the same
/// STIX objects from them.
fn export_options(paths: &Paths) -> crate::export::Options {
    let (author, author_is_organisation) = paths.loaded.export.author();
    crate::export::Options {
        author,
        author_is_organisation,
        tlp: paths.loaded.export.tlp,
        lang: paths.lang,
        ..crate::export::Options::default()
    }
}

/// Opens the database named by `paths` for a command that writes (created if missing).
pub(crate) fn open_store(paths: &Paths) -> Result<crate::store::Store> {
    crate::store::Store::open(&paths.db).with_context(|| cannot_open(paths))
}

fn cannot_open(paths: &Paths) -> String {
    let path = paths.db.display().to_string();
    T::CliCannotOpenDb.fill(paths.lang, &[("path", &path)])
}

/// Opens the database named by `paths` for a command that only reads: nothing is created or
/// written. Where no database exists yet, the command reads an empty one, and says so on stderr.
pub(crate) fn open_store_read(paths: &Paths) -> Result<crate::store::Store> {
    let opened =
        crate::store::Store::open_read_only(&paths.db).with_context(|| cannot_open(paths))?;
    match opened {
        Some(store) => Ok(store),
        None => {
            let path = paths.db.display().to_string();
            output::say(
                paths.lang,
                &T::CliNoDatabase.fill(paths.lang, &[("path", &path)]),
            );
            Ok(crate::store::Store::open_in_memory()?)
        }
    }
}

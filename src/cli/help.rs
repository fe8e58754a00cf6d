//! `--help` in the interface language. clap writes the help while it reads the command line,
//! before veille loads its configuration, so the language of a help is decided on its own: from
//! the `ui_lang` of the configuration file the command names (`--config`, `VEILLE_CONFIG`, else
//! the default place), else the locale. English is the grammar's doc comments as clap derives them;
//! French replaces every text from the catalogue (`i18n::help`), and clap's own headings and
//! brackets (`Usage:`, `[default: …]`) with French ones. Flags, subcommands and value names are
//! the contract of DESIGN.md: they never change with the language.
use super::args::Cli;
use crate::i18n::help::french;
use crate::model::Lang;
use clap::builder::StyledStr;
use clap::error::ErrorKind;
use clap::{Arg, ArgAction, Command, CommandFactory};
use std::ffi::OsString;
use std::fmt::Write;
use std::path::PathBuf;

/// Whether clap stopped to print a help (`--help`, `help`, or a command group given no command).
pub fn is_help(error: &clap::Error) -> bool {
    matches!(
        error.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

/// The help `args` asked for, in the interface language of the configuration they name.
pub fn help_in_language(english: clap::Error, args: &[OsString]) -> clap::Error {
    match language_of(args) {
        Lang::En => english,
        lang => command(lang)
            .try_get_matches_from(args)
            .err()
            .unwrap_or(english),
    }
}

/// The interface language for `args`: the configuration file they name, read for its `ui_lang`
/// only (a mistake in the file is reported by the command that loads it, not by the help).
fn language_of(args: &[OsString]) -> Lang {
    let path = config_named(args).unwrap_or_else(crate::config::default_path);
    crate::i18n::interface_lang(crate::config::ui_lang_at(&path))
}

/// The configuration file `args` name, read by the grammar itself with `--help` taken as a plain
/// flag, so the reading goes past it (`veille --help --config FILE`) and past what is missing
/// (`veille export --help` has no `--format`).
fn config_named(args: &[OsString]) -> Option<PathBuf> {
    let reader = help_as_flag(Cli::command())
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .ignore_errors(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .global(true)
                .action(ArgAction::SetTrue),
        );
    let matches = reader.try_get_matches_from(args).ok()?;
    matches.get_one::<PathBuf>("config").cloned()
}

fn help_as_flag(command: Command) -> Command {
    command
        .disable_help_flag(true)
        .mut_subcommands(help_as_flag)
}

/// The grammar with its help in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut command = Cli::command();
    if lang == Lang::Fr {
        // Built first, so clap's own `--help`, `--version` and `help` are there to translate.
        command.build();
        in_french(&mut command);
    }
    command
}

/// No-break space, before a French colon.
const NB: char = '\u{a0}';

fn in_french(command: &mut Command) {
    let usage = command.get_styles().get_usage();
    let mut template = StyledStr::new();
    // clap's default template, with the usage heading in French (clap writes « Usage: » itself).
    let _ = write!(
        template,
        "{{before-help}}{{about-with-newline}}\n{usage}Utilisation{NB}:{usage:#} {{usage}}\n\n\
         {{all-args}}{{after-help}}"
    );
    let mut c = std::mem::take(command)
        .help_template(template)
        .subcommand_help_heading("Commandes\u{a0}")
        // The usage's placeholder (« veille [OPTIONS] [COMMANDE] »): a word to read, not one to
        // type, unlike the flags and commands that stay as DESIGN.md names them.
        .subcommand_value_name("COMMANDE");
    if let Some(about) = c.get_about().map(translated) {
        c = c.about(about);
    }
    if let Some(about) = c.get_long_about().map(translated) {
        c = c.long_about(about);
    }
    *command = c.mut_args(arg_in_french);
    for sub in command.get_subcommands_mut() {
        in_french(sub);
    }
}

fn arg_in_french(arg: Arg) -> Arg {
    // clap writes the heading then « : »: the no-break space goes into the heading.
    let heading = if arg.is_positional() {
        "Arguments\u{a0}"
    } else {
        "Options\u{a0}"
    };
    let mut brackets = Vec::new();
    // As clap: a flag's default (`false`) goes without saying.
    let takes_values = arg.get_action().takes_values();
    if takes_values && !arg.is_hide_default_value_set() && !arg.get_default_values().is_empty() {
        let values: Vec<_> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy())
            .collect();
        brackets.push(format!("[par défaut{NB}: {}]", values.join(", ")));
    }
    if let Some(var) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        brackets.push(format!("[variable{NB}: {}]", var.to_string_lossy()));
    }
    let values: Vec<_> = arg
        .get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect();
    let short_values = (!values.is_empty() && !arg.is_hide_possible_values_set()).then(|| {
        let names: Vec<_> = values.iter().map(|v| v.get_name()).collect();
        format!("[valeurs possibles{NB}: {}]", names.join(", "))
    });
    let help = arg.get_help().map(translated).unwrap_or_default();
    let mut long = arg.get_long_help().map(translated);
    // Values that explain themselves are listed one a line in the long help, as clap does.
    if values.iter().any(|v| v.get_help().is_some()) && !arg.is_hide_possible_values_set() {
        let mut list = format!(
            "{}\n\nValeurs possibles{NB}:",
            long.as_deref().unwrap_or(&help)
        );
        for value in &values {
            let _ = write!(list, "\n- {}", value.get_name());
            if let Some(about) = value.get_help() {
                let _ = write!(list, "{NB}: {}", translated(about));
            }
        }
        long = Some(list);
    }
    let short = [Some(help)]
        .into_iter()
        .chain([short_values])
        .flatten()
        .chain(brackets.iter().cloned())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut arg = arg
        .help(short)
        .hide_default_value(true)
        .hide_env(true)
        .hide_possible_values(true)
        .help_heading(heading);
    if let Some(long) = long {
        arg = arg.long_help(
            std::iter::once(long)
                .chain(brackets)
                .collect::<Vec<_>>()
                .join("\n\n"),
        );
    }
    arg
}

/// `english` in French; a text the catalogue lacks stays English (a test keeps that from
/// happening to veille's own texts).
fn translated(english: &StyledStr) -> String {
    let english = english.to_string();
    french(&english).map_or(english, str::to_owned)
}

/// Every help text of the grammar, clap's own included, as clap holds them in English.
#[cfg(test)]
pub(crate) fn english_texts() -> Vec<String> {
    fn walk(command: &Command, texts: &mut Vec<String>) {
        texts.extend(command.get_about().map(ToString::to_string));
        texts.extend(command.get_long_about().map(ToString::to_string));
        for arg in command.get_arguments() {
            texts.extend(arg.get_help().map(ToString::to_string));
            texts.extend(arg.get_long_help().map(ToString::to_string));
            for value in arg.get_possible_values() {
                texts.extend(value.get_help().map(ToString::to_string));
            }
        }
        for sub in command.get_subcommands() {
            walk(sub, texts);
        }
    }
    let mut command = Cli::command();
    command.build();
    let mut texts = Vec::new();
    walk(&command, &mut texts);
    texts.sort();
    texts.dedup();
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn help(lang: Lang, args: &[&str]) -> String {
        let error = command(lang).try_get_matches_from(args).unwrap_err();
        assert!(is_help(&error), "{args:?}: {error}");
        error.render().to_string()
    }

    #[test]
    fn every_help_text_has_its_french() {
        let missing: Vec<String> = english_texts()
            .into_iter()
            .filter(|t| french(t).is_none())
            .collect();
        assert!(missing.is_empty(), "no French for {missing:#?}");
    }

    #[test]
    fn the_french_grammar_is_the_english_one() {
        command(Lang::Fr).debug_assert();
        let names = |lang| {
            let mut command = command(lang);
            command.build();
            let mut names = Vec::new();
            for sub in command.get_subcommands() {
                names.push(sub.get_name().to_owned());
                for arg in sub.get_arguments() {
                    names.push(format!("{:?} {:?}", arg.get_long(), arg.get_short()));
                }
            }
            names
        };
        assert_eq!(names(Lang::Fr), names(Lang::En));
    }

    #[test]
    fn an_export_help_lists_its_formats_in_french() {
        let long = help(Lang::Fr, &["veille", "export", "--help"]);
        assert!(long.contains("Valeurs possibles\u{a0}:\n"), "{long}");
        assert!(long.contains("- csv\u{a0}: "), "{long}");
        assert!(long.contains("[par défaut\u{a0}: ,]"), "{long}");
        assert!(!long.contains("Possible values"), "{long}");
        let short = help(Lang::Fr, &["veille", "export", "-h"]);
        assert!(
            short.contains("[valeurs possibles\u{a0}: csv, json, markdown, stix, misp, misp-feed]"),
            "{short}"
        );
    }
}

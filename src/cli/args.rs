//! The command-line grammar of DESIGN.md (a contract: scripts depend on it).
use crate::model::Lang;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// veille — French and English security news in the terminal: read, tag, export.
#[derive(Debug, Parser)]
// The usage says `veille` whatever the file is called (a copy named `veille-0.1`, a link): clap
// would write the file's name in every help and error, while the manual page says `veille`.
#[command(name = "veille", bin_name = "veille", version, about, long_about = None)]
pub struct Cli {
    /// Configuration file [default: ~/.config/veille/config.toml]
    #[arg(long, global = true, env = "VEILLE_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Database file [default: ~/.local/share/veille/veille.db]
    #[arg(long, global = true, env = "VEILLE_DB", value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// What to do (default: the interactive reader).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Refresh subscriptions (all, or the ones named) and store new articles.
    Fetch {
        /// Only this feed (name or URL); repeatable.
        #[arg(long = "feed", value_name = "NAME_OR_URL")]
        feeds: Vec<String>,
        /// Exit with status 1 if any feed failed.
        #[arg(long)]
        strict: bool,
    },
    /// Manage subscriptions.
    #[command(subcommand)]
    Feeds(FeedsCommand),
    /// List stored articles, newest first.
    List {
        /// Filters.
        #[command(flatten)]
        filters: FilterArgs,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
        /// At most this many articles.
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
    },
    /// Stories: one event told by several articles, in French and English, newest first; each
    /// article says why it joined.
    Stories {
        /// Filters: a story is listed when one of its articles matches.
        #[command(flatten)]
        filters: FilterArgs,
        /// Print one JSON object per line: {"id", "title", "articles", "languages", "first_seen",
        /// "last_seen", "tags"}.
        #[arg(long)]
        json: bool,
        /// At most this many stories.
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
        /// Only stories told by at least N articles. The listing's default is 2 (a story is
        /// several articles; it says how many single articles it left out), 1 lists them too;
        /// --json lists every story unless N is given.
        #[arg(long, value_name = "N")]
        min_articles: Option<usize>,
    },
    /// Full-text search (accents ignored: "rancongiciel" finds "rançongiciel").
    Search {
        /// Words to look for.
        #[arg(value_name = "QUERY")]
        words: String,
        /// Filters.
        #[command(flatten)]
        filters: FilterArgs,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
        /// At most this many articles.
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
    },
    /// Export articles with their tags and notes (CSV, JSON, Markdown, STIX 2.1, MISP).
    Export {
        /// Output format.
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Filters.
        #[command(flatten)]
        filters: FilterArgs,
        /// Output file [default: standard output]; for misp-feed, the feed's directory (required).
        #[arg(short, long, value_name = "FILE_OR_DIR")]
        output: Option<PathBuf>,
        /// CSV: field delimiter, one ASCII character (`;` for French spreadsheets).
        #[arg(long, default_value = ",", value_parser = parse_delimiter, value_name = "CHAR")]
        delimiter: u8,
        /// CSV: start with a UTF-8 byte-order mark (for Excel).
        #[arg(long)]
        bom: bool,
        /// MISP: kept for scripts; every MISP export now has one event per article.
        #[arg(long)]
        misp_per_article: bool,
    },
    /// Send articles to a threat-intelligence platform.
    #[command(subcommand)]
    Push(PushCommand),
    /// Print one article as text.
    Show {
        /// Article id (from `list`).
        id: i64,
        /// Wrap at this width [default: the terminal's, else 80].
        #[arg(long, value_name = "COLUMNS")]
        width: Option<usize>,
        /// Fetch the page's full text first, if it is not stored yet.
        #[arg(long)]
        full: bool,
    },
    /// Tag one article; aliases resolve to canonical names ("Fancy Bear" -> APT28, "CPI" -> ICC).
    Tag {
        /// Article id (from `list`).
        id: i64,
        /// Actor; repeatable.
        #[arg(long = "actor", value_name = "V")]
        actors: Vec<String>,
        /// Target (organisation, sector or country); repeatable.
        #[arg(long = "target", value_name = "V")]
        targets: Vec<String>,
        /// Attack type; repeatable.
        #[arg(long = "attack", value_name = "V")]
        attacks: Vec<String>,
        /// Remove these tags instead of adding them.
        #[arg(long)]
        remove: bool,
        /// The article's TLP in exports: clear, green, amber, amber+strict, red, or `default`
        /// (the `[export] tlp` of the configuration).
        #[arg(long, value_name = "LEVEL", value_parser = parse_tlp)]
        tlp: Option<TlpArg>,
    },
    /// Print, write or clear the analyst's note on one article (several lines; searched with the
    /// text, exported in every format).
    Note {
        /// Article id (from `list`).
        id: i64,
        /// The new note; `-` reads it from standard input. Without it (and --clear), prints the note.
        #[arg(value_name = "TEXT | -", conflicts_with = "clear")]
        text: Option<String>,
        /// Remove the note.
        #[arg(long)]
        clear: bool,
        /// Print {"id": ID, "note": TEXT or null}.
        #[arg(long)]
        json: bool,
    },
    /// Print a completion script for a shell (bash, zsh, fish, elvish, powershell).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff; `veille man > veille.1`, or `veille man | man -l -`).
    Man,
    /// Suggest tags for one article from its title and text, or with FILTERS and --json for every
    /// matching article, one JSON line each (nothing is applied; rejected suggestions are set apart).
    Suggest {
        /// Article id (from `list`); without it, FILTERS pick the articles and --json is required.
        id: Option<i64>,
        /// Filters (without an id).
        #[command(flatten)]
        filters: FilterArgs,
        /// Print {"actor": [...], "target": [...], "attack": [...], "sector": [...], "country": [...],
        /// "cve": [...], "rejected": {...}, "details": [...]}; for many articles, one such line each
        /// with its "id". Each detail gives one value's facet, confidence and evidence.
        #[arg(long)]
        json: bool,
    },
}

/// `veille feeds ...`
#[derive(Debug, Subcommand)]
pub enum FeedsCommand {
    /// List subscriptions with their state.
    List {
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
        /// Only the feeds whose last attempt failed: the error log (reason, HTTP status, since when).
        #[arg(long)]
        failed: bool,
    },
    /// Subscribe to a feed.
    Add {
        /// The feed's URL (http or https).
        url: String,
        /// Display name [default: the feed's own title, read once; else its site's or the URL's host].
        #[arg(long)]
        name: Option<String>,
        /// Language of its articles.
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
    /// Unsubscribe (stored articles and tags are kept).
    Remove {
        /// Name or URL.
        name_or_url: String,
    },
    /// Give a subscription a new address (a feed that moved), keeping its name, articles and tags.
    SetUrl {
        /// Name or current URL.
        name_or_url: String,
        /// The new URL (http or https).
        url: String,
    },
    /// Subscribe to every feed of an OPML file.
    Import {
        /// OPML file.
        file: PathBuf,
        /// Make the file's feeds the whole subscription list (stored articles are kept).
        #[arg(long)]
        replace: bool,
    },
    /// Write subscriptions as OPML 2.0.
    Export {
        /// Output file [default: standard output].
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

/// `veille push ...`
#[derive(Debug, Subcommand)]
pub enum PushCommand {
    /// Send the STIX 2.1 objects of the matching articles to a TAXII 2.1 collection.
    ///
    /// The objects are those of `export --format stix`; those the collection already accepted,
    /// unchanged, are not sent again. Exit 1 if the server refuses any object.
    ///
    /// Credentials come from VEILLE_TAXII_USER and VEILLE_TAXII_PASSWORD (HTTP Basic) or
    /// VEILLE_TAXII_TOKEN (Bearer), else from the [taxii] table of the configuration (user and
    /// password, or token); never from the command line.
    Taxii {
        /// The API root's URL, e.g. https://taxii.example.org/api1/ (https; plain http only to
        /// this machine: localhost, 127.0.0.0/8, ::1).
        url: String,
        /// The collection's id (a UUID), as the API root's collections list it.
        #[arg(long, value_name = "ID")]
        collection: String,
        /// Send every object, even those the collection accepted before (it was emptied since).
        #[arg(long)]
        resend: bool,
        /// Filters.
        #[command(flatten)]
        filters: FilterArgs,
    },
}

/// A language on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// French.
    Fr,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(value: LangArg) -> Lang {
        match value {
            LangArg::Fr => Lang::Fr,
            LangArg::En => Lang::En,
        }
    }
}

/// An export format on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One row per article.
    Csv,
    /// The `--json` shape plus summary and note.
    Json,
    /// A digest grouped by attack type (`md` too, as the file's extension).
    #[value(alias = "md")]
    Markdown,
    /// A STIX 2.1 bundle.
    Stix,
    /// MISP event JSON: one event per article.
    Misp,
    /// A MISP feed directory (manifest.json, hashes.csv, one file per event), updated in place.
    MispFeed,
}

impl From<ExportFormat> for crate::export::Format {
    fn from(value: ExportFormat) -> crate::export::Format {
        use crate::export::Format;
        match value {
            ExportFormat::Csv => Format::Csv,
            ExportFormat::Json => Format::Json,
            ExportFormat::Markdown => Format::Markdown,
            ExportFormat::Stix => Format::Stix,
            ExportFormat::Misp => Format::Misp,
            ExportFormat::MispFeed => Format::MispFeed,
        }
    }
}

/// `--tlp`: a level, or back to the configured default.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlpArg {
    /// This level.
    Level(crate::model::Tlp),
    /// The `[export] tlp` default.
    Default,
}

fn parse_tlp(text: &str) -> Result<TlpArg, String> {
    if text.trim().eq_ignore_ascii_case("default") {
        return Ok(TlpArg::Default);
    }
    crate::model::Tlp::parse(text)
        .map(TlpArg::Level)
        .ok_or_else(|| {
            format!("{text:?} is not a TLP level (clear, green, amber, amber+strict, red, default)")
        })
}

/// A DATE of the filters, checked while the command line is read so a typo is bad usage (exit 2);
/// kept as typed, and turned into a date against the run's clock later.
fn check_date(text: &str) -> Result<String, String> {
    super::dates::parse_user_date(text, chrono::Utc::now()).map(|_| text.to_owned())
}

/// A CSV delimiter: exactly one ASCII character other than a quote or a line break.
fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text.as_bytes() {
        [b] if b.is_ascii() && !matches!(b, b'"' | b'\n' | b'\r') => Ok(*b),
        _ => Err(format!("{text:?} is not one ASCII character (try ';')")),
    }
}

/// FILTERS of DESIGN.md, shared by list, search and export.
#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// Only articles in this language.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Only this feed (name or URL); repeatable.
    #[arg(long = "feed", value_name = "NAME")]
    pub feeds: Vec<String>,
    /// Only articles tagged with this actor; repeatable (all must match).
    #[arg(long = "actor", value_name = "V")]
    pub actors: Vec<String>,
    /// Only articles tagged with this target; repeatable.
    #[arg(long = "target", value_name = "V")]
    pub targets: Vec<String>,
    /// Only articles tagged with this attack type; repeatable.
    #[arg(long = "attack", value_name = "V")]
    pub attacks: Vec<String>,
    /// Only articles with at least one tag.
    #[arg(long, conflicts_with = "untagged")]
    pub tagged: bool,
    /// Only articles without any tag.
    #[arg(long)]
    pub untagged: bool,
    /// Only unread articles.
    #[arg(long)]
    pub unread: bool,
    /// Only starred articles.
    #[arg(long)]
    pub starred: bool,
    /// Only articles with a note.
    #[arg(long)]
    pub noted: bool,
    /// Published on or after DATE (YYYY-MM-DD, RFC 3339, or relative: 7d, 2w).
    #[arg(long, value_name = "DATE", value_parser = check_date)]
    pub since: Option<String>,
    /// Published before DATE; a calendar day (YYYY-MM-DD) counts whole (same forms as --since).
    #[arg(long, value_name = "DATE", value_parser = check_date)]
    pub until: Option<String>,
    /// Full-text query.
    #[arg(long, value_name = "TEXT")]
    pub query: Option<String>,
    /// Only the articles of this story (ids from `veille stories`).
    #[arg(long, value_name = "ID")]
    pub story: Option<i64>,
}

impl FilterArgs {
    /// True when no filter is given.
    pub fn is_empty(&self) -> bool {
        let FilterArgs {
            lang,
            feeds,
            actors,
            targets,
            attacks,
            tagged,
            untagged,
            unread,
            starred,
            noted,
            since,
            until,
            query,
            story,
        } = self;
        lang.is_none()
            && feeds.is_empty()
            && actors.is_empty()
            && targets.is_empty()
            && attacks.is_empty()
            && !(*tagged || *untagged || *unread || *starred || *noted)
            && since.is_none()
            && until.is_none()
            && query.is_none()
            && story.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_grammar_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn push_taxii_takes_the_api_root_the_collection_and_the_filters() {
        let cli = Cli::try_parse_from([
            "veille",
            "push",
            "taxii",
            "https://taxii.example.org/api1/",
            "--collection",
            "365fed99-08fa-fdcd-a1b3-fb247eb41d01",
            "--tagged",
            "--since",
            "7d",
        ])
        .unwrap();
        let Some(Command::Push(PushCommand::Taxii {
            url,
            collection,
            filters,
            resend,
        })) = cli.command
        else {
            panic!()
        };
        assert_eq!(url, "https://taxii.example.org/api1/");
        assert_eq!(collection, "365fed99-08fa-fdcd-a1b3-fb247eb41d01");
        assert!(filters.tagged && !resend);
        assert_eq!(filters.since.as_deref(), Some("7d"));
        // No flag takes a credential: the collection is required, a password has no place.
        assert!(Cli::try_parse_from(["veille", "push", "taxii", "https://x/api1/"]).is_err());
        assert!(
            Cli::try_parse_from([
                "veille",
                "push",
                "taxii",
                "https://x/api1/",
                "--collection",
                "c",
                "--password",
                "p"
            ])
            .is_err()
        );
    }

    #[test]
    fn search_takes_its_query_and_the_filters() {
        let cli =
            Cli::try_parse_from(["veille", "search", "rançongiciel", "--lang", "fr", "--json"])
                .unwrap();
        let Some(Command::Search {
            words,
            filters,
            json,
            ..
        }) = cli.command
        else {
            panic!()
        };
        assert_eq!(
            (words.as_str(), filters.lang, json),
            ("rançongiciel", Some(LangArg::Fr), true)
        );
    }
}

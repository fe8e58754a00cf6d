//! Configuration: the bundled defaults in `config/veille.toml` (compiled in) merged with the user's file.
//!
//! A user file may set any key; a `feeds` array in it replaces the bundled subscriptions.
use crate::model::FeedSource;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

// Kept under its old name here: every file veille writes shares one helper.
use crate::atomic_file as atomic;
pub mod edit;
mod locate;
mod lock;
mod misplaced;
mod partial;
mod secret;

pub use secret::Secret;

/// The bundled defaults, as shipped in the repository.
pub const BUNDLED: &str = include_str!("../../config/veille.toml");

/// Everything veille reads from configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Interface language (`fr` or `en`); `None` means from `$LANG`.
    #[serde(default)]
    pub ui_lang: Option<crate::model::Lang>,
    /// The reader asks before quitting: `q` twice.
    #[serde(default)]
    pub confirm_quit: bool,
    /// The list's order when the reader starts (`S` cycles it): date, feed or title.
    #[serde(default)]
    pub sort: crate::model::Sort,
    /// The reader starts with the preview on (`v` toggles it).
    #[serde(default)]
    pub preview: bool,
    /// HTTP settings.
    pub fetch: FetchSettings,
    /// What is kept and for how long.
    pub retention: Retention,
    /// Subscriptions.
    pub feeds: Vec<FeedSource>,
    /// Key bindings replacing the bundled ones (`config/keys.toml`) for the actions they name.
    #[serde(default)]
    pub keys: std::collections::BTreeMap<String, Vec<String>>,
    /// Theme colours replacing the bundled ones for the roles they name.
    #[serde(default)]
    pub theme: std::collections::BTreeMap<String, String>,
    /// Who STIX and MISP exports name as their author, and their default TLP.
    #[serde(default)]
    pub export: ExportSettings,
    /// Credentials for `veille push taxii` (the environment's take precedence); never serialized.
    #[serde(default, skip_serializing)]
    pub taxii: TaxiiSettings,
}

/// The `[export]` table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportSettings {
    /// The author of STIX and MISP exports (STIX identity, MISP `Orgc`); unset: the user's name.
    #[serde(default)]
    pub organisation: Option<String>,
    /// TLP of every exported object, unless the article has its own.
    #[serde(default)]
    pub tlp: crate::model::Tlp,
    /// CSV written from the reader: the delimiter (unset: `;` with the French interface, the
    /// spreadsheets' own in France, else `,`).
    #[serde(default)]
    pub csv_delimiter: Option<CsvDelimiter>,
    /// CSV written from the reader: a UTF-8 byte-order mark (unset: with the French interface,
    /// so Excel reads the accents).
    #[serde(default)]
    pub csv_bom: Option<bool>,
}

/// A CSV delimiter the configuration may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CsvDelimiter {
    /// `,`
    #[serde(rename = ",")]
    Comma,
    /// `;`
    #[serde(rename = ";")]
    Semicolon,
    /// A tab.
    #[serde(rename = "\t")]
    Tab,
}

impl CsvDelimiter {
    /// The byte written between fields.
    pub fn byte(self) -> u8 {
        match self {
            CsvDelimiter::Comma => b',',
            CsvDelimiter::Semicolon => b';',
            CsvDelimiter::Tab => b'\t',
        }
    }
}

impl ExportSettings {
    /// The exports' author: the configured organisation, else the user's login name (`$USER`,
    /// `$LOGNAME`, `$USERNAME`), else "veille". The flag says whether it is an organisation.
    pub fn author(&self) -> (String, bool) {
        if let Some(name) = self.organisation.as_deref().map(str::trim)
            && !name.is_empty()
        {
            return (name.to_owned(), true);
        }
        let user = ["USER", "LOGNAME", "USERNAME"]
            .into_iter()
            .filter_map(|var| std::env::var(var).ok())
            .map(|name| name.trim().to_owned())
            .find(|name| !name.is_empty() && !name.chars().any(char::is_control));
        (user.unwrap_or_else(|| "veille".to_owned()), false)
    }
}

/// The `[taxii]` table: credentials for `veille push taxii` when the environment gives none.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxiiSettings {
    /// HTTP Basic user name (with `password`).
    #[serde(default)]
    pub user: Option<String>,
    /// HTTP Basic password (with `user`).
    #[serde(default)]
    pub password: Option<Secret>,
    /// Bearer token (instead of `user` and `password`).
    #[serde(default)]
    pub token: Option<Secret>,
}

/// HTTP settings for `veille fetch`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FetchSettings {
    /// Feeds fetched at once.
    pub concurrency: usize,
    /// Requests at once to one host.
    pub per_host: usize,
    /// Seconds to establish a connection.
    pub connect_timeout_secs: u64,
    /// Seconds for a whole request, body included.
    pub timeout_secs: u64,
    /// Largest body accepted, after decompression.
    pub max_body_bytes: u64,
    /// Redirects followed before giving up.
    pub max_redirects: usize,
    /// Longest Retry-After waited for within one run; longer ones postpone the feed to a later run.
    pub max_retry_wait_secs: u64,
    /// User-Agent header.
    pub user_agent: String,
    /// Whether feeds, article pages and redirects may reach loopback, private and link-local
    /// addresses. Off: only a subscription on such a host reaches it (that host and port only).
    #[serde(default)]
    pub allow_private: bool,
}

/// Retention of old articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// Read articles older than this without tag, star or note are purged; 0 (default) keeps all.
    pub max_age_days: u32,
}

/// Where the configuration came from and what it says.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The merged configuration.
    pub config: Config,
    /// The user's file path (which may not exist).
    pub path: PathBuf,
    /// Whether the user's file exists.
    pub user_file_exists: bool,
}

/// A configuration error that names the file, line and key.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read {path}: {source}")]
    Io {
        /// File.
        path: PathBuf,
        /// Cause.
        source: std::io::Error,
    },
    /// The file is not valid TOML or has a wrong key or value.
    #[error("{path}:{line}: {key}: {message}")]
    Invalid {
        /// File.
        path: PathBuf,
        /// 1-based line, 0 when unknown.
        line: usize,
        /// Dotted key, e.g. `feeds[3].url`.
        key: String,
        /// What is wrong.
        message: String,
    },
}

/// How the bundled file is named in errors (it can only fail in a broken build, which a test catches).
pub const BUNDLED_NAME: &str = "<bundled config/veille.toml>";

/// Loads the bundled defaults merged with the user's file at `path` (missing file = defaults).
pub fn load(path: &Path) -> Result<Loaded, ConfigError> {
    let mut config = bundled()?;
    let user_file_exists = match std::fs::read_to_string(path) {
        Ok(text) => {
            partial::parse(&text, path)?.apply_to(&mut config);
            true
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        Err(source) => {
            return Err(ConfigError::Io {
                path: path.to_owned(),
                source,
            });
        }
    };
    config.fetch.user_agent = config
        .fetch
        .user_agent
        .replace("{version}", env!("CARGO_PKG_VERSION"));
    Ok(Loaded {
        config,
        path: path.to_owned(),
        user_file_exists,
    })
}

/// The `ui_lang` of the file at `path` and nothing else, for what speaks before the configuration is
/// loaded (clap's `--help`): `None` when the key is unset or the file missing or faulty (the command
/// that loads the file then reports the fault, with its line).
pub fn ui_lang_at(path: &Path) -> Option<crate::model::Lang> {
    let text = std::fs::read_to_string(path).ok()?;
    partial::parse(&text, path).ok()?.ui_lang()
}

/// An error about the value at `key` (dotted, e.g. `keys.quit`) of the file at `path`, named with
/// its line like every other configuration error; for checks made above this module (the
/// reader's keymap and theme). Line 0 when the file or key cannot be found.
pub fn invalid_at(path: &Path, key: &str, message: impl Into<String>) -> ConfigError {
    let line = std::fs::read_to_string(path)
        .ok()
        .and_then(|text| {
            let span = locate::SpanIndex::new(&text)?.span_of(key)?;
            Some(locate::line_of(&text, span.start))
        })
        .unwrap_or(0);
    ConfigError::Invalid {
        path: path.to_owned(),
        line,
        key: key.to_owned(),
        message: message.into(),
    }
}

/// The bundled defaults alone, as a complete configuration (`user_agent` still holds `{version}`).
pub fn bundled() -> Result<Config, ConfigError> {
    partial::parse_complete(BUNDLED, Path::new(BUNDLED_NAME))
}

/// Checks a configuration text as `load` would, without reading any file; `path` names it in errors.
pub fn check_text(text: &str, path: &Path) -> Result<(), ConfigError> {
    partial::parse(text, path).map(drop)
}

/// The canonical form of an absolute http(s) URL (`None` otherwise), the form compared to find duplicates.
pub fn canonical_feed_url(url: &str) -> Option<String> {
    partial::http_url(url)
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "veille")
}

/// The default user config path (`~/.config/veille/config.toml`).
pub fn default_path() -> PathBuf {
    project_dirs().map_or_else(
        || PathBuf::from("veille.toml"),
        |dirs| dirs.config_dir().join("config.toml"),
    )
}

/// The default database path (`~/.local/share/veille/veille.db`).
pub fn default_db_path() -> PathBuf {
    project_dirs().map_or_else(
        || PathBuf::from("veille.db"),
        |dirs| dirs.data_dir().join("veille.db"),
    )
}

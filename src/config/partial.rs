//! One configuration file as written: every key optional, unknown keys refused, values checked.
use super::ConfigError;
use super::locate::{SpanIndex, key_near, line_of};
use super::{Config, FetchSettings, Secret};
use crate::model::{FeedSource, Lang};
use serde::Deserialize;
use std::collections::HashSet;
use std::ops::RangeInclusive;
use std::path::Path;

/// What one file sets; `None` keeps the value from below (the bundled defaults).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PartialConfig {
    ui_lang: Option<Lang>,
    confirm_quit: Option<bool>,
    sort: Option<crate::model::Sort>,
    preview: Option<bool>,
    fetch: Option<PartialFetch>,
    retention: Option<PartialRetention>,
    feeds: Option<Vec<StrictFeed>>,
    keys: Option<std::collections::BTreeMap<String, Vec<String>>>,
    theme: Option<std::collections::BTreeMap<String, String>>,
    export: Option<PartialExport>,
    taxii: Option<PartialTaxii>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PartialExport {
    organisation: Option<String>,
    tlp: Option<crate::model::Tlp>,
    csv_delimiter: Option<super::CsvDelimiter>,
    csv_bom: Option<bool>,
}

/// `[taxii]`: credentials; a key set here replaces the same key from below.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PartialTaxii {
    user: Option<String>,
    password: Option<Secret>,
    token: Option<Secret>,
}

/// Keys whose values are secrets: an error about them never quotes the value.
const SECRET_KEYS: [&str; 2] = ["taxii.password", "taxii.token"];

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PartialFetch {
    concurrency: Option<usize>,
    per_host: Option<usize>,
    connect_timeout_secs: Option<u64>,
    timeout_secs: Option<u64>,
    max_body_bytes: Option<u64>,
    max_redirects: Option<usize>,
    max_retry_wait_secs: Option<u64>,
    user_agent: Option<String>,
    allow_private: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PartialRetention {
    max_age_days: Option<u32>,
}

/// `FeedSource` with unknown keys refused, so `urll = ...` is an error rather than a missing URL.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StrictFeed {
    name: String,
    url: String,
    #[serde(default)]
    lang: Option<Lang>,
    #[serde(default)]
    full_text: bool,
}

impl From<StrictFeed> for FeedSource {
    fn from(feed: StrictFeed) -> FeedSource {
        FeedSource {
            name: feed.name,
            url: feed.url,
            lang: feed.lang,
            full_text: feed.full_text,
        }
    }
}

/// Reads and checks one file's text; `path` is only used to name it in errors.
pub(super) fn parse(text: &str, path: &Path) -> Result<PartialConfig, ConfigError> {
    let index = SpanIndex::new(text);
    // Before the fields are checked: a setting in the wrong table would be reported as unknown.
    super::misplaced::check(text, path)?;
    let partial: PartialConfig =
        toml::from_str(text).map_err(|e| toml_error(text, path, index.as_ref(), &e))?;
    // `toml` accepted it, so toml_edit does too; without an index lines would just be 0.
    let check = Checker {
        text,
        path,
        index: index.as_ref(),
    };
    partial.validate(&check)?;
    Ok(partial)
}

/// Reads the complete bundled configuration (every key present).
pub(super) fn parse_complete(text: &str, path: &Path) -> Result<Config, ConfigError> {
    parse(text, path)?;
    toml::from_str(text).map_err(|e| toml_error(text, path, SpanIndex::new(text).as_ref(), &e))
}

fn toml_error(
    text: &str,
    path: &Path,
    index: Option<&SpanIndex>,
    error: &toml::de::Error,
) -> ConfigError {
    let (line, key) = match error.span() {
        Some(span) => {
            let key = match index {
                Some(index) => index.key_at(span.start).unwrap_or("(top level)").to_owned(),
                None => key_near(text, span.start),
            };
            (line_of(text, span.start), key)
        }
        None => (0, "(top level)".to_owned()),
    };
    // toml quotes a wrongly typed value ("invalid type: integer `1234`"): not a secret's.
    let message = if SECRET_KEYS.contains(&key.as_str()) {
        "must be a string (the value is not shown: it is a secret)".to_owned()
    } else {
        error.message().trim().to_owned()
    };
    ConfigError::Invalid {
        path: path.to_owned(),
        line,
        key,
        message,
    }
}

/// Builds semantic errors that point at the offending key.
struct Checker<'a> {
    text: &'a str,
    path: &'a Path,
    index: Option<&'a SpanIndex>,
}

impl Checker<'_> {
    fn error(&self, key: String, message: impl Into<String>) -> ConfigError {
        let line = self
            .index
            .and_then(|index| index.span_of(&key))
            .map_or(0, |span| line_of(self.text, span.start));
        ConfigError::Invalid {
            path: self.path.to_owned(),
            line,
            key,
            message: message.into(),
        }
    }

    fn at_least_one(&self, key: &str, value: Option<u64>) -> Result<(), ConfigError> {
        match value {
            Some(0) => Err(self.error(key.to_owned(), "must be at least 1")),
            _ => Ok(()),
        }
    }

    fn within(
        &self,
        key: &str,
        value: Option<u64>,
        range: RangeInclusive<u64>,
    ) -> Result<(), ConfigError> {
        match value {
            Some(v) if !range.contains(&v) => Err(self.error(
                key.to_owned(),
                format!(
                    "must be from {} to {} (not {v})",
                    range.start(),
                    range.end()
                ),
            )),
            _ => Ok(()),
        }
    }
}

/// Feeds fetched at once: more gains nothing over one connection pool (and tokio refuses a
/// semaphore beyond 2^61 permits).
const CONCURRENCY: RangeInclusive<u64> = 1..=256;
/// Requests at once to one host: more is a burst no publisher welcomes.
const PER_HOST: RangeInclusive<u64> = 1..=64;
/// Days kept, 0 for ever: a century, well within date arithmetic (10^8 days overflows it).
const MAX_AGE_DAYS: RangeInclusive<u64> = 0..=36_500;

impl PartialConfig {
    fn validate(&self, check: &Checker<'_>) -> Result<(), ConfigError> {
        if let Some(fetch) = &self.fetch {
            fetch.validate(check)?;
        }
        if let Some(feeds) = &self.feeds {
            validate_feeds(feeds, check)?;
        }
        let days = self.retention.as_ref().and_then(|r| r.max_age_days);
        check.within("retention.max_age_days", days.map(u64::from), MAX_AGE_DAYS)?;
        let organisation = self.export.as_ref().and_then(|e| e.organisation.as_ref());
        if let Some(name) = organisation {
            // It is written into every STIX and MISP export as the author's name.
            if name.trim().is_empty() || name.chars().any(char::is_control) {
                return Err(check.error(
                    "export.organisation".to_owned(),
                    "must be non-empty text on one line",
                ));
            }
        }
        if let Some(taxii) = &self.taxii {
            taxii.validate(check)?;
        }
        Ok(())
    }

    /// The interface language this file sets, if it does.
    pub(super) fn ui_lang(&self) -> Option<Lang> {
        self.ui_lang
    }

    /// Lays this file's keys over `config`: key by key in tables, the whole `feeds` list at once.
    pub(super) fn apply_to(self, config: &mut Config) {
        if let Some(confirm) = self.confirm_quit {
            config.confirm_quit = confirm;
        }
        if let Some(sort) = self.sort {
            config.sort = sort;
        }
        if let Some(preview) = self.preview {
            config.preview = preview;
        }
        if let Some(lang) = self.ui_lang {
            config.ui_lang = Some(lang);
        }
        if let Some(fetch) = self.fetch {
            fetch.apply_to(&mut config.fetch);
        }
        if let Some(days) = self.retention.and_then(|r| r.max_age_days) {
            config.retention.max_age_days = days;
        }
        if let Some(feeds) = self.feeds {
            config.feeds = feeds.into_iter().map(FeedSource::from).collect();
        }
        if let Some(export) = self.export {
            if let Some(name) = export.organisation {
                config.export.organisation = Some(name);
            }
            if export.csv_delimiter.is_some() {
                config.export.csv_delimiter = export.csv_delimiter;
            }
            if export.csv_bom.is_some() {
                config.export.csv_bom = export.csv_bom;
            }
            if let Some(tlp) = export.tlp {
                config.export.tlp = tlp;
            }
        }
        if let Some(taxii) = self.taxii {
            let slot = &mut config.taxii;
            slot.user = taxii.user.or(slot.user.take());
            slot.password = taxii.password.or(slot.password.take());
            slot.token = taxii.token.or(slot.token.take());
        }
        config.keys.extend(self.keys.unwrap_or_default());
        config.theme.extend(self.theme.unwrap_or_default());
    }
}

impl PartialFetch {
    fn validate(&self, check: &Checker<'_>) -> Result<(), ConfigError> {
        let as_u64 = |v: Option<usize>| v.map(|v| v as u64);
        check.within("fetch.concurrency", as_u64(self.concurrency), CONCURRENCY)?;
        check.within("fetch.per_host", as_u64(self.per_host), PER_HOST)?;
        check.at_least_one("fetch.connect_timeout_secs", self.connect_timeout_secs)?;
        check.at_least_one("fetch.timeout_secs", self.timeout_secs)?;
        check.at_least_one("fetch.max_body_bytes", self.max_body_bytes)?;
        if let Some(agent) = &self.user_agent {
            // It becomes an HTTP header, where a line break would forge other headers.
            if agent.trim().is_empty() || agent.chars().any(char::is_control) {
                return Err(check.error(
                    "fetch.user_agent".to_owned(),
                    "must be non-empty text on one line",
                ));
            }
        }
        Ok(())
    }

    fn apply_to(self, fetch: &mut FetchSettings) {
        fn set<T>(slot: &mut T, value: Option<T>) {
            if let Some(value) = value {
                *slot = value;
            }
        }
        set(&mut fetch.concurrency, self.concurrency);
        set(&mut fetch.per_host, self.per_host);
        set(&mut fetch.connect_timeout_secs, self.connect_timeout_secs);
        set(&mut fetch.timeout_secs, self.timeout_secs);
        set(&mut fetch.max_body_bytes, self.max_body_bytes);
        set(&mut fetch.max_redirects, self.max_redirects);
        set(&mut fetch.max_retry_wait_secs, self.max_retry_wait_secs);
        set(&mut fetch.user_agent, self.user_agent);
        set(&mut fetch.allow_private, self.allow_private);
    }
}

impl PartialTaxii {
    /// Each value becomes an HTTP header: one line of text, a user name without `:` (RFC 7617).
    /// The messages never quote a value.
    fn validate(&self, check: &Checker<'_>) -> Result<(), ConfigError> {
        let one_line = |v: &str| !v.trim().is_empty() && !v.chars().any(char::is_control);
        if let Some(user) = &self.user
            && (!one_line(user) || user.contains(':'))
        {
            return Err(check.error(
                "taxii.user".to_owned(),
                "must be non-empty text on one line, without ':'",
            ));
        }
        for (key, secret) in [("password", &self.password), ("token", &self.token)] {
            if let Some(secret) = secret
                && !one_line(secret.expose())
            {
                return Err(check.error(
                    format!("taxii.{key}"),
                    "must be non-empty text on one line (the value is not shown: it is a secret)",
                ));
            }
        }
        if self.token.is_some() && (self.user.is_some() || self.password.is_some()) {
            return Err(check.error(
                "taxii.token".to_owned(),
                "set either token or user and password, not both",
            ));
        }
        Ok(())
    }
}

fn validate_feeds(feeds: &[StrictFeed], check: &Checker<'_>) -> Result<(), ConfigError> {
    let mut names = HashSet::new();
    let mut urls = HashSet::new();
    for (i, feed) in feeds.iter().enumerate() {
        let key = |field: &str| format!("feeds[{i}].{field}");
        let name = feed.name.trim();
        if name.is_empty() {
            return Err(check.error(key("name"), "must not be empty"));
        }
        if let Some(hidden) = hidden_character(&feed.name) {
            return Err(check.error(key("name"), hidden));
        }
        if !names.insert(name) {
            return Err(check.error(
                key("name"),
                format!("\"{name}\" is already the name of another feed"),
            ));
        }
        if let Some(hidden) = hidden_character(&feed.url) {
            return Err(check.error(key("url"), hidden));
        }
        let Some(url) = http_url(&feed.url) else {
            return Err(check.error(
                key("url"),
                format!("{:?} is not an absolute http(s) URL", feed.url),
            ));
        };
        if !urls.insert(url) {
            return Err(check.error(
                key("url"),
                format!("\"{}\" is already the URL of another feed", feed.url),
            ));
        }
    }
    Ok(())
}

/// Why `text` (a feed's name or URL) cannot be used: the first control, bidi or invisible character
/// in it, shown escaped. Such a name or URL reads as something else (`Invoice \u{202e}fdp.exe`), and
/// would be printed raw by every command; cleaning it silently would leave `feeds remove NAME` unable
/// to find it, so the file is refused with its line instead.
fn hidden_character(text: &str) -> Option<String> {
    let (at, c) = text
        .chars()
        .enumerate()
        .find(|&(_, c)| crate::text::sanitize::is_forbidden(c))?;
    Some(format!(
        "must not contain control, bidi or invisible characters: {c:?} (U+{:04X}) at character {}",
        u32::from(c),
        at + 1
    ))
}

/// The canonical form of an absolute http or https URL, `None` for anything else.
pub(crate) fn http_url(text: &str) -> Option<String> {
    // The URL parser would quietly drop surrounding spaces and inner tabs; the fetcher would not.
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let url = url::Url::parse(text).ok()?;
    let web = matches!(url.scheme(), "http" | "https") && url.host_str().is_some();
    web.then(|| url.to_string())
}

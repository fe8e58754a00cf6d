//! `veille feeds list|add|remove|import|export`.
use super::args::FeedsCommand;
use super::{Paths, open_store, open_store_read, output};
use crate::config::edit;
use crate::feed::fetch::names_private_host;
use crate::feed::opml::{MAX_OPML_BYTES, read_opml, write_opml};
use crate::model::{FeedSource, Lang};
use crate::store::StoredFeed;
use crate::text::sanitize::{MAX_LINE_CHARS, clean_line, display_line};
use anyhow::{Context, Result, bail};
use serde::Serialize;
use std::collections::HashMap;
use std::io::{Read, Write};
use std::process::ExitCode;

/// Runs one `feeds` subcommand.
pub fn run(paths: &Paths, command: FeedsCommand) -> Result<ExitCode> {
    match command {
        FeedsCommand::List { json, failed } => list(paths, json, failed),
        FeedsCommand::Add { url, name, lang } => add(paths, url, name, lang.map(Into::into)),
        FeedsCommand::Remove { name_or_url } => remove(paths, &name_or_url),
        FeedsCommand::Import { file, replace } => import(paths, &file, replace),
        FeedsCommand::Export { output } => export(paths, output.as_deref()),
    }
}

/// A subscription as `feeds list --json` prints it.
#[derive(Debug, Serialize)]
struct FeedJson {
    name: String,
    url: String,
    lang: Option<Lang>,
    title: Option<String>,
    last_status: Option<u16>,
    last_error: Option<String>,
    last_success: Option<chrono::DateTime<chrono::Utc>>,
    /// The first failed attempt since the last success.
    failing_since: Option<chrono::DateTime<chrono::Utc>>,
    unread: u64,
    total: u64,
}

fn list(paths: &Paths, json: bool, failed: bool) -> Result<ExitCode> {
    let config = &paths.loaded;
    // Read only: the configured subscriptions are listed from the config, their state matched by URL.
    let state = open_store_read(paths)?.feeds()?;
    let by_url: HashMap<&str, &StoredFeed> = state.iter().map(|s| (s.url.as_str(), s)).collect();
    let rows: Vec<FeedJson> = config
        .feeds
        .iter()
        .map(|source| {
            let stored = by_url.get(source.url.as_str());
            // Cleaned again on the way out, for scripts too (`jq -r` prints what JSON escapes):
            // a database written by an older veille may hold raw server text.
            let clean = |text: &str| display_line(text, MAX_LINE_CHARS);
            FeedJson {
                name: clean(&source.name),
                url: clean(&source.url),
                lang: source.lang,
                title: stored.and_then(|s| s.title.as_deref()).map(clean),
                last_status: stored.and_then(|s| s.last_status),
                last_error: stored.and_then(|s| s.last_error.as_deref()).map(clean),
                last_success: stored.and_then(|s| s.last_success),
                failing_since: stored.and_then(|s| s.failing_since),
                unread: stored.map_or(0, |s| s.unread),
                total: stored.map_or(0, |s| s.total),
            }
        })
        .filter(|row: &FeedJson| !failed || row.last_error.is_some())
        .collect();
    let mut out = output::stdout();
    if json {
        output::write_json(&mut out, &rows)?;
    } else if failed {
        write_error_log(&mut out, &rows)?;
    } else {
        for row in &rows {
            let state = match (&row.last_error, row.last_status) {
                (Some(error), _) => format!("failed: {}", display_line(error, 80)),
                (None, Some(status)) => format!("ok ({status})"),
                (None, None) => "never fetched".to_string(),
            };
            let lang = row.lang.map_or("--", |l| l.code());
            writeln!(
                out,
                "{:<32} {lang}  {:>5}/{:<5}  {:<24}  {}",
                display_line(&row.name, 32),
                row.unread,
                row.total,
                state,
                display_line(&row.url, MAX_LINE_CHARS)
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `feeds list --failed` for people: each failing feed, since when, its status and its reason.
fn write_error_log(out: &mut impl Write, rows: &[FeedJson]) -> std::io::Result<()> {
    if rows.is_empty() {
        return writeln!(out, "no feed failed at its last attempt");
    }
    for row in rows {
        let since = row.failing_since.map_or_else(
            || "since ?".to_owned(),
            |t| format!("since {}", t.format("%Y-%m-%d %H:%M UTC")),
        );
        let last_ok = row.last_success.map_or_else(
            || "never fetched".to_owned(),
            |t| format!("last success {}", t.format("%Y-%m-%d %H:%M UTC")),
        );
        let status = row
            .last_status
            .map_or_else(|| "no answer".to_owned(), |s| format!("HTTP {s}"));
        let reason = display_line(
            row.last_error.as_deref().unwrap_or_default(),
            MAX_LINE_CHARS,
        );
        // A reason that is the status itself ("HTTP 404") is not said twice.
        let said = if reason.starts_with(&status) {
            reason
        } else {
            format!("{status}: {reason}")
        };
        writeln!(
            out,
            "{} ({})\n  failing {since}, {last_ok}; {said}",
            display_line(&row.name, 80),
            display_line(&row.url, MAX_LINE_CHARS),
        )?;
    }
    Ok(())
}

fn add(paths: &Paths, url: String, name: Option<String>, lang: Option<Lang>) -> Result<ExitCode> {
    let parsed = url::Url::parse(&url).with_context(|| format!("invalid feed URL {url:?}"))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        bail!("invalid feed URL {url:?}: only http and https are supported");
    }
    let name = match name {
        Some(name) => clean_line(&name, MAX_LINE_CHARS),
        None => parsed.host_str().unwrap_or(&url).to_string(),
    };
    let source = FeedSource {
        name: name.clone(),
        url: parsed.to_string(),
        lang,
        full_text: false,
    };
    let added = subscribe(paths, &[source])?;
    let mut out = output::stdout();
    if added == 0 {
        writeln!(out, "already subscribed: {parsed}")?;
    } else {
        writeln!(
            out,
            "subscribed to {name} ({parsed}) in {}",
            paths.config.display()
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Adds `sources` to the config; those added start afresh in the database, so a subscription
/// removed and added again is not still postponed by what its server once said. Returns how many
/// were added.
fn subscribe(paths: &Paths, sources: &[FeedSource]) -> Result<usize> {
    let added = edit::subscribe(&paths.config, sources)?;
    forget_fetch_state(paths, &added)?;
    Ok(added.len())
}

/// A feed subscribed again is fetched whole next time. No database yet means no state to forget;
/// none is created for that.
fn forget_fetch_state(paths: &Paths, added: &[FeedSource]) -> Result<()> {
    if !added.is_empty() && paths.db.exists() {
        let urls: Vec<&str> = added.iter().map(|s| s.url.as_str()).collect();
        open_store(paths)?.reset_fetch_state(&urls)?;
    }
    Ok(())
}

fn remove(paths: &Paths, name_or_url: &str) -> Result<ExitCode> {
    match edit::remove_feed(&paths.config, name_or_url)? {
        Some(removed) => {
            let mut out = output::stdout();
            writeln!(
                out,
                "unsubscribed from {} ({}); its stored articles are kept",
                display_line(&removed.name, MAX_LINE_CHARS),
                display_line(&removed.url, MAX_LINE_CHARS)
            )?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        None => bail!("no subscription named {name_or_url:?} (see `veille feeds list`)"),
    }
}

fn import(paths: &Paths, file: &std::path::Path, replace: bool) -> Result<ExitCode> {
    let text = read_opml_file(file)?;
    let text = String::from_utf8_lossy(&text);
    let read = read_opml(&text).with_context(|| format!("{}", file.display()))?;
    let sources = read.feeds;
    let unusable = match read.skipped {
        0 => String::new(),
        n => format!(", {n} skipped: not a plain http or https URL"),
    };
    if sources.is_empty() {
        bail!(
            "{}: no feed (outline with an http or https xmlUrl) found{unusable}",
            file.display()
        );
    }
    let (sources, private) = keep_public(sources, paths.loaded.fetch.allow_private);
    for skipped in &private {
        output::to_stderr(format_args!(
            "veille: {}: skipped {} ({}): on a private address",
            file.display(),
            display_line(&skipped.name, 80),
            display_line(&skipped.url, MAX_LINE_CHARS)
        ));
    }
    if sources.is_empty() {
        bail!(
            "{}: every feed is on a private address ({} skipped); set allow_private = true in \
             [fetch] to import them",
            file.display(),
            private.len()
        );
    }
    let imported = edit::import(&paths.config, &sources, replace)?;
    forget_fetch_state(paths, &imported.added)?;
    let added = imported.added.len();
    let private = if private.is_empty() {
        String::new()
    } else {
        format!(
            ", {} on private addresses skipped (allow_private = true in [fetch] imports them)",
            private.len()
        )
    };
    let mut out = output::stdout();
    writeln!(
        out,
        "imported {added} {} from {} ({} already subscribed{unusable}{private}) into {}",
        feeds_word(added),
        file.display(),
        sources.len().saturating_sub(added),
        paths.config.display()
    )?;
    if imported.bundled_written > 0 {
        writeln!(
            out,
            "the {} bundled subscriptions in force were written beside them; \
             `veille feeds import --replace {}` keeps only the file's",
            imported.bundled_written,
            file.display()
        )?;
    }
    if !imported.removed.is_empty() {
        writeln!(
            out,
            "replaced {} {} (their stored articles are kept)",
            imported.removed.len(),
            if imported.removed.len() == 1 {
                "subscription"
            } else {
                "subscriptions"
            }
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn feeds_word(n: usize) -> &'static str {
    if n == 1 { "feed" } else { "feeds" }
}

/// Splits `sources` into those to import and those naming a private host (loopback, private,
/// link-local...). A list from elsewhere must not subscribe veille to 169.254.169.254 or the
/// router, and a subscription on such a host is trusted to reach it (see `fetch::policy`), so
/// they are kept out unless `allow_private` says the user wants them.
fn keep_public(
    sources: Vec<FeedSource>,
    allow_private: bool,
) -> (Vec<FeedSource>, Vec<FeedSource>) {
    if allow_private {
        return (sources, Vec::new());
    }
    sources.into_iter().partition(|source| {
        url::Url::parse(&source.url).map_or(true, |url| !names_private_host(&url))
    })
}

/// The bytes of `file`, refused once past `MAX_OPML_BYTES`: the size is checked while reading,
/// so `/dev/zero` or a named pipe that never ends costs one cap of memory, not all of it.
fn read_opml_file(file: &std::path::Path) -> Result<Vec<u8>> {
    let cannot_read = || format!("cannot read {}", file.display());
    let opened = std::fs::File::open(file).with_context(cannot_read)?;
    let mut bytes = Vec::new();
    let cap = MAX_OPML_BYTES as u64;
    opened
        .take(cap + 1)
        .read_to_end(&mut bytes)
        .with_context(cannot_read)?;
    if bytes.len() as u64 > cap {
        bail!(
            "{}: larger than {MAX_OPML_BYTES} bytes, the most an OPML file may be",
            file.display()
        );
    }
    Ok(bytes)
}

fn export(paths: &Paths, output: Option<&std::path::Path>) -> Result<ExitCode> {
    let config = &paths.loaded;
    let opml = write_opml(&config.feeds);
    match output {
        Some(path) => crate::atomic_file::write(path, opml.as_bytes())
            .with_context(|| format!("cannot write {}", path.display()))?,
        None => {
            let mut out = output::stdout();
            out.write_all(opml.as_bytes())?;
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

//! `veille feeds list|add|remove|set-url|import|export`.
use super::args::FeedsCommand;
use super::{Paths, open_store, open_store_read, output};
use crate::config::edit::{self, Readdressed};
use crate::feed::fetch::names_private_host;
use crate::feed::opml::{MAX_OPML_BYTES, read_opml, write_opml};
use crate::feed::parse::ParseError;
use crate::i18n::{T, quote};
use crate::model::{FeedSource, Lang};
use crate::store::{Readdress, StoredFeed};
use crate::text::sanitize::{MAX_LINE_CHARS, clean_line, display_line};
use anyhow::{Context, Result, bail};
use serde::Serialize;
use std::collections::HashMap;
use std::io::{Read, Write};
use std::process::ExitCode;
use title::Looked;

mod title;

/// Runs one `feeds` subcommand.
pub fn run(paths: &Paths, command: FeedsCommand) -> Result<ExitCode> {
    match command {
        FeedsCommand::List { json, failed } => list(paths, json, failed),
        FeedsCommand::Add { url, name, lang } => add(paths, url, name, lang.map(Into::into)),
        FeedsCommand::Remove { name_or_url } => remove(paths, &name_or_url),
        FeedsCommand::SetUrl { name_or_url, url } => set_url(paths, &name_or_url, &url),
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
    let lang = paths.lang;
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
        write_error_log(lang, &mut out, &rows)?;
    } else {
        for row in &rows {
            let state = match (&row.last_error, row.last_status) {
                (Some(error), _) => {
                    T::CliFeedStateFailed.fill(lang, &[("error", &display_line(error, 80))])
                }
                (None, Some(status)) => format!("ok ({status})"),
                (None, None) => T::FeedNeverFetched.get(lang).to_owned(),
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
fn write_error_log(lang: Lang, out: &mut impl Write, rows: &[FeedJson]) -> std::io::Result<()> {
    if rows.is_empty() {
        return writeln!(out, "{}", T::CliNoFailure.get(lang));
    }
    let date = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d %H:%M UTC").to_string();
    for row in rows {
        let since = row.failing_since.map_or_else(
            || T::CliSinceUnknown.get(lang).to_owned(),
            |t| T::CliSince.fill(lang, &[("date", &date(t))]),
        );
        let last_ok = row.last_success.map_or_else(
            || T::FeedNeverFetched.get(lang).to_owned(),
            |t| T::FeedLastSuccess.fill(lang, &[("date", &date(t))]),
        );
        let status = row.last_status.map_or_else(
            || T::CliNoAnswer.get(lang).to_owned(),
            |s| format!("HTTP {s}"),
        );
        let reason = display_line(
            row.last_error.as_deref().unwrap_or_default(),
            MAX_LINE_CHARS,
        );
        // A reason that is the status itself ("HTTP 404") is not said twice.
        let said = if reason.starts_with(&status) {
            reason
        } else {
            T::CliStatusReason.fill(lang, &[("status", &status), ("reason", &reason)])
        };
        let entry = T::CliFailingFeed.fill(
            lang,
            &[
                ("feed", &display_line(&row.name, 80)),
                ("url", &display_line(&row.url, MAX_LINE_CHARS)),
                ("since", &since),
                ("last", &last_ok),
                ("said", &said),
            ],
        );
        writeln!(out, "{entry}")?;
    }
    Ok(())
}

fn add(paths: &Paths, url: String, name: Option<String>, lang: Option<Lang>) -> Result<ExitCode> {
    let ui = paths.lang;
    let quoted = quote(ui, &display_line(&url, MAX_LINE_CHARS));
    let mut parsed =
        url::Url::parse(&url).with_context(|| T::CliInvalidUrl.fill(ui, &[("url", &quoted)]))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        bail!(T::CliNotHttp.fill(ui, &[("url", &quoted)]));
    }
    let mut out = output::stdout();
    let (name, declared) = match name {
        Some(name) => {
            // Named by the user, the address is not checked; only its language is read, if it
            // answers as a feed, when none was given.
            let declared = if lang.is_none() {
                declared_lang(paths, &parsed)
            } else {
                None
            };
            (clean_line(&name, MAX_LINE_CHARS), declared)
        }
        None => {
            let named = name_from_feed(paths, &parsed)?;
            if let Some(found) = named.found {
                let said = T::CliFeedFound.say(ui, &[("page", &parsed), ("url", &found)]);
                writeln!(out, "{said}")?;
                parsed = found;
            }
            (named.name, named.lang)
        }
    };
    // The language the user gives wins; else the one the feed declares, which `feeds list` then
    // shows and every article of it takes.
    let from_feed = lang.is_none() && declared.is_some();
    let lang = lang.or(declared);
    let source = FeedSource {
        name: name.clone(),
        url: parsed.to_string(),
        lang,
        full_text: false,
    };
    let imported = edit::import(&paths.config, &[source], false)?;
    forget_fetch_state(paths, &imported.added)?;
    let added = imported.added;
    // A name already taken got a suffix (« ZATAZ (2) »): say the one the feed has now.
    let said = if let Some(added) = added.first() {
        T::CliSubscribed.say(
            ui,
            &[
                ("feed", &added.name),
                ("url", &parsed),
                ("config", &paths.config.display()),
            ],
        )
    } else {
        T::CliAlreadySubscribed.say(ui, &[("url", &parsed)])
    };
    writeln!(out, "{said}")?;
    // A first `feeds add` starts the file from the bundled list, which stays subscribed: said,
    // or the next fetch's 30-odd other feeds come as a surprise.
    if imported.bundled_written > 0 {
        let said = T::CliAddBundled.say(ui, &[("n", &imported.bundled_written)]);
        writeln!(out, "{said}")?;
    }
    if let Some(lang) = lang.filter(|_| from_feed && !added.is_empty()) {
        let other = match lang {
            Lang::Fr => Lang::En,
            Lang::En => Lang::Fr,
        };
        let said =
            T::CliFeedLangDeclared.say(ui, &[("lang", &lang.code()), ("other", &other.code())]);
        writeln!(out, "{said}")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The language the feed at `url` declares, if it answers as a feed now.
fn declared_lang(paths: &Paths, url: &url::Url) -> Option<Lang> {
    match title::look(&paths.loaded.fetch, url.as_str()) {
        Looked::Feed(about) => about.lang,
        _ => None,
    }
}

/// The name a subscription added without `--name` takes, and the feed a site's page led to.
struct Named {
    name: String,
    found: Option<url::Url>,
    /// The language the feed declares, if French or English.
    lang: Option<Lang>,
}

/// The name of a subscription added without `--name`: its feed's title, else its host, saying
/// why on stderr. A web page leads to the feed it announces; an address that answers with no feed,
/// or that the server says does not exist (a mistyped path), is refused: every fetch of it would
/// fail. One that cannot be reached now (offline, a server error) is kept.
fn name_from_feed(paths: &Paths, url: &url::Url) -> Result<Named> {
    let ui = paths.lang;
    let host = url.host_str().unwrap_or(url.as_str()).to_owned();
    let titled = |title: Option<String>| {
        title.map_or_else(|| host.clone(), |t| clean_line(&t, MAX_LINE_CHARS))
    };
    match title::look(&paths.loaded.fetch, url.as_str()) {
        Looked::Feed(about) => Ok(Named {
            name: titled(about.title),
            found: None,
            lang: about.lang,
        }),
        Looked::Found { url: found, about } => Ok(Named {
            name: titled(about.title),
            found: url::Url::parse(&found).ok(),
            lang: about.lang,
        }),
        Looked::NotAFeed(why) => {
            let quoted = quote(ui, &display_line(url.as_str(), MAX_LINE_CHARS));
            if matches!(why, ParseError::HtmlPage) {
                bail!(T::CliPageWithoutFeed.fill(ui, &[("url", &quoted)]))
            }
            bail!(T::CliNotAFeed.fill(
                ui,
                &[
                    ("url", &quoted),
                    ("reason", &display_line(&why.to_string(), 200))
                ]
            ))
        }
        Looked::Missing(status) => {
            let quoted = quote(ui, &display_line(url.as_str(), MAX_LINE_CHARS));
            bail!(T::CliFeedMissing.fill(ui, &[("url", &quoted), ("status", &status.to_string())]))
        }
        Looked::Unreachable(why) => {
            let said = T::CliTitleUnreachable
                .fill(ui, &[("reason", &display_line(&why, 200)), ("feed", &host)]);
            // A closed stderr must not stop the subscription; the name is in the stdout line too.
            let _ = writeln!(std::io::stderr().lock(), "{said}");
            Ok(Named {
                name: host,
                found: None,
                lang: None,
            })
        }
    }
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
            let said = T::CliUnsubscribed.fill(
                paths.lang,
                &[
                    ("feed", &display_line(&removed.name, MAX_LINE_CHARS)),
                    ("url", &display_line(&removed.url, MAX_LINE_CHARS)),
                ],
            );
            writeln!(out, "{said}")?;
            out.flush()?;
            Ok(ExitCode::SUCCESS)
        }
        None => bail!(
            T::CliNoSubscription.fill(paths.lang, &[("name", &quote(paths.lang, name_or_url))])
        ),
    }
}

/// Gives a subscription its new address in the config, then moves its stored feed there at
/// once (its articles, tags and read state go with it; the next fetch would do it by name too,
/// but not when another entry took the name meanwhile).
fn set_url(paths: &Paths, name_or_url: &str, url: &str) -> Result<ExitCode> {
    let ui = paths.lang;
    let quoted = quote(ui, &display_line(url, MAX_LINE_CHARS));
    let parsed =
        url::Url::parse(url).with_context(|| T::CliInvalidUrl.fill(ui, &[("url", &quoted)]))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        bail!(T::CliNotHttp.fill(ui, &[("url", &quoted)]));
    }
    let new = parsed.to_string();
    let old = match edit::set_feed_url(&paths.config, name_or_url, &new)? {
        Readdressed::Moved { old } => old,
        Readdressed::Unknown => {
            bail!(T::CliNoSubscription.fill(ui, &[("name", &quote(ui, name_or_url))]))
        }
        Readdressed::Taken { by } => bail!(T::CliFeedUrlTaken.fill(
            ui,
            &[
                ("url", &display_line(&new, MAX_LINE_CHARS)),
                ("feed", &quote(ui, &display_line(&by, MAX_LINE_CHARS)))
            ]
        )),
    };
    // No database yet means nothing stored to move; none is created for that.
    let outcome = if paths.db.exists() {
        open_store(paths)?.readdress_feed(&old.url, &new)?
    } else {
        Readdress::NotStored
    };
    let mut out = output::stdout();
    let feed = display_line(&old.name, MAX_LINE_CHARS);
    let url_shown = display_line(&new, MAX_LINE_CHARS);
    let old_shown = display_line(&old.url, MAX_LINE_CHARS);
    let config = paths.config.display().to_string();
    let said = match outcome {
        Readdress::NotStored | Readdress::Moved => T::CliFeedReaddressed.fill(
            ui,
            &[
                ("feed", &feed),
                ("url", &url_shown),
                ("old", &old_shown),
                ("config", &config),
            ],
        ),
        Readdress::Merged {
            moved,
            already_there,
        } => {
            let kept = match already_there {
                0 => String::new(),
                n => T::CliFeedReaddressedKept.say(ui, &[("n", &n), ("old", &old_shown)]),
            };
            T::CliFeedReaddressedMerged.say(
                ui,
                &[
                    ("feed", &feed),
                    ("url", &url_shown),
                    ("old", &old_shown),
                    ("config", &config),
                    ("n", &moved),
                    ("kept", &kept),
                ],
            )
        }
    };
    writeln!(out, "{said}")?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn import(paths: &Paths, file: &std::path::Path, replace: bool) -> Result<ExitCode> {
    let lang = paths.lang;
    let shown = file.display().to_string();
    let text = read_opml_file(lang, file)?;
    let text = String::from_utf8_lossy(&text);
    let read = read_opml(&text).with_context(|| shown.clone())?;
    let sources = read.feeds;
    let unusable = match read.skipped {
        0 => String::new(),
        n => T::CliImportUnusable.say(lang, &[("n", &n)]),
    };
    if sources.is_empty() {
        bail!(T::CliImportNoFeed.fill(lang, &[("file", &shown), ("unusable", &unusable)]));
    }
    let (sources, private) = keep_public(sources, paths.loaded.fetch.allow_private);
    for skipped in &private {
        let said = T::CliImportPrivateSkipped.fill(
            lang,
            &[
                ("file", &shown),
                ("feed", &display_line(&skipped.name, 80)),
                ("url", &display_line(&skipped.url, MAX_LINE_CHARS)),
            ],
        );
        output::say(lang, &said);
    }
    if sources.is_empty() {
        bail!(T::CliImportAllPrivate.say(lang, &[("file", &shown), ("n", &private.len())]));
    }
    let imported = edit::import(&paths.config, &sources, replace)?;
    forget_fetch_state(paths, &imported.added)?;
    let added = imported.added.len();
    let private = match private.len() {
        0 => String::new(),
        n => T::CliImportPrivate.say(lang, &[("n", &n)]),
    };
    let mut out = output::stdout();
    let said = T::CliImported.say(
        lang,
        &[
            ("added", &added),
            ("file", &shown),
            ("already", &sources.len().saturating_sub(added)),
            ("unusable", &unusable),
            ("private", &private),
            ("config", &paths.config.display()),
        ],
    );
    writeln!(out, "{said}")?;
    if imported.bundled_written > 0 {
        let said =
            T::CliImportBundled.say(lang, &[("n", &imported.bundled_written), ("file", &shown)]);
        writeln!(out, "{said}")?;
    }
    if !imported.removed.is_empty() {
        let said = T::CliImportReplaced.say(lang, &[("n", &imported.removed.len())]);
        writeln!(out, "{said}")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
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
fn read_opml_file(lang: Lang, file: &std::path::Path) -> Result<Vec<u8>> {
    let shown = file.display().to_string();
    let cannot_read = || T::CliCannotRead.fill(lang, &[("path", &shown)]);
    let opened = std::fs::File::open(file).with_context(cannot_read)?;
    let mut bytes = Vec::new();
    let cap = MAX_OPML_BYTES as u64;
    opened
        .take(cap + 1)
        .read_to_end(&mut bytes)
        .with_context(cannot_read)?;
    if bytes.len() as u64 > cap {
        bail!(T::CliOpmlTooLarge.say(lang, &[("file", &shown), ("max", &MAX_OPML_BYTES)]));
    }
    Ok(bytes)
}

fn export(paths: &Paths, output: Option<&std::path::Path>) -> Result<ExitCode> {
    let config = &paths.loaded;
    let opml = write_opml(&config.feeds);
    match output {
        Some(path) => crate::atomic_file::write(path, opml.as_bytes()).with_context(|| {
            T::CliCannotWrite.fill(paths.lang, &[("path", &path.display().to_string())])
        })?,
        None => {
            let mut out = output::stdout();
            out.write_all(opml.as_bytes())?;
            out.flush()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

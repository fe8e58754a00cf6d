//! `veille fetch`: the headless refresh, with a progress bar on a terminal and a summary line.
use super::{Paths, open_store, output};
use crate::feed::fetch::FetchError;
use crate::i18n::{T, decimal, quote};
use crate::refresh::{FeedStatus, RefreshError, refresh, rfc3339};
use crate::store::StoreError;
use crate::text::sanitize::display_line;
use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

/// Fetches every subscription (or those named in `only`) and prints what happened.
pub fn run(paths: &Paths, only: &[String], strict: bool) -> Result<ExitCode> {
    let config = &paths.loaded;
    // As `list --feed` names them: by URL, or by name ignoring case (`--feed zataz`).
    let names =
        |f: &crate::model::FeedSource, o: &str| f.url == o || f.name.eq_ignore_ascii_case(o);
    let picked: Vec<String> = config
        .feeds
        .iter()
        .filter(|f| only.iter().any(|o| names(f, o)))
        .map(|f| f.url.clone())
        .collect();
    let lang = paths.lang;
    if let Some(missing) = only
        .iter()
        .find(|o| !config.feeds.iter().any(|f| names(f, o)))
    {
        bail!(T::CliNoSubscription.fill(lang, &[("name", &quote(lang, missing))]));
    }
    let mut store = open_store(paths)?;
    let bar = progress_bar(
        lang,
        if picked.is_empty() {
            config.feeds.len()
        } else {
            picked.len()
        } as u64,
    );
    let started = Instant::now();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .with_context(|| T::CliRuntime.get(lang))?;
    let report = runtime
        .block_on(refresh(
            &mut store,
            &config.feeds,
            &picked,
            &config.fetch,
            config.retention.max_age_days,
            |done, total, result| {
                bar.set_position(done as u64);
                bar.set_message(progress(lang, done, total, Some(&result.name)));
            },
        ))
        .map_err(|e| {
            let path = paths.db.display().to_string();
            match e {
                // Another process held the lock past the busy timeout: say so, not "disk full".
                RefreshError::Store(e @ StoreError::Busy) => {
                    anyhow::Error::new(e).context(T::CliDbBusy.fill(lang, &[("path", &path)]))
                }
                // A write failing mid-run (full disk, I/O error) rolled back only the batch being
                // stored.
                RefreshError::Store(e) => anyhow::Error::new(e)
                    .context(T::CliDbWriteFailed.fill(lang, &[("path", &path)])),
                other => other.into(),
            }
        })?;
    // A full-text extraction abandoned at its time limit may still be running on a blocking
    // thread: the run is over, so do not wait for it.
    runtime.shutdown_background();
    bar.finish_and_clear();

    for result in report.failed() {
        if let FeedStatus::Failed(reason) = &result.status {
            let said = T::CliFeedFailed.fill(
                lang,
                &[
                    ("feed", &display_line(&result.name, 80)),
                    ("url", &display_line(&result.url, 500)),
                    ("reason", &display_line(reason, 500)),
                ],
            );
            output::say(lang, &said);
            // 410 is no outage: retrying will not help, and the user may not know the code.
            if reason == &FetchError::Status(410).to_string() {
                let name = display_line(&result.name, 80);
                let said =
                    T::CliFeedGone.fill(lang, &[("feed", &name), ("quoted", &shell_quoted(&name))]);
                output::say(lang, &said);
            }
        }
    }
    for (result, until) in report.postponed() {
        let name = display_line(&result.name, 80);
        let said = T::CliFeedPostponed.fill(
            lang,
            &[
                ("feed", &name),
                ("url", &display_line(&result.url, 500)),
                ("date", &rfc3339(until)),
                ("quoted", &shell_quoted(&name)),
            ],
        );
        output::say(lang, &said);
    }
    for warning in &report.warnings {
        let said = T::CliFeedWarning.fill(
            lang,
            &[
                ("feed", &display_line(&warning.feed, 80)),
                ("message", &display_line(&warning.message, 500)),
            ],
        );
        output::say(lang, &said);
    }
    for result in &report.feeds {
        say_moved(lang, result);
        say_skipped(lang, result);
    }
    let failed = report.failed().count();
    let mut out = output::stdout();
    let summary = writeln!(out, "{}", summary(lang, &report, started, failed, config))
        .and_then(|()| out.flush());
    // A closed stdout ends no run early and fails none: the run's own outcome is the exit code.
    if let Err(e) = summary
        && !output::stdout_closed()
    {
        return Err(e.into());
    }
    Ok(if strict && failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Once per run, a feed its server redirected for good, with how to subscribe to its new address
/// (the configuration is not rewritten behind the user's back).
fn say_moved(lang: crate::model::Lang, result: &crate::refresh::FeedResult) {
    let Some(to) = &result.moved_to else {
        return;
    };
    let name = display_line(&result.name, 80);
    let url = display_line(to, 500);
    let said = T::CliFeedMoved.fill(
        lang,
        &[
            ("feed", &name),
            ("url", &url),
            ("quoted", &shell_quoted(&name)),
            ("url_quoted", &shell_quoted(&url)),
        ],
    );
    output::say(lang, &said);
}

/// One line for a feed's malformed items, however many: their count and the first, named with
/// why (the summary counts them over every feed).
fn say_skipped(lang: crate::model::Lang, result: &crate::refresh::FeedResult) {
    let FeedStatus::Updated {
        skipped,
        first_skipped: Some(first),
        ..
    } = &result.status
    else {
        return;
    };
    let which = if *skipped == 1 {
        T::CliFeedSkippedOne
    } else {
        T::CliFeedSkippedMany
    };
    let said = which.fill(
        lang,
        &[
            ("feed", &display_line(&result.name, 80)),
            ("n", &skipped.to_string()),
            ("name", &display_line(&first.name, 200)),
            ("reason", &display_line(&first.reason, 500)),
        ],
    );
    output::say(lang, &said);
}

/// The line that ends a fetch: feeds, time, new articles, then each other count that is not zero.
fn summary(
    lang: crate::model::Lang,
    report: &crate::refresh::RefreshReport,
    started: Instant,
    failed: usize,
    config: &crate::config::Config,
) -> String {
    let part = |t: T, n: usize| match n {
        0 => String::new(),
        n => t.say(lang, &[("n", &n)]),
    };
    let more = [
        part(T::CliFetchPostponed, report.postponed().count()),
        part(T::CliFetchFullTexts, report.full_texts),
        part(T::CliFetchSkipped, report.skipped_entries()),
        part(T::CliFetchFullTextsFailed, report.full_texts_failed),
        match report.purged {
            0 => String::new(),
            n => {
                T::CliFetchPurged.say(lang, &[("n", &n), ("days", &config.retention.max_age_days)])
            }
        },
        part(T::CliFetchRevised, report.revised_articles()),
        part(T::CliFetchPlacedUnplaced, report.placed_unplaced),
        match report.placed_earlier {
            0 => String::new(),
            n => T::CliFetchPlacedEarlier
                .say(lang, &[("n", &n), ("days", &crate::stories::WINDOW_DAYS)]),
        },
    ]
    .concat();
    T::CliFetchSummary.say(
        lang,
        &[
            ("feeds", &report.feeds.len()),
            ("secs", &decimal(lang, started.elapsed().as_secs_f64(), 1)),
            ("new", &report.new_articles()),
            ("unchanged", &report.unchanged()),
            ("failed", &failed),
            ("more", &more),
        ],
    )
}

/// `text` as one single-quoted shell word, so a hint copied into a shell runs nothing a
/// subscription name could smuggle (`$(...)`, backquotes).
fn shell_quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

fn progress_bar(lang: crate::model::Lang, len: u64) -> ProgressBar {
    let target = if std::io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let bar = ProgressBar::with_draw_target(Some(len), target);
    if let Ok(style) = ProgressStyle::with_template("{bar:30.cyan/blue} {wide_msg}") {
        bar.set_style(style);
    }
    bar.set_message(progress(lang, 0, usize::try_from(len).unwrap_or(0), None));
    bar
}

/// What the bar says, as the reader's gauge does: how many feeds are done and the last one done
/// (`17/18 feeds done, last Gone`), never a bare name that reads as the feed being fetched while
/// a slow one holds the run.
fn progress(lang: crate::model::Lang, done: usize, total: usize, last: Option<&str>) -> String {
    let (done, total) = (done.to_string(), total.to_string());
    match last {
        Some(last) => T::Refreshing.fill(
            lang,
            &[
                ("done", &done),
                ("total", &total),
                ("feed", &display_line(last, 40)),
            ],
        ),
        None => T::RefreshStarting.fill(lang, &[("total", &total)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hint_quotes_a_name_as_one_inert_shell_word() {
        assert_eq!(shell_quoted("Le Monde"), "'Le Monde'");
        assert_eq!(shell_quoted("$(rm -rf ~)"), "'$(rm -rf ~)'");
        assert_eq!(shell_quoted("l'Usine"), r"'l'\''Usine'");
    }
}

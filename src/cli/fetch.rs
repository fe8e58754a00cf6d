//! `veille fetch`: the headless refresh, with a progress bar on a terminal and a summary line.
use super::{Paths, open_store, output};
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
    let picked: Vec<String> = config
        .feeds
        .iter()
        .filter(|f| only.iter().any(|o| o == &f.name || o == &f.url))
        .map(|f| f.url.clone())
        .collect();
    if let Some(missing) = only
        .iter()
        .find(|o| !config.feeds.iter().any(|f| &f.name == *o || &f.url == *o))
    {
        bail!("no subscription named {missing:?} (see `veille feeds list`)");
    }
    let mut store = open_store(paths)?;
    let bar = progress_bar(if picked.is_empty() {
        config.feeds.len()
    } else {
        picked.len()
    } as u64);
    let started = Instant::now();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let report = runtime
        .block_on(refresh(
            &mut store,
            &config.feeds,
            &picked,
            &config.fetch,
            config.retention.max_age_days,
            |done, _total, result| {
                bar.set_position(done as u64);
                bar.set_message(display_line(&result.name, 40));
            },
        ))
        .map_err(|e| match e {
            // Another process held the lock past the busy timeout: say so, not "disk full".
            RefreshError::Store(e @ StoreError::Busy) => anyhow::Error::new(e).context(format!(
                "cannot write to the database {}; what it held before is kept",
                paths.db.display()
            )),
            // A write failing mid-run (full disk, I/O error) rolled back only the batch being stored.
            RefreshError::Store(e) => anyhow::Error::new(e).context(format!(
                "cannot write to the database {} (disk full?); what it held before is kept",
                paths.db.display()
            )),
            other => other.into(),
        })?;
    // A full-text extraction abandoned at its time limit may still be running on a blocking
    // thread: the run is over, so do not wait for it.
    runtime.shutdown_background();
    bar.finish_and_clear();

    for result in report.failed() {
        if let FeedStatus::Failed(reason) = &result.status {
            output::to_stderr(format_args!(
                "veille: {} ({}): {}",
                display_line(&result.name, 80),
                display_line(&result.url, 500),
                display_line(reason, 500)
            ));
        }
    }
    for (result, until) in report.postponed() {
        let name = display_line(&result.name, 80);
        output::to_stderr(format_args!(
            "veille: {name} ({}): postponed until {}, as its server asked \
             (`veille fetch --feed {}` tries it now)",
            display_line(&result.url, 500),
            rfc3339(until),
            shell_quoted(&name)
        ));
    }
    for warning in &report.warnings {
        output::to_stderr(format_args!(
            "veille: warning: {}: {}",
            display_line(&warning.feed, 80),
            display_line(&warning.message, 500)
        ));
    }
    let failed = report.failed().count();
    let postponed = report.postponed().count();
    let mut out = output::stdout();
    let summary = writeln!(
        out,
        "{} {} in {:.1} s: {} new {}, {} unchanged, {} failed{}{}{}{}{}{}{}",
        report.feeds.len(),
        if report.feeds.len() == 1 {
            "feed"
        } else {
            "feeds"
        },
        started.elapsed().as_secs_f64(),
        report.new_articles(),
        if report.new_articles() == 1 {
            "article"
        } else {
            "articles"
        },
        report.unchanged(),
        failed,
        if postponed > 0 {
            format!(", {postponed} postponed")
        } else {
            String::new()
        },
        if report.full_texts > 0 {
            format!(", {} full texts", report.full_texts)
        } else {
            String::new()
        },
        match report.skipped_entries() {
            0 => String::new(),
            1 => ", 1 malformed item skipped".to_owned(),
            n => format!(", {n} malformed items skipped"),
        },
        match report.full_texts_failed {
            0 => String::new(),
            1 => ", 1 full text failed".to_owned(),
            n => format!(", {n} full texts failed"),
        },
        match report.purged {
            0 => String::new(),
            n => format!(
                ", {n} read {} older than {} days removed by retention",
                if n == 1 { "article" } else { "articles" },
                config.retention.max_age_days
            ),
        },
        match report.revised_articles() {
            0 => String::new(),
            n => format!(
                ", {n} tagged, annotated or starred articles changed by their feed \
                 (kept as they were; the new version is shown beside them)"
            ),
        },
        match report.placed_earlier {
            0 => String::new(),
            n => format!(
                ", {n} {} of the last {} days stored before stories placed in stories \
                 (older ones stay out of stories)",
                if n == 1 { "article" } else { "articles" },
                crate::stories::WINDOW_DAYS
            ),
        }
    )
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

/// `text` as one single-quoted shell word, so a hint copied into a shell runs nothing a
/// subscription name could smuggle (`$(...)`, backquotes).
fn shell_quoted(text: &str) -> String {
    format!("'{}'", text.replace('\'', r"'\''"))
}

fn progress_bar(len: u64) -> ProgressBar {
    let target = if std::io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let bar = ProgressBar::with_draw_target(Some(len), target);
    if let Ok(style) =
        ProgressStyle::with_template("{bar:30.cyan/blue} {pos}/{len} feeds  {wide_msg}")
    {
        bar.set_style(style);
    }
    bar
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

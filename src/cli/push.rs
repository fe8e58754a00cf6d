//! `veille push taxii`: the STIX objects of the matching articles into a TAXII 2.1 collection,
//! with a summary of what was sent and what the server accepted, refused or left pending.
use super::args::FilterArgs;
use super::articles::to_filter;
use super::{Paths, open_store, output};
use crate::export::{self, Options};
use crate::taxii::{self, Origin, PushReport, Target};
use crate::text::sanitize::display_line;
use anyhow::{Context, Result};
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::ExitCode;

/// Refusals and oversized objects named one by one before the rest are only counted.
const NAMED: usize = 20;

/// Pushes the matching articles; exit 1 when the server refused an object or one was too large.
pub fn taxii(
    paths: &Paths,
    url: &str,
    collection: &str,
    filters: &FilterArgs,
    resend: bool,
    options: &Options,
) -> Result<ExitCode> {
    let target = match Target::new(url, collection) {
        Ok(target) => target,
        Err(e) => return super::usage(&display_line(&e.to_string(), 2_000)),
    };
    let (credentials, origin) = taxii::resolve(
        |name| std::env::var_os(name),
        &paths.loaded.taxii,
        &paths.config,
    )?;
    if let Origin::Config(path) = &origin {
        warn_if_others_can_read(path);
    }
    let filter = to_filter(paths, filters, None)?;
    let mut store = open_store(paths)?;
    let items = export::load(&store, &filter)
        .with_context(|| format!("cannot read {}", paths.db.display()))?;
    let objects = taxii::stix_objects(&items, paths.vocabulary()?, options)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    let report = runtime.block_on(taxii::push(
        &mut store,
        &target,
        credentials,
        origin,
        &paths.loaded.fetch,
        &objects,
        resend,
    ))?;
    let printed = print_report(&report, items.len());
    // A closed stdout fails nothing: the push's own outcome is the exit code.
    if let Err(e) = printed
        && !output::stdout_closed()
    {
        return Err(e.into());
    }
    Ok(if report.refused > 0 || !report.too_large.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn print_report(report: &PushReport, articles: usize) -> std::io::Result<()> {
    for refusal in report.refusals.iter().take(NAMED) {
        match &refusal.message {
            Some(message) => {
                output::to_stderr(format_args!("veille: refused: {}: {message}", refusal.id))
            }
            None => output::to_stderr(format_args!("veille: refused: {}", refusal.id)),
        }
    }
    let unnamed = report
        .refused
        .saturating_sub(NAMED.min(report.refusals.len()) as u64);
    if unnamed > 0 {
        output::to_stderr(format_args!("veille: … and {unnamed} more objects refused"));
    }
    for (id, size) in report.too_large.iter().take(NAMED) {
        output::to_stderr(format_args!(
            "veille: not sent: {id} is {size} bytes, more than the {}-byte requests the server accepts",
            report.limit
        ));
    }
    if report.too_large.len() > NAMED {
        output::to_stderr(format_args!(
            "veille: … and {} more objects too large to send",
            report.too_large.len() - NAMED
        ));
    }
    if report.pending > 0 {
        output::to_stderr(format_args!(
            "veille: {} objects still pending after {} s: they are not recorded as accepted, so \
             the next push sends them again",
            report.pending,
            taxii::STATUS_WAIT.as_secs()
        ));
    }
    if report.refused > 0 && report.changed_same_version > 0 {
        output::to_stderr(format_args!(
            "veille: note: {} of the objects sent changed since their last push but kept their \
             STIX version (modified); a server keeping one copy per id and version refuses them",
            report.changed_same_version
        ));
    }
    let mut out = output::stdout();
    writeln!(
        out,
        "{}, {} to {}: {} sent in {} ({} bytes), {} accepted, {} refused, {} pending; {} \
         unchanged, not sent",
        count(articles, "article"),
        count(report.objects, "STIX object"),
        display_line(&report.collection, 500),
        report.sent,
        count(report.requests, "request"),
        report.bytes,
        report.accepted,
        report.refused,
        report.pending,
        report.unchanged
    )?;
    out.flush()
}

/// `1 request`, `2 requests`.
fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// The configuration holds a password or token: say so if other users can read the file.
fn warn_if_others_can_read(path: &Path) {
    if let Ok(meta) = std::fs::metadata(path)
        && meta.permissions().mode() & 0o077 != 0
    {
        output::to_stderr(format_args!(
            "veille: warning: {} holds TAXII credentials and other users can read it \
             (chmod 600 it, or use VEILLE_TAXII_PASSWORD or VEILLE_TAXII_TOKEN)",
            path.display()
        ));
    }
}

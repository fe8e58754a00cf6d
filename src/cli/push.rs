//! `veille push taxii`: the STIX objects of the matching articles into a TAXII 2.1 collection,
//! with a summary of what was sent and what the server accepted, refused or left pending.
use super::args::FilterArgs;
use super::articles::to_filter;
use super::{Paths, open_store, output};
use crate::export::{self, Options};
use crate::i18n::T;
use crate::model::Lang;
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
    let lang = paths.lang;
    let target = match Target::new(url, collection) {
        Ok(target) => target,
        Err(e) => return super::usage(lang, &display_line(&e.to_string(), 2_000)),
    };
    let (credentials, origin) = taxii::resolve(
        |name| std::env::var_os(name),
        &paths.loaded.taxii,
        &paths.config,
    )?;
    if let Origin::Config(path) = &origin {
        warn_if_others_can_read(lang, path);
    }
    let filter = to_filter(paths, filters, None)?;
    let mut store = open_store(paths)?;
    let items = export::load(&store, &filter).with_context(|| {
        T::CliCannotRead.fill(lang, &[("path", &paths.db.display().to_string())])
    })?;
    let objects = taxii::stix_objects(&items, paths.vocabulary()?, options)?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .with_context(|| T::CliRuntime.get(lang))?;
    let report = runtime.block_on(taxii::push(
        &mut store,
        &target,
        credentials,
        origin,
        &paths.loaded.fetch,
        &objects,
        resend,
    ))?;
    let printed = print_report(lang, &report, items.len());
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

fn print_report(lang: Lang, report: &PushReport, articles: usize) -> std::io::Result<()> {
    for refusal in report.refusals.iter().take(NAMED) {
        let id = refusal.id.to_string();
        let said = match &refusal.message {
            Some(message) => T::CliRefusedWhy.fill(lang, &[("id", &id), ("message", message)]),
            None => T::CliRefused.fill(lang, &[("id", &id)]),
        };
        output::say(lang, &said);
    }
    let unnamed = report
        .refused
        .saturating_sub(NAMED.min(report.refusals.len()) as u64);
    if unnamed > 0 {
        output::say(lang, &T::CliMoreRefused.say(lang, &[("n", &unnamed)]));
    }
    for (id, size) in report.too_large.iter().take(NAMED) {
        let said = T::CliTooLarge.say(
            lang,
            &[("id", id), ("size", size), ("limit", &report.limit)],
        );
        output::say(lang, &said);
    }
    if report.too_large.len() > NAMED {
        let n = report.too_large.len() - NAMED;
        output::say(lang, &T::CliMoreTooLarge.say(lang, &[("n", &n)]));
    }
    if report.pending > 0 {
        let said = T::CliPending.say(
            lang,
            &[
                ("n", &report.pending),
                ("secs", &taxii::STATUS_WAIT.as_secs()),
            ],
        );
        output::say(lang, &said);
    }
    if report.refused > 0 && report.changed_same_version > 0 {
        output::say(
            lang,
            &T::CliSameVersion.say(lang, &[("n", &report.changed_same_version)]),
        );
    }
    let mut out = output::stdout();
    let summary = T::CliPushSummary.say(
        lang,
        &[
            ("articles", &articles),
            ("objects", &report.objects),
            ("collection", &display_line(&report.collection, 500)),
            ("sent", &report.sent),
            ("requests", &report.requests),
            ("bytes", &report.bytes),
            ("accepted", &report.accepted),
            ("refused", &report.refused),
            ("pending", &report.pending),
            ("unchanged", &report.unchanged),
        ],
    );
    writeln!(out, "{summary}")?;
    out.flush()
}

/// The configuration holds a password or token: say so if other users can read the file.
fn warn_if_others_can_read(lang: Lang, path: &Path) {
    if let Ok(meta) = std::fs::metadata(path)
        && meta.permissions().mode() & 0o077 != 0
    {
        let path = path.display().to_string();
        let said = T::CliCredentialsReadable.fill(lang, &[("path", &path)]);
        output::say(lang, &T::CliWarning.fill(lang, &[("message", &said)]));
    }
}

//! JSON: the `--json` article shape of DESIGN.md, plus the plain summary, the note and the CVE ids.
use super::Enriched;
use crate::model::ArticleSummary;
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct Entry<'a> {
    #[serde(flatten)]
    article: &'a ArticleSummary,
    summary: &'a str,
    note: Option<&'a str>,
    cves: &'a [String],
    /// The story it is in (`veille stories`); null when not placed.
    story: Option<i64>,
}

pub(super) fn write(items: &[Enriched<'_>], out: &mut dyn Write) -> Result<(), super::ExportError> {
    let entries: Vec<Entry<'_>> = items
        .iter()
        .map(|e| Entry {
            article: &e.item.article.summary,
            summary: &e.summary,
            note: e.item.note.as_deref(),
            cves: &e.cves,
            story: e.item.story,
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &entries)?;
    writeln!(out)?;
    Ok(())
}

//! CSV: one row per article, list cells joined with `|`, every cell guarded against formula injection;
//! tag cells hold canonical values, as `--json` does.
use super::text::line;
use super::{Enriched, Options};
use crate::text::sanitize::{MAX_BODY_BYTES, clean_body};
use std::io::Write;

/// The header row (a contract: spreadsheets and scripts address columns by these names).
pub const COLUMNS: [&str; 14] = [
    "id",
    "published",
    "lang",
    "feed",
    "title",
    "url",
    "actors",
    "targets",
    "sectors",
    "countries",
    "attack_types",
    "cves",
    "note",
    "story",
];

/// The UTF-8 byte-order mark Excel needs to read a CSV file as UTF-8.
const BOM: &[u8] = b"\xEF\xBB\xBF";

pub(super) fn write(
    items: &[Enriched<'_>],
    options: &Options,
    out: &mut dyn Write,
) -> Result<(), super::ExportError> {
    if options.bom {
        out.write_all(BOM)?;
    }
    let mut csv = ::csv::WriterBuilder::new()
        .delimiter(options.delimiter)
        .from_writer(out);
    csv.write_record(COLUMNS)?;
    for e in items {
        let cells = row(e);
        csv.write_record(cells.iter().map(|cell| guard(cell)).map(|c| c.into_owned()))?;
    }
    csv.flush()?;
    Ok(())
}

fn row(e: &Enriched<'_>) -> [String; 14] {
    let a = &e.item.article.summary;
    let list = |values: &mut dyn Iterator<Item = &str>| {
        // A `|` inside a value would split it in two for whoever reads the cell back.
        values
            .map(|v| line(v).replace('|', "/"))
            .collect::<Vec<_>>()
            .join("|")
    };
    [
        a.id.to_string(),
        a.published.map(|d| d.to_rfc3339()).unwrap_or_default(),
        a.lang.map(|l| l.code().to_string()).unwrap_or_default(),
        line(&a.feed),
        line(&a.title),
        a.url.as_deref().map(line).unwrap_or_default(),
        list(&mut e.actors.iter().map(|x| x.name.as_str())),
        // Canonical values, as `--json` and the filters take them (`justice`, `NL`, `ransomware`):
        // a script or a pivot table groups on them; labels are for the Markdown digest.
        list(&mut e.organisations.iter().map(|x| x.value.as_str())),
        list(&mut e.sectors.iter().map(|x| x.value.as_str())),
        list(&mut e.countries.iter().map(|x| x.value.as_str())),
        list(&mut e.attacks.iter().map(|x| x.id.as_str())),
        list(&mut e.cves.iter().map(String::as_str)),
        e.item
            .note
            .as_deref()
            .map(|n| clean_body(n, MAX_BODY_BYTES))
            .unwrap_or_default(),
        e.item.story.map(|s| s.to_string()).unwrap_or_default(),
    ]
}

/// A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a `'` in front
/// (OWASP's "CSV injection" advice): feed titles are written by strangers.
pub fn guard(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::guard;

    #[test]
    fn formula_starts_are_neutralised_and_others_kept() {
        for cell in [
            "=HYPERLINK(\"x\")",
            "+cmd",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert_eq!(guard(cell), format!("'{cell}"));
        }
        for cell in ["APT28", "", "a=b", "2023-09-19"] {
            assert_eq!(guard(cell), cell);
        }
    }
}

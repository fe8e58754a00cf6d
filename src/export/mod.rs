//! Exports: one writer per format (CSV, JSON, Markdown, STIX 2.1, MISP, a MISP feed directory), all
//! fed the same query result.
//!
//! The caller loads the articles once ([`load`]) and picks a [`Format`]; nothing here touches the
//! terminal or the network, so the CLI and the TUI share it.
//!
//! ```no_run
//! use veille::export::{self, Format, Options};
//! use veille::model::Filter;
//! let store = veille::store::Store::open(std::path::Path::new("veille.db"))?;
//! let items = export::load(&store, &Filter::default())?;
//! let vocab = veille::tagging::Vocabulary::bundled()?;
//! export::write(Format::Stix, &items, &vocab, &Options::default(), &mut std::io::stdout())?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod csv;
mod enrich;
mod galaxy;
mod ids;
mod json;
mod markdown;
mod misp;
mod misp_feed;
mod sectors;
mod stix;
mod taxonomies;
mod text;
mod tlp;

use crate::model::{Article, ArticleId, Filter, Lang, Tags, Tlp};
use crate::store::{Store, StoreError};
use crate::tagging::Vocabulary;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub use enrich::{ActorRef, AttackRef, Enriched, TargetRef, Technique, is_unattributed};
pub use galaxy::Cluster;
pub use misp_feed::FeedSummary;

/// An export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// One row per article, for spreadsheets.
    Csv,
    /// The `--json` article shape plus summary and note, for scripts.
    Json,
    /// A readable digest grouped by attack type, for newsletters.
    Markdown,
    /// A STIX 2.1 bundle, for OpenCTI and other threat-intelligence platforms.
    Stix,
    /// MISP event JSON (misp-core-format), one event per article, for MISP.
    Misp,
    /// A MISP feed: a directory a MISP instance subscribes to, updated in place.
    MispFeed,
}

impl Format {
    /// Every format written to one file or stream, in the order the CLI lists them (the feed,
    /// a directory, is apart).
    pub const ALL: [Format; 5] = [
        Format::Csv,
        Format::Json,
        Format::Markdown,
        Format::Stix,
        Format::Misp,
    ];

    /// The name on the command line (`csv`, `json`, `markdown`, `stix`, `misp`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Stix => "stix",
            Format::Misp => "misp",
            Format::MispFeed => "misp-feed",
        }
    }

    /// The usual file extension, for a default file name.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Markdown => "md",
            // Distinct, so exporting the same list in two formats never overwrites the first.
            Format::Stix => "stix.json",
            Format::Misp => "misp.json",
            Format::Json | Format::MispFeed => "json",
        }
    }
}

/// Options some formats read; the others ignore them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// CSV field delimiter (`,` by default; `;` for French spreadsheets).
    pub delimiter: u8,
    /// CSV: start with a UTF-8 byte-order mark so Excel reads the accents right.
    pub bom: bool,
    /// MISP: accepted for scripts written before every MISP export had one event per article.
    pub misp_per_article: bool,
    /// STIX and MISP: the author every object is created by (STIX identity, MISP `Orgc`).
    pub author: String,
    /// Whether the author is an organisation (`[export] organisation`) or a person (the default).
    pub author_is_organisation: bool,
    /// STIX and MISP: the TLP of articles without their own.
    pub tlp: Tlp,
    /// Markdown: the language of the digest's own words (the interface's). English keeps the
    /// bilingual headings it always had; French writes the whole digest in French.
    pub lang: Lang,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            delimiter: b',',
            bom: false,
            misp_per_article: false,
            author: "veille".to_owned(),
            author_is_organisation: false,
            tlp: Tlp::Clear,
            lang: Lang::En,
        }
    }
}

/// One article as exported: the stored article and the analyst's note.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportItem {
    /// The article, with its tags and TLP.
    pub article: Article,
    /// The analyst's free-text note.
    pub note: Option<String>,
    /// Its tags that were accepted suggestions (the others were typed): a lower confidence.
    pub suggested: Tags,
    /// The story it is in (`veille stories`), if placed.
    pub story: Option<i64>,
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Writing the output failed.
    #[error("cannot write the export: {0}")]
    Io(#[from] io::Error),
    /// The CSV writer failed.
    #[error("cannot write the CSV export: {0}")]
    Csv(#[from] ::csv::Error),
    /// JSON serialization failed.
    #[error("cannot write the JSON export: {0}")]
    Json(#[from] serde_json::Error),
    /// The output file could not be written.
    #[error("cannot write {path}: {source}")]
    File {
        /// The file.
        path: PathBuf,
        /// Cause.
        source: io::Error,
    },
    /// The feed directory holds something veille must not overwrite or cannot read.
    #[error("{path}: {reason}")]
    Feed {
        /// The file or directory.
        path: PathBuf,
        /// What is wrong, and what was left as it was.
        reason: String,
    },
    /// The format writes a directory, not a stream.
    #[error("the {0} format writes a directory: give it with -o DIR")]
    NeedsDirectory(&'static str),
}

/// The articles matching `filter` (newest first), each with its note: what every writer takes.
pub fn load(store: &Store, filter: &Filter) -> Result<Vec<ExportItem>, StoreError> {
    let ids: Vec<ArticleId> = store.list(filter, None)?.iter().map(|a| a.id).collect();
    load_ids(store, &ids)
}

/// The articles with these ids, in this order (the TUI's current view); ids no longer stored are skipped.
pub fn load_ids(store: &Store, ids: &[ArticleId]) -> Result<Vec<ExportItem>, StoreError> {
    let mut items = Vec::with_capacity(ids.len());
    for &id in ids {
        if let Some(article) = store.article(id)? {
            let note = store.note(id)?;
            let suggested = store.suggested_tags(id)?;
            let story = store.story_of(id)?;
            items.push(ExportItem {
                article,
                note,
                suggested,
                story,
            });
        }
    }
    Ok(items)
}

/// Writes `items` in `format` to `out`; tag values are enriched from `vocab`.
pub fn write(
    format: Format,
    items: &[ExportItem],
    vocab: &Vocabulary,
    options: &Options,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let galaxy = galaxy::Data::bundled();
    let enriched = enrich_all(items, vocab, &galaxy, options);
    match format {
        Format::Csv => csv::write(&enriched, options, out)?,
        Format::Json => json::write(&enriched, out)?,
        Format::Markdown => markdown::write(&enriched, options.lang, out)?,
        Format::Stix => stix::write(&enriched, options, out)?,
        Format::Misp => misp::write(&enriched, &galaxy, options, out)?,
        Format::MispFeed => return Err(ExportError::NeedsDirectory(format.name())),
    }
    out.flush()?;
    Ok(())
}

fn enrich_all<'a>(
    items: &'a [ExportItem],
    vocab: &Vocabulary,
    galaxy: &galaxy::Data,
    options: &Options,
) -> Vec<Enriched<'a>> {
    items
        .iter()
        .map(|i| Enriched::new(i, vocab, galaxy, options.tlp))
        .collect()
}

/// Adds `items` to the MISP feed in `dir` (created if missing): one `<uuid>.json` per article,
/// `manifest.json` and `hashes.csv`, each replaced atomically. Events already in the feed stay;
/// an event whose content changed is rewritten with a newer timestamp (at least `now`), an
/// unchanged one is left as it was, so a subscribed MISP pulls only what changed.
pub fn write_misp_feed(
    items: &[ExportItem],
    vocab: &Vocabulary,
    options: &Options,
    dir: &Path,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<FeedSummary, ExportError> {
    let galaxy = galaxy::Data::bundled();
    let enriched = enrich_all(items, vocab, &galaxy, options);
    misp_feed::write(&enriched, &galaxy, options, dir, now)
}

/// Writes the export to `path`, whole or not at all: it is built in memory, then written beside
/// `path` and renamed over it, so a failure (a full disk) leaves any previous file as it was.
pub fn write_file(
    format: Format,
    items: &[ExportItem],
    vocab: &Vocabulary,
    options: &Options,
    path: &Path,
) -> Result<(), ExportError> {
    let mut bytes = Vec::new();
    write(format, items, vocab, options, &mut bytes)?;
    crate::atomic_file::write(path, &bytes).map_err(|source| ExportError::File {
        path: path.to_path_buf(),
        source,
    })
}

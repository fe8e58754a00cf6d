//! A MISP feed directory, as PyMISP's feed generator writes one: `<uuid>.json` per event (the
//! `MISPEvent.to_feed()` shape), `manifest.json` (each event's `Orgc`, tags, info, date and
//! timestamp) and `hashes.csv` (`md5,event uuid` per attribute value).
//!
//! A run updates the directory in place: events it exports are added or, when their content
//! changed, rewritten with a newer timestamp (MISP pulls an event again only when the manifest's
//! timestamp moves); unchanged ones are left as they were, and events of earlier runs stay. Every
//! file is replaced atomically (temporary file, then rename), the manifest last, so a MISP polling
//! the directory never reads half a file nor a manifest naming an event not yet written. Everything
//! already there is read and checked before anything is written: a directory that is not a feed,
//! or a feed file veille cannot read, is an error that leaves the directory as it was.
use super::galaxy::Data;
use super::misp::{self, Event, Shape};
use super::{Enriched, ExportError, Options};
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};
use std::path::Path;

/// What one run did to the feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeedSummary {
    /// Events written for the first time.
    pub added: usize,
    /// Events rewritten because their content changed.
    pub updated: usize,
    /// Events exported again unchanged (their files were not touched).
    pub unchanged: usize,
    /// Events in the feed after the run, earlier runs' included.
    pub total: usize,
}

pub(super) fn write(
    items: &[Enriched<'_>],
    galaxy: &Data,
    options: &Options,
    dir: &Path,
    now: DateTime<Utc>,
) -> Result<FeedSummary, ExportError> {
    let mut manifest = read_manifest(dir)?;
    // Read every listed event first: a broken feed is reported before anything changes.
    let mut stored: Map<String, Value> = Map::new();
    for uuid in manifest.keys() {
        stored.insert(uuid.clone(), read_json(&dir.join(format!("{uuid}.json")))?);
    }
    let mut summary = FeedSummary {
        added: 0,
        updated: 0,
        unchanged: 0,
        total: 0,
    };
    let mut writes: Vec<(String, Value)> = Vec::new();
    for e in items {
        let event = Event::new(e, galaxy, options);
        let old = stored.get(&event.uuid);
        let old_ts = manifest
            .get(&event.uuid)
            .and_then(|m| m["timestamp"].as_i64());
        if let (Some(old), Some(ts)) = (old, old_ts)
            && same_content(old, &event.render(Shape::Feed, ts))
        {
            summary.unchanged += 1;
            continue;
        }
        // Later than the copy a subscriber holds, whatever the clock says.
        let ts = now.timestamp().max(old_ts.map_or(0, |t| t + 1));
        let rendered = event.render(Shape::Feed, ts);
        match old {
            Some(_) => summary.updated += 1,
            None => summary.added += 1,
        }
        manifest.insert(event.uuid.clone(), event.manifest(ts));
        stored.insert(event.uuid.clone(), rendered.clone());
        writes.push((event.uuid, rendered));
    }
    summary.total = manifest.len();
    std::fs::create_dir_all(dir).map_err(|source| ExportError::File {
        path: dir.to_path_buf(),
        source,
    })?;
    for (uuid, event) in &writes {
        replace(&dir.join(format!("{uuid}.json")), &to_text(event)?)?;
    }
    let mut hashes = String::new();
    for (uuid, event) in &stored {
        for h in misp::hashes(event) {
            hashes.push_str(&format!("{h},{uuid}\n"));
        }
    }
    replace(&dir.join("hashes.csv"), &hashes)?;
    replace(
        &dir.join("manifest.json"),
        &to_text(&Value::Object(manifest))?,
    )?;
    Ok(summary)
}

/// The manifest already in `dir`; empty for a new or empty directory. A non-empty directory
/// without one is not a feed, and is refused rather than filled with event files.
fn read_manifest(dir: &Path) -> Result<Map<String, Value>, ExportError> {
    let path = dir.join("manifest.json");
    if path.exists() {
        let manifest = read_json(&path)?;
        let Value::Object(map) = manifest else {
            return Err(feed_error(
                &path,
                "is not a MISP feed manifest (not a JSON object)",
            ));
        };
        for (uuid, entry) in &map {
            if uuid::Uuid::parse_str(uuid).is_err() || !entry.is_object() {
                return Err(feed_error(
                    &path,
                    "is not a MISP feed manifest (keys must be event UUIDs)",
                ));
            }
        }
        return Ok(map);
    }
    match std::fs::read_dir(dir).map(|mut entries| entries.next().is_some()) {
        Ok(true) => Err(feed_error(
            dir,
            "is not empty and holds no manifest.json, so it is not a MISP feed; nothing was \
             written (give a new or empty directory, or an existing feed)",
        )),
        Ok(false) => Ok(Map::new()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Map::new()),
        Err(source) => Err(ExportError::File {
            path: dir.to_path_buf(),
            source,
        }),
    }
}

fn read_json(path: &Path) -> Result<Value, ExportError> {
    let bytes = std::fs::read(path).map_err(|source| ExportError::File {
        path: path.to_path_buf(),
        source,
    })?;
    serde_json::from_slice(&bytes).map_err(|e| {
        feed_error(
            path,
            &format!("is not valid JSON ({e}); the feed was left as it was"),
        )
    })
}

fn feed_error(path: &Path, reason: &str) -> ExportError {
    ExportError::Feed {
        path: path.to_path_buf(),
        reason: reason.to_owned(),
    }
}

fn to_text(value: &Value) -> Result<String, ExportError> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    Ok(text)
}

/// Replaces `path` by `text` atomically, unless it already says exactly that (its date then
/// still tells a subscriber when the feed last changed).
fn replace(path: &Path, text: &str) -> Result<(), ExportError> {
    if std::fs::read(path).is_ok_and(|old| old == text.as_bytes()) {
        return Ok(());
    }
    crate::atomic_file::write(path, text.as_bytes()).map_err(|source| ExportError::File {
        path: path.to_path_buf(),
        source,
    })
}

/// Whether two feed events say the same, timestamps aside.
fn same_content(old: &Value, new: &Value) -> bool {
    without_timestamps(old) == without_timestamps(new)
}

fn without_timestamps(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| k.as_str() != "timestamp")
                .map(|(k, v)| (k.clone(), without_timestamps(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_timestamps).collect()),
        other => other.clone(),
    }
}

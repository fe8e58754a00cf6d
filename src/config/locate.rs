//! Maps byte offsets of a TOML file to dotted keys and line numbers, so every error names both.
use std::ops::Range;
use toml_edit::{Document, Item, Table, Value};

/// The span of every key, value and table header of one parsed TOML text.
pub(super) struct SpanIndex {
    entries: Vec<(String, Range<usize>)>,
}

impl SpanIndex {
    /// Indexes `text`; `None` when it is not valid TOML (then use [`key_near`]).
    pub(super) fn new(text: &str) -> Option<SpanIndex> {
        let doc = Document::parse(text).ok()?;
        let mut entries = Vec::new();
        index_table(doc.as_table(), "", &mut entries);
        Some(SpanIndex { entries })
    }

    /// The dotted key whose text contains `offset`, the innermost one when they nest.
    pub(super) fn key_at(&self, offset: usize) -> Option<&str> {
        self.entries
            .iter()
            .filter(|(_, span)| span.contains(&offset))
            .min_by_key(|(_, span)| span.len())
            .map(|(key, _)| key.as_str())
    }

    /// Where the key `path` (e.g. `feeds[2].url`) is written.
    pub(super) fn span_of(&self, path: &str) -> Option<Range<usize>> {
        self.entries
            .iter()
            .find(|(key, _)| key == path)
            .map(|(_, span)| span.clone())
    }
}

fn join(prefix: &str, key: &str) -> String {
    if prefix.is_empty() {
        key.to_owned()
    } else {
        format!("{prefix}.{key}")
    }
}

fn index_table(table: &Table, prefix: &str, out: &mut Vec<(String, Range<usize>)>) {
    for (key, item) in table.iter() {
        let path = join(prefix, key);
        let key_span = table.key(key).and_then(|k| k.span());
        index_item(item, key_span, path, out);
    }
}

fn index_item(
    item: &Item,
    key_span: Option<Range<usize>>,
    path: String,
    out: &mut Vec<(String, Range<usize>)>,
) {
    match item {
        Item::None => {}
        Item::Value(value) => index_value(value, key_span, path, out),
        Item::Table(table) => {
            // A `[table]` header has a span; a dotted-key table (`a.b = 1`) only has its key's.
            if let Some(span) = table.span().or(key_span) {
                out.push((path.clone(), span));
            }
            index_table(table, &path, out);
        }
        Item::ArrayOfTables(array) => {
            for (i, table) in array.iter().enumerate() {
                let element = format!("{path}[{i}]");
                if let Some(span) = table.span() {
                    out.push((element.clone(), span));
                }
                index_table(table, &element, out);
            }
        }
    }
}

fn index_value(
    value: &Value,
    key_span: Option<Range<usize>>,
    path: String,
    out: &mut Vec<(String, Range<usize>)>,
) {
    let value_span = value.span();
    // From the key to the end of its value, so a message about either side finds the key.
    let whole = match (key_span, value_span.clone()) {
        (Some(k), Some(v)) => Some(k.start.min(v.start)..k.end.max(v.end)),
        (k, v) => k.or(v),
    };
    if let Some(span) = whole {
        out.push((path.clone(), span));
    }
    match value {
        Value::Array(array) => {
            for (i, element) in array.iter().enumerate() {
                index_value(element, None, format!("{path}[{i}]"), out);
            }
        }
        Value::InlineTable(table) => {
            for (key, element) in table.iter() {
                let key_span = table.key(key).and_then(|k| k.span());
                index_value(element, key_span, join(&path, key), out);
            }
        }
        _ => {}
    }
}

/// The 1-based line of byte `offset` in `text`.
pub(super) fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// A best guess at the key written near `offset` of a text that is not valid TOML: the enclosing
/// `[table]` (with its index for `[[array]]` tables) and the key left of `=` on that line.
pub(super) fn key_near(text: &str, offset: usize) -> String {
    let target = line_of(text, offset);
    let mut table = String::new();
    let mut counts: Vec<(String, usize)> = Vec::new();
    let mut key = String::new();
    for (number, line) in text.lines().enumerate().take(target) {
        let line = line.trim();
        if let Some(name) = line.strip_prefix("[[").and_then(|l| l.split("]]").next()) {
            let name = name.trim().to_owned();
            let index = match counts.iter_mut().find(|(n, _)| *n == name) {
                Some((_, count)) => {
                    *count += 1;
                    *count
                }
                None => {
                    counts.push((name.clone(), 0));
                    0
                }
            };
            table = format!("{name}[{index}]");
        } else if let Some(name) = line.strip_prefix('[').and_then(|l| l.split(']').next()) {
            table = name.trim().to_owned();
        } else if number + 1 == target {
            key = line
                .split_once('=')
                .map(|(k, _)| k.trim().trim_matches('"').to_owned())
                .unwrap_or_default();
        }
    }
    match (table.is_empty(), key.is_empty()) {
        (true, true) => "(top level)".to_owned(),
        (false, true) => table,
        (true, false) => key,
        (false, false) => format!("{table}.{key}"),
    }
}

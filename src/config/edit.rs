//! Editing the user's config file (subscriptions) while keeping its comments and layout.
use super::locate::line_of;
use super::{BUNDLED, BUNDLED_NAME, ConfigError, atomic, canonical_feed_url, check_text};
use crate::model::{FeedSource, Lang};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value};

/// The start of a user file that veille creates: the subscriptions copied from the defaults follow.
const NEW_FILE_HEADER: &str = "\
# veille user configuration. Keys written here override veille's bundled defaults;
# this `feeds` list replaces the default subscriptions (it started as a copy of them).
# `veille feeds add|remove|import` edit this file and keep your comments.
";

/// Adds subscriptions to the user file at `path`, first copying the bundled list into it when the file
/// is missing or has no `feeds` array. Returns how many were added (duplicates by URL are skipped).
///
/// A name already taken gets a ` (2)`, ` (3)`... suffix, so one import cannot fail on a common name.
pub fn add_feeds(path: &Path, feeds: &[FeedSource]) -> Result<usize, ConfigError> {
    subscribe(path, feeds).map(|added| added.len())
}

/// [`add_feeds`], returning the subscriptions added, as written (with their final names).
pub fn subscribe(path: &Path, feeds: &[FeedSource]) -> Result<Vec<FeedSource>, ConfigError> {
    Ok(import(path, feeds, false)?.added)
}

/// What [`import`] changed in the subscription list.
#[derive(Debug, Default)]
pub struct Imported {
    /// The subscriptions added, as named in the file.
    pub added: Vec<FeedSource>,
    /// Bundled subscriptions written into a file that had none: they were the ones in force.
    pub bundled_written: usize,
    /// Subscriptions removed by a replacing import.
    pub removed: Vec<FeedSource>,
}

/// Adds `feeds` to the subscriptions (those already subscribed by URL are skipped), or with
/// `replace` makes them the whole list; the file is written only when something changed.
pub fn import(path: &Path, feeds: &[FeedSource], replace: bool) -> Result<Imported, ConfigError> {
    let _lock = lock(path)?;
    // Bundled subscriptions in force are copied in first: a replacing import then counts them
    // among those it removes, an adding one keeps them, and either way says so.
    let (mut doc, bundled) = open_with(path)?;
    let mut imported = Imported::default();
    let mut list = FeedList::of(&mut doc, path)?;
    if replace {
        while let Some(removed) = list.remove(0) {
            imported.removed.push(removed);
        }
    }
    let existing = list.entries();
    let mut urls: HashSet<String> = existing.iter().map(|(_, url)| url_key(url)).collect();
    let mut names = Names::new(existing.into_iter().map(|(name, _)| name));
    for feed in feeds {
        if !urls.insert(url_key(&feed.url)) {
            continue;
        }
        let name = names.claim(&display_name(feed));
        let source = FeedSource {
            name,
            ..feed.clone()
        };
        list.push(&source);
        imported.added.push(source);
    }
    if !imported.added.is_empty() || !imported.removed.is_empty() {
        save(path, &doc)?;
        if !replace {
            imported.bundled_written = bundled;
        }
    }
    Ok(imported)
}

/// Removes the subscription whose name or URL is `name_or_url`; returns the removed source.
pub fn remove_feed(path: &Path, name_or_url: &str) -> Result<Option<FeedSource>, ConfigError> {
    let _lock = lock(path)?;
    let mut doc = open(path)?;
    let mut list = FeedList::of(&mut doc, path)?;
    let Some(index) = find(&list.entries(), name_or_url) else {
        return Ok(None);
    };
    let removed = list.remove(index);
    save(path, &doc)?;
    Ok(removed)
}

/// What [`set_feed_url`] did.
#[derive(Debug, PartialEq, Eq)]
pub enum Readdressed {
    /// No subscription has that name or URL.
    Unknown,
    /// Another subscription already has the new URL: two entries for one feed would fetch it twice.
    Taken {
        /// The subscription that has it.
        by: String,
    },
    /// The subscription now has the new URL; `old` is how it was.
    Moved {
        /// The subscription before the change.
        old: FeedSource,
    },
}

/// Gives the subscription named `name_or_url` (or with that URL) the address `url`, keeping its
/// name, language and every other key (a feed that moved: its articles follow it, see
/// `Store::sync_feeds`).
pub fn set_feed_url(path: &Path, name_or_url: &str, url: &str) -> Result<Readdressed, ConfigError> {
    let _lock = lock(path)?;
    let mut doc = open(path)?;
    let mut list = FeedList::of(&mut doc, path)?;
    let entries = list.entries();
    let Some(index) = find(&entries, name_or_url) else {
        return Ok(Readdressed::Unknown);
    };
    let key = url_key(url);
    if let Some((name, _)) = entries
        .iter()
        .enumerate()
        .find(|(i, (_, other))| *i != index && url_key(other) == key)
        .map(|(_, entry)| entry)
    {
        return Ok(Readdressed::Taken { by: name.clone() });
    }
    let Some(old) = list.set_url(index, url) else {
        return Ok(Readdressed::Unknown);
    };
    save(path, &doc)?;
    Ok(Readdressed::Moved { old })
}

/// Waits until no other veille is editing the file at `path` (see `config::lock`).
fn lock(path: &Path) -> Result<super::lock::EditLock, ConfigError> {
    super::lock::lock(path).map_err(|source| ConfigError::Io {
        path: path.to_owned(),
        source,
    })
}

/// The user's document, with the bundled subscriptions copied in when it has none.
fn open(path: &Path) -> Result<DocumentMut, ConfigError> {
    Ok(open_with(path)?.0)
}

/// The user's document and how many bundled subscriptions were copied in (when it has none: they
/// are the ones in force, and an edit must not drop them in silence).
fn open_with(path: &Path) -> Result<(DocumentMut, usize), ConfigError> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => NEW_FILE_HEADER.to_owned(),
        Err(source) => {
            return Err(ConfigError::Io {
                path: path.to_owned(),
                source,
            });
        }
    };
    // Report a broken file with its own line numbers, before any edit shifts them.
    check_text(&text, path)?;
    let mut doc = parse_mut(&text, path)?;
    let mut copied = 0;
    if !doc.contains_key("feeds") {
        keep_lone_comments_on_top(&mut doc);
        let mut bundled = parse_mut(BUNDLED, Path::new(BUNDLED_NAME))?;
        if let Some(mut feeds) = bundled.remove("feeds") {
            copied = feeds.as_array_of_tables().map_or(0, ArrayOfTables::len);
            place_after_existing_tables(&doc, &mut feeds);
            doc.insert("feeds", feeds);
        }
    }
    Ok((doc, copied))
}

/// A file of comments only keeps them as trailing text, which would print after anything added.
fn keep_lone_comments_on_top(doc: &mut DocumentMut) {
    if doc.is_empty() {
        let comments = doc.trailing().as_str().unwrap_or_default().to_owned();
        doc.decor_mut().set_prefix(comments);
        doc.set_trailing("");
    }
}

fn parse_mut(text: &str, path: &Path) -> Result<DocumentMut, ConfigError> {
    text.parse::<DocumentMut>()
        .map_err(|e| ConfigError::Invalid {
            path: path.to_owned(),
            line: e.span().map_or(0, |span| line_of(text, span.start)),
            key: "(top level)".to_owned(),
            message: e.message().trim().to_owned(),
        })
}

/// Copied tables keep their positions from the bundled file, which would interleave them with the
/// user's own tables; renumbering puts them at the end, where a reader expects appended text.
fn place_after_existing_tables(doc: &DocumentMut, feeds: &mut Item) {
    let last = max_position(doc.as_table()).unwrap_or(0);
    if let Item::ArrayOfTables(tables) = feeds {
        for (offset, table) in (1..).zip(tables.iter_mut()) {
            table.set_position(Some(last + offset));
        }
    }
}

fn max_position(table: &Table) -> Option<isize> {
    let nested = table.iter().filter_map(|(_, item)| match item {
        Item::Table(table) => max_position(table),
        Item::ArrayOfTables(tables) => tables.iter().filter_map(max_position).max(),
        _ => None,
    });
    nested.chain(table.position()).max()
}

fn save(path: &Path, doc: &DocumentMut) -> Result<(), ConfigError> {
    let text = doc.to_string();
    // The edited text must load; checking it before writing means a bad edit never reaches disk.
    check_text(&text, path)?;
    let io_error = |source| ConfigError::Io {
        path: path.to_owned(),
        source,
    };
    // The first `feeds add` creates ~/.config/veille as well as the file.
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(io_error)?;
    }
    atomic::write(path, text.as_bytes()).map_err(io_error)
}

/// The `feeds` list of a document, whichever TOML form the user wrote it in.
enum FeedList<'a> {
    /// `[[feeds]]` tables.
    Tables(&'a mut ArrayOfTables),
    /// `feeds = [{ name = ..., url = ... }]`.
    Inline(&'a mut Array),
}

impl<'a> FeedList<'a> {
    fn of(doc: &'a mut DocumentMut, path: &Path) -> Result<FeedList<'a>, ConfigError> {
        match doc.get_mut("feeds") {
            Some(Item::ArrayOfTables(tables)) => Ok(FeedList::Tables(tables)),
            Some(Item::Value(Value::Array(array))) => Ok(FeedList::Inline(array)),
            _ => Err(ConfigError::Invalid {
                path: path.to_owned(),
                line: 0,
                key: "feeds".to_owned(),
                message: "must be a list of [[feeds]] tables".to_owned(),
            }),
        }
    }

    /// `(name, url)` of every entry, in order.
    fn entries(&self) -> Vec<(String, String)> {
        match self {
            FeedList::Tables(tables) => tables
                .iter()
                .map(|t| (text_of(t.get("name")), text_of(t.get("url"))))
                .collect(),
            FeedList::Inline(array) => array
                .iter()
                .map(|v| {
                    let table = v.as_inline_table();
                    let field = |key| table.and_then(|t| t.get(key)).and_then(Value::as_str);
                    (
                        field("name").unwrap_or_default().to_owned(),
                        field("url").unwrap_or_default().to_owned(),
                    )
                })
                .collect(),
        }
    }

    fn push(&mut self, feed: &FeedSource) {
        match self {
            FeedList::Tables(tables) => {
                let mut table = Table::new();
                for (key, value) in fields(feed) {
                    table.insert(key, Item::Value(value));
                }
                tables.push(table);
            }
            FeedList::Inline(array) => {
                let mut table = InlineTable::new();
                for (key, value) in fields(feed) {
                    table.insert(key, value);
                }
                array.push(table);
            }
        }
    }

    /// Writes `url` as entry `index`'s address, returning the entry as it was; nothing is
    /// changed unless it reads as a subscription.
    fn set_url(&mut self, index: usize, url: &str) -> Option<FeedSource> {
        match self {
            FeedList::Tables(tables) => {
                let table = tables.get_mut(index)?;
                let old = source_of(&table.clone().into_inline_table())?;
                replace_text(table.get_mut("url").and_then(Item::as_value_mut)?, url);
                Some(old)
            }
            FeedList::Inline(array) => {
                let table = array.get_mut(index)?.as_inline_table_mut()?;
                let old = source_of(table)?;
                replace_text(table.get_mut("url")?, url);
                Some(old)
            }
        }
    }

    /// Takes out entry `index`; nothing is removed unless it reads as a subscription.
    fn remove(&mut self, index: usize) -> Option<FeedSource> {
        match self {
            FeedList::Tables(tables) => {
                let source = source_of(&tables.get(index)?.clone().into_inline_table())?;
                tables.remove(index);
                Some(source)
            }
            FeedList::Inline(array) => {
                let source = source_of(array.get(index)?.as_inline_table()?)?;
                array.remove(index);
                Some(source)
            }
        }
    }
}

/// Puts `text` in place of `value`, keeping the spaces and the comment around it.
fn replace_text(value: &mut Value, text: &str) {
    let decor = value.decor().clone();
    *value = Value::from(text);
    *value.decor_mut() = decor;
}

fn source_of(table: &InlineTable) -> Option<FeedSource> {
    let text = |key| table.get(key).and_then(Value::as_str);
    Some(FeedSource {
        name: text("name")?.to_owned(),
        url: text("url")?.to_owned(),
        lang: text("lang").and_then(Lang::from_tag),
        full_text: table
            .get("full_text")
            .and_then(Value::as_bool)
            .unwrap_or(false),
    })
}

fn text_of(item: Option<&Item>) -> String {
    item.and_then(Item::as_str).unwrap_or_default().to_owned()
}

/// The keys written for one subscription, in the order the bundled file uses.
fn fields(feed: &FeedSource) -> Vec<(&'static str, Value)> {
    let mut fields = vec![
        ("name", Value::from(feed.name.as_str())),
        ("url", Value::from(feed.url.as_str())),
    ];
    if let Some(lang) = feed.lang {
        fields.push(("lang", Value::from(lang.code())));
    }
    if feed.full_text {
        fields.push(("full_text", Value::from(true)));
    }
    fields
}

/// The index of the entry named `name_or_url` (exactly, else ignoring case when that is unambiguous)
/// or with that URL.
fn find(entries: &[(String, String)], name_or_url: &str) -> Option<usize> {
    let wanted = name_or_url.trim();
    if let Some(i) = entries.iter().position(|(name, _)| name == wanted) {
        return Some(i);
    }
    let key = url_key(wanted);
    if let Some(i) = entries.iter().position(|(_, url)| url_key(url) == key) {
        return Some(i);
    }
    let mut folded = entries
        .iter()
        .enumerate()
        .filter(|(_, (name, _))| name.to_lowercase() == wanted.to_lowercase());
    match (folded.next(), folded.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

/// What two URLs are compared by: `HTTPS://Example.com` and `https://example.com/` are one feed.
fn url_key(url: &str) -> String {
    canonical_feed_url(url).unwrap_or_else(|| url.trim().to_owned())
}

/// The feed's name, else its URL's host, else the URL itself.
fn display_name(feed: &FeedSource) -> String {
    let name = feed.name.trim();
    if !name.is_empty() {
        return name.to_owned();
    }
    url::Url::parse(&feed.url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| feed.url.clone())
}

/// The names in use, handing out a free one for each new subscription.
struct Names {
    taken: HashSet<String>,
    /// The next ` (n)` suffix to try for each base name, so that 100,000 outlines of one name
    /// cost 100,000 tries, not 5 billion.
    next_suffix: HashMap<String, u64>,
}

impl Names {
    fn new(taken: impl IntoIterator<Item = String>) -> Names {
        Names {
            taken: taken.into_iter().collect(),
            next_suffix: HashMap::new(),
        }
    }

    /// `base` if free, else `base (2)`, `base (3)`... the first free one; it is taken from now on.
    fn claim(&mut self, base: &str) -> String {
        if self.taken.insert(base.to_owned()) {
            return base.to_owned();
        }
        let next = self.next_suffix.entry(base.to_owned()).or_insert(2);
        loop {
            let candidate = format!("{base} ({next})");
            *next += 1;
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_taken_name_gets_the_first_free_suffix() {
        let mut names = Names::new(["A".to_owned(), "A (2)".to_owned(), "B".to_owned()]);
        assert_eq!(names.claim("C"), "C");
        assert_eq!(names.claim("A"), "A (3)");
        assert_eq!(names.claim("A"), "A (4)");
        assert_eq!(names.claim("B"), "B (2)");
        assert_eq!(names.claim("A (4)"), "A (4) (2)");
    }
}

//! A top-level setting written below a table header. TOML puts every key after `[[feeds]]` (or
//! `[fetch]`, `[theme]`...) into that table, so `ui_lang = "fr"` appended at the end of a file
//! of subscriptions is a key of the last feed: refused there as unknown, or, in `[theme]`, taken as
//! a colour role and ignored. The error names the fix instead of the table's fields.
use super::ConfigError;
use super::locate::line_of;
use std::path::Path;
use toml_edit::{Document, Item, Table};

/// The keys that only mean something at the top of the file, before any table header.
const TOP_LEVEL_KEYS: [&str; 4] = ["ui_lang", "confirm_quit", "sort", "preview"];

/// The first top-level setting written inside a table of `text`, as an error naming its line and
/// where to move it; `None` when there is none (or `text` is not TOML: other checks report that).
pub(super) fn check(text: &str, path: &Path) -> Result<(), ConfigError> {
    let Ok(doc) = Document::parse(text) else {
        return Ok(());
    };
    let root = doc.as_table();
    let mut tables: Vec<(String, String, &Table)> = Vec::new();
    for (name, item) in root.iter() {
        match item {
            Item::Table(table) => tables.push((name.to_owned(), format!("[{name}]"), table)),
            Item::ArrayOfTables(array) => {
                for (i, table) in array.iter().enumerate() {
                    tables.push((format!("{name}[{i}]"), format!("[[{name}]]"), table));
                }
            }
            _ => {}
        }
    }
    let first_header = tables
        .iter()
        .filter_map(|(_, _, table)| table.span())
        .map(|span| span.start)
        .min();
    let mut found: Option<(usize, String, String, String)> = None;
    for (dotted, header, table) in &tables {
        for (key, item) in table.iter() {
            if !TOP_LEVEL_KEYS.contains(&key) || is_own_key(dotted, item) {
                continue;
            }
            let Some(start) = table.key(key).and_then(|k| k.span()).map(|s| s.start) else {
                continue;
            };
            if found.as_ref().is_none_or(|(at, ..)| start < *at) {
                found = Some((
                    start,
                    format!("{dotted}.{key}"),
                    header.clone(),
                    key.to_owned(),
                ));
            }
        }
    }
    let Some((start, dotted, header, key)) = found else {
        return Ok(());
    };
    let before = first_header.map_or(1, |offset| line_of(text, offset));
    Err(ConfigError::Invalid {
        path: path.to_owned(),
        line: line_of(text, start),
        key: dotted,
        message: format!(
            "`{key}` is a top-level setting, but TOML puts every key written below a `{header}` \
             header into that table: put `{key}` before the first table header (line {before})"
        ),
    })
}

/// Whether `item` is what the table itself means by that name: `[keys]` binds actions called
/// `sort` and `preview` to lists of keys.
fn is_own_key(table: &str, item: &Item) -> bool {
    table == "keys" && item.as_array().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(text: &str) -> Option<(usize, String, String)> {
        match check(text, Path::new("config.toml")) {
            Err(ConfigError::Invalid {
                line, key, message, ..
            }) => Some((line, key, message)),
            _ => None,
        }
    }

    #[test]
    fn a_language_written_after_the_subscriptions_says_where_it_belongs() {
        let text = "# mine\n[[feeds]]\nname = \"ZATAZ\"\nurl = \"https://www.zataz.com/feed/\"\n\n\
                    ui_lang = \"fr\"\n";
        let (line, key, message) = message(text).expect("refused");
        assert_eq!((line, key.as_str()), (6, "feeds[0].ui_lang"));
        assert!(
            message.contains("before the first table header (line 2)"),
            "{message}"
        );
        assert!(message.contains("[[feeds]]"), "{message}");
    }

    #[test]
    fn a_theme_does_not_swallow_a_setting_and_key_bindings_keep_their_actions() {
        let (line, key, _) = message("[theme]\naccent = \"red\"\nconfirm_quit = true\n").unwrap();
        assert_eq!((line, key.as_str()), (3, "theme.confirm_quit"));
        // `sort` and `preview` are reader actions too: a list of keys binds them.
        assert_eq!(message("[keys]\nsort = [\"S\"]\npreview = [\"v\"]\n"), None);
        let (_, key, _) = message("[keys]\nsort = [\"S\"]\nsort_x = [\"s\"]\npreview = true\n")
            .expect("a boolean binds no key");
        assert_eq!(key, "keys.preview");
        assert_eq!(message("ui_lang = \"fr\"\n[[feeds]]\nname = \"A\"\n"), None);
    }
}

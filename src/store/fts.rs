//! Full-text search: user text to a safe FTS5 query, and the index's consistency check.
use super::StoreError;
use rusqlite::{Connection, ErrorCode};

/// Turns what a user typed into an FTS5 query that can neither fail nor inject operators.
///
/// Every whitespace-separated word becomes a quoted string (so `"`, `*`, `:`, `-`, `(`, `OR`,
/// `NEAR` are plain text), all words must match, and the last one matches as a prefix so
/// search-as-you-type works. A word with other names in `synonyms` (the vocabulary's labels in the
/// other language) matches any of them, singular or plural; `=word` matches that word only. Words without a letter or
/// digit are dropped: they would be empty phrases. `None` when nothing searchable is left.
pub(super) fn match_expression(
    user_text: &str,
    synonyms: &[(String, Vec<String>)],
) -> Option<String> {
    let words: Vec<&str> = user_text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let last = words.len().checked_sub(1)?;
    let terms: Vec<String> = words
        .iter()
        .enumerate()
        .map(|(i, word)| {
            let prefix = if i == last { "*" } else { "" };
            if let Some(exact) = word.strip_prefix('=') {
                return format!("{}{prefix}", quote(exact));
            }
            let others = synonyms
                .iter()
                .find(|(typed, _)| typed == word)
                .map(|(_, others)| others.as_slice())
                .unwrap_or_default();
            if others.is_empty() {
                return format!("{}{prefix}", quote(word));
            }
            let alternatives: Vec<String> = std::iter::once(format!("{}{prefix}", quote(word)))
                .chain(others.iter().flat_map(|o| with_plural(o)))
                .collect();
            format!("({})", alternatives.join(" OR "))
        })
        .collect();
    // Explicit AND: FTS5 does not join a parenthesised group to its neighbour implicitly
    // ("(a OR b) c" is a syntax error), so a word with other names must be AND-ed to the rest.
    Some(terms.join(" AND "))
}

/// A name the user did not type, quoted, and its plural: "ransomware" must find the French
/// press's « rançongiciels » as well as « rançongiciel », and the user cannot type that form.
fn with_plural(name: &str) -> Vec<String> {
    if name.ends_with(['s', 'x']) {
        vec![quote(name)]
    } else {
        vec![quote(name), quote(&format!("{name}s"))]
    }
}

fn quote(word: &str) -> String {
    format!("\"{}\"", word.replace('"', "\"\""))
}

/// Runs FTS5's own integrity check, which compares the index with the articles table.
pub(super) fn index_is_consistent(conn: &Connection) -> Result<bool, StoreError> {
    match conn.execute(
        "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)",
        [],
    ) {
        Ok(_) => Ok(true),
        Err(e) if e.sqlite_error_code() == Some(ErrorCode::DatabaseCorrupt) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::match_expression;

    #[test]
    fn operators_typed_by_users_are_quoted() {
        assert_eq!(
            match_expression("a OR b", &[]).as_deref(),
            Some("\"a\" AND \"OR\" AND \"b\"*")
        );
        assert_eq!(
            match_expression("say \"hi", &[]).as_deref(),
            Some("\"say\" AND \"\"\"hi\"*")
        );
    }

    #[test]
    fn a_word_with_synonyms_matches_any_of_them_unless_marked_exact() {
        let synonyms = [("rançongiciel".to_owned(), vec!["ransomware".to_owned()])];
        assert_eq!(
            match_expression("rançongiciel hôpital", &synonyms).as_deref(),
            Some("(\"rançongiciel\" OR \"ransomware\" OR \"ransomwares\") AND \"hôpital\"*")
        );
        assert_eq!(
            match_expression("=rançongiciel", &synonyms).as_deref(),
            Some("\"rançongiciel\"*")
        );
    }

    #[test]
    fn punctuation_only_input_is_no_query() {
        assert_eq!(match_expression("  * ( - \" ", &[]), None);
        assert_eq!(match_expression("", &[]), None);
    }
}

//! Full-text search: user text to a safe FTS5 query, and the index's consistency check.
use super::StoreError;
use rusqlite::{Connection, ErrorCode};

/// Turns what a user typed into an FTS5 query that can neither fail nor inject operators.
///
/// Every whitespace-separated word becomes a quoted string (so `"`, `*`, `:`, `-`, `(`, `OR`,
/// `NEAR` are plain text), all words must match, and the last one matches as a prefix so
/// search-as-you-type works. Words without a letter or digit are dropped: they would be empty
/// phrases. `None` when nothing searchable is left.
pub(super) fn match_expression(user_text: &str) -> Option<String> {
    let words: Vec<&str> = user_text
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    let (last, rest) = words.split_last()?;
    let mut expr = String::new();
    for word in rest {
        expr.push_str(&quote(word));
        expr.push(' ');
    }
    expr.push_str(&quote(last));
    expr.push('*');
    Some(expr)
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
            match_expression("a OR b").as_deref(),
            Some("\"a\" \"OR\" \"b\"*")
        );
        assert_eq!(
            match_expression("say \"hi").as_deref(),
            Some("\"say\" \"\"\"hi\"*")
        );
    }

    #[test]
    fn punctuation_only_input_is_no_query() {
        assert_eq!(match_expression("  * ( - \" "), None);
        assert_eq!(match_expression(""), None);
    }
}

//! Article HTML to text: the plain text search indexes, and the reader's rendering at a width.

/// Plain text of an HTML fragment (no decoration, no link list), for search and suggestions.
pub fn html_to_plain(html: &str) -> String {
    let _ = html;
    todo!()
}

//! Making hostile text safe to store and draw: control characters, bidi overrides, absurd lengths.

/// Longest title kept, in characters.
pub const MAX_TITLE_CHARS: usize = 1_000;
/// Longest single-line field (author, feed name, URL) kept, in characters.
pub const MAX_LINE_CHARS: usize = 2_048;
/// Longest HTML or text body kept, in bytes.
pub const MAX_BODY_BYTES: usize = 2_000_000;

/// A single-line text (title, author, name): entities decoded, controls and bidi overrides removed,
/// whitespace runs folded to one space, trimmed, capped at `max_chars`.
pub fn clean_line(input: &str, max_chars: usize) -> String {
    let _ = (input, max_chars);
    todo!()
}

/// A multi-line text or HTML body: controls (but newline and tab) and bidi overrides removed, capped.
pub fn clean_body(input: &str, max_bytes: usize) -> String {
    let _ = (input, max_bytes);
    todo!()
}

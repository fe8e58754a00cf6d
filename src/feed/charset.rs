//! Choosing a document's character set and decoding it to UTF-8.
//!
//! Precedence: a byte-order mark, then the XML declaration's `encoding` (even a bogus
//! `<?phpxml …?>` one), then the HTTP `Content-Type` charset, then UTF-8 when the bytes are valid
//! UTF-8, else Windows-1252 (the superset of ISO-8859-1 that undeclared legacy feeds use).
use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use std::borrow::Cow;

/// How far into the document the XML declaration is looked for.
const DECLARATION_WINDOW: usize = 1024;

/// Decodes `bytes` to UTF-8 text; the byte-order mark, if any, is consumed.
pub(crate) fn decode<'a>(bytes: &'a [u8], content_type: Option<&str>) -> Cow<'a, str> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom_len..]).0;
    }
    let encoding = declared_encoding(bytes)
        .or_else(|| content_type.and_then(charset_of_content_type))
        .unwrap_or_else(|| {
            if std::str::from_utf8(bytes).is_ok() {
                UTF_8
            } else {
                WINDOWS_1252
            }
        });
    encoding.decode_without_bom_handling(bytes).0
}

/// The `encoding` pseudo-attribute of the XML declaration, when it names an encoding that could
/// have produced an ASCII-readable declaration (a UTF-16 label on ASCII bytes is a lie).
fn declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let window = &bytes[..bytes.len().min(DECLARATION_WINDOW)];
    let start = window.iter().position(|b| *b == b'<')?;
    let rest = window[start..].strip_prefix(b"<?")?;
    let target_len = rest
        .iter()
        .position(|b| b.is_ascii_whitespace() || *b == b'?')?;
    if !rest[..target_len].to_ascii_lowercase().ends_with(b"xml") {
        return None;
    }
    let end = find(rest, b"?>")?;
    let declaration = String::from_utf8_lossy(&rest[target_len..end]);
    let label = attribute(&declaration, "encoding")?;
    Encoding::for_label(label.trim().as_bytes()).filter(|e| e.is_ascii_compatible())
}

/// The charset parameter of a `Content-Type` header value.
fn charset_of_content_type(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        if !name.trim().eq_ignore_ascii_case("charset") {
            return None;
        }
        let value = value.trim().trim_matches(['"', '\'']);
        Encoding::for_label(value.as_bytes()).filter(|e| e.is_ascii_compatible())
    })
}

/// The value of `name="…"` or `name='…'` inside a tag's attribute text.
pub(crate) fn attribute<'a>(attributes: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = attributes;
    while let Some(pos) = rest.find(name) {
        let preceded_by_space = rest[..pos]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace);
        let after = rest[pos + name.len()..].trim_start();
        if let (true, Some(after)) = (preceded_by_space, after.strip_prefix('=')) {
            let after = after.trim_start();
            let quote = after.chars().next().filter(|q| *q == '"' || *q == '\'')?;
            let value = &after[1..];
            return value.find(quote).map(|end| &value[..end]);
        }
        rest = &rest[pos + name.len()..];
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declaration_wins_over_http_charset() {
        let doc = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>M\xfcnchen</rss>";
        assert!(decode(doc, Some("text/xml; charset=utf-8")).contains("München"));
    }

    #[test]
    fn http_charset_applies_when_nothing_is_declared() {
        let doc = b"<rss>Fran\xe7ais</rss>";
        assert!(
            decode(doc, Some("application/rss+xml; charset=\"iso-8859-1\"")).contains("Français")
        );
        let doc = b"<rss>\xc5\xa0koda</rss>";
        assert!(decode(doc, Some("text/xml;charset=windows-1250")).contains("Ĺ"));
    }

    #[test]
    fn byte_order_mark_wins_over_everything() {
        let mut doc = vec![0xFF, 0xFE];
        for unit in "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>é</rss>".encode_utf16() {
            doc.extend_from_slice(&unit.to_le_bytes());
        }
        let text = decode(&doc, Some("text/xml; charset=iso-8859-1"));
        assert!(text.starts_with("<?xml") && text.contains("<rss>é</rss>"));
    }

    #[test]
    fn bogus_declaration_still_names_the_encoding() {
        let doc = b"<?phpxml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss>caf\xe9</rss>";
        assert!(decode(doc, None).contains("café"));
    }

    #[test]
    fn undeclared_invalid_utf8_falls_back_to_latin1() {
        assert!(decode(b"\n<rss>\xc4rger</rss>", None).contains("Ärger"));
        assert!(decode("<rss>Ärger</rss>".as_bytes(), None).contains("Ärger"));
    }

    #[test]
    fn attribute_lookup_needs_a_whole_name() {
        assert_eq!(
            attribute(
                " version=\"1.0\" xencoding='x' encoding='UTF-8'",
                "encoding"
            ),
            Some("UTF-8")
        );
        assert_eq!(attribute(" version=\"1.0\"", "encoding"), None);
    }
}

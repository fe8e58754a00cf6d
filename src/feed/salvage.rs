//! Recovering the complete entries of a feed cut short (a server error mid-response, a dropped
//! connection): cut after the last complete `</item>` or `</entry>` and close what is still open.
//! And splitting a feed into its entries, so that one malformed entry can be left out alone.
use super::xmlscan::{Markup, local_name, markup_at};

/// A feed document taken apart around its entries: `head` + any entries + `tail` is a feed.
#[derive(Debug, PartialEq)]
pub(crate) struct Entries<'a> {
    /// Everything before the first entry (the root, the channel and its metadata).
    pub(crate) head: &'a str,
    /// Each `<item>…</item>` or `<entry>…</entry>`, in order.
    pub(crate) entries: Vec<&'a str>,
    /// Everything after the last entry (the closing tags).
    pub(crate) tail: &'a str,
}

impl Entries<'_> {
    /// A document holding only `entries[range]`.
    pub(crate) fn document(&self, range: std::ops::Range<usize>) -> String {
        let chosen = &self.entries[range];
        let mut doc = String::with_capacity(
            self.head.len() + self.tail.len() + chosen.iter().map(|e| e.len()).sum::<usize>(),
        );
        doc.push_str(self.head);
        chosen.iter().for_each(|e| doc.push_str(e));
        doc.push_str(self.tail);
        doc
    }
}

/// The entries of `text` (outermost `item`/`entry` elements, any prefix) with what surrounds them;
/// `None` when the document has no complete entry or is not well nested around them. What lies
/// between two entries (whitespace, in practice) is left out.
pub(crate) fn split_entries(text: &str) -> Option<Entries<'_>> {
    let mut stack: Vec<&str> = Vec::new();
    let mut entries = Vec::new();
    let mut open_at = None;
    let (mut first, mut last) = (None, 0);
    let mut pos = 0;
    while let Some(found) = text[pos..].find('<') {
        let start = pos + found;
        let Some((markup, end)) = markup_at(text, start) else {
            break;
        };
        match markup {
            Markup::Start {
                name,
                self_closing: false,
            } => {
                if open_at.is_none() && matches!(local_name(name), "item" | "entry") {
                    open_at = Some((start, stack.len()));
                }
                stack.push(name);
            }
            Markup::End { name } => {
                if stack.pop() != Some(name) {
                    return None;
                }
                if let Some((at, _)) = open_at.filter(|&(_, depth)| depth == stack.len()) {
                    entries.push(&text[at..end]);
                    first.get_or_insert(at);
                    last = end;
                    open_at = None;
                }
            }
            _ => {}
        }
        pos = end;
    }
    let first = first?;
    Some(Entries {
        head: &text[..first],
        entries,
        tail: &text[last..],
    })
}

/// The document cut after its last complete entry and closed, or `None` when no entry is
/// complete (there is then nothing worth storing).
pub(crate) fn truncate_to_complete_entries(text: &str) -> Option<String> {
    let (cut, open) = last_complete_entry(text)?;
    let mut repaired = String::with_capacity(cut + open.len() * 16);
    repaired.push_str(&text[..cut]);
    for name in open.iter().rev() {
        repaired.push_str("</");
        repaired.push_str(name);
        repaired.push('>');
    }
    Some(repaired)
}

/// The index just past the last `</item>` or `</entry>` (any prefix) reached while the document
/// is still well nested, with the elements open there, outermost first.
fn last_complete_entry(text: &str) -> Option<(usize, Vec<&str>)> {
    let mut stack = Vec::new();
    let mut best = None;
    let mut pos = 0;
    while let Some(found) = text[pos..].find('<') {
        let Some((markup, end)) = markup_at(text, pos + found) else {
            break;
        };
        match markup {
            Markup::Start {
                name,
                self_closing: false,
            } => stack.push(name),
            Markup::End { name } => {
                if stack.pop() != Some(name) {
                    break;
                }
                if matches!(local_name(name), "item" | "entry") {
                    best = Some((end, stack.clone()));
                }
            }
            _ => {}
        }
        pos = end;
    }
    best
}

/// `entry` with each bare `&` (one that starts no `&name;`, `&#123;` or `&#x1F;` reference, outside
/// CDATA) written `&amp;`, or `None` when it has none. "Marks & Spencer", "AT&T" and links with
/// `?a=1&b=2` written unescaped are the commonest malformation of hand-made feeds; browsers and
/// feedparser read them as text, and an entry left out for one is an article lost.
pub(crate) fn escape_bare_ampersands(entry: &str) -> Option<String> {
    let mut out = String::with_capacity(entry.len() + 16);
    let mut changed = false;
    let mut rest = entry;
    while let Some(at) = rest.find(['&', '<']) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(cdata) = rest.strip_prefix("<![CDATA[") {
            let end = cdata
                .find("]]>")
                .map_or(rest.len(), |e| "<![CDATA[".len() + e + 3);
            out.push_str(&rest[..end]);
            rest = &rest[end..];
        } else if rest.starts_with('<') {
            out.push('<');
            rest = &rest[1..];
        } else {
            if is_reference(&rest[1..]) {
                out.push('&');
            } else {
                out.push_str("&amp;");
                changed = true;
            }
            rest = &rest[1..];
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// True when `after` (what follows an `&`) completes a reference: `name;`, `#123;` or `#x1F;`.
fn is_reference(after: &str) -> bool {
    let end = after.find(';').filter(|&e| e > 0 && e <= 32);
    let Some(end) = end else {
        return false;
    };
    let name = &after[..end];
    if let Some(number) = name.strip_prefix('#') {
        return match number.strip_prefix(['x', 'X']) {
            Some(hex) => !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()),
            None => !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()),
        };
    }
    name.chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.' | ':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closes_the_channel_after_the_last_complete_item() {
        let doc = "<rss version=\"2.0\"><channel><title>T</title><item><title>A</title></item><item><title>Fuite Str";
        assert_eq!(
            truncate_to_complete_entries(doc).unwrap(),
            "<rss version=\"2.0\"><channel><title>T</title><item><title>A</title></item></channel></rss>"
        );
        let atom =
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>1</id></entry><entry><id>2";
        assert!(
            truncate_to_complete_entries(atom)
                .unwrap()
                .ends_with("<id>1</id></entry></feed>")
        );
    }

    #[test]
    fn nothing_to_salvage_without_a_complete_entry() {
        assert_eq!(
            truncate_to_complete_entries(
                "<rss><channel><title>T</title><copyright>x</copyright><!-- err -->"
            ),
            None
        );
    }

    #[test]
    fn splits_a_feed_around_its_entries() {
        let doc = "<rss><channel><title>T</title>\n<item><title>A</title></item>\n<item><title>B<i/></title></item></channel></rss>";
        let split = split_entries(doc).unwrap();
        assert_eq!(split.head, "<rss><channel><title>T</title>\n");
        assert_eq!(
            split.entries,
            [
                "<item><title>A</title></item>",
                "<item><title>B<i/></title></item>"
            ]
        );
        assert_eq!(split.tail, "</channel></rss>");
        assert_eq!(
            split.document(1..2),
            "<rss><channel><title>T</title>\n<item><title>B<i/></title></item></channel></rss>"
        );
        assert_eq!(
            split_entries("<rss><channel><title>T</title></channel></rss>"),
            None
        );
    }

    #[test]
    fn markup_inside_cdata_is_not_counted() {
        let doc =
            "<rss><channel><item><description><![CDATA[<p>a</item>]]></description></item><item>";
        assert_eq!(
            truncate_to_complete_entries(doc).unwrap(),
            "<rss><channel><item><description><![CDATA[<p>a</item>]]></description></item></channel></rss>"
        );
    }

    #[test]
    fn bare_ampersands_are_escaped_and_references_and_cdata_kept() {
        assert_eq!(
            escape_bare_ampersands(
                "<item><title>Marks & Spencer hit, AT&T too &amp; more &#233; &#xE9; &eacute;</title>\
                 <link>https://x.example/?a=1&b=2</link><description><![CDATA[M&S & co]]></description></item>"
            )
            .unwrap(),
            "<item><title>Marks &amp; Spencer hit, AT&amp;T too &amp; more &#233; &#xE9; &eacute;</title>\
             <link>https://x.example/?a=1&amp;b=2</link><description><![CDATA[M&S & co]]></description></item>"
        );
        assert_eq!(
            escape_bare_ampersands("<title>Fuite &amp; rançon</title>"),
            None
        );
        assert_eq!(escape_bare_ampersands("<![CDATA[a & b"), None);
        assert_eq!(escape_bare_ampersands("&"), Some("&amp;".to_owned()));
    }
}

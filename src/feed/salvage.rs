//! Recovering the complete entries of a feed cut short (a server error mid-response, a dropped
//! connection): cut after the last complete `</item>` or `</entry>` and close what is still open.
use super::xmlscan::{Markup, local_name, markup_at};

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
    fn markup_inside_cdata_is_not_counted() {
        let doc =
            "<rss><channel><item><description><![CDATA[<p>a</item>]]></description></item><item>";
        assert_eq!(
            truncate_to_complete_entries(doc).unwrap(),
            "<rss><channel><item><description><![CDATA[<p>a</item>]]></description></item></channel></rss>"
        );
    }
}

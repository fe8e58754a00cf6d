//! Cleaning what comes before and on the root element, where real feeds break strict parsers:
//! junk or blank lines before `<?xml`, bogus declarations, DTDs, HTML pages, and an `<rss>` with
//! a default namespace or no version.
use super::parse::ParseError;
use super::xmlscan::{Markup, local_name, markup_at};
use std::borrow::Cow;

/// The namespace RSS 1.0 documents legitimately put on their elements; feed-rs knows it.
const RSS1_NAMESPACE: &str = "http://purl.org/rss/1.0/";

/// Returns the document from its root element on, with the prolog (declaration, processing
/// instructions, comments, DOCTYPE) removed and the root tag repaired, or the JSON text as is.
///
/// The decoded text is UTF-8, so the declaration's `encoding` must not reach the parser; the
/// DOCTYPE is dropped so no DTD or entity declaration can ever be processed.
pub(crate) fn prepare(text: &str) -> Result<Cow<'_, str>, ParseError> {
    let start = text
        .find(|c: char| !c.is_whitespace())
        .unwrap_or(text.len());
    if text[start..].starts_with('{') {
        return Ok(Cow::Borrowed(&text[start..]));
    }
    let Some(mut pos) = text.find('<') else {
        return Err(ParseError::Invalid("no markup or JSON found".into()));
    };
    loop {
        let Some((markup, end)) = markup_at(text, pos) else {
            return Err(ParseError::Invalid(
                "the document ends before its root element".into(),
            ));
        };
        match markup {
            Markup::Doctype { name } if name.eq_ignore_ascii_case("html") => {
                return Err(ParseError::HtmlPage);
            }
            Markup::Start { name, .. } if is_html_root(local_name(name)) => {
                return Err(ParseError::HtmlPage);
            }
            Markup::Start { name, self_closing } => {
                if local_name(name) == "rss" && !self_closing {
                    return Ok(Cow::Owned(repair_rss_root(&text[pos..end], &text[end..])));
                }
                return Ok(Cow::Borrowed(&text[pos..]));
            }
            Markup::End { .. } | Markup::Text => {
                return Err(ParseError::Invalid("no root element".into()));
            }
            Markup::Comment | Markup::CData | Markup::Instruction | Markup::Doctype { .. } => {}
        }
        pos = match text[end..].find('<') {
            Some(next) => end + next,
            None => return Err(ParseError::Invalid("no root element".into())),
        };
    }
}

/// The document with every `<?xml …?>` declaration after the root removed (comments and CDATA
/// sections are left as they are).
///
/// XML allows a declaration only at the very start, and quick-xml panics on one carrying an
/// `encoding` once it has started decoding; concatenated or spliced feeds do contain them.
pub(crate) fn drop_late_declarations(doc: &str) -> Cow<'_, str> {
    if !doc.contains("<?") {
        return Cow::Borrowed(doc);
    }
    let mut out = String::with_capacity(doc.len());
    let mut copied = 0;
    let mut search = 0;
    while let Some(found) = doc[search..].find('<') {
        let pos = search + found;
        let Some((markup, end)) = markup_at(doc, pos) else {
            break;
        };
        if markup == Markup::Instruction && is_declaration(&doc[pos + 2..end]) {
            out.push_str(&doc[copied..pos]);
            copied = end;
        }
        search = if markup == Markup::Text { pos + 1 } else { end };
    }
    if copied == 0 {
        return Cow::Borrowed(doc);
    }
    out.push_str(&doc[copied..]);
    Cow::Owned(out)
}

/// True for the body of `<?xml …?>` (the target `xml` in any case, then a space or the end).
fn is_declaration(instruction: &str) -> bool {
    let bytes = instruction.as_bytes();
    bytes.len() >= 3
        && bytes[..3].eq_ignore_ascii_case(b"xml")
        && bytes
            .get(3)
            .is_none_or(|b| b.is_ascii_whitespace() || *b == b'?')
}

/// Servers that send a page fragment (a login form, an error) may omit `<html>` itself.
fn is_html_root(name: &str) -> bool {
    ["html", "head", "body"]
        .iter()
        .any(|html| name.eq_ignore_ascii_case(html))
}

/// RSS 2.0 has no namespace: a default `xmlns` on `<rss>` hides every element from feed-rs, and a
/// missing `version` makes it refuse the document.
fn repair_rss_root(tag: &str, rest: &str) -> String {
    let mut tag = tag.to_owned();
    if let Some((start, end, value)) = default_namespace_span(&tag)
        && value != RSS1_NAMESPACE
    {
        tag.replace_range(start..end, "");
    }
    if super::charset::attribute(&tag, "version").is_none() {
        let insert_at = tag
            .find(|c: char| c.is_whitespace() || c == '>')
            .unwrap_or(tag.len());
        tag.insert_str(insert_at, " version=\"2.0\"");
    }
    let mut out = String::with_capacity(tag.len() + rest.len());
    out.push_str(&tag);
    out.push_str(rest);
    out
}

/// The byte span of ` xmlns="…"` in a start tag, and its value.
fn default_namespace_span(tag: &str) -> Option<(usize, usize, &str)> {
    let mut search_from = 0;
    while let Some(found) = tag[search_from..].find("xmlns") {
        let start = search_from + found;
        let after = tag[start + 5..].trim_start();
        let preceded_by_space = tag[..start].ends_with(char::is_whitespace);
        if preceded_by_space && let Some(value_part) = after.strip_prefix('=') {
            let value_part = value_part.trim_start();
            let quote = value_part
                .chars()
                .next()
                .filter(|q| *q == '"' || *q == '\'')?;
            let value_start = tag.len() - value_part.len() + 1;
            let value_len = tag[value_start..].find(quote)?;
            let space_start = tag[..start].trim_end().len();
            return Some((
                space_start,
                value_start + value_len + 1,
                &tag[value_start..value_start + value_len],
            ));
        }
        search_from = start + 5;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_prolog_is_dropped_and_the_root_kept() {
        let doc = "\n\n<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<?xml-stylesheet href=\"a.xsl\"?><!-- gen --><feed><title/></feed>";
        assert_eq!(prepare(doc).unwrap(), "<feed><title/></feed>");
        let bogus = "<?phpxml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<rss version=\"2.0\"><channel/></rss>";
        assert_eq!(
            prepare(bogus).unwrap(),
            "<rss version=\"2.0\"><channel/></rss>"
        );
    }

    #[test]
    fn html_pages_are_recognised() {
        assert!(matches!(
            prepare("<!DOCTYPE html><html><body>Login</body></html>"),
            Err(ParseError::HtmlPage)
        ));
        assert!(matches!(
            prepare("\n<HTML lang=\"fr\"><head>"),
            Err(ParseError::HtmlPage)
        ));
        assert!(matches!(
            prepare("<body><h1>502 Bad Gateway</h1></body>"),
            Err(ParseError::HtmlPage)
        ));
        assert!(matches!(
            prepare("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"),
            Err(ParseError::HtmlPage)
        ));
    }

    #[test]
    fn rss_root_loses_its_default_namespace_and_gains_a_version() {
        let doc = "<rss xmlns=\"https://cyber.harvard.edu/rss/rss.html\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" version=\"2.0\"><channel/></rss>";
        assert_eq!(
            prepare(doc).unwrap(),
            "<rss xmlns:dc=\"http://purl.org/dc/elements/1.1/\" version=\"2.0\"><channel/></rss>"
        );
        assert_eq!(
            prepare("<rss><channel/></rss>").unwrap(),
            "<rss version=\"2.0\"><channel/></rss>"
        );
    }

    #[test]
    fn late_declarations_go_and_cdata_stays() {
        let doc = "<rss><?xml version='1.0' encoding='latin1'?><a><![CDATA[<?xml x?>]]></a>\
                   <?xml-stylesheet href='s'?><?XML?></rss>";
        assert_eq!(
            drop_late_declarations(doc),
            "<rss><a><![CDATA[<?xml x?>]]></a><?xml-stylesheet href='s'?></rss>"
        );
        assert!(matches!(drop_late_declarations("<rss/>"), Cow::Borrowed(_)));
    }

    #[test]
    fn not_a_document() {
        assert!(matches!(prepare("hello"), Err(ParseError::Invalid(_))));
        assert!(matches!(
            prepare("<?xml version=\"1.0\"?>"),
            Err(ParseError::Invalid(_))
        ));
        assert_eq!(prepare("  {\"version\": 1}").unwrap(), "{\"version\": 1}");
    }
}

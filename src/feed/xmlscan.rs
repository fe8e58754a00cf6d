//! A forgiving markup scanner for the few places that must look at raw XML before (or instead
//! of) a real parser: the prolog, the root tag, and the tail of a truncated document.

/// One piece of markup starting with `<`.
#[derive(Debug, PartialEq)]
pub(crate) enum Markup<'a> {
    /// `<!-- … -->`.
    Comment,
    /// `<![CDATA[ … ]]>`.
    CData,
    /// `<?target … ?>`, including the XML declaration.
    Instruction,
    /// `<!DOCTYPE name …>`, with its internal subset.
    Doctype { name: &'a str },
    /// `<name …>` or `<name …/>`.
    Start { name: &'a str, self_closing: bool },
    /// `</name>`.
    End { name: &'a str },
    /// A `<` that starts no markup (text such as "a < b").
    Text,
}

/// Reads the markup at `text[pos..]` (which starts with `<`) and returns it with the index just
/// past its end; `None` when the document ends inside it.
pub(crate) fn markup_at(text: &str, pos: usize) -> Option<(Markup<'_>, usize)> {
    let rest = &text[pos..];
    let found = |markup, len: usize| Some((markup, pos + len));
    if rest.starts_with("<!--") {
        return found(Markup::Comment, rest.find("-->")? + 3);
    }
    if rest.starts_with("<![CDATA[") {
        return found(Markup::CData, rest.find("]]>")? + 3);
    }
    if rest.starts_with("<?") {
        return found(Markup::Instruction, rest.find("?>")? + 2);
    }
    // Compared as bytes: the ninth byte of arbitrary text may fall inside a character.
    let doctype = rest.as_bytes().get(..9);
    if doctype.is_some_and(|head| head.eq_ignore_ascii_case(b"<!DOCTYPE")) {
        let name = name_at(rest[9..].trim_start());
        return found(Markup::Doctype { name }, tag_end(rest, true)?);
    }
    if let Some(after) = rest.strip_prefix("</") {
        let name = name_at(after);
        return found(Markup::End { name }, rest.find('>')? + 1);
    }
    let name = name_at(&rest[1..]);
    if name.is_empty() {
        return found(Markup::Text, 1);
    }
    let end = tag_end(rest, false)?;
    let self_closing = rest[..end - 1].ends_with('/');
    found(Markup::Start { name, self_closing }, end)
}

/// The index just past the `>` closing a tag, skipping quoted values (and, for a doctype, the
/// bracketed internal subset).
fn tag_end(tag: &str, doctype: bool) -> Option<usize> {
    let mut quote = None;
    let mut depth = 0usize;
    for (i, c) in tag.char_indices().skip(1) {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[') if doctype => depth += 1,
            (None, ']') if doctype => depth = depth.saturating_sub(1),
            (None, '>') if depth == 0 => return Some(i + 1),
            _ => {}
        }
    }
    None
}

/// An XML name at the start of `s` (possibly prefixed, as in `rdf:RDF`).
fn name_at(s: &str) -> &str {
    let starts = s
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_' || c == ':');
    if !starts {
        return "";
    }
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | ':' | '-' | '.')))
        .unwrap_or(s.len());
    &s[..end]
}

/// The part of a possibly prefixed name after its `:`.
pub(crate) fn local_name(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_kind_of_markup() {
        let doc = "<!DOCTYPE x [<!ENTITY a \"]>\">]><rss a='>' b=\"/\"><x/></rss>";
        let (m, end) = markup_at(doc, 0).unwrap();
        assert_eq!(m, Markup::Doctype { name: "x" });
        assert_eq!(&doc[end..end + 4], "<rss");
        let (m, end2) = markup_at(doc, end).unwrap();
        assert_eq!(
            m,
            Markup::Start {
                name: "rss",
                self_closing: false
            }
        );
        assert_eq!(
            markup_at(doc, end2).unwrap().0,
            Markup::Start {
                name: "x",
                self_closing: true
            }
        );
        assert_eq!(markup_at("a < b", 2).unwrap().0, Markup::Text);
        assert_eq!(
            markup_at("<title>Fuite", 0).unwrap().0,
            Markup::Start {
                name: "title",
                self_closing: false
            }
        );
        assert_eq!(markup_at("<title", 0), None);
        assert_eq!(markup_at("<!-- cut", 0), None);
    }
}

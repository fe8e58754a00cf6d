//! Article HTML to plain text: what search indexes and suggestions read.
//!
//! This runs for every stored article, on the refresh's hot path, so it is a single pass over the
//! markup rather than html2text's DOM and layout (which cost ~30 µs an article and dominated a cold
//! refresh). Display goes through html2text in [`super::layout`], where layout matters.

/// Elements whose content is not text a reader sees.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "head", "svg", "iframe", "object",
];

/// Elements that end a paragraph: a blank line in the text.
const PARAGRAPHS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "dl",
    "table",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figure",
    "header",
    "footer",
    "aside",
    "main",
    "nav",
    "hr",
    "form",
    "fieldset",
    "address",
];

/// Elements that end a line.
const LINES: &[&str] = &["br", "li", "tr", "dt", "dd", "figcaption", "caption"];

/// Elements that separate words (cells, list markers) without ending the line.
const WORD_BREAKS: &[&str] = &[
    "td", "th", "img", "input", "button", "select", "option", "label",
];

/// Plain text of an HTML fragment (no decoration, no link list), for search and suggestions:
/// paragraphs separated by one blank line, lines trimmed, entities decoded, nothing wrapped.
pub fn html_to_plain(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        push_text(&mut text, &rest[..open]);
        rest = &rest[open..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(close) = rest.find('>') else {
            // A lone "<" (as in "a < b") is text.
            push_text(&mut text, rest);
            rest = "";
            break;
        };
        let tag = &rest[1..close];
        rest = &rest[close + 1..];
        let name = tag_name(tag);
        if name.is_empty() {
            if !tag.starts_with('!') && !tag.starts_with('?') && !tag.starts_with('/') {
                push_text(&mut text, "<");
                push_text(&mut text, tag);
                push_text(&mut text, ">");
            }
            continue;
        }
        if !tag.starts_with('/') && SKIPPED.contains(&name.as_str()) && !tag.ends_with('/') {
            rest = skip_element(rest, &name);
        } else if PARAGRAPHS.contains(&name.as_str()) {
            end_with(&mut text, "\n\n");
        } else if LINES.contains(&name.as_str()) {
            end_with(&mut text, "\n");
        } else if WORD_BREAKS.contains(&name.as_str()) && !text.ends_with([' ', '\n']) {
            text.push(' ');
        }
    }
    push_text(&mut text, rest);
    tidy_whitespace(&text)
}

/// Ends `text` with `breaks` (newlines) unless it already does; trailing spaces go first.
fn end_with(text: &mut String, breaks: &str) {
    while text.ends_with(' ') {
        text.pop();
    }
    let have = text.len() - text.trim_end_matches('\n').len();
    for _ in have..breaks.len() {
        text.push('\n');
    }
}

/// The lower-cased element name of a tag's inside (`/p`, `a href=…`, `br/`); empty for `!`/`?`.
fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// The rest of the document after `</name>` (everything, when it is never closed). Only the text
/// up to the closing tag is looked at, so skipping many elements stays linear.
fn skip_element<'a>(rest: &'a str, name: &str) -> &'a str {
    let closes = |at: &usize| {
        rest.as_bytes()
            .get(at + 2..at + 2 + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
    };
    match memchr::memmem::find_iter(rest.as_bytes(), b"</").find(closes) {
        Some(at) => rest[at..].find('>').map_or("", |end| &rest[at + end + 1..]),
        None => "",
    }
}

/// Appends a text run with its entities decoded and its whitespace folded to single spaces.
fn push_text(out: &mut String, raw: &str) {
    if raw.is_empty() {
        return;
    }
    let decoded = html_escape::decode_html_entities(raw);
    for c in decoded.chars() {
        if c.is_whitespace() {
            if !out.ends_with([' ', '\n']) && !out.is_empty() {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

/// Trims every line, and collapses runs of blank lines into one blank line.
fn tidy_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = false;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank_run = !out.is_empty();
            continue;
        }
        if blank_run {
            out.push_str("\n\n");
        } else if !out.is_empty() {
            out.push('\n');
        }
        blank_run = false;
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_entities_become_plain_words() {
        let text = html_to_plain(
            "<p>Le <strong>rançongiciel</strong> &laquo;LockBit&raquo; frappe <a href=\"https://x.example/a\">l&#39;hôpital</a>.</p>",
        );
        assert_eq!(text, "Le rançongiciel «LockBit» frappe l'hôpital.");
    }

    #[test]
    fn links_are_not_listed() {
        let text = html_to_plain("<p>See <a href=\"https://evil.example/x\">the advisory</a></p>");
        assert!(!text.contains("evil.example"), "{text}");
        assert!(text.contains("the advisory"));
    }

    #[test]
    fn paragraphs_keep_one_blank_line_and_no_trailing_spaces() {
        let text = html_to_plain("<p>one</p>\n\n\n<p>two   </p><br><br><br><p>three</p>");
        assert_eq!(text, "one\n\ntwo\n\nthree");
    }

    #[test]
    fn long_paragraphs_are_not_wrapped() {
        let words = "mot ".repeat(500);
        let text = html_to_plain(&format!("<p>{words}</p>"));
        assert_eq!(text.lines().count(), 1);
    }

    #[test]
    fn plain_text_summary_passes_through() {
        assert_eq!(
            html_to_plain("Just text, no markup"),
            "Just text, no markup"
        );
    }

    #[test]
    fn scripts_styles_and_comments_are_not_text() {
        let text = html_to_plain(
            "<style>p { color: red }</style><p>Visible<!-- hidden --></p><SCRIPT>alert('x')</SCRIPT><p>too</p>",
        );
        assert_eq!(text, "Visible\n\ntoo");
    }

    #[test]
    fn inline_markup_does_not_split_words_and_stray_angles_stay() {
        assert_eq!(html_to_plain("Ran<b>som</b>ware"), "Ransomware");
        assert_eq!(html_to_plain("a < b and c > d"), "a < b and c > d");
        assert_eq!(
            html_to_plain("<ul><li>un</li><li>deux</li></ul>"),
            "un\ndeux"
        );
    }

    #[test]
    fn table_cells_are_not_padded_into_columns() {
        let text = html_to_plain("<table><tr><td>CVE-2024-1</td><td>critique</td></tr></table>");
        assert!(text.contains("CVE-2024-1"));
        assert!(text.contains("critique"));
        assert!(!text.contains("  "), "{text:?}");
    }
}

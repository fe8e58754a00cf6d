//! Article HTML to text: the plain text search indexes, and the reader's rendering at a width.
use html2text::render::TrivialDecorator;

/// Wide enough that html2text never wraps a paragraph: the plain text is for search, not display.
const NO_WRAP_WIDTH: usize = 10_000;

/// Plain text of an HTML fragment (no decoration, no link list), for search and suggestions.
pub fn html_to_plain(html: &str) -> String {
    let rendered = html2text::config::with_decorator(TrivialDecorator::new())
        .link_footnotes(false)
        // Table cells laid out as columns would pad every row to the widest cell.
        .raw_mode(true)
        .allow_width_overflow()
        .string_from_read(html.as_bytes(), NO_WRAP_WIDTH);
    match rendered {
        Ok(text) => tidy_whitespace(&text),
        // html2text only fails on layout limits; losing markup is better than losing the article's words.
        Err(_) => tidy_whitespace(&strip_tags(html)),
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

/// Crude fallback: drops everything between `<` and `>`.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
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
    fn table_cells_are_not_padded_into_columns() {
        let text = html_to_plain("<table><tr><td>CVE-2024-1</td><td>critique</td></tr></table>");
        assert!(text.contains("CVE-2024-1"));
        assert!(text.contains("critique"));
        assert!(!text.contains("  "), "{text:?}");
    }
}

//! The "there is more on the site" marker many feeds end a summary with: BleepingComputer's
//! " [...]", WordPress's "[…]", a "Read more" or « Lire la suite » link. It is the publisher's
//! furniture, not the article's words: the reader, `show`, searches and suggestions would show it
//! as text. Only a marker that ends the summary goes; the same words inside it are the article's
//! ("[…]" eliding a quote, "Read more about how…").

/// Markers dropped as they are (the ellipsis between brackets, in its spellings).
const BRACKETED: &[&str] = &[
    "[...]",
    "[…]",
    "[&#8230;]",
    "[&hellip;]",
    "[&#x2026;]",
    "(...)",
    "(…)",
];

/// Words dropped when they end the summary, whatever their case, with what may follow them
/// ([`TRAILERS`]) and a « before them.
const WORDS: &[&str] = &["read more", "continue reading", "lire la suite"];

/// What may follow a marker's words: an ellipsis, an arrow, a closing quote.
const TRAILERS: &[&str] = &[
    "...", "…", "&#8230;", "&hellip;", "→", "&rarr;", "»", "&raquo;", "&#187;", ">>", "&gt;&gt;",
];

/// `html` without the marker that ends it, if one does; else `html` unchanged.
pub fn drop_marker(html: &str) -> String {
    let end = text_end(html);
    let (text, tail) = html.split_at(end);
    let Some(start) = marker_start(text) else {
        return html.to_owned();
    };
    let mut kept = text[..start].trim_end().to_owned();
    let mut tail = tail.to_owned();
    // A marker that was a link's whole text leaves no empty link behind (the reader numbers links).
    if let Some(open) = kept.rfind("<a ")
        && kept[open..].ends_with('>')
        && !kept[open..].contains("</")
        && let Some(close) = tail.find("</a>")
    {
        kept.truncate(open);
        kept.truncate(kept.trim_end().len());
        tail.replace_range(close..close + "</a>".len(), "");
    }
    kept.push_str(&tail);
    kept
}

/// Where the summary's last text ends: before its closing tags, line breaks and blanks.
fn text_end(html: &str) -> usize {
    let mut end = html.trim_end().len();
    while html[..end].ends_with('>') {
        let Some(open) = html[..end].rfind('<') else {
            break;
        };
        let tag = html[open + 1..end].to_ascii_lowercase();
        if !(tag.starts_with('/') || tag.starts_with("br")) {
            break;
        }
        end = html[..open].trim_end().len();
    }
    end
}

/// Where the marker ending `text` begins, if one does.
fn marker_start(text: &str) -> Option<usize> {
    if let Some(m) = BRACKETED.iter().find(|m| text.ends_with(*m)) {
        return Some(text.len() - m.len());
    }
    let mut end = text.len();
    while let Some(t) = TRAILERS.iter().find(|t| text[..end].ends_with(*t)) {
        end = text[..end - t.len()].trim_end().len();
    }
    let words = WORDS
        .iter()
        .find(|w| ends_with_ignoring_case(&text[..end], w))?;
    let mut start = end - words.len();
    for quote in ["«", "&laquo;", "&#171;"] {
        if let Some(open) = text[..start].trim_end().strip_suffix(quote) {
            start = open.len();
        }
    }
    // The words stand alone after a sentence or a tag: "Thread more" is not "Read more", and
    // "you can read more" is the article's sentence.
    let before = text[..start].trim_end().chars().next_back();
    before
        .is_none_or(|c| ".!?>…:|-–—)]".contains(c))
        .then_some(start)
}

/// True when `text` ends with the ASCII `suffix`, case aside.
fn ends_with_ignoring_case(text: &str, suffix: &str) -> bool {
    text.len() >= suffix.len()
        && text.is_char_boundary(text.len() - suffix.len())
        && text[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

#[cfg(test)]
mod tests {
    use super::drop_marker;

    #[test]
    fn a_trailing_ellipsis_in_brackets_goes_and_the_text_stays() {
        // BleepingComputer's description of 2025-07-24.
        assert_eq!(
            drop_marker(
                "Hackers use benign JPEG images of panda bears to deploy malware directly into system memory. [...]"
            ),
            "Hackers use benign JPEG images of panda bears to deploy malware directly into system memory."
        );
        assert_eq!(
            drop_marker("<p>La mairie a été victime d'un rançongiciel [&hellip;]</p>"),
            "<p>La mairie a été victime d'un rançongiciel</p>"
        );
        assert_eq!(
            drop_marker("<p>Le groupe revendique l'attaque […]</p>\n"),
            "<p>Le groupe revendique l'attaque</p>\n"
        );
    }

    #[test]
    fn a_read_more_link_ending_the_summary_goes_whole() {
        assert_eq!(
            drop_marker(
                r#"<p>The ICC detected unusual activity. <a href="https://x.example/icc">Read more</a></p>"#
            ),
            "<p>The ICC detected unusual activity.</p>"
        );
        assert_eq!(
            drop_marker(
                r#"<p>Le CHU de Rennes a été piraté. <a href="https://x.example/chu">« Lire la suite »</a></p>"#
            ),
            "<p>Le CHU de Rennes a été piraté.</p>"
        );
        assert_eq!(
            drop_marker("Le CHU de Rennes a été piraté. Lire la suite…"),
            "Le CHU de Rennes a été piraté."
        );
        assert_eq!(
            drop_marker("Okta says support data was stolen. Continue reading &rarr;"),
            "Okta says support data was stolen."
        );
    }

    #[test]
    fn the_same_words_inside_the_summary_are_the_articles() {
        // LeMagIT quoting with an elision, Microsoft's "Read more about…".
        for kept in [
            "qu’ils n’étaient pas énergiquement efficaces […]. Nous avons donc créé une puce",
            r#"<a href="https://x.example/mdti">Read more</a> about how this added value in Sentinel works."#,
            "Ransomware gangs thread more carefully",
            "<p>The attackers read more than 2 TB.</p>",
            "Details are in the report, where you can read more",
            "",
            "[...]x",
        ] {
            assert_eq!(drop_marker(kept), kept);
        }
        assert_eq!(
            drop_marker("Gangs that Thread more"),
            "Gangs that Thread more"
        );
    }
}

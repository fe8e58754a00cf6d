//! Copying a link to the clipboard through the terminal: an OSC 52 sequence, which terminals
//! (and tmux with `set-clipboard on`) honour over SSH too. Only on the user's own key press, and
//! only a plain web address: the feed wrote the link, and what lands in a clipboard gets pasted
//! into shells.
use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// Longest link copied; beyond, some terminals drop the sequence without a word.
pub const MAX_LINK: usize = 8192;

/// The link as it may be copied: an http or https URL, normalised (non-ASCII percent-encoded, the
/// host in punycode), made of printable ASCII only; `None` for anything else, including a link
/// with any control character (a newline would run a pasted command).
pub fn clean_link(link: &str) -> Option<String> {
    if link.chars().any(char::is_control) {
        return None;
    }
    let url = url::Url::parse(link.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") {
        return None;
    }
    let clean = url.as_str();
    let printable = clean.bytes().all(|b| b.is_ascii_graphic());
    (printable && clean.len() <= MAX_LINK).then(|| clean.to_owned())
}

/// The bytes that ask the terminal to put `text` in the clipboard: `ESC ] 52 ; c ; base64 BEL`.
/// The payload is base64, so nothing in it can end the sequence early.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", STANDARD.encode(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sequence_is_exactly_osc_52_with_the_base64_link() {
        assert_eq!(
            osc52("https://example.org/a?b=c"),
            "\x1b]52;c;aHR0cHM6Ly9leGFtcGxlLm9yZy9hP2I9Yw==\x07"
        );
    }

    #[test]
    fn only_plain_web_links_are_copied() {
        assert_eq!(
            clean_link("https://example.org/a b").as_deref(),
            Some("https://example.org/a%20b")
        );
        assert_eq!(
            clean_link("https://exämple.org/é").as_deref(),
            Some("https://xn--exmple-cua.org/%C3%A9")
        );
        for hostile in [
            "https://example.org/\x1b]52;c;x\x07",
            "https://example.org/\nrm -rf ~",
            "https://example.org/\u{9c}",
            "javascript:alert(1)",
            "file:///etc/passwd",
            "not a url",
        ] {
            assert_eq!(clean_link(hostile), None, "{hostile:?}");
        }
        let long = format!("https://example.org/{}", "a".repeat(MAX_LINK));
        assert_eq!(clean_link(&long), None);
    }
}

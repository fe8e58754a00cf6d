//! The last filter before the terminal: feed text is sanitized when stored, and again here when drawn,
//! because ratatui passes ESC and other control bytes straight through `Span` and `Paragraph`.
//!
//! Whole escape sequences are dropped, not only their introducer, so that a title carrying an OSC 52
//! clipboard write or a colour change shows none of it.

use crate::text::sanitize::{is_forbidden, strip_sequences};

/// `s` without escape sequences, control characters (tab kept) or bidi embeddings, overrides, isolates.
/// The same filter as the store's (`text::sanitize`), so what is drawn is what was stored.
pub fn text(s: &str) -> String {
    strip_sequences(s)
        .chars()
        .filter(|&c| c == '\t' || !is_forbidden(c))
        .collect()
}

/// Like [`text`], with tabs and line breaks turned into spaces, for one-line fields (titles, names).
pub fn line(s: &str) -> String {
    text(&s.replace(['\t', '\n', '\r'], " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_osc52_and_sgr_sequences_whole() {
        let title = "Alerte \x1b]52;c;aGVsbG8=\x07CERT-FR \x1b[31mrouge\x1b[0m fin";
        assert_eq!(text(title), "Alerte CERT-FR rouge fin");
    }

    #[test]
    fn drops_c1_controls_bidi_overrides_and_other_escapes() {
        let hostile =
            "a\u{9b}31mb\u{9d}0;title\u{9c}c\u{202E}d\u{2066}e\x1bcf\x1b]2;x\x1b\\g\u{0}h\ti";
        let cleaned = text(hostile);
        // A two-character escape (ESC c, a terminal reset) loses its ESC; the letter is plain text.
        assert_eq!(cleaned, "abcdecfgh\ti");
    }

    #[test]
    fn malformed_csi_keeps_following_text() {
        assert_eq!(text("x\x1b[12é suite"), "xé suite");
    }

    #[test]
    fn line_folds_tabs_and_newlines_to_spaces() {
        assert_eq!(
            line("Cour\tpénale\ninternationale"),
            "Cour pénale internationale"
        );
    }
}

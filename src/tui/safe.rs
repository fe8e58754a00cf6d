//! The last filter before the terminal: feed text is sanitized when stored, and again here when drawn,
//! because ratatui passes ESC and other control bytes straight through `Span` and `Paragraph`.
//!
//! Whole escape sequences are dropped, not only their introducer, so that a title carrying an OSC 52
//! clipboard write or a colour change shows none of it.

/// `s` without escape sequences, control characters (tab kept) or bidi embeddings, overrides, isolates.
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => match chars.next() {
                Some('[') => skip_csi(&mut chars),
                Some(']' | 'P' | 'X' | '^' | '_') => skip_string(&mut chars),
                // Any other two-character escape (ESC c, ESC 7...): both characters go.
                _ => {}
            },
            '\u{9b}' => skip_csi(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if keep(c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// Like [`text`], with tabs and line breaks turned into spaces, for one-line fields (titles, names).
pub fn line(s: &str) -> String {
    text(&s.replace(['\t', '\n', '\r'], " "))
}

fn keep(c: char) -> bool {
    let bidi = matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    let control = c.is_control() && c != '\t';
    !bidi && !control
}

/// Skips a CSI's parameter and intermediate bytes and its final byte; stops early at anything else so
/// that a malformed sequence cannot swallow the text after it.
fn skip_csi(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while let Some(&c) = chars.peek() {
        match c {
            '\u{20}'..='\u{3f}' => {
                chars.next();
            }
            '\u{40}'..='\u{7e}' => {
                chars.next();
                return;
            }
            _ => return,
        }
    }
}

/// Skips an OSC, DCS, SOS, PM or APC string up to its terminator (BEL, ESC \ or ST).
fn skip_string(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => return,
            '\u{1b}' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                return;
            }
            _ => {}
        }
    }
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
        assert_eq!(cleaned, "abcdefgh\ti");
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

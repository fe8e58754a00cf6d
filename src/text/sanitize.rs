//! Making hostile text safe to store and draw: control characters, bidi overrides, absurd lengths.

use std::borrow::Cow;

/// Longest title kept, in characters.
pub const MAX_TITLE_CHARS: usize = 1_000;
/// Longest single-line field (author, feed name, URL) kept, in characters.
pub const MAX_LINE_CHARS: usize = 2_048;
/// Longest HTML or text body kept, in bytes.
pub const MAX_BODY_BYTES: usize = 2_000_000;

/// A single-line text (title, author, name): entities decoded, controls and bidi overrides removed,
/// whitespace runs folded to one space, trimmed, capped at `max_chars`.
pub fn clean_line(input: &str, max_chars: usize) -> String {
    // html-escape leaves references to controls undecoded: they are decoded here so that an escape
    // sequence smuggled as "&#27;[31m" is dropped whole like a raw one, not left as "[31m".
    let with_control_refs = decode_forbidden_char_refs(input);
    let decoded = html_escape::decode_html_entities(&with_control_refs);
    fold_line(&strip_sequences(&decoded), max_chars, false)
}

/// Text already sanitized (stored) made safe for one line of output: escape sequences, controls and
/// bidi overrides removed, whitespace folded, capped. Unlike [`clean_line`] it decodes no entity, so a
/// stored literal `&lt;` prints as written rather than as `<`.
pub fn display_line(input: &str, max_chars: usize) -> String {
    fold_line(&strip_sequences(input), max_chars, false)
}

/// [`display_line`] that keeps the no-break spaces of French typography (U+00A0, U+202F): for a
/// message veille composed in French around values already made safe (an error and its causes).
/// They are printable and one column wide; every other whitespace is folded as usual.
pub fn display_typeset_line(input: &str, max_chars: usize) -> String {
    fold_line(&strip_sequences(input), max_chars, true)
}

/// Drops forbidden characters, folds whitespace runs to one space (no-break spaces kept as they
/// are when `keep_no_break`), trims, caps at `max_chars`.
fn fold_line(text: &str, max_chars: usize, keep_no_break: bool) -> String {
    let mut out = String::with_capacity(text.len().min(max_chars.saturating_mul(4)));
    let mut kept = 0;
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() && !(keep_no_break && matches!(c, '\u{a0}' | '\u{202f}')) {
            pending_space = kept > 0;
            continue;
        }
        if is_forbidden(c) {
            continue;
        }
        let needed = if pending_space { 2 } else { 1 };
        if kept + needed > max_chars {
            break;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
        kept += needed;
    }
    out
}

/// A multi-line text or HTML body: controls (but newline and tab) and bidi overrides removed, capped.
pub fn clean_body(input: &str, max_bytes: usize) -> String {
    let decoded = decode_forbidden_char_refs(input);
    let input = strip_sequences(&decoded);
    let mut out = String::with_capacity(input.len().min(max_bytes));
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            // A lone CR is a line break on old Macs; CRLF collapses to one newline.
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    continue;
                }
                '\n'
            }
            '\u{2028}' | '\u{2029}' => '\n',
            c if c != '\n' && c != '\t' && is_forbidden(c) => continue,
            c => c,
        };
        if out.len() + c.len_utf8() > max_bytes {
            break;
        }
        out.push(c);
    }
    if out.contains("&#") {
        drop_forbidden_char_refs(&out).into_owned()
    } else {
        out
    }
}

/// HTML (a title or summary that carries markup) reduced to its text: tags removed, then
/// [`clean_line`]. A `<` not followed by a tag name (as in "a < b") is kept as text.
pub fn html_to_line(input: &str, max_chars: usize) -> String {
    // html_to_plain strips the markup, then decodes the entities of the text between tags (so
    // `&lt;script&gt;` stays text); references to controls are decoded first, as in clean_line,
    // so a smuggled `&#27;[31m` is dropped whole.
    display_line(
        &crate::text::plain::html_to_plain(&decode_forbidden_char_refs(input)),
        max_chars,
    )
}

/// True for characters a terminal could interpret or that draw as nothing: C0/C1 controls, DEL,
/// and every [invisible](INVISIBLE) character (bidi overrides, isolates and marks among them).
pub fn is_forbidden(c: char) -> bool {
    // Below the soft hyphen only controls can be forbidden: ASCII and Latin-1 text stays fast.
    if c < '\u{AD}' {
        return c.is_control();
    }
    c.is_control()
        || INVISIBLE
            .binary_search_by(|&(first, last)| {
                if last < c {
                    std::cmp::Ordering::Less
                } else if first > c {
                    std::cmp::Ordering::Greater
                } else {
                    std::cmp::Ordering::Equal
                }
            })
            .is_ok()
}

/// Characters drawn as nothing, in sorted ranges: Unicode's Default_Ignorable_Code_Point
/// (DerivedCoreProperties.txt, Unicode 16.0) plus the interlinear annotation controls. A feed can
/// hide a payload in them (Unicode tags spell ASCII invisibly), disguise text (bidi overrides), or
/// shift a pane border (terminals disagree with ratatui, and with each other, on their width).
///
/// All are dropped, zero-width joiner and non-joiner included: veille reads French and English,
/// where they only join emoji (shown side by side without one, the same width on every terminal,
/// whereas a joined sequence is one glyph or several depending on the terminal) and variation
/// selectors only pick an emoji's style.
const INVISIBLE: &[(char, char)] = &[
    ('\u{00AD}', '\u{00AD}'),   // soft hyphen
    ('\u{034F}', '\u{034F}'),   // combining grapheme joiner
    ('\u{061C}', '\u{061C}'),   // Arabic letter mark
    ('\u{115F}', '\u{1160}'),   // Hangul fillers
    ('\u{17B4}', '\u{17B5}'),   // Khmer inherent vowels
    ('\u{180B}', '\u{180F}'),   // Mongolian variation selectors and vowel separator
    ('\u{200B}', '\u{200F}'),   // zero-width space, non-joiner, joiner; LRM, RLM
    ('\u{202A}', '\u{202E}'),   // bidi embeddings and overrides
    ('\u{2060}', '\u{206F}'),   // word joiner, invisible operators, bidi isolates, deprecated
    ('\u{3164}', '\u{3164}'),   // Hangul filler
    ('\u{FE00}', '\u{FE0F}'),   // variation selectors
    ('\u{FEFF}', '\u{FEFF}'),   // zero-width no-break space (byte-order mark)
    ('\u{FFA0}', '\u{FFA0}'),   // halfwidth Hangul filler
    ('\u{FFF0}', '\u{FFFB}'),   // unassigned; interlinear annotation controls
    ('\u{1BCA0}', '\u{1BCA3}'), // shorthand format controls
    ('\u{1D173}', '\u{1D17A}'), // musical symbol format controls
    ('\u{E0000}', '\u{E0FFF}'), // tags, variation selectors 17-256, unassigned
];

/// `s` without terminal escape sequences, each dropped whole (introducer, parameters, payload and
/// terminator), so that an OSC 52 clipboard write or a colour change leaves no "]52;c;..." or
/// "[31m" debris in the text. Other controls are left for the caller's filter.
pub fn strip_sequences(s: &str) -> Cow<'_, str> {
    if !s.contains([
        '\u{1b}', '\u{90}', '\u{98}', '\u{9b}', '\u{9d}', '\u{9e}', '\u{9f}',
    ]) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => match chars.peek() {
                Some('[') => {
                    chars.next();
                    skip_csi(&mut chars);
                }
                Some(']' | 'P' | 'X' | '^' | '_') => {
                    chars.next();
                    skip_string(&mut chars);
                }
                // Any other escape: the ESC goes (below, with the controls); the text after it stays.
                _ => out.push(c),
            },
            '\u{9b}' => skip_csi(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// Skips a CSI's parameter and intermediate bytes and its final byte; stops early at anything else,
/// so a malformed sequence cannot swallow the text after it.
fn skip_csi(chars: &mut Chars<'_>) {
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

/// Skips an OSC, DCS, SOS, PM or APC payload up to its terminator (BEL, ST or ESC \\); stops at a line
/// break too, so an unterminated one cannot swallow a whole body.
fn skip_string(chars: &mut Chars<'_>) {
    while let Some(&c) = chars.peek() {
        match c {
            '\n' => return,
            '\u{7}' | '\u{9c}' => {
                chars.next();
                return;
            }
            '\u{1b}' => {
                chars.next();
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                return;
            }
            _ => {
                chars.next();
            }
        }
    }
}

/// Numeric references to a control or bidi character (`&#27;`) decoded to that character, the others
/// left as they are, so the sequence and control filters that follow see them.
fn decode_forbidden_char_refs(input: &str) -> Cow<'_, str> {
    rewrite_forbidden_char_refs(input, true)
}

/// Bodies stay HTML (decoded only when drawn), so numeric references such as `&#27;` that would
/// decode to a control or bidi character are removed here rather than trusted to every renderer.
fn drop_forbidden_char_refs(input: &str) -> Cow<'_, str> {
    rewrite_forbidden_char_refs(input, false)
}

/// Replaces each numeric reference to a forbidden character (newline and tab are allowed) by that
/// character (`decode`) or by nothing; every other reference stays as written.
fn rewrite_forbidden_char_refs(input: &str, decode: bool) -> Cow<'_, str> {
    if !input.contains("&#") {
        return Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len());
    let mut rest = input;
    while let Some(pos) = rest.find("&#") {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        match parse_char_ref(tail) {
            Some((c, len)) if is_forbidden(c) && c != '\n' && c != '\t' => {
                if decode {
                    out.push(c);
                }
                rest = &tail[len..];
            }
            _ => {
                out.push_str("&#");
                rest = &tail[2..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Parses `&#NNN;` or `&#xHH;` (the `;` optional, as browsers accept) at the start of `s`.
fn parse_char_ref(s: &str) -> Option<(char, usize)> {
    let body = s.strip_prefix("&#")?;
    let (radix, digits_start) = match body.as_bytes().first() {
        Some(b'x' | b'X') => (16, 3),
        _ => (10, 2),
    };
    let digits: &str = &s[digits_start..];
    let len = digits
        .bytes()
        .take_while(|b| (*b as char).is_digit(radix))
        .count();
    if len == 0 {
        return None;
    }
    let value = u32::from_str_radix(&digits[..len.min(8)], radix).ok()?;
    let mut total = digits_start + len;
    if s.as_bytes().get(total) == Some(&b';') {
        total += 1;
    }
    // Browsers map invalid code points to U+FFFD, which is harmless.
    Some((char::from_u32(value).unwrap_or('\u{FFFD}'), total))
}

#[cfg(test)]
mod tests {
    #[test]
    fn display_line_keeps_stored_text_as_written_but_never_an_escape() {
        let stored = "Le tag &lt;script&gt; \u{1b}]52;c;eA==\u{7}expliqué\n\t\u{202e}ici";
        assert_eq!(
            super::display_line(stored, 200),
            "Le tag &lt;script&gt; expliqué ici"
        );
        assert_eq!(super::display_line("abcdef", 3), "abc");
    }

    use super::*;

    #[test]
    fn terminal_escape_sequences_are_removed_from_lines() {
        let title = "Alerte\x1b]52;c;ZWNobyBwd25lZA==\x07 \x1b[31mrouge\x1b[0m\u{202E}txt.exe\0 fin\u{9B}2J";
        let clean = clean_line(title, MAX_TITLE_CHARS);
        assert!(!clean.chars().any(is_forbidden), "{clean:?}");
        assert_eq!(clean, "Alerte rougetxt.exe fin");
    }

    #[test]
    fn entities_decode_before_controls_are_checked() {
        assert_eq!(
            clean_line(
                "Tom &amp; Jerry&#039;s &#8217;x&#8217; &eacute;t&eacute;",
                100
            ),
            "Tom & Jerry's ’x’ été"
        );
        // An escape smuggled as an entity must not survive decoding.
        // A C1 CSI takes the letter after it as its final byte, as a terminal would.
        assert_eq!(clean_line("a&#27;[31mb&#x9b;c&#x202e;d", 100), "abd");
        assert_eq!(
            clean_line("Vol &#27;]52;c;aGVsbG8=&#7;de presse-papiers", 100),
            "Vol de presse-papiers"
        );
    }

    #[test]
    fn whitespace_is_folded_and_trimmed() {
        assert_eq!(clean_line("\n\t\tZDNET\t\n\t", 100), "ZDNET");
        assert_eq!(clean_line("  a \u{a0}\r\n b  ", 100), "a b");
    }

    #[test]
    fn a_ten_megabyte_title_is_capped() {
        let huge = "é".repeat(10 * 1024 * 1024);
        let clean = clean_line(&huge, MAX_TITLE_CHARS);
        assert_eq!(clean.chars().count(), MAX_TITLE_CHARS);
        let body = clean_body(&huge, MAX_BODY_BYTES);
        assert!(body.len() <= MAX_BODY_BYTES && body.len() > MAX_BODY_BYTES - 4);
    }

    #[test]
    fn bodies_keep_newlines_and_tabs_but_not_controls() {
        let body = "<p>un\r\ndeux\rtrois\tquatre\x1b[2J\u{2067}cinq&#27;&#x1B;six&#10;</p>";
        assert_eq!(
            clean_body(body, 1000),
            "<p>un\ndeux\ntrois\tquatrecinqsix&#10;</p>"
        );
    }

    /// One hostile sample per class of invisible character, each between two letters.
    const INVISIBLES: &[(&str, char)] = &[
        ("soft hyphen", '\u{00AD}'),
        ("zero-width space", '\u{200B}'),
        ("zero-width non-joiner", '\u{200C}'),
        ("zero-width joiner", '\u{200D}'),
        ("word joiner", '\u{2060}'),
        ("invisible times", '\u{2062}'),
        ("byte-order mark", '\u{FEFF}'),
        ("Hangul filler", '\u{3164}'),
        ("combining grapheme joiner", '\u{034F}'),
        ("Mongolian vowel separator", '\u{180E}'),
        ("variation selector 16", '\u{FE0F}'),
        ("interlinear annotation anchor", '\u{FFF9}'),
        ("language tag", '\u{E0001}'),
        ("tag latin capital A", '\u{E0041}'),
        ("cancel tag", '\u{E007F}'),
        ("variation selector 17", '\u{E0100}'),
        ("arabic letter mark", '\u{061C}'),
        ("right-to-left mark", '\u{200F}'),
        ("right-to-left override", '\u{202E}'),
        ("first strong isolate", '\u{2068}'),
    ];

    #[test]
    fn invisible_characters_are_dropped_from_lines_bodies_and_output() {
        for &(class, c) in INVISIBLES {
            let text = format!("cyber{c}attaque");
            assert_eq!(clean_line(&text, 100), "cyberattaque", "{class}");
            assert_eq!(display_line(&text, 100), "cyberattaque", "{class}");
            assert_eq!(clean_body(&text, 100), "cyberattaque", "{class}");
            // As a numeric reference, in a title and in a body kept as HTML.
            let reference = format!("cyber&#x{:X};attaque", u32::from(c));
            assert_eq!(clean_line(&reference, 100), "cyberattaque", "{class}");
            assert_eq!(clean_body(&reference, 100), "cyberattaque", "{class}");
        }
        // Named references decode to the same characters and go the same way.
        assert_eq!(
            clean_line("cyber&shy;at&zwj;ta&zwnj;que&lrm;", 100),
            "cyberattaque"
        );
    }

    #[test]
    fn a_payload_spelled_in_unicode_tags_vanishes_whole() {
        let payload: String = "run rm -rf"
            .chars()
            .map(|c| char::from_u32(0xE0000 + u32::from(c)).unwrap())
            .collect();
        assert_eq!(
            clean_line(&format!("Patch Tuesday\u{E0001}{payload}\u{E007F}"), 100),
            "Patch Tuesday"
        );
    }

    #[test]
    fn emoji_lose_their_joiners_and_selectors_but_not_their_pictures() {
        // A technologist (man, ZWJ, laptop) and a red heart with its emoji-style selector.
        assert_eq!(
            clean_line("\u{1F468}\u{200D}\u{1F4BB} \u{2764}\u{FE0F}", 100),
            "\u{1F468}\u{1F4BB} \u{2764}"
        );
        // Visible neighbours of the invisible ranges stay.
        assert_eq!(
            clean_line("\u{00AC}\u{00AE}\u{2010}\u{2070}\u{FFFC}", 100),
            "\u{00AC}\u{00AE}\u{2010}\u{2070}\u{FFFC}"
        );
    }

    #[test]
    fn the_invisible_ranges_are_sorted_and_disjoint() {
        assert!(INVISIBLE.iter().all(|(first, last)| first <= last));
        assert!(INVISIBLE.windows(2).all(|w| w[0].1 < w[1].0));
    }

    #[test]
    fn html_titles_become_text() {
        assert_eq!(
            html_to_line(
                "<b>Patch</b> now: <a href=\"x\">CVE-2025-1</a> &amp; more",
                100
            ),
            "Patch now: CVE-2025-1 & more"
        );
        assert_eq!(html_to_line("if a < b then", 100), "if a < b then");
        assert_eq!(
            html_to_line("<p>un</p><p>deux<br/>trois</p>", 100),
            "un deux trois"
        );
        assert_eq!(
            html_to_line("&lt;script&gt; stays text", 100),
            "<script> stays text"
        );
    }
}

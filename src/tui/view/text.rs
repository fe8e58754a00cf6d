//! Fitting text into columns, by display width (CJK and emoji take two).
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `s` cut to `width` columns with an ellipsis when it does not fit, padded with spaces to `width`.
pub fn fit(s: &str, width: usize) -> String {
    let mut out = cut(s, width);
    let pad = width.saturating_sub(out.width());
    out.extend(std::iter::repeat_n(' ', pad));
    out
}

/// `s` cut to at most `width` columns, ending in `…` when cut.
pub fn cut(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// `text` in lines of at most `width` columns, broken between words (a word longer than a line
/// stands alone, and the box cuts it).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    out.push(line);
    out
}

/// [`wrap`] kept to `max` lines of `width` columns, the last ending in `…` when the text goes
/// on: a title cut without a mark reads as the whole title.
pub fn wrap_at_most(text: &str, width: usize, max: usize) -> Vec<String> {
    let mut lines = wrap(text, width);
    if max > 0 && lines.len() > max {
        let rest = lines.split_off(max - 1).join(" ");
        // Past the width, `cut` ends the line in `…`.
        lines.push(cut(&format!("{rest} "), width));
    }
    lines.iter().map(|line| cut(line, width)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_kept_to_two_lines_says_it_goes_on() {
        let title = "Cyberattaque contre la mairie de Saint-Nazaire : les services en ligne coupés";
        assert_eq!(
            wrap_at_most(title, 30, 2),
            [
                "Cyberattaque contre la mairie",
                "de Saint-Nazaire : les servic…"
            ]
        );
        assert_eq!(
            wrap_at_most("Fuite Stripe : 200 Français", 30, 2),
            ["Fuite Stripe : 200 Français"]
        );
        // Two lines exactly: nothing is cut.
        assert_eq!(wrap_at_most("aaaa bbbb", 4, 2), ["aaaa", "bbbb"]);
        assert_eq!(wrap_at_most("aaaa bbbb c", 4, 2), ["aaaa", "bbb…"]);
    }

    #[test]
    fn fits_by_display_width() {
        assert_eq!(fit("CERT-FR", 10), "CERT-FR   ");
        assert_eq!(fit("Sécurité informatique", 8), "Sécurit…");
        assert_eq!(fit("漢字漢字", 5), "漢字…");
        assert_eq!(fit("漢字漢字", 6), "漢字… ");
        assert_eq!(cut("abc", 0), "");
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_by_display_width() {
        assert_eq!(fit("CERT-FR", 10), "CERT-FR   ");
        assert_eq!(fit("Sécurité informatique", 8), "Sécurit…");
        assert_eq!(fit("漢字漢字", 5), "漢字…");
        assert_eq!(fit("漢字漢字", 6), "漢字… ");
        assert_eq!(cut("abc", 0), "");
    }
}

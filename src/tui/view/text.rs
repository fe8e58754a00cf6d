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
/// stands alone, and the box cuts it). French typography's spaces do not break: an opening « stays
/// with the word after it, and a closing » or a : ; ! ? with the word before it, as their
/// no-break spaces would hold them (feeds send them as plain spaces, and titles are stored folded).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in unbreakable(text, width) {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    out.push(line);
    out
}

/// The words of `text` with the French guillemets and high punctuation glued to the word they
/// belong to (« Qilin », « Poutine … Syrie »), unless the glued whole would not fit in `width`.
fn unbreakable(text: &str, width: usize) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    let mut opening = false;
    for word in text.split(' ') {
        let closing = matches!(word, "»" | ":" | ";" | "!" | "?" | "?!" | "!?")
            || (word.starts_with('»') && !units.is_empty());
        let glue = opening || closing;
        match units.last_mut() {
            Some(last) if glue && last.width() + 1 + word.width() <= width => {
                last.push(' ');
                last.push_str(word);
            }
            _ => units.push(word.to_owned()),
        }
        // "«" alone, or ending a word ("d'«"), opens: the next word goes with it.
        opening = word.ends_with('«');
    }
    units
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
    fn guillemets_and_french_high_punctuation_stay_with_their_words() {
        // Le Monde, as served: plain spaces inside the guillemets.
        let title = "Louis Gallois dénonce une « volonté politique de minorer le nombre de SDF »";
        assert_eq!(
            wrap(title, 30),
            [
                "Louis Gallois dénonce une",
                "« volonté politique de minorer",
                "le nombre de SDF »"
            ]
        );
        let quoted = "« Poutine prisonnier d’Assad en Syrie », par Jean-Pierre Filiu";
        assert_eq!(
            wrap(quoted, 38),
            [
                "« Poutine prisonnier d’Assad en",
                "Syrie », par Jean-Pierre Filiu"
            ]
        );
        assert_eq!(
            wrap(
                "Hulot : Schiappa dénonce un article « irresponsable » d’« Ebdo »",
                57
            ),
            [
                "Hulot : Schiappa dénonce un article « irresponsable »",
                "d’« Ebdo »"
            ]
        );
        assert_eq!(
            wrap("Fuite Stripe : 200 Français", 12),
            ["Fuite", "Stripe : 200", "Français"]
        );
        // Glued only when the whole fits: a narrow box still breaks rather than cut a word.
        assert_eq!(
            wrap("« Anticonstitutionnellement »", 20),
            ["«", "Anticonstitutionnellement", "»"]
        );
    }

    #[test]
    fn english_words_and_other_marks_break_as_before() {
        // Near misses: a guillemet inside a word, a dash, English punctuation.
        assert_eq!(
            wrap("Akira hits Stellantis - the attack", 16),
            ["Akira hits", "Stellantis - the", "attack"]
        );
        assert_eq!(
            wrap("What now? Data leaked", 10),
            ["What now?", "Data", "leaked"]
        );
        assert_eq!(wrap("a»b c", 3), ["a»b", "c"]);
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

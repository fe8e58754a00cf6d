//! Fitting text into columns, by display width (CJK and emoji take two).
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `s` cut to `width` columns with an ellipsis when it does not fit, padded with spaces to `width`.
pub fn fit(s: &str, width: usize) -> String {
    let mut out = cut(s, width);
    let pad = width.saturating_sub(out.width());
    out.extend(std::iter::repeat_n(' ', pad));
    out
}

/// `s` cut to at most `width` columns, ending in `…` when cut. A cut never falls inside French
/// guillemets: « une « … » or « une « volonté… » reads as a quotation that says nothing, so the cut
/// goes before the opening «; a title that opens with its quotation keeps its first words and
/// closes it (« « Poutine prisonnier… » »).
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
    if width == 0 {
        return out;
    }
    match open_quote(&out) {
        Some(at) => outside_quote(&out, at, width),
        None => {
            out.push('…');
            out
        }
    }
}

/// The byte offset of the « that `s` leaves open (none closed after it), if any.
fn open_quote(s: &str) -> Option<usize> {
    let open = s.rfind('«')?;
    (!s[open..].contains('»')).then_some(open)
}

/// `kept` (a cut of at most `width` - 1 columns whose « at byte `open` is not closed) ended so
/// that no quotation is left open: before the «, or, when nothing stands before it, its first
/// whole words closed by `… »`.
fn outside_quote(kept: &str, open: usize, width: usize) -> String {
    let mut before = kept[..open].trim_end();
    // An elided article glued to the « (d’« Ebdo ») belongs to the quotation.
    if before.ends_with(['’', '\'']) {
        before = before[..before.rfind(' ').map_or(0, |at| at + 1)].trim_end();
    }
    if !before.is_empty() {
        return format!("{before}…");
    }
    // The quotation opens the text: its words that fit with `… »` (2 more columns).
    let room = width.saturating_sub(3);
    let mut words = String::new();
    for word in kept.split(' ') {
        let next = if words.is_empty() {
            word.to_owned()
        } else {
            format!("{words} {word}")
        };
        if next.width() > room {
            break;
        }
        words = next;
    }
    // Only « itself, or nothing, fits: the plain cut says more than a lone mark.
    if words.trim_start_matches('«').trim().is_empty() {
        let mut plain = kept.to_owned();
        plain.push('…');
        return plain;
    }
    format!("{}… »", words.trim_end())
}

/// The fewest columns a cut chip's value gets before the count of the others gives way to it.
const MIN_CUT_CHIP: usize = 6;

/// [`cut`], back to the end of the last whole word when the cut falls inside one and a word
/// stands before it (`Cour pénale…`, not `Cour pénale intern…`).
fn cut_between_words(s: &str, width: usize) -> String {
    let cut = cut(s, width);
    let Some(kept) = cut.strip_suffix('…') else {
        return cut;
    };
    let inside_a_word = s
        .get(kept.len()..)
        .is_some_and(|rest| rest.starts_with(|c: char| !c.is_whitespace()));
    if kept.ends_with(' ') {
        return format!("{}…", kept.trim_end());
    }
    match kept.rfind(' ') {
        Some(space) if inside_a_word => format!("{}…", kept[..space].trim_end()),
        _ => cut,
    }
}

/// The tag chips of a list or story row: [`chips_within`] its `share` of the row's `room`, but
/// never so narrow that the first chip is cut to a stub and the count of the others dropped: a
/// row showing « [unat…] » alone hid four more tags (the stories view at 80 columns gave its tags
/// 8 columns). With several tags, the chips get at least a cut first value and the count
/// (« [Cour…] +4 »), the title what is left.
pub fn row_chips(values: &[String], share: usize, room: usize) -> String {
    let floor = match values.len() {
        0 | 1 => 0,
        // ` [` + the value + `]` + ` +N`.
        n => 3 + MIN_CUT_CHIP + format!(" +{}", n - 1).width(),
    };
    chips_within(values, share.max(floor).min(room))
}

/// The tag chips ` [a] [b]` of `values` (already fit for the screen) in at most `width` columns,
/// cut only between two chips, with how many more there are (` +2`): a chip cut mid-word reads as
/// another value. When not even the first fits, it is cut inside its brackets.
pub fn chips_within(values: &[String], width: usize) -> String {
    let chip = |v: &String| format!(" [{v}]");
    let more = |n: usize| {
        if n > 0 {
            format!(" +{n}")
        } else {
            String::new()
        }
    };
    let mut shown = String::new();
    for (i, value) in values.iter().enumerate() {
        let next = chip(value);
        let left = values.len() - i - 1;
        if shown.width() + next.width() + more(left).width() > width {
            if i > 0 {
                return shown + &more(values.len() - i);
            }
            // The first chip alone, cut between words where it can, with the count of the
            // others after it; when the count would leave the value less than a word's start
            // (`[I…] +1`), the value has the room.
            let mut tail = more(left);
            let mut room = width.saturating_sub(3 + tail.width());
            if room < MIN_CUT_CHIP {
                tail.clear();
                room = width.saturating_sub(3);
            }
            if room < 2 {
                // Not a letter of it fits: all of them are counted.
                return cut(&more(values.len()), width);
            }
            return format!(" [{}]{tail}", cut_between_words(value, room));
        }
        shown.push_str(&next);
    }
    shown
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
    fn a_cut_title_leaves_no_quotation_open() {
        // Le Monde, as listed at 80 columns: the cut fell right after « .
        let title = "Louis Gallois dénonce une « volonté politique de minorer le nombre de SDF »";
        assert_eq!(cut(title, 28), "Louis Gallois dénonce une…");
        assert_eq!(cut(title, 34), "Louis Gallois dénonce une…");
        // An elided article glued to the « (d’« Ebdo ») goes with it.
        assert_eq!(
            cut(
                "Hulot : Schiappa dénonce un article « irresponsable » d’« Ebdo »",
                60
            ),
            "Hulot : Schiappa dénonce un article « irresponsable »…"
        );
        // The quotation opens the title: its first words, closed.
        let quoted = "« Poutine prisonnier d’Assad en Syrie », par Jean-Pierre Filiu";
        assert_eq!(cut(quoted, 24), "« Poutine prisonnier… »");
        // Too narrow for a word: the plain cut rather than a lone mark.
        assert_eq!(cut(quoted, 4), "« P…");
    }

    #[test]
    fn a_cut_outside_guillemets_is_as_before() {
        // Near misses: the quotation closed before the cut, English quotes, no quotation.
        let closed = "Hulot : « irresponsable » dit Schiappa à propos de l'article";
        assert_eq!(cut(closed, 30), "Hulot : « irresponsable » dit…");
        assert_eq!(
            cut("Akira says “we did not” in a long statement", 20),
            "Akira says “we did …"
        );
        assert_eq!(cut("Sécurité informatique", 8), "Sécurit…");
    }

    #[test]
    fn chips_are_cut_between_tags_and_say_how_many_more() {
        let tags: Vec<String> = ["APT28", "International Criminal Court", "intrusion"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            chips_within(&tags, 60),
            " [APT28] [International Criminal Court] [intrusion]"
        );
        assert_eq!(chips_within(&tags, 41), " [APT28] +2");
        assert_eq!(
            chips_within(&tags, 42),
            " [APT28] [International Criminal Court] +1"
        );
        // Not even the first whole: the first cut between its words, the others counted.
        assert_eq!(chips_within(&tags[1..], 20), " [International…] +1");
        let cour = ["Cour pénale internationale", "intrusion"].map(String::from);
        assert_eq!(chips_within(&cour, 26), " [Cour pénale…] +1");
        // Too narrow for both the value and the count: the value (as before: « [In…] +1 »).
        assert_eq!(chips_within(&tags[1..], 9), " [Inter…]");
        assert_eq!(chips_within(&cour, 9), " [Cour…]");
        assert_eq!(chips_within(&tags[1..], 8), " [Inte…]");
        assert_eq!(chips_within(&tags[1..], 4), " +2");
        assert_eq!(chips_within(&[], 10), "");
    }

    #[test]
    fn a_row_gives_several_tags_room_for_a_cut_chip_and_the_count() {
        let five = [
            "unattributed",
            "International Criminal Court",
            "NL",
            "intrusion",
            "ransomware",
        ]
        .map(String::from);
        // The stories row at 80 columns gave 8 columns: « [unat…] », four tags unsaid.
        assert_eq!(chips_within(&five, 8), " [unat…]");
        assert_eq!(row_chips(&five, 8, 33), " [unatt…] +4");
        let french = ["non attribué", "Cour pénale internationale"].map(String::from);
        assert_eq!(row_chips(&french, 8, 33), " [non…] +1");
        // Near misses: a share wide enough is kept; one tag keeps the share; no room, no floor.
        assert_eq!(row_chips(&five, 30, 120), " [unattributed] +4");
        assert_eq!(row_chips(&five[2..3], 8, 33), " [NL]");
        assert_eq!(row_chips(&five[..1], 8, 33), " [unat…]");
        assert_eq!(row_chips(&five, 8, 8), " [unat…]");
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

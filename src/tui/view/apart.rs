//! Names cut so that distinct names stay distinct. At 80 columns the sidebar gives a feed's name
//! about a dozen columns: « BleepingComputer » and « BleepingComputer (2) » (one list imported
//! after another) were both cut to « BleepingCo… », and a user could not tell which feed was which.
use super::text::cut;
use std::collections::HashMap;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// [`cut`] of each `(label, width)`, except that a label whose cut would read as the cut of
/// another, different label keeps what tells it apart: its end after the start they share, behind
/// an ellipsis in the middle (« Bleepi… (2) » beside « BleepingCo… »).
pub fn cuts_apart(labels: &[(&str, usize)]) -> Vec<String> {
    let plain: Vec<String> = labels.iter().map(|&(l, w)| cut(l, w)).collect();
    // Labels grouped by their plain cut: a sidebar of a thousand feeds compares only the few
    // cut alike, not every pair.
    let mut alike: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, p) in plain.iter().enumerate() {
        alike.entry(p.as_str()).or_default().push(i);
    }
    let mut out = plain.clone();
    for group in alike.values().filter(|g| g.len() > 1) {
        for &i in group {
            let (label, width) = labels[i];
            let shared = group
                .iter()
                .map(|&j| labels[j].0)
                .filter(|&other| other != label)
                .map(|other| shared_start(label, other))
                .max();
            if let Some(shared) = shared {
                out[i] = middle_cut(label, shared, width);
            }
        }
    }
    out
}

/// The byte length of the start `a` and `b` share.
fn shared_start(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|&((_, x), y)| x != y)
        .map_or_else(|| a.len().min(b.len()), |((at, _), _)| at)
}

/// `label` in `width` columns, keeping its end from the word where it parts from the others
/// (byte `shared`): its start, `…`, then that end. A label with nothing of its own past `shared`
/// (the shorter of « BleepingComputer » and « BleepingComputer (2) ») keeps its plain cut.
fn middle_cut(label: &str, shared: usize, width: usize) -> String {
    let own = &label[shared..];
    // At least one letter of the start and the ellipsis stand before the end kept.
    let room = width.saturating_sub(2);
    if own.trim().is_empty() || room == 0 {
        return cut(label, width);
    }
    // The whole word where the label parts from the others, set apart by a space when it fits
    // (« … Security », not « …urity »), else cut, when its parting letter still shows.
    let word_start = label[..shared].rfind(' ').map_or(0, |at| at + 1);
    let word = &label[word_start..];
    let (end, gap) = if word_start > 0 && word.width() < room {
        (word.to_owned(), " ")
    } else if word_start > 0 && label[word_start..shared].width() + 2 <= room {
        (cut(word, room), "")
    } else if own.width() <= room {
        (own.to_owned(), "")
    } else {
        (cut(own, room), "")
    };
    let head_room = width.saturating_sub(end.width() + 1 + gap.len());
    format!("{}…{gap}{end}", head(label, head_room).trim_end())
}

/// The start of `s` in at most `width` columns.
fn head(s: &str, width: usize) -> &str {
    let mut used = 0;
    for (at, c) in s.char_indices() {
        used += c.width().unwrap_or(0);
        if used > width {
            return &s[..at];
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apart(labels: &[&str], width: usize) -> Vec<String> {
        let with_width: Vec<_> = labels.iter().map(|l| (*l, width)).collect();
        cuts_apart(&with_width)
    }

    #[test]
    fn two_feeds_that_share_their_start_keep_their_own_ends() {
        assert_eq!(
            apart(&["BleepingComputer", "BleepingComputer (2)", "ZATAZ"], 11),
            ["BleepingCo…", "Bleepi… (2)", "ZATAZ"]
        );
        assert_eq!(
            apart(
                &["BleepingComputer Security", "BleepingComputer Microsoft"],
                12
            ),
            ["Bl… Security", "B… Microsoft"]
        );
        // An end too long for the room is cut too, and still tells the names apart.
        assert_eq!(
            apart(&["Cybersecurity Advisories", "Cybersecurity Alerts"], 9),
            ["C…Adviso…", "C… Alerts"]
        );
    }

    #[test]
    fn names_that_fit_or_part_before_the_cut_are_cut_as_ever() {
        let names = ["BleepingComputer", "SecurityWeek", "The Record"];
        assert_eq!(
            apart(&names, 11),
            ["BleepingCo…", "SecurityWe…", "The Record"]
        );
        assert_eq!(apart(&["ZATAZ", "ZATAZ (2)"], 11), ["ZATAZ", "ZATAZ (2)"]);
    }
}

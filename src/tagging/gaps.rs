//! The stretches of a folded text between its gaps: runs of spaces and table lines (box drawing
//! and block elements, which html2text draws tables with). An advisory converted to text is
//! mostly gaps — one fixture article holds 765,000 spaces and 120,000 '─' for 30,000 letters —
//! which the names automaton read byte by byte (its scan is a quarter of the suggester's time,
//! mostly on letters: what skipping gaps saves is that advisories' share). No name holds
//! a gap (checked when the automaton is built: [`holds_no_gap`]), so reading only the stretches
//! finds the matches a reading of the whole text finds.
use super::fold::{is_table_char, table_char_len};

/// True when no occurrence of `pattern` can take in a byte of a gap: it holds no table character
/// and no two spaces in a row, and neither starts nor ends with a space.
pub(crate) fn holds_no_gap(pattern: &str) -> bool {
    !pattern.starts_with(' ')
        && !pattern.ends_with(' ')
        && !pattern.contains("  ")
        && !pattern.chars().any(is_table_char)
}

/// The byte ranges of `text` between its gaps, in order; a gap is a run of spaces and table
/// characters holding two spaces or a table character (a single space between words is none).
pub(crate) fn stretches(text: &str) -> Stretches<'_> {
    Stretches {
        bytes: text.as_bytes(),
        at: 0,
        double_space: None,
        table: None,
    }
}

/// Iterator of [`stretches`].
pub(crate) struct Stretches<'t> {
    bytes: &'t [u8],
    at: usize,
    /// The next two spaces at or after `at` (the text's length when there are none), kept
    /// across calls so that the text is searched once.
    double_space: Option<usize>,
    /// The next table character at or after `at`, likewise.
    table: Option<usize>,
}

fn table_char_at(bytes: &[u8], i: usize) -> Option<usize> {
    table_char_len(bytes.get(i..)?)
}

impl Stretches<'_> {
    fn next_double_space(&mut self) -> usize {
        let len = self.bytes.len();
        match self.double_space {
            Some(d) if d >= self.at => d,
            _ => {
                let d = memchr::memmem::find(&self.bytes[self.at..], b"  ")
                    .map_or(len, |i| self.at + i);
                self.double_space = Some(d);
                d
            }
        }
    }

    fn next_table_char(&mut self) -> usize {
        let len = self.bytes.len();
        match self.table {
            Some(t) if t >= self.at => t,
            _ => {
                let mut from = self.at;
                let t = loop {
                    match memchr::memchr(0xE2, &self.bytes[from..]) {
                        Some(i) if table_char_at(self.bytes, from + i).is_some() => break from + i,
                        Some(i) => from += i + 1,
                        None => break len,
                    }
                };
                self.table = Some(t);
                t
            }
        }
    }
}

impl Iterator for Stretches<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        let len = self.bytes.len();
        while self.at < len {
            let gap = self.next_double_space().min(self.next_table_char());
            let stretch = (self.at, gap);
            // Past the whole run of spaces and table characters.
            let mut end = gap;
            while end < len {
                if self.bytes[end] == b' ' {
                    end += 1;
                } else if let Some(n) = table_char_at(self.bytes, end) {
                    end += n;
                } else {
                    break;
                }
            }
            self.at = end;
            if stretch.0 < stretch.1 {
                return Some(stretch);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<&str> {
        stretches(text).map(|(a, b)| &text[a..b]).collect()
    }

    #[test]
    fn a_table_s_cells_are_read_and_its_lines_and_padding_skipped() {
        let table = "│ Lazarus Group   │ APT38 ─\n──────┼──── Fancy Bear\u{2019}s │";
        assert_eq!(
            read(table),
            ["Lazarus Group", "APT38 ", "\n", "Fancy Bear\u{2019}s "]
        );
    }

    #[test]
    fn prose_is_one_stretch() {
        let prose = "Le groupe Lazarus — lié à la Corée du Nord — a revendiqué l’attaque.";
        assert_eq!(read(prose), [prose]);
        assert!(read("").is_empty());
        assert!(read("   ─── ").is_empty());
    }

    #[test]
    fn names_that_could_run_into_a_gap_are_told() {
        assert!(holds_no_gap("fancy bear"));
        assert!(!holds_no_gap("fancy  bear"));
        assert!(!holds_no_gap(" bear"));
        assert!(!holds_no_gap("bear "));
        assert!(!holds_no_gap("a─b"));
    }
}

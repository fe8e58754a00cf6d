//! Case and accent folding, so "Rançongiciel", "RANCONGICIEL" and "rancongiciel" compare equal.
//!
//! Hand-written for the Latin letters that French and English news use: pulling in full Unicode
//! normalisation for this would cost a dependency and speed on every article.

/// A folded copy of a text that remembers where each folded byte came from.
#[derive(Debug, Clone, Default)]
pub(crate) struct Folded {
    /// The folded text (lower case, accents removed, typographic apostrophes and dashes made plain).
    pub text: String,
    /// Where folded and original offsets stop moving together: (folded offset, original offset) at
    /// the start of each non-ASCII character folded to something else and just after it. ASCII
    /// text needs none, which keeps folding of English news at memcpy speed.
    marks: Vec<(u32, u32)>,
    original_len: usize,
}

impl Folded {
    /// Folds `original`, keeping the offset marks.
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut marks = Vec::new();
        let mut rest = original;
        let mut at = 0;
        while !rest.is_empty() {
            // Copy the ASCII run in one go, then fold one non-ASCII character.
            let ascii = rest
                .bytes()
                .position(|b| !b.is_ascii())
                .unwrap_or(rest.len());
            let from = text.len();
            text.push_str(&rest[..ascii]);
            text[from..].make_ascii_lowercase();
            at += ascii;
            rest = &rest[ascii..];
            // A run of table lines ('─', '│') folds to itself and moves no offset: copied in one
            // go, without marks (an advisory's tables hold a hundred thousand '─').
            let table = table_run(rest);
            text.push_str(&rest[..table]);
            at += table;
            rest = &rest[table..];
            if table == 0
                && let Some(c) = rest.chars().next()
            {
                let (from, len) = (text.len(), c.len_utf8());
                push_folded(&mut text, c);
                // Any other character folded to itself ('«', '€') needs no mark either.
                if !text.as_bytes()[from..].iter().eq(&rest.as_bytes()[..len]) {
                    // Offsets fit in u32: article texts are far below 4 GiB.
                    marks.push((from as u32, at as u32));
                    marks.push((text.len() as u32, (at + len) as u32));
                }
                at += len;
                rest = &rest[len..];
            }
        }
        Folded {
            text,
            marks,
            original_len: original.len(),
        }
    }

    /// The original byte range of the folded range `start..end`.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.original_offset(start);
        let e = self.original_offset(end).min(self.original_len);
        (s, e.max(s))
    }

    /// The folded offset of the original byte offset `original` (its character's start).
    pub fn folded_offset(&self, original: usize) -> usize {
        let original = original.min(self.original_len) as u32;
        let i = self.marks.partition_point(|&(_, o)| o <= original);
        match i.checked_sub(1).map(|j| self.marks[j]) {
            None => original as usize,
            Some((f, o)) => (f + (original - o)) as usize,
        }
    }

    fn original_offset(&self, folded: usize) -> usize {
        // Inside a character folded to itself (it has no marks), snap to its start, as inside
        // an expansion.
        let mut folded = folded;
        while folded < self.text.len() && !self.text.is_char_boundary(folded) {
            folded -= 1;
        }
        let folded = folded as u32;
        // The last mark at or before `folded`; inside an expansion ("oe" from "œ") snap to its start.
        let i = self.marks.partition_point(|&(f, _)| f <= folded);
        match i.checked_sub(1).map(|j| self.marks[j]) {
            None => folded as usize,
            Some((f, o)) => {
                let next = self.marks.get(i).copied();
                let inside = i % 2 == 1 && next.is_some_and(|(nf, _)| folded < nf);
                if inside {
                    o as usize
                } else {
                    (o + (folded - f)) as usize
                }
            }
        }
    }
}

/// Folds a short string (a name, an alias, what the user typed).
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(&mut out, s);
    out
}

/// Appends `s` folded to `out` (a buffer reused across many names).
pub(crate) fn fold_into(out: &mut String, s: &str) {
    // An ASCII run is copied and lowered in one go, as `Folded::new` does: a call per character
    // was a tenth of a story profile (callgrind), most words being ASCII.
    let mut rest = s;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let from = out.len();
        out.push_str(&rest[..ascii]);
        out[from..].make_ascii_lowercase();
        rest = &rest[ascii..];
        let table = table_run(rest);
        out.push_str(&rest[..table]);
        rest = &rest[table..];
        if table == 0
            && let Some(c) = rest.chars().next()
        {
            push_folded(out, c);
            rest = &rest[c.len_utf8()..];
        }
    }
}

/// True for the box drawing and block elements html2text draws tables with ('─', '│', '┼',
/// '█'): they have no case, fold to themselves, and are no part of a word.
pub(crate) fn is_table_char(c: char) -> bool {
    matches!(c, '\u{2500}'..='\u{259f}')
}

/// The length in bytes of the table character that opens `bytes`, if one does (three bytes in
/// UTF-8: E2 94 80 to E2 96 9F).
pub(crate) fn table_char_len(bytes: &[u8]) -> Option<usize> {
    match bytes.get(..3)? {
        [0xE2, 0x94 | 0x95, _] => Some(3),
        [0xE2, 0x96, b] if *b <= 0x9F => Some(3),
        _ => None,
    }
}

/// The length in bytes of the run of table characters `s` opens with.
fn table_run(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut n = 0;
    while let Some(len) = table_char_len(&bytes[n..]) {
        n += len;
    }
    n
}

/// True for characters that make up words: a match must not continue into one.
pub(crate) fn is_word_char(c: char) -> bool {
    is_alphanumeric(c) || c == '_'
}

/// `char::is_alphanumeric`, without searching Unicode's tables for ASCII, for the Latin-1 letters
/// French writes (é, à, ç, ô…) or for the box drawing and block elements html2text draws tables
/// with: an advisory's hundred thousand '─' were read through the tables by every word splitter,
/// a twentieth of the suggester's time, and accented letters a sixtieth of a story profile's.
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if ('\u{c0}'..='\u{ff}').contains(&c) {
        // Every Latin-1 character from À on is a letter but the two signs.
        return c != '×' && c != '÷';
    }
    !is_table_char(c) && c.is_alphanumeric()
}

fn push_folded(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    let mapped = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'ç' | 'Ç' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ñ' | 'Ñ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' | 'Ÿ' => "y",
        'œ' | 'Œ' => "oe",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        '\u{2018}' | '\u{2019}' | '\u{02bc}' | '\u{2032}' => "'",
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => "-",
        '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{2007}' => " ",
        _ => "",
    };
    if mapped.is_empty() {
        match c {
            // Box drawing and block elements (html2text draws tables with them: one fixture
            // article holds 350,000 '─') have no case: searching the general lower-casing table
            // for each was a tenth of the suggester's time.
            c if is_table_char(c) => out.push(c),
            _ => out.extend(c.to_lowercase()),
        }
    } else {
        out.push_str(mapped);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_french_accents_and_case() {
        assert_eq!(fold("Rançongiciel"), "rancongiciel");
        assert_eq!(fold("DÉNI de SERVICE"), "deni de service");
        assert_eq!(fold("Œuvre d’art"), "oeuvre d'art");
    }

    #[test]
    fn folding_into_a_buffer_folds_as_folding_character_by_character() {
        for s in [
            "",
            "ABC déf",
            "Œdipe’s ÉTÉ",
            "x\u{2013}y\u{a0}z",
            "İstanbul",
            "plain",
        ] {
            let mut out = String::from("kept ");
            fold_into(&mut out, s);
            let mut one_by_one = String::from("kept ");
            s.chars().for_each(|c| push_folded(&mut one_by_one, c));
            assert_eq!(out, one_by_one, "{s:?}");
        }
    }

    #[test]
    fn folds_a_table_s_lines_as_lower_casing_does() {
        assert_eq!(fold("│ Nom ┼ Date │"), "│ nom ┼ date │");
        for c in '\u{2480}'..='\u{25ff}' {
            let mut folded = String::new();
            push_folded(&mut folded, c);
            let lowered: String = c.to_lowercase().collect();
            assert_eq!(folded, lowered, "{c:?}");
        }
    }

    #[test]
    fn table_characters_are_told_by_their_bytes() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let mut buffer = [0; 4];
            let bytes = c.encode_utf8(&mut buffer).as_bytes();
            assert_eq!(table_char_len(bytes).is_some(), is_table_char(c), "{c:?}");
        }
    }

    #[test]
    fn every_character_is_alphanumeric_as_the_standard_library_says() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn maps_offsets_across_characters_folded_to_themselves() {
        // '─' and '«' keep their bytes (no mark); 'É' and 'œ' do not.
        let original = "│ ─── « Été » ─ Œuvre ─";
        let f = Folded::new(original);
        for word in ["ete", "oeuvre", "«", "─ oe"] {
            let at = f.text.find(word).unwrap_or(0);
            let (s, e) = f.original_range(at, at + word.len());
            assert_eq!(fold(&original[s..e]), word);
        }
        // Inside a character, an offset snaps to its start, as with a mark.
        let at = f.text.find('«').unwrap_or(0);
        assert_eq!(f.original_range(at + 1, at + 1), (at, at));
        for (i, _) in original.char_indices() {
            assert_eq!(f.original_range(f.folded_offset(i), f.text.len()).0, i);
        }
    }

    #[test]
    fn maps_folded_offsets_back_to_the_original() {
        let original = "Le rançongiciel Œdipe";
        let f = Folded::new(original);
        let at = f.text.find("oedipe").unwrap_or(0);
        let (s, e) = f.original_range(at, at + "oedipe".len());
        assert_eq!(&original[s..e], "Œdipe");
        let at = f.text.find("rancongiciel").unwrap_or(0);
        let (s, e) = f.original_range(at, at + "rancongiciel".len());
        assert_eq!(&original[s..e], "rançongiciel");
        let (s, e) = f.original_range(0, 2);
        assert_eq!(&original[s..e], "Le");
    }
}

//! Case and accent folding, so "Rançongiciel", "RANCONGICIEL" and "rancongiciel" compare equal.
//!
//! Hand-written for the Latin letters that French and English news use: pulling in full Unicode
//! normalisation for this would cost a dependency and speed on every article.

/// A folded copy of a text that remembers where each folded byte came from.
#[derive(Debug, Clone, Default)]
pub(crate) struct Folded {
    /// The folded text (lower case, accents removed, typographic apostrophes and dashes made plain).
    pub text: String,
    /// For each byte of `text`, the byte offset in the original of the character that produced it;
    /// one extra entry holds the original's length.
    map: Vec<u32>,
}

impl Folded {
    /// Folds `original`, keeping the offset map.
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        for (at, c) in original.char_indices() {
            push_folded(&mut text, c);
            // Offsets fit in u32: article texts are far below 4 GiB.
            map.resize(text.len(), at as u32);
        }
        map.push(original.len() as u32);
        Folded { text, map }
    }

    /// The original byte range of the folded range `start..end`.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let s = self.map.get(start).copied().unwrap_or(0) as usize;
        let e = self.map.get(end).copied().unwrap_or(0) as usize;
        (s, e.max(s))
    }
}

/// Folds a short string (a name, an alias, what the user typed).
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_folded(&mut out, c);
    }
    out
}

/// True for characters that make up words: a match must not continue into one.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
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
        out.extend(c.to_lowercase());
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
    fn maps_folded_offsets_back_to_the_original() {
        let original = "Le rançongiciel Œdipe";
        let f = Folded::new(original);
        let at = f.text.find("oedipe").unwrap_or(0);
        let (s, e) = f.original_range(at, at + "oedipe".len());
        assert_eq!(&original[s..e], "Œdipe");
    }
}

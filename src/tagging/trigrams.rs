//! Which three-byte sequences a text holds: a name with one that is not there cannot occur in it,
//! so the matcher for one article need only hold the names that pass (see `Suggester::suggest_once`).

/// Which three-byte sequences occur in some texts, hashed into 2^16 bits. A name with a sequence
/// that is not there cannot occur in them; a false positive only adds a name to the automaton.
pub(crate) struct Trigrams {
    bits: Vec<u64>,
}

impl Default for Trigrams {
    fn default() -> Self {
        Trigrams {
            bits: vec![0; (1 << Self::BITS) / 64],
        }
    }
}

impl Trigrams {
    const BITS: u32 = 16;

    fn slot(w: &[u8]) -> (usize, u64) {
        let key = u32::from(w[0]) | u32::from(w[1]) << 8 | u32::from(w[2]) << 16;
        // Fibonacci hashing: the top bits of the product mix all three bytes.
        let h = (key.wrapping_mul(0x9E37_79B9) >> (32 - Self::BITS)) as usize;
        (h / 64, 1 << (h % 64))
    }

    /// Records the sequences of a (folded) text.
    pub fn add(&mut self, text: &str) {
        for w in text.as_bytes().windows(3) {
            let (i, bit) = Self::slot(w);
            self.bits[i] |= bit;
        }
    }

    /// False only when `name` cannot occur in the texts added (a name shorter than three bytes may).
    pub fn may_contain(&self, name: &str) -> bool {
        name.as_bytes().windows(3).all(|w| {
            let (i, bit) = Self::slot(w);
            self.bits[i] & bit != 0
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_passes_only_when_all_its_sequences_are_in_the_text() {
        let mut grams = Trigrams::default();
        grams.add("la mairie de caen");
        grams.add("hit by lockbit");
        for name in ["mairie", "caen", "lockbit", "hit by", "de", "a"] {
            assert!(grams.may_contain(name), "{name}");
        }
        // Across the two texts, or absent: not there.
        assert!(!grams.may_contain("caenhit"));
        assert!(!grams.may_contain("ransomware"));
    }
}

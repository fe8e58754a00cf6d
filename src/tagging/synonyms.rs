//! Search across languages: a word that names an attack type, a sector or a country also finds the
//! articles that name it in the other language ("rançongiciel" finds "ransomware", "santé" finds
//! "health"), through the vocabulary's bilingual labels.
use super::fold::fold;
use super::vocab::Vocabulary;

impl Vocabulary {
    /// The other one-word names of the concept whose label `word` is (its id and its English and
    /// French labels), folded; empty when `word` is no label. Synonyms are not followed: they are
    /// suggestion cues ("cryptés" for ransomware, "mairie" for local government), which would turn
    /// a search for one word into a search for a whole field.
    pub fn search_synonyms(&self, word: &str) -> Vec<String> {
        let typed = fold(word);
        if typed.chars().count() < 3 {
            return Vec::new();
        }
        let entries = self
            .attack_types()
            .iter()
            .map(|a| (&a.id, &a.en, &a.fr))
            .chain(self.sectors().iter().map(|s| (&s.id, &s.en, &s.fr)))
            .chain(self.countries().iter().map(|c| (&c.code, &c.en, &c.fr)));
        let mut out: Vec<String> = Vec::new();
        for (id, en, fr) in entries {
            let one_word = |s: &&String| !s.contains(char::is_whitespace);
            if ![id, en, fr].into_iter().any(|n| fold(n) == typed) {
                continue;
            }
            // A country's id is its code ("FR"): a word search for it would find "fr" anywhere.
            let id = (id.chars().count() > 2).then_some(id);
            for label in id.into_iter().chain([en, fr]).filter(one_word) {
                let label = fold(label);
                if label != typed && !out.contains(&label) {
                    out.push(label);
                }
            }
        }
        out
    }

    /// For each word of a search (not `=word`, which asks for that word only), the other names
    /// [`Vocabulary::search_synonyms`] gives it; words without any are left out.
    pub fn query_synonyms(&self, query: &str) -> Vec<(String, Vec<String>)> {
        query
            .split_whitespace()
            .filter(|w| !w.starts_with('='))
            .filter_map(|w| {
                let others = self.search_synonyms(w);
                (!others.is_empty()).then(|| (w.to_owned(), others))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::Vocabulary;

    #[test]
    fn a_french_or_english_name_offers_the_other_language() {
        let vocab = Vocabulary::bundled().unwrap();
        assert_eq!(vocab.search_synonyms("rançongiciel"), ["ransomware"]);
        assert_eq!(vocab.search_synonyms("RANSOMWARE"), ["rancongiciel"]);
        assert!(
            vocab
                .search_synonyms("Allemagne")
                .contains(&"germany".to_owned())
        );
        assert!(vocab.search_synonyms("mairie").is_empty());
        assert!(vocab.search_synonyms("fr").is_empty());
    }
}

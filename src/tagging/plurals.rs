//! Plurals of the vocabulary's attack phrases as the press writes them in English: "data
//! breaches", "phishing campaigns". Single words already match their plural
//! in -s (`suggest.rs`); a phrase ends in its noun, which takes the plural. Only the English
//! nouns of an attack take it (a French phrase puts its plural on its first word, « fuites de
//! données », which the vocabulary lists), and only by a suffix, so the singular stays a prefix of
//! the plural: the one-article suggester's three-letter filter then admits both or neither.

/// English nouns that end an attack phrase, and the suffix of their plural. Not "attack":
/// "ransomware attacks" is how the press speaks of attacks in general ("Ransomware attacks are
/// launched by hackers who…", a gang's earlier attacks), and on the development split the one
/// plural it matched was such a mention.
#[rustfmt::skip]
const NOUNS: &[(&str, &str)] = &[
    ("breach", "es"), ("leak", "s"), ("campaign", "s"), ("theft", "s"), ("package", "s"),
    ("compromise", "s"), ("takeover", "s"),
];

/// The plural of a folded phrase of several words whose last word is an attack noun.
pub(crate) fn phrase_plural(folded: &str) -> Option<String> {
    let (_, last) = folded.rsplit_once(' ')?;
    let (_, suffix) = NOUNS.iter().find(|(noun, _)| *noun == last)?;
    Some(format!("{folded}{suffix}"))
}

#[cfg(test)]
mod tests {
    use super::phrase_plural;

    #[test]
    fn english_attack_phrases_take_the_plural_on_their_noun() {
        assert_eq!(
            phrase_plural("data breach").as_deref(),
            Some("data breaches")
        );
        assert_eq!(
            phrase_plural("phishing campaign").as_deref(),
            Some("phishing campaigns")
        );
        assert_eq!(phrase_plural("ransomware attack"), None);
        assert_eq!(phrase_plural("fuite de donnees"), None);
        assert_eq!(phrase_plural("breach"), None);
    }
}

//! The victim named again by its kind (round s36bsector): once the lead has named the victim, the
//! next sentences take it up with a definite description whose head is its trade, as the subject
//! of what it says or does ("Co-op customers have had their private data stolen … The high-street
//! retailer said", "and the retailer says", "The fast-casual restaurant chain learned Oct. 31",
//! « Le distributeur a indiqué »). Such a sentence reports no attack, so the lead's sector words
//! skipped it; it says what the victim is.

/// Sentences of the text (after its first) where the victim is taken up by its kind.
pub(crate) const SENTENCES: usize = 4;

/// Determiners that make the description definite.
const DETERMINERS: &[&str] = &["the", "le", "la", "l'", "l’"];

/// What may open the clause before the determiner: the sentence's start, or a conjunction.
const CLAUSE_OPENERS: &[&str] = &["and", "et", "but", "mais"];

/// Nouns a trade's word may qualify and still name the victim ("the restaurant chain").
const KIND_NOUNS: &[&str] = &[
    "chain", "group", "company", "firm", "giant", "chaine", "groupe", "enseigne", "societe",
];

/// Words after the description that show it is no subject: it is a complement or a list's item.
#[rustfmt::skip]
const NOT_A_SUBJECT: &[&str] = &[
    "of", "in", "on", "at", "for", "to", "from", "with", "and", "or", "sector", "industry",
    "de", "du", "des", "d'", "d’", "à", "au", "aux", "en", "et", "ou", "pour", "secteur",
];

/// Whether the sector word at `original[s..e]` heads a definite description that opens its clause
/// (the sentence starts at `from`) and is followed by a verb or a possessive: the subject, the
/// victim taken up again. At most two lower-case words (adjectives) stand between the determiner
/// and the word; a capitalised one makes it a name.
pub(crate) fn takes_up_the_victim(original: &str, from: usize, s: usize, e: usize) -> bool {
    if original[s..].starts_with(char::is_uppercase) {
        return false;
    }
    let before: Vec<&str> = original[from..s].split_whitespace().collect();
    let Some(at) = before.iter().rposition(|w| {
        DETERMINERS.contains(&w.to_lowercase().as_str()) || w.ends_with(['\'', '’'])
    }) else {
        return false;
    };
    let determiner = before[at].to_lowercase();
    let elided = determiner.ends_with(['\'', '’']);
    if elided && !DETERMINERS.iter().any(|d| determiner.ends_with(d)) {
        return false;
    }
    let adjectives = &before[at + 1..];
    let opens = at == 0
        || CLAUSE_OPENERS.contains(&before[at - 1].to_lowercase().as_str())
        || before[at - 1].ends_with(',');
    if !opens
        || adjectives.len() > 2
        || adjectives
            .iter()
            .any(|w| !w.chars().all(|c| c.is_lowercase() || c == '-'))
    {
        return false;
    }
    // The elided determiner is glued to the word (« L'hôpital »): the word is the description.
    if elided && !adjectives.is_empty() {
        return false;
    }
    let rest = &original[e..];
    if rest.starts_with("'s") || rest.starts_with("’s") {
        return true;
    }
    let mut next = rest.split_whitespace();
    let mut word = next.next().unwrap_or("");
    if KIND_NOUNS.contains(&word.to_lowercase().as_str()) {
        word = next.next().unwrap_or("");
    }
    !rest.starts_with(|c: char| c.is_alphanumeric())
        && rest.starts_with(' ')
        && word.starts_with(char::is_lowercase)
        && !NOT_A_SUBJECT.contains(&word.to_lowercase().as_str())
        // « le centre hospitalier d’Armentière »: an elided preposition or article opens a
        // complement, no verb.
        && !word.contains(['\'', '’'])
}

#[cfg(test)]
mod tests {
    use super::takes_up_the_victim;

    fn at(sentence: &str, word: &str) -> bool {
        let s = sentence.find(word).unwrap();
        takes_up_the_victim(sentence, 0, s, s + word.len())
    }

    #[test]
    fn a_subject_description_takes_up_the_victim() {
        assert!(at(
            "The high-street retailer said \"malicious\" hacking attempts were ongoing.",
            "retailer"
        ));
        assert!(at(
            "The fast-casual restaurant chain learned Oct. 31 that thieves obtained",
            "restaurant"
        ));
        assert!(at(
            "The attack took place April 9 and the retailer says that the investigation",
            "retailer"
        ));
        assert!(at(
            "The retailer’s centralized customer service system was isolated",
            "retailer"
        ));
        assert!(at(
            "Le distributeur a indiqué que ses magasins restaient ouverts.",
            "distributeur"
        ));
        assert!(at("L'hôpital a déclenché son plan blanc.", "hôpital"));
    }

    #[test]
    fn a_complement_or_a_name_does_not() {
        assert!(!at("Hackers hit the retail sector this week.", "retail"));
        assert!(!at(
            "Brewers Retail owns the retail chain known as The Beer Store",
            "retail"
        ));
        assert!(!at("The Retailer said", "Retailer"));
        assert!(!at("The hospital of Corbeil was hit", "hospital"));
        assert!(!at(
            "Victime d’une cyberattaque le week-end dernier, le centre hospitalier d’Armentière, \
             dans le nord de la France, a été complètement désorganisé.",
            "centre hospitalier"
        ));
    }
}

//! The place of a talk or a conference is where someone spoke, not where a victim is: "Speaking at
//! Fordham University in New York, he admitted that adding backdoors decreases security"
//! (Schneier, the fixture feeds: US), "researchers at Black Hat USA in Las Vegas demonstrated an
//! attack", « s'exprimant lors du Forum international de la cybersécurité à Lille ».
//!
//! Everything here reads the folded text (lower case, no accents).
use super::country_roles::words_before;

/// Words of a talk or an event, in the clause before the place.
#[rustfmt::skip]
const EVENTS: &[&str] = &[
    "speaking", "spoke", "keynote", "conference", "conferences", "summit", "convention",
    "congress", "expo", "webinar", "defcon", "exprimant", "intervenant", "sommet", "salon",
    "congres", "forum",
];

/// Verbs that, between the event's word and the place, start another clause ("The conference
/// said a school in Lille was hacked").
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "said", "says", "told", "reported", "was", "were", "is", "are", "has", "have", "dit",
    "est", "sont", "a", "ont",
];

/// Two-word events ("Black Hat", "DEF CON").
const EVENT_PAIRS: &[(&str, &str)] = &[("black", "hat"), ("def", "con")];

/// Prepositions right before the place.
const AT_A_PLACE: &[&str] = &["in", "a", "en"];

/// How many words of the clause before the place are read.
const CLAUSE_WORDS: usize = 8;

/// Whether the place starting at `start` of the folded `text` closes a clause about a talk or an
/// event held there: a preposition of place right before it, an event's word earlier in its
/// clause.
pub(super) fn an_event_s_place(text: &str, start: usize) -> bool {
    // Most places follow no preposition of place: no clause is read for them (a long advisory
    // names countries by the hundred).
    let before = text[..start].trim_end();
    if !AT_A_PLACE.iter().any(|p| {
        before.ends_with(p)
            && before[..before.len() - p.len()].ends_with(|c: char| !super::fold::is_word_char(c))
    }) {
        return false;
    }
    let words = words_before(text, start, CLAUSE_WORDS);
    if !words
        .first()
        .is_some_and(|w| AT_A_PLACE.contains(&w.as_str()))
    {
        return false;
    }
    // The words from the place back to the first verb: the clause's own phrase.
    let phrase: Vec<&str> = words[1..]
        .iter()
        .map(String::as_str)
        .take_while(|w| !VERBS.contains(w))
        .collect();
    // Nearest first: a pair reads backwards ("hat", then "black").
    phrase.iter().any(|w| EVENTS.contains(w))
        || phrase
            .windows(2)
            .any(|p| EVENT_PAIRS.iter().any(|(a, b)| p[1] == *a && p[0] == *b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::fold::fold;

    fn at(text: &str, place: &str) -> bool {
        let text = fold(text);
        an_event_s_place(&text, text.find(place).unwrap())
    }

    #[test]
    fn a_talk_s_place_en_fr() {
        assert!(at(
            "Speaking at Fordham University in New York, he admitted it.",
            "new york"
        ));
        assert!(at(
            "Researchers at Black Hat USA in Las Vegas demonstrated an attack.",
            "las vegas"
        ));
        assert!(at(
            "S'exprimant lors du Forum international de la cybersécurité à Lille, il a dit.",
            "lille"
        ));
    }

    #[test]
    fn a_victim_s_place_is_not() {
        assert!(!at(
            "A hospital in New York was hit by ransomware.",
            "new york"
        ));
        assert!(!at(
            "The conference said a school in Lille was hacked.",
            "lille"
        ));
    }
}

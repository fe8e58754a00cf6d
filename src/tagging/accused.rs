//! A country that is accused is the attacker's, never the victim's: « Pékin est une fois de plus
//! accusée d'une vaste opération de cyberespionnage », "North Korea was accused of being behind
//! the theft", « sept ressortissants chinois accusés d'avoir mené une campagne ».
//!
//! So is a country whose people are named as the attackers ("Russian hackers target Finland
//! parliament's website": the cue "hackers target" takes the word "hackers", so no attacker cue is
//! left beside the country) or that the attack is said to come from (« la cyberattaque
//! proviendrait de Russie », "traffic originating from China").
//!
//! Everything here reads folded text (lower case, no accents).

/// Words that accuse whoever the clause's subject is.
#[rustfmt::skip]
const ACCUSED: &[&str] = &[
    "accuse", "accusee", "accuses", "accusees", "accused", "blamed", "soupconne", "soupconnee",
    "soupconnes", "soupconnees", "suspected",
];

/// How many words after the country an accusation may stand ("est une fois de plus accusée").
const ACCUSED_WORDS: usize = 6;

/// True when an accusation follows the country ending at `end` in its clause (before a comma,
/// a colon or the sentence's end at `sentence_end`).
pub(crate) fn is_accused(text: &str, end: usize, sentence_end: usize) -> bool {
    // Six words fit in this many bytes; a long advisory's "sentence" is not read to its end.
    let mut stop = sentence_end.max(end).min(end + 160);
    while !text.is_char_boundary(stop) {
        stop -= 1;
    }
    let rest = &text[end..stop];
    let clause = rest.split([',', ':', ';', '(']).next().unwrap_or("");
    clause
        .split(|c: char| !super::fold::is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(ACCUSED_WORDS)
        .any(|w| ACCUSED.contains(&w))
}

/// Nouns for attackers: a people's adjective right before one is the attackers' nationality.
#[rustfmt::skip]
pub(super) const ATTACKER_NOUNS: &[&str] = &[
    "hackers", "hacker", "hackeurs", "attackers", "pirates", "cybercriminals", "cybercriminels",
    "hacktivists", "hacktivistes", "cyberespions", "spies", "espions",
    // Round s26places: "North Korean cyberspies trick developers", "Chinese threat actors".
    "cyberspies", "cyberspy", "operatives", "actors",
];

/// What attackers do, owned by their people: "Saudi attempts to plant fake stories and
/// manipulate political debate" (Schneier, the fixture feeds), "Russian interference",
/// « la désinformation russe » is read the other way by the country rules.
#[rustfmt::skip]
const ATTACKERS_DOINGS: &[&str] = &[
    "attempts", "attempt", "interference", "meddling", "propaganda", "disinformation",
];

/// Words that may stand between a people and its attackers without making them anyone else:
/// "Chinese state hackers breach Canadian telecom network", "Russian-linked hackers target
/// diplomats", "Iranian government-backed hackers".
#[rustfmt::skip]
const ATTACKER_QUALIFIERS: &[&str] = &[
    "state", "sponsored", "backed", "linked", "aligned", "nexus", "government", "nation",
    "military", "threat", "apt", "cyber",
];

/// How many qualifiers may stand between the people and its attackers.
const QUALIFIERS: usize = 3;

/// True when the word right after the country ending at `end`, or after a few qualifiers
/// joined by spaces or hyphens, names attackers ("russian hackers", "chinese state hackers",
/// "russian-linked hackers").
pub(crate) fn names_attackers(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    if !rest.starts_with([' ', '-']) {
        return false;
    }
    // Words joined by a space or a hyphen, read lazily (a feed's text may hold megabytes without
    // a stop after the country): a comma or a full stop ends the phrase.
    let mut words = rest.split([' ', '-']).filter(|w| !w.is_empty());
    for _ in 0..=QUALIFIERS {
        let Some(w) = words.next() else { return false };
        let whole = w
            .find(|c: char| !super::fold::is_word_char(c))
            .unwrap_or(w.len());
        let word = &w[..whole];
        if ATTACKER_NOUNS.contains(&word) || ATTACKERS_DOINGS.contains(&word) {
            return true;
        }
        if whole < w.len() || !ATTACKER_QUALIFIERS.contains(&word) {
            return false;
        }
    }
    false
}

/// Words that say where an attack comes from, right before the country they name.
#[rustfmt::skip]
const ORIGINS: &[&str] = &[
    "proviendrait de", "proviendraient de", "provient de", "proviennent de", "provenant de",
    "provenait de", "en provenance de", "originating from", "originated from", "originates from",
    "originated in", "emanating from", "emanant de",
    // « les campagnes de cyber-espionnage les plus grandes venant de la Chine » (eleventh split).
    "venant de", "venant du", "venue de", "venues de", "coming from",
    // « un espionnage relativement intense de la part de la Chine » (twenty-fifth split), "the
    // hacking … at the behest of China" (eleventh).
    "de la part de", "de la part du", "de la part des", "at the behest of",
];

/// True when the country starting at `start` is where the attack is said to come from.
pub(crate) fn is_the_origin(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    // « de la Russie », « de l'Iran »: the article after the preposition.
    let before = ["la", "l'", "le"]
        .iter()
        .find_map(|a| {
            before
                .strip_suffix(a)
                .filter(|b| b.ends_with(' ') || a.ends_with('\''))
        })
        .map_or(before, str::trim_end);
    // « venant vraisemblablement de Chine », "probably coming from": an adverb of likelihood may
    // stand before the preposition.
    let hedged = without_adverb(before);
    [Some(before), hedged.as_deref()]
        .into_iter()
        .flatten()
        .any(|before| {
            ORIGINS.iter().any(|o| {
                before.ends_with(o)
                    && before[..before.len() - o.len()]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !super::fold::is_word_char(c))
            })
        })
}

/// `before` (which ends with a preposition) without the adverb right before its preposition
/// (« vraisemblablement », "likely"), if there is one.
fn without_adverb(before: &str) -> Option<String> {
    let (head, preposition) = before.rsplit_once(' ')?;
    let (rest, adverb) = head.rsplit_once(' ')?;
    (adverb.len() > 4 && (adverb.ends_with("ment") || adverb.ends_with("ly")))
        .then(|| format!("{rest} {preposition}"))
}

#[cfg(test)]
mod tests {
    use super::{is_accused, is_the_origin, names_attackers};

    fn after(text: &str, word: &str) -> usize {
        text.find(word).unwrap() + word.len()
    }

    #[test]
    fn a_people_named_as_the_attackers_is_theirs_en_fr() {
        let t = "russian hackers target finland parliament's website";
        assert!(names_attackers(t, after(t, "russian")));
        assert!(!names_attackers(t, after(t, "finland")));
        let t = "les cyberespions russes s'attaquent aux diplomates europeens";
        assert!(!names_attackers(t, after(t, "europeens")));
        let t = "the finnish parliament said";
        assert!(!names_attackers(t, after(t, "finnish")));
    }

    #[test]
    fn a_people_before_qualified_attackers_is_theirs_en() {
        // Fifteenth split: the attackers' people, a qualifier between.
        let t = "chinese state hackers breach canadian telecom network for espionage";
        assert!(names_attackers(t, after(t, "chinese")));
        assert!(!names_attackers(t, after(t, "canadian")));
        let t = "north korean cyberspies trick developers into installing malware";
        assert!(names_attackers(t, after(t, "north korean")));
        // Twelfth split: a hyphen joins the qualifier.
        let t = "russian-linked hackers target diplomats with wine-themed phishing";
        assert!(names_attackers(t, after(t, "russian")));
        // A people's state, media or government is no attacker.
        let t = "the russian state media reported";
        assert!(!names_attackers(t, after(t, "russian")));
        let t = "the german government, hackers said";
        assert!(!names_attackers(t, after(t, "german")));
    }

    #[test]
    fn where_an_attack_comes_from_is_the_attacker_s_country_fr_en() {
        let t = "selon des informations obtenues par rtl, la cyberattaque proviendrait de russie.";
        assert!(is_the_origin(t, t.find("russie").unwrap()));
        let t = "ddos traffic originating from china hit the bank";
        assert!(is_the_origin(t, t.find("china").unwrap()));
        let t = "l'attaque provenait de l'iran";
        assert!(is_the_origin(t, t.find("iran").unwrap()));
        let t = "la mairie de nice a ete piratee";
        assert!(!is_the_origin(t, t.find("nice").unwrap()));
    }

    #[test]
    fn an_accused_country_is_the_attacker() {
        let t = "pekin est une fois de plus accusee d'une vaste operation";
        assert!(is_accused(t, "pekin".len(), t.len()));
        let t = "sept ressortissants chinois accuses d'avoir mene une campagne";
        let e = t.find("chinois").unwrap() + "chinois".len();
        assert!(is_accused(t, e, t.len()));
        let t = "a french hospital, which accused nobody";
        let e = t.find("french").unwrap() + "french".len();
        assert!(!is_accused(t, e, t.len()));
    }
}

//! A sector word that names whom the fraudsters pose as, not whom they hit: "luring victims to
//! fake bank websites", « se faire passer au téléphone pour des agents anti-fraude de banques »,
//! "tools to imitate legitimate websites such as banks", « des SMS … imitant à la perfection les
//! communications officielles des grandes banques ». The victims are the customers deceived
//! (`../shared/TAGGING.md`: an impersonated organisation is not a target).
//!
//! Everything here reads the folded text (lower case, no accents).
use super::fold::is_word_char;

/// Words that make what follows them an imitation (a phrase is matched as its words).
#[rustfmt::skip]
const POSING: &[&[&str]] = &[
    &["fake"], &["faux"], &["fausse"], &["fausses"], &["bogus"], &["spoofed"], &["lookalike"],
    &["imitate"], &["imitating"], &["imitates"], &["imitant"], &["imiter"], &["impersonate"],
    &["impersonating"], &["usurpant"], &["mimicking"], &["posing", "as"],
    &["pretending", "to", "be"], &["faire", "passer"], &["faisant", "passer"],
];

/// Words that end the imitation's object: a new clause, or the real target named after it.
#[rustfmt::skip]
const ENDS: &[&str] = &[
    "qui", "which", "who", "that", "afin", "victims", "victimes", "customers", "clients", "but",
    "mais", "then", "puis",
];

/// How many words after a word of imitation its object may run.
const OBJECT_WORDS: usize = 8;

/// True when the sector word at folded `start` is the object of a word of imitation before it in
/// its sentence (from `sentence_start`).
pub(crate) fn posed_as(text: &str, sentence_start: usize, start: usize) -> bool {
    // A colon or a dash opens another clause: « fausses explosions : le site d'un lycée ».
    let clause = &text[sentence_start..start];
    let clause = &clause[clause
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ':' | ';' | '(' | ')' | '–' | '—'))
        .map_or(0, |(i, c)| i + c.len_utf8())..];
    let before: Vec<&str> = clause
        .rsplit(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(OBJECT_WORDS + 2)
        .collect();
    // Nearest first: the object runs back from the sector word to the word of imitation.
    for i in 0..before.len().min(OBJECT_WORDS + 1) {
        if ENDS.contains(&before[i]) {
            return false;
        }
        let ends_a_posing = POSING.iter().any(|p| {
            p.len() <= before.len() - i
                && p.iter().rev().enumerate().all(|(k, w)| before[i + k] == *w)
        });
        if ends_a_posing {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn posed(text: &str, word: &str) -> bool {
        posed_as(text, 0, text.find(word).unwrap())
    }

    #[test]
    fn the_kind_fraudsters_pose_as_is_not_hit() {
        assert!(posed(
            "phishing gang that stole millions by luring victims to fake bank websites",
            "bank"
        ));
        assert!(posed(
            "une escroquerie consistant a se faire passer au telephone pour des agents anti-fraude de banques",
            "banques"
        ));
        assert!(posed(
            "ready-made tools to imitate legitimate websites such as banks, cloud services",
            "banks"
        ));
        // Near misses: the bank itself hit, a hospital defrauded after the fake invoices, a
        // school's site after a colon (eighth split).
        assert!(!posed(
            "croix gammee et fausses explosions : le site d'un lycee pres de lyon",
            "lycee"
        ));
        assert!(!posed("hackers hit a bank in Lagos", "bank"));
        assert!(!posed(
            "they sent fake invoices that defrauded the hospital",
            "hospital"
        ));
    }
}

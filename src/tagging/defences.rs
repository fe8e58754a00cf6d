//! An attack word that qualifies a defence, not an attack: "Mandate MFA, ideally
//! phishing-resistant MFA, for privileged users" (CISA's red team advisory, the fixture feeds),
//! "ransomware-resilient backups", « une authentification résistante au phishing ». Advice and
//! product prose say what a control withstands; nothing was attacked.
//!
//! Everything here reads the folded text (lower case, no accents).

/// What follows an attack word that names what a control withstands ("phishing-resistant").
#[rustfmt::skip]
const AFTER: &[&str] = &[
    "-resistant", " resistant", "-resilient", " resilient", "-proof", " proof", "-resistance",
    " resistance", "-resilience", " resilience",
];

/// The prepositions between such an adjective and the attack word after it ("resistant to
/// phishing", « résistante au phishing », « résistants à l'hameçonnage »).
const PREPOSITIONS: &[&str] = &["to", "against", "au", "aux", "a", "a l'", "a la"];

/// The adjectives before them (folded): not "resisted", a victim that fought an attack off.
#[rustfmt::skip]
const ADJECTIVES: &[&str] = &[
    "resistant", "resistante", "resistants", "resistantes", "resilient", "resiliente",
    "resilients", "resilientes", "resistance", "resilience",
];

/// Whether the attack word at `start..end` of the folded `text` names what a defence withstands.
pub(super) fn withstood(text: &str, start: usize, end: usize) -> bool {
    if AFTER.iter().any(|a| text[end..].starts_with(a)) {
        return true;
    }
    let before = text[..start].trim_end();
    PREPOSITIONS.iter().any(|p| {
        before
            .strip_suffix(p)
            .filter(|rest| rest.ends_with(' '))
            .is_some_and(|rest| ADJECTIVES.contains(&super::analyse::last_word(rest.trim_end())))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::fold::fold;

    fn at(text: &str, word: &str) -> bool {
        let text = fold(text);
        let start = text.find(word).unwrap();
        withstood(&text, start, start + word.len())
    }

    #[test]
    fn what_a_control_withstands_is_no_attack_en_fr() {
        assert!(at(
            "Mandate MFA, ideally phishing-resistant MFA, for privileged users.",
            "phishing"
        ));
        assert!(at(
            "Keep ransomware-resilient backups offline.",
            "ransomware"
        ));
        assert!(at(
            "Une authentification résistante au phishing est exigée.",
            "phishing"
        ));
        assert!(at(
            "Use passkeys, which are resistant to phishing.",
            "phishing"
        ));
    }

    #[test]
    fn an_attack_that_happened_stays_one() {
        assert!(!at(
            "Employees fell for a phishing email that stole their passwords.",
            "phishing"
        ));
        assert!(!at(
            "The hospital resisted a ransomware attack last week.",
            "ransomware"
        ));
    }
}

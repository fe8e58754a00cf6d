//! A headline whose subject is one attack acting on what it hit tells an incident, whatever
//! share it gives of the harm: "Ransomware Attack Hampers Prescription Drug Sales at 90% of US
//! Pharmacies" (Slashdot, the fixture feeds: Change Healthcare), « Une cyberattaque paralyse
//! 80 % des distributeurs ». A count's title makes the share its subject or counts attacks in the
//! plural: "73% of Indian organisations hit by ransomware attacks", "Ransomware attacks decreased
//! 61% in 2022".
//!
//! Everything here reads the folded title (lower case, no accents).

/// One attack, in the singular, as a headline's subject.
#[rustfmt::skip]
const ONE_ATTACK: &[&str] = &[
    "attack", "cyberattack", "cyber-attack", "hack", "breach", "cyberattaque", "cyber-attaque",
    "attaque", "piratage",
];

/// Verbs by which an attack acts on what it hit, in the present of a headline.
#[rustfmt::skip]
const ACTS: &[&str] = &[
    "hampers", "hits", "disrupts", "cripples", "paralyzes", "paralyses", "halts", "knocks",
    "shuts", "forces", "affects", "impacts", "delays", "leaves", "takes", "exposes", "strikes",
    "paralyse", "touche", "perturbe", "prive", "frappe", "affecte", "bloque", "handicape",
];

/// How far into the headline its subject's attack may stand ("Ransomware Attack", « Une
/// cyberattaque », "Massive Ransomware Attack").
const SUBJECT_WORDS: usize = 4;

/// Whether the folded headline opens on one attack followed by a verb of what it did.
pub(super) fn one_attack_acts(title: &str) -> bool {
    let words: Vec<&str> = title
        .split(|c: char| !super::fold::is_word_char(c) && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .take(SUBJECT_WORDS)
        .any(|w| ONE_ATTACK.contains(&w[0]) && ACTS.contains(&w[1]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::fold::fold;

    #[test]
    fn one_attack_acting_is_an_incident_en_fr() {
        assert!(one_attack_acts(&fold(
            "Ransomware Attack Hampers Prescription Drug Sales at 90% of US Pharmacies"
        )));
        assert!(one_attack_acts(&fold(
            "Une cyberattaque paralyse 80 % des distributeurs de la région"
        )));
    }

    #[test]
    fn a_count_of_attacks_is_not() {
        assert!(!one_attack_acts(&fold(
            "73% of Indian organisations hit by ransomware attacks last year: report"
        )));
        assert!(!one_attack_acts(&fold(
            "Ransomware attacks hit 60% of companies"
        )));
        assert!(!one_attack_acts(&fold(
            "Ransomware attack costs rise 10% in 2024"
        )));
    }
}

//! "Ransomware" as the press uses it to describe who did it ("ransomware gang Rhysida", "the Clop
//! ransomware group", « le gang de rançongiciel LockBit ») rather than what happened.
//! `../shared/TAGGING.md`: ransomware is encryption, or a ransomware brand *with a ransom to restore
//! access*; a gang that steals and leaks data is extortion. So such a description does not give
//! ransomware when the article says data was stolen and speaks of no ransom
//! (`analyse::AttackWords::settle`).
//!
//! Everything here reads folded text (lower case, no accents).

/// Words after "ransomware" that make it a description of a group ("ransomware gang").
#[rustfmt::skip]
const GROUP_AFTER: &[&str] = &[
    "gang", "gangs", "group", "groups", "groupe", "groupes", "crew", "operators", "operator",
    "actor", "actors", "outfit", "cartel", "affiliate", "affiliates",
];

/// Words before "rançongiciel" that make it a description of a group (« gang de rançongiciel »).
#[rustfmt::skip]
const GROUP_BEFORE: &[&str] = &[
    "gang de", "gang du", "groupe de", "groupe du", "operateurs de", "operateurs du", "gangs de",
    "groupes de",
];

/// Words after "ransomware" that say an attack by ransomware took place ("ransomware attack",
/// "a ransomware infection"), whoever is named next to it.
#[rustfmt::skip]
const ATTACK_AFTER: &[&str] = &[
    "attack", "attacks", "infection", "infections", "incident", "attaque", "attaques",
];

/// Words before "ransomware" that say the same (« attaque par rançongiciel », "deployed
/// ransomware", « ont utilisé le rançongiciel »).
#[rustfmt::skip]
const ATTACK_BEFORE: &[&str] = &[
    "attaque par", "attaques par", "attaque au", "attaques au", "deployed", "deploying",
    "deployer", "deploye", "used the", "utilise le", "utilise", "infecte par", "infected with",
];

/// True when the ransomware word at `start..end` of the folded `text` describes a group: its
/// term is "ransomware gang" or "ransomware group", or a group word stands right next to it.
pub(crate) fn describes_group(text: &str, start: usize, end: usize) -> bool {
    let term = &text[start..end];
    if GROUP_AFTER.iter().any(|w| {
        term.strip_suffix(w)
            .is_some_and(|head| head.ends_with(' ') || head.ends_with('-'))
    }) {
        return true;
    }
    let before = text[..start].trim_end();
    GROUP_AFTER.contains(&next_word(text, end))
        || GROUP_BEFORE.iter().any(|p| ends_with_words(before, p))
}

/// True when the ransomware word at `start..end` names an attack: its term ends in "attack", or
/// an attack word stands right next to it.
pub(crate) fn names_an_attack(text: &str, start: usize, end: usize) -> bool {
    let term = &text[start..end];
    let before = text[..start].trim_end();
    ATTACK_AFTER.iter().any(|w| term.ends_with(w))
        || ATTACK_AFTER.contains(&next_word(text, end))
        || ATTACK_BEFORE.iter().any(|p| ends_with_words(before, p))
}

/// True when `before` ends with the whole words `p`.
pub(crate) fn ends_with_words(before: &str, p: &str) -> bool {
    before
        .strip_suffix(p)
        .is_some_and(|head| !head.ends_with(super::fold::is_word_char))
}

fn next_word(text: &str, end: usize) -> &str {
    text[end..]
        .trim_start_matches([' ', '-'])
        .split(|c: char| !super::fold::is_word_char(c))
        .next()
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at<'a>(t: &'a str, w: &str) -> (&'a str, usize, usize) {
        let s = t.find(w).unwrap();
        (t, s, s + w.len())
    }

    #[test]
    fn a_gang_described_as_ransomware_is_a_description() {
        let (t, s, e) = at(
            "ransomware gang rhysida's dark web victim blog",
            "ransomware gang",
        );
        assert!(describes_group(t, s, e));
        let (t, s, e) = at("the clop ransomware group has posted", "ransomware");
        assert!(describes_group(t, s, e));
        let (t, s, e) = at("le gang de rancongiciel lockbit", "rancongiciel");
        assert!(describes_group(t, s, e));
        let (t, s, e) = at("hit by ransomware on monday", "ransomware");
        assert!(!describes_group(t, s, e));
    }

    #[test]
    fn an_attack_by_ransomware_is_an_attack() {
        let (t, s, e) = at("warlock ransomware attacks", "ransomware");
        assert!(names_an_attack(t, s, e));
        let (t, s, e) = at("the incident involved a ransomware infection", "ransomware");
        assert!(names_an_attack(t, s, e));
        let (t, s, e) = at("ils auraient utilise le ransomware lockbit", "ransomware");
        assert!(names_an_attack(t, s, e));
        let (t, s, e) = at("the medusa ransomware gang", "ransomware");
        assert!(!names_an_attack(t, s, e));
    }
}

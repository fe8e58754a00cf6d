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

/// Words that open a ranking of one among many (« l'une des franchises … les plus actives », « un
/// des principaux réseaux », "one of the most prolific gangs").
#[rustfmt::skip]
const AMONG: &[&[&str]] = &[&["un", "des"], &["une", "des"], &["one", "of", "the"]];

/// Words that rank (« principaux », « les plus actives », "most active", "leading").
#[rustfmt::skip]
const RANKS: &[&str] = &[
    "principaux", "principales", "plus", "most", "leading", "largest", "biggest", "top",
    "prolific", "prolifiques", "notorious", "actifs", "actives", "active", "redoutables",
];

/// What a ranking ranks when it describes a group: its kind of organisation (not « l'une des plus
/// importantes attaques », which ranks the incident).
#[rustfmt::skip]
const GROUP_KINDS: &[&str] = &[
    "franchise", "franchises", "reseau", "reseaux", "groupe", "groupes", "gang", "gangs",
    "group", "groups", "crew", "crews", "operators", "operateurs", "acteurs", "actors",
    "collectif", "collectifs", "cartel", "cartels", "families", "familles",
];

/// True when the attack word at `start..end` of the folded `text` only ranks a group among
/// others of its kind: « ce groupe de hackers est présenté comme l'une des franchises de
/// cyber-extorsion les plus actives au monde », « Hive, un des principaux réseaux d'attaques au
/// rançongiciel au monde » (seventeenth and sixteenth splits). What the group is known for says
/// nothing of what happened in the story.
pub(crate) fn ranks_a_group(text: &str, start: usize, end: usize) -> bool {
    let words = |s: &'_ str| -> Vec<String> {
        s.split(|c: char| !super::fold::is_word_char(c))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let before = words(&text[super::context::words_back(text, 0, start, 8)..start]);
    let opens = |i: usize, among: &[&str]| {
        before.len() >= i + among.len()
            && before[i..i + among.len()]
                .iter()
                .zip(among)
                .all(|(w, a)| w == a)
    };
    let Some(opened) = (0..before.len())
        .rev()
        .find_map(|i| AMONG.iter().find(|a| opens(i, a)).map(|a| i + a.len()))
    else {
        return false;
    };
    let ranked = &before[opened..];
    let to = super::context::char_floor(text, (end + 40).min(text.len()));
    let after: Vec<String> = words(&text[end..to]).into_iter().take(4).collect();
    // The kind stands first after the ranks, or right after the attack word ("one of the most
    // prolific ransomware gangs").
    let kind = ranked
        .iter()
        .find(|w| !RANKS.contains(&w.as_str()))
        .or(after.first())
        .is_some_and(|w| GROUP_KINDS.contains(&w.as_str()));
    kind && ranked
        .iter()
        .chain(&after)
        .any(|w| RANKS.contains(&w.as_str()))
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
    fn a_group_ranked_among_others_is_a_description() {
        // seventeenth split (Jeune Afrique's Russian hackers); sixteenth (Hive).
        let t = "ce groupe de hackers est presente comme l'une des franchises de cyber-extorsion \
            les plus actives au monde";
        let (t, s, e) = at(t, "extorsion");
        assert!(ranks_a_group(t, s, e));
        let (t, s, e) = at(
            "hive, un des principaux reseaux d'attaques au rancongiciel au monde",
            "rancongiciel",
        );
        assert!(ranks_a_group(t, s, e));
        let (t, s, e) = at("one of the most prolific ransomware gangs", "ransomware");
        assert!(ranks_a_group(t, s, e));
        // The incident ranked among others is the story's.
        let (t, s, e) = at(
            "la mairie a subi l'une des plus importantes attaques par rancongiciel de l'annee",
            "rancongiciel",
        );
        assert!(!ranks_a_group(t, s, e));
        let (t, s, e) = at(
            "one of the largest data breaches of the year hit the insurer",
            "data breaches",
        );
        assert!(!ranks_a_group(t, s, e));
    }

    #[test]
    fn what_a_ranked_group_is_known_for_is_no_attack_type_of_the_story() {
        use crate::tagging::attack_types_suggested as attack;
        // seventeenth split: Jeune Afrique on Russian hackers in Africa.
        let text = "D'autant que ce groupe de hackers est présenté comme l’une des franchises de \
            cyber-extorsion les plus actives au monde.";
        let got = attack(
            "Des pirates informatiques russes auraient mis la main sur des données",
            text,
        );
        assert!(!got.contains(&"extortion".to_string()), "{got:?}");
        let text = "The FBI linked the town's outage to one of the most active extortion groups \
            in the world.";
        let got = attack("Town hit by cyber incident", text);
        assert!(!got.contains(&"extortion".to_string()), "{got:?}");
        // The incident ranked among others keeps its type.
        let text = "La mairie a subi l'une des plus importantes attaques par rançongiciel de \
            l'année.";
        let got = attack("La mairie paralysée", text);
        assert!(got.contains(&"ransomware".to_string()), "{got:?}");
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

//! When an actor's name found in a text is not the group (round 18's audit of every readable text,
//! tests/gold/README.md): a name that is one word of a longer name ("Royal Mail" is no Royal gang),
//! a group the text says is not the one at hand (« sans lien avec le mouvement Anonymous »), a tool
//! the group uses ("Lumma Stealer"), and a name that reads as a word ("Conti", "Lockbit" written
//! as a word) which is only medium unless a word like "ransomware" or "gang" stands by it.
use super::fold::is_word_char;

/// Last words of an alias that make it a tool's name, not a group's ("Lumma Stealer", "Chrome
/// Loader", "Golden RAT"): the press writes of the tool far more than of its operator.
const TOOL_WORDS: &[&str] = &[
    "stealer",
    "infostealer",
    "rat",
    "loader",
    "backdoor",
    "trojan",
    "botnet",
    "rootkit",
    "wiper",
    "malware",
    "spyware",
    "worm",
];

/// True when an alias names a tool rather than the group ("Lumma Stealer" for Storm-2460).
pub(crate) fn names_a_tool(alias: &str) -> bool {
    alias
        .split(|c: char| c.is_whitespace() || c == '-')
        .rfind(|w| !w.is_empty())
        .is_some_and(|w| TOOL_WORDS.contains(&super::fold::fold(w).as_str()))
}

/// Capitalised words that may follow a group's name without making a longer name of it ("Akira
/// Ransomware", "Conti Leaks", "Medusa Team").
const GROUP_WORDS: &[&str] = &[
    "ransomware",
    "rancongiciel",
    "group",
    "groupe",
    "gang",
    "team",
    "crew",
    "apt",
    "hackers",
    "leaks",
    "leak",
    "locker",
    "raas",
    "operators",
    "affiliates",
    "collective",
    "collectif",
    "campaign",
    "extortion",
];

/// True when a name written as a word ("Royal", "Akira": letters only, no capital past the first)
/// in `original[start..end]` goes on with another capitalised word, so it is part of a longer name
/// ("Royal Mail", "Akira Toriyama", "Google Play Store"). Not said of a Title-Case headline, where
/// every word has a capital.
pub(crate) fn inside_another_name(original: &str, start: usize, end: usize) -> bool {
    let found = &original[start..end];
    if distinctive(found) || title_cased(original) {
        return false;
    }
    let rest = &original[end..];
    let after = rest.trim_start_matches([' ', '\u{a0}']);
    if after.len() == rest.len() || after.len() + 2 < rest.len() {
        return false;
    }
    let word: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    word.chars().next().is_some_and(char::is_uppercase)
        && !GROUP_WORDS.contains(&super::fold::fold(&word).as_str())
}

/// True when a name as written stands out from words: it has a digit, a space, a sign ("Lapsus$",
/// "NoName057(16)", "Storm-0558") or a capital inside ("LockBit", "ShinyHunters"). "Conti",
/// "Lockbit", "MEDUSA" read as words.
pub(crate) fn distinctive(found: &str) -> bool {
    found.chars().any(|c| !c.is_alphabetic())
        || found
            .chars()
            .skip(1)
            .zip(found.chars().skip(2))
            .any(|(a, b)| a.is_uppercase() && b.is_lowercase())
        || found
            .chars()
            .zip(found.chars().skip(1))
            .any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}

/// True when a name the vocabulary writes in capitals as vendors do ("VENOM", "CASTLE", "HELIUM")
/// is found written as a word ("Venom", "Castle"): prose writes a word so at a sentence's start or
/// in a name, so only a context word makes it the group.
pub(crate) fn capitals_as_a_word(name: &str, found: &str) -> bool {
    name.chars().all(|c| !c.is_lowercase())
        && name.chars().all(char::is_alphabetic)
        && found != name
        && found.chars().skip(1).all(|c| !c.is_uppercase())
}

/// True when most words of four letters or more start with a capital: a Title-Case headline.
pub(crate) fn title_cased(original: &str) -> bool {
    let (mut words, mut capitalised) = (0, 0);
    for w in original
        .split(|c: char| !is_word_char(c))
        .filter(|w| w.chars().count() >= 4)
        .take(40)
    {
        words += 1;
        capitalised += usize::from(w.chars().next().is_some_and(char::is_uppercase));
    }
    words >= 3 && capitalised * 10 >= words * 6
}

/// Phrases by which a text says a group is not the one at hand (folded).
#[rustfmt::skip]
const DISCLAIMED: &[&str] = &[
    "sans lien avec", "aucun lien avec", "pas de lien avec", "sans rapport avec",
    "a ne pas confondre avec", "rien a voir avec", "no link to", "no links to", "no link with",
    "unrelated to", "not affiliated with", "not linked to", "no connection to",
    "not connected to", "not to be confused with", "no relation to", "distinct from",
];

/// True when the folded `text` before `start` says the group named there is not the one at hand
/// (« sans lien avec le mouvement Anonymous », "unrelated to the Anonymous movement").
pub(crate) fn link_denied(text: &str, start: usize) -> bool {
    let from = super::context::words_back(text, 0, start, 7);
    let before = &text[from..start];
    DISCLAIMED.iter().any(|p| before.contains(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tool_alias_is_not_the_group() {
        assert!(names_a_tool("Lumma Stealer"));
        assert!(names_a_tool("Chrome Loader"));
        assert!(names_a_tool("Golden RAT"));
        assert!(!names_a_tool("PLAY Ransomware"));
        assert!(!names_a_tool("Scattered Spider"));
    }

    #[test]
    fn a_word_of_a_longer_name_is_not_the_group() {
        let s = "Leaked chat logs reveal Royal Mail has supposedly refused to pay a £66m ransom \
                 demand from the LockBit ransomware gang";
        let at = s.find("Royal").unwrap();
        assert!(inside_another_name(s, at, at + 5));
        let s = "Début mars, la municipalité de Lille a été la cible du gang Royal dont l'attaque";
        let at = s.find("Royal").unwrap();
        assert!(!inside_another_name(s, at, at + 5));
        let s = "The notorious Akira Ransomware group claimed the attack.";
        let at = s.find("Akira").unwrap();
        assert!(!inside_another_name(s, at, at + 5));
        // A headline in Title Case capitalises every word: nothing can be told there.
        let s = "Royal Ransomware Hits Dallas Police Systems";
        assert!(!inside_another_name(s, 0, 5));
    }

    #[test]
    fn vendor_capitals_written_as_a_word() {
        assert!(capitals_as_a_word("VENOM", "Venom"));
        assert!(capitals_as_a_word("CASTLE", "Castle"));
        assert!(!capitals_as_a_word("VENOM", "VENOM"));
        assert!(!capitals_as_a_word("LockBit", "Lockbit"));
        assert!(!capitals_as_a_word("APT28", "Apt28"));
    }

    #[test]
    fn names_that_read_as_words() {
        assert!(!distinctive("Lockbit"));
        assert!(!distinctive("Conti"));
        assert!(!distinctive("MEDUSA"));
        assert!(distinctive("LockBit"));
        assert!(distinctive("ShinyHunters"));
        assert!(distinctive("Lapsus$"));
        assert!(distinctive("Storm-0558"));
        assert!(distinctive("APT28"));
    }

    #[test]
    fn a_group_said_unrelated_is_not_the_one_at_hand() {
        let t = "ces attaques ont ete menees par le groupe anonymous sudan, sans lien avec le \
                 mouvement anonymous, qui regroupe des militants prorusses.";
        assert!(link_denied(t, t.rfind("anonymous").unwrap()));
        assert!(!link_denied(t, t.find("anonymous").unwrap()));
        let t = "the attack was claimed by a group unrelated to the anonymous collective";
        assert!(link_denied(t, t.find("anonymous").unwrap()));
    }

    /// The actors suggested for an article, with their confidence.
    fn actors(title: &str, text: &str) -> Vec<(String, &'static str)> {
        let vocab = crate::tagging::Vocabulary::bundled().unwrap();
        crate::tagging::Suggester::suggest_once(&vocab, title, text)
            .unwrap()
            .actor
            .into_iter()
            .map(|s| (s.value, s.confidence.as_str()))
            .collect()
    }

    #[test]
    fn royal_mail_is_a_victim_not_the_royal_gang() {
        // The Register, stories gold (fourth-en): the gang is LockBit.
        let got = actors(
            "Royal Mail refused to pay £66m LockBit ransom demand, logs reveal",
            "Leaked chat logs reveal Royal Mail has supposedly refused to pay a £66m ransom \
             demand from the LockBit ransomware gang.",
        );
        assert_eq!(got, vec![("LockBit".to_string(), "high")]);
        // Unseen gold (fr): the gang named as such is still suggested.
        let got = actors(
            "Le département du Gard victime d'une cyberattaque",
            "Début mars, la municipalité de Lille a été la cible du gang Royal dont l'attaque a \
             entraîné la fuite de données bancaires.",
        );
        assert!(got.iter().any(|(v, _)| v == "Royal"), "{got:?}");
    }

    #[test]
    fn a_movement_said_unrelated_is_not_suggested() {
        // Stories gold (third-fr), Matignon on the DDoS of March 2024.
        let got = actors(
            "Des services de l'État visés par des attaques informatiques d'une «intensité inédite»",
            "Ces attaques ont été menées par le groupe Anonymous Sudan, sans lien avec le \
             mouvement Anonymous, qui regroupe des militants prorusses.",
        );
        assert!(got.iter().all(|(v, _)| v != "Anonymous"), "{got:?}");
        assert!(got.iter().any(|(v, _)| v == "Anonymous Sudan"), "{got:?}");
    }

    #[test]
    fn a_stealer_is_not_its_operator() {
        // CISA #StopRansomware: Interlock.
        let got = actors(
            "#StopRansomware: Interlock",
            "Note: This ClickFix technique has been used in several other malware campaigns, \
             including Lumma Stealer and DarkGate.",
        );
        assert!(got.iter().all(|(v, _)| v != "Storm-2460"), "{got:?}");
    }

    #[test]
    fn a_name_written_as_a_word_in_a_headline_needs_a_group_word_to_be_high() {
        // Numerama writes "Lockbit"; with "rançongiciel" by it the headline is about the gang.
        let got = actors(
            "Lockbit : le rançongiciel revendique l'attaque de l'hôpital",
            "",
        );
        assert_eq!(got, vec![("LockBit".to_string(), "high")]);
        // The same name alone in a Title-Case headline may be anything: medium.
        let got = actors("Why Lockbit Still Matters For Defenders In Europe", "");
        assert_eq!(got, vec![("LockBit".to_string(), "medium")]);
        // As the vocabulary writes it, with an attack word, it stays high (unseen gold, fr).
        let got = actors(
            "Stormous piratent les comptes de 40 000 étudiants français",
            "",
        );
        assert_eq!(got, vec![("Stormous".to_string(), "high")]);
    }

    #[test]
    fn brands_of_the_ransomware_galaxy_are_actors() {
        // Unseen gold (en), and stories gold (fifth-fr).
        let got = actors(
            "Hacking group Fog ransomware claim to have stolen 62GB of data from University of \
             Notre Dame",
            "",
        );
        assert_eq!(got, vec![("Fog".to_string(), "high")]);
        let got = actors("Ransomware : fin de partie pour Trigona", "");
        assert_eq!(got, vec![("Trigona".to_string(), "high")]);
        // A word brand without a group word is no actor ("fog" the weather), and RansomEXX's
        // alias "Ransom X" is not read in "the ransom X days later".
        assert!(actors("", "Heavy fog delayed flights at Heathrow.").is_empty());
        assert!(actors("", "They paid the ransom X days later.").is_empty());
    }

    #[test]
    fn a_webmail_product_is_not_the_group_named_in_capitals() {
        // Stories gold (third-en): HORDE is a vendor's name for APT12; Horde is a webmail.
        let got = actors(
            "",
            "APT28 specifically targeted government webmail servers, including popular platforms \
             like Roundcube, Horde, MDaemon, and Zimbra.",
        );
        assert!(got.iter().all(|(v, _)| v != "APT12"), "{got:?}");
    }

    #[test]
    fn an_alias_that_is_a_word_needs_a_group_word() {
        // A film and a toy in Title-Case headlines; the groups with a group word by them.
        assert!(actors("Why Inception Still Divides Critics", "").is_empty());
        assert!(actors("Labubu Craze Sends Pop Mart Shares Soaring", "").is_empty());
        let got = actors(
            "",
            "The Dragonfly group targeted energy companies in Europe.",
        );
        assert!(got.iter().any(|(v, _)| v == "ENERGETIC BEAR"), "{got:?}");
        // « Coup de foudre » is a phrase, not the Infy group.
        assert!(actors("", "Foudre : un coup de foudre pour la Bretagne").is_empty());
    }
}

//! A hacker or a crew the press names by the name it goes by (round 24, issue 10 item 6): « le
//! hacker, du nom de host1337, a partagé », « un pirate connu sous le pseudonyme « TheFrenchGuy » »,
//! "a group identifying itself as ‘PCP@Kenya.’" (thirteenth gold split), "a hacker known as
//! IntelBroker", « un pirate se présentant comme “CZX” » (fourteenth). The naming words alone name anything (« une entreprise du nom de… », "a tool
//! known as…"): they name an attacker only when an attacker's word stands just before them.
//! TAGGING.md's actor is the one the text names as responsible, crew or lone hacker alike; one
//! the text calls an individual or a user stays a person (`new_actors::a_person`).
use super::context;
use super::fold::is_word_char;

/// Words that introduce the name a hacker or a crew goes by (folded); the name follows.
#[rustfmt::skip]
pub(super) const NAMING: &[&str] = &[
    "du nom de", "sous le nom de", "sous le pseudonyme", "sous le pseudonyme de", "sous le pseudo",
    "sous le pseudo de", "sous l'alias", "alias", "se presentant comme", "se presente comme",
    "se presentent comme", "se presentait comme", "s'identifiant comme", "s'identifie comme",
    "calling himself", "calls himself", "called himself", "calling herself", "calls herself",
    "identifying itself as", "identifies itself as", "identified itself as",
    "identifying themselves as", "identify themselves as", "known as", "going by", "goes by",
    "under the name", "under the alias", "under the handle", "under the moniker",
    "using the handle", "using the alias", "using the moniker", "using the name",
    // The naming participles, set off by a comma after the attacker's word (round 35): « Un hacker
    // tunisien, dénommé GlaDiaT0R a piraté », « Un groupe de pirates informatiques, surnommé «
    // Anonymous Algeria » », « Un hacker qui se prénomme Masterr-X a piraté » (twenty-second gold
    // split); "a Russian hacker, dubbed X". Participles name anything (« une société dénommée »):
    // an attacker's word must stand just before, as for the other naming words.
    "denomme", "denommee", "denommes", "surnomme", "surnommee", "surnommes", "baptise",
    "baptisee", "baptises", "qui se prenomme", "qui se nomme", "qui se nomment", "se nommant",
    "dubbed",
];

/// Words that make the one named an attacker (folded), within [`BACK_WORDS`] before the naming
/// words: « le hacker, du nom de », « un pirate connu sous le pseudonyme », "the threat actor known
/// as", "a hacker using the alias".
#[rustfmt::skip]
const ATTACKERS: &[&str] = &[
    "hacker", "hackers", "pirate", "pirates", "cybercriminel", "cybercriminels", "attaquant",
    "attaquants", "acteur", "acteurs", "malveillant", "gang", "actor", "actors", "cybercriminal",
    "cybercriminals", "attacker", "attackers", "hacktivist", "hacktivists", "hacktiviste",
    "hacktivistes",
];

/// A group's words, which say no more than a group: one counts only when the group names itself
/// ([`SELF_NAMING`]): "a group identifying itself as ‘PCP@Kenya.’", not "the chief rival is a
/// group known as the New Page Patrol" (Wikipedia's editors, a Slashdot fixture).
const GROUPS: &[&str] = &["groupe", "collectif", "group", "collective", "crew"];

/// Naming words by which the one named names itself (folded).
const SELF_NAMING: &[&str] = &["itself", "themselves"];

/// How many words back from the naming words an attacker's word may stand: « pirate connu »,
/// "threat actor known", « le groupe, se présentant ».
const BACK_WORDS: usize = 3;

/// True when an attacker's word stands within a few words before the naming words `cue` at
/// `start` of the folded `text` (a group's word when the cue is the group naming itself).
pub(super) fn after_an_attacker(text: &str, start: usize, cue: &str) -> bool {
    let from = context::words_back(text, 0, start, BACK_WORDS);
    let itself = cue.split(' ').any(|w| SELF_NAMING.contains(&w));
    text[from..start]
        .split(|c: char| !is_word_char(c))
        .any(|w| ATTACKERS.contains(&w) || (itself && GROUPS.contains(&w)))
        || after_a_criminal_service(text, start)
}

/// True when a criminal service's kind ends just before the naming words at `start` of the folded
/// `text`: "a major phishing-as-a-service platform known as “Tycoon 2FA”" (Europol, fourteenth
/// gold split). A takedown's subject is the service, which TAGGING.md tags as the actor (LabHost).
fn after_a_criminal_service(text: &str, start: usize) -> bool {
    // "phishing-as-a-service platform" is six words; one more for a "kit" or "operation" after it.
    let from = context::words_back(text, 0, start, 7);
    text[from..start]
        .split_whitespace()
        .any(|w| w.ends_with("-as-a-service") || matches!(w, "phaas" | "raas"))
}

/// True when a word written in lower case is still a handle, not prose: it holds a digit or a
/// sign no word has ("host1337", "x_0r", "h4x@dz"). Prose never writes such a word.
pub(super) fn a_handle(word: &str) -> bool {
    word.chars()
        .any(|c| c.is_ascii_digit() || matches!(c, '_' | '@'))
        && word.chars().any(char::is_alphabetic)
}

/// Words that open a sentence on a side story (folded): « Parallèlement, un hacker algérien du
/// nom de « Ismail Man54 » avait affirmé avoir piraté » the other side's site (eleventh gold
/// split, a story about Moroccan hackers). A group named there attacked someone else.
/// Not « de son côté » (round 26): it gives another party's word on the same story, « De son
/// côté, Libération (CheckNews) rapporte la revendication par le groupe « Dumpsec » » (fifteenth
/// gold split).
#[rustfmt::skip]
const SIDE_STORY: &[&str] = &[
    "parallelement", "par ailleurs", "dans le meme temps", "meanwhile",
    "separately", "in a separate", "in another",
];

/// True when the folded `sentence` opens on a side story ([`SIDE_STORY`]).
pub(super) fn a_side_story(sentence: &str) -> bool {
    let s = sentence.trim_start_matches(|c: char| !is_word_char(c));
    SIDE_STORY
        .iter()
        .any(|p| s.starts_with(p) && !s[p.len()..].chars().next().is_some_and(is_word_char))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_naming_words_name_an_attacker_only_after_an_attacker_s_word() {
        let named = |text: &str, cue: &str| after_an_attacker(text, text.find(cue).unwrap(), cue);
        assert!(named(
            "le hacker, du nom de host1337, a partage",
            "du nom de"
        ));
        assert!(named(
            "un pirate connu sous le pseudonyme",
            "sous le pseudonyme"
        ));
        assert!(named(
            "a group identifying itself as",
            "identifying itself as"
        ));
        assert!(named(
            "un pirate se presentant comme",
            "se presentant comme"
        ));
        assert!(named("a hacker calling himself", "calling himself"));
        assert!(named(
            "a major phishing-as-a-service platform known as",
            "known as"
        ));
        assert!(named("un hacker tunisien, denomme", "denomme"));
        assert!(named("un hacker qui se prenomme", "qui se prenomme"));
        assert!(!named("une societe, denommee", "denommee"));
        assert!(!named("a managed security service known as", "known as"));
        assert!(!named("une entreprise du nom de", "du nom de"));
        assert!(!named(
            "l'editeur se presentant comme",
            "se presentant comme"
        ));
        assert!(!named("a banking trojan known as", "known as"));
        assert!(!named("the chief rival is a group known as", "known as"));
    }

    #[test]
    fn a_handle_holds_a_digit_or_a_sign() {
        assert!(a_handle("host1337"));
        assert!(a_handle("x_0r"));
        assert!(!a_handle("partage"));
        assert!(!a_handle("2025"));
    }
}

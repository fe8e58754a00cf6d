//! A group a text cites rather than accuses (round 20's reading of the fixture feeds as a user
//! sees them): a group compared with the one at hand ("similarities between the Rhysida and
//! Interlock ransomware variants"), a group whose advisory the reader is sent to ("For additional
//! information on Rhysida ransomware, see the joint advisory"), and every group named in a
//! document's back matter — its notes, references and version history ("Notes 1. Anthony
//! Bradshaw, et. al., “DragonForce Actors Target SimpleHelp…”", an appendix listing
//! "#StopRansomware: LockBit 3.0 …" among the resources of a vulnerability), and the users of a
//! technique given as examples ("Fast flux has been used in Hive and Nefilim ransomware attacks").
//! TAGGING.md's actor is the group named as responsible: none of these is.
//!
//! Everything here reads the folded text (lower case, no accents).
use super::fold::is_word_char;

/// Phrases that make the group named after them a comparison or a pointer elsewhere (folded).
#[rustfmt::skip]
const CITING: &[&str] = &[
    "similarities between", "similarity between", "similarities with", "similarities to",
    "similar to", "resembles", "resembling", "compared to", "compared with", "comparable to",
    "reminiscent of", "for additional information on", "for more information on",
    "for more information about", "pour plus d'informations sur", "pour en savoir plus sur",
    "similaire a", "similaires a", "semblable a", "semblables a", "ressemble a", "ressemblant a",
    "compare a", "comparable a", "rappelant",
    // Examples of a technique's or a tool's users: "Fast flux has been used in Hive and Nefilim
    // ransomware attacks", « des groupes tels que LockBit ».
    "has been used in", "has been used by", "have been used in", "have been used by",
    "such as", "a ete utilise par", "a ete utilisee par", "ont ete utilises par",
    "ont ete utilisees par", "tels que", "telles que",
    // A link to another article (round 27): "Read more: FBI confirms North Korean ‘TraderTraitor’
    // to blame for $1.5 billion Bybit hack" in a story about Lazarus (sixteenth gold split).
    "read more", "read also", "see also", "lire aussi", "a lire aussi", "lire egalement",
    "a lire egalement", "voir aussi",
];

/// How many words before a name a [`CITING`] phrase reaches: "For additional information on
/// Rhysida ransomware, see the joint advisory, #StopRansomware: Rhysida" is eleven.
const CITING_WORDS: usize = 12;

/// Words that give the group right after them as one example among others ("groups like LockBit
/// and Akira", « des gangs comme LockBit », « notamment Conti ») (folded). Not "including": "hit
/// by several gangs including LockBit" names attackers. The word itself too: "As but one
/// example, when Sodinokibi (REvil) threat actors attacked the entertainment and media law firm"
/// (twenty-fifth split, a story of law firms hacked), « par exemple ».
const EXAMPLE: &[&str] = &["like", "comme", "notamment", "e.g", "example", "exemple"];

/// How many words before a name an [`EXAMPLE`] word reaches: « comme le groupe LockBit » is three.
const EXAMPLE_WORDS: usize = 3;

/// True when the folded `text` gives the group named at `start` as an example: an [`EXAMPLE`]
/// word within three words before it, with no "by" / « par » between (« revendiquée notamment
/// par LockBit » accuses).
pub(crate) fn given_as_example(text: &str, floor: usize, start: usize) -> bool {
    let from = super::context::words_back(text, floor, start, EXAMPLE_WORDS);
    let words: Vec<&str> = text[from..start]
        .split(|c: char| !is_word_char(c) && c != '.')
        .filter(|w| !w.is_empty())
        .collect();
    let Some(at) = words
        .iter()
        .rposition(|w| EXAMPLE.contains(&w.trim_end_matches('.')))
    else {
        return false;
    };
    let naming = at > 0 && words[at] == "comme" && NAMED_AS.contains(&words[at - 1]);
    !naming && !words[at + 1..].iter().any(|w| matches!(*w, "by" | "par"))
}

/// How many words before a name a list of examples may reach.
const LIST_WORDS: usize = 12;

/// Words that join the last items of a list (folded).
const LIST_JOINS: &[&str] = &["et", "ou", "voire", "and", "or"];

/// True when the group named at `start` in the folded `text` ends a list of examples that an
/// [`EXAMPLE`] word opens: « des victimes revendiquées antérieurement sous d'autres enseignes,
/// comme Qilin, TheGentlement, Weyhro, voire RansomHub et RALord » (sixteenth gold split). Every
/// item is a name of three words at most, the items are joined by commas or a list's word, and
/// the name follows a comma or such a word.
pub(crate) fn ends_a_list_of_examples(text: &str, floor: usize, start: usize) -> bool {
    let from = super::context::words_back(text, floor, start, LIST_WORDS);
    let before = &text[from..start];
    let opened = EXAMPLE
        .iter()
        .filter_map(|e| {
            super::context::starts_of(before, e)
                .filter(|&at| super::context::at_word_boundary(before, at, at + e.len()))
                .map(|at| at + e.len())
                .last()
        })
        .max();
    let Some(opened) = opened else {
        return false;
    };
    let list = &before[opened..];
    if list.contains(['.', ';', ':', '(', ')'])
        || list.split_whitespace().any(|w| w == "by" || w == "par")
    {
        return false;
    }
    let items: Vec<&str> = list.split(',').collect();
    let Some((last, named)) = items.split_last() else {
        return false;
    };
    let names = |item: &str| {
        item.split_whitespace()
            .filter(|w| !LIST_JOINS.contains(w))
            .count()
    };
    // What stands before the name is only a comma or a list's word; the items before it are
    // names, two at least (« Comme prévu, LockBit a publié » is no list).
    let joined = names(last) == 0 && last.split_whitespace().count() <= 2;
    let enough = named.len() >= 2 || (named.len() == 1 && !last.trim().is_empty());
    joined && enough && named.iter().all(|item| (1..=3).contains(&names(item)))
}

/// Phrases that introduce a group as another than the one at hand (folded): « Ce regain de
/// tensions a débuté mardi, lorsqu'un autre collectif algérien, JabaRoot DZ, a annoncé avoir
/// piraté la CNSS » in a story about DDOS54's attacks (sixteenth gold split).
#[rustfmt::skip]
const ANOTHER_GROUP: &[&str] = &[
    "un autre groupe", "un autre collectif", "un autre gang", "une autre bande",
    "une autre equipe", "un groupe rival", "un collectif rival", "another group", "another gang",
    "another collective", "another crew", "a rival group", "a rival gang",
];

/// How many words before a name an [`ANOTHER_GROUP`] phrase reaches: « un autre collectif de
/// hackers algériens, » is six.
const ANOTHER_WORDS: usize = 7;

/// True when the folded `text` before `start` (within its sentence from `floor`) introduces the
/// group named there as another group ([`ANOTHER_GROUP`]), and no « par » / "by" makes that other
/// group the agent of the story's own attack ("claimed by another group, X").
pub(crate) fn another_group(text: &str, floor: usize, start: usize) -> bool {
    let from = super::context::words_back(text, floor, start, ANOTHER_WORDS);
    let before = &text[from..start];
    ANOTHER_GROUP.iter().any(|p| {
        super::context::starts_of(before, p).any(|at| {
            let agent = |w: &str| matches!(w, "by" | "par");
            // The name stands in apposition: a people's or a kind's word at most, then a comma
            // (« un autre collectif algérien, JabaRoot DZ »). « un autre groupe de pirates –
            // identifié comme Scattered LAPSUS$ Hunters – a revendiqué » in a digest's item is
            // that item's own group (fourteenth gold split).
            let between = &before[at + p.len()..];
            let apposed = between.trim_end().ends_with(',')
                && between.split_whitespace().count() <= 2
                && !between.contains(['-', '–', '—']);
            super::context::at_word_boundary(before, at, at + p.len())
                && apposed
                && !before[..at]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(agent)
                && !before[at..].split_whitespace().any(agent)
        })
    })
}

/// Words after which « comme » gives the name one goes by, not an example (folded): « un pirate
/// se présentant comme “CZX” », « un autre groupe de pirates – identifié comme Scattered LAPSUS$
/// Hunters » (fourteenth gold split). Not « connus »: « des groupes connus comme LockBit » gives
/// examples of known groups.
#[rustfmt::skip]
const NAMED_AS: &[&str] = &[
    "presentant", "presente", "presentent", "presentait", "identifie", "identifiee", "identifies",
    "identifiees", "identifiant", "designe", "designee", "designes", "designees", "decrivant",
    "definissant",
];

/// Headings of a document's back matter, alone on their line (folded, a colon aside).
#[rustfmt::skip]
const BACK_MATTER: &[&str] = &[
    "version history", "revision history", "notes", "endnotes", "footnotes", "references",
    "acknowledgements", "acknowledgments", "disclaimer", "sources", "historique des versions",
    "notes de bas de page", "remerciements", "avertissement",
];

/// True when the folded `text` before `start` (within its sentence from `floor`) compares the
/// group named there with another or sends the reader to what was written about it.
pub(crate) fn compared_or_referred(text: &str, floor: usize, start: usize) -> bool {
    let from = super::context::words_back(text, floor, start, CITING_WORDS);
    let before = &text[from..start];
    CITING.iter().any(|p| {
        super::context::starts_of(before, p).any(|at| {
            let prev = before[..at].chars().next_back();
            let next = before[at + p.len()..].chars().next();
            !prev.is_some_and(is_word_char) && !next.is_some_and(is_word_char)
        })
    })
}

/// Where the back matter of the folded `text` starts: the first of its `sentences` (lines
/// included) that is nothing but a [`BACK_MATTER`] heading. None in most texts.
pub(crate) fn back_matter_from(text: &str, sentences: &[(usize, usize)]) -> Option<usize> {
    sentences.iter().find_map(|&(a, b)| {
        let line = text[a..b].trim().trim_end_matches([':', '.']).trim_end();
        BACK_MATTER.contains(&line).then_some(a)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_compared_or_referred_to_is_not_accused() {
        // CISA, #StopRansomware: Interlock (fixture feed).
        let got = crate::tagging::actor_names_suggested(
            "#StopRansomware: Interlock",
            "Since September 2024, Interlock ransomware actors have impacted a wide range of \
             businesses. The authoring agencies are aware of emerging open-source reporting \
             detailing similarities between the Rhysida and Interlock ransomware variants. For \
             additional information on Rhysida ransomware, see the joint advisory, \
             #StopRansomware: Rhysida Ransomware.",
        );
        assert_eq!(got, vec!["Interlock".to_string()]);
        // The same in French: « un mode opératoire semblable à celui de LockBit ».
        let got = crate::tagging::actor_names_suggested(
            "",
            "Le groupe Akira a revendiqué l'attaque, menée selon un mode opératoire semblable à \
             celui de LockBit.",
        );
        assert_eq!(got, vec!["Akira".to_string()]);
    }

    #[test]
    fn a_link_to_another_article_accuses_no_one() {
        // The Block, 2025 (sixteenth gold split).
        let got = crate::tagging::actor_names_suggested(
            "North Korea likely got Lazarus to work days after warship fiasco",
            "North Korea’s Lazarus hacking group is suspected of stealing $5.2 million worth of \
             crypto. Read more: FBI confirms North Korean ‘TraderTraitor’ to blame for $1.5 \
             billion Bybit hack In addition to Tornado Cash, a report highlights brokers.",
        );
        assert_eq!(got, vec!["Lazarus Group".to_string()]);
        // Near miss: the same group named in the story's own sentence.
        let got = crate::tagging::actor_names_suggested(
            "",
            "The FBI confirms North Korean TraderTraitor hackers stole $1.5 billion from Bybit.",
        );
        assert_eq!(got, vec!["TraderTraitor".to_string()]);
    }

    #[test]
    fn the_last_names_of_a_list_of_examples_are_not_accused() {
        // LeMagIT, January 2026 (sixteenth gold split).
        let got = crate::tagging::actor_names_suggested(
            "Ransomware : comment LockBit met en scène son retour",
            "Ce jour-là, 40 victimes apparaissent sur le site vitrine de LockBit 5.0. À cela \
             s’ajoutent des victimes qui ont été revendiquées antérieurement sous d’autres \
             enseignes, comme Qilin, TheGentlement, Weyhro, voire RansomHub et RALord.",
        );
        assert_eq!(got, vec!["LockBit".to_string()]);
        // Near miss: « comme » that opens a clause, not a list of names.
        let got = crate::tagging::actor_names_suggested(
            "",
            "Comme l'a révélé le journal régional, la semaine dernière, LockBit a revendiqué \
             l'attaque contre la mairie.",
        );
        assert_eq!(got, vec!["LockBit".to_string()]);
    }

    #[test]
    fn another_group_introduced_as_such_is_not_the_story_s() {
        // Le360, 2025 (sixteenth gold split).
        let got = crate::tagging::actor_names_suggested(
            "Attaques DDoS contre plusieurs sites ministériels",
            "Le groupe DDOS54 revendique des attaques contre plusieurs sites. Ce regain de \
             tensions a débuté mardi, lorsqu'un autre collectif algérien, JabaRoot DZ, a annoncé \
             avoir piraté la Caisse nationale de sécurité sociale.",
        );
        assert!(!got.contains(&"Jabaroot".to_string()), "{got:?}");
        // Near miss: a digest's next item, whose group is named past a naming verb.
        let got = crate::tagging::actor_names_suggested(
            "",
            "Université de Lille : le même jour, un autre groupe de pirates – identifié comme \
             Scattered LAPSUS$ Hunters – a revendiqué une fuite liée à l’Université de Lille.",
        );
        assert_eq!(got, vec!["Scattered Lapsus Hunters".to_string()]);
        // Near miss: another group as the agent of the story's attack.
        let got = crate::tagging::actor_names_suggested(
            "",
            "The attack on the city was claimed by another group, Akira, on its leak site.",
        );
        assert_eq!(got, vec!["Akira".to_string()]);
    }

    #[test]
    fn the_users_of_a_technique_given_as_examples_are_not_accused() {
        // CISA, "Fast Flux: A National Security Threat" (fixture feed): no incident at all.
        let got = crate::tagging::actor_names_suggested(
            "Fast Flux: A National Security Threat",
            "Fast flux has been used in Hive and Nefilim ransomware attacks.",
        );
        assert!(got.is_empty(), "{got:?}");
        let got = crate::tagging::actor_names_suggested(
            "",
            "Cette technique a été utilisée par des groupes tels que LockBit et Conti.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_group_given_as_an_example_is_not_accused() {
        // What a threat report writes of the groups it counts; the claim is the story's.
        let got = crate::tagging::actor_names_suggested(
            "Ransomware attacks rose 30% last year",
            "The report says that established groups like LockBit remain active, while Akira \
             claimed the attack on the city's water utility.",
        );
        assert_eq!(got, vec!["Akira".to_string()]);
        let got = crate::tagging::actor_names_suggested(
            "Les rançongiciels en hausse",
            "Des groupes comme LockBit ou Conti ont longtemps dominé le marché. La cyberattaque \
             contre la mairie a été revendiquée notamment par Akira.",
        );
        assert_eq!(got, vec!["Akira".to_string()]);
    }

    #[test]
    fn comme_after_a_naming_word_gives_the_name_not_an_example() {
        // Weekly round-up, January 2026 (fourteenth gold split).
        let got = crate::tagging::actor_names_suggested(
            "",
            "Université de Lille : le même jour, un autre groupe de pirates – identifié comme \
             Scattered LAPSUS$ Hunters – a revendiqué une fuite liée à l’Université de Lille.",
        );
        assert_eq!(got, vec!["Scattered Lapsus Hunters".to_string()]);
        // An example stays one: « des groupes comme LockBit ».
        let got = crate::tagging::actor_names_suggested(
            "",
            "Des groupes comme LockBit visent les hôpitaux, selon le rapport.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_group_named_in_the_back_matter_is_a_citation() {
        // CISA, SimpleHelp advisory (fixture feed): the group appears only in a note.
        let got = crate::tagging::actor_names_suggested(
            "Ransomware Actors Exploit Unpatched SimpleHelp Remote Monitoring and Management",
            "Ransomware actors targeted organizations through unpatched versions of SimpleHelp.\n\
             Version History\nJune 12, 2025: Initial version.\nNotes\n1. Anthony Bradshaw, \
             et. al., “DragonForce Actors Target SimpleHelp Vulnerabilities to Attack MSP, \
             Customers,” Sophos News, May 27, 2025.",
        );
        assert!(got.is_empty(), "{got:?}");
        // « Notes » inside a sentence is no heading.
        let text = "ransomware actors. the notes left by the lockbit gang were read.";
        assert_eq!(back_matter_from(text, &[(0, 19), (19, text.len())]), None);
    }
}

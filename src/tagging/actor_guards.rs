//! When an actor's name found in a text is not the group (round 18's audit of every readable text,
//! tests/gold/README.md): a name that is one word of a longer name ("Royal Mail" is no Royal gang),
//! a group the text says is not the one at hand (« sans lien avec le mouvement Anonymous »), a tool
//! the group uses ("Lumma Stealer"), and a name that reads as a word ("Conti", "Lockbit" written
//! as a word) which is only medium unless a word like "ransomware" or "gang" stands by it.
use super::fold::is_word_char;
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

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
    if after_a_name_particle(&original[..start]) {
        return true;
    }
    let rest = &original[end..];
    let after = rest.trim_start_matches([' ', '\u{a0}']);
    if after.len() == rest.len() || after.len() + 2 < rest.len() {
        return false;
    }
    let word: String = after.chars().take_while(|c| c.is_alphanumeric()).collect();
    (word.chars().next().is_some_and(char::is_uppercase)
        && !GROUP_WORDS.contains(&super::fold::fold(&word).as_str()))
        || a_name_s_number(&word)
}

/// True when a word after a name is a number that belongs to it: three digits or more and no
/// year ("Cicada 3301" is no Cicada, APT10's alias: sixteenth gold split). A version
/// ("Lockbit 3.0") or a year ("Conti 2022") leaves the name the group's.
fn a_name_s_number(word: &str) -> bool {
    word.len() >= 3
        && word.chars().all(|c| c.is_ascii_digit())
        && !word
            .parse::<u32>()
            .is_ok_and(|year| (1900..=2099).contains(&year))
}

/// Particles inside Italian, Spanish, Portuguese, Dutch and German names, never in French or
/// English prose: « l’hôtel Ca’ dei Conti à Venise » (fourteenth gold split) is a house, not the
/// Conti gang.
const NAME_PARTICLES: &[&str] = &[
    "dei", "degli", "della", "delle", "di", "del", "dos", "das", "van", "von", "der", "den",
];

/// True when `head` (the text before a name) ends with a capitalised word and a name particle
/// ([`NAME_PARTICLES`]): the name is the last word of a longer one ("Ca’ dei Conti").
fn after_a_name_particle(head: &str) -> bool {
    let mut words = head
        .trim_end_matches([' ', '\u{a0}'])
        .rsplit([' ', '\u{a0}'])
        .filter(|w| !w.is_empty());
    let (Some(particle), Some(before)) = (words.next(), words.next()) else {
        return false;
    };
    NAME_PARTICLES.contains(&particle) && before.chars().next().is_some_and(char::is_uppercase)
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

/// True when the name at `start` in `original` opens a headline or a sentence, where any word
/// takes a capital: "Aluminum producer switches to manual operations after ransomware
/// infection" (APT14's vendor name ALUMINUM), "Anonymous hacker posts a claimed full list".
pub(crate) fn opens_a_sentence(original: &str, start: usize) -> bool {
    let before = original[..start].trim_end_matches(|c: char| c.is_whitespace());
    before.is_empty()
        || before.ends_with(['.', '!', '?', ':', '•', '—', '–'])
        || original[before.len()..start].contains('\n')
}

/// True when a context word (sorted by start, folded offsets) starts within the two words after
/// `end` of the folded `text`, or ends just before `start`: "Play ransomware", "Anonymous
/// hackers", not a word farther on in the sentence.
pub(crate) fn context_beside(ctx: &[(usize, usize)], text: &str, start: usize, end: usize) -> bool {
    let to = super::context::words_forward(text, end, text.len(), 2);
    let from = super::context::words_back(text, 0, start, 1);
    ctx.iter()
        .any(|&(s, e)| (s >= end && s < to) || (e <= start && s >= from))
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
/// (« sans lien avec le mouvement Anonymous », "unrelated to the Anonymous movement"), or only a
/// guess read off the signs ([`GUESSED`]).
pub(crate) fn link_denied(text: &str, start: usize) -> bool {
    let from = super::context::words_back(text, 0, start, 7);
    let before = &text[from..start];
    let guess_from = super::context::words_back(text, 0, start, GUESS_WORDS);
    DISCLAIMED.iter().any(|p| before.contains(p))
        || GUESSED.iter().any(|p| text[guess_from..start].contains(p))
}

/// A guess read off the signs, before the group it points at (folded): « Le message était
/// surmonté du dessin d'un visage laissant penser à une action du groupe des Anonymous, "mais
/// pour le moment nous ne savons pas du tout d'où vient l'attaque" » (twenty-fourth split). The
/// attack types read these as a guess too (`framing::HYPOTHESIS_SCOPE`).
#[rustfmt::skip]
const GUESSED: &[&str] = &[
    "laissant penser", "laisse penser", "laissent penser", "laissant supposer", "laisse supposer",
    "laissent supposer", "laissant croire", "laisse croire",
];

/// How many words before the group such a guess may stand.
const GUESS_WORDS: usize = 10;

/// What a group says when it denies the attack at hand (folded): "Anonymous hacking group has
/// denied …", « le collectif a démenti », "LockBit said it was not responsible".
#[rustfmt::skip]
const DENIES: &[&str] = &[
    "has denied", "have denied", "denied", "denies", "deny", "not responsible", "not behind",
    "a dementi", "ont dementi", "dement", "dementent", "a nie", "ont nie", "nie toute", "nient",
    "pas responsable", "pas a l'origine", "distanced itself", "s'est desolidarise",
];

/// How many words after the group's name its denial may stand ("Anonymous hacking group has
/// denied" is three), and how many when a relative clause describes the group first ("LulzSec
/// hacking group that has claimed responsibility for many of these attacks has denied" is twelve).
const DENIES_WORDS: usize = 5;
const DENIES_PAST_A_CLAUSE: usize = 14;

/// Words that open a relative clause about the group (folded).
const RELATIVE: &[&str] = &["that", "which", "who", "qui"];

/// True when the group whose name ends at `end` of the folded `text` denies, in its clause, the
/// attack at hand: the text names it to say it did not do it (cybersecurity insiders, eleventh
/// gold split: "Meanwhile, Anonymous hacking group has denied issued a statement … that its team
/// was not responsible for the attack"; TechSpot, ninth: "LulzSec hacking group that has claimed
/// responsibility for many of these attacks has denied involvement in the attack on Sega").
pub(crate) fn denies(text: &str, end: usize) -> bool {
    let to = super::context::words_forward(text, end, text.len(), DENIES_PAST_A_CLAUSE);
    let clause = &text[end..to];
    let clause = &clause[..clause
        .find(['.', ';', '!', '?', ','])
        .unwrap_or(clause.len())];
    let Some(at) = DENIES
        .iter()
        .filter_map(|d| {
            clause.match_indices(d).map(|(at, _)| at).find(|&at| {
                !clause[at + d.len()..]
                    .chars()
                    .next()
                    .is_some_and(is_word_char)
                    && !clause[..at].chars().next_back().is_some_and(is_word_char)
            })
        })
        .min()
    else {
        return false;
    };
    let before: Vec<&str> = clause[..at]
        .split(|c: char| !(is_word_char(c) || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    before.len() <= DENIES_WORDS || before.iter().take(3).any(|w| RELATIVE.contains(w))
}

/// Phrases by which a group takes another's banner or model (folded): « un groupe se faisant
/// appeler @MysteriousTeamO, se réclamant du célèbre collectif Anonymous ». The group named after
/// them is the reference, not the attacker, when the sentence names the attacker first.
#[rustfmt::skip]
const BANNER: &[&str] = &[
    "se reclamant d", "se revendiquant d", "se reclame d", "se revendique d", "s'inspirant d",
    "inspire par", "inspiree par", "a la maniere d", "claiming to be part of",
    "claiming allegiance to", "claims allegiance to", "pledging allegiance to", "inspired by",
    "in the style of", "modelled on", "modeled on",
];

/// Words by which a sentence names its own group before another's banner.
#[rustfmt::skip]
const NAMING: &[&str] = &[
    "@", "se faisant appeler", "se fait appeler", "denomme", "baptise", "calling itself",
    "calls itself", "called", "named",
];

/// True when the folded `text` before `start` (within its sentence from `floor`) names the group
/// there as another's banner or model after naming the attacker itself: the banner's group is
/// not the one at hand. `other_group_before` says an actor of the vocabulary is named earlier in
/// the sentence.
pub(crate) fn a_banner(text: &str, floor: usize, start: usize, other_group_before: bool) -> bool {
    let from = super::context::words_back(text, floor, start, 8);
    let before = &text[from..start];
    let Some(at) = BANNER.iter().filter_map(|p| before.find(p)).min() else {
        return false;
    };
    // The attacker is named shortly before the banner, not a page earlier.
    let mut head_from = floor.max((from + at).saturating_sub(300));
    while !text.is_char_boundary(head_from) {
        head_from += 1;
    }
    let head = &text[head_from..from + at];
    other_group_before || NAMING.iter().any(|n| head.contains(n))
}

/// Words that join the names of a list (folded). Not a bare space: "Fancy Bear APT28", "LockBit
/// Black" name one group twice.
const LIST_JOINS: &[&str] = &[",", "and", "et", "or", "ou", "&", ", and", ", et", ", or"];

/// True when the actor names at `spans` (folded offsets in one sentence, sorted) hold a list of
/// three or more joined only by commas and "and" / « et » that includes the one at `i`:
/// "linked to just five groups: Akira, Play, LockBit, Fog, and RansomHub" ranks or gives
/// examples; it does not name an incident's attacker.
pub(crate) fn in_a_list(text: &str, spans: &[(usize, usize)], i: usize) -> bool {
    // Two names of one group may overlap ("Lazarus" in "Lazarus Group"): no gap, no list.
    let joined = |a: usize, b: usize| {
        text.get(spans[a].1..spans[b].0)
            .is_some_and(|gap| LIST_JOINS.contains(&gap.trim()))
    };
    let (mut first, mut last) = (i, i);
    while first > 0 && joined(first - 1, first) {
        first -= 1;
    }
    while last + 1 < spans.len() && joined(last, last + 1) {
        last += 1;
    }
    last - first + 1 >= 3
}

/// Claims in a sentence (folded): a list of groups there claimed something together.
#[rustfmt::skip]
const CLAIMS: &[&str] = &["revendiq", "claimed", "took credit", "taken credit", "claim responsibility"];

/// True when the folded sentence says a claim was made.
pub(crate) fn claims(sentence: &str) -> bool {
    CLAIMS.iter().any(|c| sentence.contains(c))
}

/// Phrases by which a text says its incident's attacker is not known (folded).
#[rustfmt::skip]
const UNKNOWN_ATTACKER: &[&str] = &[
    "on ignore encore qui", "on ignore qui", "on ne sait pas encore qui", "on ne sait pas qui",
    "n'a pas ete revendique", "n'a pas encore ete revendique", "aucune revendication",
    "not yet been claimed", "no group has claimed", "no one has claimed", "unclear who",
    "not known who", "unknown who",
];

/// Words that open a sentence about another incident than the story's (folded): « A Anvers
/// aussi, des hackers… », "Also in Antwerp…", "Elsewhere…".
const ANOTHER_PLACE: &[&str] = &["aussi", "egalement", "also", "too", "ailleurs", "elsewhere"];

/// The first sentence (of `sentences`, folded `text`) that opens on another incident
/// ([`ANOTHER_PLACE`] among its first four words) after one said the text's own attacker is
/// unknown: a group named from there on claimed the other one (datanews, eighth gold split:
/// Diest's attacker unknown, then Antwerp's, claimed by Play). Read once per text.
pub(crate) fn another_incident_from(text: &str, sentences: &[(usize, usize)]) -> Option<usize> {
    // A small DFA without prefilter: the prefilter's candidates ("on", "no", "un", "au" open
    // these phrases) were most of an advisory's positions, and this one pass a twentieth of its
    // suggestions' time. Same matches, whatever the automaton.
    static UNKNOWN: LazyLock<AhoCorasick> = LazyLock::new(|| {
        AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .prefilter(false)
            .build(UNKNOWN_ATTACKER)
            .expect("a dozen literal phrases always build")
    });
    // One pass over the text: most say nothing of an unknown attacker.
    let at = UNKNOWN.find(text)?.start();
    let unknown = sentences.partition_point(|&(_, e)| e <= at);
    let &(a, b) = sentences.get(unknown)?;
    if b - a > LONGEST_SENTENCE {
        return None;
    }
    let opens = sentences[unknown + 1..].iter().position(|&(a, b)| {
        text[a..b]
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
            .take(4)
            .any(|w| ANOTHER_PLACE.contains(&w))
    })?;
    Some(unknown + 1 + opens)
}

/// A news sentence is shorter: a longer one is a list, read for nothing else.
const LONGEST_SENTENCE: usize = 1024;

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
    fn a_number_after_a_word_like_name_makes_another_name() {
        // Sixteenth gold split: Cicada3301 is a ransomware group of its own, not APT10's Cicada.
        let text = "Le groupe de hackers Cicada 3301 a pénétré les systèmes";
        let at = text.find("Cicada").unwrap();
        assert!(inside_another_name(text, at, at + "Cicada".len()));
        let text = "The Cicada 3301 gang claimed it";
        let at = text.find("Cicada").unwrap();
        assert!(inside_another_name(text, at, at + "Cicada".len()));
        // A version or a year is the group's own: « Lockbit 3.0 », "Conti 2022".
        let text = "le rançongiciel Lockbit 3.0 a frappé";
        let at = text.find("Lockbit").unwrap();
        assert!(!inside_another_name(text, at, at + "Lockbit".len()));
        let text = "the Conti 2022 leaks";
        let at = text.find("Conti").unwrap();
        assert!(!inside_another_name(text, at, at + "Conti".len()));
        // Clubic, December 2024 (sixteenth gold split): the group the galaxy writes Cicada3301.
        let got = crate::tagging::actor_names_suggested(
            "Les concessionnaires Peugeot piratés : menace sur vos données personnelles",
            "Le groupe de hackers Cicada 3301 a pénétré les systèmes informatiques des \
             concessionnaires Peugeot en France, dérobant 40 Go de données critiques.",
        );
        assert_eq!(got, vec!["Cicada3301".to_string()]);
    }

    #[test]
    fn a_word_after_a_name_particle_is_not_the_group() {
        // A travel agency's blog, Italian hotels robbed of guests' documents (fourteenth gold split).
        let s = "Parmi les structures visées figurent l’hôtel Ca’ dei Conti à Venise (38 000 images \
                 dérobées) et le Regina Isabella à Ischia.";
        let at = s.find("Conti").unwrap();
        assert!(inside_another_name(s, at, at + 5));
        // The same in English; a gang named after a plain article stays the gang.
        let s = "Guests of the Palazzo dei Conti in Venice were told their passports leaked.";
        let at = s.find("Conti").unwrap();
        assert!(inside_another_name(s, at, at + 5));
        let s = "Le groupe de ransomware Conti a revendiqué l'attaque de la ville.";
        let at = s.find("Conti").unwrap();
        assert!(!inside_another_name(s, at, at + 5));
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

    #[test]
    fn a_group_that_denies_the_attack_is_not_its_author() {
        // Cybersecurity Insiders (eleventh gold split) on Akron's ransomware attack.
        let got = actors(
            "",
            "Cybersecurity Insiders has learned that the cybercrooks behind the attack are \
             demanding thousands of dollars as ransom. Meanwhile, Anonymous hacking group has \
             denied issued a statement through its official Twitter handle that its team was \
             not responsible for the attack as reported by Akron city's digital news resource.",
        );
        assert!(got.is_empty(), "{got:?}");
        // TechSpot (ninth gold split): a relative clause between the group and its denial.
        let got = actors(
            "Sega is latest game company to suffer cyber attack",
            "The LulzSec hacking group that has claimed responsibility for many of these attacks \
             has denied involvement in the attack on Sega.",
        );
        assert!(got.is_empty(), "{got:?}");
        // French, as the press writes a denial.
        let got = actors(
            "",
            "Le groupe LockBit a démenti toute implication dans l'attaque contre la mairie.",
        );
        assert!(got.is_empty(), "{got:?}");
        // A denial by someone else, farther on, leaves the group its claim.
        let got = actors(
            "",
            "LockBit claimed the attack on the port and the operator later denied paying.",
        );
        assert_eq!(got, vec![("LockBit".to_string(), "high")]);
    }

    /// The actors suggested for an article, with their confidence.
    fn actors(title: &str, text: &str) -> Vec<(String, &'static str)> {
        crate::tagging::actors_suggested(title, text)
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
    fn a_ranking_of_groups_names_no_attacker() {
        // Insurance Journal, July 2025 (eighth gold split): a market report's statistics.
        let got = actors(
            "",
            "Another revelation from the report is that nearly half (48%) of severe ransomware \
             incidents with identified threat actors were linked to just five groups: Akira, \
             Play, LockBit, Fog, and RansomHub.",
        );
        assert!(got.is_empty(), "{got:?}");
        // Groups that claim together are the attackers (Le Monde, stories gold, third-fr).
        let got = actors(
            "",
            "Les attaques ont été revendiquées par NoName057(16), Killnet et Anonymous Sudan.",
        );
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn a_word_like_name_opening_a_sentence_needs_a_group_word_beside_it() {
        // The Register, stories gold (sixth-en): a producer of aluminium, not APT14's ALUMINUM.
        let got = actors(
            "Aluminum producer switches to manual operations after ransomware infection",
            "",
        );
        assert!(got.is_empty(), "{got:?}");
        // Stories gold (seventh-en), a subheading: one anonymous hacker, not the collective.
        let got = actors(
            "Twitch leak: why did a payout list of top earners appear on 4chan",
            "Anonymous hacker posts a claimed full list of Twitch users' earnings online.",
        );
        assert!(got.is_empty(), "{got:?}");
        // Named with a group word beside it, or inside a sentence, it is the group (fresh gold,
        // fr; stories gold, fr).
        let got = actors(
            "",
            "Anonymous hackers claimed the attack on the ministry's website.",
        );
        assert_eq!(got, vec![("Anonymous".to_string(), "high")]);
        let got = actors(
            "",
            "La commune a refusé la demande de rançon des hackeurs, un groupe de cyberpirates \
             nommé \"Medusa\".",
        );
        assert!(got.iter().any(|(v, _)| v == "Medusa"), "{got:?}");
        let got = actors(
            "Le collectif Anonymous menace la France d'une vague de cyberattaques",
            "",
        );
        assert!(got.iter().any(|(v, _)| v == "Anonymous"), "{got:?}");
    }

    #[test]
    fn overlapping_names_of_one_group_are_no_list() {
        let t = "lazarus group, apt38";
        assert!(!in_a_list(t, &[(0, 13), (0, 7), (15, 20)], 1));
        assert!(!in_a_list(t, &[(0, 13), (0, 7), (15, 20)], 0));
    }

    #[test]
    fn a_banner_taken_by_a_named_group_is_not_the_attacker() {
        // La Nouvelle Tribune, May 2023 (eighth gold split).
        let got = actors(
            "",
            "Un groupe se faisant appeler @MysteriousTeamO, se réclamant du célèbre collectif de \
             pirates informatiques Anonymous, a revendiqué cette attaque via les réseaux sociaux.",
        );
        assert!(got.iter().all(|(v, _)| v != "Anonymous"), "{got:?}");
        // Without a group of its own named first, the banner is the attacker's name.
        let got = actors(
            "",
            "Des hackers se réclamant du collectif Anonymous ont revendiqué l'attaque.",
        );
        assert!(got.iter().any(|(v, _)| v == "Anonymous"), "{got:?}");
    }

    #[test]
    fn the_attacker_of_another_incident_told_after_is_not_the_story_s() {
        // Datanews, December 2022 (eighth gold split): Diest's attacker unknown, Antwerp's Play.
        let text = "On ignore encore qui est à l'initiative du piratage. A Anvers aussi, des \
                    hackers sont parvenus à paralyser les services en ligne. Ces derniers sont \
                    fortement perturbés depuis la semaine dernière. Le collectif de pirates Play \
                    revendique l'attaque et exige à présent le versement d'une rançon par la ville.";
        let got = actors("Les services de la ville de Diest piratés", text);
        assert!(got.is_empty(), "{got:?}");
        // The same claim with no other incident opened is the story's.
        let text = "On ignore encore qui est à l'initiative du piratage. Le collectif de pirates \
                    Play revendique désormais l'attaque et exige une rançon.";
        let got = actors("Les services de la ville de Diest piratés", text);
        assert!(got.iter().any(|(v, _)| v == "Play"), "{got:?}");
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

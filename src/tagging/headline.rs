//! A headline's subject as the victim when the headline says it was breached, with no classic
//! cue: "Coinbase data breach exposes…", "Carrefour says customer data was accessed", and the
//! thief's source in "hackers stole customer records from Kering".
use super::context::{Cue, Found};
use super::fold::is_word_char;
use super::victims::{self, Phrase, Token};
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// What follows a subject that had an incident ("Coinbase data breach", « Auchan cyberattaque »).
/// Plural "attacks" and "hack" are left out: "ToolShell attacks", "MOVEit hack" name a campaign
/// or the product it went through.
#[rustfmt::skip]
const INCIDENTS: &[&[&str]] = &[
    &["data", "breach"], &["security", "breach"], &["breach"], &["cyberattack"],
    &["cyber", "attack"], &["cyber-attack"], &["ransomware", "attack"], &["security", "incident"],
    &["cyber", "incident"], &["data", "leak"], &["fuite", "de", "donnees"], &["cyberattaque"],
];

/// Verbs by which a subject speaks of what happened to it ("Carrefour says…", « X confirme… »).
#[rustfmt::skip]
const DISCLOSES: &[&str] = &[
    "says", "said", "confirms", "confirmed", "reveals", "revealed", "discloses", "disclosed",
    "admits", "admitted", "notifies", "confirme", "reconnait", "revele", "indique",
];

/// Words skipped between a subject and its verb ("Coinbase has confirmed", « X a confirmé »).
const GLUE: &[&str] = &[
    "has", "have", "a", "now", "also", "aussi", "finally", "enfin",
];

/// Words saying that something of the subject's own was taken or reached.
#[rustfmt::skip]
const OWN_LOSS: &[&str] = &[
    "customer", "customers", "user", "users", "employee", "employees", "staff", "patient",
    "patients", "student", "students", "member", "members", "its", "their", "our", "clients",
    "salaries", "agents", "usagers", "adherents", "etudiants", "ses", "son", "sa", "leurs",
];

/// Words saying it was taken or reached.
#[rustfmt::skip]
const LOSS: &[&str] = &[
    "stolen", "stole", "accessed", "leaked", "exposed", "compromised", "breached", "hacked",
    "breach", "volees", "voles", "derobees", "derobes", "piratees", "pirates", "exposees",
    "fuite", "piratage",
];

/// The headline's subject when the rest of the headline says it was breached: the subject is
/// followed at once by an incident noun, or speaks (`DISCLOSES`) of its own data lost. Asked only
/// when no victim cue of the title named anyone. Returns the phrase and whether it rests on a
/// disclosure (an agency disclosing an attack is no victim).
/// `folded` is the headline folded ([`super::fold::Folded`]): a headline holding no word that
/// ends an incident of `INCIDENTS` nor a word of `LOSS` names no subject this way, and is not split
/// into words (most headlines; their words were a twentieth of a story profile, callgrind).
pub(crate) fn subject_victim(original: &str, folded: &str) -> Option<(Phrase, bool)> {
    let french_opener = FRENCH_INCIDENTS
        .iter()
        .any(|w| folded.trim_start().starts_with(w));
    if !french_opener && !BREACH_WORDS.is_match(folded) {
        return None;
    }
    let toks = victims::tokens(original, 0, original.len());
    if french_opener && let Some(p) = named_after_the_incident(original, &toks) {
        return Some((p, false));
    }
    let p = victims::phrase_forward(&toks, 0).filter(|p| p.proper)?;
    let mut i = toks.partition_point(|t| t.start < p.end);
    if toks.get(i).is_some_and(|t| t.gap) {
        return None;
    }
    while toks.get(i).is_some_and(|t| GLUE.contains(&t.folded())) {
        i += 1;
    }
    let rest = &toks[i.min(toks.len())..];
    let starts_with = |words: &[&str]| {
        words.len() <= rest.len() && words.iter().zip(rest).all(|(w, t)| t.folded == *w)
    };
    if INCIDENTS.iter().any(|words| starts_with(words)) {
        return Some((p, false));
    }
    let speaks = rest
        .first()
        .is_some_and(|t| DISCLOSES.contains(&t.folded()));
    let has = |list: &[&str], from: &[Token]| from.iter().any(|t| list.contains(&t.folded()));
    (speaks && has(LOSS, rest) && has(OWN_LOSS, rest)).then_some((p, true))
}

/// The last word of each incident and each word of a loss, looked for anywhere in a folded
/// headline: each word of a headline is one of its folded substrings (folding maps characters one
/// by one), so a headline [`subject_victim`] reads holds one of them.
static BREACH_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let words = INCIDENTS.iter().filter_map(|w| w.last()).chain(LOSS);
    AhoCorasick::new(words).expect("a few plain words build an automaton")
});
/// French incident nouns a headline sets before its victim.
const FRENCH_INCIDENTS: &[&str] = &[
    "cyberattaque",
    "cyber-attaque",
    "piratage",
    "rancongiciel",
    "cyberintrusion",
];

/// Prepositions by which a French headline points from its incident to the victim.
const TARGET_PREPOSITIONS: &[&str] = &["contre", "sur", "chez", "au", "visant"];

/// A French headline's victim set after its incident noun, as the whole headline or before its
/// colon (« Cyberattaque AgroParisTech : données personnelles volées », « Cyberattaque
/// Schlatter »): a French headline capitalises only names. Not English, whose headlines
/// capitalise every word ("Cyberattack Disrupts Car Dealership Operations").
fn named_after_the_incident(original: &str, toks: &[Token]) -> Option<Phrase> {
    let opener = toks.first()?;
    if !FRENCH_INCIDENTS.contains(&opener.folded()) {
        return None;
    }
    // « Cyberattaque massive contre la CAF : … », « Cyberattaque sur Pajemploi : … »: an
    // adjective in lower case and a preposition of the target may stand before the name.
    let mut at = 1;
    if toks
        .get(at)
        .is_some_and(|t| !t.cap && !t.gap && !TARGET_PREPOSITIONS.contains(&t.folded()))
    {
        at += 1;
    }
    if toks
        .get(at)
        .is_some_and(|t| TARGET_PREPOSITIONS.contains(&t.folded()) && !t.gap)
    {
        at += 1;
        while toks
            .get(at)
            .is_some_and(|t| !t.cap && ["la", "le", "les"].contains(&t.folded()))
        {
            at += 1;
        }
    } else {
        at = 1;
    }
    let name = toks.get(at)?;
    if !name.cap || name.gap {
        return None;
    }
    let p = victims::phrase_forward(toks, at).filter(|p| p.proper)?;
    let rest = original[p.end..].trim_start();
    (rest.is_empty() || rest.starts_with(':')).then_some(p)
}

/// Verbs of theft: "stole", "took", "exfiltrated" … whose "from" names who was robbed.
#[rustfmt::skip]
const THEFT: &[&str] = &[
    "stole", "stolen", "steal", "steals", "stealing", "exfiltrated", "took", "taken", "copied",
    "leaked", "downloaded", "swiped", "grabbed",
];

/// "hackers stole customer records from Kering": a "from" within five words after a verb of
/// theft names the victim (folded text; the cues a [`Cue::VictimAfter`] would be).
pub(crate) fn theft_sources(text: &str, from: usize, to: usize) -> Vec<Found> {
    let mut out = Vec::new();
    let span = &text[from..to];
    for (at, _) in span.match_indices("from") {
        let (start, end) = (from + at, from + at + 4);
        if !super::context::at_word_boundary(text, start, end) {
            continue;
        }
        let before = super::context::words_back(text, from, start, 5);
        let theft = text[before..start]
            .split(|c: char| !is_word_char(c))
            .any(|w| THEFT.contains(&w));
        if theft {
            out.push(Found {
                start,
                end,
                cue: Cue::VictimAfter,
            });
        }
    }
    out
}

/// Whether a new victim read off the start of the title is a name rather than a headline's first
/// word: a title capitalises its first word ("Criminal cyberattack is…", « Victime d'une
/// cyberattaque, … »), and the article's text names its victim again. So a one-word subject
/// counts when the text writes it capitalised inside a sentence ("… said Coinbase"), or
/// capitalised and never in lower case; a text that is empty (a feed of titles) cannot say. A
/// subject set before a colon ("Intraverse : 16,9 millions d'entrées exposées") is the press's way
/// of naming what the story is about: it falls only when the text writes it in lower case.
pub(crate) fn named_again(word: &str, text: &str, before_colon: bool) -> bool {
    let bounded_at = |at: usize, len: usize| super::suggest::at_word_boundary(text, at, at + len);
    let lower = word.to_lowercase();
    let in_lower_case = lower != word
        && text
            .match_indices(lower.as_str())
            .any(|(at, _)| bounded_at(at, lower.len()));
    let (mut capitalised, mut inside_a_sentence) = (false, false);
    for (at, _) in text.match_indices(word) {
        if bounded_at(at, word.len()) {
            capitalised = true;
            let before = text[..at].trim_end_matches([' ', '\u{a0}', '"', '«', '“', '(']);
            inside_a_sentence |=
                !(before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n']));
        }
    }
    let named = if before_colon { true } else { capitalised };
    text.trim().is_empty() || inside_a_sentence || (named && !in_lower_case)
}

/// Drops the new victims that are only a title's capitalised first word (see [`named_again`]),
/// and, in a headline that capitalises every word ("Computers, Phones Inaccessible After Hack",
/// "Law Firm That Caters to Government Agencies"), the new victims read off it that the text
/// never names so: there capitals do not mark names.
pub(crate) fn drop_title_openers(
    targets: &mut Vec<super::suggest::Suggestion>,
    title: &str,
    text: &str,
) {
    // Split into words only when a new victim read off the title asks: most suggestions have none
    // (splitting every title was a thirtieth of a story profile's instructions, callgrind).
    let title_case = std::cell::OnceCell::new();
    let title_case = || {
        *title_case.get_or_init(|| {
            let toks = victims::tokens(title, 0, title.len());
            toks.iter().filter(|t| t.cap).count() * 3 > toks.len() * 2
        })
    };
    targets.retain(|s| {
        let e = &s.evidence;
        let from_title = s.new_value && e.field == super::suggest::Field::Title;
        let opener = from_title && e.start == 0 && !e.term.trim().contains(char::is_whitespace);
        let before_colon = title
            .get(e.end..)
            .is_some_and(|rest| rest.trim_start().starts_with(':'));
        if from_title && !text.trim().is_empty() && title_case() {
            return text.contains(s.value.as_str());
        }
        // « Exclu RTL: des milliers d'entreprises belges victimes… »: the rubric, not a victim.
        if before_colon && super::title_rubrics::a_rubric(s, title, text) {
            return false;
        }
        !opener
            || named_again(e.term.trim(), text, before_colon)
            || an_acronym(e.term.trim(), title)
    });
}

/// Whether a title's first word is written in capitals as a name is ("DESMI hit by Cyber
/// attack"): two letters or more, all capitals, in a title not itself in capitals, where a
/// headline's first word has only its first letter up.
fn an_acronym(word: &str, title: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let upper = |s: &str| !s.chars().any(char::is_lowercase);
    letters >= 2 && upper(word) && !upper(title)
}

/// Words that make a headline's subject an attack or its authors ("Cyberattack", « piratage »,
/// "hackers", « le groupe Lazarus »), folded.
#[rustfmt::skip]
const ATTACK_SUBJECTS: &[&str] = &[
    "cyberattack", "cyberattacks", "cyber-attack", "attack", "attacks", "ransomware", "hack",
    "hackers", "breach", "cyberattaque", "cyberattaques", "attaque", "piratage", "rancongiciel",
    "pirates", "hackeurs", "groupe", "gang",
];

/// Active verbs by which an attack acts on its victim, its object ("Cyberattack cripples
/// Highline Public Schools operations", « Un piratage … paralyse les services … de la ville de
/// Liège »), folded. Not "disrupts", "targets", « vise »: a police or a vendor disrupts a gang,
/// a campaign targets a kind of victim more often than one. Not « touche », « perturbe »
/// ("affects", "disrupts"): they name what was disrupted through the victim (« Une cyberattaque
/// … touche la Chambre et le Parlement de la FWB », when Belnet, their network, was hit; the
/// stories' eighth split lost its French–English pairs).
#[rustfmt::skip]
const STRIKES: &[&str] = &[
    "cripples", "cripple", "hits", "paralyzes", "paralyze", "halts", "compromises",
    "knocks", "shuts", "paralyse", "paralysent", "frappe", "frappent",
];

/// Prepositions of place, past which a headline names where its victim is, not who (and « à »,
/// told from the English article by its accent).
const PLACES: &[&str] = &["in", "near", "across", "en", "dans", "pres"];

/// Words at most between the verb and its object's name: « les services administratifs de la
/// ville de Liège », "data of one million Basic-Fit members".
const OBJECT_WORDS: usize = 7;

/// The victim a headline names as the object of an attack that acts on it: an attack word (or
/// its authors) is the subject, an active verb of `STRIKES` follows within six words, and the
/// first name within [`OBJECT_WORDS`] words after it, with no punctuation between, is who was hit.
pub(crate) fn object_victim(original: &str) -> Option<Phrase> {
    let toks = victims::tokens(original, 0, original.len());
    // « frappé par » is a passive, whose agent is no victim: a French participle counts after
    // its auxiliary (« Une cyberattaque … a frappé l'Internet Archive »).
    let verb = (0..toks.len()).find(|&i| {
        let t = &toks[i];
        let participle = original[t.start..t.end].ends_with(['é', 'É']);
        let auxiliary = i > 0 && ["a", "ont", "avait"].contains(&toks[i - 1].folded());
        STRIKES.contains(&t.folded()) && (!participle || auxiliary)
    })?;
    let subject = toks[verb.saturating_sub(6)..verb]
        .iter()
        .any(|t| ATTACK_SUBJECTS.contains(&t.folded()));
    if !subject {
        return None;
    }
    for i in verb + 1..toks.len().min(verb + 2 + OBJECT_WORDS) {
        // "shuts down district in suburban Kansas City": a name after a place preposition is
        // where the victim is.
        let t = &toks[i];
        if t.gap || PLACES.contains(&t.folded()) || &original[t.start..t.end] == "à" {
            return None;
        }
        if let Some(p) = victims::phrase_forward(&toks, i)
            && (p.proper || p.head.is_some_and(|h| h.naming))
        {
            return Some(p);
        }
    }
    None
}

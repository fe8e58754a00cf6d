//! Insider attacks as the press describes them, without the words "insider threat": an employee
//! who copies, transfers or takes the data (« un employé de la banque a pu consulter et transférer
//! des données », "a former employee downloaded customer records"), or who, dismissed, deletes it
//! (« la suppression de plusieurs milliers de fichiers » by « une salariée » who had just learnt
//! she was « licenciée », "the employee … deleted e-mail of his boss who had fired him"), or who
//! turns on a former employer ("hacked his former employer's communications network", « un ancien
//! salarié, qui avait piraté le système informatique de son entreprise »). The vocabulary's insider
//! synonyms ("rogue employee", « employé malveillant ») name it; these describe it.
//!
//! Folded text (lower case, no accents), like every cue.
use super::context::{self, Found, Modality};
use super::fold::is_word_char;
use super::fraud::{first_stated, phrase_len, words_of};
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

/// Who is inside: an employee, present or former.
#[rustfmt::skip]
const PEOPLE: &[&str] = &[
    "un employe", "une employee", "ex-employe", "ex-employee", "ancien employe",
    "ancienne employee", "un salarie", "une salariee", "ancien salarie", "ancienne salariee",
    "un collaborateur", "une collaboratrice", "an employee", "a former employee", "an ex-employee",
    "a staff member", "a former staff member", "a disgruntled employee", "an insider",
    "a former worker", "the employee", "le salarie", "la salariee", "l'employe", "l'employee",
    "staff members",
    // Dismissed, the employee turns on the employer (« un salarié licencié », "until he was
    // fired"): who was fired is who acts next.
    "licencie", "licenciee", "was fired", "been fired", "a terminated",
];

/// What an insider does with the data (followed by the data, see [`DATA`]), or why.
#[rustfmt::skip]
const TAKING: &[&str] = &[
    "copier", "copie", "a copie", "copied", "transferer", "transfere", "a transfere",
    "transferred", "telecharger", "telecharge", "downloaded", "emporte", "took", "exfiltre",
    "exfiltrated", "vendu", "sold", "consulter", "accessed", "agi par vengeance",
    "par vengeance", "out of revenge",
    // Sabotage and theft: « suppression de plusieurs milliers de fichiers », "deleted vital
    // files", « avait volé plus de 300 fichiers ».
    "suppression de", "supprime", "a supprime", "efface", "a efface", "deleted", "wiped",
    "vole", "a vole", "stole",
];

/// The data taken, within a few words of the verb.
#[rustfmt::skip]
const DATA: &[&str] = &[
    "donnees", "fichier", "fichiers", "dossiers", "base", "data", "files", "records", "documents",
    "informations", "information", "clients", "customer", "customers", "adherents", "mail",
    "mails", "emails", "courriels", "databases",
];

/// What makes the employee a victim, a target or a witness instead: "an employee downloaded a
/// malicious attachment", « un employé a cliqué sur un lien piégé », "an employee noticed that
/// hackers had accessed customer data".
#[rustfmt::skip]
const NOT_INSIDER: &[&str] = &[
    "malicious", "malveillant", "malveillante", "piege", "piegee", "infected", "infecte",
    "attachment", "piece jointe", "phishing", "hameconnage", "lien", "hackers", "hacker",
    "attackers", "attacker", "pirates", "cybercriminels", "cybercriminals", "criminals",
    "ransomware", "rancongiciel",
];

/// A former employer, whom the insider turns on: "hacked his former employer's communications
/// network", « s'en est pris à son ancien employeur ».
#[rustfmt::skip]
const FORMER_EMPLOYER: &[&str] = &[
    "former employer", "former employers", "ex-employer", "ex-employers", "previous employer",
    "ancien employeur", "anciens employeurs", "ex-employeur", "ex-employeurs",
];

/// One former employee, who turns on the employer: "a former employee who hacks your network",
/// "Disgruntled Ex-Employee Caused IT Chaos". Singular: "current and former employees" are whose
/// records were taken.
#[rustfmt::skip]
const FORMER_EMPLOYEE: &[&str] = &[
    "former employee", "ex-employee", "disgruntled employee", "disgruntled ex-employee",
    "disgruntled former employee", "former staff member", "ex-staff member", "ancien employe",
    "ancienne employee", "ancien salarie", "ancienne salariee", "ex-employe", "ex-salarie",
    "ex-salariee",
];

/// What one who turns on an employer does to it: hacks, sabotages, wrecks or avenges himself.
#[rustfmt::skip]
const TURNS_ON: &[&str] = &[
    "hack", "hacks", "hacked", "hacking", "breached", "sabotage", "sabotaged", "sabotaging",
    "attacked", "retribution", "revenge", "deleted", "wiped", "caused", "pirate", "piratage",
    "sabote", "saboter", "supprime", "efface", "vengeance", "venge", "venger",
];

/// Words that may stand between the verb and the former employer ("hacked into his former
/// employer's", « a piraté le réseau de son ancien employeur »).
#[rustfmt::skip]
const BETWEEN: &[&str] = &[
    "his", "her", "their", "into", "the", "on", "of", "a", "son", "sa", "ses", "de", "du", "le",
    "la", "les", "l'", "d'", "reseau", "network", "systems", "serveurs", "servers", "computer",
    "systemes",
];

/// How many words apart the verb and the one turning on an employer (or the employer) may be.
const TURN_WORDS: usize = 5;

/// An employee who turns on a former employer, said in one sentence: the former employer as the
/// object of a hacking or sabotage verb a few words before ("hacking former employer", "hacked
/// into his former employer's computer network"), or a former employee as the subject of one a
/// few words after ("a former employee who hacks your network").
fn turned_on_employer(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let found = |(sa, sb): (usize, usize)| {
        let words = words_of(text, sa, sb);
        let word = |i: usize| &text[words[i].0..words[i].1];
        let turns = |i: usize| TURNS_ON.contains(&word(i));
        (0..words.len()).find_map(|i| {
            if let Some(n) = phrase_len(text, &words, i, FORMER_EMPLOYER) {
                let verb = (i.saturating_sub(TURN_WORDS)..i)
                    .rev()
                    .take_while(|&j| turns(j) || BETWEEN.contains(&word(j)))
                    .find(|&j| turns(j))?;
                return Some((words[verb].0, words[i + n - 1].1));
            }
            let n = phrase_len(text, &words, i, FORMER_EMPLOYEE)?;
            let after = i + n..(i + n + TURN_WORDS).min(words.len());
            let verb = after.clone().find(|&j| turns(j))?;
            Some((words[i].0, words[verb].1))
        })
    };
    first_stated(text, sentences, cues, found)
}

/// How many words after a taking verb its data may come.
const DATA_WORDS: usize = 5;

/// Where the text describes an insider taking data: the folded span of the taking words, and how
/// the sentence asserts it. An employee named in one sentence and the taking in it or in the next
/// one counts ("…vise un employé de la mutuelle. Le piratage remonte au 2 juin, lorsqu'un
/// responsable d'agence… décide de copier le fichier des adhérents").
pub(crate) fn find(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let end = sentences.last().map_or(0, |s| s.1);
    // One pass finds every employee named; most articles name none.
    let people: Vec<usize> = PEOPLE_AC
        .find_iter(&text[..end])
        .filter(|m| context::at_word_boundary(text, m.start(), m.end()))
        .map(|m| m.start())
        .collect();
    let mut next = 0;
    for at in people {
        let i = sentences.partition_point(|&(_, e)| e <= at);
        if i < next {
            continue;
        }
        next = i + 1;
        for &(sa, sb) in sentences[i..].iter().take(2) {
            let sentence = &text[sa..sb];
            if NOT_INSIDER_AC
                .find_iter(sentence)
                .any(|m| context::at_word_boundary(sentence, m.start(), m.end()))
            {
                continue;
            }
            for m in TAKING_AC.find_iter(sentence) {
                let (start, end) = (sa + m.start(), sa + m.end());
                if !context::at_word_boundary(text, start, end) {
                    continue;
                }
                let verb = &text[start..end];
                let motive = verb.contains("vengeance") || verb.contains("revenge");
                if !motive && !data_follows(text, end, sb) {
                    continue;
                }
                let m = context::modality(text, cues, (sa, sb), start, end);
                if m > Modality::Hypothetical {
                    return Some((start, end, m));
                }
            }
        }
    }
    turned_on_employer(text, sentences, cues)
}

/// True when a data word comes within a few words after `at`.
fn data_follows(text: &str, at: usize, end: usize) -> bool {
    let to = context::words_forward(text, at, end, DATA_WORDS);
    text[at..to]
        .split(|c: char| !is_word_char(c))
        .any(|w| DATA.contains(&w))
}

/// The phrase lists as automata, built once per process (a few dozen phrases: microseconds).
static PEOPLE_AC: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(PEOPLE));
static TAKING_AC: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(TAKING));
static NOT_INSIDER_AC: LazyLock<AhoCorasick> = LazyLock::new(|| automaton(NOT_INSIDER));

fn automaton(phrases: &[&str]) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(phrases)
        .expect("a few dozen literal phrases always build")
}

//! The victim as the object of an attack (round s17victims): an attack that is the subject of an
//! active verb of harm hits its object (« Une cyberattaque paralyse le cégep de Lanaudière »,
//! "Ransomware cripples Tampa General Hospital"), and the object is read up to the end of its
//! noun phrase, past a quantity, what the victim owns, and a day (« a touché une dizaine de sites
//! de Siegfried », « a concerné vendredi le groupe NZZ »), whatever the vocabulary knows.
use super::victims::{DETERMINERS, Token};

/// Active verbs of harm whose subject is an attack and whose object is its victim (folded; the
/// participles « paralysé(e) » are victim-before cues of their own).
#[rustfmt::skip]
pub(crate) const HARM_ACTIVE: &[&str] = &[
    "paralyse le", "paralyse la", "paralyse les", "paralysent le", "paralysent la",
    "paralysent les", "a paralyse le", "a paralyse la", "a paralyse les", "ont paralyse le",
    "ont paralyse la", "ont paralyse les", "perturbe le", "perturbe la", "perturbe les",
    "a perturbe le", "a perturbe la", "a perturbe les", "a concerne", "ont concerne",
    "frappe le", "frappe la", "frappe les", "cripples", "paralyzes", "paralyses",
    // Round s41target: English phrasal verbs of harm whose object is the victim's systems ("A
    // virus has shut down the City of Woodstock’s computer systems", "a ransomware attack took
    // down the South African Weather Service’s (SAWS’s) IT systems", twenty-eighth split).
    "shut down", "shuts down", "took down", "takes down", "knocked out", "knocks out",
];

/// Words of an attack that make it the subject of such a verb ("A virus has shut down…", "a
/// ransomware attack took down…").
#[rustfmt::skip]
const ATTACK_SUBJECTS: &[&str] = &[
    "virus", "ransomware", "attack", "cyberattack", "cyber-attack", "hackers", "malware",
    "attackers", "hack", "breach", "intrusion", "incident", "outage",
];

/// How many words before the verb its attack subject may stand ("a ransomware attack has
/// reportedly shut down").
const SUBJECT_WORDS: usize = 5;

/// True when the cue at `start..end` of the folded text is one of [`HARM_ACTIVE`]'s English
/// phrasal verbs ("shut down", "took down", "knocked out") with no attack among the words before
/// it in its sentence (from `from`): the police "shut down" a market and "took down" a botnet as
/// often as an attack shuts down a city's systems ("Police shut down the Genesis Market's
/// servers" is a takedown, not an attack on the market).
pub(crate) fn phrasal_without_an_attack(text: &str, from: usize, start: usize, end: usize) -> bool {
    let cue = &text[start..end];
    (cue.ends_with(" down") || cue.ends_with(" out"))
        && !text[from..start]
            .rsplit(|c: char| !super::fold::is_word_char(c) && c != '-')
            .filter(|w| !w.is_empty())
            .take(SUBJECT_WORDS)
            .any(|w| ATTACK_SUBJECTS.contains(&w))
}

/// Words of quantity before what was hit (« une dizaine de sites de… », "dozens of servers at").
#[rustfmt::skip]
const QUANTITIES: &[&str] = &[
    "dizaine", "dizaines", "centaine", "centaines", "plupart", "partie", "ensemble", "majorite",
    "nombre", "totalite", "dozens", "dozen", "hundreds", "part", "most", "all", "some",
    "certains", "certaines", "tous", "toutes",
];

/// What a victim owns and loses, before its name (« sites de Siegfried », "servers of").
#[rustfmt::skip]
const PARTS: &[&str] = &[
    "site", "sites", "serveur", "serveurs", "systeme", "systemes", "reseau", "reseaux",
    "services", "usine", "usines", "filiale", "filiales", "etablissement", "etablissements",
    "informatique", "informatiques", "website", "websites", "server", "servers", "system",
    "systems", "network", "networks", "computers", "ordinateurs", "plant", "plants",
    "facilities",
];

/// Days and times set between the verb and its object (« a concerné vendredi le groupe NZZ »).
#[rustfmt::skip]
const WHEN: &[&str] = &[
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
];

/// Past a day, a quantity and what the victim owns, to where the victim's name starts (token
/// `i` itself when nothing is skipped).
pub(crate) fn past_parts(toks: &[Token], i: usize) -> usize {
    let joins = |t: &Token| matches!(t.folded(), "de" | "du" | "des" | "d" | "of" | "at");
    let mut j = i;
    while toks
        .get(j)
        .is_some_and(|t| WHEN.contains(&t.folded()) && !t.cap)
    {
        j += 1;
    }
    let mut k = j;
    while toks
        .get(k)
        .is_some_and(|t| DETERMINERS.contains(&t.folded()) || t.folded.parse::<u32>().is_ok())
    {
        k += 1;
    }
    let mut skipped = false;
    if toks
        .get(k)
        .is_some_and(|t| QUANTITIES.contains(&t.folded()))
        && toks.get(k + 1).is_some_and(joins)
    {
        k += 2;
        skipped = true;
    }
    let mut parts = 0;
    while toks.get(k).is_some_and(|t| PARTS.contains(&t.folded())) {
        k += 1;
        parts += 1;
    }
    if parts > 0 && toks.get(k).is_some_and(joins) {
        return k + 1;
    }
    if skipped {
        return k;
    }
    j
}

/// Auxiliaries of the pluperfect.
const PLUPERFECT: &[&str] = &["avait", "avaient", "had"];

/// Words that set a pluperfect before the story: reported speech alone ("said it had detected
/// unusual activity", « a indiqué qu'elle avait été victime ») tells this very incident.
#[rustfmt::skip]
const ANTERIORITY: &[&str] = &[
    "deja", "auparavant", "precedemment", "semblable", "similaire", "already", "previously",
    "earlier", "similar",
];

fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !super::fold::is_word_char(c))
}

/// Whether the cue starting at `at` (folded text) in `sentence` is a verb in the pluperfect set
/// before the story (« une fuite avait déjà frappé la Fédération… », "had already crippled"), or follows
/// in a clause "which follows" an attack: an earlier incident.
pub(crate) fn in_the_pluperfect(text: &str, sentence: (usize, usize), at: usize) -> bool {
    let floor = sentence.0;
    let from = super::context::words_back(text, floor, at, 3);
    let pluperfect = words(&text[from..at]).any(|w| PLUPERFECT.contains(&w))
        && words(&text[floor..sentence.1]).any(|w| ANTERIORITY.contains(&w));
    // "Such an incident — which follows the … attack against the Port of Seattle": what this
    // incident follows came before it.
    let from = super::context::words_back(text, floor, at, 8);
    pluperfect || FOLLOWS.iter().any(|f| text[from..at].contains(f))
}

/// Relative clauses by which an incident follows an earlier one.
const FOLLOWS: &[&str] = &[
    "which follows",
    "that follows",
    "which comes after",
    "qui fait suite",
    "qui suit",
    "qui succede",
];

/// Passives in the pluperfect: a subject that "had been hit" too was hit before this story
/// (« Le centre hospitalier de Dax avait été victime d'une attaque semblable »).
const HAD_BEEN: &[&str] = &[
    "avait ete",
    "avaient ete",
    "avait deja ete",
    "avaient deja ete",
    "had been",
    "had already been",
];

/// Whether a (folded) sentence says in the pluperfect passive, with a word of anteriority, that
/// someone had been hit.
pub(crate) fn hit_in_the_pluperfect(sentence: &str) -> bool {
    HAD_BEEN.iter().any(|h| {
        sentence
            .match_indices(h)
            .any(|(i, _)| super::context::at_word_boundary(sentence, i, i + h.len()))
    }) && words(sentence).any(|w| ANTERIORITY.contains(&w))
}

/// French participles of the hit whose present tense folds the same (« paralysé », « paralyse »;
/// « piraté », « pirate »: « Le groupe Fallaga pirate des sites web du gouvernement tunisien »
/// made the group its own victim, high, on the nineteenth split, as « Le Lazarus Group pirate un
/// négociant en cryptomonnaies » reads on the thirteenth).
const ACTIVE_PRESENTS: &[&str] = &["paralyse", "pirate"];

/// Whether a victim cue as written is a verb in the active present (« Lazarus paralyse la
/// bourse … Lykke », « Un piratage … paralyse les services de la ville de Liège »): its object
/// is the victim, not its subject. Only the unaccented form, which the participle never is.
pub(crate) fn an_active_present(written: &str) -> bool {
    let lower = written.trim().to_lowercase();
    ACTIVE_PRESENTS.contains(&lower.as_str())
}

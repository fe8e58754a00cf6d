//! Data said to be taken in a sentence's grammar rather than in one of the vocabulary's fixed
//! phrases (`../shared/TAGGING.md`: data-breach is "data said to be stolen or leaked"):
//! - data as the subject of a passive participle of taking or publishing, with words between
//!   (« Des données sur les identités des résidents ont notamment été diffusées sur le darknet »,
//!   "customer records were later posted online");
//! - a verb or noun of taking or reaching data before its object, with words between ("gaining
//!   access to 600,000 lines of voter data", "a hacker accessed about one million consumers'
//!   sensitive personal information", « les pirates ont dérobé plusieurs milliers de fichiers »,
//!   « le vol de 139 téraoctets de données », "theft of some company and personal data");
//! - data and a participle with no auxiliary, followed by who took it or where it was put
//!   (« des données personnelles mises en ligne par les hackers », "personal information exposed
//!   online").
//!
//! French « ont eu accès à des données » stays an intrusion, as the vocabulary has it (access
//! is not taking). Inferred from a description, so at most medium confidence, and only when the
//! sentence states it ("the hackers may have copied data" is a guess about a guess). Folded text.
use super::context::{Found, Modality};
use super::fraud::{first_stated, phrase_len, words_of};

/// What is taken.
#[rustfmt::skip]
const DATA: &[&str] = &[
    "donnees", "fichiers", "informations", "renseignements", "documents", "base de donnees",
    "bases de donnees", "data", "records", "files", "information", "database", "databases",
];

/// Participles of taking or publishing, after an auxiliary (« ont été diffusées », "were
/// posted").
#[rustfmt::skip]
const TAKEN: &[&str] = &[
    "diffusees", "diffuses", "diffusee", "publiees", "publies", "publiee", "divulguees",
    "divulgues", "divulguee", "mises en ligne", "mis en ligne", "volees", "voles", "volee",
    "siphonnees", "siphonnes", "copiees", "copies", "telechargees", "telecharges",
    "published", "posted", "dumped", "leaked", "stolen", "copied", "downloaded", "exfiltrated",
    "accessed", "taken", "exposed", "exposees", "exposes", "exposee",
];

/// Words after a participle that make it no taking: "payment systems were taken offline".
#[rustfmt::skip]
const NOT_TAKEN_AFTER: &[&str] = &[
    "offline", "down", "off", "out", "hors",
];

/// What may follow data and a participle with no auxiliary between to say that the data was
/// taken, not described: the taker or where it was put (« données personnelles mises en ligne
/// par les hackers », "personal information exposed online").
#[rustfmt::skip]
const TAKER_OR_PLACE: &[&str] = &[
    "par les hackers", "par les pirates", "par des hackers", "par des pirates",
    "par les cybercriminels", "par le hacker", "par le pirate", "by hackers", "by the hackers",
    "by cybercriminals", "by the attackers", "online", "en ligne", "on the dark web",
    "sur le dark web", "sur le darknet", "sur le darkweb", "on the darknet", "sur internet",
];

/// Auxiliaries before such a participle.
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "ete", "sont", "etaient", "was", "were", "been", "are", "is",
];

/// Verbs of taking or reaching data, before it.
#[rustfmt::skip]
const TAKING: &[&str] = &[
    // Nouns of taking: « le vol de 139 téraoctets de données », "theft of some company and
    // personal data", "remove a copy of a subset of data".
    "vol de", "vol d", "theft of", "a copy of",
    "accessed", "gained access to", "gaining access to", "stole",
    "downloaded", "copied", "exfiltrated", "ont derobe", "a derobe", "ont vole", "a vole",
    "ont subtilise", "a subtilise", "ont siphonne", "a siphonne", "ont copie", "a copie",
    "ont exfiltre", "a exfiltre", "ont telecharge", "a telecharge",
];

/// Words that make the data the object of a question ("determining what private information
/// was accessed", « savoir quelles données ont été volées »): not yet known to be taken.
#[rustfmt::skip]
const ASKING: &[&str] = &[
    "what", "which", "whether", "if", "quelles", "quels", "quelle", "quel", "si",
];

/// What is encrypted by a ransomware: data and the machines that hold it.
#[rustfmt::skip]
const ENCRYPTED_THINGS: &[&str] = &[
    "donnees", "fichiers", "serveurs", "systemes", "ordinateurs", "postes", "boites",
    "messageries", "infrastructures", "data", "files", "servers", "systems", "computers",
    "machines", "devices",
];

/// Participles of encryption. « chiffrées » alone also means costed (« les pertes ont été
/// chiffrées à »): only with the data or machines as subject does it say encrypted.
#[rustfmt::skip]
const ENCRYPTED: &[&str] = &[
    "chiffrees", "chiffres", "chiffree", "chiffre", "cryptees", "cryptes", "encrypted",
];

/// How many words may stand between data and its participle's auxiliary, or between a verb
/// and its data.
const GAP_WORDS: usize = 7;

/// A description of data taken in the lead's sentences: its folded span and how its sentence
/// asserts it.
pub(crate) fn data_taken(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let found = |(sa, sb): (usize, usize)| {
        let words = words_of(text, sa, sb);
        for i in 0..words.len() {
            // "gaining access to 600,000 lines of voter data".
            if let Some(n) = phrase_len(text, &words, i, TAKING) {
                let to = (i + n + GAP_WORDS + 1).min(words.len());
                // « le vol de données (24%) » counts thefts in a survey.
                let data = (i + n..to).find_map(|j| {
                    let m = phrase_len(text, &words, j, DATA)?;
                    Some(words[j + m - 1].1)
                });
                if data.is_some_and(|end| !super::framing::counted_share(text, end, sb)) {
                    return Some((words[i].0, words[i + n - 1].1));
                }
            }
            // « Des données … ont notamment été diffusées ».
            let Some(n) = phrase_len(text, &words, i, DATA) else {
                continue;
            };
            let asked = words[i.saturating_sub(2)..i]
                .iter()
                .any(|&(a, b)| ASKING.contains(&&text[a..b]));
            if asked {
                continue;
            }
            if let Some(span) = passive_participle(text, &words, i + n, TAKEN) {
                return Some(span);
            }
            // « données personnelles mises en ligne par les hackers », "information exposed
            // online": the participle right after the data, then its taker or place.
            for k in i + n..(i + n + 2).min(words.len()) {
                if let Some(m) = phrase_len(text, &words, k, TAKEN)
                    && phrase_len(text, &words, k + m, TAKER_OR_PLACE).is_some()
                {
                    return Some((words[k].0, words[k + m - 1].1));
                }
            }
        }
        None
    };
    // A guess about a description ("the hackers may have copied data") says too little.
    first_stated(text, sentences, cues, found)
}

/// A description of data or machines encrypted, with words between (« des boîtes de messagerie
/// qui ont été chiffrées lors de l'attaque », "servers at several sites were encrypted"): its
/// folded span and how its sentence asserts it; stated only.
pub(crate) fn data_encrypted(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
) -> Option<(usize, usize, Modality)> {
    let found = |(sa, sb): (usize, usize)| {
        let words = words_of(text, sa, sb);
        (0..words.len()).find_map(|i| {
            let n = phrase_len(text, &words, i, ENCRYPTED_THINGS)?;
            passive_participle(text, &words, i + n, ENCRYPTED)
        })
    };
    first_stated(text, sentences, cues, found)
}

/// The span of a participle of `participles` said of the subject that ends before word `after`:
/// an auxiliary within [`GAP_WORDS`] words of it, then the participle within two words of the
/// auxiliary (« ont notamment été diffusées »: an adverb may stand between).
fn passive_participle(
    text: &str,
    words: &[(usize, usize)],
    after: usize,
    participles: &[&str],
) -> Option<(usize, usize)> {
    let to = (after + GAP_WORDS + 1).min(words.len());
    let auxiliary = (after..to).filter(|&j| AUXILIARIES.contains(&&text[words[j].0..words[j].1]));
    auxiliary
        .flat_map(|j| j + 1..(j + 3).min(words.len()))
        .find_map(|k| {
            let m = phrase_len(text, words, k, participles)?;
            if phrase_len(text, words, k + m, NOT_TAKEN_AFTER).is_some() {
                return None;
            }
            Some((words[k].0, words[k + m - 1].1))
        })
}

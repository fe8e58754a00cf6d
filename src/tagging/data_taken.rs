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
//! - a verb that says taking only of attackers, with an attacker named before it in its sentence
//!   (« le groupe cybercriminel LockBit qui a publié près de 18Go de données », "the cyber
//!   criminals took certain data from its network");
//! - data found where stolen data is sold or shown (« se retrouvent sur le Web caché », « sont en
//!   vente sur le dark web », "available on the dark web").
//!
//! A size stands for the data it measures (« 18Go », "43GB", « 102 gigaoctets »).
//!
//! French « ont eu accès à des données » stays an intrusion, as the vocabulary has it (access
//! is not taking). Inferred from a description, so at most medium confidence, and only when the
//! sentence states it ("the hackers may have copied data" is a guess about a guess). Folded text.
use super::context::{Found, Modality};
use super::fraud::{any_of, first_stated, phrase_len, words_of};
use std::sync::LazyLock;

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
    // Data compromised is data no longer the victim's alone (« des données sensibles
    // compromises dans une cyberattaque », "the information was compromised as a result of
    // unauthorised access"); denied, it is no breach ("no personal data was compromised").
    "compromised", "compromises", "compromise",
    // Data made public is data leaked (« plus de 13 Go de données sensibles ont été rendues
    // publiques », « Ces données ont été rendues publiques », sixteenth split).
    "rendues publiques", "rendus publics", "rendue publique", "rendu public", "made public",
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
    // The attack that took it (« compromises dans une cyberattaque », "compromised in the
    // attack").
    "dans une cyberattaque", "dans la cyberattaque", "lors de la cyberattaque",
    "lors d une cyberattaque", "lors de l attaque", "in a cyberattack", "in the cyberattack",
    "in a cyber attack", "in the cyber attack", "in the attack", "during the attack",
    "in the breach", "in a breach",
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
    // Exposing or leaking data, said actively: « une sécurité déplorable expose les données de
    // milliers d'étudiants » (fresh split), "Ransomware gang Akira leaks unprecedented number
    // of victims' data" (twelfth), « Un mail piraté dévoile les informations confidentielles
    // des employés » (thirteenth).
    "expose", "exposes", "exposing", "a expose", "ont expose", "leaks", "leaking", "devoile",
    "a devoile", "ont devoile",
    // "A cyberattack on the Upper Canada District School Board has exposed sensitive personal
    // information" (seventeenth split): the perfect of exposing, whatever its subject.
    "has exposed", "have exposed", "had exposed",
    // The perfect infinitive of taking, after a claim or a charge (« Les pirates déclarent avoir récupéré plus de 12.000
    // documents », "claimed to have stolen 62GB of data"): its subject is the taker, whoever it
    // is, so it needs none before it as « a récupéré » does.
    "avoir vole", "avoir derobe", "avoir recupere", "avoir exfiltre",
    "avoir extrait", "avoir copie", "avoir telecharge", "avoir subtilise", "avoir siphonne",
    "to have stolen", "to have exfiltrated", "to have taken",
    "to have downloaded", "to have copied", "to have accessed",
];

/// A claim to hold data, its amount right after (the Termite gang "also claimed to have 700 GB of
/// files", the fixture feeds; « Les hackers … disent détenir 150 Go de données »): the attackers'
/// leak claim, as a claim to have stolen it is. Not a holding merely stated (« l'entreprise détient
/// des données »), nor a claim to have done something else ("claimed to have encrypted 200 files").
#[rustfmt::skip]
const CLAIMED_HOLDING: &[&str] = &[
    "claimed to have", "claims to have", "claim to have", "claiming to have", "claimed to hold",
    "claims to hold", "claimed to possess", "claims to possess", "affirme detenir",
    "affirment detenir", "dit detenir", "disent detenir", "pretend detenir", "pretendent detenir",
    "assure detenir", "assurent detenir", "affirme posseder", "affirment posseder",
];

/// Words of an amount between such a claim and its data ("more than 1.2 million records", « plus
/// de 150 Go », « une base de données »); numbers too.
#[rustfmt::skip]
const AMOUNT: &[&str] = &[
    "the", "some", "more", "than", "over", "about", "nearly", "almost", "around", "million",
    "millions", "thousand", "thousands", "of", "a", "an", "plus", "pres", "environ", "de", "des",
    "d", "un", "une", "milliers", "sensitive", "sensibles",
];

/// How many amount words may stand between the claim and its data.
const AMOUNT_WORDS: usize = 4;

/// Units of data: a size says data (« près de 18Go de données », "obtained 119 GB of files").
#[rustfmt::skip]
const SIZE_UNITS: &[&str] = &[
    "go", "gb", "to", "tb", "mo", "mb", "gigaoctets", "teraoctets", "megaoctets", "gigabytes",
    "terabytes", "megabytes",
];

/// Who takes data in an attack, named as the subject of a verb of [`ATTACKER_TAKING`].
#[rustfmt::skip]
const ATTACKERS: &[&str] = &[
    "hackers", "hacker", "pirates", "pirate", "cybercriminels", "cybercriminel", "cybercriminals",
    "criminals", "attackers", "attaquants", "assaillants", "malfaiteurs", "gang", "ransomware",
    "rancongiciel", "threat actor", "threat actors",
];

/// Verbs that say data was taken or leaked only when attackers do it: a company publishes or
/// obtains data of its own ("the group published data showing…"), hackers take it. « pour
/// récupérer leurs données » is the victim's aim; « aux pirates de récupérer » the attackers'.
#[rustfmt::skip]
const ATTACKER_TAKING: &[&str] = &[
    "took", "removed", "obtained", "captured", "capturing", "published", "posted", "leaked",
    "dumped", "a publie", "ont publie", "a diffuse", "ont diffuse", "a mis en ligne",
    "ont mis en ligne", "exfiltrant", "extrait", "ont extrait", "s emparer des", "s emparer de",
    "de recuperer", "a recupere", "ont recupere", "mis la main sur", "mettre la main sur",
    // « Les pirates … ont annoncé qu'ils avaient pris possession des données du Barreau ».
    "pris possession des", "pris possession de", "pris possession du", "took possession of",
];

/// How many words before such a verb its attacker subject may stand ("the cybercriminals had
/// accessed the county's computer network and removed").
const SUBJECT_WORDS: usize = 10;

/// Words that, right after data, say it is where stolen data is sold or shown (« sont en vente
/// sur le dark web », « ont été déposés sur le Web caché »), before the place.
#[rustfmt::skip]
const FOUND_AT: &[&str] = &[
    "en vente", "disponibles", "disponible", "deposes", "deposees", "retrouvent", "retrouve",
    "retrouvees", "retrouves", "available", "for sale", "sold", "offered for sale",
];

/// Words before « en vente » that make it an auction (« mises en vente », "put up for sale").
#[rustfmt::skip]
const PUT_UP: &[&str] = &[
    "mis", "mise", "mises", "up",
];

/// Where stolen data is sold or shown.
#[rustfmt::skip]
const DARK_PLACES: &[&str] = &[
    "dark web", "dark-web", "darknet", "darkweb", "web cache", "web clandestin", "forum",
    "forums", "hacker forums", "hacking forum",
];

/// Words between data put somewhere and the place: a preposition and a determiner (« sur le »,
/// "on the").
#[rustfmt::skip]
const TO_A_PLACE: &[&str] = &[
    "sur", "on", "dans", "in", "le", "la", "les", "l", "un", "une", "des", "the", "a",
];

/// Words that make the data the object of a question ("determining what private information
/// was accessed", « savoir quelles données ont été volées »): not yet known to be taken.
#[rustfmt::skip]
const ASKING: &[&str] = &[
    "what", "which", "whether", "if", "quelles", "quels", "quelle", "quel", "si",
];

/// Determiners that deny or leave open the data they quantify ("no customer or employee data
/// was compromised", "the extent of any patient health or financial information that has been
/// compromised", « aucune donnée n'a été volée »): no data is said to be taken. Not the shared
/// denying words (`context::denies`): « pas » and "not" before the data deny another verb ("did
/// not say how much data was stolen" still says data was stolen).
#[rustfmt::skip]
const NO_DATA: &[&str] = &[
    "no", "any", "aucune", "aucun",
];

/// What is encrypted by a ransomware: data and the machines that hold it.
#[rustfmt::skip]
const ENCRYPTED_THINGS: &[&str] = &[
    "donnees", "fichiers", "serveurs", "systemes", "ordinateurs", "postes", "boites",
    "messageries", "infrastructures", "data", "files", "servers", "systems", "computers",
    "machines", "devices",
    // Every word of data is what a ransomware encrypts ("The 911 communications server was
    // wiped clean and the information was encrypted").
    "informations", "information", "documents", "dossiers", "records", "renseignements",
    "database", "databases", "base de donnees", "bases de donnees",
];

/// Participles of encryption. « chiffrées » alone also means costed (« les pertes ont été
/// chiffrées à »): only with the data or machines as subject does it say encrypted.
#[rustfmt::skip]
const ENCRYPTED: &[&str] = &[
    "chiffrees", "chiffres", "chiffree", "chiffre", "cryptees", "cryptes", "encrypted",
];

/// Words after an encrypted participle that make it a protection kept over time, not a
/// ransomware's work ("information located in our system has been encrypted since 2019 for
/// safety", "data encrypted at rest").
#[rustfmt::skip]
const PROTECTED_STATE: &[&str] = &[
    "since", "depuis", "at rest", "in transit", "au repos", "for safety", "for security",
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
        // Every finding needs data (`data_len`): a word of DATA, or a size, which has a digit.
        let sentence = &text[sa..sb];
        if !DATA_PHRASES.is_match(sentence) && !sentence.bytes().any(|b| b.is_ascii_digit()) {
            return None;
        }
        let words = words_of(text, sa, sb);
        for i in 0..words.len() {
            // "gaining access to 600,000 lines of voter data".
            if let Some(n) = phrase_len(text, &words, i, TAKING) {
                let to = (i + n + GAP_WORDS + 1).min(words.len());
                // « le vol de données (24%) » counts thefts in a survey.
                let data = data_after(text, &words[..to], i + n);
                if data.is_some_and(|end| !super::framing::counted_share(text, end, sb)) {
                    return Some((words[i].0, words[i + n - 1].1));
                }
            }
            // "claimed to have 700 GB of files".
            if let Some(n) = phrase_len(text, &words, i, CLAIMED_HOLDING)
                && holds_data(text, &words, i + n)
            {
                return Some((words[i].0, words[i + n - 1].1));
            }
            // « le groupe cybercriminel LockBit qui a publié près de 18Go de données ».
            if let Some(n) = phrase_len(text, &words, i, ATTACKER_TAKING)
                && by_attackers(text, &words[i.saturating_sub(SUBJECT_WORDS)..i])
                && let Some(end) = data_after(text, &words, i + n)
                && !super::framing::counted_share(text, end, sb)
            {
                return Some((words[i].0, words[i + n - 1].1));
            }
            // « Des données … ont notamment été diffusées ».
            let Some(n) = data_len(text, &words, i) else {
                continue;
            };
            let asked = words[i.saturating_sub(2)..i]
                .iter()
                .any(|&(a, b)| ASKING.contains(&&text[a..b]));
            // "no customer or employee data": up to four words of what data it is between.
            let denied = words[i.saturating_sub(5)..i]
                .iter()
                .any(|&(a, b)| NO_DATA.contains(&&text[a..b]));
            if asked || denied {
                continue;
            }
            if let Some(span) = passive_participle(text, &words, i + n, TAKEN) {
                return Some(span);
            }
            // « Des informations confidentielles … se retrouvent sur le Web caché ».
            if let Some(span) = found_at_dark_place(text, &words, i + n) {
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

/// [`DATA`] in one automaton, the gate of [`data_taken`] (`fraud::any_of`).
static DATA_PHRASES: LazyLock<super::phrases::Occurrences> = LazyLock::new(|| any_of(DATA));

/// How many words of data start at word `i`: a word of [`DATA`], or a size (« 18Go », "119 GB",
/// « 102 gigaoctets »).
fn data_len(text: &str, words: &[(usize, usize)], i: usize) -> Option<usize> {
    if let Some(n) = phrase_len(text, words, i, DATA) {
        return Some(n);
    }
    let word = |j: usize| &text[words[j].0..words[j].1];
    let w = word(i);
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    // "18go", "43gb": a number and its unit in one word.
    if digits > 0 && SIZE_UNITS.contains(&&w[digits..]) {
        return Some(1);
    }
    // "119 gb": the unit after a number; "to" alone is English, so only after a number.
    let after_number = i > 0 && word(i - 1).bytes().all(|b| b.is_ascii_digit());
    (after_number && SIZE_UNITS.contains(&w)).then_some(1)
}

/// True when data starts at word `from`, or after a few words of its amount ([`AMOUNT`]).
fn holds_data(text: &str, words: &[(usize, usize)], from: usize) -> bool {
    let amount = |j: usize| {
        let w = &text[words[j].0..words[j].1];
        AMOUNT.contains(&w) || w.bytes().all(|b| b.is_ascii_digit())
    };
    (from..(from + AMOUNT_WORDS + 1).min(words.len()))
        .take_while(|&j| j == from || amount(j - 1))
        .any(|j| data_len(text, words, j).is_some())
}

/// Where the first data within [`GAP_WORDS`] words from word `from` ends.
fn data_after(text: &str, words: &[(usize, usize)], from: usize) -> Option<usize> {
    let to = (from + GAP_WORDS + 1).min(words.len());
    (from..to).find_map(|j| {
        let m = data_len(text, words, j)?;
        Some(words[j + m - 1].1)
    })
}

/// True when an attacker is named among `before`, the words of the sentence before a verb.
fn by_attackers(text: &str, before: &[(usize, usize)]) -> bool {
    (0..before.len()).any(|j| phrase_len(text, before, j, ATTACKERS).is_some())
}

/// A place where stolen data is sold or shown, said of the data that ends before word `after`
/// (« se retrouvent sur le Web caché », « ont été déposés sur le Web caché », "available on
/// the dark web"): the span from the word that puts it there to the place.
fn found_at_dark_place(
    text: &str,
    words: &[(usize, usize)],
    after: usize,
) -> Option<(usize, usize)> {
    let to = (after + GAP_WORDS + 3).min(words.len());
    (after..to).find_map(|k| {
        let m = phrase_len(text, words, k, FOUND_AT)?;
        // « mises en vente », "put up for sale": the thieves' auction, which the vocabulary
        // reads as extortion; data found « en vente » is the theft.
        if k > 0 && PUT_UP.contains(&&text[words[k - 1].0..words[k - 1].1]) {
            return None;
        }
        let place = dark_place_at(text, words, k + m)?;
        Some((words[k].0, words[place].1))
    })
}

/// The last word of a dark place that starts at word `at`, after a preposition and a determiner
/// (« sur le darknet », "on the dark web").
fn dark_place_at(text: &str, words: &[(usize, usize)], at: usize) -> Option<usize> {
    let small = |j: usize| TO_A_PLACE.contains(&&text[words[j].0..words[j].1]);
    (at..(at + 3).min(words.len()))
        .take_while(|&j| j == at || small(j - 1))
        .find_map(|j| Some(j + phrase_len(text, words, j, DARK_PLACES)? - 1))
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
            let (start, end) = passive_participle(text, &words, i + n, ENCRYPTED)?;
            // "has been encrypted since 2019 for safety": a protection, not an attack.
            let k = words.partition_point(|&(_, e)| e <= end);
            (phrase_len(text, &words, k, PROTECTED_STATE).is_none()
                && !super::malware_channel::the_attacker_s_own(&text[words[i].0..start]))
            .then_some((start, end))
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
    participles: &'static [&'static str],
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

#[cfg(test)]
mod tests {
    #[test]
    fn data_compromised_is_a_breach_unless_denied_or_left_open() {
        use crate::tagging::attack_types_suggested as types;
        let breach =
            |title: &str, text: &str| types(title, text).iter().any(|t| t == "data-breach");
        // Fifteenth split (New Caledonia's government): the headline's participle and the attack.
        assert!(breach(
            "Des données sensibles compromises dans une cyberattaque",
            "Des données sensibles sur les permis et les immatriculations ont été ciblées.",
        ));
        // Sixth split (Sage): the data as the subject of the passive.
        assert!(breach(
            "Sage admits security breach of cloud computing systems affecting 280 companies",
            "Sage, one of the UK's biggest software companies, has warned that personal \
             information of employees at 280 organisations in the UK have been compromised in a \
             security breach.  The company claims that the information was compromised as a \
             result of \"unauthorised access\" by someone using an \"internal\" company login.  The company claims that it has informed the Information Commissioner's \
             Office (ICO), as well as the City of London Police.",
        ));
        // Ninth split (Atlanta), unseen split (Ardent, a Québec town): no data, or whatever data.
        for (title, text) in [
            (
                "Atlanta hit by ransomware",
                "At this time, it appears that no customer or employee data was compromised \
                 although Atlanta is urging residents and employees to monitor their personal \
                 information.",
            ),
            (
                "Hospitals divert ambulances after ransomware attack",
                "The Tennessee-based company said it cannot yet confirm the extent of any patient \
                 health or financial information that has been compromised.",
            ),
            (
                "La municipalité victime d'une cyberattaque",
                "«Pour l'instant, nous n'avons aucune preuve que les données personnelles sont \
                 compromises», indique la directrice des communications.",
            ),
        ] {
            assert!(!breach(title, text), "{text}");
        }
    }

    #[test]
    fn data_exposed_or_leaked_by_an_attack_is_a_breach() {
        use crate::tagging::attack_types_suggested as types;
        // Fresh split, Numerama; thirteenth split, Monaco-Matin.
        for (title, text) in [
            (
                "Lyon 3 : une sécurité déplorable expose les données de milliers d'étudiants",
                "Des étudiants ont reçu un e-mail accompagné d’un fichier Excel.",
            ),
            (
                "Un mail piraté dévoile les informations confidentielles des employés de \
                 l'hôpital Princesse-Grace",
                "Il provenait de la boîte mail de la directrice informatique du Centre \
                 hospitalier Princesse-Grace et comprenait une pièce jointe.",
            ),
        ] {
            assert!(
                types(title, text).iter().any(|t| t == "data-breach"),
                "{title}"
            );
        }
    }

    use crate::tagging::attack_types_suggested as attack;

    fn breach(title: &str, text: &str) -> bool {
        attack(title, text).contains(&"data-breach".to_string())
    }

    #[test]
    fn data_made_public_or_exposed_by_an_attack_is_a_breach() {
        // sixteenth split: the Algerian MGPTT; Maldegem's former CPAS.
        let text = "Le site de la Mutuelle a été piraté, et plus de 13 Go de données sensibles \
            ont été rendues publiques dans la nuit du 9 au 10 avril.";
        assert!(breach(
            "Un hacker marocain réplique en publiant 13 Go",
            text
        ));
        // English, the same words; seventeenth split: the Upper Canada school board.
        let text = "The stolen files were made public on Friday.";
        assert!(breach("School district hit by hackers", text));
        let text = "A cyberattack on the Upper Canada District School Board has exposed \
            sensitive personal information, leaving students, parents, and staff concerned.";
        assert!(breach("Cyberattack at school board worries families", text));
    }

    #[test]
    fn a_report_made_public_or_a_risk_exposed_is_no_breach() {
        // What is made public is the victim's own account, not its data.
        let text = "Le rapport d'enquête a été rendu public mardi par la commune.";
        assert!(!breach("La commune victime d'une cyberattaque", text));
        let text = "The flaw has exposed thousands of servers to attacks, researchers said.";
        assert!(!breach("Critical flaw in VPN appliances", text));
    }

    #[test]
    fn data_published_or_taken_by_attackers_is_a_breach() {
        // twelfth split, French: Dakaractu on AGEROUTE (the group's name as the vocabulary
        // writes it: a text that names nothing known says no more than its title).
        assert!(breach(
            "Cyberattaque: L'AGEROUTE victime de piratage par le groupe lockbit",
            "L'agence en charge des chantiers routiers au Sénégal, victime d'une cyberattaque, \
             a vu ses données publiées par le groupe cybercriminel LockBit qui a publié près de \
             18Go de données du leader des chantiers routiers au Sénégal."
        ));
        // twelfth split, English: Mower County's notification.
        assert!(breach(
            "Mower County, Minn., Notifies Residents After Cyber Attack",
            "As part of the ongoing investigation, the County determined that the cyber \
             criminals took certain data from its network, which included protected health \
             information."
        ));
        // tenth split, French: attackers' aim, « aux pirates de récupérer ».
        assert!(breach(
            "Des PC infectés",
            "Un malware a infecté 3,2 millions de PC, permettant aux pirates de récupérer 1,2 To \
             de données personnelles."
        ));
    }

    #[test]
    fn data_claimed_taken_in_the_perfect_infinitive_is_a_breach() {
        // Fourteenth split (French): LockBit and the Charleroi bar.
        assert!(breach(
            "Le barreau de Charleroi a été victime d'une cyberattaque",
            "Les pirates du groupe de ransomware LockBit 2.0 déclarent avoir récupéré plus de \
             12.000 documents du Barreau de Charleroi et menacent de divulguer leur contenu."
        ));
        // Thirteenth split (English): Daixin Team and a water district.
        assert!(breach(
            "Pro-Iran threat actors hacked US water utility",
            "The cybercrime group known as Daixin Team added NTMWD to the list of victims on its \
             dark web leak site. The gang claims to have stolen sensitive data from the district."
        ));
        // « pris possession des données », said of attackers.
        assert!(breach(
            "Le barreau de Charleroi a été victime d'une cyberattaque",
            "Les pirates du groupe de ransomware LockBit 2.0 ont annoncé qu'ils avaient pris \
             possession des données du Barreau de Charleroi."
        ));
    }

    #[test]
    fn a_hedged_first_mention_does_not_hide_a_later_statement() {
        // Fourteenth split: the lead hedges, the third sentence states.
        assert!(breach(
            "Le barreau de Charleroi a été victime d'une cyberattaque",
            "Plus de 12.000 documents auraient été volés. Le Barreau Charleroi a été victime de \
             pirates informatiques ce mercredi 6 octobre. Les pirates du groupe de ransomware \
             LockBit 2.0 ont annoncé qu'ils avaient pris possession des données du Barreau de \
             Charleroi et des ordinateurs installés sur son réseau."
        ));
        // Hedged throughout, it stays a guess.
        assert!(!breach(
            "Le barreau de Charleroi a été victime d'une cyberattaque",
            "Plus de 12.000 documents auraient été volés au Barreau de Charleroi. Les pirates du \
             groupe LockBit auraient pris possession des données."
        ));
    }

    #[test]
    fn data_said_encrypted_is_ransomware_unless_it_is_kept_so() {
        let ransomware =
            |title: &str, text: &str| attack(title, text).contains(&"ransomware".to_string());
        // Fourteenth split: a county's 911 records.
        assert!(ransomware(
            "BREAKING NEWS: 911 Communications Compromised",
            "The hackers are requesting a $10,000 ransom within 7 days. The 911 communications \
             server was wiped clean and the information was encrypted. The FBI arrived this \
             morning to start the investigation."
        ));
        // French: « les documents ont été chiffrés ».
        assert!(ransomware(
            "La mairie de Lyon paralysée",
            "À Lyon, tous les documents du service ont été chiffrés pendant la nuit."
        ));
        // Ninth split: a university's protection.
        assert!(!ransomware(
            "Millersville U. cancels classes after network outage",
            "Millersville University in Pennsylvania cancelled classes. Millersville's \
             personally identifiable information located in our system has been encrypted since \
             2019 for safety."
        ));
    }

    #[test]
    fn data_a_company_publishes_or_a_victim_recovers_is_no_breach() {
        // The verb says taking only of attackers: the same sentences with the company as
        // subject say nothing of a theft.
        assert!(breach(
            "Microsoft : le point",
            "Selon Microsoft, le groupe de hackers a publié près de 18Go de données internes."
        ));
        assert!(!breach(
            "Microsoft : le point",
            "Selon Microsoft, le groupe a publié près de 18Go de données internes."
        ));
        assert!(breach(
            "Microsoft update",
            "Microsoft said the hackers took certain data from its network."
        ));
        assert!(!breach(
            "Microsoft update",
            "Microsoft said it took certain data from its network."
        ));
        // fifth split, French: the ransom's aim is the victim's data back.
        assert!(!breach(
            "Les petites entreprises visées",
            "Les pirates leur ont laissé un message et leur demandent une rançon de 1 500 euros \
             pour récupérer leurs données."
        ));
    }

    #[test]
    fn data_found_where_stolen_data_is_sold_is_a_breach() {
        // twelfth split, French: Le Journal de Montréal on Investissement Québec.
        assert!(breach(
            "Un piratage chez Investissement Québec fait de gros dégâts",
            "Ce sont au moins 120 documents internes d'IQ qui ont été déposés sur le Web caché \
             par le gang de hackers Clop dans les dernières semaines."
        ));
        // held-out split, French: CNews.
        assert!(breach(
            "Fichier de Français",
            "Les données personnelles de 39 millions de Français sont en vente sur le dark web, \
             selon un spécialiste."
        ));
        assert!(breach(
            "Retailer's customers warned",
            "Customer records from the retailer are available on the dark web, researchers said."
        ));
        // An auction is the vocabulary's extortion, not also a breach.
        assert!(!breach(
            "Les données de Free mises en vente sur un forum",
            ""
        ));
        // A document filed is not data put on a dark place.
        assert!(!breach(
            "Procès",
            "Les documents de LockBit ont été déposés au greffe du tribunal lundi."
        ));
    }
}

//! A sentence that lists kinds of attack names no incident (`../shared/TAGGING.md`: "the types the
//! text says happened"): « Les attaques se répartissent en trois catégories principales : attaques
//! à but lucratif : rançongiciels, exfiltration de données, arnaques ; … hacktivisme et sabotage »,
//! "traffic linked to advertising fraud, account takeovers, and mass data-scraping". Such lists
//! sort a threat into kinds, count them or say what a tool serves; a piece that reports an attack
//! names what happened, and when it names several types, a victim or the attacker stands beside.
//!
//! Everything here reads folded text (lower case, no accents).

/// How many different attack types, one after the other in a list, make a list of kinds.
const KINDS: usize = 3;

/// Words that join the items of a list when they stand alone between two types.
const JOINS: &[&str] = &[
    "et", "and", "ou", "or", "mais", "aussi", "also", "as", "well", "nor",
];

/// How many words may stand between two items of a list besides the joining ones (« des
/// arnaques aux faux investissements, du phishing bancaire »: an item's own words).
const ITEM_WORDS: usize = 4;

/// True when the attack types found at `spans` (start, end, type; in text order, all in one
/// sentence of the folded `text`) hold [`KINDS`] different types set one after the other as the
/// items of a list: commas, semicolons or a conjunction between them, and few other words.
pub(crate) fn lists_kinds(text: &str, spans: &[(usize, usize, &str)]) -> bool {
    let mut run: Vec<&str> = Vec::new();
    let mut last_end = None;
    for &(start, end, value) in spans {
        let joined = last_end.is_some_and(|e: usize| e <= start && joins_items(&text[e..start]));
        if !joined {
            run.clear();
        }
        if !run.contains(&value) {
            run.push(value);
        }
        if run.len() >= KINDS {
            return true;
        }
        last_end = Some(end);
    }
    false
}

/// True when `gap`, the text between two attack types, joins items of a list: a comma, a
/// semicolon or a conjunction, and no more than [`ITEM_WORDS`] other words.
fn joins_items(gap: &str) -> bool {
    let words: Vec<&str> = gap
        .split(|c: char| !super::fold::is_word_char(c))
        .filter(|w| !w.is_empty())
        .collect();
    let joined = gap.contains([',', ';']) || words.iter().any(|w| JOINS.contains(w));
    let others = words.iter().filter(|w| !JOINS.contains(w)).count();
    joined && others <= ITEM_WORDS && !gap.contains(['.', ':', '!', '?'])
}

/// How many items, at least, make an open list of examples.
const OPEN_ITEMS: usize = 3;

/// How many words an item of an open list may hold (« fuite de données », "attaques par
/// rançongiciel").
const OPEN_ITEM_WORDS: usize = 5;

/// True when the attack word ending at `end` of the folded `text` is an item of an open list that
/// opens its sentence: short items between commas, closed by an ellipsis (« Systèmes bloqués,
/// fuite de données, racket numérique… Tous les jours, des centaines d'entreprises sont victimes
/// », twenty-fifth split; « Attaques par rançongiciel, usurpation de RIB, déni de service… Le
/// transport routier … est devenu une cible », twelfth). The ellipsis says the examples could go
/// on: what such pieces fear, not what happened to someone (both labelled with no type).
pub(crate) fn in_an_open_list(text: &str, sentence: (usize, usize), end: usize) -> bool {
    let rest = &text[end..];
    // The ellipsis closes the list within its sentence, or ends it: only that much is searched
    // (an advisory's thousands of attack words would each read the rest of the text).
    let reach = super::context::char_ceil(rest, (sentence.1 + "...".len()).saturating_sub(end));
    let Some((close, len)) = ["…", "..."]
        .iter()
        .filter_map(|e| rest[..reach].find(e).map(|at| (at, e.len())))
        .min()
    else {
        return false;
    };
    // An ellipsis that ends the text is a cut lead's ("Acme, a French firm, hit by ransomware…").
    if rest[close + len..].trim().is_empty() {
        return false;
    }
    let list = &text[sentence.0..end + close];
    if list.contains(['.', ';', ':', '!', '?', '\n', '(', '"', '«']) {
        return false;
    }
    let items: Vec<usize> = list
        .split(',')
        .map(|item| {
            item.split(|c: char| !super::fold::is_word_char(c))
                .filter(|w| !w.is_empty())
                .count()
        })
        .collect();
    items.len() >= OPEN_ITEMS && items.iter().all(|&n| (1..=OPEN_ITEM_WORDS).contains(&n))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Finds each of `words` in `text`, in order, as the type `value` given with it.
    fn spans<'a>(text: &str, words: &[(&str, &'a str)]) -> Vec<(usize, usize, &'a str)> {
        let mut from = 0;
        words
            .iter()
            .map(|(w, v)| {
                let s = from + text[from..].find(w).unwrap();
                from = s + w.len();
                (s, s + w.len(), *v)
            })
            .collect()
    }

    #[test]
    fn a_threat_sorted_into_kinds_lists_them() {
        // ANSSI's synthesis on local authorities (thirteenth split), labelled with no type.
        let t = "attaques a but lucratif (principale menace) : rancongiciels, exfiltration de \
                 donnees, arnaques ; attaques a but de destabilisation : hacktivisme et sabotage";
        let s = spans(
            t,
            &[
                ("rancongiciels", "ransomware"),
                ("exfiltration de donnees", "data-breach"),
                ("arnaques", "scam"),
                ("sabotage", "sabotage"),
            ],
        );
        assert!(lists_kinds(t, &s));
        // Krebs on the Popa botnet (development split): what the relayed traffic serves.
        let t = "to relay internet traffic linked to advertising fraud, account takeovers, and \
                 mass data-scraping efforts.";
        let s = spans(
            t,
            &[
                ("advertising fraud", "scam"),
                ("account takeovers", "account-takeover"),
                ("data-scraping", "data-breach"),
            ],
        );
        assert!(lists_kinds(t, &s));
    }

    #[test]
    fn an_attack_with_two_types_is_no_list_of_kinds() {
        let t = "la mairie a ete victime d'un rancongiciel et d'une fuite de donnees.";
        let s = spans(
            t,
            &[
                ("rancongiciel", "ransomware"),
                ("fuite de donnees", "data-breach"),
            ],
        );
        assert!(!lists_kinds(t, &s));
        // Three types told as what happened, with the story's own words between them.
        let t = "the hackers deployed ransomware after a phishing email gave them access to \
                 the network, then stole data from the file servers.";
        let s = spans(
            t,
            &[
                ("ransomware", "ransomware"),
                ("phishing", "phishing"),
                ("stole data", "data-breach"),
            ],
        );
        assert!(!lists_kinds(t, &s));
    }

    fn open(text: &str, word: &str) -> bool {
        let start = text.find(word).unwrap();
        in_an_open_list(text, (0, text.len()), start + word.len())
    }

    #[test]
    fn an_open_list_of_examples_names_no_incident_fr_en() {
        assert!(open(
            "systemes bloques, fuite de donnees, racket numerique… tous les jours, des centaines",
            "fuite de donnees"
        ));
        assert!(open(
            "attaques par rancongiciel, usurpation de rib, deni de service… le transport",
            "rancongiciel"
        ));
        assert!(open(
            "ransomware, phishing, data leaks... smes are targets",
            "phishing"
        ));
    }

    #[test]
    fn a_sentence_that_tells_an_incident_is_no_open_list() {
        // Two items only, and a sentence that opens with its subject.
        assert!(!open(
            "la mairie a subi une fuite de donnees, un rancongiciel… et plus encore",
            "fuite de donnees"
        ));
        assert!(!open(
            "ransomware encrypted the servers, the files, the backups.",
            "ransomware"
        ));
    }
}

//! A sentence that says what can happen names no incident (`../shared/TAGGING.md`: "the types the
//! text says happened"; hypothetical mentions do not count). « Ces données, une fois dérobées,
//! peuvent être revendues sur le dark web, utilisées pour des extorsions », "hackers, who believe
//! they can be more easily pressured into paying to get access back to stolen or encrypted data",
//! « En envoyant des paquets malveillants …, les attaquants peuvent perturber les services »: the
//! verb that rules the sentence is a possibility in the present, and nothing in it is told as past.
//! The possibility must be the attack's: a passive (« peuvent être revendues », "can be
//! pressured") or attackers as its subject (« les attaquants peuvent »). A witness's ability is
//! not (« l'on peut voir une bannière de pirate » on a defaced site, "Klingner can rattle off a
//! half-dozen such phishing attempts").
//! A report tells what was done: « les pirates ont volé des données, qui peuvent être revendues »
//! holds a past and keeps its theft. An inability is the attack's effect, not a possibility
//! (« les agents ne peuvent plus se connecter », "staff can't access their files"): not read here.
//!
//! Everything here reads folded text (lower case, no accents).

/// Verbs of possibility in the present.
const CAN: &[&str] = &["peut", "peuvent", "pouvant", "can"];

/// The passive's auxiliary after [`CAN`]: what can be done to data or victims.
const BE: &[&str] = &["etre", "be"];

/// Attackers as the subject of [`CAN`]: what they can do.
#[rustfmt::skip]
const ATTACKERS: &[&str] = &[
    "attaquants", "attackers", "attacker", "hackers", "pirates", "cybercriminels",
    "cybercriminals", "criminals", "criminels", "escrocs", "scammers", "fraudsters", "fraudeurs",
    "malfaiteurs", "adversaries", "adversaires",
];

/// Words after [`CAN`] that make it an inability ("can't", "can not", "can no longer").
const NOT_AFTER: &[&str] = &["t", "not", "no", "never", "pas", "plus", "jamais"];

/// Words before [`CAN`] that make it an inability (« ne peuvent plus », « n'en peut »).
const NOT_BEFORE: &[&str] = &["ne", "n", "cannot"];

/// Words that tell something as past or done, whatever else the sentence says.
#[rustfmt::skip]
const PAST: &[&str] = &[
    "ont", "avait", "avaient", "etait", "etaient", "fut", "furent", "eut", "eurent",
    "was", "were", "had", "has", "have", "did", "stole", "hit", "took", "began",
];

/// French auxiliaries that, before a participle, tell a past (« a volé », « s'est introduit »).
const AUXILIARY: &[&str] = &["a", "est", "sont"];

/// True when the folded `sentence` is ruled by a possibility in the present and tells nothing as
/// past.
pub(crate) fn states_a_possibility(sentence: &str) -> bool {
    let words: Vec<&str> = sentence
        .split(|c: char| !super::fold::is_word_char(c))
        .filter(|w| !w.is_empty())
        .collect();
    let can = words.iter().enumerate().any(|(i, w)| {
        CAN.contains(w)
            && (words.get(i + 1).is_some_and(|n| BE.contains(n))
                || i > 0 && ATTACKERS.contains(&words[i - 1]))
            && !words.get(i + 1).is_some_and(|n| NOT_AFTER.contains(n))
            && !words[i.saturating_sub(2)..i]
                .iter()
                .any(|b| NOT_BEFORE.contains(b))
    });
    can && !words.iter().enumerate().any(|(i, w)| {
        PAST.contains(w)
            || (AUXILIARY.contains(w) && words.get(i + 1).is_some_and(|n| participle(n)))
            || ed_past(&words, i)
    })
}

/// « volé », « dérobées », « compromis », « pu »: a French past participle, read off its ending
/// (folded). A noun after « à » with the same ending (« à cette », « à distance ») is read as a
/// participle too: the sentence is then kept as a report, the safe side.
fn participle(word: &str) -> bool {
    word.len() >= 4
        && ["e", "ee", "es", "ees", "i", "is", "it", "u", "us"]
            .iter()
            .any(|end| word.ends_with(end))
        || matches!(word, "pu" | "eu" | "ete" | "fait" | "pris")
}

/// Words before an English "-ed" word that make it an adjective or a passive's participle, not a
/// past tense ("stolen or encrypted data", "can be more easily pressured").
#[rustfmt::skip]
const NOT_A_PAST: &[&str] = &[
    "be", "been", "being", "get", "got", "or", "and", "to", "the", "a", "an", "of", "for",
    "easily", "more", "most", "by", "their", "its", "his", "her", "your", "our", "any", "are",
    "is", "am",
];

/// True when `words[i]` is an English simple past ("the attackers encrypted files and can…").
fn ed_past(words: &[&str], i: usize) -> bool {
    let w = words[i];
    w.len() > 4
        && w.is_ascii()
        && w.ends_with("ed")
        && i > 0
        && !NOT_A_PAST.contains(&words[i - 1])
        && !CAN.contains(&words[i - 1])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::attack_types_suggested as types;
    use crate::tagging::fold::fold;

    fn possible(sentence: &str) -> bool {
        states_a_possibility(&fold(sentence))
    }

    #[test]
    fn what_data_or_attackers_can_do_is_a_possibility() {
        // Eighteenth split: an accounting software vendor's blog.
        assert!(possible(
            "Ces données, une fois dérobées, peuvent être revendues sur le dark web, utilisées \
             pour des extorsions, ou exploitées pour cibler les clients des cabinets eux-mêmes."
        ));
        // Seventeenth split: why school boards are targets.
        assert!(possible(
            "School boards are favoured targets of hackers, who believe they can be more easily \
             pressured into paying to get access back to stolen or encrypted data."
        ));
        // Fifteenth split: a firewall advisory.
        assert!(possible(
            "En envoyant des paquets malveillants spécialement conçus à l’interface VPN du \
             pare-feu, les attaquants peuvent perturber les services."
        ));
    }

    #[test]
    fn a_witness_s_ability_is_no_possibility() {
        // Tenth split: a defaced ministry site (labelled defacement).
        assert!(!possible(
            "Sur la page d’accueil du site gouvernemental, l’on peut voir une bannière de pirate \
             sur un fond noir."
        ));
        // Tenth split: APT43's phishing of a think-tank analyst (labelled phishing).
        assert!(!possible(
            "Like many Korea watchers, Klingner can rattle off more than a half-dozen such \
             phishing attempts impersonating researchers."
        ));
    }

    #[test]
    fn a_past_or_an_inability_is_a_report() {
        assert!(!possible(
            "Les pirates ont dérobé des données, qui peuvent être revendues sur le dark web."
        ));
        assert!(!possible(
            "The attackers encrypted the servers and can now demand a ransom."
        ));
        assert!(!possible(
            "Un logiciel malveillant a chiffré les serveurs : les agents ne peuvent plus travailler."
        ));
        assert!(!possible(
            "Staff can't access their files since the ransomware attack."
        ));
    }

    #[test]
    fn an_article_about_what_stolen_data_can_serve_gets_no_type() {
        // Eighteenth split (labelled supply-chain only, for Coaxis's provider attack).
        let text = "Les cabinets d’expertise comptable, en particulier, sont au cœur de la \
                    tourmente. Ils concentrent en effet une mine d’informations sensibles. Ces \
                    données, une fois dérobées, peuvent être revendues sur le dark web, utilisées \
                    pour des extorsions, ou exploitées pour cibler les clients des cabinets.";
        let got = types("Cabinets comptables : les hackers en embuscade", text);
        assert!(
            !got.iter().any(|t| t == "data-breach" || t == "extortion"),
            "{got:?}"
        );
        // The near miss: the theft told, its resale a possibility.
        let text = "Les cabinets d’expertise comptable sont au cœur de la tourmente. Des pirates \
                    ont dérobé les données de leurs clients, qui peuvent être revendues sur le \
                    dark web.";
        let got = types("Cabinets comptables : les hackers en embuscade", text);
        assert!(got.iter().any(|t| t == "data-breach"), "{got:?}");
    }
}

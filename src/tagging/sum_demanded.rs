//! A sum the attackers demand, said without the word ransom: « Les pirates du groupe Lynx
//! réclament 3 millions de dollars à la Ville de Jean-Bart », « Cyberattaque chez IBV à Vielsalm:
//! 500 000 € réclamés par les hackers », "the hackers demanded 65 Bitcoins … to restore access".
//! It is a ransom (../shared/TAGGING.md): for the victim's systems, ransomware; for taken data
//! (« 6 milliards de FCFA réclamés par les hackers pour effacer les données »), extortion.
//!
//! Round s40attack, twenty-seven read splits: such a demand stood in the title or the lead of 18
//! articles, 16 labelled ransomware (the exceptions a webcam blackmail and a gang selling data).
//! Inferred from a description, so medium at most. Folded text.
use super::context::{Found, Modality};
use super::fraud::{first_asserted, words_of};

/// Who demands (folded).
#[rustfmt::skip]
const ATTACKERS: &[&str] = &[
    "pirate", "pirates", "hacker", "hackers", "hackeur", "hackeurs", "cybercriminel",
    "cybercriminels", "attacker", "attackers", "gang", "criminals", "cybercriminals",
];

/// Word starts of a demanding verb: « réclament », « exigent », "demanded", "seeks".
const DEMANDING: &[&str] = &["reclam", "exig", "demand", "seek", "sought"];

/// Participles of a sum demanded, before its demander (« 500 000 € réclamés par les hackers »).
#[rustfmt::skip]
const DEMANDED: &[&str] = &[
    "reclame", "reclames", "reclamee", "reclamees", "exige", "exiges", "exigee", "exigees",
    "demande", "demandes", "demandee", "demandees", "demanded",
];

/// What says the sum buys the data itself ("The gang is demanding 20 bitcoin (£452,640) for the
/// data, and says it will be sold to the highest bidder", unseen split).
#[rustfmt::skip]
const PRICE_OF_DATA: &[&str] = &[
    "for the data", "for its data", "for their data", "pour les donnees", "pour ses donnees",
    "pour leurs donnees",
];

/// How many words may stand between the attackers and their verb, and between the verb and the
/// sum (« Les pirates du groupe Lynx réclament 3 millions », "hackers demanded over $2 million").
const GAP: usize = 4;

/// The first demand of a sum by attackers in the lead's `sentences` whose ransom is (`for_data`)
/// or is not for taken data (`ransom::for_data`), with how its sentence asserts it.
pub(crate) fn sum_demanded(
    text: &str,
    sentences: &[(usize, usize)],
    cues: &[Found],
    for_data: bool,
) -> Option<(usize, usize, Modality)> {
    first_asserted(text, sentences, cues, |(from, to)| {
        let s = &text[from..to];
        if !DEMANDING.iter().any(|d| s.contains(d)) || !s.contains(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let words = words_of(text, from, to);
        let w = |i: usize| &text[words[i].0..words[i].1];
        let sum = |i: usize| w(i).starts_with(|c: char| c.is_ascii_digit());
        let attacker = |i: usize| ATTACKERS.contains(&w(i));
        let n = words.len();
        let found = (0..n).find_map(|i| {
            // « Les pirates … réclament 3 millions ».
            if attacker(i) {
                let verb = (i + 1..n.min(i + 2 + GAP))
                    .find(|&j| DEMANDING.iter().any(|d| w(j).starts_with(d)))?;
                let end = (verb + 1..n.min(verb + 2 + GAP)).find(|&k| sum(k))?;
                return Some((words[i].0, words[end].1));
            }
            // « 500 000 € réclamés par les hackers ».
            if sum(i) {
                let verb = (i + 1..n.min(i + 2 + GAP)).find(|&j| DEMANDED.contains(&w(j)))?;
                let by = verb + 1;
                let end = (by < n && matches!(w(by), "par" | "by"))
                    .then(|| (by + 1..n.min(by + 3)).find(|&k| attacker(k)))??;
                return Some((words[i].0, words[end].1));
            }
            None
        })?;
        let data = super::ransom::for_data(s) || PRICE_OF_DATA.iter().any(|p| s.contains(p));
        (data == for_data).then_some(found)
    })
}

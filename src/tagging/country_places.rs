//! Places that are not where the victim is, even in a sentence about the attack
//! (`../shared/TAGGING.md`: a country mentioned in passing is not a target):
//! - where the money went: « versé sur des comptes à Malte », « transfert d'argent en direction
//!   de la Chine », "wired to an account in Hong Kong" — the fraudsters' bank, not the victim's;
//! - a country's name or people joined by a hyphen to another capitalised word, part of another
//!   place's or people's name: « Colombie-Britannique » is a Canadian province, "Anglo-French"
//!   says neither country alone.

use super::fold::is_word_char;
use super::suggest::Via;

/// Words of money moved or of the account it went to.
#[rustfmt::skip]
const MONEY: &[&str] = &[
    "compte", "comptes", "virement", "virements", "transfert", "transferts", "argent", "fonds",
    "verse", "verses", "versee", "versees", "account", "accounts", "transfer", "transfers",
    "transferred", "wired", "funds", "money",
];

/// Prepositions that put money somewhere: « à Malte », « en Espagne », « vers la Chine », "in
/// Hong Kong", "to China".
#[rustfmt::skip]
const TO_A_PLACE: &[&str] = &[
    "a", "en", "au", "aux", "vers", "la", "le", "l", "in", "to", "into",
];

/// How many words before the place its money word may stand.
const MONEY_WORDS: usize = 8;

/// True when the country at folded `start` is where money was sent: a place (by name or city,
/// not a people: « les comptes de 40 000 étudiants français » are the victims') after a place
/// preposition, with a word of money or accounts a few words before it in its sentence.
pub(crate) fn where_money_went(text: &str, sentence_start: usize, start: usize, via: Via) -> bool {
    if via == Via::Demonym {
        return false;
    }
    let before: Vec<&str> = text[sentence_start..start]
        .rsplit(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(MONEY_WORDS)
        .collect();
    before.first().is_some_and(|w| TO_A_PLACE.contains(w))
        && before.iter().any(|w| MONEY.contains(w))
}

/// Prefixes that make the country after them a side taken, not a place: « des hackers
/// militants – ultra-nationalistes et pro-russes », "anti-Israel hacktivists".
const STANCES: &[&str] = &["pro", "anti"];

/// True when the country named at `os` of `original` follows « pro- » or "anti-": the attackers'
/// or the cause's side (eleventh split: « pro-russes » gave Russia to a DDoS wave on French
/// départements).
pub(crate) fn a_stance(original: &str, os: usize) -> bool {
    original[..os].strip_suffix(['-', '‑']).is_some_and(|head| {
        let word: String = head
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        STANCES.contains(&word.to_lowercase().as_str())
    })
}

/// True when the country named at `os..oe` of `original` is joined by a hyphen to a capitalised
/// word: « Colombie-Britannique », "Anglo-French". « Île-de-France » (a lower-case « de »)
/// stays France.
pub(crate) fn joined_to_a_name(original: &str, os: usize, oe: usize, via: Via) -> bool {
    if via == Via::City {
        return false;
    }
    let capital_after = original[oe..]
        .strip_prefix('-')
        .and_then(|rest| rest.chars().next())
        .is_some_and(char::is_uppercase);
    let capital_before = original[..os].strip_suffix('-').is_some_and(|head| {
        let word: String = head
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect();
        word.chars().last().is_some_and(char::is_uppercase)
    });
    match via {
        // « Ouest-France » is a French newspaper; « Colombie-Britannique » no Colombia.
        Via::Name => capital_after,
        _ => capital_after || capital_before,
    }
}

//! What a ransom alone says (`../shared/TAGGING.md`): extortion is "a leak-site threat, an auction,
//! a demand to keep stolen data private"; ransomware is encryption "or a ransomware brand with a
//! ransom to restore access". A ransom asked of a victim whose systems were hit, when the article
//! reports no data taken, is a ransom to get the systems back: ransomware, not extortion
//! (« l'attaque informatique a infecté les serveurs, avec un message demandant de payer une
//! rançon »; "the hackers are demanding a ransom to return its services"). Inferred, not stated:
//! medium confidence at most.
use super::suggest::{Confidence, Suggestion};

/// Verbs of paying: a ransom one refuses to pay was asked (« ne pas payer la rançon »).
#[rustfmt::skip]
const PAY: &[&str] = &[
    "pay", "paid", "paying", "pays", "payer", "paye", "payee", "payes", "verser", "verse",
    "versee", "ceder",
];

/// How many words before a ransom word a paying verb may stand ("not pay the ransom", « refusé de
/// payer cette rançon »).
const PAY_WORDS: usize = 3;

/// True when a paying verb stands within a few words before the ransom word at `start` of the
/// folded `text` (not before `floor`): "instructed the Division to not pay the ransom", « la
/// commune ne paiera pas la rançon ». Its negation refuses the payment; it does not deny the
/// ransom, which was asked.
pub(super) fn refused_payment(text: &str, floor: usize, start: usize) -> bool {
    let from = super::context::words_back(text, floor, start, PAY_WORDS);
    text[from..start]
        .split(|c: char| !super::fold::is_word_char(c))
        .any(|w| PAY.contains(&w) || w.starts_with("paier"))
}

/// Turns the extortion suggested only from ransom words (`value`) into ransomware when the article
/// reports no data taken and does not deny the ransom. A stolen-data article keeps its extortion:
/// the ransom may be the price of silence.
pub(super) fn restore_access(attack: &mut Vec<Suggestion>, value: &str, ransom_denied: bool) {
    let has = |v: &str| attack.iter().any(|a| a.value == v);
    if ransom_denied || value != "extortion" || has("data-breach") || has("ransomware") {
        return;
    }
    // Only a ransom the article states: a ransom it merely reports (« une rançon aurait été
    // exigée ») is neither extortion nor, on that alone, ransomware.
    let Some(i) = attack.iter().position(|a| a.value == value) else {
        return;
    };
    if attack[i].confidence < Confidence::High {
        attack.remove(i);
        return;
    }
    attack[i].value = "ransomware".to_string();
    attack[i].confidence = Confidence::Medium;
}

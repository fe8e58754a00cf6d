//! A firm the article cites as its source is no victim of its story: « selon les données de la
//! société PeckShield », "According to the blockchain security and data analytics Peckshield".
//! The tagging reads a source only right after its cue ("selon X"); a description between them
//! hid it, and two crypto heists, BitMart's and BadgerDAO's, met through the firm that counted
//! both (nineteenth stories split).
use crate::tagging::fold_key;

/// The cues that give a report's source, folded word by word: not "by", "on" or "with", which
/// also open a victim ("an attack on the data analytics firm Acme").
const SOURCE_CUES: &[&[&str]] = &[
    &["selon"],
    &["d", "apres"],
    &["according", "to"],
    &["reported", "by"],
    &["flagged", "by"],
    &["rapporte", "par"],
    &["revele", "par"],
    &["researchers", "at"],
    &["researchers", "from"],
    &["chercheurs", "de"],
    &["chercheurs", "d"],
    &["chercheurs", "chez"],
];

/// Words that describe a source between its cue and its name (folded): articles, joiners, and
/// what kind of firm or data it is.
#[rustfmt::skip]
const DESCRIBING: &[&str] = &[
    "the", "a", "an", "of", "and", "le", "la", "les", "l", "de", "du", "des", "d", "et", "un",
    "une", "donnees", "chiffres", "estimations", "analyse", "analyses", "societe", "entreprise",
    "firme", "specialiste", "specialistes", "expert", "experts", "editeur", "securite",
    "cybersecurite", "blockchain", "crypto", "data", "analytics", "security", "cybersecurity",
    "firm", "firms", "company", "specialist", "specialists", "research", "intelligence",
    "threat", "menaces", "on-chain", "audit", "auditing", "forensics", "platform", "plateforme",
    "figures", "estimates", "report", "rapport",
];

/// How many describing words may stand between the cue and the name.
const MAX_WORDS: usize = 8;

/// True when the name at byte `start` of `text` follows a source cue and at least one word
/// describing the source ("according to the … Peckshield"). A name right after its cue is the
/// tagging's to read already.
pub fn cited_as_source(text: &str, start: usize) -> bool {
    let Some(before) = text.get(..start) else {
        return false;
    };
    let folded = fold_key(before);
    let words: Vec<&str> = folded
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let described = words
        .iter()
        .rev()
        .take(MAX_WORDS + 1)
        .take_while(|w| DESCRIBING.contains(w))
        .count();
    if described == 0 || described > MAX_WORDS {
        return false;
    }
    let rest = &words[..words.len() - described];
    SOURCE_CUES.iter().any(|cue| rest.ends_with(cue))
}

#[cfg(test)]
mod tests {
    use super::cited_as_source;
    use crate::model::Lang;
    use crate::stories::Profile;

    fn victims(title: &str, lead: &str, lang: Lang) -> Vec<String> {
        let suggester = crate::stories::bundled_suggester().unwrap();
        let p = Profile::new(&suggester, title, lead, Some(lang), None, None);
        p.all_victims().cloned().collect()
    }

    #[test]
    fn a_firm_cited_after_its_description_is_no_victim_of_the_story() {
        // Conseils Crypto, December 2021 (nineteenth stories split).
        let got = victims(
            "BitMart a été piraté",
            "Mauvaise passe pour l’échange crypto BitMart qui a confirmé qu’un ou des pirates \
             sont parvenus à pirater des crypto wallets de la plateforme de trading, le montant \
             des cryptomonnaies volées se porterait à environ 200 millions de dollars, selon les \
             données de la société PeckShield.",
            Lang::Fr,
        );
        assert!(!got.iter().any(|v| v.contains("peckshield")), "{got:?}");
        assert!(got.iter().any(|v| v == "bitmart"), "{got:?}");
        // Wilson's Media, December 2021 (same split).
        let got = victims(
            "Someone stole $120 million in crypto by hacking a DeFi website",
            "On Wednesday night, someone drained funds from multiple cryptocurrency wallets \
             connected to the decentralized finance platform BadgerDAO. According to the \
             blockchain security and data analytics Peckshield, which is working with Badger to \
             investigate the heist, the various tokens stolen in the attack are worth about \
             $120 million.",
            Lang::En,
        );
        assert!(!got.iter().any(|v| v.contains("peckshield")), "{got:?}");
    }

    #[test]
    fn only_a_source_cue_and_a_description_make_a_source() {
        let fr = "selon les données de la société PeckShield";
        assert!(cited_as_source(fr, fr.find("PeckShield").unwrap()));
        let en = "according to the blockchain security firm Peckshield";
        assert!(cited_as_source(en, en.find("Peckshield").unwrap()));
        // "on" opens a victim, whatever describes it.
        let attacked = "a ransomware attack on the data analytics firm Acme";
        assert!(!cited_as_source(attacked, attacked.find("Acme").unwrap()));
        // A description that is no source's: « selon lui, la mairie de Caen ».
        let other = "selon lui, la mairie de Caen";
        assert!(!cited_as_source(other, other.find("mairie").unwrap()));
    }
}

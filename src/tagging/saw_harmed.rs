//! A victim that "saw" what it owns harmed (round s26victims): « Le fabricant de peintures
//! Bosshard-Farben a vu ses serveurs et données chiffrés », « la fondation vaudoise Le Relais et
//! des entreprises genevoises ont vu leurs données cryptées », "Lemken recently had its online
//! system attacked". French tells an attack on an organisation this way as often as with « a été
//! victime »: the subject of « voir » (English "have") is the victim when what follows is its own
//! thing (a possessive) and a participle of harm closes it. Without the harm it says nothing of a
//! victim (« Les patients qui ont vu leur consultation annulée », « le groupe a vu ses actifs
//! saisis » by the police), so the cue is made here, for the victim reading only, and never
//! reaches the attack types or the article's kind.
use super::context::{Cue, Found};
use super::phrases::Occurrences;
use std::sync::LazyLock;

/// The verb, folded, with a space after it: its subject is read as a victim-before cue's.
#[rustfmt::skip]
const SAW: &[&str] = &[
    "a vu ", "ont vu ", "avait vu ", "avaient vu ", "voit ", "voient ",
    "had its ", "had their ", "has had its ", "have had their ", "saw its ", "saw their ",
];

/// The owner's possessives (« ses serveurs », « des centaines de ses documents », "its system").
const POSSESSIVES: &[&str] = &["ses", "son", "sa", "leurs", "leur", "its", "their"];

/// How many words may stand between the verb and the possessive (« a vu des centaines de ses »).
const TO_POSSESSIVE: usize = 4;

/// How many words the harmed thing and its description may take before the participle (« ses
/// serveurs et données chiffrés », « leurs sites internet officiels inaccessibles »).
const TO_HARM: usize = 7;

/// How many bytes after the verb are read: the possessive and the participle's words and more.
const WINDOW: usize = 400;

/// Participles of harm (folded word starts: « chiffré(e)(s) », "encrypt(ed)"), and what a
/// thing owned becomes in a leak (« se retrouver en ligne », « fuiter »). Not « saisis », «
/// démantelés », "seized": police actions on an attacker's servers.
#[rustfmt::skip]
const HARM: &[&str] = &[
    "chiffre", "crypte", "vole", "derobe", "pirate", "paralyse", "bloque", "compromis",
    "expose", "divulgue", "publie", "inaccessible", "attaque", "infecte", "pris en otage",
    "se retrouver en ligne", "mis en ligne", "mises en ligne", "mis en vente", "mises en vente",
    "fuiter", "encrypted", "stolen", "leaked", "compromised", "exposed", "hacked", "breached",
    "attacked", "infected", "locked", "published", "accessed",
];

/// The victim-before cues of `text` (folded) that « voir » / "have" makes, each at its verb,
/// sorted by start.
pub(crate) fn cues(text: &str) -> Vec<Found> {
    // One pass over the text for every verb (a search per verb was a tenth of `suggest --json`
    // on long advisories); overlapping, so each verb is found wherever it stands, as before.
    static VERBS: LazyLock<Occurrences> = LazyLock::new(|| Occurrences::new(SAW));
    let mut out = Vec::new();
    for m in VERBS.find_overlapping_iter(text) {
        let (at, verb) = (m.start(), SAW[m.pattern().as_usize()]);
        let word_start = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        // "had its": the possessive is the verb's own last word.
        let owned = verb
            .split_whitespace()
            .next_back()
            .is_some_and(|w| POSSESSIVES.contains(&w));
        if word_start && harm_follows(&text[at + verb.len()..], owned) {
            out.push(Found {
                start: at,
                end: at + verb.trim_end().len(),
                cue: Cue::VictimBefore,
            });
        }
    }
    out.sort_by_key(|f| f.start);
    out.dedup_by_key(|f| f.start);
    out
}

/// Whether what follows the verb is a possessive within a few words (or the verb `owned` one),
/// then a participle of harm within a few more, in the same clause (no full stop, semicolon or
/// colon between).
fn harm_follows(after: &str, owned: bool) -> bool {
    // The possessive and the participle stand within a dozen words: read no further (a feed's
    // text may hold megabytes without a full stop).
    let mut window = after.len().min(WINDOW);
    while !after.is_char_boundary(window) {
        window -= 1;
    }
    let after = &after[..window];
    let clause = &after[..after.find(['.', ';', ':', '!', '?']).unwrap_or(after.len())];
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let from = if owned {
        0
    } else {
        match words
            .iter()
            .take(TO_POSSESSIVE + 1)
            .position(|w| POSSESSIVES.contains(w))
        {
            Some(owner) => owner + 1,
            None => return false,
        }
    };
    let rest = &words[from.min(words.len())..words.len().min(from + 1 + TO_HARM)];
    let rest_text = rest.join(" ");
    rest.iter()
        .any(|w| HARM.iter().any(|h| !h.contains(' ') && w.starts_with(h)))
        || HARM
            .iter()
            .any(|h| h.contains(' ') && rest_text.contains(h))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::fold::fold;

    fn cue_words(text: &str) -> Vec<String> {
        let folded = fold(text);
        cues(&folded)
            .iter()
            .map(|f| folded[f.start..f.end].to_string())
            .collect()
    }

    #[test]
    fn a_subject_that_saw_its_own_things_harmed_is_cued() {
        // Fifteenth, eighth and fourteenth splits.
        assert_eq!(
            cue_words(
                "Le fabricant de peintures Bosshard-Farben a vu ses serveurs et données chiffrés suite à une attaque."
            ),
            ["a vu"]
        );
        assert_eq!(
            cue_words(
                "Cet été, la fondation vaudoise Le Relais et des entreprises genevoises ont vu leurs données cryptées par le groupe Black Matter."
            ),
            ["ont vu"]
        );
        assert_eq!(
            cue_words(
                "Le distributeur montréalais Guillevin International a vu des centaines de ses documents commerciaux se retrouver en ligne."
            ),
            ["a vu"]
        );
        assert_eq!(
            cue_words(
                "German machinery manufacturer Lemken recently had its online system attacked by cyber hackers."
            ),
            ["had its"]
        );
    }

    #[test]
    fn without_a_harm_to_its_own_things_it_is_not() {
        // Eleventh, sixth and tenth splits: what the police did, and no attack at all.
        assert!(cue_words("Mais le groupe a vu ses actifs saisis en février.").is_empty());
        assert!(
            cue_words("Ces infrastructures ont vu leurs différents serveurs être démantelés.")
                .is_empty()
        );
        assert!(
            cue_words("Les patients qui ont vu leur consultation annulée ont été prévenus.")
                .is_empty()
        );
        assert!(cue_words("les employés ont vu un écran noir. Tout était chiffré").is_empty());
        assert!(cue_words("The firm saw its revenue drop. Its data was encrypted").is_empty());
    }
}

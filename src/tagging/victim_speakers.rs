//! The victim's own speaker (round s34target, issue 10 item 1: roles, not mentions). The press
//! names a hit organisation through whoever speaks for it: « Olivier Jusniaux, directeur général
//! du CPAS de Charleroi décrit les choses », « a expliqué Karolien Loriers, porte-parole d'AP
//! Hogeschool », "Sjoerd Bakker, director of Ticketcounter", "says Cheryl Ferraro, system
//! administrator for the Butler County Federated Library". Where the sentence, or the one before,
//! tells of an attack, the organisation after the role is read as a victim-after cue's object,
//! for the victim reading only: a role says who speaks, not what happened. Only a role in
//! apposition to a name counts (« X, porte-parole de »).
use super::context::{Cue, Found};
use super::phrases::Occurrences;
use std::sync::LazyLock;

/// A speaker's role and the preposition before the organisation it serves (folded). Not «
/// président de la », « directeur de la »: « le président de la République », « le directeur de
/// l'ANSSI » speak of others' incidents.
#[rustfmt::skip]
const ROLES: &[&str] = &[
    "porte-parole de ", "porte-parole d'", "porte-parole du ", "directeur general du ",
    "directeur general de ", "directeur general d'", "directrice generale du ",
    "directrice generale de ", "directrice generale d'", "co-gerante d'", "co-gerant d'",
    "le service presse de ", "system administrator for ",
];
// Not "director of", "spokesperson for": "director of communications Barry Perez", "director of
// Arctic Wolf Labs" (a vendor's researcher), "a spokesperson for the company told CBC News" made
// false victims on the read splits.

/// Words that tell of an attack, in the speaker's sentence or the one before (folded stems).
#[rustfmt::skip]
const ATTACK_WORDS: &[&str] = &[
    "cyberattaque", "cyber-attaque", "attaque", "rancon", "ransom", "piratage", "pirate", "rancongiciel",
    "ransomware", "hack", "breach", "cyberattack", "cyber attack", "cyber-attack", "intrusion",
];

/// A unit of the hit organisation, not the organisation (folded).
const UNITS: &[&str] = &["departement", "department", "service"];

/// The victim-after cues that a victim's speaker makes in `text` (folded), given its
/// `sentences`, each at the role, sorted by start.
pub(crate) fn cues(text: &str, sentences: &[(usize, usize)]) -> Vec<Found> {
    static ROLE: LazyLock<Occurrences> = LazyLock::new(|| Occurrences::new(ROLES));
    let mut out = Vec::new();
    for m in ROLE.find_overlapping_iter(text) {
        let before = text[..m.start()]
            .trim_end_matches("the ")
            .trim_end_matches("le ")
            .trim_end_matches("la ");
        // Only in apposition to the speaker's name: « le directeur general de Segma Recherche,
        // Marc Bouchard » and « un porte-parole d'Arctic Wolf Labs » took the speaker, or a
        // vendor, for the victim.
        let after_a_name = before.ends_with(", ");
        let i = sentences.partition_point(|&(_, e)| e <= m.start());
        let Some(&(s, e)) = sentences.get(i) else {
            continue;
        };
        let from = i.checked_sub(1).map_or(s, |p| sentences[p].0);
        let told = ATTACK_WORDS.iter().any(|w| text[from..e].contains(w));
        // « Charles Super, le porte-parole du Département de la culture… » (the Canton of Vaud
        // was hit): a unit speaks for the victim, it is not the victim.
        let a_unit = UNITS.iter().any(|u| text[m.end()..].starts_with(u));
        if after_a_name && told && !a_unit {
            out.push(Found {
                start: m.start(),
                end: m.end(),
                cue: Cue::VictimAfter,
            });
        }
    }
    out
}

/// Whether the organisation's name starts right after the role, at `at` in the original text,
/// capitalised, after an elided article at most (« porte-parole d'AP Hogeschool », « directeur
/// général de l'ARSOE »): not « directeur général de l'organisme, Marc Bouchard », a person's name
/// after a common noun.
pub(crate) fn names_right_after(original: &str, at: usize) -> bool {
    let rest = original.get(at..).unwrap_or("").trim_start();
    let rest = ["l'", "l’", "L'", "L’"]
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .unwrap_or(rest);
    // A name in quotes (« co-gérante d'"Ambulance des trois cantons" »).
    let rest = rest.trim_start_matches(['"', '“', '«', '\u{a0}', ' ']);
    if !rest.starts_with(char::is_uppercase) {
        return false;
    }
    // The name's capitalised words: a third in a row is the speaker's own name run on (« le
    // directeur général de Vinovalie Jacques Tranier »), and a capitalised word after a comma is
    // the speaker named after the organisation (« le porte-parole de l'Association, Laurent
    // Arel »), which the reading would take for a second victim.
    let mut in_a_row = 0;
    let mut words = rest.split(' ').peekable();
    while let Some(w) = words.next() {
        if !w.starts_with(char::is_uppercase) {
            break;
        }
        in_a_row += 1;
        if in_a_row >= 3 {
            return false;
        }
        if w.ends_with(',') {
            return !words
                .peek()
                .is_some_and(|n| n.starts_with(char::is_uppercase));
        }
        if w.ends_with(['.', ';', ':', ')']) {
            break;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::context::sentences;

    fn cue_words(text: &str) -> Vec<&str> {
        cues(text, &sentences(text))
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect()
    }

    #[test]
    fn the_speaker_of_an_attacked_organisation_is_cued() {
        // Seventeenth split, French; a made-up English twin.
        assert_eq!(
            cue_words(
                "perpetree peu apres minuit, l'attaque a endommage les services de l'e-campus. \
                 \"les techniciens du service it etaient encore au travail a cette heure-la et ont \
                 pu rapidement y faire face\", a explique karolien loriers, porte-parole d'ap \
                 hogeschool."
            ),
            ["porte-parole d'"]
        );
        assert_eq!(
            cue_words(
                "\"we were hit by ransomware,\" says cheryl ferraro, system administrator for \
                 butler county federated library."
            ),
            ["system administrator for "]
        );
    }

    #[test]
    fn only_a_name_right_after_the_role_is_the_organisation() {
        let text = "Karolien Loriers, porte-parole d'AP Hogeschool, a expliqué";
        assert!(names_right_after(text, text.find("AP").unwrap()));
        let text = "Marc Bouchard, directeur général de l'organisme, Marc Bouchard";
        assert!(!names_right_after(text, text.find("l'organisme").unwrap()));
        // Seventeenth and tenth splits: the speaker's name after the organisation's.
        let text = "explique le directeur général de Vinovalie Jacques Tranier.";
        assert!(!names_right_after(text, text.find("Vinovalie").unwrap()));
        let text = "a reconnu le porte-parole de l'Association, Laurent Arel.";
        assert!(!names_right_after(
            text,
            text.find("l'Association").unwrap()
        ));
        let text =
            "Ramdane Mansoura, directeur général d'Elysée Cosmétiques à Forbach, est en réunion";
        assert!(names_right_after(text, text.find("Elysée").unwrap()));
        // Fifth split: the name in quotes.
        let text = "Marianne Huor, co-gérante d'\"Ambulance des trois cantons\" à Peyrehorade";
        assert!(names_right_after(text, text.find("\"Ambulance").unwrap()));
    }

    #[test]
    fn a_speaker_without_an_attack_nearby_is_no_cue() {
        assert!(
            cue_words("jean dupont, porte-parole de la mairie, presente le budget.").is_empty()
        );
        assert!(
            cue_words("the report was written by jane roe, director of research at acme.")
                .is_empty()
        );
    }

    #[test]
    fn a_unit_speaking_for_the_victim_is_no_cue() {
        // Sixth split: the Canton of Vaud was hit, its department spoke.
        assert!(
            cue_words(
                "\"il s'agit d'une attaque par deni de service\", explique charles super, le \
                 porte-parole du departement de la culture, des infrastructures et des ressources \
                 humaines (dcirh)."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_role_not_in_apposition_to_a_name_is_no_cue() {
        // Eighth and seventh splits: the speaker's name, or a vendor, was taken for the victim.
        assert!(
            cue_words(
                "la firme a ete touchee par une attaque de type rancongiciel, confirme le \
                 directeur general de segma recherche, marc bouchard."
            )
            .is_empty()
        );
        assert!(
            cue_words(
                "\"nous avons constate des dizaines d'intrusions\", a declare un porte-parole \
                 d'arctic wolf labs."
            )
            .is_empty()
        );
    }
}

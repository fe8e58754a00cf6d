//! A known group the press names by the head of its name (round 27, issue 10): "Last night,
//! ransomware gang INC added Alder Hey … to its data leak site" is INC Ransom, « le groupe de
//! pirates Hunters affirme être parvenu à dérober 52 Go » is Hunters International (sixteenth gold
//! split), « un groupe de rançongiciel identifié sous le nom de INC Ransomware » is INC Ransom
//! again (fifteenth). The galaxy writes the name in full, with a word the press drops ("Ransom",
//! "International", "Group"); the press may put its own kind's word in its place ("Ransomware").
//!
//! Only a name a claim or a hacker group's word points at is read so (`new_actors.rs`): "Hunters"
//! or "Shell" alone are words or companies, and only one group may have that head.
use super::fold::fold;
use super::trigrams::Trigrams;
use super::vocab::Vocabulary;
use std::collections::HashMap;

/// Last words of a galaxy name that the press leaves out (folded): "INC Ransom", "Hunters
/// International", "Lazarus Group".
const DROPPED: &[&str] = &["ransom", "ransomware", "international", "group", "gang"];

/// The galaxy's names that glue "Team" to the head ("FallagaTeam", Rebel Jackal's alias): the
/// press writes « le groupe Fallaga » (nineteenth gold split) or « Fallaga Team ». Only glued:
/// "Underground Team" (RomCom's alias) is not the "Underground" a claim names (ninth split, where
/// the label is Underground, a group the vocabulary lacks).
const GLUED: &str = "team";

/// Words the press writes after a group's short name to say what it is (folded): "INC
/// Ransomware", « Hunters gang ».
const KIND_WORDS: &[&str] = &["ransomware", "rancongiciel", "gang", "group", "groupe"];

/// The heads of the actors' names that end with a [`DROPPED`] word, folded, each with its
/// canonical name, `None` when two actors share one; for one article, only the heads its squashed
/// text may hold (`grams`).
pub(super) fn heads(
    vocab: &Vocabulary,
    grams: Option<&Trigrams>,
) -> HashMap<String, Option<String>> {
    let mut out: HashMap<String, Option<String>> = HashMap::new();
    for a in vocab.actors.iter().filter(|a| !a.unattributed) {
        for n in std::iter::once(&a.name).chain(&a.aliases) {
            let folded = fold(n);
            let glued = (!folded.contains(' '))
                .then(|| folded.strip_suffix(GLUED).map(|head| (head, GLUED)))
                .flatten();
            let Some((head, last)) = folded.rsplit_once(' ').or(glued) else {
                continue;
            };
            let dropped = DROPPED.contains(&last) || (last == GLUED && !folded.contains(' '));
            if !dropped || head.chars().filter(|c| c.is_alphanumeric()).count() < 3 {
                continue;
            }
            let squashed = super::suggest::squashed(head);
            if grams.is_some_and(|g| !g.may_contain(&squashed)) {
                continue;
            }
            out.entry(head.to_string())
                .and_modify(|v| {
                    if v.as_deref() != Some(a.name.as_str()) {
                        *v = None;
                    }
                })
                .or_insert_with(|| Some(a.name.clone()));
        }
    }
    out
}

/// The key under which [`heads`] may hold `name` as the press writes it: folded, a trailing
/// [`KIND_WORDS`] word of a longer name dropped ("INC Ransomware" → "inc").
pub(super) fn head_key(name: &str) -> String {
    let folded = fold(name);
    match folded.rsplit_once(' ') {
        Some((head, last)) if KIND_WORDS.contains(&last) => head.to_string(),
        _ => folded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_named_by_the_head_of_its_name_is_the_known_group() {
        // Comparitech, 2024 (sixteenth gold split).
        let got = crate::tagging::actor_names_suggested(
            "",
            "Last night, ransomware gang INC added Alder Hey Children's NHS Foundation Trust to \
             its data leak site.",
        );
        assert_eq!(got, vec!["INC Ransom".to_string()]);
        // Challenges, April 2025 (sixteenth gold split, fr).
        let got = crate::tagging::actor_names_suggested(
            "",
            "Revendiquant ce piratage, le groupe de pirates Hunters affirme être parvenu à \
             dérober 52 Go de données sensibles.",
        );
        assert_eq!(got, vec!["Hunters International".to_string()]);
        // Kapitalis, 2015 (nineteenth gold split, fr): the galaxy's FallagaTeam, "Team" glued.
        let got = crate::tagging::actor_names_suggested(
            "Le groupe Fallaga pirate des sites web du gouvernement tunisien",
            "Le groupe de hackers \"Fallaga\" a piraté, ce jeudi 1er janvier 2015, des sites web du \
             gouvernement, de diverses institutions et représentations diplomatiques.",
        );
        assert_eq!(got, vec!["Rebel Jackal".to_string()]);
        // Near miss: the word alone, with no group pointing at it, is no group.
        let got = crate::tagging::actor_names_suggested(
            "",
            "Les fellagas, ou Fallaga, étaient des combattants tunisiens.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_head_after_a_bare_group_word_is_no_group() {
        // « le groupe » alone says a company as often: the head is not read there.
        let got = crate::tagging::actor_names_suggested(
            "",
            "Le groupe Hunters a publié ses résultats annuels en hausse.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_kind_word_the_press_adds_is_not_the_name() {
        assert_eq!(head_key("INC Ransomware"), "inc");
        assert_eq!(head_key("Hunters"), "hunters");
        // A name of one word keeps it: "Ransomware" is no head of anything.
        assert_eq!(head_key("Ransomware"), "ransomware");
    }
}

//! Claims and names the press writes with words between their parts (round 27, issue 10, the
//! sixteenth gold split's missed groups): « Le dernier acte en date a été revendiqué ce samedi
//! par le groupe algérien DDOS54 » puts a day between the claim and its « par »; « Le collectif
//! se présentant sous les noms “Phantom Atlas”, … revendique cette attaque », « un groupe de
//! rançongiciel identifié sous le nom de INC Ransomware » (fifteenth) give the name a group goes
//! by after a verb of their own. Everything here reads the folded text.
use super::context;
use super::fold::is_word_char;

/// Phrases after which a group's name stands, when a group's word comes just before them
/// ([`after_a_group_noun`]): « le collectif se présentant sous les noms », "a crew going by the
/// name of". Alone they name anything (« une faille connue sous les noms »). The naming words
/// of a handle (« sous le nom de », `handles.rs`) are read so too when no attacker's word
/// stands right before them.
#[rustfmt::skip]
pub(super) const UNDER_A_NAME: &[&str] = &[
    "sous le nom d'", "sous les noms de", "sous les noms", "under the names", "by the name of",
];

/// Words that say a group of attackers (folded). Not a bare « groupe » or "group": "the chief
/// rival is a group known as the New Page Patrol" names no attacker (`handles.rs`).
#[rustfmt::skip]
const GROUP_NOUNS: &[&str] = &[
    "collectif", "gang", "bande", "hackers", "pirates", "hackeurs", "cybercriminels",
    "hacktivistes", "rancongiciel", "ransomware", "crew", "collective", "hacking", "hacktivist",
];

/// How many words before a [`UNDER_A_NAME`] phrase its group's word may stand: « un groupe de
/// rançongiciel identifié sous le nom de » is four.
const NOUN_WORDS: usize = 5;

/// True when a group's word ([`GROUP_NOUNS`]) stands within [`NOUN_WORDS`] words before `start`
/// in the folded `text`, with no sentence's or clause's sign between.
pub(super) fn after_a_group_noun(text: &str, start: usize) -> bool {
    let from = context::words_back(text, 0, start, NOUN_WORDS);
    let before = &text[from..start];
    let clause = before
        .rfind(['.', ';', ':', '!', '?'])
        .map_or(before, |i| &before[i..]);
    clause
        .split(|c: char| !is_word_char(c))
        .any(|w| GROUP_NOUNS.contains(&w))
}

/// Participles of a claim (folded) whose agent may come a few words later.
const CLAIMED: &[&str] = &[
    "revendique",
    "revendiquee",
    "revendiques",
    "revendiquees",
    "claimed",
];

/// How many words may stand between the participle and its « par » / "by" (« ce samedi »,
/// "on Saturday"): more is a clause of its own.
const GAP_WORDS: usize = 3;

/// Words that make the gap something else than a time or a place: a negation, an infinitive
/// ("claimed to be stolen by"), a subordinate clause.
const NOT_A_GAP: &[&str] = &[
    "to", "pas", "not", "que", "qu", "that", "ni", "jamais", "never",
];

/// The claims whose agent comes past a gap of one to [`GAP_WORDS`] words, as (start of the
/// participle, end of « par » / "by") in the folded `text`: « revendiqué ce samedi par ». A
/// claim with no gap is a fixed cue of `new_actors.rs`.
pub(super) fn gapped_claims(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    ["par", "by"].into_iter().flat_map(move |agent| {
        text.match_indices(agent).filter_map(move |(at, _)| {
            let end = at + agent.len();
            if !context::at_word_boundary(text, at, end) {
                return None;
            }
            let from = context::words_back(text, 0, at, GAP_WORDS + 1);
            let before = &text[from..at];
            if before.contains(|c: char| !(is_word_char(c) || c == ' ' || c == '\'')) {
                return None;
            }
            let words: Vec<(usize, &str)> = before
                .split(|c: char| !is_word_char(c))
                .scan(0, |pos, w| {
                    let at = *pos;
                    *pos += w.len() + 1;
                    Some((at, w))
                })
                .filter(|(_, w)| !w.is_empty())
                .collect();
            let verb = words.iter().rposition(|(_, w)| CLAIMED.contains(w))?;
            let gap = &words[verb + 1..];
            let french = agent == "par";
            let fits = !gap.is_empty()
                && gap.iter().all(|(_, w)| !NOT_A_GAP.contains(w))
                && (french != (words[verb].1 == "claimed"));
            fits.then(|| (from + words[verb].0, end))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        gapped_claims(text).map(|(a, b)| &text[a..b]).collect()
    }

    #[test]
    fn a_claim_with_a_day_before_its_agent() {
        // Sixteenth gold split (fr), and the English the press writes the same way.
        assert_eq!(
            spans(
                "le dernier acte en date a ete revendique ce samedi par le groupe algerien ddos54"
            ),
            ["revendique ce samedi par"]
        );
        assert_eq!(
            spans("the attack was claimed on saturday by the ddos54 group"),
            ["claimed on saturday by"]
        );
    }

    #[test]
    fn a_claim_with_no_gap_or_a_clause_between_is_not_one() {
        // The fixed cue « revendiqué par » reads it already.
        assert!(spans("l'attaque revendiquee par le groupe").is_empty());
        // "claimed to be stolen by" is data, not a claim's agent.
        assert!(spans("files claimed to be stolen by hackers").is_empty());
        // A clause between: the « par » is another verb's.
        assert!(spans("revendique, selon le journal, par le groupe").is_empty());
    }

    #[test]
    fn groups_named_past_a_gap_are_proposed() {
        // Le360, 2025 (sixteenth gold split).
        let got = crate::tagging::actor_names_suggested(
            "",
            "Le dernier acte en date a été revendiqué ce samedi par le groupe algérien DDOS54, \
             qui affirme avoir mené une vaste opération de déni de service.",
        );
        assert_eq!(got, vec!["DDOS54".to_string()]);
        // Le Desk, April 2025 (sixteenth gold split).
        let got = crate::tagging::actor_names_suggested(
            "",
            "Le site de la MGPTT a été piraté. Le collectif se présentant sous les noms \
             “Phantom Atlas”, “Phantom Morocco”, ou encore “Moroccan Cyber Forces”, revendique \
             cette attaque sur Telegram.",
        );
        assert_eq!(got, vec!["Phantom Atlas".to_string()]);
        // Fifteenth gold split: the name with the kind's word the press adds.
        let got = crate::tagging::actor_names_suggested(
            "",
            "L'enseigne est confrontée à une menace de fuite après un incident attribué à un \
             groupe de rançongiciel identifié sous le nom de INC Ransomware.",
        );
        assert_eq!(got, vec!["INC Ransom".to_string()]);
        // English, the same gap.
        let got = crate::tagging::actor_names_suggested(
            "",
            "The attack on the city was claimed on Saturday by the Bl4ckShadow crew.",
        );
        assert_eq!(got, vec!["Bl4ckShadow".to_string()]);
    }

    #[test]
    fn a_name_under_which_no_group_goes_is_none() {
        let got = crate::tagging::actor_names_suggested(
            "",
            "La faille, connue sous le nom de Citrix Bleed, est exploitée depuis août.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_name_phrase_needs_a_group_word_before_it() {
        let text = "un groupe de rancongiciel identifie sous le nom de inc ransomware";
        let at = text.find("sous le nom").unwrap();
        assert!(after_a_group_noun(text, at));
        let text = "une faille connue sous le nom de citrix bleed";
        let at = text.find("sous le nom").unwrap();
        assert!(!after_a_group_noun(text, at));
    }
}

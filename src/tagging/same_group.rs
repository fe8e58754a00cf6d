//! One group, one actor (round 21, the tenth gold split): a text that gives the group it named a
//! second name ("Now designated APT45, the group, previously dubbed Andariel", « APT29, aussi
//! appelé Cozy Bear ») names one group, even where the vocabulary keeps the two names apart
//! (MISP's APT45 and ATT&CK's Andariel); and a campaign the galaxy lists as an actor ("what McAfee
//! calls “Operation Sharpshooter”") is not the actor when the text names the group that runs it.
//! TAGGING.md's actor is the group named as responsible: one value per group.
//!
//! Everything here reads the folded text (lower case, no accents).
use super::fold::is_word_char;
use super::suggest::Suggestion;

/// Phrases that give the group just named another name: the name right after them is a second
/// name of that group (folded).
#[rustfmt::skip]
const ANOTHER_NAME: &[&str] = &[
    "previously dubbed", "previously known as", "previously called", "formerly known as",
    "formerly dubbed", "formerly called", "formerly", "also known as", "also dubbed",
    "also called", "also tracked as", "also referred to as", "aka", "a.k.a.", "known as",
    "otherwise known as", "which microsoft calls", "what microsoft calls",
    "anciennement", "anciennement appele", "anciennement connu sous le nom de", "aussi appele",
    "aussi appelee", "aussi connu sous le nom de", "aussi nomme", "egalement appele",
    "egalement appelee", "egalement connu sous le nom de", "egalement nomme", "connu sous le nom de",
    "connu aussi sous le nom de", "alias", "surnomme",
];

/// How far, in bytes, the second name may stand from the first: "APT45, the group, previously
/// dubbed Andariel" is thirty.
const WITHIN: usize = 80;

/// How far before a name the first group's name may start: [`WITHIN`] and a group's name (none is
/// near 200 bytes). Looking no further back keeps a text naming thousands of groups in one
/// sentence linear.
pub(crate) const REACH: usize = WITHIN + 200;

/// True when the folded `text` between a group named at `..first_end` and a name at `start` gives
/// that group a second name: an [`ANOTHER_NAME`] phrase just before the name ("the group,
/// previously dubbed Andariel"), or the name alone in brackets right after it ("APT45 (Andariel)").
pub(crate) fn another_name(text: &str, first_end: usize, start: usize) -> bool {
    if first_end > start || start - first_end > WITHIN {
        return false;
    }
    let Some(between) = text.get(first_end..start) else {
        return false;
    };
    if between.trim() == "(" || describes_it(between) {
        return true;
    }
    let quotes: &[char] = &[
        ' ', '"', '\'', '«', '»', '“', '”', '‘', '’', '\u{a0}', '\u{202f}',
    ];
    let before = between.trim_end_matches(quotes);
    ANOTHER_NAME.iter().any(|p| {
        before
            .strip_suffix(p)
            .is_some_and(|rest| !rest.chars().next_back().is_some_and(is_word_char))
    })
}

/// True when `between` (folded text after a group's name) opens a bracket right after the name and
/// the next name stands inside it: the bracket says what the group is, and a group named there is
/// its kin, not a second attacker (« Scattered LAPSUS$ Hunters (fusion de LAPSUS$ avec d’autres
/// groupes) », fourteenth gold split; "Hunters International (a rebrand of Hive)").
fn describes_it(between: &str) -> bool {
    between
        .trim_start_matches([' ', '\u{a0}'])
        .strip_prefix('(')
        .is_some_and(|inside| !inside.contains([')', '(', '.', ';']))
}

/// Campaigns the galaxy lists among actors ("Operation Sharpshooter", "Operation Triangulation"):
/// where the text names any other group, that group runs the campaign and the campaign is not
/// suggested as an actor of its own.
pub(crate) fn drop_named_campaigns(actors: &mut Vec<Suggestion>) {
    let campaign = |s: &Suggestion| !s.new_value && s.value.starts_with("Operation ");
    if actors.iter().any(|s| !campaign(s)) {
        actors.retain(|s| !campaign(s));
    }
}

#[cfg(test)]
mod tests {
    use super::super::actor_names_suggested as actors;

    #[test]
    fn a_second_name_the_text_gives_a_group_is_not_a_second_group() {
        // nextgov, tenth gold split: Mandiant's APT45 was "previously dubbed Andariel" (ATT&CK's
        // G0138, the vocabulary's Silent Chollima).
        let en = "The group — now known as APT45 — has targeted information stored in U.S. \
                  government nuclear facilities. Now designated APT45, the group, previously \
                  dubbed Andariel, has been carrying out espionage campaigns around the world.";
        assert_eq!(
            actors("FBI, Mandiant designate advanced North Korean hackers", en),
            ["APT45"]
        );
        let fr = "Le groupe de hackers nord-coréen APT45, anciennement appelé Andariel, a mené \
                  des campagnes d'espionnage contre des installations nucléaires.";
        assert_eq!(actors("Espionnage nord-coréen", fr), ["APT45"]);
        let brackets = "Le groupe APT45 (Andariel) a ciblé des installations nucléaires.";
        assert_eq!(actors("Espionnage nord-coréen", brackets), ["APT45"]);
    }

    #[test]
    fn a_group_named_in_the_bracket_that_describes_another_is_its_kin() {
        // Weekly round-up, January 2026 (fourteenth gold split).
        let fr = "Le même jour, un autre groupe de pirates – identifié comme Scattered LAPSUS$ \
                  Hunters (fusion de LAPSUS$ avec d’autres groupes) – a revendiqué une fuite liée \
                  à l’Université de Lille.";
        assert_eq!(actors("", fr), ["Scattered Lapsus Hunters"]);
        let en = "Hunters International (a rebrand of the Hive gang) claimed the attack on the \
                  hospital.";
        assert_eq!(actors("", en), ["Hunters International"]);
        // Two groups named apart, each with its own clause, stay two.
        let two = "Akira (which claimed the city) and Qilin both listed victims this week.";
        assert_eq!(actors("", two).len(), 2);
    }

    #[test]
    fn two_groups_joined_by_and_stay_two() {
        // scmagazine, tenth gold split: two groups, each one of the attackers.
        let en = "Several hacking attempts have been deployed by North Korean state-sponsored \
                  threat groups APT37 and APT43 against defectors' group head Lee Min-bok.";
        assert_eq!(
            actors("North Korean defectors group leader attacked", en),
            ["APT37", "Kimsuky"]
        );
    }

    #[test]
    fn a_campaign_run_by_a_named_group_is_not_an_actor() {
        // lapost.us, tenth gold split.
        let en = "The hacking group Lazarus continues to carry out these attacks in what McAfee \
                  calls “Operation Sharpshooter.”";
        assert_eq!(
            actors("Cyber espionage campaign linked to North Korea", en),
            ["Lazarus Group"]
        );
        let fr = "Le groupe de hackers Lazarus poursuit ces attaques dans ce que McAfee appelle \
                  « Operation Sharpshooter ».";
        assert_eq!(actors("Campagne d'espionnage", fr), ["Lazarus Group"]);
        // Alone, the campaign is all the text names.
        let alone = "McAfee has uncovered a cyber espionage campaign it calls Operation \
                     Sharpshooter, aimed at defence and energy firms.";
        assert_eq!(
            actors("Cyber espionage campaign", alone),
            ["Operation Sharpshooter"]
        );
    }
}

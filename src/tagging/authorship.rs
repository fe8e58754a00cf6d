//! How strongly a text makes a group the author of its incident (issue 10 item 7): what sets an
//! actor's confidence in the text. A group is the author where a claim, an attribution or the
//! attack itself stands next to its name (« revendiqué par LockBit », "attributed to Sandworm",
//! "the Cactus ransomware gang is behind the attack", "a Scattered Spider cyber attack"); a group
//! only named as a group ("the Russian Evil Corp cybercrime gang had resorted to…", « le groupe
//! Lazarus, connu pour… ») is a mention, and a mention is not what "accept all" should take.
//!
//! Everything here reads the folded text (lower case, no accents).
use super::context::{Cue, Found, cues_in, words_back, words_forward};

/// The sentences of a news lead, where a group named with any attribution cue of its sentence is
/// the story's (the ninth's recalled groups and the tenth's Evil Corp, wrong, stood past them).
pub(crate) const LEAD: usize = 2;

/// Attribution cues that only say a name is a group's ("the LockBit gang", « le groupe
/// Conti »): they name, they do not accuse.
const GROUP_WORDS: &[&str] = &["groupe", "group", "gang", "hackers", "pirates"];

/// How many words either side of the name an authorship cue may stand: "The ransomware attack,
/// attributed to Russian cyber-criminal group Qilin" is five. Ten would reach another group's
/// words ("the Russian Evil Corp cybercrime gang had resorted to distributing LockBit ransomware on
/// targets' networks" made Evil Corp high again in a story about LockBit's claim).
const NEAR_WORDS: usize = 6;

/// Attribution cues that accuse only next to the name: "by" and « par » anywhere in a sentence
/// are mostly someone else's ("according to a report by Mandiant").
const NEAR_ONLY: &[&str] = &["by", "par"];

/// What the group does or is blamed for, read in the words after its name ("Octo Tempest has
/// deployed DragonForce", « les hackers Lockbit 3.0 ont diffusé… », « le groupe russe NoName057(16)
/// qui est à blâmer ») or before it (« les hackers seraient liés au groupe Salt Typhoon »): attack
/// verbs the victim cues lack, since their subject is the group, not the victim (folded).
#[rustfmt::skip]
const DOES_AFTER: &[&str] = &[
    "ont diffuse", "a diffuse", "ont publie", "a publie", "mis en ligne",
    "a blamer", "has deployed", "have deployed", "deployed", "a deploye", "ont deploye",
    "exploiting", "exploited", "a exploite", "ont exploite", "leaked", "published", "posted",
];
#[rustfmt::skip]
const BLAMED_BEFORE: &[&str] = &["lies au", "lie au", "liee au", "liees au", "la faute"];

/// True when the sentence of the folded `text` makes the group at `start..end` its incident's
/// author: a claim in it, an attribution ("attributed to", "behind", « à l'origine », not a bare
/// group word; "by" and « par » only next to the name), an attack noun next to the name ("a
/// Scattered Spider cyber attack") or the group the subject of an attack verb ("Vice Society, ont
/// piraté", "EncryptHub has compromised").
pub(crate) fn authored(
    text: &str,
    cues: &[Found],
    sentence: (usize, usize),
    start: usize,
    end: usize,
    whole_sentence: &mut Option<((usize, usize), bool)>,
) -> bool {
    // What the whole sentence says holds for every group named in it: read once per sentence,
    // not once per name (a 1 MB text of names in one sentence made this quadratic).
    let says = match *whole_sentence {
        Some((s, says)) if s == sentence => says,
        _ => {
            let says = sentence_accuses(text, cues, sentence);
            *whole_sentence = Some((sentence, says));
            says
        }
    };
    if says {
        return true;
    }
    let from = words_back(text, sentence.0, start, NEAR_WORDS);
    let to = words_forward(text, end, sentence.1, NEAR_WORDS);
    let accuses_near = |c: &Found| {
        let word = &text[c.start..c.end];
        match c.cue {
            Cue::Attribution => NEAR_ONLY.contains(&word),
            Cue::AttackNoun => true,
            Cue::VictimAfter => c.start >= end,
            _ => false,
        }
    };
    let has = |window: &str, list: &[&str]| list.iter().any(|p| window.contains(p));
    cues_in(cues, from, to).iter().any(accuses_near)
        || text.get(end..to).is_some_and(|w| has(w, DOES_AFTER))
        || text.get(from..start).is_some_and(|w| has(w, BLAMED_BEFORE))
}

/// What makes every group of a sentence its author wherever it stands: a claim, "responsibility",
/// or an attribution cue other than a bare group word or a "by"/« par » (which accuse only next to
/// the name).
fn sentence_accuses(text: &str, cues: &[Found], sentence: (usize, usize)) -> bool {
    cues_in(cues, sentence.0, sentence.1).iter().any(|c| {
        let word = &text[c.start..c.end];
        c.cue == Cue::Attribution && !GROUP_WORDS.contains(&word) && !NEAR_ONLY.contains(&word)
    }) || text.get(sentence.0..sentence.1).is_some_and(|s| {
        super::actor_guards::claims(s)
            || s.contains("responsibility")
            || s.contains("responsabilite")
    })
}

#[cfg(test)]
mod tests {
    use super::super::actors_suggested;
    use crate::tagging::Confidence;

    fn confidence(title: &str, text: &str, actor: &str) -> Option<Confidence> {
        actors_suggested(title, text)
            .into_iter()
            .find(|s| s.value == actor)
            .map(|s| s.confidence)
    }

    /// Two sentences of lead before the one read, as in the articles.
    const LEAD: &str = "The company said on Monday it had found no evidence of a breach. Its \
                        investigation goes on with outside experts. ";

    #[test]
    fn a_group_only_named_past_the_lead_is_not_high() {
        // securityweek, tenth gold split: the story is LockBit's claim against Mandiant.
        let en = format!(
            "{LEAD}These assertions come after Mandiant disclosed last week that the Russian \
             Evil Corp cybercrime gang had resorted to distributing LockBit ransomware on \
             targets' networks in order to circumvent US sanctions."
        );
        let title = "Mandiant Has no Evidence of Hack by LockBit Ransomware";
        assert_eq!(
            confidence(title, &en, "INDRIK SPIDER"),
            Some(Confidence::Medium)
        );
        assert_eq!(confidence(title, &en, "LockBit"), Some(Confidence::High));
        let fr = format!(
            "{LEAD}Ces affirmations interviennent après que Mandiant a indiqué la semaine dernière \
             que le groupe cybercriminel russe Evil Corp s'était mis à distribuer le rançongiciel \
             LockBit pour contourner les sanctions américaines."
        );
        assert_eq!(
            confidence("Mandiant dément avoir été piraté", &fr, "INDRIK SPIDER"),
            Some(Confidence::Medium)
        );
    }

    #[test]
    fn a_group_the_text_makes_the_author_past_the_lead_stays_high() {
        // BBC (stories gold): the attack attributed to the group, past the lead.
        let en = format!(
            "{LEAD}The ransomware attack, attributed to Russian cyber-criminal group Qilin, \
             targeted Synnovis."
        );
        assert_eq!(
            confidence("Patient death linked to cyber-attack", &en, "Qilin"),
            Some(Confidence::High)
        );
        // Le Parisien (unseen gold split): the group the subject of what was done.
        let fr = format!(
            "{LEAD}Les pirates russes du groupe Lockbit ont alors mis en ligne, sur le dark web, \
             plus de 11 Go de données."
        );
        assert_eq!(
            confidence("Cyberattaque à l'hôpital", &fr, "LockBit"),
            Some(Confidence::High)
        );
        let claimed = format!(
            "{LEAD}LockBit 3.0, a pro-Russian ransomware group, took responsibility for the attack."
        );
        assert_eq!(
            confidence(
                "Japan's largest port resumes operations",
                &claimed,
                "LockBit"
            ),
            Some(Confidence::High)
        );
    }
}

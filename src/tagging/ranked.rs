//! Groups a text ranks or counts rather than accuses (round 22's reading of the eleventh gold
//! split): a yearly ranking of ransomware brands whose headline names none of them (« Apparu en
//! 2024, RansomHub s'est hissé directement à la première place, faisant près de 500 victimes »,
//! « deux autres groupes sont entrés en force dans la course : KillSec et Funksec, avec
//! respectivement 136 et 91 victimes »), or a story about one gang that ranks it against others
//! (« LockBit a été dépassé par Play, avec 32 attaques en avril, contre 23 pour LockBit »).
//! TAGGING.md's actor is the group named as responsible for an incident; a group given a rank or
//! a tally of victims is the subject of statistics, which the splits leave unlabelled.
//!
//! A text is such a piece when two of its sentences or more rank or count the groups they name.
//! There, a group named only in sentences that tie it to no incident (no claim, no victim said to
//! be hit) is not suggested; a group its headline names stays the story's.
//!
//! Everything here reads the folded text (lower case, no accents).
use super::context::{self, Cue, Found};
use super::fold::is_word_char;

/// Words of a rank (folded): « la première place », "the top spot", « dépassé par ».
#[rustfmt::skip]
const RANKS: &[&str] = &[
    "premiere place", "deuxieme place", "seconde place", "troisieme place", "quatrieme place",
    "cinquieme place", "premier rang", "tete du podium", "podium", "classement", "palmares",
    "le trone", "plus actif", "plus actifs", "plus active", "plus prolifique", "plus prolifiques",
    "depasse par", "devance par", "first place", "second place", "third place", "top spot",
    "top place", "most active", "most prolific", "overtaken by", "overtook", "surpassed by",
    "leaderboard", "ranking", "ranked",
];

/// Words of a tally (folded) after a number: « près de 500 victimes », "32 attacks".
#[rustfmt::skip]
const TALLIED: &[&str] = &[
    "victimes", "attaques", "revendications", "victims", "attacks", "claims", "organisations",
    "organizations", "entreprises", "companies",
];

/// Words of a tally without a number (folded): « le nombre de victimes du gang ».
const TALLY: &[&str] = &["nombre de victimes", "number of victims", "victim count"];

/// How many of a text's sentences must rank or count its groups to make it a ranking.
const RANKING_SENTENCES: usize = 2;

/// True when the folded `sentence` ranks something or counts its victims or attacks.
pub(crate) fn ranks_or_counts(sentence: &str) -> bool {
    RANKS.iter().chain(TALLY).any(|p| has_phrase(sentence, p)) || tallies(sentence)
}

/// True when `phrase` stands in the folded `s` as whole words.
fn has_phrase(s: &str, phrase: &str) -> bool {
    s.match_indices(phrase).any(|(at, _)| {
        !s[..at].chars().next_back().is_some_and(is_word_char)
            && !s[at + phrase.len()..]
                .chars()
                .next()
                .is_some_and(is_word_char)
    })
}

/// True when a number stands before a [`TALLIED`] word, one word between them at most (« 136 et
/// 91 victimes », "500 victims", "32 attaques").
fn tallies(sentence: &str) -> bool {
    let words: Vec<&str> = sentence
        .split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| {
        TALLIED.contains(w)
            && words[i.saturating_sub(2)..i]
                .iter()
                .any(|n| n.chars().all(|c| c.is_ascii_digit()))
    })
}

/// True when two sentences or more of the folded `text` rank or count and name a group
/// (`names_a_group` says whether a sentence does).
pub(crate) fn a_ranking(
    text: &str,
    sentences: &[(usize, usize)],
    names_a_group: impl Fn((usize, usize)) -> bool,
) -> bool {
    sentences
        .iter()
        .filter(|&&s| names_a_group(s) && ranks_or_counts(&text[s.0..s.1]))
        .nth(RANKING_SENTENCES - 1)
        .is_some()
}

/// True when the sentence ties what it names to an incident: a claim, or a victim said to be hit.
pub(crate) fn tells_an_incident(text: &str, cues: &[Found], sentence: (usize, usize)) -> bool {
    super::actor_guards::claims(&text[sentence.0..sentence.1])
        || context::cues_in(cues, sentence.0, sentence.1)
            .iter()
            .any(|c| {
                matches!(c.cue, Cue::VictimBefore | Cue::VictimAfter)
                    && super::article_kind::states_a_victim(text, cues, sentence, c)
            })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::actor_names_suggested;

    #[test]
    fn ranks_and_tallies() {
        assert!(ranks_or_counts(
            "apparu en 2024, ransomhub s'est hisse directement a la premiere place, faisant pres \
             de 500 victimes"
        ));
        assert!(ranks_or_counts(
            "deux autres groupes sont entres en force dans la course : killsec et funksec, avec \
             respectivement 136 et 91 victimes."
        ));
        assert!(ranks_or_counts(
            "lockbit was overtaken by play, with 32 attacks in april"
        ));
        assert!(!ranks_or_counts(
            "the lockbit gang claimed the attack on the port of nagoya"
        ));
        // A year is a number but no tally.
        assert!(!ranks_or_counts("en 2024 lockbit a vise la mairie"));
    }

    /// ITsocial (eleventh gold split): a yearly ranking of ransomware brands.
    const RANKING_FR: &str = "Il est intéressant de noter que LockBit, déclaré mort après \
        l’opération très médiatisée Cronos au début de l’année 2024, s’est tout de même assuré la \
        première place parmi les cyber-escrocs. C’est la troisième année consécutive que le gang \
        occupe le trône. Apparu en 2024, RansomHub s’est hissé directement à la première place, \
        faisant près de 500 victimes. Le gang des ransomwares Play s’est quant à lui installé à la \
        troisième place, avec près de 350 victimes. Dans le même temps, LockBit a principalement \
        ciblé les secteurs de la fabrication, tandis que RansomHub s’est efforcé de faire des \
        victimes dans les secteurs de l’immobilier. Outre RansomHub, deux autres groupes sont \
        entrés en force dans la course : KillSec et Funksec, avec respectivement 136 et 91 \
        victimes.";

    #[test]
    fn a_ranking_of_gangs_names_no_actor() {
        let got = actor_names_suggested(
            "Les ransomwares attirent de nouveaux groupes de cybercriminels",
            RANKING_FR,
        );
        assert!(got.is_empty(), "{got:?}");
        // The same ranking in English (Cybernews's wording of such reports).
        let got = actor_names_suggested(
            "Ransomware attracts new cybercrime groups",
            "LockBit took first place among ransomware gangs for the third year running, with \
             about 530 victims. Emerging in 2024, RansomHub went straight to second place with \
             nearly 500 victims. Play settled in third place with almost 350 victims.",
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn the_headline_s_gang_stays_and_so_does_a_claim() {
        // Le Monde Informatique (eleventh gold split): the story is LockBit's; Play and Conti
        // are ranked against it.
        let got = actor_names_suggested(
            "LockBit n'est plus le premier gang de ransomware au monde",
            "Le ransomware-as-a-service LockBit a été lancé en 2019 et était en concurrence \
             depuis 2022 avec Conti, affilié à la Russie, pour la têt du podium des cybergangs. \
             Aujourd'hui, la société de cybersécurité NCC Group signale que, pour la première \
             fois en huit mois, LockBit a été dépassé par Play, avec 32 attaques en avril, contre \
             23 pour LockBit.",
        );
        assert_eq!(got, vec!["LockBit"]);
        // A claim in a ranking's sentence names an incident's author.
        let got = actor_names_suggested(
            "Ransomware activity in April",
            "Play took first place with 32 attacks in April. LockBit, in second place with 23 \
             attacks, claimed the attack on the city of Wichita.",
        );
        assert_eq!(got, vec!["LockBit"]);
    }
}

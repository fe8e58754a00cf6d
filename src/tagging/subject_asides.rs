//! The subject of a victim cue written before an aside that the cue's nearest name belongs to
//! (round s28victims, issue 10): "Erie Insurance ("Erie") also announced a cyber-attack", « Le
//! Groupe 3R (Réseau Radiologique Romand) a été victime », "Olde Towne Medical and Dental Center
//! in Williamsburg, Va., suffered a ransomware incident". The name just before the verb is then
//! an alias in parentheses or the state of the subject's town, and was read as the victim ("Va",
//! "Réseau Radiologique Romand") while the subject was missed. Pooled over the read splits, 37
//! gold victims are written before such an alias or town, a dozen of them right before a cue.
use super::victims::{self, Phrase, Token};

/// Prepositions that set a town after a subject ("in Williamsburg"). Not « à », which folds to
/// the English article ("Persante Health Care, a Mount Laurel Township, NJ-based provider").
const PLACE_PREPOSITIONS: &[&str] = &["in", "at", "near"];

/// How many words a town's name may take ("Willow Grove", "Sault Ste. Marie").
const TOWN_WORDS: usize = 3;

/// The subject before an alias in parentheses (the alias `p`, quoted or not).
pub(crate) fn subject_before_an_alias(
    original: &str,
    toks: &[Token],
    p: &Phrase,
) -> Option<Phrase> {
    const QUOTES: &[char] = &['"', '“', '”', '«', '»', '\'', '‘', '’', ' '];
    let before = original.get(..p.start)?.trim_end_matches(QUOTES);
    let after = original.get(p.end..)?.trim_start_matches(QUOTES);
    if !before.ends_with('(') || !after.starts_with(')') {
        return None;
    }
    // An acronym ("(AML)") stands for the name before it and is matched to it as it is; the
    // name before is read as a list's last member when an aside precedes it (« Le laboratoire
    // médical de Hoboken, Het Algemeen Medisch Laboratorium (AML), a été victime »).
    let alias = &original[p.start..p.end];
    if !alias.contains(' ')
        && alias
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
    {
        return None;
    }
    let k = toks.partition_point(|t| t.start < p.start);
    // A name read past a capitalised descriptor ("Allianz Life Insurance Company of North
    // America" read as "North America") is not the subject either; a capital article is no
    // descriptor's (« Le Groupe 3R »).
    let described = |s: &Phrase| {
        original
            .get(s.start..s.name_start)
            .is_some_and(|d| d.chars().skip(1).any(char::is_uppercase))
    };
    victims::phrase_before(toks, k).filter(|s| {
        s.proper && s.end <= before.len() && opens_its_clause(original, toks, s) && !described(s)
    })
}

/// Whether a name opens its sentence or clause, or follows its article: a name that a
/// lower-case word runs into is the tail of a longer one (« Ministère de l'Emploi … et la
/// formation Professionnelle (MEMEASFP) »).
fn opens_its_clause(original: &str, toks: &[Token], s: &Phrase) -> bool {
    let first = toks.partition_point(|t| t.start < s.start);
    first == 0
        || toks[first].gap
        || toks[first].elided
        || victims::is_determiner(&toks[first - 1])
        || original
            .get(..s.start)
            .is_some_and(|b| b.trim_end().ends_with([',', '.', ':', ';']))
}

/// The subject before its town and the town's state or region, set between commas ("Olde Towne
/// Medical and Dental Center in Williamsburg, Va., suffered"), `p` being the state.
pub(crate) fn subject_before_its_place(
    original: &str,
    toks: &[Token],
    p: &Phrase,
) -> Option<Phrase> {
    subject_before_the_place_at(original, toks, toks.partition_point(|t| t.start < p.start))
}

/// The subject before "in Town," when the word at `k` follows that comma.
fn subject_before_the_place_at(original: &str, toks: &[Token], k: usize) -> Option<Phrase> {
    let comma = k >= 1
        && toks.get(k).is_some_and(|t| t.gap)
        && original
            .get(toks[k - 1].end..toks[k].start)
            .is_some_and(|b| b.trim() == ",");
    if !comma {
        return None;
    }
    // The town: capitalised words back to the preposition.
    let mut j = k - 1;
    while j > 0 && k - j < TOWN_WORDS && toks[j].cap && !toks[j].gap && toks[j - 1].cap {
        j -= 1;
    }
    if !toks[j].cap || j < 2 {
        return None;
    }
    let prep = &toks[j - 1];
    if prep.cap || toks[j].gap || !PLACE_PREPOSITIONS.contains(&prep.folded()) {
        return None;
    }
    victims::phrase_before(toks, j - 1).filter(|s| s.proper)
}

/// "Cayuga Medical Center in Ithaca, New York, was temporarily disrupted by a cyberattack": the
/// victim before its town and a state of several words, set off by commas before the verb. The
/// name read back from the cue is the state's, or none at all (« New York » opens no name), so
/// the subject is found from the commas: lower-case verb words back to the second comma, the
/// state's capitalised words back to the first, the town's back to "in".
pub(crate) fn subject_before_town_and_state(
    original: &str,
    toks: &[Token],
    cue: usize,
) -> Option<Phrase> {
    let comma_before = |i: usize| {
        i >= 1
            && toks[i].gap
            && original
                .get(toks[i - 1].end..toks[i].start)
                .is_some_and(|b| b.trim() == ",")
    };
    // The verb's words ("was temporarily") after the second comma.
    let cue = cue.min(toks.len());
    let verb = (cue.saturating_sub(VERB_WORDS)..=cue)
        .rev()
        .take_while(|&i| i == cue || !toks[i].cap)
        .find(|&i| i < toks.len() && comma_before(i))?;
    // The state's capitalised words, back to the first comma.
    let state = (verb.saturating_sub(TOWN_WORDS)..verb)
        .rev()
        .take_while(|&i| toks[i].cap && (i + 1 == verb || !toks[i + 1].gap))
        .find(|&i| comma_before(i))?;
    subject_before_the_place_at(original, toks, state)
}

/// The verb's words between a subject's asides and its cue ("was temporarily").
const VERB_WORDS: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(
        text: &str,
        before_cue: &str,
        f: fn(&str, &[Token], &Phrase) -> Option<Phrase>,
    ) -> Option<String> {
        let toks = victims::tokens(text, 0, text.len());
        let at = text.find(before_cue)?;
        let k = toks.partition_point(|t| t.start < at);
        let p = victims::phrase_before(&toks, k)?;
        f(text, &toks, &p).map(|s| text[s.start..s.end].to_string())
    }

    #[test]
    fn the_subject_before_its_alias_or_its_town_is_read() {
        // Seventeenth split (insurers, dental practices, a Swiss radiology group).
        assert_eq!(
            subject(
                "Erie Insurance (\u{201c}Erie\u{201d}) also announced a cyber-attack earlier this summer",
                "announced",
                subject_before_an_alias
            )
            .as_deref(),
            Some("Erie Insurance")
        );
        assert_eq!(
            subject(
                "Le Groupe 3R (Réseau Radiologique Romand) a été victime d'une cyberattaque",
                "a été victime",
                subject_before_an_alias
            )
            .as_deref(),
            Some("Groupe 3R")
        );
        assert_eq!(
            subject(
                "Olde Towne Medical and Dental Center in Williamsburg, Va., suffered a ransomware incident",
                "suffered",
                subject_before_its_place
            )
            .as_deref(),
            Some("Olde Towne Medical and Dental Center")
        );
        assert_eq!(
            subject(
                "Upper Dublin Family Dentistry in Willow Grove, Pa., experienced a data breach",
                "experienced",
                subject_before_its_place
            )
            .as_deref(),
            Some("Upper Dublin Family Dentistry")
        );
        // A state of two words and an adverb before the cue (twenty-third split).
        let text =
            "Cayuga Medical Center in Ithaca, New York, was temporarily disrupted by a cyberattack";
        let toks = victims::tokens(text, 0, text.len());
        let cue = toks.partition_point(|t| t.start < text.find("disrupted").unwrap());
        let s = subject_before_town_and_state(text, &toks, cue).unwrap();
        assert_eq!(&text[s.start..s.end], "Cayuga Medical Center");
    }

    #[test]
    fn a_list_or_a_name_without_its_aside_is_left_as_read() {
        // A list of names, not a town and its state.
        assert_eq!(
            subject(
                "Acme, Globex, Initech were hit",
                "were hit",
                subject_before_its_place
            ),
            None
        );
        // A name's tail that a lower-case word runs into is no subject.
        assert_eq!(
            subject(
                "Le site du Ministère de l'Emploi et la formation Professionnelle (MEMEASFP) a subit une attaque",
                "a subit",
                subject_before_an_alias
            ),
            None
        );
        // An acronym stands for the name before it, which is left as read.
        assert_eq!(
            subject(
                "Le laboratoire médical de Hoboken, Het Algemeen Medisch Laboratorium (AML), a été victime",
                "a été victime",
                subject_before_an_alias
            ),
            None
        );
        // A name read past its capitalised descriptor: the rule reads nothing rather than the
        // descriptor's tail ("North America").
        assert_eq!(
            subject(
                "Allianz Life Insurance Company of North America (\u{201c}Allianz Life\u{201d}) reported a mid-July breach",
                "reported",
                subject_before_an_alias
            ),
            None
        );
        // A parenthesis that closes no alias of the name before the cue.
        assert_eq!(
            subject(
                "Des hôpitaux (dont celui de Nyon) ont été touchés",
                "ont été touchés",
                subject_before_an_alias
            ),
            None
        );
    }
}

//! Sectors named as what an attack or campaign targeted, with no victim named (round s21places):
//! "an extensive cyber espionage campaign that has targeted key sectors, including government,
//! defense, energy and critical infrastructure organizations", « une campagne visant les
//! secteurs de la défense et de l'énergie ». There the words the sector pass leaves out alone in
//! a sentence (« gouvernement », "defense": hackers are often "government-backed") are the
//! victims' sectors, since they stand in the object of the victim cue.

/// Set phrases whose sector word names no one's sector: the press release a victim publishes,
/// the courts it turns to (« se tourner vers la justice », « communiqué de presse »: tenth split).
#[rustfmt::skip]
const SET_PHRASES: &[&str] = &[
    "communique de presse", "communiques de presse", "conference de presse", "revue de presse",
    "agence de presse", "press release", "press conference", "news release", "vers la justice",
    "devant la justice", "saisir la justice", "saisi la justice", "en justice",
    // Round s22places: the press's own sourcing ("confirmed last week's media reports", « selon
    // les médias israéliens ») and where a claim was posted ("claimed responsibility on social
    // media") name no victim's medium (eleventh split: Akron got media).
    "media reports", "media report", "media reported", "news media", "local media", "state media",
    "social media", "selon les medias", "selon des medias", "medias locaux", "medias sociaux",
    // Round s38country: the spokesman's title (« selon une annonce faite vendredi par Boriowo
    // Folasade, directeur de la presse et des relations publiques du ministère », twenty-fifth
    // split: a minister's WhatsApp account got media).
    "directeur de la presse", "directrice de la presse", "attache de presse", "attachee de presse",
    "service de presse", "relations presse", "press officer", "press secretary", "press office",
];

/// True when the sector word at `start..end` of the folded text is part of a [`SET_PHRASES`].
pub(super) fn in_a_set_phrase(text: &str, start: usize, end: usize) -> bool {
    SET_PHRASES.iter().any(|p| {
        let from = super::context::char_floor(text, start.saturating_sub(p.len()));
        let to = super::context::char_ceil(text, end + p.len());
        super::context::starts_of(&text[from..to], p).any(|i| {
            let (a, b) = (from + i, from + i + p.len());
            a <= start && end <= b && super::suggest::at_word_boundary(text, a, b)
        })
    })
}

/// Words that end the object of a victim cue: who did it, for whom, what was said about it.
#[rustfmt::skip]
const OBJECT_ENDS: &[&str] = &[
    "by", "par", "on behalf of", "pour le compte de", "for", "pour", "that", "which", "who", "qui",
    "que", "according", "selon", "said", "says", "a indique", "a declare", "affirme", "revealed",
    "with", "avec", "using", "en utilisant", "via", "from", "depuis", "since", "after", "apres",
];

/// Words that open a list inside the object: past them, commas separate its members.
#[rustfmt::skip]
const LIST_OPENERS: &[&str] = &[
    "including", "such as", "like", "notamment", "dont", "comme", "tels que", "telles que",
];

/// How many words of a cue's object are read at most.
const OBJECT_WORDS: usize = 20;

/// Where the object of a victim cue that ends at `from` ends (folded text), before `limit`: at a
/// full stop, a semicolon, a colon or a bracket, at a comma unless a list has been opened ("key
/// sectors, including government, defense…"), at a word of [`OBJECT_ENDS`], or after
/// [`OBJECT_WORDS`] words.
pub(super) fn object_end(text: &str, from: usize, limit: usize) -> usize {
    let span = &text[from..limit.min(text.len())];
    let mut words = 0;
    let mut at_word = false;
    let mut listing = false;
    for (i, c) in span.char_indices() {
        if matches!(c, '.' | ';' | ':' | '(' | '!' | '?' | '\n') {
            return from + i;
        }
        if c == ',' && !listing {
            let next = span[i + 1..].trim_start();
            if !LIST_OPENERS.iter().any(|w| starts_with_word(next, w)) {
                return from + i;
            }
        }
        let starts_word = c.is_alphanumeric() && !at_word;
        at_word = c.is_alphanumeric() || c == '\'' || c == '-';
        if !starts_word {
            continue;
        }
        words += 1;
        if words > OBJECT_WORDS {
            return from + i;
        }
        let rest = &span[i..];
        listing |= LIST_OPENERS.iter().any(|w| starts_with_word(rest, w));
        let ends = OBJECT_ENDS.iter().any(|w| starts_with_word(rest, w));
        // The cue's own first word is never its end ("targeted by" reads as passive elsewhere).
        if ends && words > 1 {
            return from + i;
        }
    }
    from + span.len()
}

/// True when `text` starts with the word or words `w`.
fn starts_with_word(text: &str, w: &str) -> bool {
    text.starts_with(w)
        && text[w.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::{in_a_set_phrase, object_end};

    #[test]
    fn a_press_release_and_the_courts_are_no_sector() {
        let t = "a affirme roger vigneault dans un communique de presse publie lundi matin.";
        let at = t.find("presse").unwrap();
        assert!(in_a_set_phrase(t, at, at + "presse".len()));
        let t = "elle a decide de se tourner vers la justice apres la cyberattaque.";
        let at = t.find("justice").unwrap();
        assert!(in_a_set_phrase(t, at, at + "justice".len()));
        let t = "the ransomware attack hit the justice ministry.";
        let at = t.find("justice").unwrap();
        assert!(!in_a_set_phrase(t, at, at + "justice".len()));
    }

    fn object<'a>(text: &'a str, cue: &str) -> &'a str {
        let from = text.find(cue).unwrap() + cue.len();
        &text[from..object_end(text, from, text.len())]
    }

    #[test]
    fn the_object_stops_before_who_said_it_and_who_did_it() {
        let t = "a campaign that has targeted key sectors, including government, defense, energy and critical infrastructure organizations, security firm mcafee revealed sunday.";
        assert_eq!(
            object(t, "targeted"),
            " key sectors, including government, defense, energy and critical infrastructure organizations, security firm mcafee "
        );
        let t = "une campagne visant les secteurs de la defense et de l'energie pour le compte du gouvernement russe.";
        assert_eq!(
            object(t, "visant"),
            " les secteurs de la defense et de l'energie "
        );
        // A comma outside a list ends it: the source is no part of what was hit.
        let t = "a cyber attack on the dutch public prosecution department's internal systems, justice ministry sources have told the ad.";
        assert_eq!(
            object(t, "attack on"),
            " the dutch public prosecution department's internal systems"
        );
    }
}

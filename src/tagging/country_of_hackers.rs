//! The people a headline gives its hackers is the attackers' country, not the victims'
//! (`../shared/TAGGING.md`: "The attacker's country … not targets"): « Des hackers marocains
//! s'attaquent aux sites officiels algériens », "Iranian hackers charged with hacking Trump
//! campaign". The text then names that country again in the attack's background (« les forces de
//! l'ordre marocaines », "the Iranian government", a tit-for-tat's earlier victims, « institutions
//! marocaines »), and those mentions were suggested as the victim's place. Read over every split,
//! a headline's hackers' people was never a victim's country (16 titles, none labelled with it).
//!
//! The English press writes the people before the noun ("North Korean hackers", "Russian state
//! hackers"), read as the country rules read it ([`names_attackers`]); the French after it (« un
//! groupe de pirates informatiques marocains »), read with its own nouns. « Des sites israéliens
//! piratés » (the participle folds to « pirates ») is neither.
use super::accused::names_attackers;
use super::fold::{fold, is_word_char};
use super::suggest::{Confidence, Suggester, Suggestion, Suggestions};

/// Nouns for attackers before their people in French (« des hackers marocains »); a second
/// word of the noun (« pirates informatiques ») is skipped.
#[rustfmt::skip]
const AFTER_THEIR_NOUN: &[&str] = &[
    "hackers", "hacker", "hackeurs", "hackeur", "pirates", "pirate", "cyberpirates",
    "cyberpirate", "cybercriminels", "cybercriminel", "hacktivistes", "hacktiviste",
    "cyberespions",
];

/// The second word of a French noun for attackers.
const NOUN_COMPLEMENT: &[&str] = &["informatiques", "informatique"];

impl Suggester {
    /// Drops the country whose people the title gives its hackers.
    pub(super) fn drop_the_headline_hackers_country(
        &self,
        title: &str,
        arrest: bool,
        out: &mut Suggestions,
    ) {
        if out.country.is_empty() {
            return;
        }
        let folded = fold(title);
        // Each word with where it ends in the folded title.
        let spans: Vec<(&str, usize)> = folded
            .split(|c: char| !(is_word_char(c) || c == '-'))
            .filter(|w| !w.is_empty())
            .map(|w| (w, w.as_ptr() as usize - folded.as_ptr() as usize + w.len()))
            .collect();
        let words: Vec<&str> = spans.iter().map(|(w, _)| *w).collect();
        let people = |i: usize| -> Option<&str> {
            let w = words.get(i)?;
            self.country_of_word(w).or_else(|| {
                let pair = format!("{} {w}", words.get(i.checked_sub(1)?)?);
                self.country_of_two_words(&pair)
            })
        };
        let mut attackers: Vec<&str> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            // The English order, read as the country rules read it ("Russian state-sponsored
            // hackers"); « israéliens piratés » folds to a people before « pirates », a participle.
            if names_attackers(&folded, spans[i].1)
                && !words
                    .get(i + 1)
                    .is_some_and(|n| AFTER_THEIR_NOUN.contains(n) && !written_unaccented(title, n))
            {
                attackers.extend(people(i));
            }
            // The original's « piratés » folds to « pirates »: only a noun written as one counts,
            // which the French press writes with a determiner or a number before it.
            if AFTER_THEIR_NOUN.contains(w) && written_unaccented(title, w) {
                let next = i
                    + 1
                    + usize::from(
                        words
                            .get(i + 1)
                            .is_some_and(|n| NOUN_COMPLEMENT.contains(n)),
                    );
                // "hackers marocains" only: a pair ("north korean") opens a word on, read alone.
                if let Some(c) = words.get(next).and_then(|n| self.country_of_word(n)) {
                    attackers.push(c);
                }
            }
        }
        if attackers.is_empty() {
            return;
        }
        // A victim the vocabulary seats there keeps it: « Données SFR volées : quatre hackers
        // français arrêtés » (nineteenth split), French hackers of a French operator.
        // An arrest's story places its victims at home as surely as its suspects (« ont ciblé
        // leurs victimes au Cameroun », twenty-fourth split): a country read by a victim's cue
        // (high) stays.
        let seated = |c: &Suggestion| {
            out.target.iter().any(|t| t.evidence == c.evidence)
                || (arrest && c.confidence == Confidence::High)
        };
        let gone: Vec<String> = out
            .country
            .iter()
            .filter(|c| attackers.iter().any(|a| a.eq_ignore_ascii_case(&c.value)) && !seated(c))
            .map(|c| c.value.clone())
            .collect();
        out.country.retain(|c| !gone.contains(&c.value));
    }
}

/// True when the title writes the folded word `w` as it is, without an accent: « pirates », not
/// « piratés ».
fn written_unaccented(title: &str, w: &str) -> bool {
    title
        .split(|c: char| !(is_word_char(c) || c == '-'))
        .any(|x| x.eq_ignore_ascii_case(w))
}

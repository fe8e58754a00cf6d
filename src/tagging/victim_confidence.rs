//! How sure a proposed victim is, calibrated on how often each way of finding one is right
//! (issue 10, item 7: "accept all" takes only high suggestions, so high must be right about 0.85 of
//! the time or more).
//!
//! Pooled over every readable gold split, a new victim read off the headline whose text names it
//! again is right 102 times in 113 (0.90); one the text never names again, 24 times in 36 (0.67).
//! Of those, the headline's words were a place (« Andrézieux-Bouthéon : après la cyberattaque… »),
//! a rubric ("Exclu RTL: des milliers d'entreprises belges victimes de chantage informatique"), a
//! number ("Microsoft warns IRS phish hits 29K") or a short form of a name the text gives otherwise
//! ("BOA Mali", "Minesup"): 11 right, 10 wrong once two kinds are set apart that are right 13 times
//! in 15 — a text too short to repeat anything (a feed's teaser), and an institution the headline
//! names by its kind and its place whose place the text names (« La ville de Liège… »). The rest
//! is still suggested, as medium: the analyst reads it before taking it.
use super::fold::fold;
use super::suggest::{Confidence, Field, Suggestions};

/// A text shorter than this is a feed's teaser: its not naming the headline's victim again says
/// nothing.
pub(crate) const TEASER_BYTES: usize = 300;

/// Lowers to medium the new victims found in the title alone that the text never names again.
/// An article with no text, or a teaser's, keeps them high: nothing but its headline names the
/// victim.
pub(crate) fn calibrate_headline_victims(out: &mut Suggestions, text: &str) {
    if text.trim().len() < TEASER_BYTES {
        return;
    }
    let mut folded: Option<String> = None;
    for t in out.target.iter_mut().filter(|t| {
        t.new_value && t.evidence.field == Field::Title && t.confidence == Confidence::High
    }) {
        let body = folded.get_or_insert_with(|| fold(text));
        if !named_again(&t.value, body) {
            t.confidence = Confidence::Medium;
        }
    }
}

/// Whether the folded text names a victim again: its whole name, or, for an institution named by
/// its kind and its place (« Mairie de Saint-Claude », "City of Atlanta"), its place.
fn named_again(value: &str, body: &str) -> bool {
    let name = fold(value);
    let name = name.trim();
    if name.is_empty() || contains_word(body, name) {
        return true;
    }
    let toks = super::victims::tokens(value, 0, value.len());
    let by_kind = toks.len() >= 2 && super::victims::head_at(&toks, 0).is_some_and(|h| h.naming);
    by_kind
        && toks
            .last()
            .is_some_and(|place| contains_word(body, &place.folded))
}

/// Whether `word` (folded) stands in the folded `text` as a word or words of its own.
fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word)
        .any(|(at, _)| super::suggest::at_word_boundary(text, at, at + word.len()))
}

#[cfg(test)]
mod tests {
    use crate::tagging::{Confidence, Suggester, Suggestions, Vocabulary};

    fn suggested(title: &str, text: &str) -> Suggestions {
        let vocab = Vocabulary::bundled().unwrap();
        Suggester::suggest_once(&vocab, title, text).unwrap()
    }

    fn confidence_of(s: &Suggestions, value: &str) -> Option<Confidence> {
        s.target
            .iter()
            .find(|t| t.value == value)
            .map(|t| t.confidence)
    }

    #[test]
    fn a_headline_s_words_the_text_never_names_again_are_medium_fr_en() {
        // Fifteenth split: the rubric, and the number of people phished, read as victims.
        let fr = suggested(
            "Exclu RTL: des milliers d'entreprises belges victimes de chantage informatique",
            "Nos journalistes Eric Vanduyse et Pascal Noriega sont partis au devant d'un \
             entrepreneur qui, il y a quelques jours, en allumant son ordinateur, s'est retrouvé \
             face à un système complètement inaccessible. \"Nous n'avions plus accès à aucune des \
             formations que nous donnons en entreprise et donc très rapidement, nous avons été \
             confrontés à un email assez clair\", décrit Thierry Dachelet, le directeur de \
             Communication Center International. Une demande de rançon.",
        );
        // The rubric is no longer suggested at all (`title_rubrics.rs`, round s30victims).
        assert_eq!(confidence_of(&fr, "Exclu RTL"), None, "{:?}", fr.target);
        let en = suggested(
            "Microsoft warns IRS phish hits 29K",
            "Microsoft is cautioning users about a surge in tax-themed phishing campaigns \
             designed to steal sensitive credentials and install malicious software. These \
             attacks exploit the seasonal urgency of tax filing by impersonating the IRS and tax \
             professionals to trick victims into clicking dangerous links or downloading remote \
             access tools.",
        );
        // A count is no longer suggested at all (`not_victims.rs`, round s39target).
        assert_eq!(confidence_of(&en, "29K"), None, "{:?}", en.target);
    }

    #[test]
    fn a_headline_s_victim_the_text_names_again_stays_high_fr_en() {
        // Twelfth split.
        let en = suggested(
            "DESMI hit by Cyber attack",
            "DESMI has been hit by a cyber attack. \"All systems have been shut down and systems \
             are being restored. First part of our systems will be up and running within a \
             couple of days and the rest within a couple of weeks\" says Group CEO Henrik \
             Sørensen. The attack has been reported to the authorities and Danish Police.",
        );
        assert_eq!(
            confidence_of(&en, "DESMI"),
            Some(Confidence::High),
            "{:?}",
            en.target
        );
        // Ninth split: the text names the town, not its town hall.
        let fr = suggested(
            "Guadeloupe : la mairie de Saint-Claude frappée par une cyberattaque paralysante",
            "Depuis vendredi 3 octobre, la ville de Saint-Claude fait face à une attaque \
             informatique d’ampleur, qui a neutralisé la quasi-totalité de ses systèmes \
             numériques. Tous les services municipaux fonctionnent désormais en mode dégradé. \
             Les agents ont dû ressortir les carnets et les formulaires papier.",
        );
        assert_eq!(
            confidence_of(&fr, "Mairie de Saint-Claude"),
            Some(Confidence::High),
            "{:?}",
            fr.target
        );
        // A feed's teaser, or no text at all: the headline is all there is to name the victim.
        for text in ["", "Les données de 500 employés ont été dérobées."] {
            let alone = suggested("DESMI hit by Cyber attack", text);
            assert_eq!(
                confidence_of(&alone, "DESMI"),
                Some(Confidence::High),
                "{:?}",
                alone.target
            );
        }
    }
}

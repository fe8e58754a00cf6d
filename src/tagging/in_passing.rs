//! In a piece that reports no incident (`article_kind.rs`), the groups, victims, sectors,
//! countries and attack types it names are named in passing — a yearly report's gangs and
//! sectors, a law's critical infrastructure, a guide's threats — and are not the article's tags
//! (`../shared/TAGGING.md`). Only what the text ties to one specific incident stays: a sentence
//! that names a victim or a group and says it was hit or that it claimed an attack.
use super::context::{self, Cue, Found};
use super::fold::Folded;
use super::suggest::{Field, Suggester, Suggestion, Suggestions};

/// One field read for the sentences that tie a name to an incident.
struct Read {
    field: Field,
    folded: Folded,
    sentences: Vec<(usize, usize)>,
    cues: Vec<Found>,
}

impl Read {
    /// The folded sentence holding an evidence's start.
    fn sentence(&self, s: &Suggestion) -> Option<(usize, usize)> {
        (s.evidence.field == self.field).then(|| {
            let at = self.folded.folded_offset(s.evidence.start);
            context::sentence_of(&self.sentences, at)
        })
    }

    /// True when the sentence says someone was hit, or who claimed or is blamed for an attack.
    fn tells_an_incident(&self, sentence: (usize, usize)) -> bool {
        let text = self.folded.text.as_str();
        context::cues_in(&self.cues, sentence.0, sentence.1)
            .iter()
            .any(|c| {
                super::article_kind::states_a_victim(text, &self.cues, sentence, c)
                    || (c.cue == Cue::Attribution
                        && super::article_kind::attributes(&text[c.start..c.end]))
            })
    }
}

impl Suggester {
    /// Keeps, in a piece that reports no incident, only the suggestions whose sentence names a
    /// victim (a target is suggested there) and ties it to an incident: it was hit, or a group
    /// claimed or is blamed for the attack on it.
    pub(super) fn keep_what_an_incident_ties(
        &self,
        title: &str,
        text: &str,
        out: &mut Suggestions,
    ) {
        let reads: Vec<Read> = [(Field::Title, title), (Field::Text, text)]
            .into_iter()
            .map(|(field, original)| {
                let folded = Folded::new(original);
                let sentences = match field {
                    Field::Title => vec![(0, folded.text.len())],
                    Field::Text => context::sentences(&folded.text),
                };
                let cues = self.cues.find(&folded.text);
                Read {
                    field,
                    folded,
                    sentences,
                    cues,
                }
            })
            .collect();
        let sentence_of = |s: &Suggestion| {
            reads
                .iter()
                .find_map(|r| r.sentence(s).map(|sentence| (r, sentence)))
        };
        // The sentences that name a victim and tie it to an incident: a count of a group's
        // claims ("LockBit claimed 219 victims") names no incident.
        let tied: Vec<(Field, (usize, usize))> = out
            .target
            .iter()
            .filter_map(&sentence_of)
            .filter(|(r, sentence)| r.tells_an_incident(*sentence))
            .map(|(r, sentence)| (r.field, sentence))
            .collect();
        let keep = |s: &Suggestion| {
            sentence_of(s).is_some_and(|(r, sentence)| tied.contains(&(r.field, sentence)))
        };
        for list in [
            &mut out.actor,
            &mut out.target,
            &mut out.sector,
            &mut out.country,
            &mut out.attack,
        ] {
            list.retain(|s| keep(s));
        }
    }
}

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
                    Field::Text | Field::Link => context::sentences(&folded.text),
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
            // A report's figures are its story: an incident past its lead is one of its
            // examples ("there were cases in which serious damage was inflicted on large
            // companies, such as … Asahi Group", "“Qilin,” used in the attack against Asahi
            // Group, was the most prevalent ransomware", twelfth split).
            .filter(|(r, sentence)| {
                out.kind != super::article_kind::ArticleKind::Statistics
                    || r.field == Field::Title
                    || r.sentences.first() == Some(sentence)
            })
            .map(|(r, sentence)| (r.field, sentence))
            .collect();
        let keep = |s: &Suggestion| {
            sentence_of(s).is_some_and(|(r, sentence)| tied.contains(&(r.field, sentence)))
        };
        out.actor.retain(|s| {
            keep(s)
                || sentence_of(s).is_some_and(|(r, (a, b))| {
                    super::exploiters::says_it_exploits(&r.folded.text[a..b])
                })
        });
        for list in [
            &mut out.target,
            &mut out.sector,
            &mut out.country,
            &mut out.attack,
        ] {
            list.retain(|s| keep(s));
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_report_s_example_incidents_are_not_its_tags() {
        // Jiji Press via nippon.com, March 2026 (twelfth gold split): yearly figures, with the
        // year's large victims and most prevalent brands as examples.
        let text = "Tokyo, March 12 (Jiji Press)--Japanese police confirmed 226 cases of damage \
                    from ransomware attacks in 2025, the second-highest annual total. Although \
                    some 60 pct of the victims were small and midsize companies, there were cases \
                    in which serious damage was inflicted on large companies, such as food and \
                    beverage giant Asahi Group Holdings Ltd. Among the 149 cases in which the \
                    virus type was identified, “Qilin,” used in the attack against Asahi Group, \
                    was the most prevalent ransomware with 32 cases, followed by “LockBit,” with \
                    19 cases.";
        let got = crate::tagging::actor_names_suggested(
            "226 Ransomware Attacks Reported in Japan in 2025",
            text,
        );
        assert!(got.is_empty(), "{got:?}");
        // The same in French: a yearly count names its examples in passing.
        let text = "Le parquet de Paris a recensé 144 attaques par rançongiciel en 2025 contre des \
                    collectivités. Parmi les cas les plus graves, l'attaque du gang Qilin contre \
                    la commune de Villeneuve a paralysé ses services pendant un mois.";
        let got = crate::tagging::actor_names_suggested(
            "144 attaques par rançongiciel recensées en 2025 contre les collectivités",
            text,
        );
        assert!(got.is_empty(), "{got:?}");
    }
}

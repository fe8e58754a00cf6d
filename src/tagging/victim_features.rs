//! Every name that could be an article's victim, with the facts the suggester knows about it as
//! numbers (issue 10, round 18): what the rules concluded, where the name stands, the cues around
//! it, and what the vocabulary says it is. `tests/tagging_gold.rs` dumps them (`VICTIM_DUMP=1`) for
//! `tools/train_victims.py`, which learns weights for them and measures, leaving one gold split
//! out at a time, whether weighing them beats the rules (round 18: it did not yet; see
//! tests/gold/README.md).
use super::context::{self, Cue, Found, Modality};
use super::fold::{Folded, fold};
use super::resolve::Kind;
use super::suggest::{Confidence, Evidence, Field, Hit, Suggester, Suggestions};
use super::victims;

/// The names of the features, in the order of [`VictimCandidate::features`] (and of the weights).
#[rustfmt::skip]
pub const FEATURE_NAMES: &[&str] = &[
    "rules_high", "rules_medium", "rules_low", "new_value", "from_org_hit", "from_head",
    "from_title_name", "known", "authority", "vendor", "in_title", "title_start",
    "title_before_colon", "text_sentence0", "text_lead3", "text_lead8", "no_text_mention",
    "mentions_log", "head_naming", "head_descriptive", "head_health", "head_local", "head_edu",
    "victim_cue_after_name", "victim_cue_before_name", "victim_cue_in_sentence", "role_cue_before",
    "role_cue_after", "disclosure_after", "recovery_after", "attack_in_sentence",
    "actor_in_sentence", "attribution_in_sentence", "negated", "reported", "background",
    "prose_in_sentence", "one_word", "three_words_plus", "acronym", "french",
    "product_after", "place_preposition_before", "title_victim_cue", "title_attack",
    "new_and_victim_cue", "known_in_title", "statistics_in_sentence", "possessive_after",
];

/// How many features a candidate has.
pub const FEATURES: usize = FEATURE_NAMES.len();

/// One name that could be the victim.
#[derive(Debug, Clone)]
pub struct VictimCandidate {
    /// The value that would be suggested (canonical, or the name as written).
    pub value: String,
    /// Not in the vocabulary.
    pub new_value: bool,
    /// Where it is named.
    pub evidence: Evidence,
    /// The rules' confidence when the rules suggest it.
    pub rules: Option<Confidence>,
    /// The facts, in the order of [`FEATURE_NAMES`].
    pub features: [f64; FEATURES],
}

/// How much of a text is read (a news article's text is shorter; a CISA advisory is 80 KB).
const READ_BYTES: usize = 16 * 1024;

/// Sentences of the text in which names other than the rules' are looked for.
const LEAD: usize = 12;

/// How many words around a name a cue counts as "next to" it.
const NEAR_WORDS: usize = 5;

/// One field read once: folded text, sentences, cues and vocabulary hits.
struct Read<'a> {
    field: Field,
    original: &'a str,
    folded: Folded,
    sentences: Vec<(usize, usize)>,
    cues: Vec<Found>,
}

impl Read<'_> {
    fn new<'a>(s: &Suggester, field: Field, original: &'a str) -> Read<'a> {
        let mut end = original.len().min(READ_BYTES);
        while !original.is_char_boundary(end) {
            end -= 1;
        }
        let original = &original[..end];
        let folded = Folded::new(original);
        let sentences = match field {
            Field::Title => vec![(0, folded.text.len())],
            Field::Text | Field::Link => context::sentences(&folded.text),
        };
        let cues = s.cues.find(&folded.text);
        Read {
            field,
            original,
            folded,
            sentences,
            cues,
        }
    }

    fn sentence_index(&self, at: usize) -> usize {
        self.sentences.partition_point(|&(_, e)| e <= at)
    }
}

/// A place a candidate is named (folded offsets of one field).
#[derive(Clone, Copy)]
struct Mention {
    title: bool,
    start: usize,
    end: usize,
}

impl Suggester {
    /// The candidates for the target facet: what the rules suggest (`rules`), every known
    /// organisation named in the title or text, the institutions named in the lead ("CHU de
    /// Rennes") and the names that open the title, each with its features.
    pub fn victim_candidates(
        &self,
        title: &str,
        text: &str,
        rules: &Suggestions,
    ) -> Vec<VictimCandidate> {
        let reads = [
            Read::new(self, Field::Title, title),
            Read::new(self, Field::Text, text),
        ];
        let hits: Vec<Vec<Hit>> = reads
            .iter()
            .map(|r| self.names_in(&r.folded, r.original))
            .collect();
        let mut found: Vec<(String, bool, Evidence, Option<Confidence>, u8)> = Vec::new();
        let known_value =
            |v: &str, new: bool, found: &[(String, bool, Evidence, Option<Confidence>, u8)]| {
                let k = fold(v);
                found.iter().any(|(w, n, ..)| {
                    fold(w) == k || ((new || *n) && super::variants::same_victim(w, v))
                })
            };
        for t in &rules.target {
            found.push((
                t.value.clone(),
                t.new_value,
                t.evidence.clone(),
                Some(t.confidence),
                0,
            ));
        }
        for (r, hs) in reads.iter().zip(&hits) {
            for h in hs.iter().filter(|h| h.target.kind == Kind::Organisation) {
                if r.field == Field::Text && r.sentence_index(h.start) >= 2 * LEAD {
                    continue;
                }
                if known_value(&h.target.value, false, &found) {
                    continue;
                }
                let (os, oe) = r.folded.original_range(h.start, h.end);
                found.push((h.target.value.clone(), false, evidence(r, os, oe), None, 1));
            }
        }
        for r in &reads {
            let lead = r.sentences.iter().take(LEAD);
            for &(a, b) in lead {
                let (os, oe) = r.folded.original_range(a, b);
                let toks = victims::tokens(r.original, os, oe);
                for i in 0..toks.len() {
                    let head = victims::head_at(&toks, i).filter(|h| h.naming);
                    // A title's names: where a run of capitalised words starts.
                    let title_name = r.field == Field::Title
                        && toks[i].cap
                        && (i == 0 || !toks[i - 1].cap || toks[i].gap);
                    if head.is_none() && !title_name {
                        continue;
                    }
                    let Some(p) = victims::phrase_forward(&toks, i) else {
                        continue;
                    };
                    if !p.proper || p.name_start >= p.end {
                        continue;
                    }
                    let name = p.name(r.original);
                    if name.chars().count() < 2 || known_value(&name, true, &found) {
                        continue;
                    }
                    let source = if head.is_some() { 2 } else { 3 };
                    found.push((name, true, evidence(r, p.name_start, p.end), None, source));
                }
            }
        }
        found
            .into_iter()
            .map(|(value, new_value, ev, rules, source)| {
                let features = self.features(&reads, &hits, &value, new_value, &ev, rules, source);
                VictimCandidate {
                    value,
                    new_value,
                    evidence: ev,
                    rules,
                    features,
                }
            })
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn features(
        &self,
        reads: &[Read; 2],
        hits: &[Vec<Hit>],
        value: &str,
        new_value: bool,
        ev: &Evidence,
        rules: Option<Confidence>,
        source: u8,
    ) -> [f64; FEATURES] {
        let mut f = [0.0; FEATURES];
        let mut set = |name: &str, v: f64| {
            if let Some(i) = FEATURE_NAMES.iter().position(|n| *n == name) {
                f[i] = v;
            }
        };
        let on = |b: bool| if b { 1.0 } else { 0.0 };
        set("rules_high", on(rules == Some(Confidence::High)));
        set("rules_medium", on(rules == Some(Confidence::Medium)));
        set("rules_low", on(rules == Some(Confidence::Low)));
        set("new_value", on(new_value));
        set("from_org_hit", on(source == 1));
        set("from_head", on(source == 2));
        set("from_title_name", on(source == 3));
        // Where the name is: the vocabulary's hits for a known name, its words for a new one.
        let key = fold(value);
        let mut mentions: Vec<Mention> = Vec::new();
        let mut known_hit: Option<&Hit> = None;
        for (r, hs) in reads.iter().zip(hits) {
            let title = r.field == Field::Title;
            if !new_value {
                for h in hs
                    .iter()
                    .filter(|h| h.target.kind == Kind::Organisation && h.target.value == value)
                {
                    known_hit.get_or_insert(h);
                    mentions.push(Mention {
                        title,
                        start: h.start,
                        end: h.end,
                    });
                }
            }
            if key.len() >= 2 {
                for (i, _) in r.folded.text.match_indices(key.as_str()) {
                    if super::suggest::at_word_boundary(&r.folded.text, i, i + key.len())
                        && !mentions
                            .iter()
                            .any(|m| m.title == title && m.start <= i && i < m.end.max(m.start + 1))
                    {
                        mentions.push(Mention {
                            title,
                            start: i,
                            end: i + key.len(),
                        });
                    }
                }
            }
        }
        // The evidence itself is a mention (a phrase trimmed by the rules may not recur as is).
        let ev_read = &reads[usize::from(ev.field == Field::Text)];
        let (es, ee) = (
            ev_read.folded.folded_offset(ev.start),
            ev_read.folded.folded_offset(ev.end),
        );
        let ev_title = ev.field == Field::Title;
        if ee <= ev_read.folded.text.len()
            && !mentions
                .iter()
                .any(|m| m.title == ev_title && m.start < ee && es < m.end)
        {
            mentions.push(Mention {
                title: ev_title,
                start: es,
                end: ee,
            });
        }
        mentions.sort_by_key(|m| (!m.title, m.start));
        if let Some(h) = known_hit {
            set("known", 1.0);
            set("authority", on(h.target.authority));
            set("vendor", on(super::analyse::is_vendor(h.target)));
        }
        let title = &reads[0];
        let in_title = mentions.iter().any(|m| m.title);
        set("in_title", on(in_title));
        set("known_in_title", on(in_title && !new_value));
        let colon = title.folded.text.find(':');
        if let Some(m) = mentions.iter().find(|m| m.title) {
            let before = title.folded.text[..m.start].trim();
            set(
                "title_start",
                on(before.is_empty() || before.ends_with(':')),
            );
            set("title_before_colon", on(colon.is_some_and(|c| m.end <= c)));
        }
        let text_first = mentions
            .iter()
            .find(|m| !m.title)
            .map(|m| reads[1].sentence_index(m.start));
        match text_first {
            Some(i) => {
                set("text_sentence0", on(i == 0));
                set("text_lead3", on(i < 3));
                set("text_lead8", on(i < 8));
            }
            None => set("no_text_mention", 1.0),
        }
        set("mentions_log", (1.0 + mentions.len() as f64).ln());
        // The title's own reading: does it report an attack on someone?
        let title_cues = &title.cues;
        set(
            "title_victim_cue",
            on(title_cues
                .iter()
                .any(|c| matches!(c.cue, Cue::VictimBefore | Cue::VictimAfter))),
        );
        set(
            "title_attack",
            on(hits[0].iter().any(|h| h.target.kind == Kind::Attack)
                || title_cues.iter().any(|c| c.cue == Cue::AttackNoun)),
        );
        // The name's own words.
        let words: Vec<&str> = value.split_whitespace().collect();
        set("one_word", on(words.len() == 1));
        set("three_words_plus", on(words.len() >= 3));
        set(
            "acronym",
            on(words.len() == 1
                && value.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && value.chars().all(|c| !c.is_lowercase())),
        );
        let toks = victims::tokens(value, 0, value.len());
        if let Some(h) = (0..toks.len()).find_map(|i| victims::head_at(&toks, i)) {
            set("head_naming", on(h.naming));
            set("head_descriptive", on(!h.naming));
            set("head_health", on(h.sector == Some("health")));
            set("head_local", on(h.sector == Some("local-government")));
            set("head_edu", on(h.sector == Some("education")));
        }
        set(
            "french",
            on(looks_french(&reads[1].folded.text, &title.folded.text)),
        );
        // The cues around each mention in the title and the lead: the strongest says most.
        let mut best = |name: &str, v: bool| {
            if v && let Some(i) = FEATURE_NAMES.iter().position(|n| *n == name) {
                f[i] = 1.0;
            }
        };
        let mut first_modality: Option<Modality> = None;
        let mut first_background = false;
        let mut cue_seen = false;
        for m in mentions
            .iter()
            .filter(|m| m.title || reads[1].sentence_index(m.start) < 2 * LEAD)
            .take(6)
        {
            let r = &reads[usize::from(!m.title)];
            let text = r.folded.text.as_str();
            let sentence = context::sentence_of(&r.sentences, m.start);
            let in_sentence = context::cues_in(&r.cues, sentence.0, sentence.1);
            let back = context::words_back(text, sentence.0, m.start, NEAR_WORDS);
            let fwd = context::words_forward(text, m.end, sentence.1, NEAR_WORDS);
            let before = |c: &&Found| c.end <= m.start && c.start >= back;
            let after = |c: &&Found| c.start >= m.end && c.start <= fwd;
            let near_before = |cue: Cue| in_sentence.iter().filter(before).any(|c| c.cue == cue);
            let near_after = |cue: Cue| in_sentence.iter().filter(after).any(|c| c.cue == cue);
            let any = |cue: Cue| in_sentence.iter().any(|c| c.cue == cue);
            best("victim_cue_after_name", near_after(Cue::VictimBefore));
            best("victim_cue_before_name", near_before(Cue::VictimAfter));
            let cue_here = any(Cue::VictimBefore) || any(Cue::VictimAfter);
            cue_seen |= cue_here;
            best("victim_cue_in_sentence", cue_here);
            best("role_cue_before", near_before(Cue::RoleAfter));
            best("role_cue_after", near_after(Cue::RoleBefore));
            best("disclosure_after", near_after(Cue::Disclosure));
            best("recovery_after", near_after(Cue::Recovery));
            let sentence_hits = hits[usize::from(!m.title)]
                .iter()
                .filter(|h| h.start >= sentence.0 && h.start < sentence.1);
            let (mut attack, mut actor) = (false, false);
            for h in sentence_hits {
                attack |= h.target.kind == Kind::Attack;
                actor |= h.target.kind == Kind::Actor;
            }
            best("attack_in_sentence", attack || any(Cue::AttackNoun));
            best("actor_in_sentence", actor);
            best("attribution_in_sentence", any(Cue::Attribution));
            best("prose_in_sentence", any(Cue::Prose));
            best("statistics_in_sentence", any(Cue::Statistics));
            let (os, oe) = r.folded.original_range(m.start, m.end);
            best(
                "product_after",
                super::analyse::followed_by_product(r.original, oe),
            );
            best(
                "place_preposition_before",
                super::analyse::after_place_preposition(r.original, os),
            );
            best(
                "possessive_after",
                text[m.end..].starts_with("'s ") || text[m.end..].starts_with("' "),
            );
            if first_modality.is_none() {
                first_modality = Some(context::modality(text, &r.cues, sentence, m.start, m.end));
                first_background = !m.title
                    && context::in_background(text, &r.sentences, r.sentence_index(m.start));
            }
        }
        best(
            "negated",
            first_modality.is_some_and(|m| m <= Modality::Hypothetical),
        );
        best("reported", first_modality == Some(Modality::Reported));
        best("background", first_background);
        best("new_and_victim_cue", new_value && cue_seen);
        f
    }
}

fn evidence(r: &Read, start: usize, end: usize) -> Evidence {
    Evidence {
        field: r.field,
        start,
        end,
        term: r.original.get(start..end).unwrap_or_default().to_string(),
    }
}

/// A rough guess at the article's language from its commonest short words.
fn looks_french(text: &str, title: &str) -> bool {
    let count = |words: &[&str]| {
        text.split(|c: char| !c.is_alphanumeric())
            .chain(title.split(|c: char| !c.is_alphanumeric()))
            .take(400)
            .filter(|w| words.contains(w))
            .count()
    };
    count(&["le", "la", "les", "des", "du", "une", "est", "et"])
        > count(&["the", "of", "and", "is", "was", "to", "in"])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::Vocabulary;

    fn feature(c: &VictimCandidate, name: &str) -> f64 {
        let i = FEATURE_NAMES.iter().position(|n| *n == name).unwrap();
        c.features[i]
    }

    fn candidates(title: &str, text: &str) -> Vec<VictimCandidate> {
        let vocab = Vocabulary::bundled().unwrap();
        let s = Suggester::new(&vocab).unwrap();
        let rules = s.suggest(title, text);
        s.victim_candidates(title, text, &rules)
    }

    fn find<'a>(cands: &'a [VictimCandidate], value: &str) -> &'a VictimCandidate {
        cands
            .iter()
            .find(|c| c.value.contains(value))
            .unwrap_or_else(|| panic!("{value} not a candidate: {cands:?}"))
    }

    #[test]
    fn a_hospital_hit_and_the_agency_that_investigates_are_told_apart() {
        let cands = candidates(
            "Le CHU de Rennes victime d'une cyberattaque",
            "L'ANSSI enquête sur l'attaque qui a paralysé les urgences.",
        );
        let chu = find(&cands, "CHU de Rennes");
        assert_eq!(feature(chu, "victim_cue_after_name"), 1.0, "{chu:?}");
        assert_eq!(feature(chu, "head_health"), 1.0);
        assert_eq!(feature(chu, "in_title"), 1.0);
        let anssi = find(&cands, "ANSSI");
        assert_eq!(feature(anssi, "authority"), 1.0, "{anssi:?}");
        assert_eq!(feature(anssi, "in_title"), 0.0);
    }

    #[test]
    fn a_company_hit_by_ransomware_and_the_vendor_of_a_product_are_told_apart() {
        let cands = candidates(
            "Stripe hit by ransomware",
            "The attackers exploited a flaw in Microsoft Exchange, the company said.",
        );
        let stripe = find(&cands, "Stripe");
        assert_eq!(feature(stripe, "victim_cue_after_name"), 1.0, "{stripe:?}");
        assert_eq!(feature(stripe, "title_start"), 1.0);
        let microsoft = find(&cands, "Microsoft");
        assert_eq!(feature(microsoft, "product_after"), 1.0, "{microsoft:?}");
        assert_eq!(feature(microsoft, "vendor"), 1.0);
        assert!(microsoft.rules.is_none());
    }

    #[test]
    fn hostile_input_gives_candidates_without_panicking() {
        let long = "Le CHU de Rennes victime. ".repeat(2000);
        for (title, text) in [
            ("British company targeted for ransom by hackers", ""),
            ("É", "’’’ : :"),
            ("", long.as_str()),
        ] {
            for c in candidates(title, text) {
                assert!(c.features.iter().all(|f| f.is_finite()));
            }
        }
    }
}

//! Tag suggestions from an article's title and text: actors, targets, attack types, sectors,
//! countries and CVE ids, each with the words that justify it. Never applied by this module.
use super::context::Cues;
use super::error::TaggingError;
use super::fold::{Folded, is_word_char};
use super::resolve::Kind;
use super::rules::{self, CONTEXT_WINDOW, CONTEXT_WORDS, CaseRule};
use super::trigrams::Trigrams;
use super::vocab::{PlaceKind, Vocabulary};
use crate::model::Tags;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use serde::{Serialize, Serializer};
use std::collections::{HashMap, HashSet};

/// How much of a text's opening is read for a report it presents (`framing::lead_presents_report`):
/// two long sentences.
const OPENING_BYTES: usize = 1024;

/// Which part of the article a piece of evidence is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    /// The title.
    Title,
    /// The text (summary or body).
    Text,
    /// The article's address: its outlet's domain (`outlet_country.rs`).
    Link,
}

/// Why a value is suggested: the words as they appear in the article, and where.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// Title or text.
    pub field: Field,
    /// Byte offset where the words start in that field.
    pub start: usize,
    /// Byte offset where they end.
    pub end: usize,
    /// The words, as written in the article.
    pub term: String,
}

/// How far an analyst can trust a suggestion without reading further (`../shared/TAGGING.md`):
/// *high* when the name or cue is in the title or in a sentence that states the fact; anything
/// inferred, distant or hedged is lower. "Accept all" takes only high ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Inferred, distant or hedged.
    Low,
    /// Stated in the text, not in the title.
    Medium,
    /// Stated in the title, or in a sentence that states the fact.
    High,
}

impl Confidence {
    /// The lower-case name used in `--json` and on screen (`high`, `medium`, `low`).
    pub fn as_str(self) -> &'static str {
        match self {
            Confidence::High => "high",
            Confidence::Medium => "medium",
            Confidence::Low => "low",
        }
    }
}

/// One suggested tag value. Serializes as its canonical value only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suggestion {
    /// Canonical value (`APT28`, `International Criminal Court`, `justice`, `NL`, `CVE-2024-3400`).
    pub value: String,
    /// Which list it comes from.
    pub kind: Kind,
    /// Where the article says so (for a sector or country derived from an organisation: its mention).
    pub evidence: Evidence,
    /// How much the evidence supports the value.
    pub confidence: Confidence,
    /// A victim or a group the vocabulary does not know, proposed as the text writes it ("Mairie
    /// de Caen", "Fallaga Team").
    pub new_value: bool,
}

impl Serialize for Suggestion {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.value)
    }
}

/// Suggestions for one article, by facet, each list in order of first mention.
/// Serializes to `{"actor": [...], "target": [...], "attack": [...], "sector": [...], "country": [...], "cve": [...]}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Suggestions {
    /// Threat actors.
    pub actor: Vec<Suggestion>,
    /// Notable organisations hit.
    pub target: Vec<Suggestion>,
    /// Attack types.
    pub attack: Vec<Suggestion>,
    /// Target sectors.
    pub sector: Vec<Suggestion>,
    /// Target countries.
    pub country: Vec<Suggestion>,
    /// CVE ids, upper-case.
    pub cve: Vec<Suggestion>,
    /// What kind of piece the article is (`article_kind.rs`): in one that reports no incident,
    /// only what the text ties to a specific incident is suggested.
    #[serde(skip)]
    pub kind: super::article_kind::ArticleKind,
}

impl Suggestions {
    /// True when nothing is suggested.
    pub fn is_empty(&self) -> bool {
        self.actor.is_empty()
            && self.target.is_empty()
            && self.attack.is_empty()
            && self.sector.is_empty()
            && self.country.is_empty()
            && self.cve.is_empty()
    }

    /// Each list with its name, in print order (the `--json` keys).
    pub fn lists(&self) -> [(&'static str, &Vec<Suggestion>); 6] {
        [
            ("actor", &self.actor),
            ("target", &self.target),
            ("attack", &self.attack),
            ("sector", &self.sector),
            ("country", &self.country),
            ("cve", &self.cve),
        ]
    }

    /// What "accept all" applies: actors, attack types, and organisations + sectors + countries as
    /// targets (CVE ids are not a tag facet).
    pub fn to_tags(&self) -> Tags {
        let values = |v: &[Suggestion]| v.iter().map(|s| s.value.clone()).collect::<Vec<_>>();
        let mut target = values(&self.target);
        target.extend(values(&self.sector));
        target.extend(values(&self.country));
        let mut tags = Tags {
            actor: values(&self.actor),
            target,
            attack: values(&self.attack),
        };
        for list in [&mut tags.actor, &mut tags.target, &mut tags.attack] {
            list.sort();
            list.dedup();
        }
        tags
    }

    fn list_mut(&mut self, kind: Kind) -> Option<&mut Vec<Suggestion>> {
        match kind {
            Kind::Actor => Some(&mut self.actor),
            Kind::Organisation => Some(&mut self.target),
            Kind::Attack => Some(&mut self.attack),
            Kind::Sector => Some(&mut self.sector),
            Kind::Country => Some(&mut self.country),
            Kind::Cve => Some(&mut self.cve),
            Kind::Used => None,
        }
    }

    /// True when `value` is already suggested with high confidence.
    pub(super) fn has_high(&self, kind: Kind, value: &str) -> bool {
        let list = match kind {
            Kind::Actor => &self.actor,
            Kind::Organisation => &self.target,
            Kind::Attack => &self.attack,
            Kind::Sector => &self.sector,
            Kind::Country => &self.country,
            Kind::Cve => &self.cve,
            Kind::Used => return false,
        };
        list.iter()
            .any(|s| s.value == value && s.confidence == Confidence::High)
    }

    /// Adds a value, or raises the confidence of one already there (keeping the better evidence).
    pub(super) fn add(
        &mut self,
        kind: Kind,
        value: &str,
        evidence: &Evidence,
        confidence: Confidence,
    ) {
        self.push(kind, value, evidence, confidence, false);
    }

    pub(super) fn push(
        &mut self,
        kind: Kind,
        value: &str,
        evidence: &Evidence,
        confidence: Confidence,
        new_value: bool,
    ) {
        let Some(list) = self.list_mut(kind) else {
            return;
        };
        let key = super::fold::fold(value);
        match list
            .iter_mut()
            .find(|s| s.value == value || (s.new_value && super::fold::fold(&s.value) == key))
        {
            Some(s) if s.confidence < confidence => {
                s.confidence = confidence;
                s.evidence = evidence.clone();
            }
            Some(_) => {}
            None => list.push(Suggestion {
                value: value.to_string(),
                kind,
                evidence: evidence.clone(),
                confidence,
                new_value,
            }),
        }
    }
}

/// What a name found in the text stands for.
#[derive(Debug, Clone)]
pub(super) struct Target {
    pub kind: Kind,
    pub value: String,
    /// The name as written in the vocabulary (for the case rule).
    pub name: String,
    /// The same name with other accents, as another of the entry's names writes it: folded
    /// alike, the two share this target, and the case rule accepts either spelling (« Sénégal »,
    /// « Bénin », « Israël », « Taïwan » beside "Senegal", "Benin", "Israel", "Taiwan").
    pub respelt: Option<String>,
    pub rule: CaseRule,
    /// Needs a context word nearby (common-word actor names).
    pub context: bool,
    /// An organisation's sector and country, suggested along with it when it is a victim.
    pub implies: Vec<(Kind, String)>,
    /// How a country was named: a city or a demonym gives it less surely than its name.
    pub via: Via,
    /// An agency that investigates or regulates (never a victim in passing).
    pub authority: bool,
}

/// How a country is named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Via {
    /// By its own name, or not a country at all.
    Name,
    /// By a city in it.
    City,
    /// By an adjective or demonym ("Dutch", "françaises").
    Demonym,
}

/// Which of the suggester's passes a reading runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reading {
    /// Every pass: what the analyst is offered.
    Full,
    /// Victims by cue only, and no attack types ([`Suggester::suggest_cued`], story profiles).
    Entities,
}

/// The suggestion engine: the vocabulary compiled into one automaton. Build once, reuse for every article.
#[derive(Debug, Clone)]
pub struct Suggester {
    names: AhoCorasick,
    /// No name can take in a run of spaces or table lines (`gaps.rs`): the names automaton reads
    /// only the stretches between them.
    names_skip_gaps: bool,
    /// Attack type id → the broader type it makes redundant.
    broader: HashMap<String, String>,
    /// Actor name → the attack type that is its way of working (`modus.rs`).
    modus: HashMap<String, String>,
    /// Actor name → the country it is suspected to act from: not a victim's country
    /// (`places_of_the_lead.rs`).
    actor_countries: HashMap<String, String>,
    /// For each automaton pattern, what it stands for (several entries when an alias is shared).
    targets: Vec<Vec<Target>>,
    context: AhoCorasick,
    /// Negation, hedging, victim and role cues.
    pub(super) cues: Cues,
    /// Countries' names and peoples' adjectives of one word, folded, each with its country's code
    /// ([`Suggester::is_country_word`], [`Suggester::country_of_word`]).
    country_words: HashMap<String, String, WordHash>,
    /// The same of two words ("new zealand", "south korean"), for
    /// [`Suggester::country_of_two_words`].
    country_pairs: HashMap<String, String, WordHash>,
    /// Every actor's names without case, accents or spaces ("blackmatter", "shinyhunters") → its
    /// canonical name, `None` when two actors share one: a name a claim cue points at, written the
    /// press's way (« le groupe Black Matter », "Alphv"), is the known group (`new_actors.rs`).
    actor_keys: HashMap<String, Option<String>>,
    /// The heads of actors' names the press writes alone ("inc" of INC Ransom, "hunters" of
    /// Hunters International) → the canonical name, `None` when shared (`short_names.rs`).
    actor_heads: HashMap<String, Option<String>>,
    /// The canonical names of the known organisations that are agencies investigating,
    /// regulating or reporting (`authority` role: FBI, CISA, ANSSI), read off `targets` once.
    authorities: HashSet<String>,
}

/// A name without case, accents, spaces, dashes or dots: "Black Matter", "BlackMatter" and
/// "Black-Matter" are one key.
pub(super) fn squashed(name: &str) -> String {
    let mut out: String = super::fold::fold(name)
        .chars()
        .filter(|c| !squashed_out(*c))
        .collect();
    zero_for_o(&mut out);
    out
}

/// Reads a letter o before a digit as the zero it stands for: the press copies a group's name
/// off a screen, « le groupe dénommé NonameO57(16) » for NoName057(16) (stories gold, fr).
fn zero_for_o(key: &mut String) {
    // Both are ASCII: the byte offsets are the string's, and most texts have no such pair, so
    // nothing is copied for them.
    let at: Vec<usize> = key
        .as_bytes()
        .windows(2)
        .enumerate()
        .filter(|(_, w)| w[0] == b'o' && w[1].is_ascii_digit())
        .map(|(i, _)| i)
        .collect();
    for i in at {
        key.replace_range(i..=i, "0");
    }
}

/// The signs a [`squashed`] name leaves out.
pub(super) fn squashed_out(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '-' | '.' | '_')
}

/// [`Suggester::actor_keys`], for one article only the keys that may occur in its squashed text.
fn actor_keys(
    vocab: &Vocabulary,
    squashed_grams: Option<&Trigrams>,
) -> HashMap<String, Option<String>> {
    let mut keys: HashMap<String, Option<String>> = HashMap::new();
    // One buffer for every name: for one article, nearly all are left out before any allocation.
    let mut key = String::new();
    for a in vocab.actors.iter().filter(|a| !a.unattributed) {
        for n in std::iter::once(&a.name).chain(&a.aliases) {
            key.clear();
            super::fold::fold_into(&mut key, n);
            key.retain(|c| !squashed_out(c));
            zero_for_o(&mut key);
            if key.chars().count() < 4
                || squashed_grams.is_some_and(|g| !g.may_contain(&key))
                || rules::ACTOR_DENY.contains(&super::fold::fold(n).as_str())
            {
                continue;
            }
            keys.entry(key.clone())
                .and_modify(|v| {
                    if v.as_deref() != Some(a.name.as_str()) {
                        *v = None;
                    }
                })
                .or_insert_with(|| Some(a.name.clone()));
        }
    }
    keys
}

/// The names of countries (English, French, synonyms) and peoples' adjectives of `words` words,
/// folded, each with its country's code; for one article, only those that may occur in it.
fn country_words(
    vocab: &Vocabulary,
    grams: Option<&Trigrams>,
    words: usize,
) -> HashMap<String, String, WordHash> {
    let countries = vocab.countries().iter().flat_map(|c| {
        [&c.en, &c.fr]
            .into_iter()
            .chain(&c.synonyms)
            .map(move |n| (n, &c.code))
    });
    let peoples = vocab
        .places
        .iter()
        .filter(|p| p.kind == PlaceKind::Demonym)
        .map(|p| (&p.name, &p.country));
    countries
        .chain(peoples)
        .map(|(n, code)| (super::fold::fold(n), code.clone()))
        .filter(|(n, _)| n.split(' ').count() == words && grams.is_none_or(|g| g.may_contain(n)))
        .collect()
}

/// Hashes the folded words the country table is asked about, eight bytes at a time: a story
/// profile asks it of every word of its title and lead, and SipHash made those lookups about 2%
/// of a profile's instructions (callgrind). The table's keys are the vocabulary's and fixed, so a
/// feed's words can lengthen no chain of it: no random seed is needed.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct WordHash;

impl std::hash::BuildHasher for WordHash {
    type Hasher = WordHasher;

    fn build_hasher(&self) -> WordHasher {
        WordHasher(0x243f_6a88_85a3_08d3)
    }
}

/// The hasher of [`WordHash`]: one multiply per eight bytes, whose high half is folded back in.
pub(crate) struct WordHasher(u64);

impl WordHasher {
    fn mix(&mut self, word: u64) {
        let product = u128::from(self.0 ^ word) * 0x9e37_79b9_7f4a_7c15;
        self.0 = (product as u64) ^ ((product >> 64) as u64);
    }
}

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut eight = [0u8; 8];
            eight.copy_from_slice(chunk);
            self.mix(u64::from_le_bytes(eight));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut eight = [0u8; 8];
            eight[..rest.len()].copy_from_slice(rest);
            // The length tells "ab" from "ab\0".
            self.mix(u64::from_le_bytes(eight) ^ ((rest.len() as u64) << 56));
        }
    }
}

/// A name occurrence that passed the boundary and case checks (folded offsets).
pub(super) struct Hit<'a> {
    pub start: usize,
    pub end: usize,
    pub target: &'a Target,
}

impl Suggester {
    /// Compiles the vocabulary's names into the matching automaton: ~10 ms, after which each
    /// article is one fast scan. For a single article, [`Suggester::suggest_once`] is faster.
    pub fn new(vocab: &Vocabulary) -> Result<Suggester, TaggingError> {
        Self::build(vocab, None, None)
    }

    /// Suggestions for one article, without compiling the whole vocabulary: the automaton holds
    /// only the names whose every three-letter sequence occurs in the title or text, the only ones
    /// that can match there, so the suggestions are those [`Suggester::new`] gives, at a fraction of
    /// the cost (what `veille suggest ID` pays on every call).
    pub fn suggest_once(
        vocab: &Vocabulary,
        title: &str,
        text: &str,
    ) -> Result<Suggestions, TaggingError> {
        let (mut grams, mut squashed_grams) = (Trigrams::default(), Trigrams::default());
        for field in [title, text] {
            let folded = Folded::new(field);
            grams.add(&folded.text);
            squashed_grams.add(&squashed(&folded.text));
        }
        Ok(Self::build(vocab, Some(&grams), Some(&squashed_grams))?.suggest(title, text))
    }

    /// [`Suggester::suggest_once`] for an article whose address is known, as
    /// [`Suggester::suggest_linked`] reads it.
    pub fn suggest_once_linked(
        vocab: &Vocabulary,
        title: &str,
        text: &str,
        link: Option<&str>,
    ) -> Result<Suggestions, TaggingError> {
        let mut out = Self::suggest_once(vocab, title, text)?;
        if let Some(link) = link {
            super::outlet_country::suggest(link, &mut out);
        }
        Ok(out)
    }

    /// The suggester over every name of `vocab`, or only over those that may occur in a text whose
    /// three-letter sequences are `grams`.
    fn build(
        vocab: &Vocabulary,
        grams: Option<&Trigrams>,
        squashed_grams: Option<&Trigrams>,
    ) -> Result<Suggester, TaggingError> {
        let mut patterns: Vec<String> = Vec::new();
        let mut targets: Vec<Vec<Target>> = Vec::new();
        let mut slot: HashMap<String, usize> = HashMap::new();
        let mut add = |folded: String, target: Target| {
            if folded.chars().count() < 2 || grams.is_some_and(|g| !g.may_contain(&folded)) {
                return;
            }
            // A name listed as written ("zero-day attacks") is that name, not a plural made of
            // another ("zero-day attack"): `plurals::general_in_text` tells them apart.
            let exact = super::fold::fold(&target.name) == folded;
            let i = *slot.entry(folded.clone()).or_insert_with(|| {
                patterns.push(folded);
                targets.push(Vec::new());
                targets.len() - 1
            });
            let list = &mut targets[i];
            match list
                .iter_mut()
                .find(|t| t.kind == target.kind && t.value == target.value)
            {
                Some(t) => {
                    // "Ransomware" (a label, matched as written) must not hide "ransomware" (any
                    // case).
                    if target.rule == CaseRule::Folded {
                        t.rule = CaseRule::Folded;
                    }
                    if exact && target.kind == Kind::Attack {
                        t.name = target.name;
                    } else if target.name != t.name && target.rule != CaseRule::Folded {
                        t.respelt.get_or_insert(target.name);
                    }
                }
                None => list.push(target),
            }
        };
        // For one article, a name is folded into one buffer and tested before anything else.
        let mut buffer = String::new();
        let mut may_occur = |name: &str| {
            grams.is_none_or(|g| {
                buffer.clear();
                super::fold::fold_into(&mut buffer, name.trim());
                g.may_contain(&buffer)
            })
        };
        for term in terms(vocab, &mut may_occur) {
            let folded = super::fold::fold(term.name.trim());
            // Plural in -s of single lower-case words (vulnérabilités, hôpitaux aside).
            // "defenses" are security controls, not the defence sector.
            let plural = matches!(term.kind, Kind::Attack | Kind::Sector)
                && !matches!(folded.as_str(), "defense" | "defence")
                && term.rule == CaseRule::Folded
                && !folded.contains(' ')
                && !folded.ends_with(['s', 'x']);
            if plural {
                add(format!("{folded}s"), term.clone());
            }
            // "data breaches", "phishing campaigns" (`plurals.rs`).
            if term.kind == Kind::Attack
                && term.rule == CaseRule::Folded
                && let Some(p) = super::plurals::phrase_plural(&folded)
            {
                add(p, term.clone());
            }
            add(folded, term);
        }
        let mut builder = AhoCorasick::builder();
        builder.match_kind(MatchKind::LeftmostLongest);
        match grams {
            // A contiguous NFA with dense states only near the root: built in ~10 ms where a DFA
            // took ~50 ms and tens of MB for this many names, and it scans articles as fast here
            // (benches/suggest.rs: the same ratio to the baseline).
            None => builder
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .dense_depth(2),
            // One article's few names: the kind that builds fastest.
            Some(_) => builder.kind(Some(AhoCorasickKind::NoncontiguousNFA)),
        };
        let names_skip_gaps = patterns.iter().all(|p| super::gaps::holds_no_gap(p));
        let names = builder
            .build(&patterns)
            .map_err(|e| TaggingError::Matcher(e.to_string()))?;
        let context_words = CONTEXT_WORDS
            .iter()
            .filter(|w| grams.is_none_or(|g| g.may_contain(w)));
        let context =
            AhoCorasick::new(context_words).map_err(|e| TaggingError::Matcher(e.to_string()))?;
        let broader = vocab
            .attacks
            .iter()
            .filter_map(|a| Some((a.id.clone(), a.broader.clone()?)))
            .collect();
        // A way of working that names no attack type of the vocabulary (a user's typo) is ignored.
        let modus = vocab
            .actors
            .iter()
            .filter_map(|a| Some((a.name.clone(), a.modus.clone()?)))
            .filter(|(_, m)| vocab.attacks.iter().any(|t| &t.id == m))
            .collect();
        let actor_countries = vocab
            .actors
            .iter()
            .filter_map(|a| Some((a.name.clone(), a.country.clone()?)))
            .collect();
        let authorities = targets
            .iter()
            .flatten()
            .filter(|t| t.authority)
            .map(|t| t.value.clone())
            .collect();
        Ok(Suggester {
            names,
            names_skip_gaps,
            broader,
            modus,
            actor_countries,
            targets,
            context,
            cues: Cues::new(grams)?,
            country_words: country_words(vocab, grams, 1),
            country_pairs: country_words(vocab, grams, 2),
            actor_keys: actor_keys(vocab, squashed_grams),
            actor_heads: super::short_names::heads(vocab, squashed_grams),
            authorities,
        })
    }

    /// Whether a known organisation is an agency that investigates, regulates or reports
    /// (the vocabulary's `authority` role: FBI, CISA, ANSSI).
    pub(super) fn is_authority(&self, value: &str) -> bool {
        self.authorities.contains(value)
    }

    /// True for the folded name of a country or the adjective of a people, one word (`france`,
    /// `ukraine`, `british`; not a city): said of too many stories to tell them apart, story
    /// clustering does not count it as a name (src/stories/profile.rs).
    pub fn is_country_word(&self, folded: &str) -> bool {
        self.country_words.contains_key(folded)
    }

    /// The country code a folded word of [`Suggester::is_country_word`] names (`neerlandaise`,
    /// `dutch` and `pays-bas` are `NL`): where a report is set survives translation.
    pub fn country_of_word(&self, folded: &str) -> Option<&str> {
        self.country_words.get(folded).map(String::as_str)
    }

    /// The country code two folded words name, one space between (`new zealand`, `south korean`):
    /// a country [`Suggester::country_of_word`] cannot read word by word.
    pub fn country_of_two_words(&self, folded: &str) -> Option<&str> {
        self.country_pairs.get(folded).map(String::as_str)
    }

    /// The known actor a name written the press's way stands for ("Black Matter" → DarkSide,
    /// "Alphv" → ALPHV), when only one has that name.
    pub(super) fn actor_written(&self, name: &str) -> Option<&str> {
        self.actor_keys.get(&squashed(name))?.as_deref()
    }

    /// The known actor a name is the head of, when only one has it: "INC", "INC Ransomware" →
    /// INC Ransom (`short_names.rs`). Only for a name a claim points at.
    pub(super) fn actor_by_head(&self, name: &str) -> Option<&str> {
        self.actor_heads
            .get(&super::short_names::head_key(name))?
            .as_deref()
    }

    /// Suggestions for an article's title and plain text.
    pub fn suggest(&self, title: &str, text: &str) -> Suggestions {
        self.suggest_with(title, text, Reading::Full)
    }

    /// [`Suggester::suggest`] for an article whose address is known: when the text gives no
    /// country, the outlet's country-code domain may (`outlet_country.rs`, low confidence).
    pub fn suggest_linked(&self, title: &str, text: &str, link: Option<&str>) -> Suggestions {
        let mut out = self.suggest(title, text);
        if let Some(link) = link {
            super::outlet_country::suggest(link, &mut out);
        }
        out
    }

    /// What the cue rules alone give, without the victims read off their role in a sentence
    /// (`entities.rs`, medium confidence at most). Story profiles take victims as evidence that two
    /// reports tell different incidents; a guess by role is not that (it split French–English
    /// pairs of one incident). Attack types are not suggested (the list is empty) and sectors only
    /// as far as victims need them: no profile reads them, and their own rules (fraud, insider,
    /// a victim's described sector) were an eighth of a profile's cost. Victims, actors, countries
    /// and CVE ids are those [`Suggester::suggest`] reads by cue.
    pub fn suggest_cued(&self, title: &str, text: &str) -> Suggestions {
        self.suggest_with(title, text, Reading::Entities)
    }

    fn suggest_with(&self, title: &str, text: &str, reading: Reading) -> Suggestions {
        let mut out = Suggestions::default();
        let mut attacks = super::analyse::AttackWords::default();
        if reading == Reading::Full {
            // Only the opening sentences are read: fold no more than they can hold.
            let opening = &text[..super::context::char_floor(text, OPENING_BYTES)];
            attacks.lead_report = super::framing::lead_presents_report(&super::fold::fold(opening));
            attacks.arrest_story = super::arrest_charges::tells_an_arrest(title, text);
            attacks.claimed = [title, opening]
                .iter()
                .any(|f| super::actor_guards::claims(&super::fold::fold(f)));
        }
        for (field, original) in [(Field::Title, title), (Field::Text, text)] {
            self.scan(field, original, title, &mut out, &mut attacks, reading);
        }
        if reading == Reading::Full {
            attacks.hacktivists = out.actor.iter().any(|a| {
                a.value.starts_with("Anonymous")
                    || self.modus.get(&a.value).is_some_and(|m| m == "ddos")
            }) || [title, text].iter().any(|f| names_hacktivists(f));
            attacks.settle(&mut out.attack);
            // The most specific type says more: "infostealer malware" is an infostealer.
            let redundant: Vec<String> = out
                .attack
                .iter()
                .filter_map(|a| self.broader.get(&a.value).cloned())
                .collect();
            out.attack.retain(|a| !redundant.contains(&a.value));
            super::modus::infer(&self.modus, &mut out);
        }
        for t in out.target.iter_mut().filter(|t| t.new_value) {
            if let Some(name) = super::victim_kinds::without_opening_as(&t.value) {
                t.value = name;
            }
        }
        out.target = super::victims::merge_variants(std::mem::take(&mut out.target));
        super::victim_names::merge_declared_abbreviations(&mut out.target, title, text);
        super::victim_kinds::tidy_new_victims(&mut out.target, text);
        super::headline::drop_title_openers(&mut out.target, title, text);
        super::victim_rules::drop_lead_in_examples(&mut out.target, text);
        super::victim_rules::named_in_full(title, text, &mut out);
        let fields = super::victim_full_names::FieldWords::new(title, text);
        super::victim_full_names::name_in_full(&mut out, &fields);
        super::victim_full_names::name_at_its_first_mention(&mut out, &fields);
        super::victim_full_names::lower_case_complement(&mut out, title, text);
        super::victim_full_names::town_hall_of_the_headline_s_town(&mut out, title, text);
        super::victim_full_names::name_before_its_abbreviation(&mut out, &fields);
        super::victim_full_names::name_words_before_the_head(&mut out, title, text);
        super::victim_full_names::head_shared_across_and(&mut out, title, text);
        // « Sénégal: des sites gouvernementaux paralysés »: a country alone names where the victims
        // are, not one of them (the analyst names its government or its ministries); so does a
        // people with a determiner or a compass point ("Another British police force").
        out.target.retain(|t| {
            !(t.new_value
                && super::not_victims::names_none_of_them(&super::fold::fold(&t.value), |w| {
                    self.is_country_word(w)
                }))
        });
        super::not_victims::drop_what_names_no_victim(&mut out, title, text);
        self.drop_sources_of_the_news(&mut out, title, text);
        self.drop_foreign_ministries(&mut out, title, text);
        super::earlier_in_a_series::drop_earlier_victims_of_a_series(&mut out, title, text);
        if reading == Reading::Full {
            self.described_sectors(title, text, &mut out);
            // Groups the vocabulary lacks, named by a claim: the analyst's, not a story profile's
            // (a profile's actors are the vocabulary's, so clustering is unchanged).
            self.new_actors(title, text, &mut out);
            out.kind = self.article_kind(title, text, &out);
            let attackers: Vec<&str> = out
                .actor
                .iter()
                .filter_map(|a| self.actor_countries.get(&a.value))
                .map(String::as_str)
                .collect();
            // The opening's sectors first: a victim it names only by its kind then gets the
            // opening's lone country too (Telus, "Canadian telecommunications provider").
            super::places_of_the_lead::sectors_of_the_lead(
                &attacks.lead_sectors,
                attacks.hacked_in_title || attacks.intrusion_unsaid,
                &mut out,
            );
            // The court that sentences, the police that arrest (`law_at_work`).
            super::law_at_work::drop_the_law_at_work(&mut out);
            // A victim's kind of institution places it before the lead's lone country does
            // ("Black River Falls School District", « Paroisse de Plessisville »).
            super::country_of_kinds::suggest(&mut out);
            attacks
                .lead_places
                .extend(super::places_of_the_lead::us_dateline(title, text));
            super::places_of_the_lead::suggest(
                &attacks.lead_places,
                &attackers,
                attacks.arrest_story,
                attacks.hacked_in_title,
                &mut out,
            );
            super::country_of_kinds::suggest_from_the_lead(title, text, &mut out);
            // « a effectué un signalement à la CNIL »: the authority told is the victim's.
            super::country_authorities::suggest(title, text, &mut out);
            // « Des hackers marocains s'attaquent aux sites algériens »: not Morocco's victims.
            self.drop_the_headline_hackers_country(title, attacks.arrest_story, &mut out);
            if !out.kind.reports_incident() {
                self.keep_what_an_incident_ties(title, text, &mut out);
            }
            // Last, once every rule that reads a victim's confidence has run.
            super::victim_confidence::calibrate_headline_victims(&mut out, text);
        }
        // Once the sectors and places are read around the abbreviation, which is where the text
        // describes it (« …sécurité sociale marocaine (CNSS) »).
        super::victim_full_names::name_of_a_declared_abbreviation(&mut out, &fields);
        super::same_group::drop_named_campaigns(&mut out.actor);
        out
    }

    /// The vocabulary's names found in a folded text: boundary, case and context rules applied, and
    /// where two names of one kind overlap the longer one kept.
    pub(super) fn names_in<'a>(&'a self, folded: &Folded, original: &str) -> Vec<Hit<'a>> {
        let text = folded.text.as_str();
        // Context words are looked for only once a common-word name needs them.
        let context_at: std::cell::OnceCell<Vec<(usize, usize)>> = std::cell::OnceCell::new();
        let mut hits: Vec<Hit> = Vec::new();
        for m in self.name_matches(text) {
            let (start, end) = (m.start(), m.end());
            if !at_word_boundary(text, start, end) {
                continue;
            }
            let (os, oe) = folded.original_range(start, end);
            let found = &original[os..oe];
            let candidates: Vec<&Target> = self.targets[m.pattern().as_usize()]
                .iter()
                .filter(|t| {
                    rules::case_ok(t.rule, &t.name, found)
                        || t.respelt
                            .as_deref()
                            .is_some_and(|n| rules::case_ok(t.rule, n, found))
                        || (t.kind == Kind::Actor
                            && t.rule == CaseRule::Capitalised
                            && !t.context
                            && !found.chars().any(char::is_uppercase)
                            && rules::lower_case_beside_a_group_word(text, start, end))
                })
                .collect();
            let actors = candidates.iter().filter(|t| t.kind == Kind::Actor).count();
            // "Royal Mail", « sans lien avec le mouvement Anonymous »: not the group.
            let not_the_group = || {
                super::actor_guards::inside_another_name(original, os, oe)
                    || super::actor_guards::link_denied(text, start)
                    || super::actor_guards::denies(text, end)
            };
            for t in candidates {
                let near = || {
                    near_context(
                        context_at.get_or_init(|| self.context_words(text)),
                        start,
                        end,
                    )
                };
                // A word-like name opening a sentence may be any word there ("Aluminum
                // producer…"): only a context word beside it makes it the group.
                let beside = || {
                    !super::actor_guards::opens_a_sentence(original, os)
                        || super::actor_guards::context_beside(
                            context_at.get_or_init(|| self.context_words(text)),
                            text,
                            start,
                            end,
                        )
                };
                let keep = match (t.kind, actors > 1) {
                    // A shared alias is a mention only of the one actor whose context is present.
                    (Kind::Actor, true) => t.context && near() && beside() && !not_the_group(),
                    // "Castle", "Venom", "Helium": a vendor's capitals (CASTLE, VENOM) written as
                    // a word need a context word, like common-word names.
                    (Kind::Actor, false) => {
                        let word_like =
                            t.context || super::actor_guards::capitals_as_a_word(&t.name, found);
                        (!word_like || (near() && beside())) && !not_the_group()
                    }
                    _ => !t.context || near(),
                };
                if keep {
                    hits.push(Hit {
                        start,
                        end,
                        target: t,
                    });
                }
            }
        }
        // Words read once: where two names of the same kind but different values overlap ("data
        // breach" / "breach of" in "data breach of"), the longer one is what the text says.
        // Sorted by start, the hits overlapping one are its neighbours
        // (names are short), which keeps long advisories with thousands of hits linear.
        hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        let longest = hits.iter().map(|h| h.end - h.start).max().unwrap_or(0);
        let shadowed = |i: usize| {
            let h = &hits[i];
            let first = hits.partition_point(|o| o.start + longest < h.start);
            hits[first..]
                .iter()
                .take_while(|o| o.start < h.end)
                .any(|o| {
                    o.target.kind == h.target.kind
                        && o.target.value != h.target.value
                        && h.start < o.end
                        && o.end - o.start > h.end - h.start
                })
        };
        let keep: Vec<bool> = (0..hits.len()).map(|i| !shadowed(i)).collect();
        hits.into_iter()
            .zip(keep)
            .filter_map(|(h, k)| k.then_some(h))
            .collect()
    }

    /// The names automaton's matches in a folded text, as one reading of the whole text finds
    /// them: between its gaps only when no name can take one in.
    fn name_matches<'t>(&'t self, text: &'t str) -> impl Iterator<Item = aho_corasick::Match> + 't {
        let whole = (!self.names_skip_gaps).then_some((0, text.len()));
        let stretches = whole
            .is_none()
            .then(|| super::gaps::stretches(text))
            .into_iter()
            .flatten();
        whole.into_iter().chain(stretches).flat_map(move |(a, b)| {
            self.names
                .find_iter(aho_corasick::Input::new(text).range(a..b))
        })
    }

    pub(super) fn context_words(&self, text: &str) -> Vec<(usize, usize)> {
        let mut found: Vec<(usize, usize)> = self
            .context
            .find_overlapping_iter(text)
            .filter(|m| at_word_boundary(text, m.start(), m.end()))
            .map(|m| (m.start(), m.end()))
            .collect();
        found.sort_unstable();
        found
    }
}

/// True when a context word (sorted by start) ends within the window before the name or starts
/// within the window after it.
pub(super) fn near_context(ctx: &[(usize, usize)], start: usize, end: usize) -> bool {
    let from = ctx.partition_point(|&(s, _)| s + 2 * CONTEXT_WINDOW < start);
    ctx[from..]
        .iter()
        .take_while(|&&(s, _)| s <= end + CONTEXT_WINDOW)
        .any(|&(s, e)| {
            let before = e <= start && start - e <= CONTEXT_WINDOW;
            let after = s >= end && s - end <= CONTEXT_WINDOW;
            before || after
        })
}

/// Whether `text[start..end]` is whole words: no letter or digit touches it on either side.
pub(super) fn at_word_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back().is_some_and(is_word_char);
    let after = text[end..].chars().next().is_some_and(is_word_char);
    !before && !after
}

/// Every name to look for, with what it stands for.
/// `may_occur` leaves out names before anything is built for them (most of them, for one article).
fn terms(v: &Vocabulary, may_occur: &mut dyn FnMut(&str) -> bool) -> Vec<Target> {
    let mut out = Vec::new();
    let simple = |kind, value: &str, name: &str, rule| Target {
        kind,
        value: value.to_string(),
        name: name.to_string(),
        respelt: None,
        rule,
        context: false,
        implies: Vec::new(),
        via: Via::Name,
        authority: false,
    };
    for a in &v.attacks {
        for n in [&a.en, &a.fr]
            .into_iter()
            .chain(&a.synonyms)
            .chain(&a.suggest_only)
            .filter(|n| may_occur(n))
        {
            out.push(simple(Kind::Attack, &a.id, n, rules::case_rule(n, false)));
        }
    }
    for s in &v.sectors {
        for n in [&s.en, &s.fr]
            .into_iter()
            .chain(&s.synonyms)
            .filter(|n| may_occur(n))
        {
            out.push(simple(Kind::Sector, &s.id, n, rules::case_rule(n, false)));
        }
    }
    for o in &v.organisations {
        // An organisation's sector and seat are the victim's, when the text makes it the victim.
        let mut implies = Vec::new();
        if let Some(s) = &o.sector {
            implies.push((Kind::Sector, s.clone()));
        }
        if let Some(c) = &o.country {
            implies.push((Kind::Country, c.clone()));
        }
        let names = std::iter::once((&o.name, false))
            .chain(o.fr.iter().map(|n| (n, false)))
            .chain(o.acronyms.iter().map(|n| (n, true)))
            .chain(o.synonyms.iter().map(|n| (n, false)));
        for (n, acronym) in names.filter(|(n, _)| may_occur(n)) {
            let mut t = simple(Kind::Organisation, &o.name, n, rules::case_rule(n, acronym));
            t.implies = implies.clone();
            t.authority = o.role.as_deref() == Some("authority");
            out.push(t);
        }
    }
    for c in &v.countries {
        for n in [&c.en, &c.fr]
            .into_iter()
            .chain(&c.synonyms)
            .filter(|n| may_occur(n))
        {
            if n.chars().count() < 3 || rules::COUNTRY_DENY.contains(&super::fold::fold(n).as_str())
            {
                continue;
            }
            out.push(simple(
                Kind::Country,
                &c.code,
                n,
                rules::case_rule(n, false),
            ));
        }
    }
    // "US critical infrastructure", "many big UK charities", "the UK's Metropolitan Police": the
    // English press's short names, in capitals only ("us" is a word); too short for the
    // vocabulary's names, which have only the dotted "U.K.".
    for (short, code) in [("US", "US"), ("UK", "GB")] {
        if may_occur(short) {
            out.push(simple(Kind::Country, code, short, CaseRule::Exact));
        }
    }
    for p in v.places.iter().filter(|p| may_occur(&p.name)) {
        let (via, rule) = match p.kind {
            // A city is a proper name: "Nice" the city, not "nice".
            PlaceKind::City => (Via::City, CaseRule::Exact),
            PlaceKind::Demonym => (Via::Demonym, rules::case_rule(&p.name, false)),
        };
        let mut t = simple(Kind::Country, &p.country, &p.name, rule);
        t.via = via;
        out.push(t);
    }
    // "Unattributed" is the analyst's conclusion, not a name a text mentions ("unknown" is a word).
    for a in v.actors.iter().filter(|a| !a.unattributed) {
        for (n, alias) in
            std::iter::once((&a.name, false)).chain(a.aliases.iter().map(|n| (n, true)))
        {
            let spaced = rules::spaced_designation(n).filter(|s| may_occur(s));
            if !may_occur(n) && spaced.is_none() {
                continue;
            }
            let folded = super::fold::fold(n);
            if folded.chars().count() < 3
                || rules::ACTOR_DENY.contains(&folded.as_str())
                || (alias && super::actor_guards::names_a_tool(n))
            {
                continue;
            }
            let common = a.context
                || rules::COMMON_WORD_ALIASES.contains(&folded.as_str())
                || (alias && rules::short_acronym(n));
            let mut t = simple(Kind::Actor, &a.name, n, rules::actor_case_rule(n, common));
            t.context = common;
            // « connu sous le nom d'APT 27 », "APT 41 (Advanced Persistent Threat 41)": the
            // press spaces a designation's letters from its number.
            if let Some(spaced) = spaced {
                let mut s = t.clone();
                s.name = spaced;
                s.rule = CaseRule::Exact;
                out.push(s);
            }
            out.push(t);
        }
    }
    out
}

/// True when a field names hacktivists (« hacktivistes », "hacktivist"), in any case.
fn names_hacktivists(field: &str) -> bool {
    // Only where an h stands is the word compared, and memchr's vector search finds the h's: a
    // test on every byte was a fortieth of the suggester's time, over the long runs of spaces and
    // table lines of an advisory.
    let bytes = field.as_bytes();
    memchr::memchr2_iter(b'h', b'H', bytes).any(|i| {
        bytes
            .get(i..i + 7)
            .is_some_and(|w| w.eq_ignore_ascii_case(b"hacktiv"))
    })
}

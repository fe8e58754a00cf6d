//! What the tag prompts need: turn a typed value into a canonical one, and complete a prefix.
use super::fold::{fold, is_word_char};
use super::vocab::Vocabulary;
use crate::model::{Facet, Lang};
use serde::Serialize;
use std::collections::HashMap;

/// Which list a value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A threat actor.
    Actor,
    /// A notable organisation (a target).
    Organisation,
    /// A target sector.
    Sector,
    /// A country (a target).
    Country,
    /// An attack type.
    Attack,
    /// A CVE identifier.
    Cve,
    /// A value already used in the store but not in the vocabulary.
    Used,
}

/// How well a name matched what was typed; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MatchRank {
    /// The whole name equals the input.
    Exact,
    /// The name starts with the input.
    Prefix,
    /// A word inside the name starts with the input.
    WordPrefix,
    /// The input's letters appear in order in the name.
    Subsequence,
}

/// A value the prompt can offer or apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    /// The canonical value to store (`APT28`, `International Criminal Court`, `justice`, `NL`).
    pub value: String,
    /// Which list it comes from (for the target facet: organisation, sector or country).
    pub kind: Kind,
    /// English display label (`Distributed denial of service`, `Netherlands`).
    pub label: String,
    /// The name or alias that matched the input, as written in the vocabulary.
    pub matched: String,
    /// How it matched.
    pub rank: MatchRank,
}

/// The outcome of resolving a typed value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// One canonical value.
    Canonical(Candidate),
    /// The name is an alias of several entries: the user must choose, never us.
    Ambiguous(Vec<Candidate>),
    /// Not in the vocabulary nor among used values: kept as typed (trimmed).
    New(String),
}

/// The vocabulary lists a facet draws from.
pub fn kinds_of(facet: Facet) -> &'static [Kind] {
    match facet {
        Facet::Actor => &[Kind::Actor],
        Facet::Target => &[Kind::Organisation, Kind::Sector, Kind::Country],
        Facet::Attack => &[Kind::Attack],
    }
}

impl Vocabulary {
    /// Resolves what the user typed in the `facet` prompt: an exact name, alias, acronym or label in
    /// either language (case and accents ignored), else a value among `used`, else a new value.
    pub fn resolve(&self, facet: Facet, typed: &str, used: &[String]) -> Resolution {
        let typed = typed.trim();
        let key = fold(typed);
        if key.is_empty() {
            return Resolution::New(String::new());
        }
        let kinds = kinds_of(facet);
        let mut found: Vec<Candidate> = Vec::new();
        let take = |found: &mut Vec<Candidate>, n: &super::index::NameEntry| {
            let c = self.candidate(n.kind, n.entry, &n.text, MatchRank::Exact);
            if !found.iter().any(|f| f.kind == c.kind && f.value == c.value) {
                found.push(c);
            }
        };
        for n in self
            .names()
            .iter()
            .filter(|n| n.folded == key && kinds.contains(&n.kind))
        {
            take(&mut found, n);
        }
        // A group's name the press writes its own way, as the suggester reads it: « Black Matter »
        // is BlackMatter, "Shiny Hunters" ShinyHunters (spaces, dashes and dots aside), "Crypto
        // 24" Crypto24, "NonameO57(16)" NoName057(16).
        if found.is_empty() && facet == Facet::Actor {
            let squashed = super::suggest::squashed(typed);
            // Both sides squashed alike (a letter o before a digit read as 0 included).
            for n in self.names().iter().filter(|n| {
                n.kind == Kind::Actor && super::suggest::squashed(&n.folded) == squashed
            }) {
                take(&mut found, n);
            }
        }
        match found.len() {
            0 => match used.iter().find(|u| fold(u.trim()) == key) {
                Some(u) => Resolution::Canonical(used_candidate(u, MatchRank::Exact)),
                None => Resolution::New(typed.to_string()),
            },
            1 => Resolution::Canonical(found.remove(0)),
            _ => {
                found.sort_by(|a, b| (a.kind, &a.value).cmp(&(b.kind, &b.value)));
                Resolution::Ambiguous(found)
            }
        }
    }

    /// Completes `prefix` for the `facet` prompt over names, aliases and labels in both languages and
    /// over `used` values: best `limit` candidates, exact before prefix before word-prefix before
    /// subsequence, one per canonical value.
    pub fn complete(
        &self,
        facet: Facet,
        prefix: &str,
        used: &[String],
        limit: usize,
    ) -> Vec<Candidate> {
        let key = fold(prefix.trim());
        let kinds = kinds_of(facet);
        // Best match per canonical value: (rank, length of the matched name, candidate).
        let mut best: HashMap<(Kind, String), (MatchRank, usize, Candidate)> = HashMap::new();
        let mut offer = |c: Candidate, len: usize| {
            let slot = (c.kind, c.value.clone());
            let better = best
                .get(&slot)
                .is_none_or(|(r, l, _)| (c.rank, len) < (*r, *l));
            if better {
                best.insert(slot, (c.rank, len, c));
            }
        };
        for n in self.names().iter().filter(|n| kinds.contains(&n.kind)) {
            if let Some(rank) = rank(&n.folded, &key) {
                offer(
                    self.candidate(n.kind, n.entry, &n.text, rank),
                    n.folded.len(),
                );
            }
        }
        for u in used {
            let folded = fold(u.trim());
            // A used value that is already canonical is offered through the vocabulary instead.
            let known = kinds.iter().any(|&k| self.label(k, u, Lang::En).is_some());
            if known || folded.is_empty() {
                continue;
            }
            if let Some(rank) = rank(&folded, &key) {
                offer(used_candidate(u, rank), folded.len());
            }
        }
        let mut out: Vec<(MatchRank, usize, Candidate)> = best.into_values().collect();
        out.sort_by(|a, b| (a.0, a.1, &a.2.value).cmp(&(b.0, b.1, &b.2.value)));
        out.into_iter().take(limit).map(|(_, _, c)| c).collect()
    }

    /// The label of a canonical value in the given language (`ransomware` → `Rançongiciel` in French).
    pub fn label(&self, kind: Kind, value: &str, lang: Lang) -> Option<String> {
        let pick = |en: &String, fr: &String| match lang {
            Lang::En => en.clone(),
            Lang::Fr => fr.clone(),
        };
        match kind {
            Kind::Attack => self.attack_type(value).map(|a| pick(&a.en, &a.fr)),
            Kind::Sector => self.sector(value).map(|s| pick(&s.en, &s.fr)),
            Kind::Country => self.country(value).map(|c| pick(&c.en, &c.fr)),
            Kind::Organisation => self.organisation(value).map(|o| match (lang, &o.fr) {
                (Lang::Fr, Some(fr)) => fr.clone(),
                _ => o.name.clone(),
            }),
            Kind::Actor => self.actor(value).map(|a| match (lang, &a.fr) {
                (Lang::Fr, Some(fr)) => fr.clone(),
                _ => a.name.clone(),
            }),
            Kind::Cve | Kind::Used => None,
        }
    }

    pub(crate) fn value_of(&self, kind: Kind, entry: usize) -> &str {
        let value = match kind {
            Kind::Actor => self.actors.get(entry).map(|a| a.name.as_str()),
            Kind::Organisation => self.organisations.get(entry).map(|o| o.name.as_str()),
            Kind::Sector => self.sectors.get(entry).map(|s| s.id.as_str()),
            Kind::Country => self.countries.get(entry).map(|c| c.code.as_str()),
            Kind::Attack => self.attacks.get(entry).map(|a| a.id.as_str()),
            Kind::Cve | Kind::Used => None,
        };
        value.unwrap_or("")
    }

    fn candidate(&self, kind: Kind, entry: usize, matched: &str, rank: MatchRank) -> Candidate {
        let value = self.value_of(kind, entry).to_string();
        let label = self
            .label(kind, &value, Lang::En)
            .unwrap_or_else(|| value.clone());
        Candidate {
            value,
            kind,
            label,
            matched: matched.to_string(),
            rank,
        }
    }
}

fn used_candidate(value: &str, rank: MatchRank) -> Candidate {
    Candidate {
        value: value.to_string(),
        kind: Kind::Used,
        label: value.to_string(),
        matched: value.to_string(),
        rank,
    }
}

/// How `name` matches the typed `key` (both folded), if at all. An empty key matches nothing.
fn rank(name: &str, key: &str) -> Option<MatchRank> {
    if key.is_empty() {
        return None;
    }
    if name == key {
        return Some(MatchRank::Exact);
    }
    if name.starts_with(key) {
        return Some(MatchRank::Prefix);
    }
    let word_prefix = name
        .char_indices()
        .filter(|&(i, _)| i > 0 && !name[..i].chars().next_back().is_some_and(is_word_char))
        .any(|(i, _)| name[i..].starts_with(key));
    if word_prefix {
        return Some(MatchRank::WordPrefix);
    }
    let mut rest = name.chars();
    key.chars()
        .filter(|c| !c.is_whitespace())
        .all(|k| rest.any(|c| c == k))
        .then_some(MatchRank::Subsequence)
}

//! Tagging: the bilingual vocabulary (actors, organisations, sectors, countries, attack types),
//! resolution of typed values for the tag prompts, and suggestions from an article's text.
//!
//! The UI and the CLI decide what to apply: nothing here writes a tag.
//!
//! ```no_run
//! use veille::model::Facet;
//! use veille::tagging::{Resolution, Suggester, Vocabulary};
//! let vocab = Vocabulary::bundled()?;
//! assert!(matches!(vocab.resolve(Facet::Actor, "Fancy Bear", &[]), Resolution::Canonical(c) if c.value == "APT28"));
//! let suggester = Suggester::new(&vocab)?;
//! let s = suggester.suggest("Le rançongiciel LockBit frappe un hôpital", "");
//! println!("{}", serde_json::to_string(&s)?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod accounts_taken;
mod accused;
mod actor_guards;
mod analyse;
mod arrest_charges;
mod article_kind;
mod authorship;
mod cited;
mod claim_gaps;
mod context;
mod counted_among;
mod country_authorities;
mod country_of_hackers;
mod country_of_kinds;
mod country_people;
mod country_places;
mod country_roles;
mod country_spared;
mod cve;
mod data_taken;
mod dateline;
mod defaced;
mod defences;
mod definitions;
mod earlier_in_a_series;
mod entities;
mod error;
mod event_places;
mod exploiters;
mod fakes;
mod flaw_exploited;
mod fold;
mod foreign_ministries;
mod framing;
mod fraud;
mod gang_words;
mod gaps;
mod handles;
mod headline;
mod impersonated;
mod in_passing;
mod index;
mod insider;
mod kinds_listed;
mod law_at_work;
mod lawful_access;
mod lead_subject;
mod locked_out;
mod malware_channel;
mod malware_planted;
mod modus;
mod money_theft;
mod negated_list;
mod new_actors;
mod not_victims;
mod on_the_run;
mod one_attack_acts;
mod opened_mail;
mod outlet_country;
mod own_account;
mod own_incident;
mod person_at_work;
mod phrases;
mod places_of_the_lead;
mod plurals;
mod possibility;
mod press_sources;
#[cfg(test)]
mod press_wording;
mod questions;
mod ranked;
mod ransom;
mod recalled;
mod rejected;
mod resolve;
mod rules;
mod same_group;
mod saw_harmed;
mod short_names;
mod smishing;
mod subject_asides;
mod suggest;
mod sum_demanded;
mod supply_chain;
mod synonyms;
mod targeted_sectors;
mod this_incident;
mod threats;
mod title_rubrics;
mod trigrams;
mod variants;
mod victim_anaphor;
mod victim_authors;
mod victim_confidence;
mod victim_dates;
mod victim_features;
mod victim_full_names;
mod victim_kinds;
mod victim_names;
mod victim_objects;
mod victim_people;
mod victim_rules;
mod victim_sectors;
mod victim_sources;
mod victim_speakers;
mod victims;
mod victims_placed;
mod vocab;

pub use article_kind::ArticleKind;
pub use cve::extract_cves;
pub use error::TaggingError;
pub use rejected::{Rejected, facet_of, is_rejected};
pub use resolve::{Candidate, Kind, MatchRank, Resolution, kinds_of};
pub use suggest::{Confidence, Evidence, Field, Suggester, Suggestion, Suggestions};
/// A name folded as the vocabulary compares names: lower case, French accents and typographic
/// apostrophes and dashes plain (`Rançongiciel` is `rancongiciel`).
pub fn fold_key(s: &str) -> String {
    fold::fold(s)
}

/// [`fold_key`] appended to `out`: a buffer reused across an article's words.
pub(crate) fn fold_key_into(out: &mut String, s: &str) {
    fold::fold_into(out, s);
}

/// Every actor suggested for an article (known and new), as the rules' unit tests read them.
#[cfg(test)]
pub(crate) fn actors_suggested(title: &str, text: &str) -> Vec<Suggestion> {
    let vocab = Vocabulary::bundled().unwrap();
    Suggester::suggest_once(&vocab, title, text).unwrap().actor
}

/// The attack types suggested for an article, as the rules' unit tests read them.
#[cfg(test)]
pub(crate) fn attack_types_suggested(title: &str, text: &str) -> Vec<String> {
    let vocab = Vocabulary::bundled().unwrap();
    let s = Suggester::suggest_once(&vocab, title, text).unwrap();
    s.attack.into_iter().map(|a| a.value).collect()
}

/// The names of [`actors_suggested`].
#[cfg(test)]
pub(crate) fn actor_names_suggested(title: &str, text: &str) -> Vec<String> {
    actors_suggested(title, text)
        .into_iter()
        .map(|s| s.value)
        .collect()
}

pub(crate) use context::MONTHS;
pub(crate) use fold::is_alphanumeric;
pub(crate) use phrases::Occurrences;
pub(crate) use suggest::WordHash;
pub use variants::same_victim;
pub use victim_features::{FEATURE_NAMES, VictimCandidate};
pub(crate) use victim_sources::last_masthead_mark;
pub(crate) use victims::char_at;
pub use vocab::{Actor, AttackType, Country, Organisation, Place, PlaceKind, Sector, Vocabulary};

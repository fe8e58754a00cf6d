//! The tagging rules' tests, one module each, in one test binary: `cargo test --test tagging_rules`
//! (`cargo test --test tagging_rules victims_twelfth` for one module). One binary rather than one per
//! file: each links the whole crate, and a cold CI run linked some eighty of them (stop 37 ran out of
//! disk doing it).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod attack_confidence;
mod attack_s36;
mod attack_s36b;
mod attack_s37;
mod attack_s38;
mod attack_s39;
mod attack_s40;
mod attack_wording;
mod countries_accents;
mod countries_eighteenth;
mod countries_outlet;
mod countries_s36;
mod countries_s37;
mod country_s38;
mod country_s39;
mod country_s40;
mod country_s41;
mod feeds_s37;
mod feeds_s38;
mod lead_s41;
mod lead_subject;
mod names_survive;
mod places_nineteenth;
mod places_twentieth;
mod places_twentyfirst;
mod resolve;
mod sectors_named;
mod sectors_s36;
mod sectors_s36b;
mod sectors_s37;
mod suggest;
#[path = "../support/suggestions.rs"]
mod suggestions;
mod supply_chain_press;
mod victim_kinds;
mod victim_roles;
mod victims_eighteenth;
mod victims_fifteenth;
mod victims_fourteenth;
mod victims_nineteenth;
mod victims_s36;
mod victims_s36b;
mod victims_s37;
mod victims_s38;
mod victims_s39;
mod victims_s40;
mod victims_s41;
mod victims_seventeenth;
mod victims_sixteenth;
mod victims_thirteenth;
mod victims_titles;
mod victims_towns;
mod victims_twelfth;
mod victims_twentieth;
mod victims_twentysecond;
mod victims_unseen;
mod vocabulary;

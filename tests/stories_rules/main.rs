//! The story rules' tests on real reports of the read gold splits, one module each, in one test
//! binary: `cargo test --test stories_rules` (see `tests/tagging_rules/main.rs` for why one binary).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod apposed_names;
mod eighteenth;
mod exonym_addresses;
mod later_turns;
mod reports;
mod s37;
mod s38;
mod s39_precision;
mod s39_recall;
mod s40_precision;
mod s40_recall;
mod s41_precision;
mod s41_recall;
mod seventeenth;
mod shared_counts;
mod twentieth;
mod twentyfirst;

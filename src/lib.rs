//! veille: fetch French and English security news into a local store, read it, tag it, export it.
#![forbid(unsafe_code)]

pub mod atomic_file;
pub mod cli;
pub mod config;
pub mod export;
pub mod feed;
pub mod html;
pub mod i18n;
pub mod model;
pub mod panics;
pub mod refresh;
pub mod store;
pub mod stories;
pub mod tagging;
pub mod taxii;
pub mod text;
pub mod tui;

//! Errors of the tagging module: each names the vocabulary file and the entry at fault.
use std::path::PathBuf;

/// What can go wrong while loading a vocabulary.
#[derive(Debug, thiserror::Error)]
pub enum TaggingError {
    /// The file is not valid TOML or does not follow the vocabulary schema.
    #[error("vocabulary file {file}: {source}")]
    Parse {
        /// Which file (a bundled path or the user's).
        file: String,
        /// The TOML error, with line and column.
        #[source]
        source: Box<toml::de::Error>,
    },
    /// A bundled file's compiled (JSON) form does not follow the vocabulary schema: build.rs
    /// converts the TOML as it is, so the TOML file named has a field veille does not know.
    #[error("bundled vocabulary file {file}: {source}")]
    Compiled {
        /// Which bundled file.
        file: String,
        /// The schema error.
        #[source]
        source: serde_json::Error,
    },
    /// An entry is unusable (empty id, unknown sector...).
    #[error("vocabulary file {file}: {kind} {id:?}: {problem}")]
    Invalid {
        /// Which file.
        file: String,
        /// Entry kind (`attack`, `sector`, `organisation`, `country`, `actor`).
        kind: &'static str,
        /// The entry's id or name.
        id: String,
        /// What is wrong with it.
        problem: String,
    },
    /// The user's vocabulary file could not be read.
    #[error("cannot read vocabulary file {path}: {source}")]
    Io {
        /// The path given.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The matching automaton could not be built from the vocabulary (too many or too long names).
    #[error("cannot build the suggestion matcher from the vocabulary: {0}")]
    Matcher(String),
}

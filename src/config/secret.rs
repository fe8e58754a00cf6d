//! A password or token from the configuration: readable by the code that sends it, never printed.
use serde::Deserialize;

/// A secret string. `Debug` shows `Secret(…)`, and there is no `Display`: a configuration dumped
/// for debugging, or a value formatted into an error, cannot reveal it.
#[derive(Clone, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(value: String) -> Secret {
        Secret(value)
    }

    /// The secret itself, for the one place that sends it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn debug_output_never_shows_the_secret() {
        let secret = super::Secret::new("hunter2".into());
        assert_eq!(format!("{secret:?}"), "Secret(…)");
        assert_eq!(secret.expose(), "hunter2");
    }
}

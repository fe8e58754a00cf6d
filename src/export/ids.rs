//! Deterministic identifiers: UUIDv5 of a stable key, so exporting the same data twice gives the same ids.
use uuid::Uuid;

/// veille's namespace for every UUIDv5 it derives (itself UUIDv5 of the project's URL in the URL namespace).
fn namespace() -> Uuid {
    Uuid::new_v5(
        &Uuid::NAMESPACE_URL,
        b"https://github.com/veille/veille/export",
    )
}

/// The UUIDv5 of `key` under veille's namespace.
pub fn uuid_of(key: &str) -> Uuid {
    Uuid::new_v5(&namespace(), key.as_bytes())
}

/// A STIX identifier: `type--uuid` with the uuid derived from the type and the key.
pub fn stix_id(object_type: &str, key: &str) -> String {
    format!(
        "{object_type}--{}",
        uuid_of(&format!("{object_type}:{key}"))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_depend_only_on_the_key() {
        assert_eq!(stix_id("report", "a"), stix_id("report", "a"));
        assert_ne!(stix_id("report", "a"), stix_id("report", "b"));
        assert_ne!(stix_id("report", "a"), stix_id("note", "a"));
        assert_eq!(uuid_of("a").get_version_num(), 5);
    }
}

//! The TAXII 2.1 status resource a server returns for posted objects (spec section 4.3.1), and
//! which of the objects sent it says were accepted.
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashSet;

/// A status resource, as far as a push needs it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub(super) struct Status {
    /// Its id, for polling `{api_root}status/{id}/`.
    pub(super) id: String,
    /// `complete` or `pending`.
    pub(super) status: String,
    /// Objects the server added (or already had).
    #[serde(default)]
    pub(super) success_count: u64,
    /// Objects it refused.
    #[serde(default)]
    pub(super) failure_count: u64,
    /// Objects still being processed.
    #[serde(default)]
    pub(super) pending_count: u64,
    /// The objects added, when the server lists them.
    #[serde(default)]
    pub(super) successes: Vec<Detail>,
    /// The objects refused, when the server lists them (with why).
    #[serde(default)]
    pub(super) failures: Vec<Detail>,
    /// The objects still pending, when the server lists them.
    #[serde(default)]
    pub(super) pendings: Vec<Detail>,
}

/// One object in a status resource.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub(super) struct Detail {
    /// The object's STIX id.
    pub(super) id: String,
    /// Why it was refused (failures only, optional).
    #[serde(default)]
    pub(super) message: Option<String>,
}

impl Status {
    /// Reads a status resource; `None` when `value` is not one.
    pub(super) fn parse(value: Value) -> Option<Status> {
        serde_json::from_value(value).ok()
    }

    /// Whether the server has finished with every object.
    pub(super) fn is_complete(&self) -> bool {
        self.status == "complete"
    }

    /// Of the objects `sent` (their ids), those the server accepted: the ones it lists as
    /// successes; when it lists none but its counts account for every object, all those not
    /// listed as failed or pending. Otherwise none: they are sent again next time, which a
    /// server ignores for an id and version it already has.
    pub(super) fn accepted<'a>(&self, sent: &[&'a str]) -> Vec<&'a str> {
        if !self.successes.is_empty() {
            let listed: HashSet<&str> = self.successes.iter().map(|d| d.id.as_str()).collect();
            return sent
                .iter()
                .copied()
                .filter(|id| listed.contains(id))
                .collect();
        }
        let failed = self.failures.iter().chain(&self.pendings);
        let not_accepted: HashSet<&str> = failed.map(|d| d.id.as_str()).collect();
        let fully_listed = self.failures.len() as u64 == self.failure_count
            && self.pendings.len() as u64 == self.pending_count;
        let rest: Vec<&str> = sent
            .iter()
            .copied()
            .filter(|id| !not_accepted.contains(id))
            .collect();
        if fully_listed && rest.len() as u64 == self.success_count {
            rest
        } else {
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_complete_status_with_lists_gives_the_listed_successes() {
        // As medallion 3.0.0 answers a post of two objects, one of which it already had.
        let status = Status::parse(json!({
            "id": "2d086da7-4bdc-4f91-900e-d77486753710",
            "status": "complete",
            "request_timestamp": "2026-11-30T09:26:19.125627Z",
            "total_count": 2, "success_count": 1, "failure_count": 1, "pending_count": 0,
            "successes": [{"id": "report--a", "version": "2026-08-20T10:00:00.000Z"}],
            "failures": [{"id": "identity--b", "version": "2026-08-20T10:00:00.000Z",
                          "message": "Unable to process object"}]
        }))
        .unwrap();
        assert!(status.is_complete());
        assert_eq!(
            status.accepted(&["report--a", "identity--b"]),
            ["report--a"]
        );
        assert_eq!(
            status.failures[0].message.as_deref(),
            Some("Unable to process object")
        );
    }

    #[test]
    fn without_lists_the_counts_must_account_for_every_object() {
        let sent = ["report--a", "identity--b", "location--c"];
        let all = Status::parse(json!({
            "id": "s1", "status": "complete", "total_count": 3,
            "success_count": 3, "failure_count": 0, "pending_count": 0
        }))
        .unwrap();
        assert_eq!(all.accepted(&sent), sent);
        let one_failed = Status::parse(json!({
            "id": "s2", "status": "complete", "total_count": 3,
            "success_count": 2, "failure_count": 1, "pending_count": 0,
            "failures": [{"id": "identity--b", "message": "no"}]
        }))
        .unwrap();
        assert_eq!(one_failed.accepted(&sent), ["report--a", "location--c"]);
        // A failure counted but not named: which one is unknown, so none is recorded.
        let unnamed = Status::parse(json!({
            "id": "s3", "status": "complete", "total_count": 3,
            "success_count": 2, "failure_count": 1, "pending_count": 0
        }))
        .unwrap();
        assert!(unnamed.accepted(&sent).is_empty());
    }

    #[test]
    fn pending_until_the_server_says_complete() {
        let pending = Status::parse(json!({
            "id": "s4", "status": "pending", "total_count": 2,
            "success_count": 1, "failure_count": 0, "pending_count": 1,
            "successes": [{"id": "report--a"}], "pendings": [{"id": "identity--b"}]
        }))
        .unwrap();
        assert!(!pending.is_complete());
        assert_eq!(
            pending.accepted(&["report--a", "identity--b"]),
            ["report--a"]
        );
    }

    #[test]
    fn anything_else_is_not_a_status() {
        for value in [
            json!({"title": "Unauthorized", "http_status": "401"}),
            json!([]),
            json!({"id": 3, "status": "complete"}),
            json!({"id": "s", "status": "complete", "success_count": -1}),
        ] {
            assert!(Status::parse(value.clone()).is_none(), "{value}");
        }
    }
}

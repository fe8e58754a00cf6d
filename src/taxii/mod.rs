//! `veille push taxii`: the STIX 2.1 objects of the selected articles, posted to a TAXII 2.1
//! collection.
//!
//! The objects are exactly those of `veille export --format stix` ([`stix_objects`]). The push
//! reads the API root's information (its `max_content_length`) and the collection's (it must be
//! writable), skips the objects the collection already accepted from this store with the same
//! content, packs the rest into envelopes no larger than the server accepts, posts them, and polls
//! each status resource until the server says it is complete. What the server accepted is recorded
//! (one small table), so pushing unchanged articles again sends nothing.
mod client;
mod credentials;
mod envelope;
mod status;
mod target;

use crate::config::FetchSettings;
use crate::export::{self, ExportError, ExportItem, Format, Options};
use crate::store::{PushedObject, Store, StoreError};
use crate::tagging::Vocabulary;
use client::Client;
use serde_json::Value;
use sha2::{Digest, Sha256};
use status::Status;
use std::collections::HashSet;
use std::time::{Duration, Instant};

pub use credentials::{Credentials, ENV_PASSWORD, ENV_TOKEN, ENV_USER, Origin, resolve};
pub use target::Target;

/// Envelope size when the server states no `max_content_length`.
pub const DEFAULT_MAX_ENVELOPE: usize = 1024 * 1024;
/// Largest envelope sent even to a server that accepts more: one request stays well within the
/// `[fetch]` timeout.
pub const MAX_ENVELOPE: usize = 8 * 1024 * 1024;
/// How long status resources are polled, for the whole push, before objects are left pending.
pub const STATUS_WAIT: Duration = Duration::from_secs(60);

/// Why a push failed.
#[derive(Debug, thiserror::Error)]
pub enum TaxiiError {
    /// The URL or collection given cannot be used (bad usage).
    #[error("{0}")]
    BadTarget(String),
    /// The credentials in the environment or the configuration are incomplete or malformed.
    #[error("TAXII credentials {0}")]
    Credentials(String),
    /// 401.
    #[error("HTTP 401 Unauthorized: {url} rejected {who}")]
    Unauthorized {
        /// The resource.
        url: String,
        /// Which credentials, from where (never their value).
        who: String,
    },
    /// 403.
    #[error("HTTP 403 Forbidden: not allowed to {action} with {who}{detail}")]
    Forbidden {
        /// What the request was for.
        action: String,
        /// Which credentials, from where.
        who: String,
        /// The server's words, sanitized.
        detail: String,
    },
    /// 404.
    #[error("HTTP 404 Not Found: {url}{detail} (check the API root URL and the collection id)")]
    NotFound {
        /// The resource.
        url: String,
        /// The server's words, sanitized.
        detail: String,
    },
    /// A 3xx answer, which is not followed.
    #[error(
        "{url} redirects to {location}: veille does not follow redirects when pushing, so the \
         credentials go only to the URL given; push to the API root it names"
    )]
    Redirect {
        /// The resource.
        url: String,
        /// Where it points, sanitized.
        location: String,
    },
    /// Any other error status.
    #[error("HTTP {status} when trying to {action}{detail}")]
    Http {
        /// The status code.
        status: u16,
        /// What the request was for.
        action: String,
        /// The server's words, sanitized.
        detail: String,
    },
    /// The server does not answer as a TAXII 2.1 API root does.
    #[error("{0}")]
    NotTaxii(String),
    /// The collection does not take objects from these credentials.
    #[error("collection {collection} is read-only for {who} (can_write is false)")]
    ReadOnly {
        /// The collection id.
        collection: String,
        /// Which credentials, from where.
        who: String,
    },
    /// Connection, TLS, timeout.
    #[error("{0}")]
    Network(String),
    /// Reading the articles or recording what was accepted.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Building the STIX objects.
    #[error(transparent)]
    Export(#[from] ExportError),
}

/// An object the server refused, with its reason (sanitized).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The object's STIX id, as the server names it.
    pub id: String,
    /// The server's reason, if it gave one.
    pub message: Option<String>,
}

/// What a push did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PushReport {
    /// The collection's objects URL.
    pub collection: String,
    /// STIX objects of the selected articles.
    pub objects: usize,
    /// Of them, accepted earlier by this collection with the same content: not sent.
    pub unchanged: usize,
    /// Objects sent.
    pub sent: usize,
    /// Requests (envelopes) posted.
    pub requests: usize,
    /// Bytes posted.
    pub bytes: usize,
    /// The envelope size limit used.
    pub limit: usize,
    /// The server's `success_count`, summed.
    pub accepted: u64,
    /// The server's `failure_count`, summed.
    pub refused: u64,
    /// The server's `pending_count` when polling stopped, summed.
    pub pending: u64,
    /// The refusals the server named (it may count more than it names).
    pub refusals: Vec<Refusal>,
    /// Objects too large for one envelope: not sent (id, size in bytes).
    pub too_large: Vec<(String, usize)>,
    /// Objects sent again because their content changed while their STIX version (`modified`)
    /// did not: a server keeping one copy per version may refuse or ignore them.
    pub changed_same_version: usize,
}

/// The STIX objects `veille export --format stix` writes for `items`, in the same order.
pub fn stix_objects(
    items: &[ExportItem],
    vocab: &Vocabulary,
    options: &Options,
) -> Result<Vec<Value>, ExportError> {
    let mut bytes = Vec::new();
    export::write(Format::Stix, items, vocab, options, &mut bytes)?;
    let mut bundle: Value = serde_json::from_slice(&bytes)?;
    Ok(match bundle.get_mut("objects").map(Value::take) {
        Some(Value::Array(objects)) => objects,
        _ => Vec::new(),
    })
}

/// One object ready to send.
struct Prepared {
    id: String,
    version: String,
    json: Vec<u8>,
    digest: String,
}

impl Prepared {
    fn new(object: &Value) -> Result<Prepared, ExportError> {
        let text = |key: &str| object.get(key).and_then(Value::as_str).map(str::to_owned);
        let json = serde_json::to_vec(object)?;
        Ok(Prepared {
            id: text("id").unwrap_or_default(),
            version: text("modified")
                .or_else(|| text("created"))
                .unwrap_or_default(),
            digest: format!("{:x}", Sha256::digest(&json)),
            json,
        })
    }
}

/// Pushes `objects` to `target`, recording in `store` what the collection accepted. With
/// `resend`, objects it accepted before are sent again too (a collection emptied since).
pub async fn push(
    store: &mut Store,
    target: &Target,
    credentials: Credentials,
    origin: Origin,
    settings: &FetchSettings,
    objects: &[Value],
    resend: bool,
) -> Result<PushReport, TaxiiError> {
    let client = Client::new(settings, credentials, origin)?;
    let limit = api_root_limit(&client, target).await?;
    check_writable(&client, target).await?;

    let key = target.objects_url().to_string();
    let mut report = PushReport {
        collection: key.clone(),
        objects: objects.len(),
        limit,
        ..PushReport::default()
    };
    let accepted_before = if resend {
        Default::default()
    } else {
        store.taxii_pushed(&key)?
    };
    let mut to_send = Vec::new();
    for object in objects {
        let prepared = Prepared::new(object)?;
        match accepted_before.get(&prepared.id) {
            Some((_, digest)) if *digest == prepared.digest => report.unchanged += 1,
            Some((version, _)) if *version == prepared.version => {
                report.changed_same_version += 1;
                to_send.push(prepared);
            }
            _ => to_send.push(prepared),
        }
    }

    let serialized: Vec<Vec<u8>> = to_send.iter().map(|p| p.json.clone()).collect();
    let packed = envelope::pack(&serialized, limit);
    report.too_large = packed
        .too_large
        .iter()
        .map(|&i| (to_send[i].id.clone(), to_send[i].json.len()))
        .collect();
    let objects_url = target.objects_url();
    let action = format!(
        "add objects to collection {}",
        client.server_words(target.collection())
    );
    let started = Instant::now();
    for envelope in packed.envelopes {
        report.requests += 1;
        report.sent += envelope.objects.len();
        report.bytes += envelope.body.len();
        let answer = client.post(&objects_url, envelope.body, &action).await?;
        let status = settle(&client, target, answer, started + STATUS_WAIT).await?;
        report.accepted += status.success_count;
        report.refused += status.failure_count;
        report.pending += status.pending_count;
        report
            .refusals
            .extend(status.failures.iter().map(|d| Refusal {
                id: client.server_words(&d.id),
                message: d.message.as_deref().map(|m| client.server_words(m)),
            }));
        let sent: Vec<&str> = envelope
            .objects
            .iter()
            .map(|&i| to_send[i].id.as_str())
            .collect();
        let accepted: HashSet<&str> = status.accepted(&sent).into_iter().collect();
        let accepted: Vec<PushedObject> = envelope
            .objects
            .iter()
            .map(|&i| &to_send[i])
            .filter(|p| accepted.contains(p.id.as_str()))
            .map(|p| PushedObject {
                object_id: p.id.clone(),
                version: p.version.clone(),
                digest: p.digest.clone(),
            })
            .collect();
        // Recorded envelope by envelope: an interrupted push keeps what was already accepted.
        store.record_taxii_pushed(&key, &accepted)?;
    }
    Ok(report)
}

/// Reads the API root's information; returns the envelope size limit to use.
async fn api_root_limit(client: &Client, target: &Target) -> Result<usize, TaxiiError> {
    let url = target.api_root();
    let info = client.get(url, "read the API root").await?;
    if let Some(roots) = info.get("api_roots").and_then(Value::as_array) {
        let roots: Vec<String> = roots
            .iter()
            .filter_map(Value::as_str)
            .map(|r| client.server_words(r))
            .collect();
        return Err(TaxiiError::NotTaxii(format!(
            "{} is a TAXII discovery endpoint, not an API root: push to one of its API roots ({})",
            target::shown(url),
            roots.join(", ")
        )));
    }
    let versions: Vec<&str> = match info.get("versions") {
        Some(Value::Array(versions)) => versions.iter().filter_map(Value::as_str).collect(),
        _ => {
            return Err(TaxiiError::NotTaxii(format!(
                "{} is not a TAXII 2.1 API root (its answer lists no versions)",
                target::shown(url)
            )));
        }
    };
    if !versions
        .iter()
        .any(|v| v.replace(' ', "").eq_ignore_ascii_case(client::MEDIA_TYPE))
    {
        return Err(TaxiiError::NotTaxii(format!(
            "the API root {} does not offer TAXII 2.1",
            target::shown(url)
        )));
    }
    Ok(envelope_limit(
        info.get("max_content_length").and_then(Value::as_u64),
    ))
}

/// The envelope size: the server's `max_content_length`, at most [`MAX_ENVELOPE`]; without
/// one, [`DEFAULT_MAX_ENVELOPE`].
fn envelope_limit(max_content_length: Option<u64>) -> usize {
    match max_content_length {
        Some(n) if n > 0 => usize::try_from(n).unwrap_or(usize::MAX).min(MAX_ENVELOPE),
        _ => DEFAULT_MAX_ENVELOPE,
    }
}

/// Refuses a collection the credentials cannot write to, before anything is sent.
async fn check_writable(client: &Client, target: &Target) -> Result<(), TaxiiError> {
    let collection = client.server_words(target.collection());
    let info = client
        .get(
            &target.collection_url(),
            &format!("read collection {collection}"),
        )
        .await?;
    if info.get("can_write") == Some(&Value::Bool(false)) {
        return Err(TaxiiError::ReadOnly {
            collection,
            who: client.who(),
        });
    }
    Ok(())
}

/// Reads the status a post returned and polls it until it is complete or `deadline` passes.
async fn settle(
    client: &Client,
    target: &Target,
    answer: Value,
    deadline: Instant,
) -> Result<Status, TaxiiError> {
    let not_status = || {
        TaxiiError::NotTaxii(format!(
            "the answer to posting objects to {} is not a TAXII status resource",
            target::shown(&target.objects_url())
        ))
    };
    let mut status = Status::parse(answer).ok_or_else(not_status)?;
    let mut pause = Duration::from_millis(250);
    while !status.is_complete() && Instant::now() + pause <= deadline {
        if target::is_dot_segment(&status.id) {
            break;
        }
        tokio::time::sleep(pause).await;
        pause = (pause * 2).min(Duration::from_secs(4));
        let url = target.status_url(&status.id);
        let action = format!("read status {}", client.server_words(&status.id));
        status = Status::parse(client.get(&url, &action).await?).ok_or_else(not_status)?;
    }
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_envelope_limit_follows_the_server_within_bounds() {
        assert_eq!(envelope_limit(Some(20_000)), 20_000);
        assert_eq!(envelope_limit(Some(10 * 1024 * 1024 * 1024)), MAX_ENVELOPE);
        assert_eq!(envelope_limit(Some(0)), DEFAULT_MAX_ENVELOPE);
        assert_eq!(envelope_limit(None), DEFAULT_MAX_ENVELOPE);
    }

    #[test]
    fn an_objects_version_is_its_modified_else_its_created() {
        let modified = Prepared::new(&serde_json::json!({
            "id": "report--1", "created": "2026-01-01T00:00:00.000Z",
            "modified": "2026-02-01T00:00:00.000Z"
        }))
        .unwrap();
        assert_eq!(modified.version, "2026-02-01T00:00:00.000Z");
        let created = Prepared::new(&serde_json::json!({
            "id": "marking-definition--1", "created": "2017-01-20T00:00:00.000Z"
        }))
        .unwrap();
        assert_eq!(created.version, "2017-01-20T00:00:00.000Z");
        assert_eq!(created.digest.len(), 64);
    }
}

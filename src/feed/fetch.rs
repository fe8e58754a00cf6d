//! HTTP fetching of feeds and pages: bounded concurrency with a per-host limit, conditional GET,
//! compression, timeouts, body and redirect limits, Retry-After, and a host policy keeping
//! requests off private addresses.
use crate::config::FetchSettings;
use crate::model::Validators;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use url::Url;

mod attempt;
mod limits;
mod moves;
mod policy;
mod reason;
mod retry_after;

use attempt::Step;
use limits::Limits;
use moves::Moves;
pub use policy::names_private_host;
use policy::{HostPolicy, Refused};
use reason::Failure;

/// Pause before retrying a refused or dropped connection: long enough for a restarting server,
/// short enough not to stall a run.
const TRANSIENT_BACKOFF: Duration = Duration::from_millis(500);

/// A successful response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchOutcome {
    /// 304: nothing changed since the validators were stored.
    NotModified,
    /// 200 with a body.
    Fetched(Fetched),
}

/// A fetched document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    /// The body, decompressed, at most `max_body_bytes`.
    pub body: Vec<u8>,
    /// `Content-Type` header.
    pub content_type: Option<String>,
    /// Validators to send next time.
    pub validators: Validators,
    /// The URL after redirects.
    pub final_url: String,
}

/// Why a fetch failed; the message is what the user reads next to the feed's name.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    /// Not an http(s) URL.
    #[error("invalid URL: {0}")]
    InvalidUrl(String),
    /// The whole request took longer than the timeout.
    #[error("timed out after {0} s")]
    Timeout(u64),
    /// The server answered with an error status.
    #[error("HTTP {0}")]
    Status(u16),
    /// The server asked to come back later (429/503 with Retry-After).
    #[error("HTTP {status}: server asks to retry after {} s", retry_after.as_secs())]
    RetryLater {
        /// 429 or 503.
        status: u16,
        /// How long it asked to wait.
        retry_after: Duration,
    },
    /// The body (after decompression) is larger than allowed.
    #[error("response larger than {0} bytes")]
    TooLarge(u64),
    /// Too many redirects (or a loop).
    #[error("too many redirects (more than {0})")]
    TooManyRedirects(usize),
    /// The URL, a redirect or a resolved name leads to a private address (see `policy`).
    #[error("refused: {0} (allow_private = true in [fetch] allows private addresses)")]
    Refused(String),
    /// Connection, TLS or protocol failure.
    #[error("{0}")]
    Network(String),
}

/// A shared HTTP client enforcing the limits of `FetchSettings`.
///
/// Clones share the connection pools and the concurrency slots, so one `Fetcher` bounds a whole run.
#[derive(Clone)]
pub struct Fetcher {
    /// One client per host policy: the policy lives in the client's resolver and redirect rule.
    /// Public subscriptions share one; each subscription on a private host has its own.
    clients: Arc<Mutex<HashMap<HostPolicy, reqwest::Client>>>,
    settings: FetchSettings,
    limits: Limits,
    /// The permanent redirects each request followed, shared by every client.
    moves: Moves,
}

impl Fetcher {
    /// Builds the client (TLS, compression, redirects, timeouts, User-Agent).
    pub fn new(settings: &FetchSettings) -> Result<Fetcher, FetchError> {
        // reqwest is built without a crypto provider (ring is smaller to build than aws-lc); the
        // error only says another part of the process installed one first, which is just as good.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let fetcher = Fetcher {
            clients: Arc::new(Mutex::new(HashMap::new())),
            settings: settings.clone(),
            limits: Limits::new(settings.concurrency, settings.per_host),
            moves: Moves::default(),
        };
        // Built now, so that bad settings (an invalid User-Agent) fail here and not per feed.
        fetcher.client(&HostPolicy::for_feed(settings.allow_private, None))?;
        Ok(fetcher)
    }

    /// The time allowed for one request (`fetch.timeout_secs`), which work on its answer, such as a
    /// page's full-text extraction, is held to as well.
    pub fn timeout(&self) -> Duration {
        Duration::from_secs(self.settings.timeout_secs)
    }

    /// The client enforcing `policy`, built the first time it is needed.
    fn client(&self, policy: &HostPolicy) -> Result<reqwest::Client, FetchError> {
        // A poisoned map is still consistent: entries are only ever inserted whole.
        let mut clients = self.clients.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(client) = clients.get(policy) {
            return Ok(client.clone());
        }
        let client = build_client(&self.settings, policy, self.moves.clone())?;
        clients.insert(policy.clone(), client.clone());
        Ok(client)
    }

    /// GETs the subscription `url`, waiting for a global and a per-host slot, sending the
    /// validators: [`Fetcher::fetch_for`] on behalf of `url` itself.
    pub async fn fetch(
        &self,
        url: &str,
        validators: &Validators,
    ) -> Result<FetchOutcome, FetchError> {
        self.fetch_for(url, validators, Some(url)).await
    }

    /// GETs `url` on behalf of the subscription at `feed_url` (an article page of that feed, say;
    /// `None` for none): private addresses are refused, except the subscription's own host and
    /// port when it is on one, or all of them with `allow_private`.
    ///
    /// Retries once, either after a Retry-After no longer than `max_retry_wait_secs` or after a
    /// refused or dropped connection; the slots are released while it waits.
    pub async fn fetch_for(
        &self,
        url: &str,
        validators: &Validators,
        feed_url: Option<&str>,
    ) -> Result<FetchOutcome, FetchError> {
        let url = parse_url(url)?;
        let feed_url = feed_url.and_then(|f| Url::parse(f.trim()).ok());
        let policy = HostPolicy::for_feed(self.settings.allow_private, feed_url.as_ref());
        policy.check_url(&url).map_err(refused)?;
        let client = self.client(&policy)?;
        let host = url.host_str().unwrap_or_default().to_owned();
        let max_wait = Duration::from_secs(self.settings.max_retry_wait_secs);
        let mut retried = false;
        loop {
            let result = {
                let _permits = self.limits.acquire(&host).await?;
                self.attempt(&client, &url, validators).await
            };
            match result {
                Ok(Step::Done(outcome)) => return Ok(outcome),
                Ok(Step::Throttled { status, wait }) if retried || wait > max_wait => {
                    return Err(FetchError::RetryLater {
                        status,
                        retry_after: wait,
                    });
                }
                Ok(Step::Throttled { wait, .. }) => tokio::time::sleep(wait).await,
                Err(failure) if failure.transient && !retried => {
                    tokio::time::sleep(TRANSIENT_BACKOFF).await;
                }
                Err(failure) => return Err(failure.error),
            }
            retried = true;
        }
    }

    /// Where the last request of `url` was redirected for good (301 or 308 from the start of its
    /// redirects), if it was: a subscription that moved, whose user should update it.
    pub fn moved_permanently(&self, url: &str) -> Option<String> {
        let url = parse_url(url).ok()?;
        self.moves.moved_to(&url).map(String::from)
    }

    /// One exchange under the whole-request timeout (the semaphore waits are not counted).
    async fn attempt(
        &self,
        client: &reqwest::Client,
        url: &Url,
        validators: &Validators,
    ) -> Result<Step, Failure> {
        // What this exchange meets is recorded afresh, not mixed with an earlier one's.
        self.moves.forget(url);
        let limit = Duration::from_secs(self.settings.timeout_secs);
        let exchange = attempt::run(client, &self.settings, url, validators);
        match tokio::time::timeout(limit, exchange).await {
            Ok(result) => result,
            Err(_) => Err(Failure::permanent(FetchError::Timeout(
                self.settings.timeout_secs,
            ))),
        }
    }
}

/// The HTTP client for `policy`: TLS, compression, timeouts, User-Agent, and the policy checked on
/// every resolved name and every redirect, each followed hop recorded in `moves`.
fn build_client(
    settings: &FetchSettings,
    policy: &HostPolicy,
    moves: Moves,
) -> Result<reqwest::Client, FetchError> {
    let user_agent =
        reqwest::header::HeaderValue::from_str(&settings.user_agent).map_err(|_| {
            FetchError::Network(format!("invalid User-Agent {:?}", settings.user_agent))
        })?;
    let limited = reqwest::redirect::Policy::limited(settings.max_redirects);
    let hops = policy.clone();
    // Every hop is checked: a public feed must not bounce veille to 169.254.169.254.
    let redirects =
        reqwest::redirect::Policy::custom(move |attempt| match hops.check_url(attempt.url()) {
            Err(refused) => attempt.error(refused),
            Ok(()) => {
                moves.record(attempt.status(), attempt.url(), attempt.previous());
                limited.redirect(attempt)
            }
        });
    reqwest::Client::builder()
        .tls_backend_rustls()
        .user_agent(user_agent)
        .gzip(true)
        .brotli(true)
        .deflate(true)
        .redirect(redirects)
        .dns_resolver(policy.resolver())
        .connect_timeout(Duration::from_secs(settings.connect_timeout_secs))
        // Covers the body too, so a server trickling bytes cannot keep a request alive.
        .timeout(Duration::from_secs(settings.timeout_secs))
        .build()
        .map_err(|err| FetchError::Network(format!("cannot set up HTTP: {err}")))
}

fn refused(refused: Refused) -> FetchError {
    FetchError::Refused(refused.to_string())
}

/// Accepts only absolute http(s) URLs with a host, before any slot is taken.
fn parse_url(url: &str) -> Result<Url, FetchError> {
    let parsed =
        Url::parse(url.trim()).map_err(|err| FetchError::InvalidUrl(format!("{url}: {err}")))?;
    match parsed.scheme() {
        "http" | "https" if parsed.host_str().is_some_and(|h| !h.is_empty()) => Ok(parsed),
        "http" | "https" => Err(FetchError::InvalidUrl(format!("{url}: no host"))),
        other => Err(FetchError::InvalidUrl(format!(
            "{url}: unsupported scheme {other}"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_urls_are_fetched() {
        assert!(parse_url("https://www.cert.ssi.gouv.fr/feed/").is_ok());
        for bad in [
            "file:///etc/passwd",
            "ftp://example.org/feed",
            "not a url",
            "/feed.xml",
        ] {
            assert!(
                matches!(parse_url(bad), Err(FetchError::InvalidUrl(_))),
                "{bad} accepted"
            );
        }
    }
}

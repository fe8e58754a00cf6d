//! Condenses reqwest's nested errors into a short reason a user can read, and decides whether the
//! failure is worth one more try.
use super::FetchError;
use super::policy::Refused;
use crate::config::FetchSettings;
use std::error::Error as StdError;
use std::io;

/// A failed attempt: what to tell the user and whether retrying may help.
#[derive(Debug)]
pub(super) struct Failure {
    /// The error reported if no retry happens or the retry fails too.
    pub(super) error: FetchError,
    /// A dropped or refused connection, which often succeeds a moment later.
    pub(super) transient: bool,
}

impl Failure {
    /// A failure that retrying would not fix (a status, a size, a timeout...).
    pub(super) fn permanent(error: FetchError) -> Failure {
        Failure {
            error,
            transient: false,
        }
    }

    fn network(reason: String, transient: bool) -> Failure {
        Failure {
            error: FetchError::Network(reason),
            transient,
        }
    }
}

/// Turns a reqwest error (from sending or from reading the body) into a `Failure`.
pub(super) fn classify(err: &reqwest::Error, settings: &FetchSettings) -> Failure {
    if err.is_timeout() {
        let secs = if err.is_connect() {
            settings.connect_timeout_secs
        } else {
            settings.timeout_secs
        };
        return Failure::permanent(FetchError::Timeout(secs));
    }
    // Before `is_redirect`: a redirect to a private address is a refusal, not a loop.
    if let Some(refused) = chain(err)
        .into_iter()
        .find_map(|cause| cause.downcast_ref::<Refused>())
    {
        return Failure::permanent(FetchError::Refused(refused.to_string()));
    }
    if err.is_redirect() {
        return Failure::permanent(FetchError::TooManyRedirects(settings.max_redirects));
    }
    if err.is_dns() {
        return Failure::network("cannot resolve the host name".to_owned(), false);
    }
    for cause in chain(err) {
        if let Some(tls) = cause.downcast_ref::<rustls::Error>() {
            return Failure::network(format!("TLS error: {tls}"), false);
        }
        if let Some(io) = cause.downcast_ref::<io::Error>()
            && let Some(failure) = from_io(io)
        {
            return failure;
        }
    }
    let root = root_message(err);
    // hyper reports a connection closed mid-response only through its message.
    if root.contains("connection closed") || root.contains("reset") {
        let reason = "connection closed before the response was complete";
        return Failure::network(reason.to_owned(), true);
    }
    if err.is_decode() {
        return Failure::network(format!("cannot decode the response body: {root}"), false);
    }
    Failure::network(root, false)
}

fn from_io(io: &io::Error) -> Option<Failure> {
    use io::ErrorKind::*;
    let (reason, transient) = match io.kind() {
        ConnectionRefused => ("connection refused", true),
        ConnectionReset => ("connection reset by the server", true),
        ConnectionAborted | BrokenPipe | UnexpectedEof => ("connection closed unexpectedly", true),
        NotConnected | AddrNotAvailable | HostUnreachable | NetworkUnreachable => {
            ("host unreachable", false)
        }
        _ => return None,
    };
    Some(Failure::network(reason.to_owned(), transient))
}

/// Every error below `err`, including the ones an `io::Error` wraps (its `source` skips them).
fn chain(err: &reqwest::Error) -> Vec<&(dyn StdError + 'static)> {
    let mut causes = Vec::new();
    let mut next = err.source();
    while let Some(cause) = next {
        causes.push(cause);
        next = match cause
            .downcast_ref::<io::Error>()
            .and_then(io::Error::get_ref)
        {
            Some(inner) => {
                causes.push(inner);
                inner.source()
            }
            None => cause.source(),
        };
    }
    causes
}

/// The innermost message, which names the actual problem, without the OS error number.
fn root_message(err: &reqwest::Error) -> String {
    let message = match chain(err).last() {
        Some(root) => root.to_string(),
        None => err.to_string(),
    };
    match message.find(" (os error") {
        Some(cut) => message[..cut].to_owned(),
        None => message,
    }
}

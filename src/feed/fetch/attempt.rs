//! One HTTP exchange: the conditional request, the status, and the body read under a size cap.
use super::reason::{Failure, classify};
use super::{FetchError, FetchOutcome, Fetched, retry_after};
use crate::config::FetchSettings;
use crate::model::Validators;
use reqwest::header::{
    CONTENT_TYPE, ETAG, HeaderMap, HeaderName, HeaderValue, IF_MODIFIED_SINCE, IF_NONE_MATCH,
    LAST_MODIFIED, RETRY_AFTER,
};
use reqwest::{Client, Response, StatusCode};
use std::time::Duration;
use url::Url;

/// What one exchange led to, short of an error.
#[derive(Debug)]
pub(super) enum Step {
    /// A final answer.
    Done(FetchOutcome),
    /// 429 or 503 with a Retry-After.
    Throttled {
        /// The status, for the error if the wait is too long.
        status: u16,
        /// How long the server asked to wait.
        wait: Duration,
    },
}

/// Runs one GET of `url`; the caller owns the timeout and the retries.
pub(super) async fn run(
    client: &Client,
    settings: &FetchSettings,
    url: &Url,
    validators: &Validators,
) -> Result<Step, Failure> {
    let mut request = client.get(url.clone());
    // A stored validator that is not a valid header value (it came from a stranger) is just not sent.
    let conditions = [
        (IF_NONE_MATCH, validators.etag.as_deref()),
        (IF_MODIFIED_SINCE, validators.last_modified.as_deref()),
    ];
    for (name, value) in conditions {
        if let Some(value) = value.and_then(|v| HeaderValue::from_str(v).ok()) {
            request = request.header(name, value);
        }
    }
    let response = request
        .send()
        .await
        .map_err(|err| classify(&err, settings))?;
    let status = response.status();
    if status == StatusCode::NOT_MODIFIED {
        // The body of a 304 is empty by definition; it is never read.
        return Ok(Step::Done(FetchOutcome::NotModified));
    }
    if status == StatusCode::TOO_MANY_REQUESTS || status == StatusCode::SERVICE_UNAVAILABLE {
        let wait = header(response.headers(), &RETRY_AFTER)
            .and_then(|value| retry_after::parse(&value, chrono::Utc::now()));
        return match wait {
            Some(wait) => Ok(Step::Throttled {
                status: status.as_u16(),
                wait,
            }),
            None => Err(Failure::permanent(FetchError::Status(status.as_u16()))),
        };
    }
    if !status.is_success() {
        return Err(Failure::permanent(FetchError::Status(status.as_u16())));
    }
    let headers = response.headers();
    let content_type = header(headers, &CONTENT_TYPE);
    let validators = Validators {
        etag: header(headers, &ETAG),
        last_modified: header(headers, &LAST_MODIFIED),
    };
    let final_url = response.url().to_string();
    let body = read_capped(response, settings).await?;
    Ok(Step::Done(FetchOutcome::Fetched(Fetched {
        body,
        content_type,
        validators,
        final_url,
    })))
}

/// Reads the (decompressed) body chunk by chunk, giving up as soon as it passes the cap, so that
/// neither a huge download nor a compression bomb is ever held whole.
async fn read_capped(mut response: Response, settings: &FetchSettings) -> Result<Vec<u8>, Failure> {
    let cap = settings.max_body_bytes;
    let too_large = || Failure::permanent(FetchError::TooLarge(cap));
    // Only exact for an uncompressed body: reqwest hides the length of what it decompresses.
    let announced = response.content_length();
    if announced.is_some_and(|len| len > cap) {
        return Err(too_large());
    }
    let reserve = announced.unwrap_or(0).min(cap).min(16 << 20);
    let mut body = Vec::with_capacity(usize::try_from(reserve).unwrap_or(0));
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|err| classify(&err, settings))?
    {
        if body.len() as u64 + chunk.len() as u64 > cap {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

fn header(headers: &HeaderMap, name: &HeaderName) -> Option<String> {
    let value = headers.get(name)?.to_str().ok()?.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

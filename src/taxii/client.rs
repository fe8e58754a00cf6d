//! HTTP for a push: TAXII 2.1 media types, the credentials on every request and nowhere else, no
//! redirects, capped answers, and errors that say what the server refused without quoting a secret.
use super::TaxiiError;
use super::credentials::{Credentials, Origin};
use super::target::shown;
use crate::config::FetchSettings;
use crate::text::sanitize::display_line;
use reqwest::header::{ACCEPT, CONTENT_LENGTH, CONTENT_TYPE, HeaderValue, LOCATION};
use reqwest::{RequestBuilder, Response, StatusCode};
use serde_json::Value;
use std::time::Duration;
use url::Url;

/// The media type of every TAXII 2.1 request and answer.
pub(super) const MEDIA_TYPE: &str = "application/taxii+json;version=2.1";

/// Largest answer read: a status resource listing thousands of objects is well below this.
const MAX_ANSWER_BYTES: usize = 16 * 1024 * 1024;

/// A client for one push.
pub(super) struct Client {
    http: reqwest::Client,
    credentials: Credentials,
    origin: Origin,
    timeout_secs: u64,
}

impl Client {
    /// TLS as for feeds (rustls, the system's certificates), the `[fetch]` timeouts and
    /// User-Agent, and no redirects: the credentials go to the URL the analyst gave and nowhere
    /// else, and an https URL cannot be turned into a plain http one.
    pub(super) fn new(
        settings: &FetchSettings,
        credentials: Credentials,
        origin: Origin,
    ) -> Result<Client, TaxiiError> {
        // As in `feed::fetch`: another part of the process may have installed the provider first.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let user_agent = HeaderValue::from_str(&settings.user_agent).map_err(|_| {
            TaxiiError::Network("the configured User-Agent is not a valid header".into())
        })?;
        let http = reqwest::Client::builder()
            .tls_backend_rustls()
            .user_agent(user_agent)
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(settings.connect_timeout_secs))
            .timeout(Duration::from_secs(settings.timeout_secs))
            .build()
            .map_err(|e| TaxiiError::Network(format!("cannot set up HTTP: {e}")))?;
        Ok(Client {
            http,
            credentials,
            origin,
            timeout_secs: settings.timeout_secs,
        })
    }

    /// GETs a TAXII resource; `action` says what it is for ("read the API root").
    pub(super) async fn get(&self, url: &Url, action: &str) -> Result<Value, TaxiiError> {
        self.send(self.http.get(url.clone()), url, action).await
    }

    /// POSTs an envelope.
    pub(super) async fn post(
        &self,
        url: &Url,
        body: Vec<u8>,
        action: &str,
    ) -> Result<Value, TaxiiError> {
        let request = self
            .http
            .post(url.clone())
            .header(CONTENT_TYPE, MEDIA_TYPE)
            .body(body);
        self.send(request, url, action).await
    }

    async fn send(
        &self,
        request: RequestBuilder,
        url: &Url,
        action: &str,
    ) -> Result<Value, TaxiiError> {
        // reqwest marks these headers sensitive: they never show in its debug output.
        let request = match &self.credentials {
            Credentials::Anonymous => request,
            Credentials::Basic { user, password } => {
                request.basic_auth(user, Some(password.expose()))
            }
            Credentials::Bearer(token) => request.bearer_auth(token.expose()),
        };
        let response = request
            .header(ACCEPT, MEDIA_TYPE)
            .send()
            .await
            .map_err(|e| self.network(&e, url))?;
        let status = response.status();
        if status.is_success() {
            let body = self.read(response, url).await?;
            return serde_json::from_slice(&body).map_err(|_| {
                TaxiiError::NotTaxii(format!(
                    "the answer of {} is not TAXII JSON: is it a TAXII 2.1 API root?",
                    shown(url)
                ))
            });
        }
        if status.is_redirection() {
            let location = response
                .headers()
                .get(LOCATION)
                .and_then(|v| v.to_str().ok())
                .map(|l| self.server_words(l))
                .unwrap_or_else(|| "elsewhere".to_owned());
            return Err(TaxiiError::Redirect {
                url: shown(url),
                location,
            });
        }
        let detail = match self.read(response, url).await {
            Ok(body) => self.error_detail(&body),
            Err(_) => String::new(),
        };
        let who = self.who();
        Err(match status {
            StatusCode::UNAUTHORIZED => TaxiiError::Unauthorized {
                url: shown(url),
                who,
            },
            StatusCode::FORBIDDEN => TaxiiError::Forbidden {
                action: action.to_owned(),
                who,
                detail,
            },
            StatusCode::NOT_FOUND => TaxiiError::NotFound {
                url: shown(url),
                detail,
            },
            StatusCode::NOT_ACCEPTABLE | StatusCode::UNSUPPORTED_MEDIA_TYPE => {
                TaxiiError::NotTaxii(format!(
                    "HTTP {}: {} does not accept TAXII 2.1{detail}",
                    status.as_u16(),
                    shown(url)
                ))
            }
            _ => TaxiiError::Http {
                status: status.as_u16(),
                action: action.to_owned(),
                detail,
            },
        })
    }

    /// The body, refused unread past [`MAX_ANSWER_BYTES`].
    async fn read(&self, mut response: Response, url: &Url) -> Result<Vec<u8>, TaxiiError> {
        let too_large = || {
            TaxiiError::NotTaxii(format!(
                "the answer of {} is larger than {MAX_ANSWER_BYTES} bytes",
                shown(url)
            ))
        };
        let announced = response
            .headers()
            .get(CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
        if announced.is_some_and(|n| n > MAX_ANSWER_BYTES) {
            return Err(too_large());
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| self.network(&e, url))? {
            if body.len() + chunk.len() > MAX_ANSWER_BYTES {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body)
    }

    /// `: title: description` of a TAXII error message, if the body is one; sanitized.
    fn error_detail(&self, body: &[u8]) -> String {
        let Ok(value) = serde_json::from_slice::<Value>(body) else {
            return String::new();
        };
        let words: Vec<String> = ["title", "description"]
            .into_iter()
            .filter_map(|key| value.get(key)?.as_str())
            .map(|text| self.server_words(text))
            .filter(|text| !text.is_empty())
            .collect();
        if words.is_empty() {
            String::new()
        } else {
            format!(": {}", words.join(": "))
        }
    }

    /// Which credentials this client sends, and from where (never their value).
    pub(super) fn who(&self) -> String {
        self.credentials.describe(&self.origin)
    }

    /// A server's text for a message: one clean line of at most 300 characters, and never the
    /// password or token, even if the server quotes it back.
    pub(super) fn server_words(&self, text: &str) -> String {
        let clean = display_line(text, 300);
        match self.credentials.secret() {
            Some(secret) if !secret.is_empty() => clean.replace(secret, "***"),
            _ => clean,
        }
    }

    /// A failure to exchange with the server: timeout, connection, TLS.
    fn network(&self, error: &reqwest::Error, url: &Url) -> TaxiiError {
        let reason = if error.is_timeout() {
            format!("no answer within {} s", self.timeout_secs)
        } else if error.is_builder() {
            // The only header veille builds from the user's text: the credentials.
            "the credentials cannot be sent in an HTTP header (use printable ASCII)".to_owned()
        } else {
            let mut root: &dyn std::error::Error = error;
            while let Some(source) = root.source() {
                root = source;
            }
            self.server_words(&root.to_string())
        };
        TaxiiError::Network(format!("cannot reach {}: {reason}", shown(url)))
    }
}

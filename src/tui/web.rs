//! Which links veille agrees to hand to a browser.

/// Whether `url` parses as an absolute http or https URL with a host.
pub fn is_web_url(url: &str) -> bool {
    url::Url::parse(url).is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.has_host())
}

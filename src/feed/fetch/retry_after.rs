//! Parsing of the `Retry-After` header, in its two forms (RFC 9110 §10.2.3).
use chrono::{DateTime, Utc};
use std::time::Duration;

/// How long `value` asks to wait, measured from `now`; `None` when it is neither a number of seconds
/// nor an HTTP-date. A date in the past means no wait.
pub(super) fn parse(value: &str, now: DateTime<Utc>) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT") is the form servers send; RFC 2822 parsing accepts it.
    let date = DateTime::parse_from_rfc2822(value).ok()?;
    let secs = (date.with_timezone(&Utc) - now).num_seconds();
    Some(Duration::from_secs(u64::try_from(secs).unwrap_or(0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2025-07-24T10:00:00Z")
            .map(|d| d.with_timezone(&Utc))
            .unwrap()
    }

    #[test]
    fn seconds_form() {
        assert_eq!(parse(" 120 ", now()), Some(Duration::from_secs(120)));
    }

    #[test]
    fn http_date_form_counts_from_now() {
        let wait = parse("Thu, 24 Jul 2025 10:01:30 GMT", now());
        assert_eq!(wait, Some(Duration::from_secs(90)));
    }

    #[test]
    fn past_date_means_no_wait() {
        let wait = parse("Thu, 24 Jul 2025 09:00:00 GMT", now());
        assert_eq!(wait, Some(Duration::ZERO));
    }

    #[test]
    fn garbage_is_ignored() {
        assert_eq!(parse("soon", now()), None);
        assert_eq!(parse("-5", now()), None);
    }
}

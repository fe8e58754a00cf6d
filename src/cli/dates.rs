//! Dates typed on the command line: `2026-11-20`, RFC 3339, or relative `7d` / `2w` / `12h`.
use chrono::{DateTime, NaiveDate, Utc};

/// Parses a user date relative to `now`; the error says which forms are accepted.
pub fn parse_user_date(text: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    let text = text.trim();
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(date
            .and_hms_opt(0, 0, 0)
            .map(|d| d.and_utc())
            .unwrap_or(now));
    }
    if let Ok(date) = DateTime::parse_from_rfc3339(text) {
        return Ok(date.with_timezone(&Utc));
    }
    if let Some((split, unit)) = text.char_indices().last() {
        let span = text[..split]
            .parse::<i64>()
            .ok()
            .filter(|n| *n >= 0)
            .and_then(|n| match unit {
                'h' => chrono::Duration::try_hours(n),
                'd' => chrono::Duration::try_days(n),
                'w' => chrono::Duration::try_weeks(n),
                _ => None,
            });
        if let Some(then) = span.and_then(|span| now.checked_sub_signed(span)) {
            return Ok(then);
        }
    }
    Err(format!(
        "invalid date {text:?}: use YYYY-MM-DD, RFC 3339 (2026-11-20T08:00:00Z) or a relative age (12h, 7d, 2w)"
    ))
}

/// Parses the end of a range: a calendar day counts whole (`--until 2026-08-20` keeps the 20th,
/// as an analyst exporting a week expects), so it ends at the next midnight; other forms are exact.
pub fn parse_user_until(text: &str, now: DateTime<Utc>) -> Result<DateTime<Utc>, String> {
    let day = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
    match day.and_then(|d| d.succ_opt()) {
        Some(next) => parse_user_date(&next.format("%Y-%m-%d").to_string(), now),
        None => parse_user_date(text, now),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-27T12:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn accepts_calendar_rfc3339_and_relative_forms() {
        assert_eq!(
            parse_user_date("2026-11-20", now()).unwrap().to_rfc3339(),
            "2026-11-20T00:00:00+00:00"
        );
        assert_eq!(
            parse_user_date("2026-11-20T08:30:00+01:00", now())
                .unwrap()
                .to_rfc3339(),
            "2026-11-20T07:30:00+00:00"
        );
        assert_eq!(
            parse_user_date("7d", now()).unwrap().to_rfc3339(),
            "2026-11-20T12:00:00+00:00"
        );
        assert_eq!(
            parse_user_date("2w", now()).unwrap().to_rfc3339(),
            "2026-11-13T12:00:00+00:00"
        );
    }

    #[test]
    fn a_calendar_day_as_the_end_of_a_range_counts_whole() {
        assert_eq!(
            parse_user_until("2026-08-20", now()).unwrap().to_rfc3339(),
            "2026-08-21T00:00:00+00:00"
        );
        assert_eq!(
            parse_user_until("2026-12-31", now()).unwrap().to_rfc3339(),
            "2027-01-01T00:00:00+00:00"
        );
        // An exact time or an age is taken as written.
        assert_eq!(
            parse_user_until("2026-08-20T08:00:00Z", now())
                .unwrap()
                .to_rfc3339(),
            "2026-08-20T08:00:00+00:00"
        );
        assert_eq!(
            parse_user_until("7d", now()).unwrap().to_rfc3339(),
            "2026-11-20T12:00:00+00:00"
        );
        assert!(parse_user_until("2026-13-01", now()).is_err());
    }

    #[test]
    fn rejects_nonsense_with_a_helpful_message() {
        for bad in [
            "yesterday",
            "7x",
            "-3d",
            "",
            "2026-13-01",
            "é",
            "99999999999999w",
        ] {
            let err = parse_user_date(bad, now()).unwrap_err();
            assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
        }
    }
}

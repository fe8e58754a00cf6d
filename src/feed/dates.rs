//! Feed dates as publishers really write them: RFC 3339 and RFC 822 with their many deviations
//! (named zones, two-digit years, no weekday, no zone, "Jul 23, 2025 00:00:00-0500", French months).
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};

/// Parses a feed timestamp; a date without a zone is taken as UTC.
pub fn parse_timestamp(text: &str) -> Option<DateTime<Utc>> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    parse_iso(text).or_else(|| parse_loose(text))
}

/// RFC 3339 and the ISO 8601 shapes close to it (space separator, no zone, date only).
fn parse_iso(text: &str) -> Option<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        return Some(t.with_timezone(&Utc));
    }
    let starts_with_year = text.len() >= 10
        && text.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && text.as_bytes()[4] == b'-';
    if !starts_with_year {
        return None;
    }
    const ZONED: [&str; 4] = [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S%.f %z",
        "%Y-%m-%dT%H:%M%z",
    ];
    for format in ZONED {
        if let Ok(t) = DateTime::parse_from_str(text, format) {
            return Some(t.with_timezone(&Utc));
        }
    }
    let naive = text.trim_end_matches(['Z', 'z']);
    const NAIVE: [&str; 3] = [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
    ];
    for format in NAIVE {
        if let Ok(t) = NaiveDateTime::parse_from_str(naive, format) {
            return Some(t.and_utc());
        }
    }
    NaiveDate::parse_from_str(naive, "%Y-%m-%d")
        .ok()?
        .and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc())
}

/// The RFC 822 family, read token by token so that field order and punctuation do not matter.
fn parse_loose(text: &str) -> Option<DateTime<Utc>> {
    let mut day = None;
    let mut month = None;
    let mut year = None;
    let mut time = None;
    let mut offset = None;
    for token in text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
    {
        let token = token.trim_end_matches('.');
        let first = token.chars().next()?;
        if first.is_ascii_digit() && token.contains(':') {
            let (clock, zone) = split_time_and_zone(token);
            time = Some(parse_clock(clock)?);
            if !zone.is_empty() {
                offset = Some(parse_zone(zone)?);
            }
        } else if (first == '+' || first == '-') && token.len() > 1 {
            offset = Some(parse_zone(token)?);
        } else if token.bytes().all(|b| b.is_ascii_digit()) {
            let value: u32 = token.parse().ok()?;
            match token.len() {
                1 | 2 if day.is_none() => day = Some(value),
                2 if year.is_none() => year = Some(expand_two_digit_year(value)),
                4 if year.is_none() => year = Some(value as i32),
                _ => return None,
            }
        } else if let Some(m) = month_number(token) {
            // "mar. 22 juil." starts with a French weekday that reads like March: the last month word wins.
            month = Some(m);
        } else if let Some(zone) = named_zone(token) {
            offset = Some(zone);
        }
        // Anything else (weekday names, "at") carries no date information.
    }
    let date = NaiveDate::from_ymd_opt(year?, month?, day?)?;
    let (h, m, s) = time.unwrap_or((0, 0, 0));
    let naive = date.and_hms_opt(h, m, s)?;
    let zone = FixedOffset::east_opt(offset.unwrap_or(0))?;
    zone.from_local_datetime(&naive)
        .single()
        .map(|t| t.with_timezone(&Utc))
}

/// "00:00:00-0500" is a clock followed by a zone with no space between.
fn split_time_and_zone(token: &str) -> (&str, &str) {
    let end = token
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
        .unwrap_or(token.len());
    token.split_at(end)
}

/// "13:14", "13:14:54" or "13:14:54.123" (fractions dropped); "24:00" is read as midnight.
fn parse_clock(clock: &str) -> Option<(u32, u32, u32)> {
    let clock = clock.split('.').next()?;
    let mut parts = clock.split(':').map(|p| p.parse::<u32>().ok());
    let h = parts.next()??;
    let m = parts.next()??;
    let s = parts.next().unwrap_or(Some(0))?;
    Some((if h == 24 { 0 } else { h }, m, s))
}

/// "+0200", "-05:00", "+02", or a named zone; seconds east of UTC.
fn parse_zone(zone: &str) -> Option<i32> {
    let sign = match zone.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return named_zone(zone),
    };
    let digits: String = zone[1..].chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m) = match digits.len() {
        2 => (digits.parse::<i32>().ok()?, 0),
        4 => (
            digits[..2].parse::<i32>().ok()?,
            digits[2..].parse::<i32>().ok()?,
        ),
        _ => return None,
    };
    Some(sign * (h * 3600 + m * 60))
}

/// Zone abbreviations seen in feeds; ambiguous ones (IST, CST in Asia) take their usual feed meaning.
fn named_zone(name: &str) -> Option<i32> {
    let hours = match name.to_ascii_uppercase().as_str() {
        "Z" | "UT" | "UTC" | "GMT" | "WET" => 0,
        "EST" => -5,
        "EDT" => -4,
        "CST" => -6,
        "CDT" => -5,
        "MST" => -7,
        "MDT" => -6,
        "PST" => -8,
        "PDT" => -7,
        "AKST" => -9,
        "AKDT" => -8,
        "HST" => -10,
        "BST" | "CET" | "WEST" => 1,
        "CEST" | "EET" => 2,
        "EEST" | "MSK" => 3,
        "JST" => 9,
        "AEST" => 10,
        "AEDT" => 11,
        _ => return None,
    };
    Some(hours * 3600)
}

/// RFC 2822 §4.3: 00–49 are 2000–2049, 50–99 are 1950–1999.
fn expand_two_digit_year(year: u32) -> i32 {
    let year = year as i32;
    if year < 50 { 2000 + year } else { 1900 + year }
}

/// English and French month names and their usual abbreviations.
fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&[&str]; 12] = [
        &["january", "janvier"],
        &["february", "février", "fevrier"],
        &["march", "mars"],
        &["april", "avril"],
        &["may", "mai"],
        &["june", "juin"],
        &["july", "juillet"],
        &["august", "août", "aout"],
        &["september", "septembre"],
        &["october", "octobre"],
        &["november", "novembre"],
        &["december", "décembre", "decembre"],
    ];
    let word = word.to_lowercase();
    if word.chars().count() < 3 || !word.chars().all(char::is_alphabetic) {
        return None;
    }
    MONTHS
        .iter()
        .position(|names| names.iter().any(|name| name.starts_with(word.as_str())))
        .map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> String {
        parse_timestamp(text)
            .map(|t| t.to_rfc3339())
            .unwrap_or_else(|| "none".into())
    }

    #[test]
    fn standard_formats() {
        assert_eq!(
            at("Mon, 21 Jul 2025 10:11:24 +0000"),
            "2025-07-21T10:11:24+00:00"
        );
        assert_eq!(at("2019-05-31T12:17:58-07:00"), "2019-05-31T19:17:58+00:00");
        assert_eq!(at("2023-01-05T08:00:00Z"), "2023-01-05T08:00:00+00:00");
    }

    #[test]
    fn named_zones_shift_to_utc() {
        assert_eq!(
            at("Mon, 21 Jul 2025 10:11:24 EDT"),
            "2025-07-21T14:11:24+00:00"
        );
        assert_eq!(
            at("Thu, 24 Jul 2025 20:52:55 EST"),
            "2025-07-25T01:52:55+00:00"
        );
        assert_eq!(
            at("Sat, 23 Aug 2026 09:00:00 GMT"),
            "2026-08-23T09:00:00+00:00"
        );
        assert_eq!(
            at("Wed, 02 Oct 2002 08:00:00 CEST"),
            "2002-10-02T06:00:00+00:00"
        );
    }

    #[test]
    fn odd_publisher_formats() {
        assert_eq!(
            at("Jul 23, 2025 00:00:00-0500"),
            "2025-07-23T05:00:00+00:00"
        );
        assert_eq!(
            at("Jul 24, 2025 05:47:25+0000"),
            "2025-07-24T05:47:25+00:00"
        );
        assert_eq!(at("02 Jul 2025 13:14:54"), "2025-07-02T13:14:54+00:00");
        assert_eq!(
            at("Thursday, 24 July 2025 9:05 +0200"),
            "2025-07-24T07:05:00+00:00"
        );
        assert_eq!(at("2025-07-24 10:00:00"), "2025-07-24T10:00:00+00:00");
        assert_eq!(at("2025-07-24"), "2025-07-24T00:00:00+00:00");
    }

    #[test]
    fn two_digit_years() {
        assert_eq!(
            at("Tue, 01 Jul 25 10:00:00 GMT"),
            "2025-07-01T10:00:00+00:00"
        );
        assert_eq!(
            at("Fri, 01 Jan 99 00:00:00 +0000"),
            "1999-01-01T00:00:00+00:00"
        );
    }

    #[test]
    fn french_dates() {
        assert_eq!(
            at("mar. 22 juil. 2025 14:00:00 +0200"),
            "2025-07-22T12:00:00+00:00"
        );
        assert_eq!(at("14 août 2026"), "2026-08-14T00:00:00+00:00");
    }

    #[test]
    fn garbage_is_not_a_date() {
        assert_eq!(at(""), "none");
        assert_eq!(at("yesterday"), "none");
        assert_eq!(at("31 Feb 2025 10:00:00"), "none");
        assert_eq!(at("Jul 2025"), "none");
    }
}

//! Dates as stored: Unix microseconds in INTEGER columns.
use chrono::{DateTime, Utc};

/// The stored form of a date.
pub(super) fn to_db(date: DateTime<Utc>) -> i64 {
    date.timestamp_micros()
}

/// A stored date back; out-of-range values (only a foreign writer could produce them) read as none.
pub(super) fn from_db(micros: Option<i64>) -> Option<DateTime<Utc>> {
    micros.and_then(DateTime::from_timestamp_micros)
}

/// Now, as stored.
pub(super) fn now_db() -> i64 {
    to_db(Utc::now())
}

/// A `count(*)` as returned by SQLite (never negative) as an unsigned count.
pub(super) fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

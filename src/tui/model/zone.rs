//! The time zone dates are shown in: the user's own on screen (UTC stays in exports and `--json`).
use chrono::{DateTime, FixedOffset, Local, NaiveDateTime, TimeZone, Utc};

/// Where the screen's clock is. The runtime picks [`Zone::Local`]; tests pick a fixed zone, so a
/// snapshot does not depend on the machine that draws it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Zone {
    /// UTC, labelled so.
    #[default]
    Utc,
    /// The process's local zone: `$TZ` (a name from the system's zoneinfo, or a POSIX rule), else
    /// `/etc/localtime`; each date gets the offset in force at that date (summer time included).
    Local,
    /// A fixed offset from UTC.
    Fixed(FixedOffset),
}

impl Zone {
    /// `at` on the wall clock of this zone.
    pub fn wall(self, at: DateTime<Utc>) -> NaiveDateTime {
        self.with_offset(at).naive_local()
    }

    /// `at` with this zone's offset at that date.
    fn with_offset(self, at: DateTime<Utc>) -> DateTime<FixedOffset> {
        match self {
            Zone::Utc => at.fixed_offset(),
            Zone::Local => Local.from_utc_datetime(&at.naive_utc()).fixed_offset(),
            Zone::Fixed(offset) => offset.from_utc_datetime(&at.naive_utc()),
        }
    }

    /// `2023-09-19 10:30 +02:00` (`… UTC` in UTC): a full date and time, its offset said, as the
    /// reader's header and the failing feeds show it.
    pub fn full(self, at: DateTime<Utc>) -> String {
        match self {
            Zone::Utc => at.format("%Y-%m-%d %H:%M UTC").to_string(),
            _ => self
                .with_offset(at)
                .format("%Y-%m-%d %H:%M %:z")
                .to_string(),
        }
    }

    /// `2023-09-19`: the day of `at` in this zone.
    pub fn day(self, at: DateTime<Utc>) -> String {
        self.wall(at).format("%Y-%m-%d").to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_zone_moves_the_wall_clock_and_says_its_offset() {
        let at = Utc
            .with_ymd_and_hms(2023, 9, 19, 22, 30, 0)
            .single()
            .expect("valid");
        let paris = Zone::Fixed(FixedOffset::east_opt(2 * 3600).expect("valid"));
        assert_eq!(Zone::Utc.full(at), "2023-09-19 22:30 UTC");
        assert_eq!(paris.full(at), "2023-09-20 00:30 +02:00");
        assert_eq!(paris.day(at), "2023-09-20");
        assert_eq!(Zone::Utc.day(at), "2023-09-19");
    }
}

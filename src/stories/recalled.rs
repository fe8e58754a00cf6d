//! The days a report's title and lead give (« le 14 novembre 2022 », "on Oct. 28", « début
//! mai », "in May 2024"): the earliest is the day of the incident it tells. A report more than
//! two weeks past that day, beside a story that began with it, is a later turn of that incident
//! (the library "still down" a month on: "For close to a month, many of the Toronto Public
//! Library's services have been unavailable after a ransomware attack on Oct. 28"; « Les pirates
//! informatiques ayant dérobé des données à Stadler Rail début mai sont sortis du bois… »,
//! published on 29 May), a story of its own ([`super::decide::holds_from_start`]).
use chrono::{Datelike, NaiveDate, TimeZone, Utc};

/// Most days kept per report: the earliest is read, and a lead gives few.
const KEPT: usize = 4;

/// A day without its year this many days after the report is a deadline ("ahead of a November
/// 28 deadline"), not last year's.
const AHEAD_DAYS: i64 = 60;

/// Month abbreviations as the English press writes them ("Oct. 28"), with their number; beside the
/// tagging rules' full names (`tagging::MONTHS`), also what a profile reads as a month.
pub(super) const SHORT_MONTHS: &[(&str, u32)] = &[
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// A day of the month as written ("28", « 1er », "3rd").
fn day_of(w: &str) -> Option<u32> {
    if !w.as_bytes().first().is_some_and(u8::is_ascii_digit) || w.len() > 4 {
        return None;
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let n: u32 = digits.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

fn year_of(w: &str) -> Option<u32> {
    let n: u32 = w.parse().ok()?;
    (w.len() == 4 && (1990..=2100).contains(&n)).then_some(n)
}

/// A day packed in one number: year (0 when not given), month, day.
fn packed(year: Option<u32>, month: u32, day: u32) -> u32 {
    year.unwrap_or(0) << 9 | month << 5 | day
}

/// The month a word names as written ("Oct", « août »), 1 to 12. Read only beside a day or after a
/// cue word: most words are neither.
fn month_of(word: &str) -> Option<u32> {
    let folded;
    let w = if word.is_ascii() {
        word
    } else {
        folded = crate::tagging::fold_key(word);
        &folded
    };
    let is = |m: &str| m.eq_ignore_ascii_case(w);
    crate::tagging::MONTHS
        .iter()
        .position(|m| is(m))
        .map(|i| (i % 12) as u32 + 1)
        .or_else(|| SHORT_MONTHS.iter().find(|(m, _)| is(m)).map(|&(_, n)| n))
}

/// The day a number beside a month gives (« 28 octobre 2023 », "Oct. 28, 2023"), packed: `day`
/// the number as written, `before` and `after` the words around it, `later` the word after
/// `after` (the year of a day written before its month).
pub(super) fn dated_day(day: &str, before: &str, after: &str, later: &str) -> Option<u32> {
    let day = day_of(day)?;
    match month_of(after) {
        Some(m) => Some(packed(year_of(later), m, day)),
        None => month_of(before).map(|m| packed(year_of(after), m, day)),
    }
}

/// The day a cue word (folded) gives the month after it (« début mai », "late October 2023"),
/// or a month it holds (« mi-avril », "mid-April"), packed; `after` and `later` the words after.
pub(super) fn cued_day(cue: &str, after: &str, later: &str) -> Option<u32> {
    let (month, day, year) = match cue {
        "debut" | "early" => (after, 5, later),
        "mi" | "mid" | "en" | "in" => (after, 15, later),
        "fin" | "late" => (after, 25, later),
        _ => {
            let held = cue
                .strip_prefix("mi-")
                .or_else(|| cue.strip_prefix("mid-"))?;
            (held, 15, after)
        }
    };
    month_of(month).map(|m| packed(year_of(year), m, day))
}

/// The days the title and lead give, from their words (packed, in order, at most [`KEPT`]).
#[cfg(test)]
fn days_in(text: &str) -> Vec<u32> {
    let ws: Vec<&str> = text.split(' ').collect();
    let at = |i: usize| ws.get(i).copied().unwrap_or("");
    let mut out = Vec::new();
    for (k, w) in ws.iter().enumerate() {
        let before = k.checked_sub(1).map_or("", |j| ws[j]);
        let day = dated_day(w, before, at(k + 1), at(k + 2))
            .or_else(|| cued_day(w, at(k + 1), at(k + 2)));
        keep(&mut out, day);
    }
    out
}

/// Adds `day` to `days` once, up to [`KEPT`].
pub(super) fn keep(days: &mut Vec<u32>, day: Option<u32>) {
    if let Some(d) = day
        && days.len() < KEPT
        && !days.contains(&d)
    {
        days.push(d);
    }
}

/// The earliest of `days` (from [`days_in`]) as Unix seconds, read from a report dated `date`: a
/// day without its year is the last one not after the report. A day after the report (a
/// deadline) is not the incident's.
pub fn earliest(days: &[u32], date: i64) -> Option<i64> {
    let published = Utc.timestamp_opt(date, 0).single()?.date_naive();
    days.iter()
        .filter_map(|&p| {
            let (year, month, day) = (p >> 9, (p >> 5) & 15, p & 31);
            let on = |y: i32| NaiveDate::from_ymd_opt(y, month, day);
            let d = if year == 0 {
                match on(published.year())? {
                    d if d <= published => d,
                    // Weeks ahead: a deadline; further, last year's.
                    d if (d - published).num_days() <= AHEAD_DAYS => return None,
                    _ => on(published.year() - 1)?,
                }
            } else {
                on(year as i32).filter(|d| *d <= published)?
            };
            Some(d.and_hms_opt(12, 0, 0)?.and_utc().timestamp())
        })
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(y: i32, m: u32, d: u32) -> i64 {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .map(|t| t.and_utc().timestamp())
            .unwrap_or_default()
    }

    #[test]
    fn days_are_read_in_either_order_and_after_a_cue_without_a_day() {
        let days = days_in("after a ransomware attack on oct 28 confirmed on nov 7");
        assert_eq!(earliest(&days, on(2023, 11, 22)), Some(on(2023, 10, 28)));
        let days = days_in("le 14 novembre 2022 la societe a publie");
        assert_eq!(earliest(&days, on(2023, 1, 4)), Some(on(2022, 11, 14)));
        let days = days_in("les pirates ayant derobe des donnees debut mai sont sortis du bois");
        assert_eq!(earliest(&days, on(2020, 5, 29)), Some(on(2020, 5, 5)));
        let days = days_in("la cyberattaque de l'hopital de cannes mi-avril");
        assert_eq!(earliest(&days, on(2024, 5, 2)), Some(on(2024, 4, 15)));
        // A deadline after the report, a month alone, a year alone: no day.
        let days = days_in("ahead of a november 28 deadline");
        assert_eq!(earliest(&days, on(2023, 11, 27)), None);
        assert!(days_in("the data may be published since 2018").is_empty());
        // « sept » is seven too, a month's name may open another word.
        assert!(days_in("il y a sept ans le mayor de marchfield 12 decembres").is_empty());
    }
}

//! What the story rules' tests share: a report as a gold split holds it, profiled with the bundled
//! vocabulary, and the stories a list of reports joins when added in order.
use chrono::{TimeZone, Utc};
use veille::model::Lang;
use veille::stories::{Memory, Profile};
use veille::tagging::Suggester;

thread_local! {
    /// Built once per test thread: the vocabulary's automaton takes a while to compile.
    static SUGGESTER: Suggester = veille::stories::bundled_suggester().unwrap();
}

/// A report: (day, month, year), language, title, lead, address. An untitled item's title is its
/// lead's first words, as veille stores it.
pub type Report = (
    (u32, u32, i32),
    Lang,
    &'static str,
    &'static str,
    &'static str,
);

/// The report's profile, dated at noon of its day.
pub fn profile(r: &Report) -> Profile {
    let ((day, month, year), lang, title, lead, url) = *r;
    let at = Utc
        .with_ymd_and_hms(year, month, day, 12, 0, 0)
        .unwrap()
        .timestamp();
    SUGGESTER.with(|s| Profile::new(s, title, lead, Some(lang), Some(at), Some(url)))
}

/// The stories the reports join, added in order, and why each joined.
pub fn joined(reports: &[Report]) -> (Memory, Vec<usize>, Vec<String>) {
    let mut memory = Memory::new();
    let (story, why) = reports
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (story, reason) = memory.add(i64::try_from(i).unwrap(), profile(r));
            (story, reason.explain())
        })
        .unzip();
    (memory, story, why)
}

//! A story's day and the sentences that tell an earlier one (round s22victims, the eleventh gold
//! split): under « Plusieurs sites web israéliens ont été mis hors ligne mercredi 25 avril… », the
//! sentence « Le 14 avril, le groupe a revendiqué une cyberattaque qui a touché … Bank Leumi,
//! Discount Bank… » recalls another wave, and « Le groupe … fait la une des journaux en juin 2024
//! avec la cyberattaque contre Synnovis » in a story dated « au 20 mars 2025 » recalls another
//! victim. The story's day is the first date its title or lead gives; a sentence that opens on an
//! earlier day, or names a month of an earlier season (three months or more before, both with
//! their year), tells another incident than the story's. The story's own victim is often dated a
//! few days before the report ("Uber was the victim of a cyberattack … on Thursday, 15
//! September" in a story of 23 September): only an opening date or a season apart says "before".
use super::context::MONTHS;
use super::fold::is_word_char;

/// A date as the press writes it; the year and day are often left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Day {
    year: Option<u32>,
    month: u32,
    day: Option<u32>,
}

/// How many months apart a sentence's month must be from the story's to be another season.
const SEASON_MONTHS: u32 = 3;

/// Words that may stand before a date opening a sentence ("On May 3,", « Le 14 avril, »).
#[rustfmt::skip]
const DATE_LEADS: &[&str] = &[
    "le", "on", "the", "au", "du", "des", "in", "en", "debut", "fin", "mi", "early", "late", "mid",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Words before a date that make it a period's start, not the story's day (« depuis début avril
/// 2023 », "since May 2022").
const PERIOD_STARTS: &[&str] = &["depuis", "since", "des", "from"];

fn words(s: &str) -> Vec<&str> {
    s.split(|c: char| !(is_word_char(c) || c == '\''))
        .filter(|w| !w.is_empty())
        .collect()
}

fn month_of(w: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|m| *m == w)
        .map(|i| (i % 12) as u32 + 1)
}

fn day_of(w: &str) -> Option<u32> {
    let digits = w.strip_suffix("er").unwrap_or(w);
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| digits.strip_suffix(s))
        .unwrap_or(digits);
    let n: u32 = digits.parse().ok()?;
    (1..=31).contains(&n).then_some(n)
}

fn year_of(w: &str) -> Option<u32> {
    let n: u32 = w.parse().ok()?;
    (w.len() == 4 && (1990..=2100).contains(&n)).then_some(n)
}

/// The date whose month is word `i` of `ws`: a day before it (« 14 avril ») or after it ("May 3"),
/// and a year after either. A month alone is no date ("May" may be a verb, « mars » a planet).
fn date_at(ws: &[&str], i: usize) -> Option<Day> {
    let month = month_of(ws[i])?;
    let before = i.checked_sub(1).and_then(|k| day_of(ws[k]));
    let after = ws.get(i + 1).and_then(|w| day_of(w));
    let day = before.or(after);
    let year_at = if after.is_some() { i + 2 } else { i + 1 };
    let year = ws.get(year_at).and_then(|w| year_of(w));
    (day.is_some() || year.is_some()).then_some(Day { year, month, day })
}

/// The first date of a folded text that is not a period's start.
fn first_date(s: &str) -> Option<Day> {
    let ws = words(s);
    (0..ws.len()).find_map(|i| {
        let d = date_at(&ws, i)?;
        let first = match i.checked_sub(1) {
            Some(k) if day_of(ws[k]).is_some() => k,
            _ => i,
        };
        let period = ws[first.saturating_sub(2)..first]
            .iter()
            .any(|w| PERIOD_STARTS.contains(w));
        (!period).then_some(d)
    })
}

/// The story's day: the first date of the (folded) title, else of the text's first sentence.
pub(crate) fn story_day(title: &str, lead: &str) -> Option<Day> {
    first_date(title).or_else(|| first_date(lead))
}

fn months(d: Day) -> Option<u32> {
    d.year.map(|y| y * 12 + d.month)
}

/// Whether `d` is before the story's day `story`: by year and month when both have a year, else
/// by month and day within one year.
fn before(d: Day, story: Day) -> bool {
    if let (Some(a), Some(b)) = (months(d), months(story))
        && a != b
    {
        return a < b;
    }
    if d.year.is_some() != story.year.is_some() && d.month != story.month {
        // One year unknown: a month apart says nothing sure.
        return false;
    }
    match (d.day, story.day) {
        _ if d.month != story.month => d.month < story.month,
        (Some(a), Some(b)) => a < b,
        _ => false,
    }
}

/// Whether a (folded) sentence tells a day before the story's: it opens on an earlier date
/// (« Le 14 avril, … », "On May 3, …"), or names a month a season or more before the story's,
/// both with their year (« en juin 2024 » in a story of March 2025).
pub(crate) fn tells_an_earlier_day(sentence: &str, story: Day) -> bool {
    let ws = words(sentence);
    let opening = ws
        .iter()
        .take(4)
        .position(|w| !DATE_LEADS.contains(w) && day_of(w).is_none())
        .and_then(|i| date_at(&ws, i))
        .is_some_and(|d| before(d, story));
    opening
        || (0..ws.len()).any(|i| {
            date_at(&ws, i).is_some_and(|d| {
                matches!((months(d), months(story)), (Some(a), Some(b)) if a + SEASON_MONTHS <= b)
            })
        })
}

/// Whether a (folded) sentence tells another incident than the story's by its day (see
/// [`tells_an_earlier_day`]) and names none of the story's own names (`recalled::story_names`).
pub(crate) fn earlier_day_elsewhere(sentence: &str, story: Option<Day>, names: &[String]) -> bool {
    let named = |w: &String| {
        sentence
            .match_indices(w.as_str())
            .any(|(at, _)| super::context::at_word_boundary(sentence, at, at + w.len()))
    };
    story.is_some_and(|d| tells_an_earlier_day(sentence, d)) && !names.iter().any(named)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_story_s_day_is_its_first_date_not_a_period_s_start() {
        let d = story_day(
            "plusieurs sites web israeliens ont ete mis hors ligne mercredi 25 avril",
            "",
        );
        assert_eq!(
            d,
            Some(Day {
                year: None,
                month: 4,
                day: Some(25)
            })
        );
        let d = story_day(
            "le ransomware qilin fait 23 victimes en mars",
            "le ransomware qilin produit plus de vingt victimes au 20 mars 2025.",
        );
        assert_eq!(d.and_then(|d| d.year), Some(2025));
        // « depuis début avril 2023 » starts a period: the story's day is not known.
        assert_eq!(
            story_day(
                "lockbit poursuit ses attaques",
                "lockbit a revendique, depuis debut avril 2023, plusieurs attaques."
            ),
            None
        );
    }

    #[test]
    fn an_opening_on_an_earlier_day_or_a_season_before_tells_another_incident() {
        let story = story_day("mis hors ligne mercredi 25 avril", "").unwrap();
        assert!(tells_an_earlier_day(
            "le 14 avril, le groupe a revendique une cyberattaque qui a touche bank leumi.",
            story
        ));
        assert!(!tells_an_earlier_day(
            "le 25 avril, le groupe a revendique la cyberattaque.",
            story
        ));
        let story = story_day("", "produit plus de vingt victimes au 20 mars 2025.").unwrap();
        assert!(tells_an_earlier_day(
            "le groupe fait la une des journaux en juin 2024 avec la cyberattaque contre synnovis.",
            story
        ));
        // The story's own victim, dated a few days before the report (unseen split).
        let story = story_day("", "the police announced on friday, 23 september 2022.").unwrap();
        assert!(!tells_an_earlier_day(
            "uber was the victim of a cyberattack on thursday, 15 september 2022.",
            story
        ));
    }
}

//! Where a report is set and what kind of victim it tells of: evidence that survives translation
//! when no name does. « La Défense néerlandaise découvre un logiciel espion chinois » and "Chinese
//! Hackers Penetrated Dutch Defense Network" share no proper noun (« néerlandaise » and "Dutch" are
//! peoples' adjectives, no names), but both are set in the Netherlands (and China) and tell of a
//! defence ministry, the same days.
use super::profile::Profile;

/// Three days: a setting is said of one incident for a day or two, not of two weeks of news.
pub const SETTING_SECS: i64 = 3 * 86_400;

/// The countries and the kinds of victim two reports in two languages, at most [`SETTING_SECS`]
/// apart, both name; `None` unless they share one of each, together held by no other recent story
/// (`stories_with` counts the stories holding an index key): "France" and "government" are said of
/// every ministry hit in a fortnight (the interior ministry beside the sports ministry), "the
/// Netherlands" and "defence" of one incident.
pub fn shared(
    new: &Profile,
    member: &Profile,
    stories_with: &dyn Fn(u64) -> usize,
) -> Option<(Vec<String>, Vec<String>)> {
    let languages = matches!((new.lang, member.lang), (Some(a), Some(b)) if a != b);
    let days =
        matches!((new.date, member.date), (Some(a), Some(b)) if (a - b).abs() <= SETTING_SECS);
    if !languages || !days {
        return None;
    }
    let both = |a: &[String], b: &[String]| -> Vec<String> {
        a.iter().filter(|x| b.contains(x)).cloned().collect()
    };
    let places = both(&new.places, &member.places);
    let sectors = both(&new.sectors, &member.sectors);
    let rare = places.iter().any(|p| {
        sectors
            .iter()
            .any(|s| stories_with(super::profile::setting_key(p, s)) <= 1)
    });
    rare.then_some((places, sectors))
}

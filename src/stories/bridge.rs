//! Fragments of one incident tied by a later report. Stories are built as articles arrive, so
//! the first reports of one incident in two languages may start two stories when they share
//! nothing that survives translation (« Une panne frappe le réseau de la santé de
//! Terre-Neuve-et-Labrador », "SAINT-JEAN, T.-N.-L. — Une cyberattaque présumée…"); a later
//! report that passes every check of both (victims, titles, actors) and scores enough with each
//! says they are one story. It joins the best and ties the other to it.
use super::decide::{Reason, TITLES_DIFFER, assess};
use super::profile::Profile;
use super::recent::Recent;

/// Three days: the first reports of one incident, in two languages, come out within days.
pub const FRAGMENT_SECS: i64 = 3 * 86_400;

/// A fragment a report ties into the story it joins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tie {
    /// The fragment (a story id or handle, as [`Recent::shown_as`] shows it).
    pub story: i64,
    /// The fragment's member the report matched best: what its reason names.
    pub with: i64,
}

/// The stories that a report joining the first of `joinable` (every story it may join, the best
/// first: [`super::decide::joinable`]) ties to it, as [`Recent::shown_as`] shows them: each other
/// story it may join whose members are [`compatible`] with the first's.
pub fn ties_of(recent: &Recent, joinable: &[(i64, Reason)], date: Option<i64>) -> Vec<Tie> {
    let Some((first, _)) = joinable.first() else {
        return Vec::new();
    };
    let into = recent.shown_as(*first);
    let near = |s: i64| recent.members_near(s, date);
    let mut out: Vec<Tie> = Vec::new();
    for (story, reason) in &joinable[1..] {
        let shown = recent.shown_as(*story);
        if shown != into
            && !out.iter().any(|t| t.story == shown)
            && compatible(&near(*first), &near(*story))
        {
            out.push(Tie {
                story: shown,
                with: matched(reason),
            });
        }
    }
    out
}

/// The member a joining reason names.
fn matched(reason: &Reason) -> i64 {
    match reason {
        Reason::Shared(e) => e.with,
        Reason::Duplicate { with } | Reason::Tied { with, .. } => *with,
        Reason::Started | Reason::Manual => 0,
    }
}

/// True when no member of one fragment is told apart from a member of the other: another
/// incident (different victims, a title naming what the other never names, a later turn, a
/// bulletin, too far apart). Only titles in two languages may differ: the subject of one is
/// translated in the other (« Terre-Neuve-et-Labrador », "Newfoundland and Labrador"). Without it,
/// a report of two governments' attributions on one day tied the German and the Czech stories.
/// And titles that are both the leads' first words, which chose no subject ("The Government will
/// underwrite a £1.5 billion loan guarantee to Jaguar Land Rover…", "London: The UK government
/// has announced a loan guarantee…"), unless each names a country the other does not (those two
/// attributions were wire copies: "BERLIN, May 3 (KUNA) --…", "PRAGUE, May 3 (Reuters) -…").
///
/// And the fragments began the same days: two stories a fortnight apart that one report joins
/// both of are an incident and its consequence ("Toyota Supplier Denso Under a Ransomware
/// Attack", beside Toyota's halted plants two weeks earlier), each its own story.
pub fn compatible(a: &[&Profile], b: &[&Profile]) -> bool {
    let close = |x: &&Profile, y: &&Profile| matches!((x.date, y.date), (Some(d), Some(e)) if (d - e).abs() <= FRAGMENT_SECS);
    a.iter().any(|x| b.iter().any(|y| close(x, y)))
        && a.iter().all(|x| {
            b.iter().all(|y| match assess(x, 0, y, &|_| 1) {
                Ok(_) => true,
                Err(why) => {
                    why == TITLES_DIFFER
                        && ((x.lang.is_some() && y.lang.is_some() && x.lang != y.lang)
                            || (x.title_from_lead && y.title_from_lead && !places_apart(x, y)))
                }
            })
        })
}

/// True when each names a country the other does not: the German and the Czech governments'
/// attributions of one day, both naming Russia.
fn places_apart(x: &Profile, y: &Profile) -> bool {
    let lacks = |a: &Profile, b: &Profile| a.places.iter().any(|p| !b.places.contains(p));
    lacks(x, y) && lacks(y, x)
}

#[cfg(test)]
mod tests {
    use super::super::recent::Recent;

    #[test]
    fn a_story_tied_into_another_is_shown_as_it_and_so_are_stories_tied_into_it() {
        let mut recent = Recent::new();
        // Untied stories are themselves.
        assert_eq!(recent.shown_as(7), 7);
        recent.tie(5, 2);
        recent.tie(9, 5);
        assert_eq!(
            [recent.shown_as(2), recent.shown_as(5), recent.shown_as(9)],
            [2, 2, 2]
        );
        // Tying a story into one of its own group changes nothing (no loop).
        recent.tie(2, 9);
        assert_eq!([recent.shown_as(2), recent.shown_as(9)], [2, 2]);
        recent.tie(2, 1);
        assert_eq!(recent.shown_as(9), 1);
    }
}

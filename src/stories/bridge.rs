//! Fragments of one incident tied by a later report. Stories are built as articles arrive, so
//! the first reports of one incident in two languages may start two stories when they share
//! nothing that survives translation (« Une panne frappe le réseau de la santé de
//! Terre-Neuve-et-Labrador », "SAINT-JEAN, T.-N.-L. — Une cyberattaque présumée…"); a later
//! report that passes every check of both (victims, titles, actors) and scores enough with each
//! says they are one story. It joins the best and ties the other to it.
use super::decide::{Reason, TITLES_DIFFER, assess};
use super::profile::Profile;

/// Three days: the first reports of one incident, in two languages, come out within days.
pub const FRAGMENT_SECS: i64 = 3 * 86_400;

/// The stories (after the first, which the article joins) that a report may join ties to the one
/// it joins: each passing every story-level check ([`super::decide::joinable`]).
pub fn tied(joinable: &[(i64, Reason)]) -> Vec<i64> {
    joinable.iter().skip(1).map(|(story, _)| *story).collect()
}

/// True when no member of one fragment is told apart from a member of the other: another
/// incident (different victims, a title naming what the other never names, a later turn, a
/// bulletin, too far apart). Only titles in two languages may differ: the subject of one is
/// translated in the other (« Terre-Neuve-et-Labrador », "Newfoundland and Labrador"). Without it,
/// a report of two governments' attributions on one day tied the German and the Czech stories.
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
                    why == TITLES_DIFFER && x.lang.is_some() && y.lang.is_some() && x.lang != y.lang
                }
            })
        })
}

/// Stories tied together, each to the root of its group (union–find over story indexes).
#[derive(Debug, Default, Clone)]
pub struct Ties {
    parent: Vec<usize>,
}

impl Ties {
    /// The story every story of `story`'s group is shown as: the oldest.
    pub fn root(&self, mut story: usize) -> usize {
        while let Some(&p) = self.parent.get(story) {
            if p == story {
                break;
            }
            story = p;
        }
        story
    }

    /// Ties the groups of `a` and `b` (the older story leads).
    pub fn tie(&mut self, a: usize, b: usize) {
        let most = a.max(b) + 1;
        if self.parent.len() < most {
            let from = self.parent.len();
            self.parent.extend(from..most);
        }
        let (ra, rb) = (self.root(a), self.root(b));
        let (keep, into) = if ra <= rb { (ra, rb) } else { (rb, ra) };
        self.parent[into] = keep;
    }
}

#[cfg(test)]
mod tests {
    use super::Ties;

    #[test]
    fn tied_stories_are_shown_as_the_oldest_of_their_group() {
        let mut ties = Ties::default();
        // Untied stories are themselves, even past what was ever tied.
        assert_eq!(ties.root(7), 7);
        ties.tie(5, 2);
        ties.tie(9, 5);
        assert_eq!([ties.root(2), ties.root(5), ties.root(9)], [2, 2, 2]);
        assert_eq!(ties.root(3), 3);
        // Tying two groups keeps the oldest story of both.
        ties.tie(4, 1);
        ties.tie(9, 4);
        assert_eq!([ties.root(2), ties.root(9), ties.root(4)], [1, 1, 1]);
    }
}

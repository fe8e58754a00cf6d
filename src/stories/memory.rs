//! Incremental clustering held in memory: the same candidate lookup (story keys by two-week span)
//! and decision as the store, for measuring the clustering on a gold set and for tests.
use super::bridge::{Ties, compatible, tied};
use super::decide::Reason;
use super::profile::Profile;
use super::recent::Recent;

/// Stories built one article at a time.
#[derive(Debug, Default)]
pub struct Memory {
    recent: Recent,
    stories: Vec<Vec<i64>>,
    /// Fragments tied by a later report, when asked ([`Memory::tying`]).
    ties: Option<Ties>,
}

impl Memory {
    /// Empty.
    pub fn new() -> Memory {
        Memory::default()
    }

    /// Adds article `id`: it joins the best story among those sharing a key with it, or starts
    /// one. Returns the story's index and why.
    pub fn add(&mut self, id: i64, profile: Profile) -> (usize, Reason) {
        let keys = profile.keys();
        let joinable = self.recent.joinable_keyed(&profile, &keys);
        if let Some(ties) = &mut self.ties
            && let Some((first, _)) = joinable.first()
        {
            let near = |s: i64| self.recent.members_near(s, profile.date);
            for other in tied(&joinable) {
                if compatible(&near(*first), &near(other)) {
                    ties.tie(*first as usize, other as usize);
                }
            }
        }
        let (story, reason) = match joinable.into_iter().next() {
            Some((s, reason)) => (s as usize, reason),
            None => {
                self.stories.push(Vec::new());
                (self.stories.len() - 1, Reason::Started)
            }
        };
        self.recent.add_keyed(story as i64, id, profile, &keys);
        self.stories[story].push(id);
        (story, reason)
    }

    /// Empty, tying fragments of one story that a later report joins both of ([`super::bridge`]).
    pub fn tying() -> Memory {
        Memory {
            ties: Some(Ties::default()),
            ..Memory::default()
        }
    }

    /// The story `story` is shown as: itself, or the oldest story it was tied to.
    pub fn shown_as(&self, story: usize) -> usize {
        self.ties.as_ref().map_or(story, |t| t.root(story))
    }

    /// The recent stories, as decisions read them.
    pub fn recent(&self) -> &Recent {
        &self.recent
    }

    /// The stories, each its members' ids in arrival order.
    pub fn stories(&self) -> Vec<Vec<i64>> {
        self.stories.clone()
    }
}

//! Incremental clustering held in memory: the same candidate lookup (story keys by two-week span)
//! and decision as the store, for measuring the clustering on a gold set and for tests.
use super::bridge::ties_of;
use super::decide::Reason;
use super::profile::Profile;
use super::recent::Recent;

/// Stories built one article at a time.
#[derive(Debug, Default)]
pub struct Memory {
    recent: Recent,
    stories: Vec<Vec<i64>>,
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
        // Fragments this report ties to the story it joins ([`super::bridge`]).
        let ties = ties_of(&self.recent, &joinable, profile.date);
        let (story, reason) = match joinable.into_iter().next() {
            Some((s, reason)) => (self.recent.shown_as(s) as usize, reason),
            None => {
                self.stories.push(Vec::new());
                (self.stories.len() - 1, Reason::Started)
            }
        };
        for tied in ties {
            self.recent.tie(tied.story, story as i64);
        }
        self.recent.add_keyed(story as i64, id, profile, &keys);
        self.stories[story].push(id);
        (story, reason)
    }

    /// The story `story` is shown as: itself, or the story a later report tied it into.
    pub fn shown_as(&self, story: usize) -> usize {
        self.recent.shown_as(story as i64) as usize
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

//! Incremental clustering held in memory: the same candidate lookup (story keys) and decision as
//! the store, for measuring the clustering on a gold set and for tests.
use super::decide::{MEMBERS_COMPARED, Reason, best, shortlist, within_window};
use super::profile::Profile;
use std::collections::HashMap;

/// Stories built one article at a time.
#[derive(Debug, Default)]
pub struct Memory {
    stories: Vec<Vec<(i64, Profile)>>,
    last_seen: Vec<Option<i64>>,
    keys: HashMap<String, Vec<usize>>,
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
        let recent = |k: &str| -> Vec<usize> {
            self.keys.get(k).map_or(Vec::new(), |list| {
                list.iter()
                    .copied()
                    .filter(|s| within_window(profile.date, self.last_seen[*s]))
                    .collect()
            })
        };
        let lists: Vec<Vec<i64>> = keys
            .iter()
            .map(|k| recent(k).into_iter().map(|s| s as i64).collect())
            .collect();
        let candidates = shortlist(lists.iter().map(Vec::as_slice));
        let found = best(
            &profile,
            candidates.iter().map(|s| {
                let members = &self.stories[*s as usize];
                (
                    *s,
                    &members[members.len().saturating_sub(MEMBERS_COMPARED)..],
                )
            }),
            &|k| recent(k).len(),
        );
        let (story, reason) = match found {
            Some((s, reason)) => (s as usize, reason),
            None => {
                self.stories.push(Vec::new());
                self.last_seen.push(None);
                (self.stories.len() - 1, Reason::Started)
            }
        };
        for k in keys {
            let list = self.keys.entry(k).or_default();
            if !list.contains(&story) {
                list.push(story);
            }
        }
        self.last_seen[story] = self.last_seen[story].max(profile.date);
        self.stories[story].push((id, profile));
        (story, reason)
    }

    /// The stories, each its members' ids in arrival order.
    pub fn stories(&self) -> Vec<Vec<i64>> {
        self.stories
            .iter()
            .map(|s| s.iter().map(|(id, _)| *id).collect())
            .collect()
    }
}

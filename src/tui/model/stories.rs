//! The stories view's state: whether the list shows stories, which are expanded, which one is
//! marked to be merged into another.
use crate::store::StoryRowKind;

/// The list as stories (toggled with the stories key).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoriesView {
    /// The list shows one row per story instead of one per article.
    pub on: bool,
    /// Stories whose articles are listed under them.
    pub expanded: Vec<i64>,
    /// A story marked to be merged into the next one the merge key is pressed on.
    pub marked: Option<i64>,
}

impl StoriesView {
    /// Opens a story's articles, or closes them.
    pub fn toggle(&mut self, story: i64) {
        if let Some(i) = self.expanded.iter().position(|s| *s == story) {
            self.expanded.remove(i);
        } else {
            self.expanded.push(story);
        }
    }
}

/// The story a row belongs to, if it has one.
pub fn story_of(kind: &StoryRowKind) -> Option<i64> {
    match kind {
        StoryRowKind::Story(head) => Some(head.id),
        StoryRowKind::Single(story) => *story,
        StoryRowKind::Member { story, .. } => Some(*story),
    }
}

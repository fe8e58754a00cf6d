//! What has the keyboard above the panes: nothing, the help, the search box, the tag prompt, the
//! export prompt, the note editor or the failing feeds — one at a time, by construction.
use super::export::ExportPrompt;
use super::input::TextInput;
use super::note::NoteEditor;
use super::tagging::TagPrompt;

/// The overlay that has the keyboard, with its state.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Overlay {
    /// None: keys go to the focused pane.
    #[default]
    None,
    /// The help screen, scrolled to its `scroll`th line.
    Help {
        /// First line on screen.
        scroll: usize,
    },
    /// The search box in the status bar (`/`).
    Search(TextInput),
    /// The tag prompt (`a`, `t`, `y`); boxed, it is the largest by far.
    TagPrompt(Box<TagPrompt>),
    /// The export prompt (`E`).
    ExportPrompt(ExportPrompt),
    /// The note editor on the open article (`n`).
    Note(NoteEditor),
    /// The failing feeds (`!`), scrolled to their `scroll`th line.
    FailingFeeds {
        /// First line on screen.
        scroll: usize,
    },
}

impl Overlay {
    /// The help's scroll position, while it is shown.
    pub fn help_scroll(&self) -> Option<usize> {
        match self {
            Overlay::Help { scroll } => Some(*scroll),
            _ => None,
        }
    }

    /// The failing feeds' scroll position, while they are shown.
    pub fn failing_scroll(&self) -> Option<usize> {
        match self {
            Overlay::FailingFeeds { scroll } => Some(*scroll),
            _ => None,
        }
    }

    /// The search being typed, while the box is open.
    pub fn search(&self) -> Option<&TextInput> {
        match self {
            Overlay::Search(input) => Some(input),
            _ => None,
        }
    }

    /// The tag prompt, while it is open.
    pub fn tag_prompt(&self) -> Option<&TagPrompt> {
        match self {
            Overlay::TagPrompt(prompt) => Some(prompt),
            _ => None,
        }
    }

    /// The tag prompt, while it is open, to change.
    pub fn tag_prompt_mut(&mut self) -> Option<&mut TagPrompt> {
        match self {
            Overlay::TagPrompt(prompt) => Some(prompt),
            _ => None,
        }
    }

    /// The note editor, while it is open.
    pub fn note(&self) -> Option<&NoteEditor> {
        match self {
            Overlay::Note(editor) => Some(editor),
            _ => None,
        }
    }

    /// The export prompt, while it is open.
    pub fn export_prompt(&self) -> Option<&ExportPrompt> {
        match self {
            Overlay::ExportPrompt(prompt) => Some(prompt),
            _ => None,
        }
    }
}

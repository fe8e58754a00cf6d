//! The note editor (`n`): the open article's note, several lines, typed through `TextInput` (Enter
//! types a newline, as in any multi-line box; the save key saves, Esc cancels).
use super::input::TextInput;
use crate::model::ArticleId;

/// Most rows the note takes under the reader's header (the editor shows it whole, scrolled to the
/// cursor).
pub const NOTE_MAX_ROWS: usize = 4;

/// The note being written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteEditor {
    /// The article it is for.
    pub id: ArticleId,
    /// The text, `\n` between lines, and the cursor.
    pub input: TextInput,
    /// Sent to the worker: the editor stays open until the commit answers (or fails, text kept).
    pub saving: bool,
}

impl NoteEditor {
    /// An editor on `id`'s current note, the cursor at its end.
    pub fn new(id: ArticleId, note: Option<&str>) -> NoteEditor {
        NoteEditor {
            id,
            input: TextInput::with_text(note.unwrap_or_default()),
            saving: false,
        }
    }

    /// The lines as typed, and the cursor's line and column (in characters).
    pub fn lines_and_cursor(&self) -> (Vec<&str>, usize, usize) {
        let lines: Vec<&str> = self.input.text.split('\n').collect();
        let before: String = self.input.text.chars().take(self.input.cursor).collect();
        let row = before.matches('\n').count();
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count());
        (lines, row, col)
    }

    /// Moves the cursor to the start (`false`) or the end (`true`) of its line.
    pub fn line_edge(&mut self, end: bool) {
        let (lines, row, col) = self.lines_and_cursor();
        let len = lines.get(row).map_or(0, |l| l.chars().count());
        self.input.cursor = self.input.cursor - col + if end { len } else { 0 };
    }

    /// Erases the cursor's line up to the cursor (Ctrl-U, as in a shell, on this line only).
    pub fn clear_line_before(&mut self) {
        let (_, _, col) = self.lines_and_cursor();
        for _ in 0..col {
            self.input.backspace();
        }
    }

    /// Moves the cursor one line up (`-1`) or down (`1`), keeping its column where the line allows.
    pub fn move_line(&mut self, delta: isize) {
        let (lines, row, col) = self.lines_and_cursor();
        let Some(target) = row.checked_add_signed(delta).filter(|r| *r < lines.len()) else {
            return;
        };
        let start: usize = lines[..target].iter().map(|l| l.chars().count() + 1).sum();
        self.input.cursor = start + col.min(lines[target].chars().count());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cursor_moves_between_lines_keeping_its_column() {
        let mut e = NoteEditor::new(ArticleId(1), Some("première ligne\nab\ntroisième"));
        assert_eq!(e.lines_and_cursor().1..e.lines_and_cursor().2, 2..9);
        e.move_line(-1);
        assert_eq!((e.lines_and_cursor().1, e.lines_and_cursor().2), (1, 2));
        e.move_line(-1);
        assert_eq!((e.lines_and_cursor().1, e.lines_and_cursor().2), (0, 2));
        e.move_line(-1);
        assert_eq!(e.input.cursor, 2);
        e.input.insert('\n');
        assert_eq!(e.input.text, "pr\nemière ligne\nab\ntroisième");
    }
}

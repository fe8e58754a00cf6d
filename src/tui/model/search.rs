//! The search box: a one-line text input with a cursor, nothing more.

/// The search box's state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchBox {
    /// Whether it has the keyboard.
    pub open: bool,
    /// What is typed.
    pub text: String,
    /// Cursor position, in characters.
    pub cursor: usize,
}

impl SearchBox {
    /// Opens it with `text` (the search applied so far), cursor at the end.
    pub fn open_with(&mut self, text: &str) {
        self.open = true;
        self.text = text.to_owned();
        self.cursor = self.text.chars().count();
    }

    /// Closes it and forgets the text.
    pub fn close(&mut self) {
        *self = SearchBox::default();
    }

    /// Types a character at the cursor.
    pub fn insert(&mut self, c: char) {
        let at = self.byte_index(self.cursor);
        self.text.insert(at, c);
        self.cursor += 1;
    }

    /// Deletes the character before the cursor.
    pub fn backspace(&mut self) {
        if self.cursor > 0 {
            self.cursor -= 1;
            let at = self.byte_index(self.cursor);
            self.text.remove(at);
        }
    }

    /// Deletes the character under the cursor.
    pub fn delete(&mut self) {
        if self.cursor < self.text.chars().count() {
            let at = self.byte_index(self.cursor);
            self.text.remove(at);
        }
    }

    /// Moves the cursor by `delta` characters.
    pub fn move_cursor(&mut self, delta: isize) {
        self.cursor = self
            .cursor
            .saturating_add_signed(delta)
            .min(self.text.chars().count());
    }

    /// Moves the cursor to the start (`false`) or the end (`true`).
    pub fn cursor_to(&mut self, end: bool) {
        self.cursor = if end { self.text.chars().count() } else { 0 };
    }

    /// Erases everything before the cursor (Ctrl-U, as in a shell).
    pub fn clear_before(&mut self) {
        let at = self.byte_index(self.cursor);
        self.text.drain(..at);
        self.cursor = 0;
    }

    fn byte_index(&self, chars: usize) -> usize {
        self.text
            .char_indices()
            .nth(chars)
            .map_or(self.text.len(), |(i, _)| i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_at_the_cursor_with_accents() {
        let mut s = SearchBox::default();
        s.open_with("rançon");
        s.move_cursor(-3);
        s.insert('X');
        assert_eq!(s.text, "ranXçon");
        s.backspace();
        s.backspace();
        assert_eq!(s.text, "raçon");
        s.delete();
        assert_eq!(s.text, "raon");
        s.cursor_to(true);
        s.insert('s');
        assert_eq!(s.text, "raons");
        s.move_cursor(-2);
        s.clear_before();
        assert_eq!((s.text.as_str(), s.cursor), ("ns", 0));
    }
}

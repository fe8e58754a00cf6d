//! A one-line text input with a cursor and its editing keys: the search, the tag prompt and the
//! export prompt all type through it.
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// What is typed and where the cursor is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TextInput {
    /// What is typed.
    pub text: String,
    /// Cursor position, in characters.
    pub cursor: usize,
}

/// What a key did to an input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edited {
    /// The text changed.
    Text,
    /// Only the cursor moved.
    Cursor,
    /// Not an editing key: the caller decides what it means.
    Nothing,
}

impl TextInput {
    /// An input holding `text`, cursor at the end.
    pub fn with_text(text: &str) -> TextInput {
        TextInput {
            text: text.to_owned(),
            cursor: text.chars().count(),
        }
    }

    /// Empties it.
    pub fn clear(&mut self) {
        *self = TextInput::default();
    }

    /// Line editing: characters, Backspace, Delete, ←, →, Home, End, Ctrl-U.
    pub fn on_key(&mut self, key: KeyEvent) -> Edited {
        let plain = !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match key.code {
            KeyCode::Backspace => self.backspace(),
            KeyCode::Delete => self.delete(),
            KeyCode::Left => {
                self.move_cursor(-1);
                return Edited::Cursor;
            }
            KeyCode::Right => {
                self.move_cursor(1);
                return Edited::Cursor;
            }
            KeyCode::Home => {
                self.cursor_to(false);
                return Edited::Cursor;
            }
            KeyCode::End => {
                self.cursor_to(true);
                return Edited::Cursor;
            }
            KeyCode::Char('u') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.clear_before();
            }
            KeyCode::Char(c) if plain && !c.is_control() => self.insert(c),
            _ => return Edited::Nothing,
        }
        Edited::Text
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
        let mut s = TextInput::with_text("rançon");
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

//! The export prompt (`E`): a format and a path for the current view.
use super::input::TextInput;
use crate::export::Format;

/// What the export prompt holds while it is open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportPrompt {
    /// The chosen format (Tab cycles).
    pub format: Format,
    /// The path being typed (a relative path is taken from where veille was started).
    pub path: TextInput,
    /// The file exists and the user was told: Enter now replaces it.
    pub confirm_overwrite: bool,
}

impl ExportPrompt {
    /// A prompt for `format`, proposing `veille-<stamp>.<ext>` in the current directory.
    pub fn new(format: Format, stamp: &str) -> ExportPrompt {
        let path = TextInput::with_text(&format!("veille-{stamp}.{}", format.extension()));
        ExportPrompt {
            format,
            path,
            confirm_overwrite: false,
        }
    }

    /// The next format; a path ending in the old format's extension gets the new one.
    pub fn cycle_format(&mut self) {
        let at = Format::ALL
            .iter()
            .position(|f| *f == self.format)
            .unwrap_or(0);
        let next = Format::ALL[(at + 1) % Format::ALL.len()];
        let old_ext = format!(".{}", self.format.extension());
        if let Some(stem) = self.path.text.strip_suffix(&old_ext) {
            self.path = TextInput::with_text(&format!("{stem}.{}", next.extension()));
        }
        self.format = next;
        self.confirm_overwrite = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_cycles_formats_and_follows_the_extension() {
        let mut prompt = ExportPrompt::new(Format::Csv, "2026-11-27");
        assert_eq!(prompt.path.text, "veille-2026-11-27.csv");
        prompt.cycle_format();
        assert_eq!(
            (prompt.format, prompt.path.text.as_str()),
            (Format::Json, "veille-2026-11-27.json")
        );
        for _ in 0..4 {
            prompt.cycle_format();
        }
        assert_eq!(prompt.format, Format::Csv);
        prompt.path = TextInput::with_text("/tmp/rapport");
        prompt.cycle_format();
        assert_eq!(
            prompt.path.text, "/tmp/rapport",
            "a path the user typed is left alone"
        );
    }
}

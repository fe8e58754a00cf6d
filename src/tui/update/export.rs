//! The export prompt: `E` proposes a file for the list as shown, Tab changes the format, Enter writes.
use crate::export::Format;
use crate::tui::model::{App, ExportPrompt, Overlay};
use crate::tui::msg::{DbJob, Effect};
use ratatui::crossterm::event::{KeyCode, KeyEvent};

/// Opens the prompt with a dated file name in the current directory.
pub(super) fn open(app: &mut App) -> Vec<Effect> {
    let stamp = app
        .now
        .map(|now| now.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| "export".to_owned());
    app.overlay = Overlay::ExportPrompt(ExportPrompt::new(Format::Csv, &stamp));
    Vec::new()
}

/// Keys while the prompt is open: editing, Tab for the format, Enter to write, Esc to cancel.
pub(super) fn on_export_key(app: &mut App, key: KeyEvent) -> Vec<Effect> {
    let Overlay::ExportPrompt(prompt) = &mut app.overlay else {
        return Vec::new();
    };
    match key.code {
        KeyCode::Esc => app.overlay = Overlay::None,
        KeyCode::Tab => prompt.cycle_format(),
        KeyCode::Enter => {
            let path = prompt.path.text.trim().to_owned();
            if path.is_empty() {
                return Vec::new();
            }
            let (format, overwrite) = (prompt.format, prompt.confirm_overwrite);
            // Kept until the worker answers: a file that exists or cannot be written gives the
            // prompt back with what was typed.
            app.pending_export = Some(prompt.clone());
            app.overlay = Overlay::None;
            return vec![Effect::Db(DbJob::Export {
                filter: app.filter(),
                format,
                path,
                options: app.settings.export.clone(),
                overwrite,
            })];
        }
        _ => {
            prompt.path.on_key(key);
            prompt.confirm_overwrite = false;
        }
    }
    Vec::new()
}

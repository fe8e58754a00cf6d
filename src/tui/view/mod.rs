//! `view`: draws the model, changes nothing. Every string that came from a feed passes through
//! `text::screen` before it becomes a `Span`.
use super::model::{App, Pane};
use ratatui::Frame;
use ratatui::style::Style;
use ratatui::widgets::Block;

mod centered;
mod failing;
mod header;
mod help;
mod list;
mod note;
mod reader;
mod sidebar;
mod status;
mod stories;
mod tagging;
pub use failing::line_count as failing_lines;
pub use help::line_count as help_lines;
pub use tagging::tag_panel_rows;
mod apart;
mod text;

/// Draws the whole screen for `app`.
pub fn view(app: &App, frame: &mut Frame) {
    let areas = app.areas_in(frame.area());
    header::draw(app, frame, areas.header);
    if let Some(area) = areas.sidebar {
        sidebar::draw(app, frame, area);
    }
    if let Some(area) = areas.list {
        list::draw(app, frame, area);
    }
    if let Some(area) = areas.reader {
        reader::draw(app, frame, area);
    }
    status::draw(app, frame, areas.status);
    tagging::draw_prompt(app, frame, frame.area());
    note::draw(app, frame, frame.area());
    if app.overlay.help_scroll().is_some() {
        help::draw(app, frame, frame.area());
    }
    if app.overlay.failing_scroll().is_some() {
        failing::draw(app, frame, frame.area());
    }
}

/// A pane's block, its border in the accent colour when it has the focus.
fn pane<'a>(app: &App, pane: Pane, block: Block<'a>, title: String) -> Block<'a> {
    let theme = &app.settings.theme;
    let border = if app.focus == pane {
        theme.accent
    } else {
        theme.muted
    };
    block
        .border_style(border)
        .title(title)
        .title_style(if app.focus == pane {
            theme.accent
        } else {
            Style::new()
        })
}

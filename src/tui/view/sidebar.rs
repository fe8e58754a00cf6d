//! The sidebar: saved filters and feeds, with unread counts.
use super::apart::cuts_apart;
use crate::text::screen;
use crate::tui::i18n::T;
use crate::tui::layout;
use crate::tui::model::{App, Pane, Scope};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

pub(super) fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.settings.lang;
    let theme = &app.settings.theme;
    let block = super::pane(
        app,
        Pane::Sidebar,
        layout::pane_block(),
        T::FeedsTitle.get(lang).to_owned(),
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let sidebar = &app.sidebar;
    // Every row is labelled first, so that two names cut alike can be cut apart (`cuts_apart`).
    let rows: Vec<Row> = (0..sidebar.len())
        .filter_map(|i| row(app, i, width))
        .collect();
    let labels: Vec<(&str, usize)> = rows
        .iter()
        .map(|r| (r.label.as_str(), r.label_width))
        .collect();
    let cuts = cuts_apart(&labels);
    let lines: Vec<Line> = rows
        .iter()
        .zip(cuts)
        .filter(|(r, _)| r.index >= sidebar.scroll)
        .take(usize::from(inner.height))
        .map(|(r, label)| {
            let pad = r.label_width.saturating_sub(label.width());
            Line::from(vec![
                Span::raw(r.marker),
                Span::raw(label),
                Span::raw(" ".repeat(pad + 1)),
                Span::styled(r.count.clone(), theme.muted),
            ])
            .style(r.style)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// One sidebar row before its label is cut.
struct Row {
    index: usize,
    marker: &'static str,
    label: String,
    label_width: usize,
    count: String,
    style: Style,
}

/// Row `i` of the sidebar in `width` columns.
fn row(app: &App, i: usize, width: usize) -> Option<Row> {
    let lang = app.settings.lang;
    let theme = &app.settings.theme;
    let sidebar = &app.sidebar;
    let scope = sidebar.scope(i)?;
    let feed = match &scope {
        Scope::Feed(_) => sidebar
            .feeds
            .get(i - super::super::model::sidebar::SAVED.len()),
        _ => None,
    };
    let failing = feed.is_some_and(|f| f.failure.is_some());
    let (label, unread) = match &scope {
        // A failing feed is marked; the status bar says why when it is selected.
        Scope::Feed(name) if failing => (
            format!("{FAILING_MARK}{}", screen::line(name)),
            feed.map_or(0, |f| f.unread),
        ),
        Scope::Feed(name) => (screen::line(name), feed.map_or(0, |f| f.unread)),
        Scope::All | Scope::Unread => (label_of(&scope, lang), sidebar.unread_total()),
        // The tag key's letter marks the facet (a actor, t target, y attack type).
        Scope::Tag(facet, value) => (
            format!(
                "{} {}",
                tag_mark(*facet),
                screen::line(&app.settings.vocab.display(*facet, value, lang))
            ),
            sidebar
                .tags
                .iter()
                .find(|t| t.facet == *facet && &t.value == value)
                .map_or(0, |t| t.count),
        ),
        other => (label_of(other, lang), 0),
    };
    let marker = if scope == sidebar.active {
        "▸ "
    } else {
        "  "
    };
    let count = if unread > 0 {
        unread.to_string()
    } else {
        String::new()
    };
    let mut style = if unread > 0 {
        theme.unread
    } else {
        Style::new()
    };
    if failing {
        style = theme.error;
    }
    if i == sidebar.cursor && app.focus == Pane::Sidebar {
        style = theme.selection;
    }
    Some(Row {
        index: i,
        marker,
        label,
        label_width: width.saturating_sub(2 + count.len() + 1),
        count,
        style,
    })
}

/// Before the name of a feed whose last fetch failed.
pub const FAILING_MARK: &str = "! ";

fn tag_mark(facet: crate::model::Facet) -> char {
    match facet {
        crate::model::Facet::Actor => 'a',
        crate::model::Facet::Target => 't',
        crate::model::Facet::Attack => 'y',
    }
}

fn label_of(scope: &Scope, lang: crate::model::Lang) -> String {
    scope
        .label()
        .map_or_else(String::new, |t| t.get(lang).to_owned())
}

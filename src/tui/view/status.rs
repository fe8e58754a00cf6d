//! The status bar: the search box, else an error, else the refresh gauge, else the last message or
//! key hints.
use crate::text::screen;
use crate::tui::i18n::T;
use crate::tui::model::{App, Overlay, Pane};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Paragraph};
use unicode_width::UnicodeWidthStr;

pub(super) fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.settings.lang;
    let theme = &app.settings.theme;
    if let Some(export) = app.overlay.export_prompt() {
        let format = [("format", export.format.name())];
        let mut prompt = T::ExportPrompt.fill(lang, &format);
        // The keys' reminder goes before the path is cut: « Exporter en markdown (Tab : format,
        // Éch…veille-2026-12-02.md » at 80 columns lost both the path's start and the sentence.
        if prompt.width() + screen::line(&export.path.text).width() >= usize::from(area.width) {
            prompt = T::ExportPromptShort.fill(lang, &format);
        }
        draw_input(
            frame,
            area,
            &prompt,
            &export.path.text,
            export.path.cursor,
            theme.accent,
        );
        return;
    }
    if let Some(search) = app.overlay.search() {
        let prompt = T::SearchPrompt.get(lang);
        draw_input(
            frame,
            area,
            prompt,
            &search.text,
            search.cursor,
            theme.accent,
        );
        draw_hint_right(
            frame,
            area,
            &search.text,
            prompt,
            T::HintsSearchBox.get(lang),
            theme,
        );
        return;
    }
    // An error is never hidden behind the refresh gauge (a tag edit that failed meanwhile, say).
    if app.refresh.running && !app.notice.as_ref().is_some_and(|n| n.error) {
        let [gauge, label] =
            Layout::horizontal([Constraint::Length(20), Constraint::Min(0)]).areas(area);
        let ratio = if app.refresh.total == 0 {
            0.0
        } else {
            app.refresh.done as f64 / app.refresh.total as f64
        };
        frame.render_widget(
            LineGauge::default()
                .ratio(ratio.clamp(0.0, 1.0))
                .filled_style(theme.accent)
                .unfilled_style(theme.muted),
            gauge,
        );
        let text = T::Refreshing.fill(
            lang,
            &[
                ("done", &app.refresh.done.to_string()),
                ("total", &app.refresh.total.to_string()),
                ("feed", &screen::line(&app.refresh.feed)),
            ],
        );
        frame.render_widget(Paragraph::new(format!(" {text}")), label);
        return;
    }
    let line = match &app.notice {
        Some(notice) => {
            let style = if notice.error {
                theme.error
            } else {
                ratatui::style::Style::new()
            };
            Line::styled(
                screen::line(&notice.render(lang, &app.settings.keymap)),
                style,
            )
        }
        None => match failing_feed(app) {
            Some(text) => Line::styled(text, theme.error),
            None => Line::styled(hints(app).keyed(lang, &app.settings.keymap), theme.muted),
        },
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// What the keys do where the keyboard is now: the overlay that has it, else the focused pane (a
/// searched list says how to clear the search). Each names the user's own keys.
fn hints(app: &App) -> T {
    match &app.overlay {
        Overlay::Help { .. } | Overlay::FailingFeeds { .. } => T::HintsOverlay,
        Overlay::TagPrompt(_) => T::HintsPrompt,
        Overlay::Note(_) => T::HintsNote,
        Overlay::Search(_) => T::HintsSearchBox,
        Overlay::ExportPrompt(_) | Overlay::None => match app.focus {
            Pane::Reader => T::HintsReader,
            Pane::Sidebar => T::HintsSidebar,
            Pane::List if app.query.search.is_some() => T::HintsSearch,
            Pane::List => T::Hints,
        },
    }
}

/// The search box's keys at the right of the status bar, when the text leaves room for them.
fn draw_hint_right(
    frame: &mut Frame,
    area: Rect,
    text: &str,
    prompt: &str,
    hint: &str,
    theme: &crate::tui::theme::Theme,
) {
    let used = prompt.width() + screen::line(text).width() + 2;
    let width = hint.width();
    if used + width > usize::from(area.width) {
        return;
    }
    let hint_width = u16::try_from(width).unwrap_or(u16::MAX);
    let at = Rect {
        x: area.right().saturating_sub(hint_width),
        width: hint_width,
        ..area
    };
    frame.render_widget(
        Paragraph::new(Line::styled(hint.to_owned(), theme.muted)),
        at,
    );
}

/// Why the feed under the sidebar's cursor (or the one the list shows) fails: its sanitized reason,
/// HTTP status and last success.
fn failing_feed(app: &App) -> Option<String> {
    let lang = app.settings.lang;
    let sidebar = &app.sidebar;
    let cursor = (app.focus == crate::tui::model::Pane::Sidebar)
        .then(|| sidebar.scope(sidebar.cursor))
        .flatten();
    let name = match (cursor.as_ref(), &sidebar.active) {
        (Some(crate::tui::model::Scope::Feed(name)), _)
        | (None, crate::tui::model::Scope::Feed(name)) => name.clone(),
        _ => return None,
    };
    let feed = sidebar.feeds.iter().find(|f| f.name == name)?;
    let failure = feed.failure.as_ref()?;
    let status = super::failing::status_beside_reason(lang, failure);
    let day = |at: chrono::DateTime<chrono::Utc>| app.settings.zone.day(at);
    let last = match failure.last_success {
        Some(at) => T::FeedLastSuccess.fill(lang, &[("date", &day(at))]),
        None => T::FeedNeverFetched.get(lang).to_owned(),
    };
    let since = match failure.failing_since {
        Some(at) => T::FeedFailingSince.fill(lang, &[("date", &day(at)), ("last", &last)]),
        None => last,
    };
    Some(screen::line(&T::FeedFailing.fill(
        lang,
        &[
            ("feed", &screen::line(&feed.name)),
            ("reason", &screen::line(&failure.reason)),
            ("status", &status),
            ("since", &since),
        ],
    )))
}

/// A one-line input: the prompt, the text (sanitized), and the terminal cursor at `cursor`. What
/// is typed stays in sight on a narrow terminal: the prompt gives way first (cut to half the line,
/// ending in `…`), then the text scrolls so that the cursor shows, `…` marking what went left.
fn draw_input(
    frame: &mut Frame,
    area: Rect,
    prompt: &str,
    text: &str,
    cursor: usize,
    style: ratatui::style::Style,
) {
    let text = screen::line(text);
    let width = usize::from(area.width);
    let prompt = if prompt.width() + text.width() < width {
        prompt.to_owned()
    } else {
        super::text::cut(prompt, width / 2)
    };
    // Columns for the text, the cursor's own included when it sits after the last character.
    let room = width.saturating_sub(prompt.width()).max(1);
    let chars: Vec<char> = text.chars().collect();
    let cursor = cursor.min(chars.len());
    let span_width =
        |from: usize, to: usize| -> usize { chars[from..to].iter().collect::<String>().width() };
    let mut start = 0;
    while start < cursor && span_width(start, cursor) + usize::from(start > 0) + 1 > room {
        start += 1;
    }
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    shown.extend(&chars[start..]);
    let before = usize::from(start > 0) + span_width(start, cursor);
    let line = Line::from(vec![
        Span::styled(prompt.clone(), style),
        Span::raw(super::text::cut(&shown, room)),
    ]);
    frame.render_widget(Paragraph::new(line), area);
    let x = area.x + u16::try_from(prompt.width() + before).unwrap_or(u16::MAX);
    frame.set_cursor_position(Position::new(x.min(area.right().saturating_sub(1)), area.y));
}

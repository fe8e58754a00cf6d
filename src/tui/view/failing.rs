//! The failing feeds (`!`): each feed whose last fetch failed, why (sanitized: a server wrote it),
//! its HTTP status and since when — what `veille feeds list --failed` prints.
use super::centered::{self, CenteredBox};
use crate::text::screen;
use crate::tui::i18n::T;
use crate::tui::model::App;
use crate::tui::msg::FeedFailure;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The overlay's lines: two per failing feed, or one saying that none fails.
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let lang = app.settings.lang;
    let theme = &app.settings.theme;
    let zone = app.settings.zone;
    let failing: Vec<_> = app
        .sidebar
        .feeds
        .iter()
        .filter_map(|f| f.failure.as_ref().map(|failure| (f, failure)))
        .collect();
    if failing.is_empty() {
        return vec![Line::styled(T::FailingNone.get(lang), theme.muted)];
    }
    let mut lines = Vec::new();
    for (feed, failure) in failing {
        let status = status_beside_reason(lang, failure);
        lines.push(Line::from(vec![
            Span::styled(
                format!(
                    "{}{}",
                    super::sidebar::FAILING_MARK,
                    screen::line(&feed.name)
                ),
                theme.error,
            ),
            Span::raw(format!("{status} — {}", screen::line(&failure.reason))),
        ]));
        let last = match failure.last_success {
            Some(at) => T::FeedLastSuccess.fill(lang, &[("date", &zone.full(at))]),
            None => T::FeedNeverFetched.get(lang).to_owned(),
        };
        let since = match failure.failing_since {
            Some(at) => {
                T::FeedFailingSince.fill(lang, &[("date", &zone.full(at)), ("last", &last)])
            }
            None => last,
        };
        lines.push(Line::styled(format!("    {since}"), theme.muted));
    }
    lines
}

/// The failure's HTTP status as said after its reason (` (HTTP 503)`), or nothing when the reason
/// is that status itself: "(HTTP 404) — HTTP 404" said it twice (`feeds list --failed` says it once).
pub(super) fn status_beside_reason(lang: crate::model::Lang, failure: &FeedFailure) -> String {
    match failure.status {
        Some(s) if !failure.reason.starts_with(&format!("HTTP {s}")) => {
            T::FeedHttpStatus.fill(lang, &[("status", &s.to_string())])
        }
        _ => String::new(),
    }
}

/// How many lines the overlay holds, for its scrolling bounds.
pub fn line_count(app: &App) -> usize {
    lines(app).len()
}

pub(super) fn draw(app: &App, frame: &mut Frame, screen: Rect) {
    let lang = app.settings.lang;
    let failing = app
        .sidebar
        .feeds
        .iter()
        .filter(|f| f.failure.is_some())
        .count();
    let overlay = CenteredBox {
        title: T::FailingTitle.fill(lang, &[("n", &failing.to_string())]),
        bottom: T::FailingClose.keyed(lang, &app.settings.keymap),
        lines: lines(app),
        max_width: 100,
        scroll: app.overlay.failing_scroll().unwrap_or(0),
    };
    centered::draw(frame, screen, &app.settings.theme, overlay);
}

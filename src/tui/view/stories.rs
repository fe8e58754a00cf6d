//! Rows of the stories view: a story (its newest title, languages, sources, time span) and, when
//! expanded, each of its articles with its feed and why it joined.
use super::list::{Columns, Dates};
use super::text::{cut, fit, row_chips};
use crate::model::{ArticleSummary, Facet};
use crate::store::StoryHead;
use crate::stories::Reason;
use crate::text::screen;
use crate::tui::i18n::T;
use crate::tui::model::App;
use chrono::{DateTime, Datelike, Utc};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

/// A story's row: unread marker, open/closed (or marked for a merge), latest date, languages,
/// sources, newest title, time span and the tags of all its articles.
pub(super) fn head_line<'a>(
    row: &ArticleSummary,
    head: &StoryHead,
    marked: bool,
    columns: &Columns,
    app: &App,
    chip: &dyn Fn(Facet, &str) -> String,
) -> Line<'a> {
    let theme = &app.settings.theme;
    let lang = app.settings.lang;
    let base = if row.read { Style::new() } else { theme.unread };
    let glyph = match (marked, head.expanded) {
        (true, _) => Span::styled("◆ ", theme.error),
        (false, true) => Span::styled("▾ ", theme.accent),
        (false, false) => Span::styled("▸ ", theme.accent),
    };
    let languages: Vec<String> = head
        .languages
        .iter()
        .map(|l| l.code().to_uppercase())
        .collect();
    let sources = T::StorySources.fill(lang, &[("n", &head.sources.to_string())]);
    let mut spans = vec![
        Span::styled(if row.read { "  " } else { "● " }, theme.unread),
        glyph,
        Span::styled(
            fit(
                &Dates::of(app).date(head.last_seen, columns.date),
                columns.date,
            ) + " ",
            theme.muted,
        ),
        Span::styled(fit(&languages.join("/"), columns.lang) + " ", theme.muted),
    ];
    let mut rest = columns.rest;
    if columns.feed > 0 {
        spans.push(Span::styled(fit(&sources, columns.feed) + " ", theme.muted));
    } else {
        let shown = format!("{sources} ");
        rest = rest.saturating_sub(shown.width());
        spans.push(Span::styled(shown, theme.muted));
    }
    let span = span(head.first_seen, head.last_seen, Dates::of(app));
    let chips = row_chips(&super::list::chip_values(row, chip), rest / 4, rest);
    // The span whole or not at all: a cut date says nothing.
    let span = if span.width() <= rest.saturating_sub(chips.width()) / 3 {
        span
    } else {
        String::new()
    };
    let title_width = rest.saturating_sub(chips.width() + span.width());
    spans.push(Span::styled(
        fit(&screen::line(&row.title), title_width),
        base,
    ));
    spans.push(Span::styled(span, theme.muted));
    spans.push(Span::styled(chips, theme.chip));
    Line::from(spans)
}

/// A story's time span on the screen's clock, ` (09-19 → 09-21)` (with the year when not this
/// year's); empty when its articles are of one day.
fn span(first: Option<DateTime<Utc>>, last: Option<DateTime<Utc>>, dates: Dates) -> String {
    let (Some(first), Some(last)) = (first, last) else {
        return String::new();
    };
    let wall = |d| dates.zone.wall(d);
    let (first, last) = (wall(first), wall(last));
    if first.date() == last.date() {
        return String::new();
    }
    let now = dates.now.map(wall);
    let this_year = |d: chrono::NaiveDateTime| now.is_none_or(|n| n.year() == d.year());
    let format = if this_year(first) && this_year(last) {
        "%m-%d"
    } else {
        "%Y-%m-%d"
    };
    format!(" ({} → {})", first.format(format), last.format(format))
}

/// An article under its open story: marker, star, date, language, its feed, its title and why
/// it joined the story.
pub(super) fn member_line<'a>(
    row: &ArticleSummary,
    reason: Option<&Reason>,
    columns: &Columns,
    app: &App,
) -> Line<'a> {
    let theme = &app.settings.theme;
    let base = if row.read { Style::new() } else { theme.unread };
    let mut spans = vec![
        Span::styled(if row.read { "  " } else { "● " }, theme.unread),
        Span::styled(if row.starred { "★ " } else { "  " }, theme.star),
        Span::styled(
            fit(
                &Dates::of(app).date(row.published, columns.date),
                columns.date,
            ) + " ",
            theme.muted,
        ),
        Span::styled(
            fit(row.lang.map_or("--", |l| l.code()), columns.lang) + " ",
            theme.muted,
        ),
    ];
    let mut rest = columns.rest;
    let feed = screen::line(&row.feed);
    if columns.feed > 0 {
        spans.push(Span::styled(fit(&feed, columns.feed) + " ", theme.muted));
    }
    let why = reason.map(|r| screen::line(&crate::i18n::story_reason(r, app.settings.lang)));
    rest = rest.saturating_sub(2);
    spans.push(Span::styled("└ ", theme.muted));
    let title = screen::line(&row.title);
    let title_width = match &why {
        // The title keeps most of the room; the reason what is left.
        Some(_) => title.width().min(rest * 3 / 5),
        None => rest,
    };
    spans.push(Span::styled(fit(&title, title_width), base));
    if let Some(why) = why {
        let left = rest.saturating_sub(title_width);
        spans.push(Span::styled(cut(&format!(" — {why}"), left), theme.muted));
    }
    Line::from(spans)
}

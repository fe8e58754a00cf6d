//! The article list: unread marker, star, date, language, feed, title and tag chips.
use super::apart::cuts_apart;
use super::text::{fit, row_chips};
use crate::model::{ArticleSummary, Facet};
use crate::store::StoryRowKind;
use crate::text::screen;
use crate::tui::i18n::T;
use crate::tui::layout;
use crate::tui::model::{App, Pane, Scope, Zone};
use crate::tui::theme::Theme;
use chrono::{DateTime, Datelike, Utc};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use std::collections::HashMap;
use unicode_width::UnicodeWidthStr;

pub(super) fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.settings.lang;
    let list = &app.list;
    // The stories view counts stories, not its rows: an expanded story adds a row per article.
    let (title, n) = if app.stories.on {
        (T::StoriesTitle, list.stories.unwrap_or(list.len()))
    } else {
        (T::ListTitle, list.len())
    };
    let title = title.fill(lang, &[("n", &n.to_string())]);
    let block = super::pane(app, Pane::List, layout::pane_block(), title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if list.is_empty() {
        let text = if list.pending.is_some() {
            T::Loading
        } else if app.sidebar.feeds.iter().all(|f| f.total == 0)
            && app.query.search.is_none()
            && app.query.lang.is_none()
            && !app.query.unread_only
        {
            T::EmptyStore
        } else if empty_feed_chosen(app) {
            // Not « no article matches … clears the search » when there is no search: a feed
            // subscribed and never fetched (or failing from the start) has nothing stored.
            T::EmptyFeed
        } else {
            T::EmptyFilter
        };
        let paragraph = Paragraph::new(text.keyed(lang, &app.settings.keymap))
            .style(app.settings.theme.muted)
            .wrap(Wrap { trim: true });
        frame.render_widget(paragraph, inner);
        return;
    }
    let columns = Columns::for_width(usize::from(inner.width), app.stories.on)
        .telling_apart(app.sidebar.feeds.iter().map(|f| f.name.as_str()));
    let chip = |facet, value: &str| app.settings.vocab.display(facet, value, lang);
    let theme = &app.settings.theme;
    let lines: Vec<Line> = (list.scroll..list.len())
        .take(usize::from(inner.height))
        .map(|i| match (list.row(i), list.kind(i)) {
            (Some(row), kind) => {
                let selected = i == list.selected;
                let line = match kind {
                    Some(StoryRowKind::Story(head)) => {
                        let marked = app.stories.marked == Some(head.id);
                        super::stories::head_line(row, head, marked, &columns, app, &chip)
                    }
                    Some(StoryRowKind::Member { reason, .. }) => {
                        super::stories::member_line(row, reason.as_ref(), &columns, app)
                    }
                    _ => return row_line(row, &columns, Dates::of(app), theme, selected, &chip),
                };
                if selected {
                    line.style(theme.selection)
                } else {
                    line
                }
            }
            (None, _) => Line::styled("…", theme.muted),
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// True when the sidebar's chosen scope is a feed with no article stored, and nothing else filters.
fn empty_feed_chosen(app: &App) -> bool {
    let Scope::Feed(name) = &app.sidebar.active else {
        return false;
    };
    app.query.search.is_none()
        && app.query.lang.is_none()
        && !app.query.unread_only
        && app
            .sidebar
            .feeds
            .iter()
            .any(|f| &f.name == name && f.total == 0)
}

/// Before the title of an article its feed changed after it was tagged, annotated or starred.
pub const CHANGED_MARK: &str = "Δ ";

/// Before the title of an article the analyst wrote a note on.
pub const NOTE_MARK: &str = "✎ ";

/// Column widths for a list `width` columns wide.
pub(super) struct Columns {
    pub(super) date: usize,
    /// The languages: `fr`, or a story's `FR/EN`.
    pub(super) lang: usize,
    pub(super) feed: usize,
    pub(super) rest: usize,
    /// Each feed's name as its column shows it, cut apart from the others (`cuts_apart`).
    feed_names: HashMap<String, String>,
}

impl Columns {
    /// The columns of the article list, or of the stories view (wider languages).
    pub(super) fn for_width(width: usize, stories: bool) -> Columns {
        let (date, feed) = match width {
            0..50 => (5, 0),
            50..100 => (5, 10),
            _ => (10, 16),
        };
        // Marker, star, date, language, feed, each followed by a space.
        let lang = if stories { 5 } else { 2 };
        let fixed = 2 + 2 + date + 1 + lang + 1 + if feed > 0 { feed + 1 } else { 0 };
        Columns {
            date,
            lang,
            feed,
            rest: width.saturating_sub(fixed),
            feed_names: HashMap::new(),
        }
    }

    /// These columns with the names of `feeds` cut so that two of them never read the same:
    /// « BleepingC… » and « Bleep… (2) », not « BleepingC… » twice.
    pub(super) fn telling_apart<'a>(mut self, feeds: impl Iterator<Item = &'a str>) -> Columns {
        let names: Vec<String> = feeds.map(screen::line).collect();
        let labels: Vec<(&str, usize)> = names.iter().map(|n| (n.as_str(), self.feed)).collect();
        self.feed_names = names.iter().cloned().zip(cuts_apart(&labels)).collect();
        self
    }

    /// The feed column's text for `feed`, padded to its width.
    fn feed_cell(&self, feed: &str) -> String {
        let name = screen::line(feed);
        match self.feed_names.get(&name) {
            Some(cut) => fit(cut, self.feed),
            None => fit(&name, self.feed),
        }
    }
}

/// One row of the list.
fn row_line<'a>(
    row: &ArticleSummary,
    columns: &Columns,
    when: Dates,
    theme: &Theme,
    selected: bool,
    chip: &dyn Fn(Facet, &str) -> String,
) -> Line<'a> {
    let base = if row.read { Style::new() } else { theme.unread };
    let mut spans = vec![
        Span::styled(if row.read { "  " } else { "● " }, theme.unread),
        Span::styled(if row.starred { "★ " } else { "  " }, theme.star),
        Span::styled(
            fit(&when.date(row.published, columns.date), columns.date) + " ",
            theme.muted,
        ),
        Span::styled(
            fit(row.lang.map_or("--", |l| l.code()), columns.lang) + " ",
            theme.muted,
        ),
    ];
    if columns.feed > 0 {
        spans.push(Span::styled(
            columns.feed_cell(&row.feed) + " ",
            theme.muted,
        ));
    }
    let chips = row_chips(&chip_values(row, chip), columns.rest / 4, columns.rest);
    let mut title_width = columns.rest.saturating_sub(chips.width());
    if row.revisions > 0 {
        // The feed changed it after it was worked on (the reader says how): shown, never silent.
        spans.push(Span::styled(CHANGED_MARK, theme.error));
        title_width = title_width.saturating_sub(CHANGED_MARK.width());
    }
    if row.noted {
        spans.push(Span::styled(NOTE_MARK, theme.chip));
        title_width = title_width.saturating_sub(NOTE_MARK.width());
    }
    spans.push(Span::styled(
        fit(&screen::line(&row.title), title_width),
        base,
    ));
    spans.push(Span::styled(chips, theme.chip));
    let line = Line::from(spans);
    if selected {
        line.style(theme.selection)
    } else {
        line
    }
}

/// The row's tags as their chips show them, actors first.
pub(super) fn chip_values(
    row: &ArticleSummary,
    chip: &dyn Fn(Facet, &str) -> String,
) -> Vec<String> {
    Facet::ALL
        .into_iter()
        .flat_map(|f| row.tags.get(f).iter().map(move |v| (f, v)))
        .map(|(f, v)| screen::line(&chip(f, v)))
        .collect()
}

/// What a row's date is shown against: the time now and the zone of the screen.
#[derive(Debug, Clone, Copy)]
pub(super) struct Dates {
    pub(super) now: Option<DateTime<Utc>>,
    pub(super) zone: Zone,
}

impl Dates {
    /// The screen's clock and zone.
    pub(super) fn of(app: &App) -> Dates {
        Dates {
            now: app.now,
            zone: app.settings.zone,
        }
    }

    /// `HH:MM` for today (both on the wall clock of the zone); else the ISO date, or its month and
    /// day (`09-19`) in `width` 5, or the year for another year.
    pub(super) fn date(self, published: Option<DateTime<Utc>>, width: usize) -> String {
        let Some(d) = published else {
            return String::new();
        };
        let d = self.zone.wall(d);
        let now = self.now.map(|n| self.zone.wall(n));
        let format = match now {
            Some(n) if n.date() == d.date() => "%H:%M",
            _ if width >= 10 => "%Y-%m-%d",
            Some(n) if n.year() == d.year() => "%m-%d",
            _ => "%Y",
        };
        d.format(format).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ArticleId, Lang, Tags};
    use chrono::TimeZone;
    use ratatui::buffer::Buffer;
    use ratatui::widgets::Widget;

    fn row() -> ArticleSummary {
        ArticleSummary {
            id: ArticleId(1),
            feed: "CERT-FR".into(),
            feed_url: "https://www.cert.ssi.gouv.fr/feed/".into(),
            title: "Compromission de la Cour pénale internationale".into(),
            url: None,
            published: Utc.with_ymd_and_hms(2023, 9, 19, 8, 30, 0).single(),
            lang: Some(Lang::Fr),
            read: false,
            starred: true,
            tags: Tags {
                target: vec!["ICC".into()],
                ..Tags::default()
            },
            revisions: 0,
            noted: false,
        }
    }

    fn draw_row(row: &ArticleSummary, width: u16, now: Option<DateTime<Utc>>) -> Buffer {
        draw_row_in(row, width, now, Zone::Utc)
    }

    fn draw_row_in(
        row: &ArticleSummary,
        width: u16,
        now: Option<DateTime<Utc>>,
        zone: Zone,
    ) -> Buffer {
        let area = Rect::new(0, 0, width, 1);
        let mut buf = Buffer::empty(area);
        let theme = Theme::monochrome();
        row_line(
            row,
            &Columns::for_width(usize::from(width), false),
            Dates { now, zone },
            &theme,
            false,
            &|_, v: &str| v.to_owned(),
        )
        .render(area, &mut buf);
        buf
    }

    fn text(buf: &Buffer) -> String {
        buf.content().iter().map(|c| c.symbol()).collect()
    }

    #[test]
    fn row_shows_marker_star_date_lang_feed_title_and_chips() {
        let now = Utc.with_ymd_and_hms(2023, 12, 1, 0, 0, 0).single();
        let buf = draw_row(&row(), 80, now);
        assert_eq!(
            text(&buf),
            "● ★ 09-19 fr CERT-FR    Compromission de la Cour pénale internationale     [ICC]"
        );
        assert!(
            buf[(0, 0)]
                .modifier
                .contains(ratatui::style::Modifier::BOLD)
        );
    }

    #[test]
    fn an_article_its_feed_changed_after_it_was_tagged_is_marked() {
        let mut changed = row();
        changed.revisions = 2;
        let now = Utc.with_ymd_and_hms(2023, 12, 1, 0, 0, 0).single();
        assert_eq!(
            text(&draw_row(&changed, 80, now)),
            "● ★ 09-19 fr CERT-FR    Δ Compromission de la Cour pénale internationale   [ICC]"
        );
    }

    #[test]
    fn read_row_drops_the_marker_and_today_shows_the_time() {
        let mut read = row();
        read.read = true;
        read.starred = false;
        let now = Utc.with_ymd_and_hms(2023, 9, 19, 18, 0, 0).single();
        let buf = draw_row(&read, 60, now);
        assert!(
            text(&buf).starts_with("    08:30 fr CERT-FR    Compromission"),
            "{}",
            text(&buf)
        );
    }

    #[test]
    fn dates_are_on_the_screen_s_wall_clock() {
        // 2023-09-19 22:30 UTC is already the 20th, 00:30, in Paris (UTC+2 in September).
        let mut late = row();
        late.published = Utc.with_ymd_and_hms(2023, 9, 19, 22, 30, 0).single();
        let paris = Zone::Fixed(chrono::FixedOffset::east_opt(7200).expect("valid"));
        let now = Utc.with_ymd_and_hms(2023, 9, 20, 6, 0, 0).single();
        let local = text(&draw_row_in(&late, 60, now, paris));
        assert!(local.starts_with("● ★ 00:30 fr"), "{local}");
        let utc = text(&draw_row_in(&late, 60, now, Zone::Utc));
        assert!(utc.starts_with("● ★ 09-19 fr"), "{utc}");
        let wide = text(&draw_row_in(&late, 120, None, paris));
        assert!(wide.starts_with("● ★ 2023-09-20 fr"), "{wide}");
    }

    #[test]
    fn wide_rows_show_the_iso_date_and_other_years_the_year() {
        let wide = text(&draw_row(&row(), 120, None));
        assert!(
            wide.starts_with("● ★ 2023-09-19 fr CERT-FR          Compromission"),
            "{wide}"
        );
        let next_year = Utc.with_ymd_and_hms(2024, 1, 2, 0, 0, 0).single();
        let narrow = text(&draw_row(&row(), 80, next_year));
        assert!(narrow.starts_with("● ★ 2023  fr"), "{narrow}");
    }

    #[test]
    fn hostile_title_leaves_no_escape_in_the_buffer() {
        let mut hostile = row();
        hostile.title = "Pwn \x1b]52;c;aGVsbG8=\x07ed \x1b[31mred".into();
        let buf = draw_row(&hostile, 80, None);
        let shown = text(&buf);
        assert!(shown.contains("Pwn ed red"), "{shown}");
        assert!(!shown.contains('\u{1b}') && !shown.contains("52;c"));
    }
}

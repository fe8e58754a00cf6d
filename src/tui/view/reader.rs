//! The reader: a fixed header (title, feed, date, language, author, URL) over the scrolling body.
use crate::text::layout::{Header, Mark};
use crate::text::screen;
use crate::tui::i18n::T;
use crate::tui::layout;
use crate::tui::model::{App, Pane};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

pub(super) fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.settings.lang;
    let theme = &app.settings.theme;
    let reader = &app.reader;
    let mut title = T::ReaderTitle.get(lang).to_owned();
    if let Some(open) = &reader.open {
        let lines = open.body.lines.len();
        if lines > 0 {
            let shown = (reader.scroll + usize::from(layout::reader_body(area).height)).min(lines);
            title = format!("{title} {}%", shown * 100 / lines);
        }
    }
    let block = super::pane(app, Pane::Reader, layout::reader_block(), title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(open) = &reader.open else {
        frame.render_widget(
            Paragraph::new(T::Loading.get(lang)).style(theme.muted),
            inner,
        );
        return;
    };
    let [head, body] = Layout::vertical([
        Constraint::Length(layout::READER_HEADER_ROWS),
        Constraint::Min(0),
    ])
    .areas(inner);
    let [title_area, meta_area, url_area, rule_area] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(head);
    let summary = &open.article.summary;
    let mut header = Header::of(&open.article);
    // On screen, the date is on the user's clock; `veille show` and exports keep UTC.
    header.published = summary.published.map(|at| app.settings.zone.full(at));
    let title: Vec<Line> = super::text::wrap_at_most(
        &header.title,
        usize::from(title_area.width),
        usize::from(title_area.height),
    )
    .into_iter()
    .map(Line::from)
    .collect();
    frame.render_widget(
        Paragraph::new(title).style(Style::new().add_modifier(Modifier::BOLD)),
        title_area,
    );
    let meta = header.meta(T::Undated.get(lang), |author| {
        T::ByAuthor.fill(lang, &[("author", author)])
    });
    let meta = meta.join(" · ");
    // The tags in what the line leaves, whole, and how many more (the panel lists them all).
    let chip = |facet, value: &str| app.settings.vocab.display(facet, value, lang);
    let room = usize::from(meta_area.width).saturating_sub(meta.width());
    let chips = super::text::chips_within(&super::list::chip_values(summary, &chip), room);
    let spans = vec![
        Span::styled(meta, theme.muted),
        Span::styled(chips, theme.chip),
    ];
    frame.render_widget(Paragraph::new(Line::from(spans)), meta_area);
    if let Some(url) = header.url {
        frame.render_widget(Paragraph::new(url).style(theme.link), url_area);
    }
    match &open.article.latest_revision {
        // The feed changed the article after it was worked on: the rule says so, and what it says now.
        Some(revision) => {
            let text = T::ChangedByFeed.fill(
                lang,
                &[
                    ("n", &summary.revisions.to_string()),
                    ("title", &screen::line(&revision.title)),
                ],
            );
            frame.render_widget(
                Paragraph::new(format!("{}{text}", super::list::CHANGED_MARK)).style(theme.error),
                rule_area,
            );
        }
        None => frame.render_widget(
            Paragraph::new("─".repeat(usize::from(rule_area.width))).style(theme.muted),
            rule_area,
        ),
    }
    let [note_area, body, panel] = Layout::vertical([
        Constraint::Length(app.note_rows()),
        Constraint::Min(0),
        Constraint::Length(super::tag_panel_rows(app)),
    ])
    .areas(body);
    if let Some(note) = &open.article.note {
        draw_note(app, frame, note_area, note);
    }
    super::tagging::draw_panel(app, frame, panel);
    if open.body.lines.is_empty() {
        let note = if open.is_rendering() {
            T::Loading
        } else {
            T::NoBody
        };
        frame.render_widget(
            Paragraph::new(note.keyed(lang, &app.settings.keymap))
                .style(theme.muted)
                .wrap(Wrap { trim: true }),
            body,
        );
        return;
    }
    let lines: Vec<Line> = open
        .body
        .lines
        .iter()
        .skip(reader.scroll)
        .take(usize::from(body.height))
        .map(|line| {
            Line::from(
                line.iter()
                    .map(|(text, mark)| Span::styled(text.clone(), style_of(*mark, theme)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), body);
}

/// The analyst's note under the header, its first lines (the editor shows it whole).
fn draw_note(app: &App, frame: &mut Frame, area: Rect, note: &str) {
    let theme = &app.settings.theme;
    let label = T::NoteLabel.get(app.settings.lang);
    let indent = " ".repeat(unicode_width::UnicodeWidthStr::width(label));
    let lines: Vec<Line> = note
        .lines()
        .take(usize::from(area.height))
        .enumerate()
        .map(|(i, line)| {
            let lead = if i == 0 { label } else { indent.as_str() };
            Line::from(vec![
                Span::styled(lead.to_owned(), theme.accent),
                Span::styled(screen::line(line), theme.chip),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

fn style_of(mark: Mark, theme: &Theme) -> Style {
    match mark {
        Mark::Plain => Style::new(),
        Mark::Strong => Style::new().add_modifier(Modifier::BOLD),
        Mark::Emphasis => Style::new().add_modifier(Modifier::ITALIC),
        Mark::Strike => Style::new().add_modifier(Modifier::CROSSED_OUT),
        Mark::Code => theme.code,
        Mark::Link => theme.link,
    }
}

//! The header line: what the list shows (scope, language, unread only, order, search).
use crate::model::{Lang, Sort};
use crate::text::screen;
use crate::tui::i18n::T;
use crate::tui::model::{App, Scope};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub(super) fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let lang = app.settings.lang;
    let theme = &app.settings.theme;
    let scope = match &app.sidebar.active {
        Scope::Feed(name) => screen::line(name),
        Scope::Tag(facet, value) => match lang {
            Lang::En => format!("{}: {}", facet.as_str(), screen::line(value)),
            Lang::Fr => format!(
                "{}{}",
                super::tagging::facet_prefix(
                    *facet,
                    app.settings.vocab.kind_of(*facet, value),
                    lang
                ),
                screen::line(&app.settings.vocab.display(*facet, value, lang))
            ),
        },
        other => other
            .label()
            .map_or_else(String::new, |t| t.get(lang).to_owned()),
    };
    let mut parts = vec![scope];
    parts.push(match app.lang_filter() {
        None => T::LangAll.get(lang).to_owned(),
        Some(Lang::Fr) => T::ScopeFrench.get(lang).to_owned(),
        Some(Lang::En) => T::ScopeEnglish.get(lang).to_owned(),
    });
    if app.unread_only() {
        parts.push(T::UnreadOnly.get(lang).to_owned());
    }
    parts.push(
        match app.query.sort {
            Sort::Date => T::SortDate,
            Sort::Feed => T::SortFeed,
            Sort::Title => T::SortTitle,
        }
        .get(lang)
        .to_owned(),
    );
    if let Some(q) = &app.query.search {
        parts.push(T::SearchApplied.fill(lang, &[("q", &screen::line(q))]));
    }
    let line = Line::from(vec![
        Span::styled(" veille ", theme.selection),
        Span::raw(" "),
        Span::styled(parts.join(" · "), theme.accent),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

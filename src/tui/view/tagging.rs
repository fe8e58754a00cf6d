//! Tagging on screen: the prompt (input over its completions) and the reader's tag panel (the
//! article's tags and the suggestions with why). Every value passes through `text::screen`: a used
//! value came from a user or a feed.
use super::text::{cut, fit};
use crate::model::{Facet, Lang};
use crate::tagging::{Confidence, Field, Kind};
use crate::text::screen;
use crate::tui::i18n::T;
use crate::tui::model::App;
use crate::tui::model::tagging::{PanelItem, PromptTarget};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

/// The facet's name in the interface language.
pub(super) fn facet_label(facet: Facet, lang: Lang) -> &'static str {
    match facet {
        Facet::Actor => T::FacetActor,
        Facet::Target => T::FacetTarget,
        Facet::Attack => T::FacetAttack,
    }
    .get(lang)
}

/// `Target: ` in English, `Cible : ` in French (a no-break space before the colon, as French
/// typography wants); a target says which kind it is when known (`Pays : `, `Secteur : `).
pub(super) fn facet_prefix(facet: Facet, kind: Option<Kind>, lang: Lang) -> String {
    let colon = match lang {
        Lang::En => ":",
        Lang::Fr => "\u{a0}:",
    };
    format!(
        "{}{colon} ",
        crate::tui::i18n::facet_name(facet, kind).get(lang)
    )
}

fn confidence_label(confidence: Confidence) -> T {
    match confidence {
        Confidence::High => T::ConfidenceHigh,
        Confidence::Medium => T::ConfidenceMedium,
        Confidence::Low => T::ConfidenceLow,
    }
}

/// Draws the prompt at the bottom of `area` (over the panes, above the status bar).
pub(super) fn draw_prompt(app: &App, frame: &mut Frame, area: Rect) {
    let Some(prompt) = app.overlay.tag_prompt() else {
        return;
    };
    let lang = app.settings.lang;
    let theme = &app.settings.theme;
    let facet = facet_label(prompt.facet, lang);
    let title = match &prompt.target {
        PromptTarget::Article(_) => T::PromptOne.fill(lang, &[("facet", facet)]),
        PromptTarget::Filter { filter, count } => if filter.story.is_some() {
            T::PromptStory
        } else {
            T::PromptBulk
        }
        .fill(
            lang,
            &[
                ("facet", facet),
                (
                    "n",
                    &count.map_or_else(|| "?".to_owned(), |n| n.to_string()),
                ),
            ],
        ),
    };
    let mut lines: Vec<Line> = Vec::new();
    let input = screen::line(&prompt.input.text);
    lines.push(Line::from(vec![
        Span::styled("› ", theme.accent),
        Span::raw(input.clone()),
    ]));
    if prompt.ambiguous {
        lines.push(Line::styled(
            T::PromptAmbiguous.fill(lang, &[("value", &input)]),
            theme.error,
        ));
    }
    let width = usize::from(area.width.min(76).saturating_sub(2));
    for (i, c) in prompt.candidates.iter().enumerate() {
        let kind = match c.kind {
            Kind::Organisation => T::KindOrganisation.get(lang),
            Kind::Sector => T::KindSector.get(lang),
            Kind::Country => T::KindCountry.get(lang),
            Kind::Used => T::KindUsed.get(lang),
            Kind::Actor | Kind::Attack | Kind::Cve => "",
        };
        // The label in the interface language first, as the tag will show (`rançongiciel`,
        // `Pays-Bas`), then the value to type when it differs (`[ransomware]`, `[NL]`), as
        // `veille suggest` writes them.
        let label = app.settings.vocab.display_kind(c.kind, &c.value, lang);
        let mut text = format!("  {}", screen::line(&label));
        if label.to_lowercase() != c.value.to_lowercase() {
            text.push_str(&format!(" [{}]", screen::line(&c.value)));
        }
        if !c.matched.eq_ignore_ascii_case(&c.value) && !c.matched.eq_ignore_ascii_case(&label) {
            text.push_str(&format!(" · {}", screen::line(&c.matched)));
        }
        if !kind.is_empty() {
            text.push_str(&format!(" ({kind})"));
        }
        let style = if prompt.selected == Some(i) {
            theme.selection
        } else {
            Style::new()
        };
        lines.push(Line::styled(fit(&text, width), style));
    }
    // As the chips will show them: « non attribué », not the stored `unattributed`.
    let shown = |values: &[String]| {
        values
            .iter()
            .map(|v| screen::line(&app.settings.vocab.display(prompt.facet, v, lang)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !prompt.applied.is_empty() {
        lines.push(Line::styled(
            T::PromptApplied.fill(lang, &[("values", &shown(&prompt.applied))]),
            theme.chip,
        ));
    }
    if !prompt.pending.is_empty() {
        lines.push(Line::styled(
            T::PromptSaving.fill(lang, &[("values", &shown(&prompt.pending))]),
            theme.muted,
        ));
    }
    let height = u16::try_from(lines.len() + 2)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(1));
    let box_width = area.width.min(76);
    let rect = Rect::new(
        area.x,
        area.bottom().saturating_sub(1 + height),
        box_width,
        height,
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.accent)
        .title(Span::styled(cut(&title, width), theme.accent))
        .title_bottom(Span::styled(T::PromptKeys.get(lang), theme.muted));
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
    let before: String = input.chars().take(prompt.input.cursor).collect();
    let x = inner.x + u16::try_from(2 + before.width()).unwrap_or(u16::MAX);
    frame.set_cursor_position(Position::new(
        x.min(inner.right().saturating_sub(1)),
        inner.y,
    ));
}

/// The tag panel's first line in `width` columns: its title and keys; where they do not fit, the
/// keys alone (the lines below say what the panel holds), then as many of the keys as fit, each
/// whole: at 80 columns the French line ended in « retirer/rejeter · < … », the move keys cut.
fn panel_head(title: &str, keys: &str, width: usize) -> String {
    let full = format!("── {title} — {keys}");
    if full.width() <= width {
        return full;
    }
    let parts: Vec<&str> = keys.split(" · ").collect();
    (1..=parts.len())
        .rev()
        .map(|n| format!("── {}", parts[..n].join(" · ")))
        .find(|head| head.width() <= width)
        .unwrap_or_else(|| format!("── {title}"))
}

/// Rows the tag panel takes in the reader (0 when hidden).
pub fn tag_panel_rows(app: &App) -> u16 {
    app.reader
        .open
        .as_ref()
        .map_or(0, |o| app.tagging.panel_rows(&o.article.summary.tags))
}

/// Draws the tag panel into `area` (the bottom rows of the reader).
pub(super) fn draw_panel(app: &App, frame: &mut Frame, area: Rect) {
    let Some(open) = &app.reader.open else {
        return;
    };
    if area.height == 0 {
        return;
    }
    let lang = app.settings.lang;
    let theme = &app.settings.theme;
    let width = usize::from(area.width);
    let items = app.tagging.panel(&open.article.summary.tags);
    let cves = app.tagging.cves();
    let keys = T::PanelKeys.keyed(lang, &app.settings.keymap);
    let mut lines = vec![Line::styled(
        fit(&panel_head(T::PanelTitle.get(lang), &keys, width), width),
        theme.muted,
    )];
    let room = usize::from(area.height)
        .saturating_sub(1 + usize::from(!cves.is_empty()))
        .max(1);
    let cursor = app.tagging.cursor.unwrap_or(0);
    // A window of the lines that keeps the cursor on screen.
    let first = cursor.saturating_sub(room.saturating_sub(1));
    let vocab = &app.settings.vocab;
    for (i, item) in items.iter().enumerate().skip(first).take(room) {
        let (text, style) = match item {
            PanelItem::Tag(facet, value) => (
                format!(
                    "✓ {}{}",
                    facet_prefix(*facet, vocab.kind_of(*facet, value), lang),
                    screen::line(&vocab.display(*facet, value, lang))
                ),
                theme.chip,
            ),
            PanelItem::Suggestion(facet, s) => {
                let term = screen::line(&s.evidence.term);
                let why = match s.evidence.field {
                    Field::Title => T::InTitle,
                    Field::Text => T::InText,
                    Field::Link => T::InLink,
                }
                .fill(lang, &[("term", &term)]);
                let value = vocab.display_kind(s.kind, &s.value, lang);
                let style = match s.confidence {
                    Confidence::High => Style::new(),
                    Confidence::Medium | Confidence::Low => theme.muted,
                };
                let confidence = confidence_label(s.confidence).get(lang);
                // A value the vocabulary does not know says so: accepting it adds a value.
                let confidence = if s.new_value {
                    T::NewValue.fill(lang, &[("confidence", confidence)])
                } else {
                    confidence.to_owned()
                };
                (
                    format!(
                        "? {}{} ({confidence}) — {why}",
                        facet_prefix(*facet, Some(s.kind), lang),
                        screen::line(&value),
                    ),
                    style.add_modifier(Modifier::ITALIC),
                )
            }
        };
        let style = if app.tagging.cursor == Some(i) {
            theme.selection
        } else {
            style
        };
        lines.push(Line::styled(fit(&text, width), style));
    }
    if !cves.is_empty() {
        lines.push(Line::styled(
            cut(&format!("CVE: {}", screen::line(&cves.join(", "))), width),
            theme.muted,
        ));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

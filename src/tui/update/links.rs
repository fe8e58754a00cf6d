//! Links: the article's own (`o`) and the reader's numbered ones, opened by typing their number.
use crate::tui::i18n::T;
use crate::tui::model::{App, Notice};
use crate::tui::msg::Effect;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Digits open the numbered links: each digit narrows the number until it can be no longer, Enter
/// takes it as it is, Esc forgets it. `None` when the key is not part of a link number.
pub(super) fn on_link_key(app: &mut App, key: KeyEvent) -> Option<Vec<Effect>> {
    let links = app.reader.open.as_ref()?.body.links.len();
    match key.code {
        KeyCode::Char(c @ '0'..='9') if !key.modifiers.contains(KeyModifiers::CONTROL) => {
            if app.reader.digits.is_empty() && c == '0' {
                return Some(Vec::new());
            }
            app.reader.digits.push(c);
            let n: usize = app.reader.digits.parse().unwrap_or(usize::MAX);
            if n.saturating_mul(10) > links {
                return Some(open_link_number(app, n));
            }
            app.notice = Some(Notice::info(
                T::LinkPending,
                vec![("n", app.reader.digits.clone())],
            ));
            Some(Vec::new())
        }
        KeyCode::Enter if !app.reader.digits.is_empty() => {
            let n = app.reader.digits.parse().unwrap_or(usize::MAX);
            Some(open_link_number(app, n))
        }
        KeyCode::Esc if !app.reader.digits.is_empty() => {
            app.reader.digits.clear();
            Some(Vec::new())
        }
        _ => None,
    }
}

fn open_link_number(app: &mut App, n: usize) -> Vec<Effect> {
    app.reader.digits.clear();
    let url = app
        .reader
        .open
        .as_ref()
        .and_then(|o| n.checked_sub(1).and_then(|i| o.body.links.get(i)))
        .cloned();
    match url {
        Some(url) => open_url(app, &url),
        None => {
            app.notice = Some(Notice::error(T::NoSuchLink, vec![("n", n.to_string())]));
            Vec::new()
        }
    }
}

/// Opens `url` in the browser if it is http(s); says why not otherwise.
pub(super) fn open_url(app: &mut App, url: &str) -> Vec<Effect> {
    let shown = crate::text::screen::line(url);
    if !crate::tui::web::is_web_url(url) {
        app.notice = Some(Notice::error(T::NotHttp, vec![("url", shown)]));
        return Vec::new();
    }
    app.notice = Some(Notice::info(T::Opening, vec![("url", shown)]));
    vec![Effect::OpenLink(url.to_owned())]
}

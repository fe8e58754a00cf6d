//! What each action does to the model, by focused pane.
use super::links::open_url;
use super::list::{follow_selection, restart_list};
use super::triage::{open_selected, set_read};
use super::{export, note, preview, search, stories, tagging, triage};
use crate::model::{Lang, Tlp};
use crate::tui::i18n::T;
use crate::tui::keymap::Action;
use crate::tui::model::{App, Notice, Overlay, Pane, Scope};
use crate::tui::msg::{DbJob, Effect, NetJob, ReadChange};

pub(super) fn on_action(app: &mut App, action: Action) -> Vec<Effect> {
    // Any other key withdraws a pending "quit?".
    if action != Action::Quit {
        app.quit_asked = false;
    }
    match action {
        Action::Search => search::open(app),
        Action::CycleLang => cycle_lang(app),
        Action::UnreadOnly => toggle_unread_only(app),
        Action::ToggleRead => stories::toggle_read(app).unwrap_or_else(|| toggle_read(app)),
        Action::Stories => stories::toggle(app),
        Action::TakeOutOfStory => stories::take_out(app),
        Action::MergeStories => stories::merge(app),
        Action::Star => toggle_star(app),
        Action::Tlp => cycle_tlp(app),
        Action::Refresh => refresh(app),
        Action::OpenLink => match app.current_article().map(|a| a.url.clone()) {
            Some(Some(url)) => open_url(app, &url),
            _ => {
                app.notice = Some(Notice::error(T::NoLink, Vec::new()));
                Vec::new()
            }
        },
        Action::CopyLink => copy_link(app),
        Action::Preview => preview::toggle(app),
        Action::Sort => {
            app.query.sort = app.query.sort.next();
            restart_list(app)
        }
        Action::FailingFeeds => {
            app.overlay = Overlay::FailingFeeds { scroll: 0 };
            Vec::new()
        }
        Action::FullText => full_text(app),
        Action::Export => export::open(app),
        Action::Note => note::open(app),
        Action::MarkAllRead => triage::mark_all_read(app),
        Action::NextUnread => triage::unread(app, true),
        Action::PrevUnread => triage::unread(app, false),
        Action::NextArticle => triage::open_neighbour(app, 1),
        Action::PrevArticle => triage::open_neighbour(app, -1),
        Action::Help => {
            app.overlay = Overlay::Help { scroll: 0 };
            Vec::new()
        }
        Action::NextPane => cycle_focus(app, 1),
        Action::PrevPane => cycle_focus(app, -1),
        other => tagging::on_action(app, other).unwrap_or_else(|| match app.focus {
            Pane::Sidebar => on_sidebar(app, other),
            Pane::List => on_list(app, other),
            Pane::Reader => on_reader(app, other),
        }),
    }
}

fn on_sidebar(app: &mut App, action: Action) -> Vec<Effect> {
    let page = app.sidebar_height().saturating_sub(1).max(1);
    let cursor = app.sidebar.cursor;
    if let Some(to) = moved(cursor, page, action) {
        app.sidebar.select(to);
    }
    match action {
        Action::Open => return apply_scope(app, cursor),
        Action::Back => app.focus = Pane::List,
        Action::Quit => return quit(app),
        _ => {}
    }
    let height = app.sidebar_height();
    app.sidebar.ensure_visible(height);
    Vec::new()
}

/// Quits, or with `confirm_quit` asks first: the quit key again quits.
fn quit(app: &mut App) -> Vec<Effect> {
    if app.settings.confirm_quit && !app.quit_asked {
        app.quit_asked = true;
        app.notice = Some(Notice::info(T::ConfirmQuit, Vec::new()));
        return Vec::new();
    }
    vec![Effect::Quit]
}

fn on_list(app: &mut App, action: Action) -> Vec<Effect> {
    let page = app.list_height().saturating_sub(1).max(1);
    let selected = app.list.selected;
    if let Some(to) = moved(selected, page, action) {
        app.list.select(to);
    }
    match action {
        Action::Open => return stories::expand(app).unwrap_or_else(|| open_selected(app)),
        Action::Back if app.query.search.is_some() => return search::clear_search(app),
        // Esc on the list turns the preview off (else the cursor would bring it straight back).
        Action::Back if app.reader.preview && app.reader.is_open() => return preview::toggle(app),
        Action::Back if app.reader.is_open() => close_reader(app),
        Action::Quit => return quit(app),
        _ => {}
    }
    follow_selection(app)
}

/// Where a movement action takes a cursor at `at` in a pane showing `page` rows (`usize::MAX`: the
/// end); `None` for an action that is not a movement.
fn moved(at: usize, page: usize, action: Action) -> Option<usize> {
    Some(match action {
        Action::Down => at.saturating_add(1),
        Action::Up => at.saturating_sub(1),
        Action::Top => 0,
        Action::Bottom => usize::MAX,
        Action::PageDown => at.saturating_add(page),
        Action::PageUp => at.saturating_sub(page),
        _ => return None,
    })
}

fn on_reader(app: &mut App, action: Action) -> Vec<Effect> {
    let height = app.reader_height();
    let page = isize::try_from(height.saturating_sub(1).max(1)).unwrap_or(1);
    match action {
        Action::Down => app.reader.scroll_by(1, height),
        Action::Up => app.reader.scroll_by(-1, height),
        Action::PageDown => app.reader.scroll_by(page, height),
        Action::PageUp => app.reader.scroll_by(-page, height),
        Action::Top => app.reader.scroll = 0,
        Action::Bottom => app.reader.scroll_by(isize::MAX, height),
        // With the preview on, the article stays in sight as the list's preview.
        Action::Back | Action::Quit if app.reader.preview => {
            app.focus = Pane::List;
            return super::geometry::on_geometry_change(app);
        }
        Action::Back | Action::Quit => {
            close_reader(app);
            return follow_selection(app);
        }
        _ => {}
    }
    Vec::new()
}

fn close_reader(app: &mut App) {
    app.reader.close();
    app.tagging.close_article();
    app.focus = Pane::List;
}

fn apply_scope(app: &mut App, index: usize) -> Vec<Effect> {
    let Some(scope) = app.sidebar.scope(index) else {
        return Vec::new();
    };
    app.sidebar.active = scope;
    app.focus = Pane::List;
    restart_list(app)
}

fn cycle_lang(app: &mut App) -> Vec<Effect> {
    let next = match app.lang_filter() {
        None => Some(Lang::Fr),
        Some(Lang::Fr) => Some(Lang::En),
        Some(Lang::En) => None,
    };
    // The language is now said by `f`: a language scope in the sidebar would contradict it.
    if matches!(app.sidebar.active, Scope::Lang(_)) {
        app.sidebar.active = Scope::All;
    }
    app.query.lang = next;
    restart_list(app)
}

fn toggle_unread_only(app: &mut App) -> Vec<Effect> {
    let next = !app.unread_only();
    if app.sidebar.active == Scope::Unread {
        app.sidebar.active = Scope::All;
    }
    app.query.unread_only = next;
    restart_list(app)
}

fn toggle_read(app: &mut App) -> Vec<Effect> {
    let Some((id, feed, read)) = app
        .current_article()
        .map(|a| (a.id, a.feed.clone(), !a.read))
    else {
        return Vec::new();
    };
    let effect = set_read(app, id, &feed, read);
    app.tagging
        .remember(crate::tui::model::tagging::Edit::Read(ReadChange {
            ids: vec![id],
            read,
            undo: false,
        }));
    let text = if read { T::MarkedRead } else { T::MarkedUnread };
    app.notice = Some(Notice::info(text, Vec::new()));
    vec![effect]
}

fn toggle_star(app: &mut App) -> Vec<Effect> {
    let Some((id, starred)) = app.current_article().map(|a| (a.id, !a.starred)) else {
        return Vec::new();
    };
    if let Some(row) = app.list.find_mut(id) {
        row.starred = starred;
    }
    if let Some(open) = app
        .reader
        .open
        .as_mut()
        .filter(|o| o.article.summary.id == id)
    {
        open.article.summary.starred = starred;
    }
    let text = if starred { T::Starred } else { T::Unstarred };
    app.notice = Some(Notice::info(text, Vec::new()));
    vec![Effect::Db(DbJob::SetStarred { id, starred })]
}

/// The open article's next TLP: the default, then each level from CLEAR to RED.
fn cycle_tlp(app: &mut App) -> Vec<Effect> {
    let focused = app.focus == Pane::Reader;
    let Some(open) = app.reader.open.as_mut().filter(|_| focused) else {
        app.notice = Some(Notice::error(T::TlpNeedsReader, Vec::new()));
        return Vec::new();
    };
    let next = match open.article.tlp {
        None => Some(Tlp::ALL[0]),
        Some(current) => Tlp::ALL
            .iter()
            .position(|t| *t == current)
            .and_then(|i| Tlp::ALL.get(i + 1).copied()),
    };
    open.article.tlp = next;
    let id = open.article.summary.id;
    app.notice = Some(match next {
        Some(tlp) => Notice::info(T::TlpSet, vec![("tlp", tlp.label())]),
        None => Notice::info(
            T::TlpDefault,
            vec![("tlp", app.settings.export.tlp.label())],
        ),
    });
    vec![Effect::Db(DbJob::SetTlp { id, tlp: next })]
}

fn refresh(app: &mut App) -> Vec<Effect> {
    if app.refresh.running {
        app.notice = Some(Notice::info(T::RefreshBusy, Vec::new()));
        return Vec::new();
    }
    app.refresh = crate::tui::model::RefreshState {
        running: true,
        ..Default::default()
    };
    vec![Effect::Net(NetJob::Refresh)]
}

/// Copies the current article's link with OSC 52, if it is a plain web address.
fn copy_link(app: &mut App) -> Vec<Effect> {
    let Some(Some(url)) = app.current_article().map(|a| a.url.clone()) else {
        app.notice = Some(Notice::error(T::NoLink, Vec::new()));
        return Vec::new();
    };
    let Some(link) = crate::tui::clipboard::clean_link(&url) else {
        let shown = crate::text::screen::line(&url);
        app.notice = Some(Notice::error(T::LinkNotCopied, vec![("url", shown)]));
        return Vec::new();
    };
    app.notice = Some(Notice::info(T::LinkCopied, vec![("url", link.clone())]));
    vec![Effect::CopyToClipboard(link)]
}

/// Asks for the page's main text of the current article, if it has a web link.
fn full_text(app: &mut App) -> Vec<Effect> {
    let Some((id, url)) = app.current_article().map(|a| (a.id, a.url.clone())) else {
        return Vec::new();
    };
    let Some(url) = url else {
        app.notice = Some(Notice::error(T::NoLink, Vec::new()));
        return Vec::new();
    };
    let shown = crate::text::screen::line(&url);
    if !crate::tui::web::is_web_url(&url) {
        app.notice = Some(Notice::error(T::NotHttp, vec![("url", shown)]));
        return Vec::new();
    }
    app.notice = Some(Notice::info(T::FullTextFetching, vec![("url", shown)]));
    vec![Effect::Net(NetJob::FetchFullText { id, url })]
}

fn cycle_focus(app: &mut App, step: isize) -> Vec<Effect> {
    let areas = app.areas();
    let panes: Vec<Pane> = [
        (Pane::Sidebar, areas.sidebar.is_some()),
        (Pane::List, areas.list.is_some()),
        (Pane::Reader, areas.reader.is_some()),
    ]
    .into_iter()
    .filter_map(|(pane, shown)| shown.then_some(pane))
    .collect();
    if let Some(i) = panes.iter().position(|p| *p == app.focus) {
        let next = (i as isize + step).rem_euclid(panes.len() as isize);
        app.focus = panes[next as usize];
    }
    Vec::new()
}

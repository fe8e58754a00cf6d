//! Fixture data for the TUI tests: a fixed clock, a few real-looking articles, and helpers to drive
//! `update` the way the runtime does.
#![allow(dead_code)]

use chrono::{DateTime, TimeZone, Utc};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use std::sync::{Arc, OnceLock};
use veille::model::{Article, ArticleId, ArticleSummary, Facet, Lang, Tags};
use veille::store::Provenance;
use veille::tagging::{Suggester, Vocabulary};
use veille::tui::keymap::Keymap;
use veille::tui::model::Settings;
use veille::tui::model::tagging::SharedVocabulary;
use veille::tui::msg::{DbJob, FeedCount, Page, RenderBody, TagChange, TagJob};
use veille::tui::theme::Theme;
use veille::tui::{App, Effect, Msg, init, update};

/// The fixed "now" of every test: 2023-09-20 10:00 UTC.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2023, 9, 20, 10, 0, 0)
        .single()
        .expect("valid date")
}

/// The bundled vocabulary, built once per test binary (as the program builds it once per run).
pub fn vocabulary() -> Arc<Vocabulary> {
    static VOCAB: OnceLock<Arc<Vocabulary>> = OnceLock::new();
    Arc::clone(VOCAB.get_or_init(|| Arc::new(Vocabulary::bundled().expect("bundled vocabulary"))))
}

pub fn settings(lang: Lang) -> Settings {
    Settings {
        lang,
        keymap: Keymap::bundled().expect("bundled keymap"),
        theme: Theme::bundled().expect("bundled theme"),
        export: veille::export::Options::default(),
        vocab: SharedVocabulary::new(vocabulary()),
        editor: None,
        confirm_quit: false,
        zone: veille::tui::model::Zone::Utc,
        sort: veille::model::Sort::Date,
        preview: false,
    }
}

pub fn feeds() -> Vec<FeedCount> {
    [
        ("CERT-FR", 2, 3),
        ("ZATAZ", 1, 2),
        ("BleepingComputer", 2, 2),
        ("The Record", 0, 1),
    ]
    .into_iter()
    .map(|(name, unread, total)| FeedCount {
        name: name.into(),
        unread,
        total,
        failure: None,
    })
    .collect()
}

const HEADLINES: [(&str, &str, Lang); 8] = [
    (
        "CERT-FR",
        "Les cybercriminels frappent la Cour pénale internationale",
        Lang::Fr,
    ),
    (
        "BleepingComputer",
        "International Criminal Court discloses cyberattack",
        Lang::En,
    ),
    (
        "ZATAZ",
        "Rançongiciel : un hôpital francilien paralysé",
        Lang::Fr,
    ),
    (
        "CERT-FR",
        "Multiples vulnérabilités dans Microsoft Exchange",
        Lang::Fr,
    ),
    (
        "The Record",
        "APT28 phishing campaign targets European ministries",
        Lang::En,
    ),
    (
        "BleepingComputer",
        "Okta support breach exposed customer files",
        Lang::En,
    ),
    (
        "ZATAZ",
        "Fuite de données chez un opérateur télécom",
        Lang::Fr,
    ),
    (
        "CERT-FR",
        "Campagne d'hameçonnage visant les collectivités",
        Lang::Fr,
    ),
];

/// Row `i` of a generated result: eight headlines over and over, one hour apart, newest first.
pub fn row(i: usize) -> ArticleSummary {
    let (feed, title, lang) = HEADLINES[i % HEADLINES.len()];
    let published = now() - chrono::Duration::hours(i64::try_from(i).unwrap_or(0) + 1);
    let mut tags = Tags::default();
    if i.is_multiple_of(HEADLINES.len()) {
        tags.target = vec!["International Criminal Court".into()];
        tags.attack = vec!["intrusion".into()];
    }
    if i % HEADLINES.len() == 4 {
        tags.actor = vec!["APT28".into()];
    }
    ArticleSummary {
        id: ArticleId(i64::try_from(1000 + i).unwrap_or(0)),
        feed: feed.into(),
        feed_url: format!(
            "https://{}.example/feed",
            feed.to_lowercase().replace(' ', "")
        ),
        title: if i < HEADLINES.len() {
            title.into()
        } else {
            format!("{title} #{i}")
        },
        url: Some(format!("https://news.example/{i}")),
        published: Some(published),
        lang: Some(lang),
        read: i % 3 == 2,
        starred: i == 1,
        tags,
        revisions: 0,
        noted: false,
    }
}

pub fn rows(offset: usize, limit: usize, total: usize) -> Vec<ArticleSummary> {
    (offset..(offset + limit).min(total)).map(row).collect()
}

/// The whole article behind row `i`, with a body holding formatting and `links` links.
pub fn article(i: usize, links: usize) -> Article {
    let summary = row(i);
    let mut html = String::from(
        "<p>La <strong>Cour pénale internationale</strong> (CPI) a détecté une <em>activité anormale</em> \
         sur son système d'information.</p><ul><li>Intrusion détectée fin août</li><li>Mesures de confinement</li></ul>\
         <blockquote>Les mesures prises ont permis de contenir l'incident.</blockquote><pre>IOC: 198.51.100.7</pre>",
    );
    for n in 1..=links {
        html.push_str(&format!(
            "<p>Source {n} : <a href=\"https://src.example/{n}\">référence {n}</a></p>"
        ));
    }
    Article {
        summary,
        author: Some("Rédaction".into()),
        summary_html: None,
        content_html: Some(html),
        text: String::new(),
        fetched_at: now(),
        latest_revision: None,
        note: None,
        tlp: None,
    }
}

pub fn key(c: char) -> Msg {
    let mods = if c.is_ascii_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    Msg::Key(KeyEvent::new_with_kind(
        KeyCode::Char(c),
        mods,
        KeyEventKind::Press,
    ))
}

pub fn code(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new_with_kind(
        code,
        KeyModifiers::NONE,
        KeyEventKind::Press,
    ))
}

pub fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new_with_kind(
        KeyCode::Char(c),
        KeyModifiers::CONTROL,
        KeyEventKind::Press,
    ))
}

/// Sends every message in turn, returning all effects.
pub fn send(app: &mut App, msgs: impl IntoIterator<Item = Msg>) -> Vec<Effect> {
    msgs.into_iter().flat_map(|m| update(app, m)).collect()
}

/// Types a string key by key.
pub fn type_text(app: &mut App, text: &str) -> Vec<Effect> {
    send(app, text.chars().map(key))
}

/// The page requests among `effects`: (generation, offset, limit, count).
pub fn page_requests(effects: &[Effect]) -> Vec<(u64, usize, usize, bool)> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Db(DbJob::LoadPage {
                generation,
                offset,
                limit,
                count,
                ..
            }) => Some((*generation, *offset, *limit, *count)),
            _ => None,
        })
        .collect()
}

/// Answers every page request in `effects` from a result of `total` rows, as the worker would.
pub fn answer_pages(app: &mut App, effects: &[Effect], total: usize) -> Vec<Effect> {
    let mut out = Vec::new();
    for (generation, offset, limit, count) in page_requests(effects) {
        out.extend(update(
            app,
            Msg::PageLoaded {
                generation,
                offset,
                result: Ok(Page {
                    rows: rows(offset, limit, total),
                    total: count.then_some(total as u64),
                    kinds: Vec::new(),
                    stories: None,
                }),
            },
        ));
    }
    out
}

/// An app of `width` x `height` after start-up, with feeds and the first page of `total` rows.
pub fn booted(lang: Lang, width: u16, height: u16, total: usize) -> App {
    let mut app = App::new(settings(lang), width, height);
    update(&mut app, Msg::Tick(now()));
    let effects = init(&mut app);
    update(&mut app, Msg::FeedsLoaded(Ok(feeds())));
    let mut more = answer_pages(&mut app, &effects, total);
    while !more.is_empty() {
        more = answer_pages(&mut app, &more, total);
    }
    app
}

/// Answers an article request in `effects` with `article(i, links)`, and renders its body as the
/// runtime's renderer would.
pub fn answer_article(app: &mut App, effects: &[Effect], links: usize) -> Vec<Effect> {
    let mut out = Vec::new();
    for e in effects {
        if let Effect::Db(DbJob::LoadArticle { id, request }) = e {
            let i = usize::try_from(id.0 - 1000).unwrap_or(0);
            let more = update(
                app,
                Msg::ArticleLoaded {
                    request: *request,
                    result: Ok(Some(Box::new(article(i, links)))),
                },
            );
            out.extend(answer_renders(app, more));
        }
    }
    out
}

/// Answers the article load among `effects` with `article` (a test's own text), and renders it.
pub fn answer_with(app: &mut App, effects: &[Effect], article: Article) -> Vec<Effect> {
    let request = effects.iter().find_map(|e| match e {
        Effect::Db(DbJob::LoadArticle { request, .. }) => Some(*request),
        _ => None,
    });
    let render = update(
        app,
        Msg::ArticleLoaded {
            request: request.unwrap_or_default(),
            result: Ok(Some(Box::new(article))),
        },
    );
    answer_renders(app, render)
}

/// Carries out the body renderings among `effects` as the runtime's renderer would; returns the
/// other effects, and those the renderings' answers asked for.
pub fn answer_renders(app: &mut App, effects: Vec<Effect>) -> Vec<Effect> {
    let mut out = Vec::new();
    for e in effects {
        let Effect::Render(RenderBody {
            request,
            html,
            width,
            base,
        }) = e
        else {
            out.push(e);
            continue;
        };
        let body = veille::text::layout::render(&html, width, base.as_deref());
        out.extend(update(
            app,
            Msg::BodyRendered {
                request,
                width,
                body: Box::new(body),
            },
        ));
    }
    out
}

/// One frame of `app` drawn on a test terminal of its size.
pub fn draw(app: &App) -> ratatui::Terminal<ratatui::backend::TestBackend> {
    let backend = ratatui::backend::TestBackend::new(app.size.width, app.size.height);
    let mut terminal = ratatui::Terminal::new(backend).expect("test terminal");
    terminal
        .draw(|frame| veille::tui::view(app, frame))
        .expect("draw");
    terminal
}

/// The text of a drawn buffer, one line per row.
pub fn screen_text(buffer: &ratatui::buffer::Buffer) -> String {
    let width = usize::from(buffer.area.width);
    buffer
        .content()
        .chunks(width)
        .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// What the reader asks the worker to suggest when it opens an article.
pub struct SuggestAsked {
    pub request: u64,
    pub id: ArticleId,
    pub title: String,
    pub text: String,
    /// The article's address: the outlet's domain may give the victim's country.
    pub link: Option<String>,
}

/// The reader opened on row `i` of `app` (its article answered, with no links), and the
/// suggestions it asks for.
pub fn open_asking_suggestions(app: &mut App, i: usize) -> SuggestAsked {
    send(app, std::iter::repeat_n(key('j'), i));
    let effects = update(app, code(KeyCode::Enter));
    let effects = answer_article(app, &effects, 0);
    let Some(Effect::Tag(TagJob::Suggest {
        request,
        id,
        title,
        text,
        link,
    })) = effects
        .iter()
        .find(|e| matches!(e, Effect::Tag(TagJob::Suggest { .. })))
        .cloned()
    else {
        panic!("opening an article asks for its suggestions: {effects:?}");
    };
    SuggestAsked {
        request,
        id,
        title,
        text,
        link,
    }
}

/// The reader open on row `i`, its suggestions computed by the real suggester as the worker would.
pub fn reader_with_suggestions(lang: Lang, i: usize, width: u16) -> App {
    let mut app = booted(lang, width, 24, 50);
    let asked = open_asking_suggestions(&mut app, i);
    assert!(
        asked.text.contains("Cour pénale internationale"),
        "plain text of the body"
    );
    answer_suggestions(app, asked.request, &asked.title, &asked.text)
}

/// `app` given the suggestions the real suggester makes for `title` and `text`, as the worker
/// answers `request`.
pub fn answer_suggestions(mut app: App, request: u64, title: &str, text: &str) -> App {
    let suggestions = Suggester::new(&vocabulary()).unwrap().suggest(title, text);
    update(
        &mut app,
        Msg::Suggested {
            request,
            suggestions: Box::new(suggestions),
            rejected: Vec::new(),
            failed: None,
        },
    );
    app
}

/// The analyst tags article `id` with three more values (an actor, a country, an attack type), as
/// the worker reports the edit: with the first row's two tags, five, more than a row shows.
pub fn tag_three_more(app: &mut App, id: ArticleId) {
    update(
        app,
        Msg::TagsChanged(Ok(TagChange {
            added: true,
            provenance: Provenance::User,
            rows: vec![
                (id, Facet::Actor, "unattributed".into()),
                (id, Facet::Target, "NL".into()),
                (id, Facet::Attack, "ransomware".into()),
            ],
            replaced: Vec::new(),
            articles: 1,
            undo: false,
        })),
    );
}

//! The reader's stories view through `update` and `view`: the toggle asks the store for story
//! rows, Enter opens a story's articles under it, tagging or marking read a story acts on all its
//! articles as one edit (one undo step), an article is taken out of its story and two stories
//! merged by hand; and the screen in English and French (insta snapshots).
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod tui_fixtures;

use chrono::Duration;
use ratatui::crossterm::event::KeyCode;
use tui_fixtures::*;
use veille::model::{ArticleId, ArticleSummary, Facet, Filter, Lang};
use veille::store::{StoryHead, StoryRowKind};
use veille::stories::{Evidence, Reason};
use veille::tui::msg::{DbJob, Page, ReadChange, StoriesPage, TagJob};
use veille::tui::{App, Effect, Msg, update};

const ICC: i64 = 7;

fn article(id: i64, feed: &str, title: &str, lang: Lang, hours_ago: i64) -> ArticleSummary {
    let mut a = row(0);
    a.id = ArticleId(id);
    a.feed = feed.into();
    a.feed_url = format!("https://{feed}.example/feed");
    a.title = title.into();
    a.lang = Some(lang);
    a.published = Some(now() - Duration::hours(hours_ago));
    a.read = false;
    a.starred = false;
    a.tags = Default::default();
    a
}

fn icc_fr() -> ArticleSummary {
    article(
        1,
        "Numerama",
        "La Cour pénale internationale victime d'une cyberattaque",
        Lang::Fr,
        30,
    )
}

fn icc_en() -> ArticleSummary {
    article(
        2,
        "Security Affairs",
        "International Criminal Court hit by cyberattack",
        Lang::En,
        3,
    )
}

/// The rows the store gives the view: the ICC story (opened or not), then two articles alone.
fn story_rows(lang: Lang, expanded: &[i64]) -> (Vec<ArticleSummary>, Vec<StoryRowKind>) {
    let open = expanded.contains(&ICC);
    let head = StoryHead {
        id: ICC,
        articles: 2,
        sources: 2,
        languages: vec![Lang::Fr, Lang::En],
        unread: 2,
        first_seen: icc_fr().published,
        last_seen: icc_en().published,
        expanded: open,
    };
    let shown = if lang == Lang::Fr { icc_fr() } else { icc_en() };
    let mut rows = vec![shown];
    let mut kinds = vec![StoryRowKind::Story(head)];
    if open {
        rows.push(icc_en());
        kinds.push(StoryRowKind::Member {
            story: ICC,
            reason: Some(Reason::Shared(Evidence {
                with: 1,
                score: 4.5,
                similarity: 0.0,
                victims: vec!["international criminal court".into()],
                ..Evidence::default()
            })),
        });
        rows.push(icc_fr());
        kinds.push(StoryRowKind::Member {
            story: ICC,
            reason: Some(Reason::Started),
        });
    }
    rows.push(article(
        3,
        "ZATAZ",
        "Rançongiciel : un hôpital francilien paralysé",
        Lang::Fr,
        40,
    ));
    kinds.push(StoryRowKind::Single(Some(8)));
    rows.push(article(
        4,
        "CERT-FR",
        "Multiples vulnérabilités dans Microsoft Exchange",
        Lang::Fr,
        50,
    ));
    kinds.push(StoryRowKind::Single(None));
    (rows, kinds)
}

/// Answers the stories page requests among `effects` as the worker would.
fn answer_stories(app: &mut App, effects: &[Effect]) -> Vec<Effect> {
    let mut out = Vec::new();
    for e in effects {
        if let Effect::Db(DbJob::LoadPage {
            generation,
            offset: 0,
            stories: Some(StoriesPage { expanded, prefer }),
            ..
        }) = e
        {
            let (rows, kinds) = story_rows(*prefer, expanded);
            let total = Some(rows.len() as u64);
            let stories = kinds
                .iter()
                .filter(|k| !matches!(k, StoryRowKind::Member { .. }))
                .count();
            out.extend(update(
                app,
                Msg::PageLoaded {
                    generation: *generation,
                    offset: 0,
                    result: Ok(Page {
                        rows,
                        total,
                        kinds,
                        stories: Some(stories as u64),
                    }),
                },
            ));
        }
    }
    out
}

/// The app with the stories view on, the ICC story selected.
fn stories_app(lang: Lang, width: u16, height: u16) -> App {
    let mut app = booted(lang, width, height, 50);
    let effects = update(&mut app, key('z'));
    assert!(
        matches!(effects.as_slice(), [Effect::Db(DbJob::LoadPage { stories: Some(q), offset: 0, .. })] if q.prefer == lang && q.expanded.is_empty()),
        "{effects:?}"
    );
    answer_stories(&mut app, &effects);
    app
}

#[test]
fn stories_view_80x24_english() {
    let mut app = stories_app(Lang::En, 80, 24);
    let effects = update(&mut app, code(KeyCode::Enter));
    answer_stories(&mut app, &effects);
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn stories_view_120x30_french() {
    let mut app = stories_app(Lang::Fr, 120, 30);
    let effects = update(&mut app, code(KeyCode::Enter));
    answer_stories(&mut app, &effects);
    insta::assert_snapshot!(draw(&app).backend());
}

#[test]
fn enter_opens_a_story_under_its_row_and_again_closes_it_and_on_an_article_opens_it() {
    let mut app = stories_app(Lang::En, 120, 30);
    let effects = update(&mut app, code(KeyCode::Enter));
    assert!(
        matches!(effects.as_slice(), [Effect::Db(DbJob::LoadPage { stories: Some(q), .. })] if q.expanded == [ICC]),
        "{effects:?}"
    );
    answer_stories(&mut app, &effects);
    assert_eq!(app.list.len(), 5);
    assert_eq!(app.list.selected, 0, "the story stays selected");
    // On a member, Enter opens the article.
    update(&mut app, key('j'));
    let effects = update(&mut app, code(KeyCode::Enter));
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, Effect::Db(DbJob::LoadArticle { id, .. }) if *id == icc_en().id)),
        "{effects:?}"
    );
    update(&mut app, code(KeyCode::Esc));
    update(&mut app, key('k'));
    let effects = update(&mut app, code(KeyCode::Enter));
    assert!(app.stories.expanded.is_empty());
    answer_stories(&mut app, &effects);
    assert_eq!(app.list.len(), 3);
    // S again: the articles.
    let effects = update(&mut app, key('z'));
    assert!(matches!(
        effects.as_slice(),
        [Effect::Db(DbJob::LoadPage { stories: None, .. })]
    ));
}

#[test]
fn tagging_a_story_tags_every_article_of_it_in_one_edit() {
    let mut app = stories_app(Lang::En, 120, 30);
    update(&mut app, key('t'));
    let screen = screen_text(draw(&app).backend().buffer());
    assert!(
        screen.contains("Target — every article of the story (2)"),
        "the prompt says it tags the story: {screen}"
    );
    type_text(&mut app, "International Criminal Court");
    let effects = update(&mut app, code(KeyCode::Enter));
    let story = Filter {
        story: Some(ICC),
        ..Filter::default()
    };
    assert!(
        effects.iter().any(
            |e| matches!(e, Effect::Tag(TagJob::AddTagWhere { filter, tags })
            if *filter == story && tags.iter().any(|(f, _)| *f == Facet::Target))
        ),
        "{effects:?}"
    );
}

#[test]
fn marking_a_story_read_marks_all_its_articles_and_one_undo_puts_them_back() {
    let mut app = stories_app(Lang::En, 120, 30);
    let effects = update(&mut app, key('m'));
    assert_eq!(
        effects,
        [Effect::Db(DbJob::SetStoryRead {
            story: ICC,
            read: true
        })]
    );
    update(
        &mut app,
        Msg::ReadChanged(Ok(ReadChange {
            ids: vec![icc_fr().id, icc_en().id],
            read: true,
            undo: false,
        })),
    );
    let effects = update(&mut app, key('U'));
    assert!(
        effects.iter().any(
            |e| matches!(e, Effect::Db(DbJob::SetReadMany { ids, read: false, undo: true })
            if ids.len() == 2)
        ),
        "{effects:?}"
    );
}

#[test]
fn an_article_is_taken_out_of_its_story_and_two_stories_merged_by_hand() {
    let mut app = stories_app(Lang::En, 120, 30);
    // On the story's own row there is no single article to take out.
    assert!(update(&mut app, key('X')).is_empty());
    assert!(app.notice.as_ref().is_some_and(|n| n.error));
    let effects = update(&mut app, code(KeyCode::Enter));
    answer_stories(&mut app, &effects);
    update(&mut app, key('j'));
    assert_eq!(
        update(&mut app, key('X')),
        [Effect::Db(DbJob::TakeOutOfStory {
            id: icc_en().id,
            from: ICC
        })]
    );
    // V marks the article alone's story (8), V on the ICC story merges 8 into it.
    update(&mut app, key('G'));
    update(&mut app, key('k'));
    assert!(update(&mut app, key('V')).is_empty());
    assert_eq!(app.stories.marked, Some(8));
    update(&mut app, key('g'));
    assert_eq!(
        update(&mut app, key('V')),
        [Effect::Db(DbJob::MergeStories { into: ICC, from: 8 })]
    );
}

#[test]
fn a_hostile_reason_or_title_leaves_no_escape_on_screen() {
    let mut app = stories_app(Lang::En, 120, 30);
    let mut hostile = icc_en();
    hostile.title = "Pwn \x1b]52;c;aGVsbG8=\x07ed".into();
    let generation = app.list.generation + 1;
    app.list.reload();
    update(
        &mut app,
        Msg::PageLoaded {
            generation,
            offset: 0,
            result: Ok(Page {
                rows: vec![hostile.clone(), hostile],
                total: Some(2),
                kinds: vec![
                    StoryRowKind::Single(None),
                    StoryRowKind::Member {
                        story: ICC,
                        reason: Some(Reason::Shared(Evidence {
                            with: 1,
                            names: vec!["\x1b[31mred\x1b[8m".into()],
                            ..Evidence::default()
                        })),
                    },
                ],
                stories: Some(1),
            }),
        },
    );
    let terminal = draw(&app);
    let shown: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(shown.contains("Pwn ed") && shown.contains("red"), "{shown}");
    assert!(
        !shown.contains('\u{1b}') && !shown.contains("52;c"),
        "{shown}"
    );
}

/// The row of the ICC story in the stories view at `width` columns, its article tagged with five
/// values (ICC and intrusion, then three more).
fn tagged_story_row(lang: Lang, width: u16) -> String {
    let mut app = stories_app(lang, width, 24);
    let shown = if lang == Lang::Fr { icc_fr() } else { icc_en() };
    update(
        &mut app,
        Msg::TagsChanged(Ok(veille::tui::msg::TagChange {
            added: true,
            provenance: veille::store::Provenance::User,
            rows: vec![
                (
                    shown.id,
                    Facet::Target,
                    "International Criminal Court".into(),
                ),
                (shown.id, Facet::Attack, "intrusion".into()),
            ],
            replaced: Vec::new(),
            articles: 1,
            undo: false,
        })),
    );
    tag_three_more(&mut app, shown.id);
    let text = screen_text(draw(&app).backend().buffer());
    let line = text.lines().find(|l| l.contains("2 sources")).unwrap();
    line.trim_end_matches([' ', '│']).to_owned()
}

#[test]
fn a_story_row_at_80_columns_says_how_many_tags_it_does_not_show() {
    // Before: « International Criminal C… [unat…] », four tags unsaid.
    let en = tagged_story_row(Lang::En, 80);
    assert!(en.ends_with(" [unatt…] +4"), "{en}");
    let fr = tagged_story_row(Lang::Fr, 80);
    assert!(fr.ends_with(" [non…] +4"), "{fr}");
    for row in [&en, &fr] {
        assert!(row.contains("2 sources  "), "{row}");
    }
}

#[test]
fn a_wide_story_row_keeps_its_share_of_tags() {
    // Near miss: at 160 columns the row's share holds the first chip whole, as before, and the
    // title is not cut.
    let en = tagged_story_row(Lang::En, 160);
    assert!(en.ends_with(" [unattributed] +4"), "{en}");
    assert!(
        en.contains("International Criminal Court hit by cyberattack "),
        "{en}"
    );
}

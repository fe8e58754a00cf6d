//! The reader's stories view as the store pages it: one row per story (its newest title in the
//! reader's language), articles alone as they are (placed or not yet), the members of an opened
//! story under it with why each joined, counted and paged like the article list.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use chrono::{DateTime, TimeZone, Utc};
use veille::model::{ArticleId, Filter, Lang, NewArticle};
use veille::store::{Store, StoryRowKind};
use veille::stories::Reason;

fn date(m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, m, d, 12, 0, 0).unwrap()
}

fn article(key: &str, title: &str, lang: Lang, day: DateTime<Utc>) -> NewArticle {
    let text = match lang {
        Lang::Fr => {
            "La Cour pénale internationale (CPI), basée à La Haye, a déclaré avoir été \
                     victime d'une cyberattaque : ses services ont détecté une activité anormale."
        }
        Lang::En => {
            "The International Criminal Court in The Hague said it detected anomalous \
                     activity affecting its information systems and was the victim of a cyberattack."
        }
    };
    NewArticle {
        dedup_key: key.to_owned(),
        title: title.to_owned(),
        url: Some(format!("https://news.example/{key}")),
        author: None,
        published: Some(day),
        summary: None,
        content_html: None,
        lang: Some(lang),
        text: Some(if key.starts_with("icc") { text } else { title }.to_owned()),
    }
}

/// Stores one article from its own feed; placed in a story unless `place` is false (an article
/// stored before stories existed).
fn store_one(store: &mut Store, feed: &str, new: NewArticle, place: bool) -> ArticleId {
    support::stories::store_in_feed(store, feed, None, new, place)
}

/// The ICC intrusion in French then English (one story of two sources), an unrelated article in a
/// story of its own, and one stored before stories existed.
fn icc_store() -> (Store, [ArticleId; 4]) {
    let mut store = Store::open_in_memory().unwrap();
    let fr = store_one(
        &mut store,
        "numerama",
        article(
            "icc-fr",
            "La Cour pénale internationale victime d'une cyberattaque",
            Lang::Fr,
            date(9, 19),
        ),
        true,
    );
    let en = store_one(
        &mut store,
        "securityaffairs",
        article(
            "icc-en",
            "International Criminal Court hit by cyberattack",
            Lang::En,
            date(9, 20),
        ),
        true,
    );
    let alone = store_one(
        &mut store,
        "lemagit",
        article("other", "Un correctif pour Exchange", Lang::Fr, date(9, 18)),
        true,
    );
    let unplaced = store_one(
        &mut store,
        "cert",
        article("old", "Avis de sécurité Cisco", Lang::Fr, date(9, 21)),
        false,
    );
    (store, [fr, en, alone, unplaced])
}

#[test]
fn one_row_per_story_newest_title_in_the_readers_language_and_articles_alone_as_they_are() {
    let (store, [fr, en, alone, unplaced]) = icc_store();
    let all = Filter::default();
    let rows = store.story_rows(&all, &[], Lang::Fr, 0, 10).unwrap();
    let ids: Vec<ArticleId> = rows.iter().map(|r| r.article.id).collect();
    // Newest first: the unplaced article (09-21), the story (last seen 09-20), the other (09-18).
    assert_eq!(
        ids,
        [unplaced, fr, alone],
        "the story shows its French article"
    );
    assert!(matches!(rows[0].kind, StoryRowKind::Single(None)));
    assert!(matches!(rows[2].kind, StoryRowKind::Single(Some(_))));
    let StoryRowKind::Story(head) = &rows[1].kind else {
        panic!("{:?}", rows[1].kind)
    };
    assert_eq!((head.articles, head.sources, head.unread), (2, 2, 2));
    assert_eq!(head.languages, [Lang::Fr, Lang::En]);
    assert_eq!(
        (head.first_seen, head.last_seen),
        (Some(date(9, 19)), Some(date(9, 20)))
    );
    assert!(!head.expanded);
    assert_eq!(store.count_story_rows(&all, &[]).unwrap(), 3);
    // In English the same story shows its English article.
    let rows = store.story_rows(&all, &[], Lang::En, 1, 1).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].article.id, en);
}

#[test]
fn an_opened_story_lists_its_articles_under_it_with_why_each_joined() {
    let (store, [fr, en, alone, unplaced]) = icc_store();
    let story = store.story_of(fr).unwrap().unwrap();
    let all = Filter::default();
    let rows = store.story_rows(&all, &[story], Lang::En, 0, 10).unwrap();
    let ids: Vec<ArticleId> = rows.iter().map(|r| r.article.id).collect();
    assert_eq!(ids, [unplaced, en, en, fr, alone]);
    assert!(matches!(&rows[1].kind, StoryRowKind::Story(h) if h.expanded));
    let StoryRowKind::Member { story: s, reason } = &rows[2].kind else {
        panic!("{:?}", rows[2].kind)
    };
    assert_eq!(*s, story);
    assert!(matches!(reason, Some(Reason::Shared(_))), "{reason:?}");
    assert!(matches!(
        &rows[3].kind,
        StoryRowKind::Member {
            reason: Some(Reason::Started),
            ..
        }
    ));
    assert_eq!(rows[2].article.feed, "securityaffairs");
    assert_eq!(store.count_story_rows(&all, &[story]).unwrap(), 5);
    // Paged like the list: a window in the middle is the same rows.
    let page = store.story_rows(&all, &[story], Lang::En, 2, 2).unwrap();
    assert_eq!(
        page.iter().map(|r| r.article.id).collect::<Vec<_>>(),
        [en, fr]
    );
}

#[test]
fn a_filter_keeps_the_stories_with_a_matching_article() {
    let (store, [fr, _, _, _]) = icc_store();
    let english = Filter {
        lang: Some(Lang::En),
        ..Filter::default()
    };
    let rows = store.story_rows(&english, &[], Lang::Fr, 0, 10).unwrap();
    assert_eq!(rows.len(), 1, "only the story has an English article");
    assert_eq!(rows[0].article.id, fr, "shown whole, by its French article");
    assert_eq!(store.count_story_rows(&english, &[]).unwrap(), 1);
}

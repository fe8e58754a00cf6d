//! Store internals: the query plans that keep listing fast on a large database.
use super::query::list_sql;
use super::{FeedUpdate, Store};
use crate::model::Validators;
use crate::model::{FeedSource, Filter, NewArticle};
use chrono::{Duration, TimeZone, Utc};
use rusqlite::params_from_iter;

/// A store holding `n` articles spread over two feeds and both languages.
fn big_store(n: usize) -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let feeds = store
        .sync_feeds(&[
            FeedSource {
                name: "a".into(),
                url: "https://a.example/feed".into(),
                lang: None,
                full_text: false,
            },
            FeedSource {
                name: "b".into(),
                url: "https://b.example/feed".into(),
                lang: None,
                full_text: false,
            },
        ])
        .unwrap();
    let start = Utc.with_ymd_and_hms(2020, 1, 1, 0, 0, 0).unwrap();
    for (f, feed) in feeds.iter().enumerate() {
        let articles = (0..n / 2)
            .map(|i| NewArticle {
                dedup_key: format!("{f}-{i}"),
                title: format!("Article {i} ransomware"),
                url: None,
                author: None,
                published: Some(start + Duration::minutes(i as i64 * 7 + f as i64)),
                summary: Some(format!("summary {i}")),
                content_html: None,
                text: None,
                lang: Some(if i % 2 == 0 {
                    crate::model::Lang::Fr
                } else {
                    crate::model::Lang::En
                }),
            })
            .collect();
        let update = FeedUpdate {
            title: None,
            validators: Validators::default(),
            articles,
        };
        store.record_fetch(feed.id, &update).unwrap();
    }
    store
}

/// SQLite's plan for the listing query of `filter`, one line per step.
fn plan(store: &Store, filter: &Filter) -> String {
    let (sql, params) = list_sql(&store.conn, filter, Some(200), 0).unwrap();
    let mut stmt = store
        .conn
        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
        .unwrap();
    let rows = stmt
        .query_map(params_from_iter(params), |r| r.get::<_, String>(3))
        .unwrap();
    rows.map(Result::unwrap).collect::<Vec<_>>().join("\n")
}

#[test]
fn newest_first_listing_walks_the_date_index_without_sorting() {
    let store = big_store(2_000);
    let plan = plan(&store, &Filter::default());
    assert!(plan.contains("USING INDEX articles_by_date"), "{plan}");
    assert!(!plan.contains("TEMP B-TREE"), "{plan}");
}

#[test]
fn unread_listing_uses_the_partial_unread_index() {
    let store = big_store(2_000);
    let filter = Filter {
        unread: true,
        ..Filter::default()
    };
    let plan = plan(&store, &filter);
    assert!(plan.contains("USING INDEX articles_unread"), "{plan}");
    assert!(!plan.contains("TEMP B-TREE"), "{plan}");
}

#[test]
fn one_feed_listing_walks_the_per_feed_date_index_without_sorting() {
    let store = big_store(2_000);
    let filter = Filter {
        feeds: vec!["A".into()],
        ..Filter::default()
    };
    let plan = plan(&store, &filter);
    assert!(
        plan.contains("INDEX articles_by_feed (feed_id=?)"),
        "{plan}"
    );
    assert!(!plan.contains("TEMP B-TREE"), "{plan}");
}

#[test]
fn tag_filters_look_values_up_in_the_tag_index() {
    let store = big_store(2_000);
    let filter = Filter {
        actors: vec!["APT28".into()],
        ..Filter::default()
    };
    let plan = plan(&store, &filter);
    assert!(
        plan.contains("INDEX tags_by_value (facet=? AND value_key=?)"),
        "{plan}"
    );
    assert!(!plan.contains("SCAN a "), "{plan}");
}

#[test]
fn a_page_of_the_newest_comes_from_a_large_store_in_order() {
    const N: i64 = 20_000;
    let store = big_store(N as usize);
    let page = store.list(&Filter::default(), Some(200)).unwrap();
    assert_eq!(page.len(), 200);
    assert!(page.windows(2).all(|w| w[0].published >= w[1].published));
    let newest = page[0].published.unwrap();
    let expected =
        Utc.with_ymd_and_hms(2020, 1, 1, 0, 0, 0).unwrap() + Duration::minutes((N / 2 - 1) * 7 + 1);
    assert_eq!(newest, expected);
}

#[test]
fn sorted_listings_read_their_pages_off_an_index_without_sorting_everything() {
    let store = big_store(2_000);
    let by_title = Filter {
        sort: crate::model::Sort::Title,
        ..Filter::default()
    };
    let plan_title = plan(&store, &by_title);
    assert!(
        plan_title.contains("INDEX articles_by_title"),
        "{plan_title}"
    );
    assert!(!plan_title.contains("TEMP B-TREE"), "{plan_title}");
    let by_feed = Filter {
        sort: crate::model::Sort::Feed,
        ..Filter::default()
    };
    let plan_feed = plan(&store, &by_feed);
    assert!(!plan_feed.contains("TEMP B-TREE"), "{plan_feed}");
}

//! The list's sort orders and `N`/`P` across the whole list, done by the store's query: a page of
//! a sorted list is a page of the whole sorted result, never a loaded window sorted afterwards.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use chrono::{DateTime, Duration, TimeZone, Utc};
use veille::model::{ArticleId, FeedSource, Filter, Lang, NewArticle, Sort, Validators};
use veille::store::{FeedUpdate, Store};

fn at(hours: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 3, 1, 0, 0, 0).unwrap() + Duration::hours(hours)
}

fn article(key: &str, title: &str, published: DateTime<Utc>) -> NewArticle {
    NewArticle {
        dedup_key: key.to_owned(),
        title: title.to_owned(),
        url: Some(format!("https://news.example/{key}")),
        author: None,
        published: Some(published),
        summary: None,
        content_html: None,
        lang: Some(Lang::En),
        text: None,
    }
}

fn update(articles: Vec<NewArticle>) -> FeedUpdate {
    FeedUpdate {
        title: None,
        validators: Validators::default(),
        articles,
    }
}

/// Two feeds, `beta` and `Alpha` (names in mixed case), 300 articles each: titles cycle through
/// words so that title order is far from date order.
fn store() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let feeds = store
        .sync_feeds(&[
            FeedSource {
                name: "beta".into(),
                url: "https://beta.example/feed".into(),
                lang: None,
                full_text: false,
            },
            FeedSource {
                name: "Alpha".into(),
                url: "https://alpha.example/feed".into(),
                lang: None,
                full_text: false,
            },
        ])
        .unwrap();
    let words = ["zebra", "Apple", "mango", "banana", "kiwi"];
    for (f, feed) in feeds.iter().enumerate() {
        let items = (0..300)
            .map(|i| {
                let n = f * 300 + i;
                let title = format!("{} {n:04}", words[n % words.len()]);
                article(&format!("k{n}"), &title, at(i64::try_from(n).unwrap()))
            })
            .collect();
        store.record_fetch(feed.id, &update(items)).unwrap();
    }
    store
}

fn sorted(sort: Sort) -> Filter {
    Filter {
        sort,
        ..Filter::default()
    }
}

/// Every row, read page by page as the reader does.
fn paged(store: &Store, filter: &Filter) -> Vec<(String, String, ArticleId)> {
    let mut out = Vec::new();
    for offset in (0..).step_by(200) {
        let page = store.list_page(filter, offset, 200).unwrap();
        if page.is_empty() {
            break;
        }
        out.extend(page.into_iter().map(|a| (a.feed, a.title, a.id)));
    }
    out
}

#[test]
fn pages_sorted_by_title_are_pages_of_the_whole_sorted_list() {
    let store = store();
    let rows = paged(&store, &sorted(Sort::Title));
    assert_eq!(rows.len(), 600);
    let titles: Vec<String> = rows.iter().map(|r| r.1.to_lowercase()).collect();
    let mut expected = titles.clone();
    expected.sort();
    assert_eq!(titles, expected, "A to Z across pages, case ignored");
    assert!(rows[0].1.starts_with("Apple"), "{:?}", rows[0]);
    assert!(rows[599].1.starts_with("zebra"), "{:?}", rows[599]);
}

#[test]
fn by_feed_groups_each_feed_newest_first_and_date_stays_the_default() {
    let store = store();
    let rows = paged(&store, &sorted(Sort::Feed));
    assert!(rows[..300].iter().all(|r| r.0 == "Alpha"), "case ignored");
    assert!(rows[300..].iter().all(|r| r.0 == "beta"));
    // Alpha holds articles 300..600, newest (599) first.
    assert_eq!(rows[0].1, "kiwi 0599");
    assert_eq!(rows[300].1, "kiwi 0299");
    let by_date = paged(&store, &Filter::default());
    assert_eq!(by_date[0].1, "kiwi 0599");
    assert_eq!(by_date[1].1, "banana 0598");
    assert_eq!(by_date, paged(&store, &sorted(Sort::Date)));
}

#[test]
fn the_next_unread_is_found_beyond_any_window_in_the_list_s_order() {
    let mut store = store();
    let order = paged(&store, &sorted(Sort::Title));
    let all: Vec<ArticleId> = order.iter().map(|r| r.2).collect();
    store.set_read_many(&all, true).unwrap();
    // Two unread articles, far apart in title order.
    let (near, far) = (order[10].2, order[450].2);
    store.set_read_many(&[near, far], false).unwrap();
    let filter = sorted(Sort::Title);
    assert_eq!(
        store.unread_near(&filter, 0, true).unwrap(),
        Some((10, near))
    );
    assert_eq!(
        store.unread_near(&filter, 10, true).unwrap(),
        Some((450, far))
    );
    assert_eq!(store.unread_near(&filter, 450, true).unwrap(), None);
    assert_eq!(
        store.unread_near(&filter, 599, false).unwrap(),
        Some((450, far))
    );
    assert_eq!(store.unread_near(&filter, 10, false).unwrap(), None);
    // Filters hold: in the feed the far one is not in, there is no unread article after it.
    let far_feed = order[450].0.clone();
    let other = if far_feed == "Alpha" { "beta" } else { "Alpha" };
    let near_is_other = order[10].0 == other;
    let in_other = Filter {
        feeds: vec![other.to_owned()],
        sort: Sort::Title,
        ..Filter::default()
    };
    let found = store.unread_near(&in_other, 0, true).unwrap();
    assert_eq!(found.map(|(_, id)| id), near_is_other.then_some(near));
}

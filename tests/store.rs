//! The store as the CLI and TUI use it: refetching, flags and tags, search, filters, retention,
//! refusing foreign files, and sharing the file between two processes.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use chrono::{DateTime, Duration, TimeZone, Utc};
use veille::model::Validators;
use veille::model::{ArticleId, Facet, FeedId, FeedSource, Filter, Lang, NewArticle};
use veille::store::{FeedUpdate, FeedWrite, Provenance, Store, StoreError};

fn date(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 12, 0, 0).unwrap()
}

fn article(key: &str, title: &str, published: Option<DateTime<Utc>>) -> NewArticle {
    NewArticle {
        dedup_key: key.to_owned(),
        title: title.to_owned(),
        url: Some(format!("https://news.example/{key}")),
        author: Some("Jeanne".to_owned()),
        published,
        summary: Some(format!("<p>Summary of {title}</p>")),
        content_html: None,
        lang: Some(Lang::Fr),
        text: None,
    }
}

fn source(name: &str, url: &str) -> FeedSource {
    FeedSource {
        name: name.to_owned(),
        url: url.to_owned(),
        lang: None,
        full_text: false,
    }
}

fn update(articles: Vec<NewArticle>) -> FeedUpdate {
    FeedUpdate {
        title: Some("Feed title".to_owned()),
        validators: Validators {
            etag: Some("\"v1\"".to_owned()),
            last_modified: Some("Tue, 20 Aug 2024 10:00:00 GMT".to_owned()),
        },
        articles,
    }
}

/// A store with one feed `cert-fr`; returns it and the feed id.
fn store_with_feed() -> (Store, FeedId) {
    let mut store = Store::open_in_memory().unwrap();
    let feeds = store
        .sync_feeds(&[source("cert-fr", "https://cert.example/feed")])
        .unwrap();
    (store, feeds[0].id)
}

fn titles(store: &Store, filter: &Filter) -> Vec<String> {
    store
        .list(filter, None)
        .unwrap()
        .into_iter()
        .map(|a| a.title)
        .collect()
}

fn id_of(store: &Store, title: &str) -> ArticleId {
    store
        .list(&Filter::default(), None)
        .unwrap()
        .into_iter()
        .find(|a| a.title == title)
        .map(|a| a.id)
        .unwrap_or_else(|| panic!("no article titled {title}"))
}

fn search(store: &Store, query: &str) -> Vec<String> {
    let filter = Filter {
        query: Some(query.to_owned()),
        ..Filter::default()
    };
    titles(store, &filter)
}

#[test]
fn refetching_never_duplicates_and_counts_only_real_changes() {
    let (mut store, feed) = store_with_feed();
    let first = vec![
        article("a", "Alpha", Some(date(2024, 1, 1))),
        article("b", "Beta", Some(date(2024, 1, 2))),
        article("c", "Gamma", Some(date(2024, 1, 3))),
    ];
    let stats = store.record_fetch(feed, &update(first.clone())).unwrap();
    assert_eq!((stats.new, stats.updated), (3, 0));

    let stats = store.record_fetch(feed, &update(first.clone())).unwrap();
    assert_eq!((stats.new, stats.updated), (0, 0));
    assert_eq!(store.article_count().unwrap(), 3);

    let mut second = first;
    second[1].title = "Beta (mis à jour)".to_owned();
    second[2].content_html = Some("<p>Now with content</p>".to_owned());
    second.push(article("d", "Delta", Some(date(2024, 1, 4))));
    let stats = store.record_fetch(feed, &update(second)).unwrap();
    assert_eq!((stats.new, stats.updated), (1, 2));
    assert_eq!(store.article_count().unwrap(), 4);
    assert_eq!(
        titles(&store, &Filter::default()),
        ["Delta", "Gamma", "Beta (mis à jour)", "Alpha"]
    );
}

#[test]
fn a_repeated_key_within_one_fetch_is_stored_once() {
    let (mut store, feed) = store_with_feed();
    let items = vec![article("a", "First", None), article("a", "Second", None)];
    let stats = store.record_fetch(feed, &update(items)).unwrap();
    assert_eq!((stats.new, stats.updated), (1, 0));
    assert_eq!(titles(&store, &Filter::default()), ["First"]);
}

#[test]
fn flags_tags_and_notes_survive_a_refetch_that_changes_the_article() {
    let (mut store, feed) = store_with_feed();
    store
        .record_fetch(
            feed,
            &update(vec![
                article("a", "Alpha", None),
                article("b", "Beta", None),
            ]),
        )
        .unwrap();
    let (worked, read) = (id_of(&store, "Alpha"), id_of(&store, "Beta"));
    store.set_read(worked, true).unwrap();
    store.set_starred(worked, true).unwrap();
    store.set_note(worked, Some("à suivre")).unwrap();
    store
        .add_tag(worked, Facet::Actor, "APT28", Provenance::User)
        .unwrap();
    store.set_read(read, true).unwrap();

    let changes = |title: &str, key: &str| {
        let mut changed = article(key, title, None);
        changed.summary = Some("<p>New summary</p>".to_owned());
        changed
    };
    let stats = store
        .record_fetch(
            feed,
            &update(vec![changes("Alpha v2", "a"), changes("Beta v2", "b")]),
        )
        .unwrap();
    assert_eq!((stats.updated, stats.revised), (1, 1));

    // Worked on: kept as it was, the feed's new version recorded beside it.
    let stored = store.article(worked).unwrap().unwrap();
    assert_eq!(stored.summary.title, "Alpha");
    assert!(stored.summary.read && stored.summary.starred);
    assert_eq!(stored.summary.tags.actor, ["APT28"]);
    assert_eq!(store.note(worked).unwrap().as_deref(), Some("à suivre"));
    assert_eq!(stored.summary.revisions, 1);
    assert_eq!(stored.latest_revision.unwrap().title, "Alpha v2");
    // Only read: it follows its feed, its flag kept.
    let stored = store.article(read).unwrap().unwrap();
    assert_eq!(stored.summary.title, "Beta v2");
    assert!(stored.summary.read);
    assert_eq!(stored.text, "New summary");
    assert_eq!(stored.summary.revisions, 0);
}

/// veille now drops the " [...]" BleepingComputer's descriptions end with: an article stored with
/// it by an earlier veille, and tagged, is not "rewritten by its feed" when the same description
/// comes back without it (the list would flag every such article Δ), nor counted updated.
#[test]
fn a_summary_stored_with_its_trailing_marker_is_not_a_revision_of_the_same_without() {
    let (mut store, feed) = store_with_feed();
    let with_marker = |key: &str, title: &str, summary: &str| {
        let mut a = article(key, title, None);
        a.summary = Some(summary.to_owned());
        a
    };
    let bleeping = "Hackers use benign JPEG images of panda bears to deploy malware directly into system memory.";
    store
        .record_fetch(
            feed,
            &update(vec![
                with_marker("a", "Panda JPEGs", &format!("{bleeping} [...]")),
                with_marker(
                    "b",
                    "Other",
                    "<p>Read the advisory. <a href=\"https://x.example\">Read more</a></p>",
                ),
            ]),
        )
        .unwrap();
    let tagged = id_of(&store, "Panda JPEGs");
    store
        .add_tag(tagged, Facet::Attack, "malware", Provenance::User)
        .unwrap();
    let stats = store
        .record_fetch(
            feed,
            &update(vec![
                with_marker("a", "Panda JPEGs", bleeping),
                with_marker("b", "Other", "<p>Read the advisory.</p>"),
            ]),
        )
        .unwrap();
    assert_eq!((stats.updated, stats.revised), (0, 0));
    assert_eq!(store.article(tagged).unwrap().unwrap().summary.revisions, 0);
}

/// Krebs on Security moved (its old address answers 301): the analyst edits the subscription's
/// URL in the config, keeping its name. The next fetch stored the three articles the feed still
/// carries a second time, under a second feed of the same name, unread and untagged beside the
/// ones already read and tagged. The subscription keeps its row: nothing comes twice, and the old
/// address's validators are not sent to the new one.
#[test]
fn a_subscription_whose_address_changed_keeps_its_articles_and_gets_none_twice() {
    let mut store = Store::open_in_memory().unwrap();
    let old = store
        .sync_feeds(&[
            source("Krebs on Security", "https://krebs.example/old-feed"),
            source("cert-fr", "https://cert.example/feed"),
        ])
        .unwrap();
    let krebs = old[0].id;
    store
        .record_fetch(krebs, &update(vec![article("popa", "Popa Botnet", None)]))
        .unwrap();
    let read = id_of(&store, "Popa Botnet");
    store.set_read(read, true).unwrap();
    let moved = store
        .sync_feeds(&[
            source("Krebs on Security", "https://krebs.example/feed"),
            source("cert-fr", "https://cert.example/feed"),
        ])
        .unwrap();
    assert_eq!(moved[0].id, krebs, "the same subscription");
    assert_eq!(moved[0].url, "https://krebs.example/feed");
    assert_eq!(moved[0].validators, Validators::default());
    let stats = store
        .record_fetch(krebs, &update(vec![article("popa", "Popa Botnet", None)]))
        .unwrap();
    assert_eq!(stats.new, 0);
    assert_eq!(titles(&store, &Filter::default()), ["Popa Botnet"]);
    assert!(store.article(read).unwrap().unwrap().summary.read);
    assert_eq!(store.feeds().unwrap().len(), 2, "no second Krebs feed");
    // A new subscription under a new name is a new feed, as before.
    let added = store
        .sync_feeds(&[
            source("Krebs on Security", "https://krebs.example/feed"),
            source("cert-fr", "https://cert.example/feed"),
            source("Krebs mirror", "https://mirror.example/feed"),
        ])
        .unwrap();
    assert_ne!(added[2].id, krebs);
}

#[test]
fn a_big_feed_is_stored_in_batches_and_its_validators_with_the_last_only() {
    let (mut store, feed) = store_with_feed();
    let big = update(
        (0..5_000)
            .map(|i| article(&format!("k{i}"), &format!("Title {i}"), None))
            .collect(),
    );
    let mut write = FeedWrite::default();
    assert!(!store.record_fetch_batch(feed, &big, &mut write).unwrap());
    let first = store.article_count().unwrap();
    assert!(first > 0 && first < 5_000, "{first}");
    // Interrupted here (kill -9, full disk), the feed keeps no validators: the next fetch gets the
    // whole document again instead of a 304, and completes it.
    let state = store.feed(feed).unwrap();
    assert_eq!(state.validators, Validators::default());
    assert_eq!(state.last_success, None);
    while !store.record_fetch_batch(feed, &big, &mut write).unwrap() {}
    assert_eq!(store.article_count().unwrap(), 5_000);
    assert_eq!(write.into_stats().new, 5_000);
    let state = store.feed(feed).unwrap();
    assert_eq!(state.validators.etag.as_deref(), Some("\"v1\""));
    assert!(state.last_success.is_some());
}

#[test]
fn a_feed_republishing_the_same_new_version_records_it_once() {
    let (mut store, feed) = store_with_feed();
    store
        .record_fetch(feed, &update(vec![article("a", "Alpha", None)]))
        .unwrap();
    let id = id_of(&store, "Alpha");
    store.set_starred(id, true).unwrap();
    for title in ["Alpha v2", "Alpha v2", "Alpha v3", "Alpha v3"] {
        store
            .record_fetch(feed, &update(vec![article("a", title, None)]))
            .unwrap();
    }
    let stored = store.article(id).unwrap().unwrap();
    assert_eq!(stored.summary.title, "Alpha");
    assert_eq!(stored.summary.revisions, 2);
    assert_eq!(stored.latest_revision.unwrap().title, "Alpha v3");
    let listed = store.list(&Filter::default(), None).unwrap();
    assert_eq!(listed[0].revisions, 2);

    // Unstarred, nothing left to keep: the next change is applied and the revisions go.
    store.set_starred(id, false).unwrap();
    store
        .record_fetch(feed, &update(vec![article("a", "Alpha v4", None)]))
        .unwrap();
    let stored = store.article(id).unwrap().unwrap();
    assert_eq!(stored.summary.title, "Alpha v4");
    assert_eq!(stored.summary.revisions, 0);
}

#[test]
fn feed_state_follows_success_failure_and_not_modified() {
    let (mut store, feed) = store_with_feed();
    store
        .record_fetch(feed, &update(vec![article("a", "Alpha", None)]))
        .unwrap();
    let after_fetch = store.feed(feed).unwrap();
    assert_eq!(after_fetch.title.as_deref(), Some("Feed title"));
    assert_eq!(after_fetch.validators.etag.as_deref(), Some("\"v1\""));
    assert_eq!(after_fetch.last_status, Some(200));
    assert!(after_fetch.last_success.is_some());

    let retry = date(2030, 1, 1);
    store
        .record_failure(feed, Some(503), "HTTP 503", Some(retry))
        .unwrap();
    let failed = store.feed(feed).unwrap();
    assert_eq!(failed.last_status, Some(503));
    assert_eq!(failed.last_error.as_deref(), Some("HTTP 503"));
    assert_eq!(failed.retry_after, Some(retry));
    assert_eq!(failed.validators, after_fetch.validators);
    assert_eq!(failed.total, 1);

    store.record_not_modified(feed).unwrap();
    let not_modified = store.feed(feed).unwrap();
    assert_eq!(not_modified.last_status, Some(304));
    assert_eq!(not_modified.last_error, None);
    assert_eq!(not_modified.validators, after_fetch.validators);

    store
        .record_failure(feed, None, "timed out after 30 s", None)
        .unwrap();
    store.record_fetch(feed, &update(vec![])).unwrap();
    let recovered = store.feed(feed).unwrap();
    assert_eq!(recovered.last_error, None);
    assert_eq!(recovered.last_status, Some(200));
}

#[test]
fn unknown_ids_are_named_errors() {
    let (mut store, _) = store_with_feed();
    assert!(matches!(
        store.record_not_modified(FeedId(999)),
        Err(StoreError::UnknownFeed { id: 999 })
    ));
    assert!(matches!(
        store.set_read(ArticleId(42), true),
        Err(StoreError::UnknownArticle { id: 42 })
    ));
    assert!(matches!(
        store.add_tag(ArticleId(42), Facet::Actor, "APT28", Provenance::User),
        Err(StoreError::UnknownArticle { id: 42 })
    ));
    assert_eq!(store.article(ArticleId(42)).unwrap(), None);
}

#[test]
fn sync_feeds_follows_feeds_leaving_and_coming_back() {
    let mut store = Store::open_in_memory().unwrap();
    let one = "https://one.example/feed";
    let two = "https://two.example/feed";
    let by_name = |store: &Store| store.feed_by_name_or_url("X").unwrap().unwrap().url;
    store.sync_feeds(&[source("X", one)]).unwrap();
    // `one` leaves the configuration; `two` takes its name: the configured one is found first.
    store.sync_feeds(&[source("X", two)]).unwrap();
    assert_eq!(by_name(&store), two);
    // And back: `one` is configured again, `two` no more.
    let again = store.sync_feeds(&[source("X", one)]).unwrap();
    assert_eq!(by_name(&store), one);
    assert_eq!(again.len(), 1);
    // A URL listed twice is one feed (the last name wins), not a failed sync.
    let twice = store
        .sync_feeds(&[source("X", one), source("Y", one)])
        .unwrap();
    assert_eq!(twice[0].id, twice[1].id);
    assert_eq!(store.feed(twice[0].id).unwrap().name, "Y");
    // `X` at `two` in place of `X` at `one` was the same subscription at a new address, and back:
    // one row all along.
    assert_eq!(store.feeds().unwrap().len(), 1);
}

#[test]
fn sync_feeds_renames_by_url_and_keeps_unconfigured_feeds() {
    let mut store = Store::open_in_memory().unwrap();
    let first = store
        .sync_feeds(&[
            source("ZATAZ", "https://zataz.example/feed"),
            source("CERT-FR", "https://cert.example/feed"),
        ])
        .unwrap();
    store
        .record_fetch(
            first[0].id,
            &update(vec![article("z", "Zataz story", None)]),
        )
        .unwrap();

    let second = store
        .sync_feeds(&[source("Zataz renamed", "https://zataz.example/feed")])
        .unwrap();
    assert_eq!(second.len(), 1);
    assert_eq!(second[0].id, first[0].id);
    assert_eq!(second[0].name, "Zataz renamed");
    assert_eq!((second[0].total, second[0].unread), (1, 1));

    let all = store.feeds().unwrap();
    let names: Vec<&str> = all.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["CERT-FR", "Zataz renamed"]);
    assert_eq!(store.article_count().unwrap(), 1);

    let by_name = store.feed_by_name_or_url("zataz RENAMED").unwrap().unwrap();
    assert_eq!(by_name.id, first[0].id);
    let by_url = store
        .feed_by_name_or_url("https://cert.example/feed")
        .unwrap()
        .unwrap();
    assert_eq!(by_url.name, "CERT-FR");
    assert!(store.feed_by_name_or_url("nope").unwrap().is_none());
}

#[test]
fn search_folds_accents_and_case_both_ways() {
    let (mut store, feed) = store_with_feed();
    let mut french = article("fr", "Un rançongiciel frappe l'hôpital", None);
    french.content_html = Some("<p>Le <b>Rançongiciel</b> chiffre les serveurs.</p>".to_owned());
    let english = article("en", "New ransomware strain", None);
    let plain = article("plain", "Rancongiciel sans accent", None);
    let other = article("other", "Phishing campaign", None);
    store
        .record_fetch(feed, &update(vec![french, english, plain, other]))
        .unwrap();

    let mut found = search(&store, "rancongiciel");
    found.sort();
    assert_eq!(
        found,
        [
            "Rancongiciel sans accent",
            "Un rançongiciel frappe l'hôpital"
        ]
    );
    assert_eq!(search(&store, "RANÇONGICIEL").len(), 2);
    assert_eq!(search(&store, "Ransomware"), ["New ransomware strain"]);
    assert_eq!(
        search(&store, "hopital"),
        ["Un rançongiciel frappe l'hôpital"]
    );
    // Words are all required; the last one matches as a prefix.
    assert_eq!(
        search(&store, "chiffre serv"),
        ["Un rançongiciel frappe l'hôpital"]
    );
    assert!(search(&store, "ransomware phishing").is_empty());
    assert_eq!(
        search(&store, "   ").len(),
        4,
        "blank query filters nothing"
    );
}

#[test]
fn hostile_search_text_is_matched_literally_and_never_fails() {
    let (mut store, feed) = store_with_feed();
    store
        .record_fetch(
            feed,
            &update(vec![
                article("a", "Near misses in OR tooling", None),
                article("b", "Quoted \"exploit\" kit", None),
            ]),
        )
        .unwrap();
    for hostile in [
        "\"",
        "AND (",
        "*",
        "NEAR(",
        "title:",
        "-",
        "a OR",
        "\"unterminated",
        ")",
        "^x",
        "{a b}",
        "NOT",
        "col:val",
        "x AND",
    ] {
        let filter = Filter {
            query: Some(hostile.to_owned()),
            ..Filter::default()
        };
        assert!(
            store.list(&filter, None).is_ok(),
            "query {hostile:?} failed"
        );
    }
    // Operators typed by a user are words: `OR` must appear, not widen the search.
    assert_eq!(search(&store, "misses OR"), ["Near misses in OR tooling"]);
    assert_eq!(search(&store, "\"exploit\""), ["Quoted \"exploit\" kit"]);
    assert!(search(&store, "misses OR phishing").is_empty());
    assert_eq!(
        search(&store, "NEAR(misses tooling)"),
        ["Near misses in OR tooling"],
        "NEAR( is the word near"
    );
}

#[test]
fn full_text_is_searchable_and_shown() {
    let (mut store, feed) = store_with_feed();
    store
        .record_fetch(feed, &update(vec![article("a", "Short", None)]))
        .unwrap();
    let id = id_of(&store, "Short");
    assert!(search(&store, "exfiltration").is_empty());
    store
        .set_full_text(
            id,
            "<article><p>Full page about exfiltration.</p></article>",
        )
        .unwrap();
    assert_eq!(search(&store, "exfiltration"), ["Short"]);
    let shown = store.article(id).unwrap().unwrap();
    assert!(shown.content_html.unwrap().contains("exfiltration"));
    assert!(store.integrity_check().unwrap());
}

#[test]
fn article_text_comes_from_content_else_summary() {
    let (mut store, feed) = store_with_feed();
    let mut with_content = article("a", "With content", Some(date(2024, 5, 1)));
    with_content.content_html =
        Some("<p>Body <a href=\"https://x.example\">link</a></p>".to_owned());
    let summary_only = article("b", "Summary only", Some(date(2024, 5, 2)));
    store
        .record_fetch(feed, &update(vec![with_content, summary_only]))
        .unwrap();

    let a = store
        .article(id_of(&store, "With content"))
        .unwrap()
        .unwrap();
    assert_eq!(a.text, "Body link");
    assert_eq!(a.author.as_deref(), Some("Jeanne"));
    assert_eq!(a.summary.published, Some(date(2024, 5, 1)));
    assert_eq!(a.summary.feed, "cert-fr");
    assert_eq!(a.summary.feed_url, "https://cert.example/feed");
    assert_eq!(a.summary.lang, Some(Lang::Fr));
    let b = store
        .article(id_of(&store, "Summary only"))
        .unwrap()
        .unwrap();
    assert_eq!(b.text, "Summary of Summary only");
    assert_eq!(b.content_html, None);
}

#[test]
fn listing_is_newest_first_using_fetch_time_when_undated() {
    let (mut store, feed) = store_with_feed();
    store
        .record_fetch(
            feed,
            &update(vec![
                article("old", "January", Some(date(2024, 1, 1))),
                article("undated", "Undated", None),
                article("mid", "March", Some(date(2024, 3, 1))),
            ]),
        )
        .unwrap();
    assert_eq!(
        titles(&store, &Filter::default()),
        ["Undated", "March", "January"]
    );
    let two = store.list(&Filter::default(), Some(2)).unwrap();
    assert_eq!(two.len(), 2);
}

#[test]
fn tags_are_trimmed_unique_ignoring_case_and_sorted() {
    let (mut store, feed) = store_with_feed();
    store
        .record_fetch(feed, &update(vec![article("a", "Alpha", None)]))
        .unwrap();
    let id = id_of(&store, "Alpha");
    assert!(
        store
            .add_tag(
                id,
                Facet::Target,
                "  Hôpital de Cannes ",
                Provenance::Suggestion
            )
            .unwrap()
    );
    assert!(
        !store
            .add_tag(id, Facet::Target, "HÔPITAL DE CANNES", Provenance::User)
            .unwrap()
    );
    assert!(
        store
            .add_tag(id, Facet::Target, "Ameli", Provenance::User)
            .unwrap()
    );
    assert!(
        store
            .add_tag(id, Facet::Attack, "ransomware", Provenance::User)
            .unwrap()
    );
    assert!(matches!(
        store.add_tag(id, Facet::Actor, "   ", Provenance::User),
        Err(StoreError::EmptyTag { facet: "actor" })
    ));

    let tags = store.article(id).unwrap().unwrap().summary.tags;
    assert_eq!(tags.target, ["Ameli", "Hôpital de Cannes"]);
    assert_eq!(tags.attack, ["ransomware"]);
    assert!(tags.actor.is_empty());

    assert!(
        store
            .remove_tag(id, Facet::Target, "hôpital de cannes")
            .unwrap()
    );
    assert!(
        !store
            .remove_tag(id, Facet::Target, "hôpital de cannes")
            .unwrap()
    );
    assert!(!store.remove_tag(id, Facet::Actor, "ransomware").unwrap());
    let tags = store.list(&Filter::default(), None).unwrap()[0]
        .tags
        .clone();
    assert_eq!(tags.target, ["Ameli"]);
}

/// Four articles over two feeds and two languages, with flags and tags set; returns the store.
fn filter_fixture() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let feeds = store
        .sync_feeds(&[
            source("CERT-FR", "https://cert.example/feed"),
            source("Krebs", "https://krebs.example/feed"),
        ])
        .unwrap();
    let mut fr = article("1", "Fr tagged", Some(date(2024, 1, 10)));
    fr.lang = Some(Lang::Fr);
    let mut fr2 = article("2", "Fr plain", Some(date(2024, 2, 10)));
    fr2.lang = Some(Lang::Fr);
    store
        .record_fetch(feeds[0].id, &update(vec![fr, fr2]))
        .unwrap();
    let mut en = article("3", "En tagged", Some(date(2024, 3, 10)));
    en.lang = Some(Lang::En);
    let mut unknown = article("4", "No lang", Some(date(2024, 4, 10)));
    unknown.lang = None;
    store
        .record_fetch(feeds[1].id, &update(vec![en, unknown]))
        .unwrap();

    let fr_tagged = id_of(&store, "Fr tagged");
    let en_tagged = id_of(&store, "En tagged");
    for (id, facet, value) in [
        (fr_tagged, Facet::Actor, "APT28"),
        (fr_tagged, Facet::Attack, "ransomware"),
        (fr_tagged, Facet::Target, "Cour pénale internationale"),
        (en_tagged, Facet::Actor, "APT28"),
        (en_tagged, Facet::Actor, "Lazarus Group"),
    ] {
        store.add_tag(id, facet, value, Provenance::User).unwrap();
    }
    store.set_read(id_of(&store, "Fr plain"), true).unwrap();
    store.set_read(fr_tagged, true).unwrap();
    store.set_starred(id_of(&store, "No lang"), true).unwrap();
    store
}

#[test]
fn each_filter_narrows_the_list() {
    let store = filter_fixture();
    let with = |f: Filter| titles(&store, &f);
    assert_eq!(
        with(Filter::default()),
        ["No lang", "En tagged", "Fr plain", "Fr tagged"]
    );
    assert_eq!(
        with(Filter {
            lang: Some(Lang::Fr),
            ..Filter::default()
        }),
        ["Fr plain", "Fr tagged"]
    );
    assert_eq!(
        with(Filter {
            lang: Some(Lang::En),
            ..Filter::default()
        }),
        ["En tagged"]
    );
    assert_eq!(
        with(Filter {
            feeds: vec!["krebs".into()],
            ..Filter::default()
        }),
        ["No lang", "En tagged"]
    );
    assert_eq!(
        with(Filter {
            feeds: vec!["https://cert.example/feed".into()],
            ..Filter::default()
        }),
        ["Fr plain", "Fr tagged"]
    );
    assert_eq!(
        with(Filter {
            feeds: vec!["CERT-FR".into(), "Krebs".into()],
            ..Filter::default()
        })
        .len(),
        4
    );
    assert_eq!(
        with(Filter {
            actors: vec!["apt28".into()],
            ..Filter::default()
        }),
        ["En tagged", "Fr tagged"]
    );
    assert_eq!(
        with(Filter {
            actors: vec!["APT28".into(), "lazarus group".into()],
            ..Filter::default()
        }),
        ["En tagged"],
        "every requested value is required"
    );
    assert_eq!(
        with(Filter {
            targets: vec!["COUR PÉNALE INTERNATIONALE".into()],
            ..Filter::default()
        }),
        ["Fr tagged"]
    );
    assert_eq!(
        with(Filter {
            attacks: vec!["ransomware".into()],
            ..Filter::default()
        }),
        ["Fr tagged"]
    );
    assert_eq!(
        with(Filter {
            tagged: true,
            ..Filter::default()
        }),
        ["En tagged", "Fr tagged"]
    );
    assert_eq!(
        with(Filter {
            untagged: true,
            ..Filter::default()
        }),
        ["No lang", "Fr plain"]
    );
    assert_eq!(
        with(Filter {
            unread: true,
            ..Filter::default()
        }),
        ["No lang", "En tagged"]
    );
    assert_eq!(
        with(Filter {
            starred: true,
            ..Filter::default()
        }),
        ["No lang"]
    );
    assert_eq!(
        with(Filter {
            since: Some(date(2024, 2, 10)),
            ..Filter::default()
        }),
        ["No lang", "En tagged", "Fr plain"]
    );
    assert_eq!(
        with(Filter {
            until: Some(date(2024, 2, 10)),
            ..Filter::default()
        }),
        ["Fr tagged"]
    );
    assert_eq!(
        with(Filter {
            lang: Some(Lang::Fr),
            unread: true,
            ..Filter::default()
        }),
        Vec::<String>::new()
    );
    let listed = store
        .list(
            &Filter {
                actors: vec!["APT28".into()],
                ..Filter::default()
            },
            None,
        )
        .unwrap();
    assert_eq!(listed[0].tags.actor, ["APT28", "Lazarus Group"]);
    assert_eq!(listed[1].tags.target, ["Cour pénale internationale"]);
}

/// The old articles of the retention tests: one for each thing that keeps an article.
fn old_articles() -> FeedUpdate {
    update(vec![
        article("old-plain", "Old ransomware plain", Some(date(2020, 1, 1))),
        article(
            "old-tagged",
            "Old ransomware tagged",
            Some(date(2020, 1, 2)),
        ),
        article(
            "old-starred",
            "Old ransomware starred",
            Some(date(2020, 1, 3)),
        ),
        article("old-noted", "Old ransomware noted", Some(date(2020, 1, 4))),
        article(
            "old-unread",
            "Old ransomware unread",
            Some(date(2020, 1, 5)),
        ),
        article("new", "New ransomware", Some(date(2030, 1, 1))),
    ])
}

#[test]
fn retention_purges_only_read_articles_without_work_and_forgets_them_in_search() {
    let (mut store, feed) = store_with_feed();
    store.record_fetch(feed, &old_articles()).unwrap();
    for title in [
        "Old ransomware plain",
        "Old ransomware tagged",
        "Old ransomware starred",
        "Old ransomware noted",
        "New ransomware",
    ] {
        store.set_read(id_of(&store, title), true).unwrap();
    }
    let tagged = id_of(&store, "Old ransomware tagged");
    store
        .add_tag(tagged, Facet::Attack, "ransomware", Provenance::User)
        .unwrap();
    store
        .set_starred(id_of(&store, "Old ransomware starred"), true)
        .unwrap();
    store
        .set_note(id_of(&store, "Old ransomware noted"), Some("à suivre"))
        .unwrap();

    let purged = store.purge_older_than(date(2025, 1, 1)).unwrap();
    assert_eq!(purged, 1, "only the read article without tag, star or note");
    let mut left = search(&store, "ransomware");
    left.sort();
    assert_eq!(
        left,
        [
            "New ransomware",
            "Old ransomware noted",
            "Old ransomware starred",
            "Old ransomware tagged",
            "Old ransomware unread"
        ]
    );
    assert!(search(&store, "plain").is_empty());
    assert!(store.integrity_check().unwrap());

    // Untagging makes it eligible next time.
    store
        .remove_tag(tagged, Facet::Attack, "ransomware")
        .unwrap();
    assert_eq!(store.purge_older_than(date(2025, 1, 1)).unwrap(), 1);
    assert_eq!(store.article_count().unwrap(), 4);
}

#[test]
fn a_purged_article_does_not_come_back_while_its_feed_still_carries_it() {
    let (mut store, feed) = store_with_feed();
    store.record_fetch(feed, &old_articles()).unwrap();
    store
        .set_read(id_of(&store, "Old ransomware plain"), true)
        .unwrap();
    assert_eq!(store.purge_older_than(date(2025, 1, 1)).unwrap(), 1);

    let again = store.record_fetch(feed, &old_articles()).unwrap();
    assert_eq!((again.new, again.purged_before), (0, 1));
    assert!(search(&store, "plain").is_empty());
    assert_eq!(store.article_count().unwrap(), 5);
}

mod files {
    use super::*;
    use std::path::Path;

    fn pseudo_random_bytes(len: usize) -> Vec<u8> {
        let mut state: u32 = 0x1234_5678;
        (0..len)
            .map(|_| {
                state = state.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                (state >> 24) as u8
            })
            .collect()
    }

    fn open_untouched(path: &Path) -> StoreError {
        let before = std::fs::read(path).unwrap();
        let err = match Store::open(path) {
            Ok(_) => panic!("{} was accepted", path.display()),
            Err(e) => e,
        };
        assert_eq!(std::fs::read(path).unwrap(), before, "file was modified");
        assert!(
            err.to_string().contains(&path.display().to_string()),
            "error does not name the file: {err}"
        );
        err
    }

    #[test]
    fn creates_parent_directories_and_keeps_data_across_opens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("deep/er/veille.db");
        {
            let mut store = Store::open(&path).unwrap();
            let feed = store
                .sync_feeds(&[source("cert-fr", "https://cert.example/feed")])
                .unwrap()[0]
                .id;
            store
                .record_fetch(feed, &update(vec![article("a", "Persisted", None)]))
                .unwrap();
            let id = id_of(&store, "Persisted");
            store
                .add_tag(id, Facet::Actor, "APT28", Provenance::User)
                .unwrap();
        }
        let store = Store::open(&path).unwrap();
        let listed = store.list(&Filter::default(), None).unwrap();
        assert_eq!(listed[0].title, "Persisted");
        assert_eq!(listed[0].tags.actor, ["APT28"]);
        assert!(store.integrity_check().unwrap());

        // Another program can tell the file is veille's, and readers never block the fetcher.
        let raw = rusqlite::Connection::open(&path).unwrap();
        let app_id: i32 = raw
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .unwrap();
        assert_eq!(app_id, veille::store::APPLICATION_ID);
        let mode: String = raw
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }

    #[test]
    fn a_text_file_is_not_a_database_and_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.db");
        std::fs::write(&path, "these are my notes, not a database\n").unwrap();
        let err = open_untouched(&path);
        assert!(matches!(err, StoreError::NotADatabase { .. }), "{err}");
    }

    #[test]
    fn random_bytes_are_not_a_database_and_are_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("random.db");
        std::fs::write(&path, pseudo_random_bytes(8192)).unwrap();
        let err = open_untouched(&path);
        assert!(matches!(err, StoreError::NotADatabase { .. }), "{err}");
    }

    #[test]
    fn a_corrupt_database_body_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("corrupt.db");
        let mut bytes = b"SQLite format 3\0".to_vec();
        bytes.extend(pseudo_random_bytes(8192 - bytes.len()));
        std::fs::write(&path, bytes).unwrap();
        let err = open_untouched(&path);
        assert!(matches!(err, StoreError::NotADatabase { .. }), "{err}");
    }

    #[test]
    fn another_programs_database_is_foreign_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("firefox-places.sqlite");
        {
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);")
                .unwrap();
        }
        let err = open_untouched(&path);
        assert!(matches!(err, StoreError::Foreign { .. }), "{err}");
    }

    #[test]
    fn an_empty_database_of_another_application_id_is_foreign() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        {
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.pragma_update(None, "application_id", 0x0f0f_0f0f)
                .unwrap();
        }
        let err = open_untouched(&path);
        assert!(matches!(err, StoreError::Foreign { .. }), "{err}");
    }

    #[test]
    fn a_newer_schema_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("veille.db");
        drop(Store::open(&path).unwrap());
        {
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.pragma_update(None, "user_version", 999).unwrap();
        }
        let err = open_untouched(&path);
        assert!(
            matches!(err, StoreError::TooNew { found: 999, known, .. } if known == veille::store::SCHEMA_VERSION),
            "{err}"
        );
    }

    #[test]
    fn writers_wait_for_each_other_instead_of_failing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("veille.db");
        let mut tui = Store::open(&path).unwrap();
        let feed = tui
            .sync_feeds(&[source("cert-fr", "https://cert.example/feed")])
            .unwrap()[0]
            .id;
        tui.record_fetch(feed, &update(vec![article("a", "Alpha", None)]))
            .unwrap();
        let id = id_of(&tui, "Alpha");

        // Another process (a cron `veille fetch`) holds the write lock for a while.
        let (locked_tx, locked_rx) = std::sync::mpsc::channel();
        let holder_path = path.clone();
        let holder = std::thread::spawn(move || {
            let mut conn = rusqlite::Connection::open(&holder_path).unwrap();
            let tx = conn
                .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
                .unwrap();
            tx.execute("UPDATE feeds SET title = 'from cron'", [])
                .unwrap();
            locked_tx.send(()).unwrap();
            std::thread::sleep(std::time::Duration::from_millis(400));
            tx.commit().unwrap();
        });
        locked_rx.recv().unwrap();

        // Reading is not blocked by the writer (WAL), and sees the last committed state.
        let listed = tui.list(&Filter::default(), None).unwrap();
        assert_eq!(listed.len(), 1);
        assert_eq!(tui.feed(feed).unwrap().title.as_deref(), Some("Feed title"));
        // Writing waits for the lock instead of failing with "database is locked".
        tui.add_tag(id, Facet::Actor, "APT28", Provenance::User)
            .unwrap();
        tui.set_read(id, true).unwrap();
        holder.join().unwrap();

        let mut cron = Store::open(&path).unwrap();
        let fetched = std::thread::spawn(move || {
            for i in 0..20 {
                let items = vec![article(&format!("k{i}"), &format!("Cron {i}"), None)];
                cron.record_fetch(feed, &update(items)).unwrap();
            }
        });
        for _ in 0..20 {
            tui.set_starred(id, true).unwrap();
            tui.list(&Filter::default(), Some(5)).unwrap();
        }
        fetched.join().unwrap();
        assert_eq!(tui.article_count().unwrap(), 21);
        let alpha = tui.article(id).unwrap().unwrap();
        assert_eq!(alpha.summary.tags.actor, ["APT28"]);
        assert!(alpha.summary.read && alpha.summary.starred);
        assert_eq!(tui.feed(feed).unwrap().title.as_deref(), Some("Feed title"));
    }
}

#[test]
fn purge_cutoff_is_exclusive_and_uses_fetch_time_for_undated() {
    let (mut store, feed) = store_with_feed();
    store
        .record_fetch(
            feed,
            &update(vec![
                article("edge", "Exactly at cutoff", Some(date(2024, 6, 1))),
                article("undated", "Undated fetched now", None),
            ]),
        )
        .unwrap();
    for title in ["Exactly at cutoff", "Undated fetched now"] {
        store.set_read(id_of(&store, title), true).unwrap();
    }
    assert_eq!(store.purge_older_than(date(2024, 6, 1)).unwrap(), 0);
    assert_eq!(
        store
            .purge_older_than(Utc::now() - Duration::days(1))
            .unwrap(),
        1
    );
    assert_eq!(titles(&store, &Filter::default()), ["Undated fetched now"]);
}

#[test]
fn an_unopenable_path_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    // A directory where the database file should be.
    let path = dir.path().join("veille.db");
    std::fs::create_dir(&path).unwrap();
    let err = match Store::open(&path) {
        Ok(_) => panic!("a directory was opened as a database"),
        Err(e) => e,
    };
    assert!(err.to_string().contains("veille.db"), "{err}");
}

#[test]
fn data_version_moves_only_when_another_connection_commits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("veille.db");
    let mut reader = Store::open(&path).unwrap();
    let mut writer = Store::open(&path).unwrap();
    let feed = writer
        .sync_feeds(&[source("A", "https://a.example/feed")])
        .unwrap()[0]
        .id;
    let before = reader.data_version().unwrap();
    // The reader's own writes do not count: it already knows about them.
    reader
        .sync_feeds(&[source("A", "https://a.example/feed")])
        .unwrap();
    assert_eq!(reader.data_version().unwrap(), before);
    writer
        .record_fetch(feed, &update(vec![article("k1", "Nouvel article", None)]))
        .unwrap();
    assert_ne!(
        reader.data_version().unwrap(),
        before,
        "another connection's commit is seen"
    );
}

#[test]
fn a_database_from_before_the_tlp_column_keeps_its_tags_and_gains_a_per_article_tlp() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("veille.db");
    let id = {
        let mut store = Store::open(&path).unwrap();
        let feed = store
            .sync_feeds(&[source("cert-fr", "https://cert.example/feed")])
            .unwrap()[0]
            .id;
        store
            .record_fetch(feed, &update(vec![article("a", "Rançongiciel", None)]))
            .unwrap();
        let id = store.list(&Filter::default(), None).unwrap()[0].id;
        store
            .add_tag(id, Facet::Attack, "ransomware", Provenance::Suggestion)
            .unwrap();
        id
    };
    {
        // The file as the schema before the tlp column wrote it (that column's migration, then the
        // rejected suggestions' table, the TAXII push record, retention's tombstones, the notes'
        // search column, the feeds' failing_since, the title index, the stories' tables and their
        // placing mark are the last nine; the search index's migration rebuilds it whole).
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "ALTER TABLE articles DROP COLUMN tlp; DROP TABLE rejected_suggestions; \
             DROP TABLE taxii_pushed; DROP TABLE purged_articles; \
             ALTER TABLE feeds DROP COLUMN failing_since; DROP INDEX articles_by_title; \
             DROP TABLE story_placed; DROP TABLE story_backlog; DROP TABLE story_decisions; \
             DROP TABLE story_members; DROP TABLE stories;",
        )
        .unwrap();
        conn.pragma_update(None, "user_version", veille::store::SCHEMA_VERSION - 9)
            .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let article = store.article(id).unwrap().unwrap();
    assert_eq!(article.summary.tags.attack, ["ransomware"]);
    assert_eq!(article.tlp, None, "the configured default applies");
    store
        .set_tlp(id, Some(veille::model::Tlp::AmberStrict))
        .unwrap();
    assert_eq!(
        store.article(id).unwrap().unwrap().tlp,
        Some(veille::model::Tlp::AmberStrict)
    );
    assert_eq!(store.suggested_tags(id).unwrap().attack, ["ransomware"]);
    store.set_tlp(id, None).unwrap();
    assert_eq!(store.article(id).unwrap().unwrap().tlp, None);
    assert!(matches!(
        store.set_tlp(ArticleId(9999), Some(veille::model::Tlp::Red)),
        Err(StoreError::UnknownArticle { .. })
    ));
}

#[test]
fn rejected_suggestions_ignore_case_survive_a_reopen_and_go_with_their_article() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("veille.db");
    let mut store = Store::open(&path).unwrap();
    let feed = store
        .sync_feeds(&[source("cert-fr", "https://cert.example/feed")])
        .unwrap()[0]
        .id;
    store
        .record_fetch(
            feed,
            &update(vec![
                article("a", "Rançongiciel chez un hôpital", Some(date(2020, 1, 1))),
                article("b", "Autre", Some(date(2030, 1, 1))),
            ]),
        )
        .unwrap();
    let id = id_of(&store, "Rançongiciel chez un hôpital");
    let rows = vec![
        (id, Facet::Attack, "Ransomware".to_owned()),
        (id, Facet::Target, "NL".to_owned()),
        (ArticleId(999_999), Facet::Actor, "APT28".to_owned()),
    ];
    // Only what was not rejected yet is reported (what an undo forgets); unknown articles skipped.
    assert_eq!(store.reject_suggestions(&rows).unwrap(), rows[..2].to_vec());
    assert!(
        store
            .reject_suggestions(&[(id, Facet::Attack, "RANSOMWARE".into())])
            .unwrap()
            .is_empty()
    );
    drop(store);

    let mut store = Store::open(&path).unwrap();
    // Rejected in one go: listed by value, as stored.
    assert_eq!(
        store.rejected_suggestions(id).unwrap(),
        vec![
            (Facet::Target, "NL".to_owned()),
            (Facet::Attack, "Ransomware".to_owned())
        ]
    );
    assert_eq!(store.all_rejected_suggestions().unwrap()[&id].len(), 2);
    let restored = store
        .restore_suggestions(&[(id, Facet::Attack, "ransomware".into())])
        .unwrap();
    assert_eq!(restored, vec![(id, Facet::Attack, "Ransomware".to_owned())]);
    assert_eq!(
        store.rejected_suggestions(id).unwrap(),
        vec![(Facet::Target, "NL".to_owned())]
    );
    // Retention deletes the article once read: its rejections go with it.
    store.set_read(id, true).unwrap();
    store.purge_older_than(date(2025, 1, 1)).unwrap();
    assert!(store.all_rejected_suggestions().unwrap().is_empty());
    assert!(store.integrity_check().unwrap());
}

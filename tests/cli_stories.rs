//! `veille stories` and `veille list --story` end to end: the real binary fetches a French and an
//! English feed from the loopback server telling the same incident, and shows one story.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use serde_json::Value;
use support::TestServer;
use support::home::{stderr, stdout, veille_in, veille_in_env};
use support::stories::serve_icc;
use veille::config::FetchSettings;
use veille::model::{ArticleId, FeedSource};
use veille::refresh::{FeedStatus, refresh};
use veille::store::Store;

fn home(server: &TestServer) -> tempfile::TempDir {
    serve_icc(
        server,
        "Tue, 19 Sep 2023 12:00:00 GMT",
        "Wed, 20 Sep 2023 09:00:00 GMT",
        &[(
            "orange",
            "Orange victime d'une intrusion \u{1b}[31mrouge",
            "Tue, 19 Sep 2023 13:00:00 GMT",
            "Orange a détecté une intrusion sur l'un de ses systèmes et a porté plainte.",
        )],
    );
    fetched_home(server)
}

/// A home subscribed to the served `/fr.xml` (numerama) and `/en.xml` (securityaffairs), fetched.
fn fetched_home(server: &TestServer) -> tempfile::TempDir {
    let dir = subscribed_home(server);
    let out = veille_in(dir.path(), &["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    dir
}

/// A home subscribed to the served `/fr.xml` (numerama) and `/en.xml` (securityaffairs).
fn subscribed_home(server: &TestServer) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let config = format!(
        "[retention]\nmax_age_days = 0\n\n[[feeds]]\nname = \"numerama\"\nurl = {:?}\n\n\
         [[feeds]]\nname = \"securityaffairs\"\nurl = {:?}\n",
        server.url("/fr.xml"),
        server.url("/en.xml")
    );
    std::fs::write(dir.path().join("config.toml"), config).unwrap();
    dir
}

/// Environment variables that make `a_fetch_ending_after_its_first_feed` the fetching process:
/// the database, and the URLs of numerama's and securityaffairs' feeds.
const STOPPED_DB: &str = "VEILLE_STOPPED_FETCH_DB";
const STOPPED_FR: &str = "VEILLE_STOPPED_FETCH_FR";
const STOPPED_EN: &str = "VEILLE_STOPPED_FETCH_EN";
/// Its exit code.
const STOPPED: i32 = 3;

/// The fetch of `articles_a_stopped_fetch_left_without_a_story_are_placed_by_the_next`: the
/// process ends as soon as its first feed is stored, while that feed's story decisions are being
/// made, as a fetch killed (Ctrl-C, a crash, a power cut) then would: no destructor runs.
#[test]
#[ignore = "helper process, started by articles_a_stopped_fetch_left_without_a_story_are_placed_by_the_next"]
fn a_fetch_ending_after_its_first_feed() {
    let (Ok(db), Ok(fr), Ok(en)) = (
        std::env::var(STOPPED_DB),
        std::env::var(STOPPED_FR),
        std::env::var(STOPPED_EN),
    ) else {
        return;
    };
    let sources: Vec<FeedSource> = [("numerama", fr), ("securityaffairs", en)]
        .into_iter()
        .map(|(name, url)| FeedSource {
            name: name.to_owned(),
            url,
            lang: None,
            full_text: false,
        })
        .collect();
    let settings = FetchSettings {
        concurrency: 4,
        per_host: 4,
        connect_timeout_secs: 5,
        timeout_secs: 5,
        max_body_bytes: 1 << 20,
        max_redirects: 5,
        max_retry_wait_secs: 5,
        user_agent: "veille-test".to_owned(),
        allow_private: false,
    };
    let mut store = Store::open(std::path::Path::new(&db)).unwrap();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let run = runtime.block_on(refresh(
        &mut store,
        &sources,
        &[],
        &settings,
        0,
        |_, _, result| {
            if matches!(result.status, FeedStatus::Updated { new, .. } if new > 0) {
                std::process::exit(STOPPED);
            }
        },
    ));
    panic!("the fetch ended without storing a feed: {run:?}");
}

#[test]
fn articles_a_stopped_fetch_left_without_a_story_are_placed_by_the_next() {
    let server = TestServer::start();
    serve_icc(
        &server,
        "Tue, 19 Sep 2023 12:00:00 GMT",
        "Wed, 20 Sep 2023 09:00:00 GMT",
        &[],
    );
    let dir = subscribed_home(&server);
    let db = dir.path().join("veille.db");
    let stopped = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--ignored",
            "--exact",
            "a_fetch_ending_after_its_first_feed",
        ])
        .env(STOPPED_DB, &db)
        .env(STOPPED_FR, server.url("/fr.xml"))
        .env(STOPPED_EN, server.url("/en.xml"))
        .output()
        .unwrap();
    assert_eq!(stopped.status.code(), Some(STOPPED), "{}", stderr(&stopped));
    // One report stored, and no story for it.
    {
        let store = Store::open(&db).unwrap();
        assert_eq!(store.article_count().unwrap(), 1);
        assert_eq!(store.story_of(ArticleId(1)).unwrap(), None);
    }
    // The next fetch places it first, says so, and the other report joins its story.
    let out = veille_in(dir.path(), &["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out)
            .contains(", 1 article left without a story by an interrupted fetch placed in stories"),
        "{}",
        stdout(&out)
    );
    let stories = json_lines(&veille_in(dir.path(), &["stories", "--json"]));
    assert_eq!(stories.len(), 1, "{stories:?}");
    assert_eq!(stories[0]["languages"], serde_json::json!(["en", "fr"]));
    // Once: the fetch after it has nothing left to place.
    let out = veille_in(dir.path(), &["fetch"]);
    assert!(
        !stdout(&out).contains("left without a story"),
        "{}",
        stdout(&out)
    );
}

fn json_lines(out: &std::process::Output) -> Vec<Value> {
    assert!(out.status.success(), "{}", stderr(out));
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn the_icc_story_in_french_and_english_is_one_story_in_the_cli_and_the_exports() {
    let server = TestServer::start();
    let dir = home(&server);
    let stories = json_lines(&veille_in(dir.path(), &["stories", "--json"]));
    assert_eq!(stories.len(), 2, "{stories:?}");
    let icc = stories
        .iter()
        .find(|s| s["articles"].as_array().unwrap().len() == 2)
        .expect("the ICC story has both articles");
    // The README's shape.
    for key in [
        "id",
        "title",
        "articles",
        "languages",
        "first_seen",
        "last_seen",
        "tags",
    ] {
        assert!(icc.get(key).is_some(), "missing {key} in {icc}");
    }
    assert_eq!(icc["languages"], serde_json::json!(["en", "fr"]));
    assert_eq!(
        icc["title"],
        "International Criminal Court hit by cyberattack"
    );
    // Whichever feed arrived first started the story; the other says why it joined.
    let why: Vec<&str> = icc["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["reason"].as_str().unwrap())
        .collect();
    assert!(why.contains(&"first article of the story"), "{why:?}");
    assert!(
        why.iter()
            .any(|w| w.contains("victim international criminal court")),
        "{why:?}"
    );
    let id = icc["id"].as_i64().unwrap().to_string();

    let listed: Vec<Value> =
        serde_json::from_slice(&veille_in(dir.path(), &["list", "--story", &id, "--json"]).stdout)
            .unwrap();
    let mut langs: Vec<&str> = listed.iter().map(|a| a["lang"].as_str().unwrap()).collect();
    langs.sort();
    assert_eq!(langs, ["en", "fr"]);

    // Filters pick stories by their articles.
    let french = json_lines(&veille_in(
        dir.path(),
        &["stories", "--json", "--query", "Orange"],
    ));
    assert_eq!(french.len(), 1);
    assert_ne!(french[0]["id"], icc["id"]);

    let exported: Vec<Value> =
        serde_json::from_slice(&veille_in(dir.path(), &["export", "--format", "json"]).stdout)
            .unwrap();
    assert!(exported.iter().all(|a| a["story"].is_i64()), "{exported:?}");
    let csv = stdout(&veille_in(dir.path(), &["export", "--format", "csv"]));
    let header = csv.lines().next().unwrap();
    assert!(header.ends_with(",note,story"), "{header}");
    assert_eq!(
        csv.lines()
            .filter(|l| l.ends_with(&format!(",{id}")))
            .count(),
        2,
        "{csv}"
    );
}

#[test]
fn the_stories_text_says_why_and_prints_no_control_character_from_a_feed() {
    let server = TestServer::start();
    let dir = home(&server);
    let out = veille_in(dir.path(), &["stories"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("en+fr  2 articles  International Criminal Court"),
        "{text}"
    );
    assert!(text.contains("why: "), "{text}");
    assert!(!text.contains('\u{1b}'), "{text:?}");
}

#[test]
fn articles_stored_before_stories_are_placed_once_by_the_next_fetch_the_last_two_weeks_only() {
    let server = TestServer::start();
    let day = |ago: i64| (chrono::Utc::now() - chrono::Duration::days(ago)).to_rfc2822();
    let (two, one, forty) = (day(2), day(1), day(40));
    serve_icc(
        &server,
        &two,
        &one,
        &[(
            "old",
            "Orange victime d'une intrusion",
            &forty,
            "Orange a détecté une intrusion sur l'un de ses systèmes.",
        )],
    );
    let dir = fetched_home(&server);
    // The same file as a veille from before stories left it: no stories' tables, and the two
    // versions that brought them (stories, then the placing mark) undone.
    {
        let conn = rusqlite::Connection::open(dir.path().join("veille.db")).unwrap();
        conn.execute_batch(
            "DROP TABLE story_placed; DROP TABLE story_backlog; DROP TABLE story_decisions; \
             DROP TABLE story_members; DROP TABLE stories;",
        )
        .unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        conn.pragma_update(None, "user_version", version - 2)
            .unwrap();
    }
    // The next fetch brings nothing new, places the two recent articles and says so.
    let out = veille_in(dir.path(), &["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(", 2 articles of the last 14 days stored before stories placed"),
        "{}",
        stdout(&out)
    );
    let stories = json_lines(&veille_in(dir.path(), &["stories", "--json"]));
    assert_eq!(stories.len(), 1, "the older article stays out: {stories:?}");
    assert_eq!(stories[0]["articles"].as_array().unwrap().len(), 2);
    assert_eq!(stories[0]["languages"], serde_json::json!(["en", "fr"]));
    // Once: a later fetch places nothing again and says nothing of it.
    let out = veille_in(dir.path(), &["fetch"]);
    assert!(!stdout(&out).contains("before stories"), "{}", stdout(&out));
    assert_eq!(
        json_lines(&veille_in(dir.path(), &["stories", "--json"])).len(),
        1
    );
}

#[test]
fn a_french_interface_tells_the_stories_in_french_and_their_json_does_not_change() {
    let server = TestServer::start();
    let dir = home(&server);
    let english = veille_in(dir.path(), &["stories", "--json"]);
    let out = veille_in_env(dir.path(), &["stories"], &[("LANG", "fr_FR.UTF-8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("histoire ")
            && text.contains("en+fr  2 articles  International Criminal Court"),
        "{text}"
    );
    assert!(text.contains("pourquoi\u{a0}: proche de #"), "{text}");
    assert!(!text.contains("why: "), "{text}");
    let french = veille_in_env(
        dir.path(),
        &["stories", "--json"],
        &[("LANG", "fr_FR.UTF-8")],
    );
    assert_eq!(stdout(&english), stdout(&french), "--json is a contract");
}

#[test]
fn the_stories_lines_keep_their_dates_and_titles_in_columns() {
    let server = TestServer::start();
    // Real feeds: more than nine stories, so ids of one and two digits, of one article and more.
    let feeds: Vec<(String, String)> = [
        ("zataz", "fr/zataz_feed_2026-08-20.xml"),
        (
            "bleepingcomputer",
            "en/bleepingcomputer_feed_2025-07-24.xml",
        ),
    ]
    .iter()
    .map(|(name, path)| (name.to_string(), server.feed_url(path)))
    .collect();
    let home = support::home::Home::fetched(&feeds);
    for lang in ["C.UTF-8", "fr_FR.UTF-8"] {
        let out = veille_in_env(
            home.path(),
            &["stories", "--min-articles", "1"],
            &[("LANG", lang)],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let text = stdout(&out);
        let heads: Vec<&str> = text.lines().filter(|l| !l.starts_with(' ')).collect();
        let ids: Vec<usize> = heads
            .iter()
            .map(|h| h.split_whitespace().nth(1).unwrap().len())
            .collect();
        assert!(ids.contains(&1) && ids.contains(&2), "{text}");
        let column = |line: &str, what: &str| line[..line.find(what).unwrap()].chars().count();
        // The first date, looked for as a whole word: "story 20  2026-…" holds a "20" before it.
        let dates: Vec<usize> = heads
            .iter()
            .map(|h| column(h, &format!(" {}", h.split_whitespace().nth(2).unwrap())))
            .collect();
        assert!(
            dates.iter().all(|d| *d == dates[0]),
            "{lang}: dates move:\n{text}"
        );
        // The title starts after the count and two spaces, at one column for every story.
        let titles: Vec<usize> = heads
            .iter()
            .map(|h| {
                let after = h.find("article").unwrap();
                let rest = &h[after..];
                let gap = rest.find("  ").unwrap();
                let title = rest[gap..].len() - rest[gap..].trim_start().len();
                h[..after + gap + title].chars().count()
            })
            .collect();
        assert!(
            titles.iter().all(|t| *t == titles[0]),
            "{lang}: titles move:\n{text}"
        );
    }
}

#[test]
fn a_story_id_that_names_no_story_is_said_not_listed_as_empty() {
    let server = TestServer::start();
    let dir = home(&server);
    for args in [
        &["list", "--story", "99999"][..],
        &["list", "--story", "99999", "--json"],
        &["stories", "--story", "99999"],
        &["export", "--format", "csv", "--story", "99999"],
    ] {
        let out = veille_in(dir.path(), args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stdout(&out));
        assert!(
            stderr(&out).contains("no story with id 99999"),
            "{args:?}: {}",
            stderr(&out)
        );
        assert!(stdout(&out).is_empty(), "{args:?}: {}", stdout(&out));
    }
    let out = veille_in_env(
        dir.path(),
        &["list", "--story", "99999"],
        &[("LANG", "fr_FR.UTF-8")],
    );
    assert!(
        stderr(&out).contains("aucune histoire n'a le numéro 99999"),
        "{}",
        stderr(&out)
    );
    // A story that exists still lists its articles.
    let story = json_lines(&veille_in(dir.path(), &["stories", "--json"]))[0]["id"].to_string();
    let out = veille_in(dir.path(), &["list", "--story", &story]);
    assert!(
        out.status.success() && !stdout(&out).is_empty(),
        "{}",
        stderr(&out)
    );
}

/// Round 28's user: `veille stories` listed every lone article as a "story" of one, burying the
/// events several sources told. The listing now keeps stories of two or more and says how many
/// single articles it left out; `--min-articles 1` lists them, and `--json` is unchanged.
#[test]
fn the_stories_listing_keeps_stories_of_several_articles_and_counts_the_rest() {
    let server = TestServer::start();
    let dir = home(&server);
    let out = veille_in(dir.path(), &["stories"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("2 articles  International Criminal Court"),
        "{text}"
    );
    assert!(!text.contains("Orange"), "a single article listed:\n{text}");
    assert_eq!(
        stderr(&out).trim(),
        "1 single article left out (--min-articles 1 lists it)"
    );
    let french = veille_in_env(dir.path(), &["stories"], &[("LANG", "fr_FR.UTF-8")]);
    assert_eq!(
        stderr(&french).trim(),
        "1 article seul non listé (--min-articles 1 les liste)"
    );
    // Asked for, the single articles are listed, and nothing is said left out.
    let all = veille_in(dir.path(), &["stories", "--min-articles", "1"]);
    assert!(stdout(&all).contains("Orange"), "{}", stdout(&all));
    assert!(stderr(&all).trim().is_empty(), "{}", stderr(&all));
    // A script's --json lines are every story, as before.
    let json = veille_in(dir.path(), &["stories", "--json"]);
    assert_eq!(json_lines(&json).len(), 2);
    assert!(stderr(&json).trim().is_empty(), "{}", stderr(&json));
    // A filter no single article matches: nothing left out, nothing said.
    let english = veille_in(dir.path(), &["stories", "--lang", "en"]);
    assert!(stderr(&english).trim().is_empty(), "{}", stderr(&english));
}

#[test]
fn min_articles_keeps_only_what_several_sources_told() {
    let server = TestServer::start();
    let dir = home(&server);
    // The ICC story (two articles) and Orange's intrusion (one): only the first is told twice.
    let several = json_lines(&veille_in(
        dir.path(),
        &["stories", "--json", "--min-articles", "2"],
    ));
    let titles: Vec<&str> = several
        .iter()
        .map(|s| s["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        ["International Criminal Court hit by cyberattack"],
        "{several:?}"
    );
    // A filter matching one member still lists the whole story, and the count is of all members.
    let french = json_lines(&veille_in(
        dir.path(),
        &["stories", "--json", "--min-articles", "2", "--lang", "fr"],
    ));
    assert_eq!(french.len(), 1, "{french:?}");
    assert_eq!(french[0]["articles"].as_array().unwrap().len(), 2);
    let none = json_lines(&veille_in(
        dir.path(),
        &["stories", "--json", "--min-articles", "3"],
    ));
    assert!(none.is_empty(), "{none:?}");
}

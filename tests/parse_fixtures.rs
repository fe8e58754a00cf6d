//! Every real feed of `shared/feeds/` through `parse_feed` and `normalize`, with the counts of the
//! fixtures' README and spot checks of what a reader would see.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use chrono::{DateTime, Utc};
use std::path::PathBuf;
use veille::feed::normalize::{NormalizedFeed, normalize};
use veille::feed::parse::{ParseError, parse_document, parse_feed};
use veille::model::{FeedSource, Lang, NewArticle};
use veille::text::sanitize::is_forbidden;

const FEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/feeds");
const PAGES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/pages");

/// Well-formed fixtures: path, entries in the document (README table), articles after dedup, and
/// the language every article must end with (`None`: neither French nor English).
const WELL_FORMED: &[(&str, usize, usize, Option<Lang>)] = &[
    (
        "fr/cert-fr_main-feed_avis-actualite_2026-08-20.xml",
        40,
        40,
        Some(Lang::Fr),
    ),
    ("fr/zataz_feed_2026-08-20.xml", 10, 10, Some(Lang::Fr)),
    ("fr/zdnet-fr_feed_2026-08-20.xml", 10, 10, Some(Lang::Fr)),
    (
        "fr/lemagit_ContentSyndication_2026-08-23_trimmed8.xml",
        8,
        8,
        Some(Lang::Fr),
    ),
    ("fr/lemonde_une_rss.xml", 21, 21, Some(Lang::Fr)),
    (
        "en/bleepingcomputer_feed_2025-07-24.xml",
        12,
        12,
        Some(Lang::En),
    ),
    (
        "en/securityweek_feed_2025-07-24.xml",
        10,
        10,
        Some(Lang::En),
    ),
    (
        "en/cisa_cybersecurity-advisories_2025-07-24.xml",
        10,
        10,
        Some(Lang::En),
    ),
    (
        "en/krebsonsecurity_feed_2026-07-04.xml",
        3,
        3,
        Some(Lang::En),
    ),
    ("en/darkreading_rss_2026-07.xml", 3, 3, Some(Lang::En)),
    (
        "en/theregister_articles_2026-07-05.xml",
        3,
        3,
        Some(Lang::En),
    ),
    ("en/schneier_atom.xml", 10, 10, Some(Lang::En)),
    (
        "en/microsoft-security-blog_feed_2025-07-24.xml",
        10,
        10,
        Some(Lang::En),
    ),
    (
        "en/databreaches-net_feed_2025-07-24.xml",
        10,
        10,
        Some(Lang::En),
    ),
    (
        "en/crowdstrike-blog_feed_2025-07-24.xml",
        10,
        10,
        Some(Lang::En),
    ),
    (
        "en/proofpoint-news_rss_2025-07-24.xml",
        10,
        10,
        Some(Lang::En),
    ),
    ("misc/golem-de_ISO-8859-1.xml", 40, 40, None),
    ("misc/feedrs_rss1.0_rdf_ISO-8859-1.xml", 1, 1, None),
    ("misc/slashdot_rdf_ISO-8859-1.xml", 15, 15, Some(Lang::En)),
    (
        "misc/feedrs_inovacao_rss2_ISO-8859-1_bad-atom-ns.xml",
        1,
        1,
        None,
    ),
    ("misc/fcutrecht_bogus-xml-decl.rss", 20, 20, None),
    (
        "misc/youtube_channel_atom_LEADING-NEWLINE.xml",
        15,
        15,
        None,
    ),
    ("misc/phdcomics_feedburner_CRLF.xml", 5, 5, Some(Lang::En)),
    // The capture really lists one story twice (same link, no guid): it is stored once.
    ("misc/suspilne_ukrnet_default-xmlns.xml", 20, 19, None),
    (
        "misc/feedrs_insanity-industries_no-xmldecl_relative-urls.xml",
        2,
        2,
        Some(Lang::En),
    ),
    (
        "misc/feedrs_kryogenix_relative-enclosure.xml",
        1,
        1,
        Some(Lang::En),
    ),
    (
        "misc/feedrs_influxdata_jsonfeed-1.1.json",
        3,
        3,
        Some(Lang::En),
    ),
    ("misc/inessential_jsonfeed-1.0.json", 20, 20, Some(Lang::En)),
];

/// Fixtures that are not (complete) feeds.
const MALFORMED: &[&str] = &[
    "fr/zataz_feed_TRUNCATED_malformed.xml",
    "misc/feedrs_reuters_rss2_invalid.xml",
];

fn read(relative: &str) -> Vec<u8> {
    let path = PathBuf::from(FEEDS).join(relative);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn source(url: &str) -> FeedSource {
    FeedSource {
        name: "test".into(),
        url: url.into(),
        lang: None,
        full_text: false,
    }
}

const SOURCE_URL: &str = "https://feeds.example.org/feed.xml";

fn load(relative: &str) -> NormalizedFeed {
    let feed =
        parse_feed(&read(relative), None, SOURCE_URL).unwrap_or_else(|e| panic!("{relative}: {e}"));
    normalize(&feed, &source(SOURCE_URL), SOURCE_URL)
}

fn find<'a>(feed: &'a NormalizedFeed, title_start: &str) -> &'a NewArticle {
    feed.articles
        .iter()
        .find(|a| a.title.starts_with(title_start))
        .unwrap_or_else(|| {
            panic!(
                "no title starting with {title_start:?} in {:?}",
                feed.articles.iter().map(|a| &a.title).collect::<Vec<_>>()
            )
        })
}

fn utc(rfc3339: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(rfc3339)
        .unwrap()
        .with_timezone(&Utc)
}

#[test]
fn every_fixture_is_listed_here() {
    let mut listed: Vec<&str> = WELL_FORMED
        .iter()
        .map(|f| f.0)
        .chain(MALFORMED.iter().copied())
        .collect();
    listed.sort();
    let mut on_disk = Vec::new();
    for dir in ["fr", "en", "misc"] {
        for entry in std::fs::read_dir(PathBuf::from(FEEDS).join(dir)).unwrap() {
            on_disk.push(format!(
                "{dir}/{}",
                entry.unwrap().file_name().to_string_lossy()
            ));
        }
    }
    on_disk.sort();
    assert_eq!(listed, on_disk);
}

#[test]
fn every_well_formed_fixture_gives_clean_complete_articles() {
    for &(path, entries, articles, lang) in WELL_FORMED {
        let parsed =
            parse_document(&read(path), None, SOURCE_URL).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(!parsed.truncated, "{path}");
        assert_eq!(parsed.feed.entries.len(), entries, "{path}: entries");
        let normalized = normalize(&parsed.feed, &source(SOURCE_URL), SOURCE_URL);
        assert_eq!(normalized.articles.len(), articles, "{path}: articles");
        for article in &normalized.articles {
            let title = &article.title;
            assert!(
                !title.is_empty() && title != "(untitled)",
                "{path}: empty title"
            );
            assert_eq!(title.trim(), title, "{path}: untrimmed {title:?}");
            assert!(
                !title.chars().any(|c| is_forbidden(c) || c == '\n'),
                "{path}: {title:?}"
            );
            assert!(
                !title.contains("&amp;") && !title.contains("&#") && !title.contains("</"),
                "{path}: {title:?}"
            );
            let url = article
                .url
                .as_deref()
                .unwrap_or_else(|| panic!("{path}: {title} has no link"));
            assert!(
                url.starts_with("https://") || url.starts_with("http://"),
                "{path}: {url}"
            );
            assert!(!url.contains("utm_") && !url.contains('#'), "{path}: {url}");
            assert_eq!(article.lang, lang, "{path}: language of {title:?}");
            assert!(!article.dedup_key.is_empty(), "{path}");
            for body in [&article.summary, &article.content_html]
                .into_iter()
                .flatten()
            {
                assert!(
                    !body
                        .chars()
                        .any(|c| is_forbidden(c) && c != '\n' && c != '\t'),
                    "{path}: control in body"
                );
            }
        }
    }
}

#[test]
fn dates_are_parsed_whatever_their_shape() {
    for &(path, ..) in WELL_FORMED {
        let feed = load(path);
        let undated = feed
            .articles
            .iter()
            .filter(|a| a.published.is_none())
            .count();
        // The JSON Feed 1.1 fixture has one item without any date, on purpose.
        let expected = usize::from(path.contains("influxdata"));
        assert_eq!(undated, expected, "{path}");
    }
    let cisa = load("en/cisa_cybersecurity-advisories_2025-07-24.xml");
    assert_eq!(
        find(&cisa, "#StopRansomware: Interlock").published,
        Some(utc("2025-07-21T14:11:24Z")),
        "EDT is UTC-4"
    );
    let crowdstrike = load("en/crowdstrike-blog_feed_2025-07-24.xml");
    assert_eq!(
        crowdstrike.articles[0].published,
        Some(utc("2025-07-23T05:00:00Z")),
        "Jul 23, 2025 00:00:00-0500"
    );
    let proofpoint = load("en/proofpoint-news_rss_2025-07-24.xml");
    assert_eq!(
        proofpoint.articles[0].published,
        Some(utc("2025-07-02T13:14:54Z")),
        "02 Jul 2025 13:14:54"
    );
    let influx = load("misc/feedrs_influxdata_jsonfeed-1.1.json");
    assert_eq!(
        influx.articles[0].published,
        Some(utc("2019-05-31T19:17:58Z")),
        "RFC 822 inside JSON Feed"
    );
}

#[test]
fn french_feeds_read_as_a_french_reader_expects() {
    let lemagit = load("fr/lemagit_ContentSyndication_2026-08-23_trimmed8.xml");
    assert_eq!(lemagit.title, None, "LeMagIT's channel has no title");
    find(
        &lemagit,
        "Cyberattaques & vols de données : comme un parfum de 2021",
    );

    let zdnet = load("fr/zdnet-fr_feed_2026-08-20.xml");
    assert_eq!(zdnet.title.as_deref(), Some("ZDNET"));
    assert!(
        String::from_utf8_lossy(&read("fr/zdnet-fr_feed_2026-08-20.xml")).contains("utm_source")
    );
    let first = &zdnet.articles[0];
    assert_eq!(
        first.url.as_deref(),
        Some(
            "https://www.zdnet.fr/selection-expert-zdnet-france/les-meilleurs-claviers-bureautiques-filaires-en-2026-pour-les-pros-500244.htm"
        )
    );

    let lemonde = load("fr/lemonde_une_rss.xml");
    assert!(String::from_utf8_lossy(&read("fr/lemonde_une_rss.xml")).contains("xtor="));
    assert!(
        lemonde
            .articles
            .iter()
            .all(|a| !a.url.as_deref().unwrap_or("").contains("xtor"))
    );
    assert!(
        lemonde.articles.iter().any(|a| a.title.contains('’')),
        "typographic apostrophes survive"
    );

    let zataz = load("fr/zataz_feed_2026-08-20.xml");
    let club = find(&zataz, "Club One Casino revendiqué par 3AM puis PEAR");
    assert_eq!(club.author.as_deref(), Some("Damien Bancal"));
    assert_eq!(
        club.dedup_key, "https://www.zataz.com/?p=47434",
        "the guid is the key"
    );

    let cert = load("fr/cert-fr_main-feed_avis-actualite_2026-08-20.xml");
    find(&cert, "Vulnérabilité dans OpenSSL (14 août 2026)");
}

#[test]
fn legacy_charsets_and_broken_prologs_are_handled() {
    let golem = load("misc/golem-de_ISO-8859-1.xml");
    find(
        &golem,
        "Apple: Jony Ive übernimmt wieder Apples Produktdesign",
    );
    assert!(
        golem
            .articles
            .iter()
            .all(|a| !a.title.contains('\u{FFFD}') && !a.title.contains('Ã'))
    );

    // The same Latin-1 bytes without their declaration, charset given by HTTP instead.
    let bytes = read("misc/golem-de_ISO-8859-1.xml");
    let text = String::from_utf8_lossy(&bytes);
    let declaration_end = text.find("?>").unwrap() + 2;
    let undeclared = &bytes[declaration_end..];
    let via_http = parse_feed(
        undeclared,
        Some("application/rss+xml; charset=ISO-8859-1"),
        SOURCE_URL,
    )
    .unwrap();
    let via_http = normalize(&via_http, &source(SOURCE_URL), SOURCE_URL);
    assert_eq!(
        via_http
            .articles
            .iter()
            .map(|a| &a.title)
            .collect::<Vec<_>>(),
        golem.articles.iter().map(|a| &a.title).collect::<Vec<_>>()
    );

    let youtube = load("misc/youtube_channel_atom_LEADING-NEWLINE.xml");
    assert_eq!(youtube.title.as_deref(), Some("вДудь"));
    let bogus = load("misc/fcutrecht_bogus-xml-decl.rss");
    find(
        &bogus,
        "Serdar Gözübüyük scheidsrechter bij FC Twente - FC Utrecht",
    );
    let ukrainian = load("misc/suspilne_ukrnet_default-xmlns.xml");
    assert_eq!(ukrainian.title.as_deref(), Some("suspilne.news"));
}

#[test]
fn relative_links_become_absolute() {
    let insanity = load("misc/feedrs_insanity-industries_no-xmldecl_relative-urls.xml");
    let urls: Vec<_> = insanity
        .articles
        .iter()
        .filter_map(|a| a.url.as_deref())
        .collect();
    assert_eq!(
        urls,
        [
            "https://insanity.industries/post/pareto-optimal-compression/",
            "https://insanity.industries/post/pacman-tracking-leftover-packages/"
        ]
    );
    assert_eq!(
        insanity.articles[0].author.as_deref(),
        Some("Jonas Große Sundrup")
    );

    // Without xml:base, a relative link falls back to the URL the feed came from.
    let doc = b"<rss version=\"2.0\"><channel><item><title>a</title><link>/news/1?utm_medium=rss</link></item></channel></rss>";
    let feed = parse_feed(doc, None, "https://www.example.fr/rss/feed.xml").unwrap();
    let normalized = normalize(
        &feed,
        &source("https://www.example.fr/rss/feed.xml"),
        "https://www.example.fr/rss/feed.xml",
    );
    assert_eq!(
        normalized.articles[0].url.as_deref(),
        Some("https://www.example.fr/news/1")
    );
}

#[test]
fn truncated_feeds_keep_their_complete_items_or_fail_clearly() {
    let zataz = parse_document(
        &read("fr/zataz_feed_TRUNCATED_malformed.xml"),
        None,
        SOURCE_URL,
    )
    .unwrap();
    assert!(zataz.truncated);
    let normalized = normalize(&zataz.feed, &source(SOURCE_URL), SOURCE_URL);
    assert_eq!(
        normalized.articles.len(),
        1,
        "only the complete item is kept"
    );
    assert_eq!(
        normalized.articles[0].title,
        "Club One Casino revendiqué par 3AM puis PEAR"
    );
    assert_eq!(normalized.title.as_deref(), Some("ZATAZ.COM"));

    match parse_feed(
        &read("misc/feedrs_reuters_rss2_invalid.xml"),
        None,
        SOURCE_URL,
    ) {
        Err(ParseError::Invalid(reason)) => {
            assert!(reason.contains("no complete entry"), "{reason}")
        }
        other => panic!("the Reuters capture has no item to salvage: {other:?}"),
    }
}

#[test]
fn html_pages_are_not_feeds() {
    let mut seen = 0;
    for entry in std::fs::read_dir(PAGES).unwrap() {
        let page = entry.unwrap().path().join("source.html");
        if let Ok(bytes) = std::fs::read(&page) {
            seen += 1;
            let result = parse_feed(
                &bytes,
                Some("text/html; charset=utf-8"),
                "https://news.example.org/",
            );
            assert!(
                matches!(result, Err(ParseError::HtmlPage)),
                "{}: {result:?}",
                page.display()
            );
        }
    }
    assert!(seen >= 5, "the article pages fixture is missing");
}

#[test]
fn configured_language_wins_over_declaration_and_detection() {
    let feed = parse_feed(
        &read("en/bleepingcomputer_feed_2025-07-24.xml"),
        None,
        SOURCE_URL,
    )
    .unwrap();
    let mut french = source(SOURCE_URL);
    french.lang = Some(Lang::Fr);
    let normalized = normalize(&feed, &french, SOURCE_URL);
    assert!(normalized.articles.iter().all(|a| a.lang == Some(Lang::Fr)));
    assert_eq!(
        normalized.lang,
        Some(Lang::En),
        "the feed's own declaration is still reported"
    );
}

#[test]
fn dedup_keys_are_stable_and_unique_within_a_document() {
    for &(path, ..) in WELL_FORMED {
        let keys = |feed: NormalizedFeed| {
            feed.articles
                .into_iter()
                .map(|a| a.dedup_key)
                .collect::<Vec<_>>()
        };
        let first = keys(load(path));
        assert_eq!(first, keys(load(path)), "{path}");
        let mut unique = first.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), first.len(), "{path}");
    }
    // No guid and no link: the key comes from title and date, and repeats are dropped.
    let doc = b"<rss version=\"2.0\"><channel><item><title>Alerte</title><pubDate>Mon, 21 Jul 2025 10:00:00 GMT</pubDate></item>\
        <item><title>Alerte</title><pubDate>Mon, 21 Jul 2025 10:00:00 GMT</pubDate></item>\
        <item><title>Alerte</title><pubDate>Tue, 22 Jul 2025 10:00:00 GMT</pubDate></item></channel></rss>";
    let normalized = normalize(
        &parse_feed(doc, None, SOURCE_URL).unwrap(),
        &source(SOURCE_URL),
        SOURCE_URL,
    );
    assert_eq!(normalized.articles.len(), 2);
    assert!(
        normalized
            .articles
            .iter()
            .all(|a| a.dedup_key.starts_with("sha256:"))
    );
}

#[test]
fn hostile_titles_reach_the_store_clean() {
    let doc = "<rss version=\"2.0\"><channel><title>\u{1b}]0;pwned\u{7}Feed</title>\
        <item><title><![CDATA[<b>Urgent</b>: patch &amp; \u{1b}[31mreboot\u{202E}]]></title><link>javascript:alert(1)</link></item>\
        <item><title></title><description>&lt;p&gt;Une fuite de données massive touche un hôpital&lt;/p&gt;</description></item>\
        <item><description></description></item></channel></rss>";
    let normalized = normalize(
        &parse_feed(doc.as_bytes(), None, SOURCE_URL).unwrap(),
        &source(SOURCE_URL),
        SOURCE_URL,
    );
    // Sequences go whole: no "]0;pwned" or "[31m" debris is left in the text.
    assert_eq!(normalized.title.as_deref(), Some("Feed"));
    let titles: Vec<_> = normalized
        .articles
        .iter()
        .map(|a| a.title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "Urgent: patch & reboot",
            "Une fuite de données massive touche un hôpital",
            "(untitled)"
        ]
    );
    assert_eq!(
        normalized.articles[0].url, None,
        "a javascript: link is dropped"
    );
}

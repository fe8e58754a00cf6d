//! `veille fetch` end to end: the real binary against the loopback server serving the real feed
//! fixtures and hostile endpoints. Counts, titles, 304 on refetch, failures named, nothing lost.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use serde_json::Value;
use std::time::{Duration, Instant};
use support::TestServer;
use support::home::{Home, stderr, stdout};

/// Every well-formed fixture with the number of entries its README lists.
const FIXTURES: &[(&str, usize)] = &[
    ("fr/cert-fr_main-feed_avis-actualite_2026-08-20.xml", 40),
    ("fr/zataz_feed_2026-08-20.xml", 10),
    ("fr/zdnet-fr_feed_2026-08-20.xml", 10),
    ("fr/lemagit_ContentSyndication_2026-08-23_trimmed8.xml", 8),
    ("fr/lemonde_une_rss.xml", 21),
    ("en/bleepingcomputer_feed_2025-07-24.xml", 12),
    ("en/securityweek_feed_2025-07-24.xml", 10),
    ("en/cisa_cybersecurity-advisories_2025-07-24.xml", 10),
    ("en/krebsonsecurity_feed_2026-07-04.xml", 3),
    ("en/darkreading_rss_2026-07.xml", 3),
    ("en/theregister_articles_2026-07-05.xml", 3),
    ("en/schneier_atom.xml", 10),
    ("en/microsoft-security-blog_feed_2025-07-24.xml", 10),
    ("en/databreaches-net_feed_2025-07-24.xml", 10),
    ("en/crowdstrike-blog_feed_2025-07-24.xml", 10),
    ("en/proofpoint-news_rss_2025-07-24.xml", 10),
    ("misc/golem-de_ISO-8859-1.xml", 40),
    ("misc/feedrs_rss1.0_rdf_ISO-8859-1.xml", 1),
    ("misc/slashdot_rdf_ISO-8859-1.xml", 15),
    ("misc/feedrs_inovacao_rss2_ISO-8859-1_bad-atom-ns.xml", 1),
    ("misc/fcutrecht_bogus-xml-decl.rss", 20),
    ("misc/youtube_channel_atom_LEADING-NEWLINE.xml", 15),
    ("misc/phdcomics_feedburner_CRLF.xml", 5),
    ("misc/suspilne_ukrnet_default-xmlns.xml", 19), // 20 entries, one story listed twice,
    (
        "misc/feedrs_insanity-industries_no-xmldecl_relative-urls.xml",
        2,
    ),
    ("misc/feedrs_kryogenix_relative-enclosure.xml", 1),
    ("misc/feedrs_influxdata_jsonfeed-1.1.json", 3),
    ("misc/inessential_jsonfeed-1.0.json", 20),
];

/// A home whose config subscribes to `feeds` (name, url, optional lang) with short timeouts and
/// the default retention (which keeps everything, whatever its date).
fn home_with_feeds(feeds: &[(String, String, Option<&str>)]) -> Home {
    let mut config = String::from(
        "[fetch]\nconnect_timeout_secs = 2\ntimeout_secs = 3\nmax_body_bytes = 5_000_000\n\n",
    );
    for (name, url, lang) in feeds {
        config.push_str(&format!("[[feeds]]\nname = {name:?}\nurl = {url:?}\n"));
        if let Some(lang) = lang {
            config.push_str(&format!("lang = {lang:?}\n"));
        }
        config.push('\n');
    }
    Home::with_config(&config)
}

fn fixture_feeds(server: &TestServer) -> Vec<(String, String, Option<&'static str>)> {
    FIXTURES
        .iter()
        .map(|(path, _)| (path.to_string(), server.feed_url(path), None))
        .collect()
}

/// Characters that must never come out of veille: C0/C1 controls (but newline and tab), bidi
/// embeddings, overrides, isolates and marks.
fn has_control(text: &str) -> bool {
    text.chars().any(|c| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}')
            || ('\u{202A}'..='\u{202E}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)
    })
}

#[test]
fn every_fixture_is_stored_with_its_titles_and_a_refetch_costs_only_304s() {
    let server = TestServer::start();
    let home = home_with_feeds(&fixture_feeds(&server));
    let out = home.veille(&["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let expected: usize = FIXTURES.iter().map(|(_, n)| n).sum();
    assert!(
        stdout(&out).contains(&format!("{expected} new articles")),
        "{}\n{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(stdout(&out).contains("0 failed"), "{}", stdout(&out));

    let articles = home.list_json(&[]);
    assert_eq!(articles.len(), expected);
    for (path, count) in FIXTURES {
        let of_feed: Vec<&Value> = articles.iter().filter(|a| a["feed"] == *path).collect();
        assert_eq!(of_feed.len(), *count, "{path}");
        for a in of_feed {
            let title = a["title"].as_str().unwrap();
            assert!(
                !title.trim().is_empty() && !has_control(title),
                "{path}: {title:?}"
            );
        }
    }
    // The DESIGN.md JSON shape.
    let first = &articles[0];
    for key in [
        "id",
        "feed",
        "feed_url",
        "title",
        "url",
        "published",
        "lang",
        "read",
        "starred",
        "tags",
    ] {
        assert!(first.get(key).is_some(), "missing {key} in {first}");
    }
    for facet in ["actor", "target", "attack"] {
        assert!(first["tags"][facet].is_array(), "{first}");
    }

    let again = home.veille(&["fetch"]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(
        stdout(&again).contains("0 new articles"),
        "{}",
        stdout(&again)
    );
    assert!(
        stdout(&again).contains(&format!("{} unchanged", FIXTURES.len())),
        "{}",
        stdout(&again)
    );
    for (path, _) in FIXTURES {
        let stats = server.stats(&format!("/feeds/{path}"));
        assert_eq!((stats.requests, stats.not_modified), (2, 1), "{path}");
    }
    assert_eq!(
        home.list_json(&[]).len(),
        expected,
        "refetch never duplicates"
    );
}

#[test]
fn french_articles_are_found_without_accents_and_filtered_by_language() {
    let server = TestServer::start();
    let feeds = vec![
        (
            "LeMagIT".to_string(),
            server.feed_url("fr/lemagit_ContentSyndication_2026-08-23_trimmed8.xml"),
            Some("fr"),
        ),
        (
            "CERT-FR".to_string(),
            server.feed_url("fr/cert-fr_main-feed_avis-actualite_2026-08-20.xml"),
            None,
        ),
        (
            "Krebs".to_string(),
            server.feed_url("en/krebsonsecurity_feed_2026-07-04.xml"),
            None,
        ),
    ];
    let home = home_with_feeds(&feeds);
    assert!(home.veille(&["fetch"]).status.success());

    // `=`: the word itself, accents ignored; without it, "ransomware" (Krebs) is found too.
    let found = home.list_json(&["--query", "=rancongiciel"]);
    assert!(!found.is_empty());
    assert!(found.iter().all(|a| a["feed"] == "LeMagIT"), "{found:?}");
    let both = home.list_json(&["--query", "rancongiciel"]);
    assert!(both.len() > found.len() && both.iter().any(|a| a["feed"] == "Krebs"));
    let out = home.veille(&["search", "=rancongiciel", "--json"]);
    assert_eq!(
        serde_json::from_slice::<Vec<Value>>(&out.stdout)
            .unwrap()
            .len(),
        found.len()
    );

    // CERT-FR declares fr-FR; Krebs declares en-US.
    let french = home.list_json(&["--lang", "fr"]);
    assert_eq!(french.len(), 8 + 40);
    assert!(french.iter().all(|a| a["lang"] == "fr"));
    let english = home.list_json(&["--lang", "en"]);
    assert_eq!(english.len(), 3);
    assert!(english.iter().all(|a| a["feed"] == "Krebs"));
    assert_eq!(
        home.list_json(&["--feed", "Krebs", "--limit", "2"]).len(),
        2
    );

    // `show` prints the article as text: its title and its body, no markup.
    let id = found[0]["id"].as_i64().unwrap().to_string();
    let shown = home.veille(&["show", &id, "--width", "72"]);
    assert!(shown.status.success(), "{}", stderr(&shown));
    let text = stdout(&shown);
    assert!(text.contains(found[0]["title"].as_str().unwrap()));
    assert!(text.to_lowercase().contains("rançongiciel"));
    assert!(!text.contains("<p>") && !text.contains("&lt;"), "{text}");
}

#[test]
fn failing_feeds_are_named_recorded_and_do_not_stop_the_others() {
    let server = TestServer::start();
    let mut feeds = vec![(
        "ZATAZ".to_string(),
        server.feed_url("fr/zataz_feed_2026-08-20.xml"),
        None,
    )];
    for (name, path) in [
        ("Gone", "/hostile/404"),
        ("Broken", "/hostile/500"),
        ("Webpage", "/hostile/html"),
        ("Silent", "/hostile/never"),
        ("Loop", "/hostile/redirect-loop"),
        ("Bomb", "/hostile/gzip-bomb"),
        ("Huge", "/hostile/huge"),
        (
            "Server error page",
            "/feeds/misc/feedrs_reuters_rss2_invalid.xml",
        ),
    ] {
        feeds.push((name.to_string(), server.url(path), None));
    }
    let home = home_with_feeds(&feeds);
    let started = Instant::now();
    let out = home.veille(&["fetch"]);
    assert!(
        started.elapsed() < Duration::from_secs(30),
        "bounded time: {:?}",
        started.elapsed()
    );
    assert_eq!(
        out.status.code(),
        Some(0),
        "a completed run exits 0: {}",
        stderr(&out)
    );
    let err = stderr(&out);
    for (name, reason) in [
        ("Gone", "404"),
        ("Broken", "500"),
        ("Webpage", "HTML"),
        ("Silent", "timed out"),
        ("Loop", "redirect"),
        ("Bomb", "larger than"),
        ("Huge", "larger than"),
        ("Server error page", "feed"),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} not named: {err}"));
        assert!(line.contains(reason), "{name}: {line}");
    }
    assert!(stdout(&out).contains("10 new articles"), "{}", stdout(&out));
    assert!(stdout(&out).contains("8 failed"), "{}", stdout(&out));

    // The state is recorded on each feed.
    let listed: Vec<Value> =
        serde_json::from_slice(&home.veille(&["feeds", "list", "--json"]).stdout).unwrap();
    let gone = listed.iter().find(|f| f["name"] == "Gone").unwrap();
    assert_eq!(gone["last_status"], 404);
    assert!(gone["last_error"].as_str().unwrap().contains("404"));
    let zataz = listed.iter().find(|f| f["name"] == "ZATAZ").unwrap();
    assert!(zataz["last_error"].is_null() && zataz["total"] == 10);

    let strict = home.veille(&["fetch", "--strict", "--feed", "Gone", "--feed", "ZATAZ"]);
    assert_eq!(strict.status.code(), Some(1), "{}", stderr(&strict));
}

/// Every SecurityWeek item ends on "The post <title> appeared first on SecurityWeek", its link
/// longer than a terminal: `show` printed it cut in two ("…-over-202" / "3-hack/"), which cannot
/// be copied or clicked, and the reader's digits no longer opened it.
#[test]
fn show_prints_a_link_longer_than_the_width_whole_with_its_number() {
    let server = TestServer::start();
    let home = home_with_feeds(&[(
        "SecurityWeek".to_string(),
        server.feed_url("en/securityweek_feed_2025-07-24.xml"),
        None,
    )]);
    assert!(home.veille(&["fetch"]).status.success());
    let id = home.id_containing("Clorox Sues Cognizant");
    let shown = home.veille(&["show", &id, "--width", "60"]);
    assert!(shown.status.success(), "{}", stderr(&shown));
    let link = "https://www.securityweek.com/clorox-sues-cognizant-for-380-million-over-2023-hack/";
    let text = stdout(&shown);
    assert!(text.lines().any(|l| l == format!("[1] {link}")), "{text}");
}

/// Every BleepingComputer description ends in " [...]", the site's "more on the page": `show`
/// printed it as the article's last words. The sentence before it is kept whole.
#[test]
fn show_drops_the_marker_a_bleepingcomputer_description_ends_with() {
    let server = TestServer::start();
    let home = home_with_feeds(&[(
        "BleepingComputer".to_string(),
        server.feed_url("en/bleepingcomputer_feed_2025-07-24.xml"),
        None,
    )]);
    assert!(home.veille(&["fetch"]).status.success());
    let id = home.id_containing("panda");
    let shown = stdout(&home.veille(&["show", &id, "--width", "200"]));
    assert!(
        shown.contains("deploy malware directly into system memory."),
        "{shown}"
    );
    assert!(!shown.contains("[...]"), "{shown}");
    let exported = stdout(&home.veille(&["export", "--format", "json"]));
    assert!(!exported.contains("[...]"), "{exported}");
}

#[test]
fn a_feed_that_breaks_later_keeps_what_was_stored() {
    let server = TestServer::start();
    let path = "/live/zataz.xml";
    let good = std::fs::read(support::feed_file("fr/zataz_feed_2026-08-20.xml")).unwrap();
    server.route(path, support::Route::ok("application/rss+xml", good));
    let home = home_with_feeds(&[("ZATAZ".to_string(), server.url(path), None)]);
    assert!(home.veille(&["fetch"]).status.success());
    assert_eq!(home.list_json(&[]).len(), 10);

    let truncated =
        std::fs::read(support::feed_file("fr/zataz_feed_TRUNCATED_malformed.xml")).unwrap();
    for route in [
        support::Route::status(500),
        support::Route::ok("text/html", "<html><body>Maintenance</body></html>"),
        support::Route::ok("application/rss+xml", truncated),
    ] {
        server.route(path, route);
        let out = home.veille(&["fetch"]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(
            home.list_json(&[]).len(),
            10,
            "nothing stored is lost: {}",
            stderr(&out)
        );
    }
}

#[test]
fn escape_sequences_and_bidi_overrides_in_a_feed_never_reach_the_output() {
    let server = TestServer::start();
    let hostile = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Evil\u{1b}[2J feed</title>\
        <item><title>Clipboard \u{1b}]52;c;cm0gLXJmIH4=\u{7} grab</title><link>https://evil.example/1</link>\
        <description>Red \u{1b}[31mtext\u{1b}[0m and \u{9b}31m C1</description></item>\
        <item><title>Invoice \u{202e}fdp.exe</title><link>https://evil.example/2</link><description>x</description></item>\
        <item><title>Bell&#7; and &#27;[1mbold&#27;[0m via entities</title><link>https://evil.example/3</link></item>\
        </channel></rss>";
    server.route(
        "/evil.xml",
        support::Route::ok("application/rss+xml", hostile),
    );
    let home = home_with_feeds(&[("Evil".to_string(), server.url("/evil.xml"), Some("en"))]);
    let out = home.veille(&["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));

    let human = home.veille(&["list"]);
    let json = home.veille(&["list", "--json"]);
    let listed: Vec<Value> = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(listed.len(), 3);
    for a in &listed {
        assert!(!has_control(a["title"].as_str().unwrap()), "{a}");
    }
    for output in [&human.stdout, &json.stdout] {
        let text = String::from_utf8_lossy(output);
        assert!(!has_control(&text.replace('\n', "")), "{text:?}");
    }
    for a in &listed {
        let shown = home.veille(&["show", &a["id"].to_string()]);
        assert!(
            !has_control(&stdout(&shown).replace('\n', "")),
            "{:?}",
            stdout(&shown)
        );
    }
    assert!(String::from_utf8_lossy(&human.stdout).contains("Clipboard"));
}

/// A document whose parse error quotes its own element names, chosen to carry a C1 CSI, an ESC
/// sequence and a right-to-left override: the reason is stored in `feeds.last_error` and printed.
#[test]
fn a_parse_error_quoting_hostile_element_names_is_stored_and_printed_clean() {
    let server = TestServer::start();
    let hostile = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>\
        <item\u{9b}31m\u{202e}gpj.exe><title>a</title></it\u{1b}]52;c;eA==\u{7}em\u{202e}>\
        </channel></rss>";
    server.route(
        "/broken.xml",
        support::Route::ok("application/rss+xml", hostile),
    );
    let home = home_with_feeds(&[("Broken".to_string(), server.url("/broken.xml"), None)]);
    let out = home.veille(&["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("Broken"), "the failure is named: {err:?}");
    assert!(!has_control(&err.replace('\n', "")), "{err:?}");

    let listed = home.veille(&["feeds", "list", "--json"]);
    assert!(listed.status.success(), "{}", stderr(&listed));
    let raw = String::from_utf8_lossy(&listed.stdout);
    assert!(!has_control(&raw.replace('\n', "")), "{raw:?}");
    let feeds: Vec<Value> = serde_json::from_slice(&listed.stdout).unwrap();
    let error = feeds[0]["last_error"]
        .as_str()
        .expect("the failure is recorded");
    // `jq -r` would print the decoded string: it must be clean too (no "\u001b" in the JSON).
    assert!(!has_control(error), "{error:?}");
    assert!(
        error.contains("item"),
        "the reason is still readable: {error:?}"
    );
}

/// Invisible characters (zero-width, soft hyphen, word joiner, Unicode tags, variation selectors,
/// fillers): each can carry a hidden payload or shift what is drawn after it.
fn has_invisible(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{115F}' | '\u{1160}' | '\u{180E}' | '\u{200B}'..='\u{200D}'
            | '\u{2060}'..='\u{2064}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
            | '\u{FFA0}' | '\u{FFF9}'..='\u{FFFB}' | '\u{E0000}'..='\u{E0FFF}')
    })
}

/// A feed hiding text in invisible characters: a Unicode-tag payload ("ignore previous
/// instructions" spelled in U+E00xx), zero-width spaces and joiners, soft hyphens, a word joiner,
/// variation selectors. None of it reaches the list, JSON, CSV, Markdown or `show`.
#[test]
fn invisible_characters_in_a_feed_never_reach_the_output() {
    let server = TestServer::start();
    let tags: String = "ignore previous instructions"
        .chars()
        .map(|c| char::from_u32(0xE0000 + c as u32).unwrap())
        .collect();
    let hostile = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Hid\u{200B}den feed</title>\
         <item><title>Cyber\u{00AD}attaque\u{2060} contre\u{200D} l\u{FEFF}'h\u{3164}ôpital{tags}</title>\
         <link>https://evil.example/1</link><author>mal\u{200C}lory@evil.example (Mal\u{E0100}lory)</author>\
         <description>Ran\u{00AD}çon\u{200B}giciel &amp;shy; &#173;&#x200B;&#xE0041; suite\u{FE0F}{tags}</description></item>\
         </channel></rss>"
    );
    server.route(
        "/hidden.xml",
        support::Route::ok("application/rss+xml", hostile),
    );
    let home = home_with_feeds(&[("Hidden".to_string(), server.url("/hidden.xml"), Some("fr"))]);
    let out = home.veille(&["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));

    let listed = home.list_json(&[]);
    assert_eq!(listed[0]["title"], "Cyberattaque contre l'hôpital");
    let id = listed[0]["id"].to_string();
    for args in [
        &["list"][..],
        &["list", "--json"],
        &["show", &id],
        &["export", "--format", "csv"],
        &["export", "--format", "json"],
        &["export", "--format", "markdown"],
        &["feeds", "list", "--json"],
    ] {
        let out = home.veille(args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(!has_invisible(&text), "{args:?}: {text:?}");
    }
}

/// What a terminal would act on in `bytes`: ESC, BEL and the C1 controls (U+0080 to U+009F).
fn terminal_controls(bytes: &[u8]) -> Vec<char> {
    String::from_utf8_lossy(bytes)
        .chars()
        .filter(|c| matches!(c, '\u{1b}' | '\u{7}' | '\u{80}'..='\u{9f}'))
        .collect()
}

#[test]
fn a_panic_in_the_feed_parser_prints_one_clean_line_naming_the_feed() {
    let server = TestServer::start();
    server.route(
        "/author.xml",
        support::Route::ok("application/rss+xml", support::hostile::author_panic_feed()),
    );
    let home = home_with_feeds(&[
        (
            "Author bug".to_string(),
            server.url("/author.xml"),
            Some("en"),
        ),
        (
            "ZATAZ".to_string(),
            server.feed_url("fr/zataz_feed_2026-08-20.xml"),
            Some("fr"),
        ),
    ]);
    let out = home.veille(&["fetch"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        terminal_controls(&out.stderr).is_empty() && terminal_controls(&out.stdout).is_empty(),
        "escape sequences reached the terminal: {err:?}"
    );
    // Neither the panic's standard message nor the text it quotes: one line naming the feed.
    assert!(!err.contains("panicked") && !err.contains("jdoe"), "{err}");
    assert!(!err.contains("52;c;") && !err.contains("pwned"), "{err}");
    assert!(err.contains("Author bug"), "the feed is named: {err}");
    // The other feed was stored all the same.
    assert_eq!(home.list_json(&["--feed", "ZATAZ"]).len(), 10);
}

/// An RSS feed of five items, the third being `bad` (its title is "Troisième, malformé").
fn feed_with_one_bad_item(bad: &str) -> String {
    let mut items = String::new();
    for n in 1..=5 {
        if n == 3 {
            items.push_str(bad);
            continue;
        }
        items.push_str(&format!(
            "<item><title>Bon article {n}</title><link>https://good.example/{n}</link>\
             <guid>https://good.example/{n}</guid><description>Texte {n}.</description></item>"
        ));
    }
    format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Mixte</title>\
         <link>https://good.example/</link>{items}</channel></rss>"
    )
}

#[test]
fn one_malformed_item_is_skipped_and_named_and_the_others_are_stored() {
    let bad_items = [
        // A character reference to a lone surrogate: quick-xml refuses the whole document.
        "<item><title>Troisième, malformé</title><link>https://bad.example/3</link>\
         <description>Le caractère &#xD800; n'existe pas.</description></item>",
        // feed-rs 3.0 panics on an e-mail right after a multi-byte character.
        "<item><title>Troisième, malformé</title><link>https://bad.example/3</link>\
         <author>«jdoe@example.org»</author><description>x</description></item>",
    ];
    for bad in bad_items {
        let server = TestServer::start();
        server.route(
            "/mixte.xml",
            support::Route::ok("application/rss+xml", feed_with_one_bad_item(bad)),
        );
        let home = home_with_feeds(&[("Mixte".into(), server.url("/mixte.xml"), None)]);
        let out = home.veille(&["fetch"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let (out_text, err_text) = (stdout(&out), stderr(&out));
        assert!(
            out_text.contains("4 new articles"),
            "{out_text}\n{err_text}"
        );
        assert!(out_text.contains("0 failed"), "{out_text}");
        assert!(out_text.contains("1 malformed item skipped"), "{out_text}");
        assert!(
            err_text.contains("Mixte") && err_text.contains("«Troisième, malformé»"),
            "the skipped item is named: {err_text}"
        );
        let titles: Vec<String> = home
            .list_json(&[])
            .iter()
            .map(|a| a["title"].as_str().unwrap_or_default().to_owned())
            .collect();
        assert_eq!(titles.len(), 4, "{titles:?}");
        assert!(
            titles.iter().all(|t| t.starts_with("Bon article")),
            "{titles:?}"
        );
    }
}

/// A feed of 25 unreadable items (each a lone surrogate, which quick-xml refuses) among 5 good
/// ones printed 25 warning lines at every fetch: one line per feed says the count and the first,
/// in both languages, and the summary still counts them all.
#[test]
fn many_malformed_items_of_a_feed_are_said_in_one_line_with_their_count() {
    let mut items = String::new();
    for n in 1..=30 {
        let text = if n % 6 == 0 { "Texte." } else { "&#xD800;" };
        items.push_str(&format!(
            "<item><title>Article {n}</title><link>https://bad.example/{n}</link>\
             <description>{text}</description></item>"
        ));
    }
    let body = format!(
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Casse</title>\
         <link>https://bad.example/</link>{items}</channel></rss>"
    );
    for (locale, line, summary) in [
        (
            "C",
            "warning: Casse: 25 malformed items skipped (first: «Article 1»: ",
            "25 malformed items skipped",
        ),
        (
            "fr_FR.UTF-8",
            "avertissement\u{a0}: Casse\u{a0}: 25 éléments mal formés ignorés (premier\u{a0}: «\u{a0}Article 1\u{a0}»\u{a0}: ",
            "25 éléments mal formés ignorés",
        ),
    ] {
        let server = TestServer::start();
        server.route(
            "/casse.xml",
            support::Route::ok("application/rss+xml", body.clone()),
        );
        let home = home_with_feeds(&[("Casse".into(), server.url("/casse.xml"), None)]);
        let out = support::home::veille_in_env(home.path(), &["fetch"], &[("LANG", locale)]);
        assert!(out.status.success(), "{}", stderr(&out));
        let (out_text, err_text) = (stdout(&out), stderr(&out));
        let lines: Vec<&str> = err_text.lines().filter(|l| l.contains("Casse")).collect();
        assert_eq!(lines.len(), 1, "{err_text}");
        assert!(lines[0].contains(line), "{err_text}");
        assert!(out_text.contains(summary), "{out_text}");
        assert_eq!(home.list_json(&[]).len(), 5, "{out_text}");
    }
}

/// A feed moved for good (301, 308) was followed silently at every fetch: each run says so once,
/// with the new address and how to subscribe to it, in both languages, and leaves the
/// configuration as the user wrote it; a temporary redirect (302) says nothing.
#[test]
fn a_feed_moved_permanently_is_said_at_each_fetch_and_its_subscription_is_left_alone() {
    let server = TestServer::start();
    let body = std::fs::read(support::feed_file("fr/zataz_feed_2026-08-20.xml")).unwrap();
    server.route("/new.xml", support::Route::ok("application/rss+xml", body));
    server.route("/old.xml", support::Route::redirect(301, "/new.xml"));
    server.route("/older.xml", support::Route::redirect(308, "/old.xml"));
    server.route("/cdn.xml", support::Route::redirect(302, "/new.xml"));
    let home = home_with_feeds(&[
        ("Zataz".into(), server.url("/old.xml"), None),
        ("Ancien".into(), server.url("/older.xml"), None),
        ("Miroir".into(), server.url("/cdn.xml"), None),
    ]);
    let config = std::fs::read_to_string(home.path().join("config.toml")).unwrap();
    let new = server.url("/new.xml");
    // The second run finds the document unchanged (304) behind the redirect, and still says it.
    for (locale, said) in [
        (
            "C",
            format!("Zataz moved permanently to {new} (HTTP 301/308"),
        ),
        (
            "fr_FR.UTF-8",
            format!("Zataz a déménagé pour de bon à {new} (HTTP 301/308"),
        ),
    ] {
        let out = support::home::veille_in_env(home.path(), &["fetch"], &[("LANG", locale)]);
        assert!(out.status.success(), "{}", stderr(&out));
        let err = stderr(&out);
        let zataz: Vec<&str> = err.lines().filter(|l| l.contains("Zataz")).collect();
        assert_eq!(zataz.len(), 1, "{err}");
        assert!(zataz[0].contains(&said), "{err}");
        assert!(
            zataz[0].contains(&format!("veille feeds set-url 'Zataz' '{new}'")),
            "{err}"
        );
        // 308 then 301: moved for good, to where the chain of permanent moves ends.
        let ancien: Vec<&str> = err.lines().filter(|l| l.contains("Ancien")).collect();
        assert_eq!(ancien.len(), 1, "{err}");
        assert!(ancien[0].contains(&new), "{err}");
        assert!(!err.contains("Miroir"), "{err}");
        assert_eq!(
            std::fs::read_to_string(home.path().join("config.toml")).unwrap(),
            config
        );
    }
}

/// The way to adopt a moved feed's new address was to remove it and add it again by hand:
/// `feeds set-url` does it in one step, in the config and the store, and the articles, tags and
/// read state stay with the subscription (no article fetched twice); an address another
/// subscription already has is refused.
#[test]
fn feeds_set_url_adopts_a_moved_feeds_address_and_keeps_its_articles() {
    let server = TestServer::start();
    let body = std::fs::read(support::feed_file("fr/zataz_feed_2026-08-20.xml")).unwrap();
    server.route("/new.xml", support::Route::ok("application/rss+xml", body));
    server.route("/old.xml", support::Route::redirect(308, "/new.xml"));
    let home = home_with_feeds(&[
        ("Zataz".into(), server.url("/old.xml"), None),
        ("Other".into(), server.url("/other.xml"), None),
    ]);
    assert!(home.veille(&["fetch"]).status.success());
    let before = home.list_json(&["--feed", "Zataz"]);
    assert_eq!(before.len(), 10);
    let id = before[0]["id"].as_i64().unwrap().to_string();
    assert!(
        home.veille(&["tag", &id, "--target", "Stripe"])
            .status
            .success()
    );

    let new = server.url("/new.xml");
    let out = home.veille(&["feeds", "set-url", "zataz", &new]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(&format!("Zataz now fetched from {new}")),
        "{}",
        stdout(&out)
    );
    let config = std::fs::read_to_string(home.path().join("config.toml")).unwrap();
    assert!(config.contains(&format!("url = \"{new}\"")), "{config}");
    assert!(!config.contains("/old.xml"), "{config}");

    let out = home.veille(&["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !stderr(&out).contains("moved permanently"),
        "{}",
        stderr(&out)
    );
    let after = home.list_json(&["--feed", "Zataz"]);
    assert_eq!(after.len(), 10, "no article stored twice");
    let tagged = after.iter().find(|a| a["id"] == before[0]["id"]).unwrap();
    assert_eq!(tagged["feed_url"], new.as_str());
    assert_eq!(tagged["tags"]["target"], serde_json::json!(["Stripe"]));

    let out = support::home::veille_in_env(
        home.path(),
        &["feeds", "set-url", "Other", &new],
        &[("LANG", "fr_FR.UTF-8")],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("est déjà l'adresse de «\u{a0}Zataz\u{a0}»"),
        "{}",
        stderr(&out)
    );
    let out = home.veille(&["feeds", "set-url", "Nobody", &new]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no subscription named \"Nobody\""),
        "{}",
        stderr(&out)
    );
}

/// The new address may already be in the store, from a subscription removed earlier: the old
/// feed's articles join the ones stored there (tags and read state with them), the articles both
/// hold stay where they were, and the message says so with counts instead of "moved" alone.
#[test]
fn feeds_set_url_onto_an_address_already_stored_merges_and_counts() {
    let server = TestServer::start();
    let zataz = std::fs::read(support::feed_file("fr/zataz_feed_2026-08-20.xml")).unwrap();
    let bleeping = std::fs::read(support::feed_file(
        "en/bleepingcomputer_feed_2025-07-24.xml",
    ))
    .unwrap();
    server.route(
        "/old.xml",
        support::Route::ok("application/rss+xml", zataz.clone()),
    );
    server.route(
        "/new.xml",
        support::Route::ok("application/rss+xml", bleeping),
    );
    server.route(
        "/copy.xml",
        support::Route::ok("application/rss+xml", zataz),
    );
    let home = home_with_feeds(&[
        ("Zataz".into(), server.url("/old.xml"), None),
        ("Earlier".into(), server.url("/new.xml"), None),
        ("Copy".into(), server.url("/copy.xml"), None),
    ]);
    assert!(home.veille(&["fetch"]).status.success());
    let earlier = home.list_json(&["--feed", "Earlier"]).len();
    assert!(earlier > 0);
    for gone in ["Earlier", "Copy"] {
        assert!(home.veille(&["feeds", "remove", gone]).status.success());
    }
    let zataz = home.list_json(&["--feed", "Zataz"]);
    assert_eq!(zataz.len(), 10);
    let id = zataz[0]["id"].as_i64().unwrap().to_string();
    assert!(
        home.veille(&["tag", &id, "--target", "Stripe"])
            .status
            .success()
    );

    let new = server.url("/new.xml");
    let out = home.veille(&["feeds", "set-url", "Zataz", &new]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("already held that address's articles")
            && stdout(&out).contains("10 articles of"),
        "{}",
        stdout(&out)
    );
    let merged = home.list_json(&["--feed", "Zataz"]);
    assert_eq!(merged.len(), 10 + earlier, "every article of both feeds");
    let tagged = merged.iter().find(|a| a["id"] == zataz[0]["id"]).unwrap();
    assert_eq!(tagged["feed_url"], new.as_str());
    assert_eq!(tagged["tags"]["target"], serde_json::json!(["Stripe"]));

    // The copy's address holds the same ten items: they stay under the old address, counted.
    let copy = server.url("/copy.xml");
    let out = support::home::veille_in_env(
        home.path(),
        &["feeds", "set-url", "Zataz", &copy],
        &[("LANG", "fr_FR.UTF-8")],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains(&format!(
            "10 articles qu'il contenait déjà restent sous {new}"
        )),
        "{}",
        stdout(&out)
    );
    let all = home.list_json(&[]);
    assert_eq!(all.len(), 10 + 10 + earlier, "nothing deleted");
    let tagged = all.iter().find(|a| a["id"] == zataz[0]["id"]).unwrap();
    assert_eq!(tagged["tags"]["target"], serde_json::json!(["Stripe"]));
}

/// Issue 13: a fetch places every new article in a story as it stores it; the same articles served
/// by two subscriptions (a feed and its mirror) collapse into one story each, with the reason.
#[test]
fn a_fetch_places_the_same_article_of_two_feeds_in_one_story() {
    let server = TestServer::start();
    let path = "fr/zataz_feed_2026-08-20.xml";
    let body = std::fs::read(support::feed_file(path)).unwrap();
    server.route(
        "/mirror.xml",
        support::Route::ok("application/rss+xml", body),
    );
    let home = home_with_feeds(&[
        ("zataz".to_owned(), server.feed_url(path), None),
        ("mirror".to_owned(), server.url("/mirror.xml"), None),
    ]);
    let out = home.veille(&["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let store = veille::store::Store::open(&home.dir.path().join("veille.db")).unwrap();
    let all = store.list(&veille::model::Filter::default(), None).unwrap();
    assert_eq!(all.len(), 20);
    for a in all.iter().filter(|a| a.feed == "zataz") {
        let twin = all
            .iter()
            .find(|b| b.feed == "mirror" && b.title == a.title)
            .unwrap();
        let story = store.story_of(a.id).unwrap();
        assert!(story.is_some(), "{} has no story", a.title);
        assert_eq!(story, store.story_of(twin.id).unwrap(), "{}", a.title);
    }
    let stories = store
        .stories(&veille::model::Filter::default(), None)
        .unwrap();
    assert!(
        stories.len() <= 10,
        "{} stories for 10 articles twice",
        stories.len()
    );
    assert!(
        stories
            .iter()
            .all(|s| s.articles.iter().skip(1).all(|a| !a.reason.is_empty())),
        "every member says why it joined"
    );
}

/// On a terminal, `veille fetch`'s bar says what the reader's gauge says: how many feeds are done
/// and which was the last done. It showed "1/2 feeds  Fast" while the slow feed held the run, as
/// if Fast were still being fetched.
#[test]
fn the_progress_bar_names_the_last_feed_done_as_done() {
    use support::Route;
    use support::tui::Tui;
    let server = TestServer::start();
    let body = std::fs::read(support::feed_file("fr/zataz_feed_2026-08-20.xml")).unwrap();
    server.route("/fast.xml", Route::ok("application/rss+xml", body.clone()));
    server.route(
        "/slow.xml",
        Route::ok("application/rss+xml", body).delay(Duration::from_secs(4)),
    );
    let home = Home::with_config(&format!(
        "[fetch]\ntimeout_secs = 20\n\n[[feeds]]\nname = \"Fast\"\nurl = {:?}\n\n[[feeds]]\nname = \"Slow\"\nurl = {:?}\n",
        server.url("/fast.xml"),
        server.url("/slow.xml")
    ));
    for (lang, said) in [
        ("en_US.UTF-8", "1/2 feeds done, last Fast"),
        ("fr_FR.UTF-8", "1/2 flux faits, dernier"),
    ] {
        let mut tui = Tui::command(&home, lang, &["fetch"]);
        tui.wait_text(said);
        assert_eq!(tui.wait_exit(), 0);
    }
}

/// A feed whose server answers 410 Gone will never come back: the failure line said "HTTP 410"
/// and nothing more, every run, for a user who may not know the code. The run says what it
/// means and how to unsubscribe (a name any shell reads as one word).
#[test]
fn a_feed_gone_for_good_says_so_and_how_to_unsubscribe() {
    use support::Route;
    let server = TestServer::start();
    server.route("/gone.xml", Route::status(410));
    server.route("/down.xml", Route::status(500));
    let home = home_with_feeds(&[
        ("Le Gone".to_string(), server.url("/gone.xml"), None),
        ("Down".to_string(), server.url("/down.xml"), None),
    ]);
    let out = home.veille(&["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stderr(&out);
    assert!(
        said.contains("Le Gone: HTTP 410 is the server saying the feed is gone for good (`veille feeds remove 'Le Gone'` unsubscribes it)"),
        "{said}"
    );
    assert!(!said.contains("Down: HTTP 410"), "{said}");
    let french = support::home::veille_in_env(home.path(), &["fetch"], &[("LANG", "fr_FR.UTF-8")]);
    assert!(
        stderr(&french).contains("`veille feeds remove 'Le Gone'` le désabonne"),
        "{}",
        stderr(&french)
    );
}

#[test]
fn fetch_names_a_feed_as_list_does_ignoring_case() {
    // A new analyst typed `veille fetch --feed zataz` for the feed `list --feed zataz` finds.
    let server = TestServer::start();
    let url = server.feed_url("fr/zataz_feed_2026-08-20.xml");
    let home = home_with_feeds(&[("ZATAZ".into(), url, Some("fr"))]);
    let out = home.veille(&["fetch", "--strict", "--feed", "zataz"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(home.list_json(&["--feed", "zataz"]).len(), 10);
    // Near miss: a part of the name names nothing, and says so.
    let out = home.veille(&["fetch", "--feed", "zat"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no subscription named \"zat\""),
        "{}",
        stderr(&out)
    );
}

//! Configuration: bundled defaults, layering of the user's file, precise errors, editing.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use std::path::{Path, PathBuf};
use tempfile::TempDir;
use veille::config::{self, BUNDLED, ConfigError, Loaded, edit};
use veille::model::{FeedSource, Lang};

fn user_file(text: &str) -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

fn load_text(text: &str) -> Result<Loaded, ConfigError> {
    let (_dir, path) = user_file(text);
    config::load(&path)
}

/// The error's file, line and key, after checking the message shows all three.
fn invalid(text: &str) -> (usize, String, String) {
    let (_dir, path) = user_file(text);
    match config::load(&path) {
        Err(error @ ConfigError::Invalid { .. }) => {
            let shown = error.to_string();
            let ConfigError::Invalid {
                path: named,
                line,
                key,
                message,
            } = error
            else {
                unreachable!()
            };
            assert_eq!(named, path);
            assert!(
                shown.contains(&format!("{}:{line}: {key}", path.display())),
                "{shown}"
            );
            (line, key, message)
        }
        other => panic!("expected an invalid-config error, got {other:?}"),
    }
}

fn feed(name: &str, url: &str) -> FeedSource {
    FeedSource {
        name: name.to_owned(),
        url: url.to_owned(),
        lang: None,
        full_text: false,
    }
}

fn names(path: &Path) -> Vec<String> {
    let loaded = config::load(path).unwrap();
    loaded.config.feeds.into_iter().map(|f| f.name).collect()
}

#[test]
fn bundled_defaults_are_complete_and_bilingual() {
    let config = config::bundled().unwrap();
    let count = |lang| config.feeds.iter().filter(|f| f.lang == Some(lang)).count();
    assert!(count(Lang::Fr) >= 12, "{} French feeds", count(Lang::Fr));
    assert!(count(Lang::En) >= 12, "{} English feeds", count(Lang::En));
    assert_eq!(count(Lang::Fr) + count(Lang::En), config.feeds.len());
    for url in [
        "https://www.cert.ssi.gouv.fr/alerte/feed/",
        "https://www.cert.ssi.gouv.fr/avis/feed/",
        "https://www.cert.ssi.gouv.fr/actualite/feed/",
        "https://www.cert.ssi.gouv.fr/cti/feed/",
        "https://www.journalduhacker.net/t/s%C3%A9curit%C3%A9.rss",
        "https://www.bleepingcomputer.com/feed/",
        "https://www.cisa.gov/cybersecurity-advisories/all.xml",
    ] {
        assert!(config.feeds.iter().any(|f| f.url == url), "{url}");
    }
    let fetch = &config.fetch;
    assert_eq!((fetch.concurrency, fetch.per_host), (16, 2));
    assert_eq!((fetch.connect_timeout_secs, fetch.timeout_secs), (10, 20));
    assert_eq!(fetch.max_body_bytes, 20_000_000);
    assert_eq!((fetch.max_redirects, fetch.max_retry_wait_secs), (5, 10));
    assert_eq!(
        config.retention.max_age_days, 0,
        "retention keeps everything by default"
    );
}

#[test]
fn missing_user_file_means_defaults_with_versioned_user_agent() {
    let dir = tempfile::tempdir().unwrap();
    let loaded = config::load(&dir.path().join("absent.toml")).unwrap();
    assert!(!loaded.user_file_exists);
    assert_eq!(loaded.config.feeds, config::bundled().unwrap().feeds);
    let agent = &loaded.config.fetch.user_agent;
    assert_eq!(agent, &format!("veille/{}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn user_keys_override_one_by_one() {
    let loaded = load_text("ui_lang = \"en\"\n[fetch]\nconcurrency = 4\n").unwrap();
    assert!(loaded.user_file_exists);
    let bundled = config::bundled().unwrap();
    assert_eq!(loaded.config.ui_lang, Some(Lang::En));
    assert_eq!(loaded.config.fetch.concurrency, 4);
    assert_eq!(loaded.config.fetch.per_host, bundled.fetch.per_host);
    assert_eq!(loaded.config.retention, bundled.retention);
    assert_eq!(loaded.config.feeds, bundled.feeds);
}

#[test]
fn user_feeds_replace_the_bundled_list() {
    let loaded = load_text(
        "[[feeds]]\nname = \"Mine\"\nurl = \"https://example.com/feed\"\nlang = \"fr\"\nfull_text = true\n",
    )
    .unwrap();
    assert_eq!(
        loaded.config.feeds,
        [FeedSource {
            lang: Some(Lang::Fr),
            full_text: true,
            ..feed("Mine", "https://example.com/feed")
        }]
    );
}

#[test]
fn unknown_keys_are_reported_with_line_and_dotted_key() {
    let (line, key, message) = invalid("# mine\n[fetch]\nconcurency = 3\n");
    assert_eq!((line, key.as_str()), (3, "fetch.concurency"));
    assert!(message.contains("concurency"), "{message}");

    let (line, key, _) = invalid(
        "[[feeds]]\nname = \"A\"\nurl = \"https://a.example/\"\n\n[[feeds]]\nname = \"B\"\nurll = \"https://b.example/\"\n",
    );
    assert_eq!((line, key.as_str()), (7, "feeds[1].urll"));

    let (line, key, _) = invalid("\n\ntheme = \"dark\"\n");
    assert_eq!((line, key.as_str()), (3, "theme"));
}

#[test]
fn a_language_appended_after_the_subscriptions_names_the_fix() {
    // What `echo 'ui_lang = "fr"' >> config.toml` makes of a file that `feeds add` wrote.
    let (line, key, message) = invalid(
        "# veille user configuration.\n[[feeds]]\nname = \"ZATAZ\"\nurl = \"https://www.zataz.com/feed/\"\n\n[[feeds]]\nname = \"CERT-FR\"\nurl = \"https://www.cert.ssi.gouv.fr/feed/\"\nui_lang = \"fr\"\n",
    );
    assert_eq!((line, key.as_str()), (9, "feeds[1].ui_lang"));
    assert!(
        message.contains("put `ui_lang` before the first table header (line 2)"),
        "{message}"
    );
    // In `[theme]` it was taken as a colour role and ignored without a word.
    let (line, key, _) = invalid("[theme]\naccent = \"red\"\nui_lang = \"fr\"\n");
    assert_eq!((line, key.as_str()), (3, "theme.ui_lang"));
}

#[test]
fn wrong_types_name_the_key() {
    let (line, key, message) = invalid("[fetch]\nper_host = 2\ntimeout_secs = \"20\"\n");
    assert_eq!((line, key.as_str()), (3, "fetch.timeout_secs"));
    assert!(message.contains("string"), "{message}");

    let (line, key, _) = invalid("[retention]\nmax_age_days = -1\n");
    assert_eq!((line, key.as_str()), (2, "retention.max_age_days"));

    let (line, key, message) =
        invalid("[[feeds]]\nname = \"A\"\nurl = \"https://a.example/\"\nlang = \"de\"\n");
    assert_eq!((line, key.as_str()), (4, "feeds[0].lang"));
    assert!(message.contains("de"), "{message}");
}

#[test]
fn syntax_errors_name_the_line_and_nearby_key() {
    let (line, key, _) = invalid("[fetch]\nconcurrency = 4\nper_host = = 2\n");
    assert_eq!((line, key.as_str()), (3, "fetch.per_host"));

    let (line, key, _) = invalid("[[feeds]]\nname = \"A\"\nurl = \"https://a.example/\n");
    assert_eq!((line, key.as_str()), (3, "feeds[0].url"));
}

#[test]
fn semantic_checks_point_at_the_offending_key() {
    let two = |first: &str, second: &str| {
        format!(
            "[[feeds]]\nname = \"{}\"\nurl = \"{}\"\n\n[[feeds]]\nname = \"{}\"\nurl = \"{}\"\n",
            first.split('|').next().unwrap(),
            first.split('|').nth(1).unwrap(),
            second.split('|').next().unwrap(),
            second.split('|').nth(1).unwrap(),
        )
    };
    let cases = [
        (
            two("A|https://a.example/", "B|ftp://b.example/"),
            7,
            "feeds[1].url",
        ),
        (
            two("A|https://a.example/", "B|javascript:alert(1)"),
            7,
            "feeds[1].url",
        ),
        (
            two("A|https://a.example/", "B|/relative"),
            7,
            "feeds[1].url",
        ),
        (
            two("A|https://a.example/", "A|https://b.example/"),
            6,
            "feeds[1].name",
        ),
        (
            two("A|https://a.example/feed", "B|HTTPS://A.example/feed"),
            7,
            "feeds[1].url",
        ),
        (
            two("  |https://a.example/", "B|https://b.example/"),
            2,
            "feeds[0].name",
        ),
        (
            "[fetch]\nconcurrency = 0\n".to_owned(),
            2,
            "fetch.concurrency",
        ),
        ("[fetch]\n\nper_host = 0\n".to_owned(), 3, "fetch.per_host"),
        (
            "[fetch]\ntimeout_secs = 0\n".to_owned(),
            2,
            "fetch.timeout_secs",
        ),
        (
            "[fetch]\nconnect_timeout_secs = 0\n".to_owned(),
            2,
            "fetch.connect_timeout_secs",
        ),
        (
            "[fetch]\nuser_agent = \"a\\r\\nX-Evil: 1\"\n".to_owned(),
            2,
            "fetch.user_agent",
        ),
    ];
    for (text, line, key) in cases {
        let (got_line, got_key, _) = invalid(&text);
        assert_eq!((got_line, got_key.as_str()), (line, key), "{text}");
    }
}

#[test]
fn inline_feed_arrays_are_checked_too() {
    let (line, key, _) = invalid(
        "feeds = [\n  { name = \"A\", url = \"https://a.example/\" },\n  { name = \"B\", url = \"file:///etc/passwd\" },\n]\n",
    );
    assert_eq!((line, key.as_str()), (3, "feeds[1].url"));
}

#[test]
fn default_paths_follow_the_platform_directories() {
    let config_path = config::default_path();
    let db_path = config::default_db_path();
    if std::env::var_os("HOME").is_some() {
        assert!(
            config_path.ends_with("veille/config.toml"),
            "{config_path:?}"
        );
        assert!(db_path.ends_with("veille/veille.db"), "{db_path:?}");
        assert!(config_path.is_absolute() && db_path.is_absolute());
    }
}

#[test]
fn adding_to_a_missing_file_starts_from_the_bundled_subscriptions() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/dirs/config.toml");
    let added = edit::add_feeds(&path, &[feed("Mine", "https://example.com/feed")]).unwrap();
    assert_eq!(added, 1);
    let loaded = config::load(&path).unwrap();
    assert!(loaded.user_file_exists);
    let bundled = config::bundled().unwrap().feeds;
    assert_eq!(loaded.config.feeds.len(), bundled.len() + 1);
    assert_eq!(loaded.config.feeds[..bundled.len()], bundled[..]);
    assert_eq!(loaded.config.feeds.last().unwrap().name, "Mine");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# veille user configuration"), "{text}");
    assert!(text.contains("# --- French sources ---"), "{text}");
    let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers, ["config.toml"], "no temporary file is left");
}

#[test]
fn adding_keeps_the_users_comments_and_skips_known_urls() {
    let original = "# My own list, curated by hand.\n\
                    [fetch]\nconcurrency = 4 # slow link\n\n\
                    # the one I read first\n\
                    [[feeds]]\nname = \"CERT-FR\"   # aligned on purpose\n\
                    url = \"https://www.cert.ssi.gouv.fr/alerte/feed/\"\nlang = \"fr\"\n";
    let (_dir, path) = user_file(original);
    let added = edit::add_feeds(
        &path,
        &[
            feed("Duplicate", "HTTPS://WWW.CERT.SSI.GOUV.FR/alerte/feed/"),
            FeedSource {
                lang: Some(Lang::En),
                ..feed("Krebs", "https://krebsonsecurity.com/feed/")
            },
            feed("Krebs again", "https://krebsonsecurity.com/feed/"),
        ],
    )
    .unwrap();
    assert_eq!(added, 1);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with(original), "{text}");
    let loaded = config::load(&path).unwrap().config;
    assert_eq!(loaded.fetch.concurrency, 4);
    assert_eq!(loaded.feeds.len(), 2);
    assert_eq!(loaded.feeds[1].lang, Some(Lang::En));
    assert_eq!(
        edit::add_feeds(&path, &[feed("X", "https://krebsonsecurity.com/feed/")]).unwrap(),
        0
    );
}

#[test]
fn adding_to_a_file_without_feeds_copies_the_defaults_after_its_tables() {
    let original =
        "# tuned for a slow VPN\n[fetch]\ntimeout_secs = 60\n\n[retention]\nmax_age_days = 30\n";
    let (_dir, path) = user_file(original);
    edit::add_feeds(&path, &[feed("Mine", "https://example.com/feed")]).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with(original), "{text}");
    let loaded = config::load(&path).unwrap().config;
    assert_eq!(loaded.fetch.timeout_secs, 60);
    assert_eq!(loaded.retention.max_age_days, 30);
    assert_eq!(
        loaded.feeds.len(),
        config::bundled().unwrap().feeds.len() + 1
    );
}

#[test]
fn taken_names_get_a_number() {
    let (_dir, path) = user_file("[[feeds]]\nname = \"Blog\"\nurl = \"https://a.example/feed\"\n");
    let added = edit::add_feeds(
        &path,
        &[
            feed("Blog", "https://b.example/feed"),
            feed("Blog", "https://c.example/feed"),
            feed("", "https://d.example/feed"),
        ],
    )
    .unwrap();
    assert_eq!(added, 3);
    assert_eq!(names(&path), ["Blog", "Blog (2)", "Blog (3)", "d.example"]);
}

#[test]
fn an_invalid_addition_leaves_the_file_untouched() {
    let original = "[[feeds]]\nname = \"A\"\nurl = \"https://a.example/feed\"\n";
    let (_dir, path) = user_file(original);
    let error = edit::add_feeds(&path, &[feed("Bad", "file:///etc/passwd")]).unwrap_err();
    assert!(
        matches!(&error, ConfigError::Invalid { key, .. } if key == "feeds[1].url"),
        "{error}"
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
}

#[test]
fn editing_a_broken_file_reports_its_own_line() {
    let (_dir, path) = user_file("[fetch]\nconcurency = 3\n");
    let error = edit::add_feeds(&path, &[feed("A", "https://a.example/")]).unwrap_err();
    assert!(
        matches!(&error, ConfigError::Invalid { line: 2, key, .. } if key == "fetch.concurency"),
        "{error}"
    );
}

#[test]
fn inline_feed_arrays_can_be_edited() {
    let (_dir, path) = user_file(
        "feeds = [\n  # favourite\n  { name = \"A\", url = \"https://a.example/\" },\n]\n",
    );
    assert_eq!(
        edit::add_feeds(&path, &[feed("B", "https://b.example/")]).unwrap(),
        1
    );
    assert_eq!(names(&path), ["A", "B"]);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("# favourite")
    );
    let removed = edit::remove_feed(&path, "A").unwrap();
    assert_eq!(removed, Some(feed("A", "https://a.example/")));
    assert_eq!(names(&path), ["B"]);
}

#[test]
fn removing_by_name_or_url_keeps_the_rest() {
    let original = "# header comment\n\
                    [[feeds]]\nname = \"A\"\nurl = \"https://a.example/feed\"\nlang = \"fr\"\n\n\
                    # about B\n[[feeds]]\nname = \"B\"\nurl = \"https://b.example/feed\"\nfull_text = true\n\n\
                    [[feeds]]\nname = \"C\"\nurl = \"https://c.example/feed\"\n";
    let (_dir, path) = user_file(original);
    let removed = edit::remove_feed(&path, "A").unwrap();
    assert_eq!(
        removed,
        Some(FeedSource {
            lang: Some(Lang::Fr),
            ..feed("A", "https://a.example/feed")
        })
    );
    let removed = edit::remove_feed(&path, "https://c.example/feed").unwrap();
    assert_eq!(removed.map(|f| f.name), Some("C".to_owned()));
    assert_eq!(names(&path), ["B"]);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("# about B") && text.contains("full_text = true"),
        "{text}"
    );
    assert_eq!(edit::remove_feed(&path, "nope").unwrap(), None);
}

#[test]
fn removing_a_default_feed_from_a_missing_file_writes_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    assert_eq!(edit::remove_feed(&path, "no such feed").unwrap(), None);
    assert!(!path.exists(), "nothing removed, nothing written");

    let removed = edit::remove_feed(&path, "zataz").unwrap();
    assert_eq!(
        removed.map(|f| f.url),
        Some("https://www.zataz.com/feed/".to_owned())
    );
    let feeds = config::load(&path).unwrap().config.feeds;
    assert_eq!(feeds.len(), config::bundled().unwrap().feeds.len() - 1);
    assert!(!feeds.iter().any(|f| f.name == "ZATAZ"));
}

#[test]
fn bundled_file_is_documented() {
    let header: Vec<&str> = BUNDLED.lines().take_while(|l| l.starts_with('#')).collect();
    assert!(header.len() >= 5, "the file starts with an explanation");
    assert!(BUNDLED.contains("{version}"));
}

#[test]
fn a_file_of_comments_only_keeps_them_first() {
    let (_dir, path) = user_file("# notes to self: try the CTI feeds\n");
    edit::add_feeds(&path, &[feed("Mine", "https://example.com/feed")]).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.starts_with("# notes to self: try the CTI feeds\n"),
        "{text}"
    );
    assert_eq!(names(&path).last().map(String::as_str), Some("Mine"));
}

#[test]
fn the_export_table_sets_the_author_and_tlp_and_is_checked() {
    let bundled = config::bundled().unwrap();
    assert_eq!(bundled.export.tlp, veille::model::Tlp::Clear);
    assert_eq!(bundled.export.organisation, None);
    let loaded =
        load_text("[export]\norganisation = \"CERT Exemple\"\ntlp = \"TLP:AMBER+STRICT\"\n")
            .unwrap()
            .config;
    assert_eq!(loaded.export.author(), ("CERT Exemple".to_owned(), true));
    assert_eq!(loaded.export.tlp, veille::model::Tlp::AmberStrict);
    let (line, key, message) = invalid("[export]\norganisation = \"  \"\n");
    assert_eq!(
        (line, key.as_str()),
        (2, "export.organisation"),
        "{message}"
    );
    let (line, key, message) = invalid("[export]\ntlp = \"orange\"\n");
    assert_eq!(line, 2, "{key}: {message}");
    assert!(message.contains("not a TLP level"), "{message}");
}

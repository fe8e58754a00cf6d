//! `veille feeds` through the real binary where many processes or huge inputs meet the one
//! config file: concurrent edits lose nothing, an endless "OPML" is refused after a bounded read.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use std::path::Path;
use std::process::{Command, Stdio};
use support::home::{Home, command_in, stderr, stdout, veille_in};
use support::{Route, TestServer};

/// The subscriptions of the config in `dir`, as `feeds list --json` reports them.
fn subscriptions(dir: &Path) -> Vec<serde_json::Value> {
    let out = veille_in(dir, &["feeds", "list", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn twenty_concurrent_feeds_add_keep_twenty_subscriptions() {
    let dir = Home::new();
    // A small file of our own (not the 32 bundled feeds), so the count is easy to read.
    std::fs::write(
        dir.path().join("config.toml"),
        "# mes abonnements\n\n[[feeds]]\nname = \"base\"\nurl = \"https://base.example.org/feed.xml\"\n",
    )
    .unwrap();
    let children: Vec<_> = (0..20)
        .map(|i| {
            let url = format!("https://f{i}.example.org/feed.xml");
            // Named here, so no process looks for a title on the internet.
            command_in(
                dir.path(),
                &["feeds", "add", &url, "--name", &format!("F{i}")],
            )
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let mut left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["config.toml"], "lock or temporary files left");
    let feeds = subscriptions(dir.path());
    assert_eq!(feeds.len(), 21, "subscriptions lost: {feeds:?}");
    for i in 0..20 {
        let url = format!("https://f{i}.example.org/feed.xml");
        assert!(feeds.iter().any(|f| f["url"] == url), "{url} lost");
    }
    let config = std::fs::read_to_string(dir.path().join("config.toml")).unwrap();
    assert!(config.starts_with("# mes abonnements"), "{config}");
}

/// `/dev/zero` never ends: the import must stop after the size cap, quickly and in bounded memory,
/// and name the file. The address space is limited (prlimit --as) so an unbounded read fails.
#[test]
fn importing_an_endless_file_is_refused_without_reading_it_all() {
    let dir = Home::new();
    let has_prlimit = Command::new("prlimit").arg("--version").output().is_ok();
    let mut command = if has_prlimit {
        // 1 GiB: room for the binary and a 20 MB read, not for reading /dev/zero to the end.
        let mut c = Command::new("prlimit");
        c.arg("--as=1073741824").arg("--");
        c.arg(env!("CARGO_BIN_EXE_veille"));
        c
    } else {
        eprintln!("prlimit (util-linux) is not installed: memory not bounded");
        Command::new(env!("CARGO_BIN_EXE_veille"))
    };
    let out = command
        .args(["feeds", "import", "/dev/zero"])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("VEILLE_CONFIG", dir.path().join("config.toml"))
        .env("VEILLE_DB", dir.path().join("veille.db"))
        .env("HOME", dir.path())
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("/dev/zero"), "the file is not named: {err}");
    assert!(err.contains("larger than"), "the reason is not said: {err}");
    assert!(
        !err.contains("panicked") && !err.contains("memory allocation"),
        "{err}"
    );
    assert!(!dir.path().join("config.toml").exists(), "config written");
}

const TWO_FEEDS_OPML: &str = r#"<?xml version="1.0"?><opml version="2.0"><body>
<outline text="Alpha" xmlUrl="https://alpha.example.org/feed.xml"/>
<outline text="Beta" xmlUrl="https://beta.example.org/feed.xml"/>
</body></opml>"#;

#[test]
fn importing_into_an_empty_config_says_the_bundled_feeds_were_kept_and_replace_keeps_only_the_file()
{
    let dir = Home::new();
    let opml = dir.path().join("mine.opml");
    std::fs::write(&opml, TWO_FEEDS_OPML).unwrap();
    let bundled = subscriptions(dir.path()).len();
    assert!(bundled > 2, "the bundled list is in force without a config");

    let added = veille_in(dir.path(), &["feeds", "import", opml.to_str().unwrap()]);
    assert!(added.status.success(), "{}", stderr(&added));
    let said = String::from_utf8_lossy(&added.stdout);
    assert!(said.contains("imported 2 feeds"), "{said}");
    assert!(
        said.contains(&format!(
            "the {bundled} bundled subscriptions in force were written beside them"
        )) && said.contains("--replace"),
        "{said}"
    );
    assert_eq!(subscriptions(dir.path()).len(), bundled + 2);

    let replaced = veille_in(
        dir.path(),
        &["feeds", "import", "--replace", opml.to_str().unwrap()],
    );
    assert!(replaced.status.success(), "{}", stderr(&replaced));
    let said = String::from_utf8_lossy(&replaced.stdout);
    assert!(
        said.contains("imported 2 feeds")
            && said.contains(&format!("replaced {} subscriptions", bundled + 2)),
        "{said}"
    );
    let left: Vec<_> = subscriptions(dir.path())
        .iter()
        .map(|f| f["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(left, ["Alpha", "Beta"]);
}

/// The first `feeds add` writes the bundled subscriptions in force into the new file, beside the
/// feed added: a new user then saw thirty-odd feeds fetched they never added. It is said, once.
#[test]
fn a_first_feeds_add_says_the_bundled_subscriptions_stay() {
    let dir = Home::new();
    let bundled = subscriptions(dir.path()).len();
    let args = |name: &'static str| {
        let url = format!("https://{name}.example/feed.xml");
        veille_in(
            dir.path(),
            &["feeds", "add", &url, "--name", name, "--lang", "fr"],
        )
    };
    let first = args("mine");
    assert!(first.status.success(), "{}", stderr(&first));
    let said = stdout(&first);
    assert!(
        said.contains(&format!(
            "the {bundled} bundled subscriptions in force were written beside it"
        )) && said.contains("veille feeds remove NAME"),
        "{said}"
    );
    assert_eq!(subscriptions(dir.path()).len(), bundled + 1);
    let second = args("other");
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(!stdout(&second).contains("bundled"), "{}", stdout(&second));
}

/// A name already taken gets a suffix; `feeds add` says the name the feed got, the one to give
/// `--feed` and `feeds remove`, not the one asked for.
#[test]
fn adding_a_feed_under_a_taken_name_says_the_name_it_got() {
    let dir = Home::new();
    std::fs::write(
        dir.path().join("config.toml"),
        "[[feeds]]\nname = \"ZATAZ\"\nurl = \"https://www.zataz.com/feed/\"\n",
    )
    .unwrap();
    let out = veille_in(
        dir.path(),
        &[
            "feeds",
            "add",
            "https://mirror.example.org/zataz.xml",
            "--name",
            "ZATAZ",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("ZATAZ (2)"), "{said}");
    let feeds = subscriptions(dir.path());
    assert!(
        feeds
            .iter()
            .any(|f| f["name"] == "ZATAZ (2)" && f["url"] == "https://mirror.example.org/zataz.xml"),
        "{feeds:?}"
    );
}

/// A config of one subscription of our own, so the names are easy to read.
fn one_subscription(dir: &Path) {
    std::fs::write(
        dir.join("config.toml"),
        "[[feeds]]\nname = \"base\"\nurl = \"https://base.example.org/feed.xml\"\n",
    )
    .unwrap();
}

/// Added without `--name`, a subscription takes its feed's own title, as the reader will show it:
/// CERT-FR's feed is « CERT-FR », ZATAZ's « ZATAZ.COM », not two "127.0.0.1" with numbers.
#[test]
fn feeds_add_names_a_subscription_after_its_feeds_title() {
    let server = TestServer::start();
    let dir = Home::new();
    one_subscription(dir.path());
    for (fixture, title) in [
        (
            "fr/cert-fr_main-feed_avis-actualite_2026-08-20.xml",
            "CERT-FR",
        ),
        ("fr/zataz_feed_2026-08-20.xml", "ZATAZ.COM"),
        // No channel title: the site its page link names.
        (
            "fr/lemagit_ContentSyndication_2026-08-23_trimmed8.xml",
            "lemagit.fr",
        ),
    ] {
        let out = veille_in(dir.path(), &["feeds", "add", &server.feed_url(fixture)]);
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(stdout(&out).contains(title), "{}", stdout(&out));
    }
    let names: Vec<_> = subscriptions(dir.path())
        .iter()
        .map(|f| f["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(names, ["base", "CERT-FR", "ZATAZ.COM", "lemagit.fr"]);
}

/// Added without `--lang`, a subscription takes the language its feed declares (RSS
/// `<language>fr-FR</language>`, Atom `xml:lang`), as `fr` or `en`, and says so: `feeds list`
/// showed `--` for CERT-FR, a French feed that says it is. A `--lang` given wins; a feed that
/// declares none (or another language) stays unmarked.
#[test]
fn feeds_add_takes_the_language_the_feed_declares() {
    let server = TestServer::start();
    let atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">\
        <title>Veille atom</title><id>urn:x</id><updated>2026-11-30T08:00:00Z</updated></feed>";
    server.route("/atom.xml", Route::ok("application/atom+xml", atom));
    let german = "<rss version=\"2.0\"><channel><title>Heise</title><language>de-DE</language></channel></rss>";
    server.route("/de.xml", Route::ok("application/rss+xml", german));
    let dir = Home::new();
    one_subscription(dir.path());
    let cert = server.feed_url("fr/cert-fr_main-feed_avis-actualite_2026-08-20.xml");
    let out = veille_in(dir.path(), &["feeds", "add", &cert]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("language: fr, as the feed declares it"),
        "{}",
        stdout(&out)
    );
    for args in [
        vec!["feeds", "add", &server.url("/atom.xml")],
        // Named by the user: the language is still the feed's.
        vec![
            "feeds",
            "add",
            &server.feed_url("en/krebsonsecurity_feed_2026-07-04.xml"),
            "--name",
            "Krebs",
        ],
        // The user's choice wins over the feed's.
        vec![
            "feeds",
            "add",
            &server.feed_url("fr/zataz_feed_2026-08-20.xml"),
            "--lang",
            "en",
        ],
        vec!["feeds", "add", &server.url("/de.xml")],
    ] {
        let out = veille_in(dir.path(), &args);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let langs: Vec<_> = subscriptions(dir.path())
        .iter()
        .map(|f| (f["name"].as_str().unwrap().to_owned(), f["lang"].clone()))
        .collect();
    assert_eq!(
        langs,
        [
            ("base".to_owned(), serde_json::Value::Null),
            ("CERT-FR".to_owned(), "fr".into()),
            ("Veille atom".to_owned(), "fr".into()),
            ("Krebs".to_owned(), "en".into()),
            ("ZATAZ.COM".to_owned(), "en".into()),
            ("Heise".to_owned(), serde_json::Value::Null),
        ]
    );
    let list = stdout(&veille_in(dir.path(), &["feeds", "list"]));
    let cert_line = list.lines().find(|l| l.starts_with("CERT-FR")).unwrap();
    assert!(cert_line.contains(" fr "), "{list}");
}

/// A feed's title is written by a stranger: escape sequences and bidi overrides never reach the
/// config file or the terminal through the name.
#[test]
fn a_hostile_feed_title_is_sanitized_before_it_names_the_subscription() {
    let server = TestServer::start();
    let title = "\u{1b}]52;c;cGF5bG9hZA==\u{7}Evil\u{202e}txt.exe\u{1b}[2J";
    let feed = format!("<rss version=\"2.0\"><channel><title>{title}</title></channel></rss>");
    server.route("/evil.xml", Route::ok("application/rss+xml", feed));
    let dir = Home::new();
    one_subscription(dir.path());
    let out = veille_in(dir.path(), &["feeds", "add", &server.url("/evil.xml")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let config = std::fs::read_to_string(dir.path().join("config.toml")).unwrap();
    for bad in ['\u{1b}', '\u{7}', '\u{202e}'] {
        assert!(!config.contains(bad), "{bad:?} in {config:?}");
        assert!(!stdout(&out).contains(bad), "{bad:?} in {:?}", stdout(&out));
    }
    assert!(config.contains("Evil"), "{config}");
}

/// An address that answers with a web page is not a feed: every fetch of it would fail, so nothing
/// is subscribed and the user is told why, naming the address.
#[test]
fn feeds_add_refuses_a_web_page_that_is_not_a_feed() {
    let server = TestServer::start();
    server.route(
        "/blog",
        Route::ok(
            "text/html",
            "<!doctype html><html><head><title>Blog</title></head></html>",
        ),
    );
    let dir = Home::new();
    one_subscription(dir.path());
    let before = std::fs::read_to_string(dir.path().join("config.toml")).unwrap();
    let url = server.url("/blog");
    let out = veille_in(dir.path(), &["feeds", "add", &url]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("announces no feed") && stderr(&out).contains(&url),
        "{}",
        stderr(&out)
    );
    let after = std::fs::read_to_string(dir.path().join("config.toml")).unwrap();
    assert_eq!(before, after, "nothing subscribed");
}

/// A mistyped path (the server answers 404 or 410) is not subscribed: it was, named after its host,
/// and then failed every fetch. `--name` still subscribes it unchecked.
#[test]
fn feeds_add_refuses_an_address_the_server_says_does_not_exist() {
    let server = TestServer::start();
    server.route("/gone.xml", Route::status(410));
    let dir = Home::new();
    one_subscription(dir.path());
    let before = std::fs::read_to_string(dir.path().join("config.toml")).unwrap();
    for url in [server.url("/hostile/404"), server.url("/gone.xml")] {
        let out = veille_in(dir.path(), &["feeds", "add", &url]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(
            stderr(&out).contains("no such page") && stderr(&out).contains(&url),
            "{}",
            stderr(&out)
        );
    }
    let after = std::fs::read_to_string(dir.path().join("config.toml")).unwrap();
    assert_eq!(before, after, "nothing subscribed");
    let url = server.url("/hostile/404");
    let out = veille_in(dir.path(), &["feeds", "add", &url, "--name", "Plus tard"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(subscriptions(dir.path())[1]["name"], "Plus tard");
}

/// Offline, a subscription is still added, named after its host, and the user is told why.
#[test]
fn feeds_add_offline_names_the_subscription_after_its_host_and_says_so() {
    // A port nobody listens on: the connection is refused at once.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = Home::new();
    one_subscription(dir.path());
    let url = format!("http://127.0.0.1:{port}/feed.xml");
    let out = veille_in(dir.path(), &["feeds", "add", &url]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("title"), "{}", stderr(&out));
    let feeds = subscriptions(dir.path());
    assert_eq!(feeds[1]["name"], "127.0.0.1", "{feeds:?}");
}

/// People paste a site's address more often than its feed's: the page's announced feed is the one
/// subscribed, under that feed's title, and the user is told which address was taken.
#[test]
fn feeds_add_of_a_sites_page_subscribes_to_the_feed_it_announces() {
    let server = TestServer::start();
    let feed = server.feed_url("fr/zataz_feed_2026-08-20.xml");
    let page = "<!doctype html><html><head><title>ZATAZ</title>\
         <link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feeds/fr/zataz_feed_2026-08-20.xml\">\
         </head><body>Actualités</body></html>";
    server.route("/", Route::ok("text/html; charset=utf-8", page));
    let dir = Home::new();
    one_subscription(dir.path());
    let out = veille_in(dir.path(), &["feeds", "add", &server.url("/")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains(&feed), "{}", stdout(&out));
    let feeds = subscriptions(dir.path());
    assert_eq!(feeds[1]["url"], feed.as_str(), "{feeds:?}");
    assert_eq!(feeds[1]["name"], "ZATAZ.COM", "{feeds:?}");
}

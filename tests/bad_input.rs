//! Bad input everywhere, through the real binary: invalid configuration, corrupt and foreign
//! databases, paths that cannot be written, a disk that fills up during a fetch, non-UTF-8 paths.
//! Each gives a clear message naming the file, exit code 1, and loses nothing already stored.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::{Route, TestServer};
use veille::store::Store;

fn veille(config: &Path, db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_veille"))
        // English whatever the machine speaks (the command line follows the locale).
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .arg("--config")
        .arg(config)
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("VEILLE_CONFIG")
        .env_remove("VEILLE_DB")
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Exit code 1, one line naming what failed, and no panic.
fn assert_clear_failure(out: &Output, must_name: &str) -> String {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.starts_with("veille: "), "{err}");
    assert!(err.contains(must_name), "{must_name:?} not in {err}");
    assert!(!err.contains("panicked"), "{err}");
    err
}

/// A config subscribing to `feeds` (name, url), keeping every article whatever its age.
fn write_config(path: &Path, feeds: &[(&str, String)]) {
    let mut text = String::from("[fetch]\ntimeout_secs = 20\n\n[retention]\nmax_age_days = 0\n\n");
    for (name, url) in feeds {
        text.push_str(&format!("[[feeds]]\nname = {name:?}\nurl = {url:?}\n\n"));
    }
    std::fs::write(path, text).unwrap();
}

fn article_count(db: &Path) -> u64 {
    let store = Store::open(db).unwrap();
    assert!(store.integrity_check().unwrap(), "integrity check failed");
    store.article_count().unwrap()
}

/// A database holding the articles of one fixture feed, and its config.
fn populated(dir: &Path, server: &TestServer) -> (PathBuf, PathBuf, u64) {
    let config = dir.join("config.toml");
    let db = dir.join("veille.db");
    write_config(
        &config,
        &[("zataz", server.feed_url("fr/zataz_feed_2026-08-20.xml"))],
    );
    let out = veille(&config, &db, &["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let count = article_count(&db);
    assert!(count > 0);
    (config, db, count)
}

#[test]
fn invalid_config_names_file_line_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("veille.db");
    let cases = [
        (
            "[fetch]\nper_host = 2\nconcurency = 4\n",
            ":3:",
            "fetch.concurency",
        ),
        (
            "[fetch]\n\nconcurrency = \"many\"\n",
            ":3:",
            "fetch.concurrency",
        ),
        (
            "[[feeds]]\nname = \"a\"\nurl = \"https://a.example/f\"\n\n[[feeds]]\nname = \"b\"\nurl = 7\n",
            ":7:",
            "7: feeds[1].url",
        ),
        ("[retention\nmax_age_days = 1\n", ":1:", "retention"),
    ];
    for (text, line, key) in cases {
        let config = dir.path().join("config.toml");
        std::fs::write(&config, text).unwrap();
        let out = veille(&config, &db, &["list"]);
        let err = assert_clear_failure(&out, &format!("config.toml{line}"));
        assert!(err.contains(key), "{key} not in {err}");
    }
    // No command touched the database while the configuration was wrong.
    assert!(!db.exists());
}

#[test]
fn numbers_too_large_to_use_are_refused_with_file_line_key_and_range() {
    // Each passed validation and then panicked: tokio refuses a semaphore of more than 2^61
    // permits, and chrono cannot subtract 10^8 days from today.
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("veille.db");
    let feed = format!(
        "\n[[feeds]]\nname = \"zataz\"\nurl = {:?}\n",
        server.feed_url("fr/zataz_feed_2026-08-20.xml")
    );
    let cases = [
        (
            "[fetch]\nconcurrency = 4611686018427387904\n",
            ":2:",
            "fetch.concurrency",
            "1 to 256",
        ),
        (
            "[fetch]\n\nper_host = 4611686018427387904\n",
            ":3:",
            "fetch.per_host",
            "1 to 64",
        ),
        (
            "[retention]\nmax_age_days = 100000000\n",
            ":2:",
            "retention.max_age_days",
            "0 to 36500",
        ),
        (
            "[retention]\nmax_age_days = 4294967295\n",
            ":2:",
            "retention.max_age_days",
            "0 to 36500",
        ),
    ];
    for (text, line, key, range) in cases {
        let config = dir.path().join("config.toml");
        std::fs::write(&config, format!("{text}{feed}")).unwrap();
        let out = veille(&config, &db, &["fetch"]);
        let err = assert_clear_failure(&out, &format!("config.toml{line}"));
        assert!(
            err.contains(key) && err.contains(range),
            "{key} {range} not in {err}"
        );
    }
    // The largest accepted values run.
    let config = dir.path().join("config.toml");
    let text = "[fetch]\nconcurrency = 256\nper_host = 64\n\n[retention]\nmax_age_days = 36500\n";
    std::fs::write(&config, format!("{text}{feed}")).unwrap();
    let out = veille(&config, &db, &["fetch", "--strict"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn corrupt_and_foreign_databases_are_refused_and_left_untouched() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (config, good, _) = populated(dir.path(), &server);

    // Random bytes; a real veille database with its pages overwritten past the header;
    // another program's SQLite database.
    let garbage = dir.path().join("garbage.db");
    std::fs::write(
        &garbage,
        (0..50_000u32)
            .map(|i| (i * 7919 % 251) as u8)
            .collect::<Vec<_>>(),
    )
    .unwrap();
    let damaged = dir.path().join("damaged.db");
    let mut bytes = std::fs::read(&good).unwrap();
    assert!(
        bytes.len() > 8192,
        "the database is only {} bytes",
        bytes.len()
    );
    for b in &mut bytes[100..] {
        *b = 0xA5;
    }
    std::fs::write(&damaged, &bytes).unwrap();
    let foreign = dir.path().join("foreign.db");
    rusqlite::Connection::open(&foreign)
        .unwrap()
        .execute_batch("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');")
        .unwrap();

    for (db, says) in [
        (&garbage, "not a veille database"),
        (&damaged, "not a veille database"),
        (&foreign, "another program"),
    ] {
        let before = std::fs::read(db).unwrap();
        for args in [&["list"][..], &["fetch"], &["feeds", "list"]] {
            let out = veille(&config, db, args);
            let err = assert_clear_failure(&out, &db.display().to_string());
            assert!(err.contains(says), "{err}");
        }
        assert_eq!(
            std::fs::read(db).unwrap(),
            before,
            "{} was modified",
            db.display()
        );
        let name = db.file_name().unwrap().to_str().unwrap();
        for suffix in ["-wal", "-shm", "-journal"] {
            assert!(!dir.path().join(format!("{name}{suffix}")).exists());
        }
    }
}

#[test]
fn unwritable_database_and_config_paths_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    // Root ignores directory permissions, so the unwritable places are paths under a regular
    // file, and /proc, which refuses new files to everyone.
    let file = dir.path().join("file.txt");
    std::fs::write(&file, "not a directory").unwrap();
    let config = dir.path().join("config.toml");
    write_config(&config, &[]);

    // `tag` writes (read commands create nothing: tests/store_access.rs).
    for db in [
        file.join("veille.db"),
        PathBuf::from("/proc/veille-test/veille.db"),
    ] {
        let out = veille(&config, &db, &["tag", "1", "--actor", "APT28"]);
        assert_clear_failure(&out, &db.parent().unwrap().display().to_string());
    }
    // A read command under a file cannot even look: it says which file is in the way.
    let out = veille(&config, &file.join("sub/veille.db"), &["list"]);
    let err = assert_clear_failure(&out, "file.txt");
    assert!(err.to_lowercase().contains("not a directory"), "{err}");

    // `feeds add` writes the config: under a file it cannot, and says which file.
    let db = dir.path().join("veille.db");
    let bad_config = file.join("config.toml");
    let out = veille(
        &bad_config,
        &db,
        &[
            "feeds",
            "add",
            "https://example.org/feed.xml",
            "--name",
            "Ex",
        ],
    );
    assert_clear_failure(&out, &bad_config.display().to_string());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "not a directory");
}

/// A disk that fills up during a fetch: the file size limit (RLIMIT_FSIZE, via prlimit) stops
/// SQLite's writes with EFBIG as a full disk would with ENOSPC. SIGXFSZ is ignored (through the
/// shell's `trap ''`, inherited across exec) so the write fails instead of killing the process.
#[test]
fn a_full_disk_during_fetch_fails_cleanly_and_loses_nothing() {
    if Command::new("prlimit").arg("--version").output().is_err() {
        eprintln!("skipped: prlimit (util-linux) is not installed");
        return;
    }
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (config, db, before) = populated(dir.path(), &server);
    server.route(
        "/big.xml",
        Route::ok("application/rss+xml", support::bigfeed::rss(3_000, "big")),
    );
    write_config(
        &config,
        &[
            ("zataz", server.feed_url("fr/zataz_feed_2026-08-20.xml")),
            ("big", server.url("/big.xml")),
        ],
    );
    let size = std::fs::metadata(&db).unwrap().len();
    // Room for a little more than today's file: the 3,000 articles (~5 MB) cannot fit.
    let limit = size + 256 * 1024;
    let out = veille_on_a_full_disk(&config, &db, limit, &["fetch"]);
    let err = assert_clear_failure(&out, "veille.db");
    assert!(
        err.contains("full") || err.contains("too large") || err.contains("disk"),
        "{err}"
    );
    assert_eq!(article_count(&db), before, "articles lost or half-stored");

    // With room again, the same fetch completes.
    let out = veille(&config, &db, &["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(article_count(&db), before + 3_000);
}

/// `veille ARGS` with no file allowed to grow past `limit` bytes (see the test above): writes
/// beyond it fail with EFBIG as on a full disk.
fn veille_on_a_full_disk(config: &Path, db: &Path, limit: u64, args: &[&str]) -> Output {
    Command::new("bash")
        .arg("-c")
        .arg(r#"trap '' XFSZ; exec prlimit --fsize="$0" -- "$@""#)
        .arg(limit.to_string())
        .arg(env!("CARGO_BIN_EXE_veille"))
        .arg("--config")
        .arg(config)
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap()
}

/// Re-exporting over an earlier export on a disk that fills up: the new file cannot be written
/// whole, so the earlier one must be left exactly as it was (it was truncated and left half
/// written, invalid JSON), and the error names the file.
#[test]
fn a_full_disk_during_an_export_leaves_the_earlier_file_intact() {
    if Command::new("prlimit").arg("--version").output().is_err() {
        eprintln!("skipped: prlimit (util-linux) is not installed");
        return;
    }
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    let (config, db) = (dir.path().join("config.toml"), dir.path().join("veille.db"));
    server.route(
        "/big.xml",
        Route::ok("application/rss+xml", support::bigfeed::rss(300, "big")),
    );
    write_config(&config, &[("big", server.url("/big.xml"))]);
    assert!(veille(&config, &db, &["fetch"]).status.success());
    let exports = dir.path().join("exports");
    std::fs::create_dir(&exports).unwrap();
    let json = exports.join("digest.json");
    let opml = exports.join("feeds.opml");
    let json_arg = json.to_str().unwrap();
    let opml_arg = opml.to_str().unwrap();
    let runs: [&[&str]; 2] = [
        &["export", "--format", "json", "-o", json_arg],
        &["feeds", "export", "-o", opml_arg],
    ];
    for args in runs {
        let out = veille(&config, &db, args);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    for (file, args) in [(&json, runs[0]), (&opml, runs[1])] {
        let before = std::fs::read(file).unwrap();
        // Room for half of the file: the same export again cannot fit.
        let limit = before.len() as u64 / 2;
        let out = veille_on_a_full_disk(&config, &db, limit, args);
        assert_clear_failure(&out, file.to_str().unwrap());
        assert!(
            std::fs::read(file).unwrap() == before,
            "{} changed ({} bytes before, {} after)",
            file.display(),
            before.len(),
            std::fs::metadata(file).unwrap().len()
        );
    }
    let left: Vec<_> = std::fs::read_dir(&exports)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(left.len(), 2, "temporary files left behind: {left:?}");
}

#[test]
fn non_utf8_paths_work_or_fail_with_a_clear_message() {
    let server = TestServer::start();
    let dir = tempfile::tempdir().unwrap();
    // Latin-1 "é" (0xE9) alone is not UTF-8: names like this come from old archives.
    let odd_dir = dir.path().join(OsStr::from_bytes(b"donn\xe9es"));
    std::fs::create_dir(&odd_dir).unwrap();
    let config = odd_dir.join(OsStr::from_bytes(b"conf\xe9.toml"));
    let db = odd_dir.join(OsStr::from_bytes(b"veill\xe9.db"));
    write_config(
        &config,
        &[("zataz", server.feed_url("fr/zataz_feed_2026-08-20.xml"))],
    );
    let out = veille(&config, &db, &["fetch"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let stored = article_count(&db);
    assert!(stored > 0);
    // Through the environment as well as the flags.
    let out = Command::new(env!("CARGO_BIN_EXE_veille"))
        // English whatever the machine speaks (the command line follows the locale).
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .args(["list", "--json"])
        .env("VEILLE_CONFIG", &config)
        .env("VEILLE_DB", &db)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let listed: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed.len() as u64, stored);

    // A non-UTF-8 path that cannot be a database: the message shows it (lossily), exit 1.
    let under_file = config.join(OsStr::from_bytes(b"x\xff.db"));
    let out = veille(&config, &under_file, &["list"]);
    assert_clear_failure(&out, "conf\u{FFFD}.toml");
    assert_eq!(article_count(&db), stored);
}

/// A hostile OPML through `veille feeds import`: names built to break out of a TOML string, shell
/// metacharacters, non-web schemes. The config stays valid and holds exactly the web feeds, with
/// their names as literal text.
#[test]
fn hostile_opml_import_cannot_inject_into_the_config() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    write_config(
        &config,
        &[("mine", "https://example.org/mine.xml".to_owned())],
    );
    let db = dir.path().join("veille.db");
    let opml = dir.path().join("list.opml");
    let evil_name = "x&quot;\n[[feeds]]\nname = &quot;evil&quot;\nurl = &quot;file:///etc/passwd";
    let shell_url = "https://example.org/a.xml?q=$(touch%20/tmp/pwned)&amp;b=`id`;rm";
    std::fs::write(
        &opml,
        format!(
            "<opml version=\"2.0\"><body>\
             <outline text=\"{evil_name}\" xmlUrl=\"https://example.org/evil.xml\"/>\
             <outline text=\"$(reboot)\" xmlUrl=\"{shell_url}\"/>\
             <outline text=\"js\" xmlUrl=\"javascript:alert(1)\"/>\
             <outline text=\"file\" xmlUrl=\"file:///etc/passwd\"/>\
             <outline text=\"cmd\" xmlUrl=\"|sh -c id\"/></body></opml>"
        ),
    )
    .unwrap();
    let out = veille(&config, &db, &["feeds", "import", opml.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));

    let out = veille(&config, &db, &["feeds", "list", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let listed: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).unwrap();
    let pairs: Vec<(&str, &str)> = listed
        .iter()
        .map(|f| (f["name"].as_str().unwrap(), f["url"].as_str().unwrap()))
        .collect();
    assert_eq!(pairs.len(), 3, "{pairs:?}");
    assert!(pairs.contains(&("mine", "https://example.org/mine.xml")));
    // The newline is folded into a space and the quotes stay text inside the name.
    assert!(
        pairs.contains(&(
            "x\" [[feeds]] name = \"evil\" url = \"file:///etc/passwd",
            "https://example.org/evil.xml"
        )),
        "{pairs:?}"
    );
    assert!(pairs.iter().any(|(n, _)| *n == "$(reboot)"), "{pairs:?}");
    assert!(
        pairs.iter().all(|(_, u)| u.starts_with("https://")),
        "{pairs:?}"
    );
    // The file is still a configuration veille accepts.
    assert!(veille(&config, &db, &["list"]).status.success());
}

/// Bidi and invisible characters (right-to-left override, isolate, zero-width space, ...).
fn has_bidi_or_invisible(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{E0000}'..='\u{E007F}')
    })
}

/// A right-to-left override in an OPML list, in names and in URLs (a URL that reads as another
/// one is refused, and said to be): nothing of it reaches the config, `feeds list --json`, the
/// OPML export or `feeds remove`.
#[test]
fn bidi_overrides_in_an_opml_import_reach_neither_the_config_nor_the_output() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    write_config(
        &config,
        &[("mine", "https://example.org/mine.xml".to_owned())],
    );
    let db = dir.path().join("veille.db");
    let opml = dir.path().join("list.opml");
    std::fs::write(
        &opml,
        "<opml version=\"2.0\"><body>\
         <outline text=\"Invoice \u{202E}fdp.exe\" xmlUrl=\"https://example.org/invoice.xml\"/>\
         <outline text=\"Isolated &#x2067;name&#x2069;\" xmlUrl=\"https://example.org/iso.xml\"/>\
         <outline text=\"Mirror\" xmlUrl=\"https://example.org/\u{202E}lmx.evil\"/>\
         <outline text=\"Hidden\" xmlUrl=\"https://exa\u{200B}mple.org/feed.xml\"/>\
         <outline text=\"Entity\" xmlUrl=\"https://example.org/a&#x2066;.xml\"/>\
         </body></opml>",
    )
    .unwrap();
    let out = veille(&config, &db, &["feeds", "import", opml.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        said.contains("imported 2 feeds") && said.contains("3 skipped"),
        "{said}"
    );
    let written = std::fs::read_to_string(&config).unwrap();
    assert!(!has_bidi_or_invisible(&written), "{written}");

    let listed = veille(&config, &db, &["feeds", "list", "--json"]);
    assert!(listed.status.success(), "{}", stderr(&listed));
    let raw = String::from_utf8_lossy(&listed.stdout).into_owned();
    assert!(!has_bidi_or_invisible(&raw), "{raw}");
    let listed: Vec<serde_json::Value> = serde_json::from_slice(&listed.stdout).unwrap();
    let names: Vec<&str> = listed.iter().map(|f| f["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["mine", "Invoice fdp.exe", "Isolated name"]);

    let exported = veille(&config, &db, &["feeds", "export"]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let exported = String::from_utf8_lossy(&exported.stdout).into_owned();
    assert!(!has_bidi_or_invisible(&exported), "{exported}");
    assert_eq!(exported.matches("<outline").count(), 3, "{exported}");

    let removed = veille(&config, &db, &["feeds", "remove", "Invoice fdp.exe"]);
    assert!(removed.status.success(), "{}", stderr(&removed));
    let said = String::from_utf8_lossy(&removed.stdout).into_owned();
    assert!(
        said.contains("Invoice fdp.exe") && !has_bidi_or_invisible(&said),
        "{said}"
    );
}

/// A config whose feed name or URL hides a right-to-left override (written by hand, or by an
/// older veille): refused at load with the file, line and key, and the character shown escaped
/// rather than raw.
#[test]
fn a_config_name_or_url_with_a_bidi_override_is_refused_with_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("veille.db");
    let config = dir.path().join("config.toml");
    for (text, line_and_key) in [
        (
            "[[feeds]]\nname = \"ok\"\nurl = \"https://example.org/ok.xml\"\n\n\
             [[feeds]]\nname = \"Invoice \u{202E}fdp.exe\"\nurl = \"https://example.org/a.xml\"\n",
            "6: feeds[1].name",
        ),
        (
            "[[feeds]]\nname = \"ok\"\nurl = \"https://example.org/ok.xml\"\n\n\
             [[feeds]]\nname = \"mirror\"\nurl = \"https://example.org/\u{202E}lmx.evil\"\n",
            "7: feeds[1].url",
        ),
        (
            "[[feeds]]\nname = \"ok\"\nurl = \"https://example.org/ok.xml\"\n\n\
             [[feeds]]\nname = \"Hid\u{200B}den\"\nurl = \"https://example.org/h.xml\"\n",
            "6: feeds[1].name",
        ),
    ] {
        std::fs::write(&config, text).unwrap();
        for args in [
            &["feeds", "list", "--json"][..],
            &["feeds", "export"],
            &["feeds", "remove", "ok"],
        ] {
            let out = veille(&config, &db, args);
            assert_clear_failure(&out, &format!("config.toml:{line_and_key}"));
            let err = stderr(&out);
            assert!(
                err.contains("\\u{20"),
                "the character is shown escaped: {err}"
            );
            assert!(!has_bidi_or_invisible(&err), "{err}");
            assert!(out.stdout.is_empty(), "{args:?}");
        }
        assert_eq!(std::fs::read_to_string(&config).unwrap(), text);
    }
}

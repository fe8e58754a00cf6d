//! The command line speaks the interface language: French with `ui_lang = "fr"`, or with a French
//! locale when `ui_lang` is unset; English otherwise. The real binary, on a feed fixture and a dead
//! feed served over loopback: the fetch summary, feeds import, tag, note, export and an error, each
//! in both languages, and the `--json` outputs byte for byte the same in both.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use std::process::Output;
use support::home::{Home, stderr, stdout, veille_in_env};
use support::{Route, TestServer};

const NB: char = '\u{a0}';
const STORY: &str = "BlackSuit ransomware extortion sites seized";
const FRENCH_LOCALE: &[(&str, &str)] = &[("LANG", "fr_FR.UTF-8")];

/// How a test picks the language.
#[derive(Clone, Copy, Debug)]
enum Asked {
    /// `ui_lang = "fr"` in the configuration, no locale.
    UiLang,
    /// `LANG=fr_FR.UTF-8`, no `ui_lang`.
    Locale,
    /// Neither.
    Nothing,
}

/// A home subscribed to the BleepingComputer fixture and a feed that answers 404, with `ui_lang`
/// set or not; loopback feeds may be imported (the OPML lists one already subscribed).
fn home(asked: Asked) -> Home {
    let server = TestServer::start();
    server.route("/dead.xml", Route::status(404));
    let ui_lang = match asked {
        Asked::UiLang => "ui_lang = \"fr\"\n",
        Asked::Locale | Asked::Nothing => "",
    };
    let config = format!(
        "{ui_lang}[retention]\nmax_age_days = 0\n\n[fetch]\nallow_private = true\n\n\
         [[feeds]]\nname = \"BleepingComputer\"\nurl = {:?}\nlang = \"en\"\n\n\
         [[feeds]]\nname = \"Dead\"\nurl = {:?}\n",
        server.feed_url("en/bleepingcomputer_feed_2025-07-24.xml"),
        server.url("/dead.xml"),
    );
    Home::with_config(&config).serving(server)
}

/// `veille ARGS` in `home`, with the locale `asked` says.
fn run(home: &Home, asked: Asked, args: &[&str]) -> Output {
    let vars = match asked {
        Asked::Locale => FRENCH_LOCALE,
        Asked::UiLang | Asked::Nothing => &[],
    };
    veille_in_env(home.path(), args, vars)
}

/// What each command said, for one language.
struct Said {
    fetch_first: String,
    fetch_first_err: String,
    fetch_again: String,
    import: String,
    tag: String,
    tag_again: String,
    tag_labels: String,
    note: String,
    export_one: String,
    export_none: String,
    unknown_id: String,
    unknown_id_code: Option<i32>,
    suggest: String,
    /// `show` of the article, whose feed names its author.
    show: String,
}

fn scenario(asked: Asked) -> (Home, String, Said) {
    let home = home(asked);
    let veille = |args: &[&str]| {
        let out = run(&home, asked, args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        out
    };
    let first = veille(&["fetch"]);
    let again = veille(&["fetch"]);
    let id = home.id_containing(STORY);
    let opml = home.path().join("list.opml");
    std::fs::write(
        &opml,
        format!(
            r#"<?xml version="1.0"?><opml version="2.0"><body>
<outline text="Already" xmlUrl="{}"/>
<outline text="Gamma" xmlUrl="https://gamma.example.org/feed.xml"/>
</body></opml>"#,
            home.list_json(&[])[0]["feed_url"]
                .as_str()
                .unwrap_or_default()
        ),
    )
    .unwrap();
    let import = veille(&["feeds", "import", opml.to_str().unwrap()]);
    let tag = veille(&["tag", &id, "--actor", "Fancy Bear"]);
    let tag_again = veille(&["tag", &id, "--actor", "Fancy Bear"]);
    let tag_labels = veille(&[
        "tag",
        &id,
        "--attack",
        "rançongiciel",
        "--target",
        "Pays-Bas",
    ]);
    let note = veille(&["note", &id, "À vérifier avec le CERT"]);
    let csv = home.path().join("out.csv");
    let csv = csv.to_str().unwrap();
    let export_one = veille(&["export", "--format", "csv", "--actor", "APT28", "-o", csv]);
    let export_none = veille(&[
        "export",
        "--format",
        "csv",
        "--query",
        "zzzznothingmatches",
        "-o",
        csv,
    ]);
    let unknown = run(&home, asked, &["show", "999999"]);
    let suggest = veille(&["suggest", &id]);
    let show = veille(&["show", &id]);
    let said = Said {
        fetch_first: stdout(&first),
        fetch_first_err: stderr(&first),
        fetch_again: stdout(&again),
        import: stdout(&import),
        tag: stdout(&tag),
        tag_again: stdout(&tag_again),
        tag_labels: stdout(&tag_labels),
        note: stdout(&note),
        export_one: stderr(&export_one),
        export_none: stderr(&export_none),
        unknown_id: stderr(&unknown),
        unknown_id_code: unknown.status.code(),
        suggest: stdout(&suggest),
        show: stdout(&show),
    };
    (home, id, said)
}

fn assert_french(asked: Asked) {
    let (home, id, said) = scenario(asked);
    let s = &said.fetch_first;
    assert!(s.starts_with("2 flux en "), "{asked:?}: {s}");
    let seconds = s["2 flux en ".len()..].split(NB).next().unwrap();
    assert!(seconds.contains(','), "a decimal comma: {s}");
    assert!(
        s.contains(&format!("{NB}s{NB}: "))
            && s.contains("nouveaux articles, 0 inchangé, 1 en échec"),
        "{asked:?}: {s}"
    );
    assert!(
        said.fetch_again
            .contains(&format!("{NB}: 0 nouvel article, 1 inchangé, 1 en échec")),
        "{asked:?}: {}",
        said.fetch_again
    );
    let e = &said.fetch_first_err;
    assert!(
        e.starts_with(&format!("veille{NB}: Dead (http")),
        "{asked:?}: {e}"
    );
    assert!(e.contains(&format!("dead.xml){NB}: ")), "{asked:?}: {e}");

    let list = home.path().join("list.opml");
    let config = home.config();
    assert_eq!(
        said.import.trim_end(),
        format!(
            "1 flux importé depuis {} (1 déjà abonné) dans {}",
            list.display(),
            config.display()
        ),
        "{asked:?}"
    );
    assert_eq!(
        said.tag.trim_end(),
        format!("ajouté{NB}: acteur APT28 (saisi «{NB}Fancy Bear{NB}»)"),
        "{asked:?}"
    );
    assert_eq!(
        said.tag_again.trim_end(),
        format!("déjà présent{NB}: acteur APT28 (saisi «{NB}Fancy Bear{NB}»)"),
        "{asked:?}"
    );
    // Confirmed in French labels, the canonical value to type after them; what was typed is
    // not repeated when it is the label.
    assert_eq!(
        said.tag_labels.trim_end(),
        format!("ajouté{NB}: cible Pays-Bas [NL]\najouté{NB}: attaque rançongiciel [ransomware]"),
        "{asked:?}"
    );
    assert_eq!(
        said.note.trim_end(),
        format!("note enregistrée sur l'article {id}"),
        "{asked:?}"
    );
    let csv = home.path().join("out.csv");
    assert_eq!(
        said.export_one.trim_end(),
        format!(
            "veille{NB}: 1 article exporté en csv vers {}",
            csv.display()
        ),
        "{asked:?}"
    );
    assert_eq!(
        said.export_none.trim_end(),
        format!(
            "veille{NB}: 0 article exporté en csv vers {}",
            csv.display()
        ),
        "{asked:?}"
    );
    assert_eq!(
        said.unknown_id.trim_end(),
        format!("veille{NB}: aucun article n'a le numéro 999999 (voir `veille list`)"),
        "{asked:?}"
    );
    assert_eq!(said.unknown_id_code, Some(1));
    // A suggested value in its French label, with the canonical value to type after it.
    assert!(
        said.suggest
            .lines()
            .any(|l| l.starts_with("attaque  rançongiciel [ransomware]  — «")),
        "{asked:?}: {}",
        said.suggest
    );
    // The header `show` composes: its tags were French, its author line said "by".
    let meta = said.show.lines().nth(1).unwrap_or_default();
    assert!(
        meta.contains(" · par ") && !meta.contains(" · by "),
        "{asked:?}: {meta}"
    );
}

#[test]
fn ui_lang_fr_makes_every_command_speak_french() {
    assert_french(Asked::UiLang);
}

#[test]
fn a_french_locale_without_ui_lang_makes_every_command_speak_french() {
    assert_french(Asked::Locale);
}

#[test]
fn without_ui_lang_nor_a_french_locale_every_command_speaks_english() {
    let (home, id, said) = scenario(Asked::Nothing);
    let meta = said.show.lines().nth(1).unwrap_or_default();
    assert!(meta.contains(" · by "), "{meta}");
    let s = &said.fetch_first;
    assert!(s.starts_with("2 feeds in "), "{s}");
    assert!(
        s.contains(" s: ") && s.contains(" new articles, 0 unchanged, 1 failed"),
        "{s}"
    );
    assert!(
        said.fetch_again
            .contains(": 0 new articles, 1 unchanged, 1 failed"),
        "{}",
        said.fetch_again
    );
    assert!(
        said.fetch_first_err.starts_with("veille: Dead (http"),
        "{}",
        said.fetch_first_err
    );
    assert_eq!(
        said.import.trim_end(),
        format!(
            "imported 1 feed from {} (1 already subscribed) into {}",
            home.path().join("list.opml").display(),
            home.config().display()
        )
    );
    assert_eq!(
        said.tag.trim_end(),
        "added actor APT28 (from \"Fancy Bear\")"
    );
    assert_eq!(
        said.tag_again.trim_end(),
        "already there: actor APT28 (from \"Fancy Bear\")"
    );
    assert_eq!(
        said.tag_labels.trim_end(),
        "added target Netherlands [NL] (from \"Pays-Bas\")\n\
         added attack ransomware (from \"rançongiciel\")"
    );
    assert_eq!(said.note.trim_end(), format!("note saved on article {id}"));
    let csv = home.path().join("out.csv");
    assert_eq!(
        said.export_one.trim_end(),
        format!("veille: exported 1 article as csv to {}", csv.display())
    );
    assert_eq!(
        said.export_none.trim_end(),
        format!("veille: exported 0 articles as csv to {}", csv.display())
    );
    assert_eq!(
        said.unknown_id.trim_end(),
        "veille: no article with id 999999 (see `veille list`)"
    );
    assert_eq!(said.unknown_id_code, Some(1));
    assert!(
        said.suggest
            .lines()
            .any(|l| l.starts_with("attack   ransomware  — \"")),
        "{}",
        said.suggest
    );
    // An English label, with the canonical value to type after it when they differ.
    assert!(
        said.suggest
            .lines()
            .any(|l| l.starts_with("attack   data extortion [extortion]  — \"")),
        "{}",
        said.suggest
    );
}

#[test]
fn the_configuration_s_ui_lang_wins_over_the_locale() {
    let home = Home::with_config("ui_lang = \"en\"\n");
    let out = veille_in_env(home.path(), &["show", "1"], FRENCH_LOCALE);
    assert_eq!(
        stderr(&out).lines().last().unwrap_or_default(),
        "veille: no article with id 1 (see `veille list`)"
    );
    let home = Home::new();
    for locale in ["fr_CA.UTF-8", "fr"] {
        let out = veille_in_env(
            home.path(),
            &["show", "1"],
            &[("LC_ALL", locale), ("LANG", "en_US")],
        );
        assert!(
            stderr(&out).contains("aucun article n'a le numéro 1"),
            "LC_ALL={locale}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn json_and_exit_codes_are_the_same_in_both_languages() {
    let (home, id, _) = scenario(Asked::Nothing);
    let commands: Vec<Vec<&str>> = vec![
        vec!["list", "--json"],
        vec!["search", "ransomware", "--json"],
        vec!["feeds", "list", "--json"],
        vec!["feeds", "list", "--failed", "--json"],
        vec!["note", &id, "--json"],
        vec!["note", &id, "Même texte", "--json"],
        vec!["suggest", &id, "--json"],
        vec!["suggest", "--json"],
        vec!["export", "--format", "json"],
        vec!["export", "--format", "stix"],
        vec!["show", "999999"],
        vec!["tag", &id],
        vec!["fetch", "--strict"],
    ];
    for args in &commands {
        let english = run(&home, Asked::Nothing, args);
        let french = run(&home, Asked::Locale, args);
        assert_eq!(english.status.code(), french.status.code(), "{args:?}");
        if args.contains(&"--json") || args.contains(&"--format") {
            assert!(!english.stdout.is_empty(), "{args:?}");
            assert!(
                english.stdout == french.stdout,
                "{args:?}: the JSON differs"
            );
        } else {
            assert_ne!(
                stderr(&english),
                stderr(&french),
                "{args:?}: not translated"
            );
        }
    }
}

#[test]
fn an_error_of_the_store_is_said_in_french_with_sqlite_s_own_words_inside() {
    let home = Home::with_config("ui_lang = \"fr\"\n");
    std::fs::write(home.db(), b"my thesis, not a database\n".repeat(100)).unwrap();
    let french = home.veille(&["list"]);
    let said = stderr(&french);
    let db = home.db();
    assert_eq!(french.status.code(), Some(1));
    assert!(
        said.starts_with(&format!(
            "veille{NB}: impossible d'ouvrir la base de données {}{NB}: {} n'est pas une base de données veille (fichier laissé intact){NB}: ",
            db.display(),
            db.display()
        )),
        "{said}"
    );
    home.write_config("");
    let english = stderr(&home.veille(&["list"]));
    assert!(
        english.contains(" is not a veille database (file left untouched): "),
        "{english}"
    );
    // What SQLite said is the same words in both.
    let cause = |s: &str| {
        s.trim_end()
            .rsplit(": ")
            .next()
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(cause(&said), cause(&english));
}

//! Exports as their readers see them: every format parsed back with an independent reader (the csv
//! crate, serde_json), on hostile hand-made articles and on real French and English feed fixtures.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
mod support;

use chrono::{DateTime, TimeZone, Utc};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use support::home::Home;
use veille::feed::normalize::normalize;
use veille::feed::parse::parse_feed;
use veille::model::Validators;
use veille::model::{ArticleId, Facet, FeedSource, Lang, NewArticle, Tlp};
use veille::store::{FeedUpdate, Provenance, Store};
use veille::tagging::{Kind, Suggester, Vocabulary};

const FEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/feeds");
const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data");

/// A file beside the build's `target/` directory, where `.ci/run` finds the sample exports.
fn target_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("..").join(name)
}

const ICC_TITLE: &str = "Les cybercriminels frappent la Cour pénale internationale, « encore »";
const ICC_NOTE: &str = "À suivre, \"urgent\"\nVoir l'avis de l'ANSSI; CERT-FR";
const FORMULA_TITLES: [&str; 3] = [
    "=HYPERLINK(\"http://evil.example\",\"clic\")",
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd, \"quoted\" title",
];
const MARKDOWN_TITLE: &str = "[click](javascript:alert(1)) <script>x</script> **gras**";

fn date(y: i32, m: u32, d: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, 9, 30, 0).unwrap()
}

fn new_article(key: &str, title: &str, text: &str, published: Option<DateTime<Utc>>) -> NewArticle {
    NewArticle {
        dedup_key: key.into(),
        title: title.into(),
        url: Some(format!("https://veille.example/{key}?a=1&b=(2)")),
        author: None,
        published,
        summary: Some(format!("<p>{text}</p>")),
        content_html: None,
        lang: Some(Lang::Fr),
        text: None,
    }
}

fn source(name: &str, url: &str, lang: Option<Lang>) -> FeedSource {
    FeedSource {
        name: name.into(),
        url: url.into(),
        lang,
        full_text: false,
    }
}

fn store_update(store: &mut Store, feed: &FeedSource, articles: Vec<NewArticle>) {
    let feeds = store.sync_feeds(std::slice::from_ref(feed)).unwrap();
    let update = FeedUpdate {
        title: Some(feed.name.clone()),
        validators: Validators::default(),
        articles,
    };
    store.record_fetch(feeds[0].id, &update).unwrap();
}

/// A scratch home whose database holds tricky hand-made articles, tagged; with their ids by title.
fn sample() -> (Home, HashMap<String, ArticleId>) {
    let home = Home::new();
    let mut store = Store::open(&home.db()).unwrap();
    let feed = source(
        "Zataz, « le blog »",
        "https://feeds.example/fr.xml",
        Some(Lang::Fr),
    );
    let mut articles = vec![
        new_article(
            "icc",
            ICC_TITLE,
            "La CPI a détecté une intrusion ; la faille CVE-2023-1234 est en cause.",
            Some(date(2023, 9, 19)),
        ),
        new_article(
            "untagged",
            "Un article sans étiquette",
            "Rien.",
            Some(date(2023, 9, 18)),
        ),
        new_article("md", MARKDOWN_TITLE, "Texte.", Some(date(2023, 9, 17))),
    ];
    for (i, title) in FORMULA_TITLES.iter().enumerate() {
        let published = (i != 0).then(|| date(2023, 9, 10 + i as u32));
        articles.push(new_article(
            &format!("f{i}"),
            title,
            "Texte, avec virgule.",
            published,
        ));
    }
    store_update(&mut store, &feed, articles);
    let ids: HashMap<String, ArticleId> = store
        .list(&Default::default(), None)
        .unwrap()
        .into_iter()
        .map(|a| (a.title, a.id))
        .collect();
    let tag = |store: &mut Store, title: &str, facet: Facet, value: &str| {
        store
            .add_tag(ids[title], facet, value, Provenance::User)
            .unwrap();
    };
    tag(&mut store, ICC_TITLE, Facet::Actor, "APT28");
    for target in ["International Criminal Court", "justice", "NL"] {
        tag(&mut store, ICC_TITLE, Facet::Target, target);
    }
    tag(&mut store, ICC_TITLE, Facet::Attack, "intrusion");
    store.set_note(ids[ICC_TITLE], Some(ICC_NOTE)).unwrap();
    tag(&mut store, FORMULA_TITLES[0], Facet::Attack, "ransomware");
    tag(
        &mut store,
        FORMULA_TITLES[0],
        Facet::Target,
        "Hôpital de Rennes, \"CHU\"",
    );
    tag(&mut store, FORMULA_TITLES[0], Facet::Target, "FR");
    // Typed as an alias: exports resolve it to the group it names.
    tag(&mut store, FORMULA_TITLES[2], Facet::Actor, "Fancy Bear");
    tag(&mut store, FORMULA_TITLES[2], Facet::Attack, "phishing");
    tag(
        &mut store,
        MARKDOWN_TITLE,
        Facet::Actor,
        "Groupe inconnu | suspect",
    );
    store
        .set_note(ids[FORMULA_TITLES[1]], Some("=1+1"))
        .unwrap();
    (home, ids)
}

/// Adds real feed fixtures, tagged with what the suggester finds (as "accept all" would).
fn add_fixture_feeds(home: &Home) {
    let mut store = Store::open(&home.db()).unwrap();
    let vocab = Vocabulary::bundled().unwrap();
    let suggester = Suggester::new(&vocab).unwrap();
    for (name, file, lang) in [
        ("ZATAZ", "fr/zataz_feed_2026-08-20.xml", Some(Lang::Fr)),
        (
            "CERT-FR",
            "fr/cert-fr_main-feed_avis-actualite_2026-08-20.xml",
            Some(Lang::Fr),
        ),
        (
            "BleepingComputer",
            "en/bleepingcomputer_feed_2025-07-24.xml",
            Some(Lang::En),
        ),
    ] {
        let url = format!("https://fixtures.example/{file}");
        let feed = source(name, &url, lang);
        let bytes = std::fs::read(Path::new(FEEDS).join(file)).unwrap();
        let parsed = parse_feed(&bytes, None, &url).unwrap();
        let normalized = normalize(&parsed, &feed, &url);
        store_update(&mut store, &feed, normalized.articles);
    }
    let filter = veille::model::Filter {
        feeds: vec!["ZATAZ".into(), "CERT-FR".into(), "BleepingComputer".into()],
        ..Default::default()
    };
    for summary in store.list(&filter, None).unwrap() {
        let article = store.article(summary.id).unwrap().unwrap();
        let tags = suggester.suggest(&summary.title, &article.text).to_tags();
        for facet in Facet::ALL {
            for value in tags.get(facet) {
                store
                    .add_tag(summary.id, facet, value, Provenance::Suggestion)
                    .unwrap();
            }
        }
    }
}
/// `veille export ARGS` on stdout; fails the test on a non-zero exit.
fn export(home: &Home, args: &[&str]) -> Vec<u8> {
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    let out = home.veille(&all);
    assert!(
        out.status.success(),
        "{all:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn export_json(home: &Home, args: &[&str]) -> Value {
    serde_json::from_slice(&export(home, args)).unwrap()
}

fn csv_rows(bytes: &[u8], delimiter: u8) -> Vec<HashMap<String, String>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(bytes);
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .map(str::to_string)
                .zip(r.iter().map(str::to_string))
                .collect()
        })
        .collect()
}

fn label(kind: Kind, value: &str) -> String {
    Vocabulary::bundled()
        .unwrap()
        .label(kind, value, Lang::En)
        .unwrap()
}

#[test]
fn csv_has_one_guarded_row_per_article_with_targets_split() {
    let (home, ids) = sample();
    let bytes = export(&home, &["--format", "csv"]);
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        headers,
        [
            "id",
            "published",
            "lang",
            "feed",
            "title",
            "url",
            "actors",
            "targets",
            "sectors",
            "countries",
            "attack_types",
            "cves",
            "note",
            "story"
        ]
    );
    let rows = csv_rows(&bytes, b',');
    assert_eq!(rows.len(), ids.len());
    for row in &rows {
        for (column, cell) in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{column} = {cell:?} would run as a formula"
            );
        }
    }
    let by_id = |title: &str| {
        let id = ids[title].to_string();
        rows.iter().find(|r| r["id"] == id).unwrap().clone()
    };
    let icc = by_id(ICC_TITLE);
    assert_eq!(icc["title"], ICC_TITLE);
    assert_eq!(icc["feed"], "Zataz, « le blog »");
    assert_eq!(icc["lang"], "fr");
    assert!(
        icc["published"].starts_with("2023-09-19T09:30:00"),
        "{}",
        icc["published"]
    );
    assert_eq!(icc["actors"], "APT28");
    assert_eq!(icc["targets"], "International Criminal Court");
    // Canonical values, as --json gives them, not labels that change with a vocabulary update.
    assert_eq!(icc["sectors"], "justice");
    assert_eq!(icc["countries"], "NL");
    assert_eq!(icc["attack_types"], "intrusion");
    assert_eq!(icc["cves"], "CVE-2023-1234");
    assert_eq!(icc["note"], ICC_NOTE, "newlines, quotes and commas survive");
    for title in FORMULA_TITLES {
        assert_eq!(by_id(title)["title"], format!("'{title}"));
    }
    let hospital = by_id(FORMULA_TITLES[0]);
    assert_eq!(hospital["published"], "", "unknown date stays empty");
    assert_eq!(hospital["targets"], "Hôpital de Rennes, \"CHU\"");
    assert_eq!(hospital["countries"], "FR");
    assert_eq!(by_id(FORMULA_TITLES[1])["note"], "'=1+1");
    assert_eq!(
        by_id(FORMULA_TITLES[2])["actors"],
        "APT28",
        "alias resolved"
    );
    // A `|` inside a value must not split it into two list items.
    assert_eq!(by_id(MARKDOWN_TITLE)["actors"].split('|').count(), 1);
}

#[test]
fn csv_for_french_spreadsheets_has_semicolons_and_a_bom() {
    let (home, _) = sample();
    let plain = export(&home, &["--format", "csv"]);
    let french = export(&home, &["--format", "csv", "--delimiter", ";", "--bom"]);
    let body = french
        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
        .expect("a UTF-8 BOM first");
    assert!(!plain.starts_with(b"\xEF\xBB\xBF"));
    assert!(body.starts_with(b"id;published;lang;"));
    assert_eq!(csv_rows(body, b';'), csv_rows(&plain, b','));
    let bad = home.veille(&["export", "--format", "csv", "--delimiter", "ab"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn json_is_the_list_shape_plus_summary_note_and_cves() {
    let (home, _) = sample();
    let exported = export_json(&home, &["--format", "json"]);
    let listed: serde_json::Value =
        serde_json::from_slice(&home.veille(&["list", "--json"]).stdout).unwrap();
    let exported = exported.as_array().unwrap();
    assert_eq!(exported.len(), listed.as_array().unwrap().len());
    for (e, l) in exported.iter().zip(listed.as_array().unwrap()) {
        for (key, value) in l.as_object().unwrap() {
            assert_eq!(&e[key], value, "{key}");
        }
        assert!(e["summary"].is_string());
    }
    let icc = exported.iter().find(|e| e["title"] == ICC_TITLE).unwrap();
    assert_eq!(icc["note"], ICC_NOTE);
    assert_eq!(icc["cves"], serde_json::json!(["CVE-2023-1234"]));
    assert!(
        icc["summary"]
            .as_str()
            .unwrap()
            .contains("intrusion ; la faille")
    );
    assert!(exported.iter().any(|e| e["note"].is_null()));
}

#[test]
fn filters_choose_what_is_exported_and_o_writes_a_file() {
    let (home, _) = sample();
    let only = export_json(&home, &["--format", "json", "--attack", "ransomware"]);
    let titles: Vec<&str> = only
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, [FORMULA_TITLES[0]]);
    let file = home.dir.path().join("digest.md");
    let out = home.veille(&[
        "export",
        "--format",
        "markdown",
        "--untagged",
        "-o",
        file.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("digest.md"));
    let md = std::fs::read_to_string(&file).unwrap();
    assert!(md.contains("Un article sans étiquette"));
    assert!(!md.contains("Cour pénale"));
}

#[test]
fn markdown_groups_by_attack_type_and_escapes_feed_text() {
    let (home, _) = sample();
    let md = String::from_utf8(export(&home, &["--format", "markdown"])).unwrap();
    // `md`, the file's extension, is what a user types first: it was a usage error.
    assert_eq!(export(&home, &["--format", "md"]), md.as_bytes());
    let vocab = Vocabulary::bundled().unwrap();
    let intrusion = vocab.attack_type("intrusion").unwrap();
    let heading = match intrusion.fr == intrusion.en {
        true => format!("## {}\n", intrusion.en),
        false => format!("## {} ({})\n", intrusion.en, intrusion.fr),
    };
    let ransomware = vocab.attack_type("ransomware").unwrap();
    assert!(
        md.contains(&format!("## {} ({})\n", ransomware.en, ransomware.fr)),
        "{md}"
    );
    let at = |needle: &str| {
        md.find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in\n{md}"))
    };
    let other = at("## Other");
    assert!(
        at(&heading) < at("Cour pénale internationale") && at("Cour pénale internationale") < other
    );
    assert!(
        at("Un article sans étiquette") > other,
        "untagged articles come under Other"
    );
    assert!(at("### 2023-09-19") < at("Cour pénale internationale"));
    assert!(
        md.contains("](<https://veille.example/icc?a=1&b=(2)>)"),
        "linked:\n{md}"
    );
    assert!(md.contains("Actors: APT28"));
    assert!(
        md.contains("*Note:* À suivre, \"urgent\" / Voir l'avis de l'ANSSI; CERT-FR"),
        "{md}"
    );
    assert!(
        !md.contains("[click](javascript"),
        "a title made a link:\n{md}"
    );
    assert!(!md.contains("<script>"), "a title made HTML:\n{md}");
    assert!(!md.contains("**gras**"), "a title made emphasis:\n{md}");
}

/// The French digest said « Acteurs : unattributed », the stored value, where the reader says
/// « non attribué »: it now says the label, and the English digest keeps `unattributed`.
#[test]
fn a_french_digest_says_non_attribue_for_an_unattributed_article() {
    let (home, ids) = sample();
    // The article with no tag: said unattributed, it takes no named group off (a HashMap's first
    // value was the ICC article half the time, whose APT28 the near miss below needs).
    let id = ids["Un article sans étiquette"].0.to_string();
    assert!(
        home.veille(&["tag", &id, "--actor", "inconnu"])
            .status
            .success()
    );
    let out = support::home::veille_in_env(
        home.path(),
        &["export", "--format", "markdown", "--actor", "unattributed"],
        &[("LANG", "fr_FR.UTF-8")],
    );
    let fr = String::from_utf8(out.stdout).unwrap();
    assert!(fr.contains("Acteurs\u{a0}: non attribué"), "{fr}");
    assert!(!fr.contains("unattributed"), "{fr}");
    // Near miss: a named group keeps its name in French, and English says the stored value.
    let named = support::home::veille_in_env(
        home.path(),
        &["export", "--format", "markdown", "--actor", "APT28"],
        &[("LANG", "fr_FR.UTF-8")],
    );
    assert!(String::from_utf8_lossy(&named.stdout).contains("Acteurs\u{a0}: APT28"));
    let en = String::from_utf8(export(
        &home,
        &["--format", "markdown", "--actor", "unattributed"],
    ))
    .unwrap();
    assert!(en.contains("Actors: unattributed"), "{en}");
}

/// A French team's weekly digest was French in its headings' parentheses only: "Actors:",
/// "Targets: Netherlands", "Other", "2 sources: …". With the French interface the digest's own
/// words, the attack types and the target labels are French, with French typography.
#[test]
fn markdown_is_french_with_the_french_interface() {
    let (home, _) = sample();
    let out = support::home::veille_in_env(
        home.path(),
        &["export", "--format", "markdown"],
        &[("LANG", "fr_FR.UTF-8")],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let md = String::from_utf8(out.stdout).unwrap();
    let vocab = Vocabulary::bundled().unwrap();
    let ransomware = vocab.attack_type("ransomware").unwrap();
    assert!(md.starts_with("# Veille sécurité\n"), "{md}");
    assert!(md.contains(&format!("## {}\n", ransomware.fr)), "{md}");
    assert!(!md.contains(&format!("{} (", ransomware.en)), "{md}");
    assert!(md.contains("## Autres\n"), "{md}");
    assert!(md.contains("Acteurs\u{a0}: APT28"), "{md}");
    assert!(
        md.contains("Cour pénale internationale") && md.contains("Pays-Bas"),
        "{md}"
    );
    assert!(md.contains("*Note\u{a0}:* À suivre"), "{md}");
    assert!(!md.contains("Actors") && !md.contains("Targets"), "{md}");
    // English stays as it was: scripts read its headings.
    let en = String::from_utf8(export(&home, &["--format", "markdown"])).unwrap();
    assert!(
        en.starts_with("# Security news digest / Veille sécurité\n"),
        "{en}"
    );
}

/// Feed text that GitHub-style renderers would turn into links by themselves (GFM's extended
/// autolinks: `www.` hosts, http(s) and ftp URLs, e-mail addresses, `mailto:` and `xmpp:`).
const AUTOLINK_BAIT: [&str; 4] = [
    "Patch now: https://evil.example/payload and www.evil.example",
    "Write to ceo@evil.example, mailto:ceo@evil.example or xmpp:bot@evil.example",
    "FTP ftp://evil.example/x, HTTPS://EVIL.EXAMPLE/Y, (www.evil.example) *www.evil.example*",
    "x_www.evil.example ~https://evil.example~ [www.evil.example] 1.www.evil.example",
];

/// The Markdown digest read as GitHub reads it (comrak, a port of cmark-gfm, with the GFM
/// extensions on): the only links are the articles' own, and the bait still reads as written.
#[test]
fn markdown_links_only_the_articles_own_urls() {
    use comrak::nodes::NodeValue;
    let home = Home::new();
    let mut store = Store::open(&home.db()).unwrap();
    let feed = source(
        "www.evil-feed.example",
        "https://feeds.example/bait.xml",
        None,
    );
    let articles: Vec<NewArticle> = AUTOLINK_BAIT
        .iter()
        .enumerate()
        .map(|(i, title)| NewArticle {
            url: Some(format!("https://news.example/{i}")),
            ..new_article(&format!("bait{i}"), title, title, Some(date(2023, 9, 10)))
        })
        .collect();
    store_update(&mut store, &feed, articles);
    let ids: Vec<ArticleId> = store
        .list(&Default::default(), None)
        .unwrap()
        .iter()
        .map(|a| a.id)
        .collect();
    store
        .add_tag(ids[0], Facet::Actor, "www.actor.example", Provenance::User)
        .unwrap();
    store
        .add_tag(
            ids[0],
            Facet::Target,
            "admin@target.example",
            Provenance::User,
        )
        .unwrap();
    store
        .set_note(ids[0], Some("see https://evil.example/note"))
        .unwrap();
    drop(store);
    let out = home.veille(&["export", "--format", "markdown"]);
    assert!(out.status.success(), "{}", support::home::stderr(&out));
    let md = String::from_utf8(out.stdout).unwrap();

    let mut options = comrak::Options::default();
    let gfm = &mut options.extension;
    (gfm.autolink, gfm.strikethrough, gfm.table) = (true, true, true);
    (gfm.tasklist, gfm.footnotes) = (true, true);
    let arena = comrak::Arena::new();
    let root = comrak::parse_document(&arena, &md, &options);
    let mut links = Vec::new();
    let mut text = String::new();
    for node in root.descendants() {
        match &node.data.borrow().value {
            NodeValue::Link(link) => links.push(link.url.clone()),
            NodeValue::Text(t) => text.push_str(t),
            NodeValue::Image(_) | NodeValue::HtmlInline(_) | NodeValue::HtmlBlock(_) => {
                panic!("an image or HTML in the digest:\n{md}")
            }
            _ => {}
        }
    }
    links.sort();
    let expected: Vec<String> = (0..AUTOLINK_BAIT.len())
        .map(|i| format!("https://news.example/{i}"))
        .collect();
    assert_eq!(links, expected, "links other than the articles' own:\n{md}");
    for bait in AUTOLINK_BAIT {
        assert!(
            text.contains(bait),
            "{bait:?} does not read as written:\n{md}"
        );
    }
    for shown in [
        "www.evil-feed.example",
        "www.actor.example",
        "admin@target.example",
        "see https://evil.example/note",
    ] {
        assert!(
            text.contains(shown),
            "{shown:?} does not read as written:\n{md}"
        );
    }
}

/// Every `*_ref` and `*_refs` value inside `value`.
fn references(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                if key.ends_with("_ref") {
                    out.push(v.as_str().unwrap().to_string());
                } else if key.ends_with("_refs") {
                    out.extend(
                        v.as_array()
                            .unwrap()
                            .iter()
                            .map(|r| r.as_str().unwrap().to_string()),
                    );
                } else {
                    references(v, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| references(v, out)),
        _ => {}
    }
}

/// A STIX bundle's objects by id.
fn by_id(bundle: &Value) -> HashMap<String, Value> {
    bundle["objects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o["id"].as_str().unwrap().to_string(), o.clone()))
        .collect()
}

/// The report of the article titled `title` and the objects it refers to.
fn report_of(bundle: &Value, title: &str) -> (Value, Vec<Value>) {
    let objects = by_id(bundle);
    let report = objects
        .values()
        .find(|o| o["type"] == "report" && o["name"] == title)
        .unwrap_or_else(|| panic!("no report {title:?}"))
        .clone();
    let refs = report["object_refs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| objects[r.as_str().unwrap()].clone())
        .collect();
    (report, refs)
}

fn of_type<'a>(objects: &'a [Value], kind: &str) -> Vec<&'a Value> {
    objects.iter().filter(|o| o["type"] == kind).collect()
}

/// OpenCTI's ids of the TLP markings (`../shared/data/opencti/tlp-marking-ids.json`).
fn opencti_marking(label: &str) -> String {
    let path = Path::new(DATA).join("opencti/tlp-marking-ids.json");
    let ids: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    ids["markings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["definition"] == label)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Tags `title` through the command line, as an analyst would.
fn tag_cli(home: &Home, ids: &HashMap<String, ArticleId>, title: &str, args: &[&str]) {
    let id = ids[title].to_string();
    let mut all = vec!["tag", id.as_str()];
    all.extend_from_slice(args);
    let out = home.veille(&all);
    assert!(out.status.success(), "{}", support::home::stderr(&out));
}

#[test]
fn stix_bundle_is_deterministic_and_its_references_resolve() {
    let (home, ids) = sample();
    add_fixture_feeds(&home);
    // Levels of both shapes (TLP 1.0 objects, OpenCTI's AMBER+STRICT) reach the checks of .ci/run.
    tag_cli(&home, &ids, ICC_TITLE, &["--tlp", "amber+strict"]);
    tag_cli(&home, &ids, FORMULA_TITLES[0], &["--tlp", "red"]);
    let first = export(&home, &["--format", "stix"]);
    let second = export(&home, &["--format", "stix"]);
    assert_eq!(first, second, "two exports of the same data differ");
    // `.ci/run` checks this file with the OASIS validator, the stix2 library and MISP's importer.
    std::fs::write(target_file("stix-sample.json"), &first).unwrap();

    let bundle: Value = serde_json::from_slice(&first).unwrap();
    assert_eq!(bundle["type"], "bundle");
    let objects = bundle["objects"].as_array().unwrap();
    let ids: HashSet<&str> = objects.iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), objects.len(), "duplicate ids");
    let mut refs = Vec::new();
    references(&bundle, &mut refs);
    for r in &refs {
        assert!(ids.contains(r.as_str()), "dangling reference {r}");
    }
    let reports = of_type(objects, "report");
    let stored = Store::open(&home.db()).unwrap().article_count().unwrap();
    assert_eq!(reports.len() as u64, stored);
    let opencti_sectors =
        std::fs::read_to_string(Path::new(DATA).join("opencti/sectors.json")).unwrap();
    for object in objects {
        let id = object["id"].as_str().unwrap();
        let uuid = id.split_once("--").unwrap().1;
        // veille's own ids are UUIDv5; TLP markings and sectors carry OpenCTI's fixed ids.
        let fixed = object["type"] == "marking-definition" || opencti_sectors.contains(id);
        assert!(fixed || &uuid[14..15] == "5", "{id} is not a UUIDv5");
        if let Some(created) = object["created"].as_str() {
            assert!(created <= object["modified"].as_str().unwrap_or(created));
        }
    }

    let (icc, referenced) = report_of(&bundle, ICC_TITLE);
    assert_eq!(icc["lang"], "fr");
    assert_eq!(
        icc["external_references"][0]["external_id"],
        "https://veille.example/icc?a=1&b=(2)"
    );
    let vocab = Vocabulary::bundled().unwrap();
    let apt28 = vocab.actor("APT28").unwrap();
    let group = of_type(&referenced, "intrusion-set");
    assert_eq!(group.len(), 1);
    assert_eq!(group[0]["name"], "APT28");
    assert!(group[0]["aliases"].as_array().unwrap().iter().any(|a| {
        a.as_str()
            .is_some_and(|a| a.eq_ignore_ascii_case("Fancy Bear"))
    }));
    assert_eq!(
        group[0]["external_references"][0]["external_id"].as_str(),
        apt28.attack_id.as_deref()
    );
    let classes: Vec<&str> = of_type(&referenced, "identity")
        .iter()
        .map(|i| i["identity_class"].as_str().unwrap())
        .collect();
    assert_eq!(classes.iter().filter(|c| **c == "class").count(), 1);
    assert_eq!(classes.iter().filter(|c| **c == "organization").count(), 1);
    assert!(
        of_type(&referenced, "location")
            .iter()
            .any(|l| l["country"] == "NL")
    );
    // The attack type as the ATT&CK techniques the vocabulary maps it to, by id.
    let mut techniques: Vec<&str> = of_type(&referenced, "attack-pattern")
        .iter()
        .map(|p| {
            assert_eq!(p["external_references"][0]["source_name"], "mitre-attack");
            assert_eq!(p["external_references"][0]["external_id"], p["x_mitre_id"]);
            p["x_mitre_id"].as_str().unwrap()
        })
        .collect();
    techniques.sort_unstable();
    assert_eq!(
        techniques,
        vocab.attack_type("intrusion").unwrap().attack_ids
    );
    assert_eq!(
        of_type(&referenced, "vulnerability")[0]["external_references"][0]["source_name"],
        "cve"
    );
    let relationships: Vec<&str> = of_type(&referenced, "relationship")
        .iter()
        .map(|r| r["relationship_type"].as_str().unwrap())
        .collect();
    assert!(
        relationships.contains(&"targets") && relationships.contains(&"uses"),
        "{relationships:?}"
    );
    let note = of_type(&referenced, "note");
    assert_eq!(note[0]["content"], ICC_NOTE);
    assert_eq!(note[0]["object_refs"], serde_json::json!([icc["id"]]));
}

#[test]
fn stix_for_opencti_has_an_author_a_tlp_labels_and_confidence_on_everything() {
    let (home, ids) = sample();
    home.write_config("[export]\norganisation = \"CERT Exemple\"\ntlp = \"green\"\n");
    tag_cli(&home, &ids, FORMULA_TITLES[0], &["--tlp", "amber+strict"]);
    tag_cli(&home, &ids, FORMULA_TITLES[0], &["--actor", "APT28"]);
    let bundle = export_json(&home, &["--format", "stix"]);
    let objects = bundle["objects"].as_array().unwrap();
    let by = by_id(&bundle);

    let author = objects
        .iter()
        .find(|o| o["type"] == "identity" && o["name"] == "CERT Exemple")
        .expect("the configured organisation is the author");
    assert_eq!(author["identity_class"], "organization");
    let green = opencti_marking("TLP:GREEN");
    let strict = opencti_marking("TLP:AMBER+STRICT");
    for o in objects {
        if o["type"] == "marking-definition" {
            continue;
        }
        if o["id"] != author["id"] {
            assert_eq!(o["created_by_ref"], author["id"], "{}", o["id"]);
        }
        let markings = o["object_marking_refs"].as_array().unwrap();
        assert_eq!(markings.len(), 1, "{}", o["id"]);
        assert_eq!(
            by[markings[0].as_str().unwrap()]["type"],
            "marking-definition"
        );
    }
    // AMBER+STRICT, which TLP 1.0 lacks: OpenCTI's id carrying the TLP 2.0 definition.
    let marking = &by[&strict];
    assert_eq!(marking["name"], "TLP:AMBER+STRICT");
    let extension =
        &marking["extensions"]["extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"];
    assert_eq!(extension["tlp_2_0"], "amber+strict");

    let (hospital, hospital_refs) = report_of(&bundle, FORMULA_TITLES[0]);
    assert_eq!(hospital["object_marking_refs"], serde_json::json!([strict]));
    let (icc, icc_refs) = report_of(&bundle, ICC_TITLE);
    assert_eq!(icc["object_marking_refs"], serde_json::json!([green]));
    // A victim only the AMBER+STRICT article names stays AMBER+STRICT; APT28, which a GREEN article
    // names too, is GREEN.
    let chu = of_type(&hospital_refs, "identity")[0];
    assert_eq!(chu["object_marking_refs"], serde_json::json!([strict]));
    assert_eq!(
        of_type(&icc_refs, "intrusion-set")[0]["object_marking_refs"],
        serde_json::json!([green])
    );
    for r in of_type(&hospital_refs, "relationship") {
        assert_eq!(r["object_marking_refs"], serde_json::json!([strict]));
    }

    let labels: Vec<&str> = icc["labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    for label in [
        "APT28",
        "International Criminal Court",
        "Netherlands",
        "Intrusion",
    ] {
        assert!(labels.contains(&label), "{label} not in {labels:?}");
    }
    assert_eq!(icc["confidence"], 85, "tags typed by the analyst");
    for r in of_type(&icc_refs, "relationship") {
        assert_eq!(r["confidence"], 85);
    }
    // The sector as OpenCTI names it, under OpenCTI's id, so an import merges with its own.
    let sector = of_type(&icc_refs, "identity")
        .into_iter()
        .find(|i| i["identity_class"] == "class")
        .unwrap();
    assert_eq!(sector["name"], "Judicial power (justice)");
    let opencti = std::fs::read_to_string(Path::new(DATA).join("opencti/sectors.json")).unwrap();
    assert!(opencti.contains(sector["id"].as_str().unwrap()));
}

#[test]
fn stix_default_author_is_the_user_and_suggestions_lower_the_confidence() {
    let (home, ids) = sample();
    let mut store = Store::open(&home.db()).unwrap();
    store
        .add_tag(
            ids[MARKDOWN_TITLE],
            Facet::Attack,
            "phishing",
            Provenance::Suggestion,
        )
        .unwrap();
    drop(store);
    let out = home
        .command(&["export", "--format", "stix"])
        .env("USER", "jdupont")
        .output()
        .unwrap();
    assert!(out.status.success());
    let bundle: Value = serde_json::from_slice(&out.stdout).unwrap();
    let author = &bundle["objects"][0];
    assert_eq!(
        (author["name"].as_str(), author["identity_class"].as_str()),
        (Some("jdupont"), Some("individual"))
    );
    let (report, refs) = report_of(&bundle, MARKDOWN_TITLE);
    assert_eq!(
        report["confidence"], 50,
        "an accepted suggestion is less sure than a typed tag"
    );
    let uses = of_type(&refs, "relationship");
    assert!(!uses.is_empty() && uses.iter().all(|r| r["confidence"] == 50));
    assert_eq!(
        report["object_marking_refs"],
        serde_json::json!([opencti_marking("TLP:CLEAR")]),
        "TLP:CLEAR by default"
    );
}

#[test]
fn stix_relationships_come_from_one_article_s_tags_and_unattributed_is_no_group() {
    let (home, ids) = sample();
    tag_cli(
        &home,
        &ids,
        FORMULA_TITLES[1],
        &["--actor", "inconnu", "--attack", "wiper", "--target", "FR"],
    );
    let bundle = export_json(&home, &["--format", "stix"]);
    let objects = bundle["objects"].as_array().unwrap();
    let relationships = of_type(objects, "relationship");
    assert!(!relationships.is_empty());
    for r in &relationships {
        assert_ne!(
            r["relationship_type"], "originates-from",
            "a vocabulary fact, not the article's"
        );
        // Inside exactly one report, with both ends.
        let holders: Vec<&Value> = of_type(objects, "report")
            .into_iter()
            .filter(|rep| rep["object_refs"].as_array().unwrap().contains(&r["id"]))
            .collect();
        assert_eq!(holders.len(), 1, "{}", r["id"]);
        let refs = holders[0]["object_refs"].as_array().unwrap();
        assert!(refs.contains(&r["source_ref"]) && refs.contains(&r["target_ref"]));
    }
    for group in ["threat-actor", "intrusion-set"] {
        for o in of_type(objects, group) {
            let name = o["name"].as_str().unwrap().to_lowercase();
            assert!(
                !["inconnu", "unknown", "unattributed"].contains(&name.as_str()),
                "{name} as a {group}"
            );
        }
    }
    let (report, refs) = report_of(&bundle, FORMULA_TITLES[1]);
    assert!(
        report["labels"]
            .as_array()
            .unwrap()
            .contains(&Value::from("unattributed"))
    );
    // Without a group, the techniques target the victim.
    let rels = of_type(&refs, "relationship");
    assert!(!rels.is_empty());
    for r in rels {
        assert_eq!(r["relationship_type"], "targets");
        assert!(
            r["source_ref"]
                .as_str()
                .unwrap()
                .starts_with("attack-pattern--")
        );
        assert!(r["target_ref"].as_str().unwrap().starts_with("location--"));
    }
}

/// The events of a `--format misp` export, whatever its shape.
fn misp_events(document: &Value) -> Vec<Value> {
    match document {
        Value::Array(events) => events.clone(),
        one => vec![one.clone()],
    }
}

fn event_titled<'a>(events: &'a [Value], title: &str) -> &'a Value {
    &events
        .iter()
        .find(|e| e["Event"]["info"] == title)
        .unwrap_or_else(|| panic!("no event {title:?}"))["Event"]
}

fn tag_names(event: &Value) -> Vec<String> {
    event["Tag"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap().to_string())
        .collect()
}

/// The uuid of the cluster `value` in the shared galaxy file `galaxy`.
fn cluster_uuid(galaxy: &str, value: &str) -> String {
    let path = Path::new(DATA).join(format!("misp-galaxy/{galaxy}.json"));
    let clusters: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    clusters["values"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["value"] == value)
        .unwrap_or_else(|| panic!("no {value} in {galaxy}"))["uuid"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn misp_export_is_one_event_per_article_as_misp_writes_it() {
    let (home, ids) = sample();
    tag_cli(
        &home,
        &ids,
        FORMULA_TITLES[2],
        &["--actor", "LockBit", "--tlp", "amber"],
    );
    tag_cli(&home, &ids, FORMULA_TITLES[1], &["--actor", "unknown"]);
    // The undated article is filed at its fetch time (today): left out here, so the dates are known.
    let document = export_json(&home, &["--format", "misp", "--until", "2024-01-01"]);
    let events = misp_events(&document);
    assert!(
        document.is_array(),
        "several articles: a JSON array of events"
    );
    assert_eq!(events.len(), ids.len() - 1);
    let uuids: HashSet<&str> = events
        .iter()
        .map(|e| e["Event"]["uuid"].as_str().unwrap())
        .collect();
    assert_eq!(uuids.len(), events.len());
    for e in &events {
        let e = &e["Event"];
        for key in [
            "info",
            "date",
            "threat_level_id",
            "analysis",
            "distribution",
            "uuid",
            "timestamp",
        ] {
            assert!(e[key].is_string(), "{key} missing");
        }
        assert!(e["timestamp"].as_str().unwrap().parse::<i64>().unwrap() > 1_600_000_000);
        assert!(e["Orgc"]["name"].is_string() && e["Orgc"]["uuid"].is_string());
        assert!(
            tag_names(e).iter().all(|t| !t.starts_with("veille:")),
            "private tags"
        );
        let report = &e["Object"][0];
        assert_eq!(report["name"], "report");
        assert_eq!(
            report["template_uuid"],
            "70a68471-df22-4e3f-aa1a-5a3be19f82df"
        );
    }

    let icc = event_titled(&events, ICC_TITLE);
    assert_eq!(icc["date"], "2023-09-19");
    let attributes = icc["Attribute"].as_array().unwrap();
    assert!(attributes.iter().all(|a| a["to_ids"] == false));
    let has = |kind: &str, value: &str| {
        attributes
            .iter()
            .any(|a| a["type"] == kind && a["value"] == value)
    };
    assert!(has("threat-actor", "APT28"));
    assert!(has("target-org", "International Criminal Court"));
    assert!(has("target-location", &label(Kind::Country, "NL")));
    assert!(has("vulnerability", "CVE-2023-1234"));
    assert!(
        has("comment", &ICC_NOTE.replace('\n', " "))
            || attributes.iter().any(|a| a["type"] == "comment")
    );
    let report: HashMap<&str, &str> = icc["Object"][0]["Attribute"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["object_relation"].as_str().unwrap(),
                a["value"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(report["title"], ICC_TITLE);
    assert_eq!(report["link"], "https://veille.example/icc?a=1&b=(2)");
    let tags = tag_names(icc);
    for tag in [
        "tlp:clear",
        "misp-galaxy:threat-actor=\"APT28\"",
        "misp-galaxy:mitre-intrusion-set=\"APT28 - G0007\"",
        "misp-galaxy:sector=\"Justice\"",
        "misp-galaxy:target-information=\"Netherlands\"",
        "misp-galaxy:mitre-attack-pattern=\"Valid Accounts - T1078\"",
        "rsit:intrusions=\"system-compromise\"",
        "estimative-language:confidence-in-analytic-judgment=\"high\"",
    ] {
        assert!(tags.iter().any(|t| t == tag), "{tag} not in {tags:?}");
    }
    // The Galaxy block names each cluster by its own UUID.
    let clusters: Vec<(&str, &str)> = icc["Galaxy"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|g| g["GalaxyCluster"].as_array().unwrap())
        .map(|c| (c["value"].as_str().unwrap(), c["uuid"].as_str().unwrap()))
        .collect();
    let apt28 = cluster_uuid("threat-actor", "APT28");
    assert!(
        clusters.contains(&("APT28", apt28.as_str())),
        "{clusters:?}"
    );

    // A ransomware brand is a cluster of the ransomware galaxy, not a dangling threat-actor tag.
    let lockbit = event_titled(&events, FORMULA_TITLES[2]);
    let tags = tag_names(lockbit);
    assert!(
        tags.iter()
            .any(|t| t == "misp-galaxy:ransomware=\"LockBit\""),
        "{tags:?}"
    );
    assert!(
        !tags
            .iter()
            .any(|t| t == "misp-galaxy:threat-actor=\"LockBit\"")
    );
    assert!(
        tags.iter().any(|t| t == "tlp:amber"),
        "the article's own TLP"
    );
    // "No attribution" is said, and is no group.
    let unknown = event_titled(&events, FORMULA_TITLES[1]);
    assert!(tag_names(unknown).iter().any(|t| t == "unattributed"));
    assert!(
        !unknown["Attribute"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["type"] == "threat-actor")
    );

    // One article: the single event MISP's "add event from JSON" takes.
    let one = export_json(&home, &["--format", "misp", "--attack", "ransomware"]);
    assert_eq!(one["Event"]["info"], FORMULA_TITLES[0]);
    // The old flag still works and changes nothing: every event is per article now.
    let flagged = export_json(
        &home,
        &[
            "--format",
            "misp",
            "--misp-per-article",
            "--until",
            "2024-01-01",
        ],
    );
    assert_eq!(flagged, document);
}

#[test]
fn misp_samples_for_the_python_checks() {
    // `.ci/run` loads these with PyMISP and checks the export's events against the feed's files.
    let (home, ids) = sample();
    add_fixture_feeds(&home);
    tag_cli(&home, &ids, ICC_TITLE, &["--tlp", "amber+strict"]);
    std::fs::write(
        target_file("misp-sample.json"),
        export(&home, &["--format", "misp"]),
    )
    .unwrap();
    let feed = target_file("misp-feed-sample");
    let _ = std::fs::remove_dir_all(&feed);
    export(
        &home,
        &["--format", "misp-feed", "-o", feed.to_str().unwrap()],
    );
    assert!(feed.join("manifest.json").exists());
}

/// Every file of a directory with its bytes.
fn snapshot(dir: &Path) -> HashMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let e = e.unwrap();
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn misp_feed_is_a_directory_misp_subscribes_to_updated_in_place() {
    let (home, ids) = sample();
    let dir = home.dir.path().join("feed");
    let feed = |args: &[&str]| {
        let mut all = vec![
            "export",
            "--format",
            "misp-feed",
            "-o",
            dir.to_str().unwrap(),
        ];
        all.extend_from_slice(args);
        let out = home.veille(&all);
        assert!(out.status.success(), "{}", support::home::stderr(&out));
        support::home::stderr(&out)
    };
    let said = feed(&["--attack", "ransomware"]);
    assert!(
        said.contains("1 new, 0 updated, 0 unchanged events (1 in the feed)"),
        "{said}"
    );
    let said = feed(&[]);
    let n = ids.len();
    assert!(
        said.contains(&format!(
            "{} new, 0 updated, 1 unchanged events ({n} in the feed)",
            n - 1
        )),
        "{said}"
    );

    let files = snapshot(&dir);
    let manifest: Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
    let manifest = manifest.as_object().unwrap();
    assert_eq!(manifest.len(), n);
    let mut hash_lines = 0;
    for (uuid, entry) in manifest {
        let event: Value = serde_json::from_slice(&files[&format!("{uuid}.json")]).unwrap();
        let e = &event["Event"];
        assert_eq!(&e["uuid"], uuid);
        assert_eq!(entry["info"], e["info"]);
        assert_eq!(
            entry["timestamp"].as_i64().unwrap().to_string(),
            e["timestamp"].as_str().unwrap()
        );
        assert_eq!(entry["Orgc"], e["Orgc"]);
        // The feed shape: what PyMISP's to_feed() writes, no distribution and no Galaxy block.
        assert!(e.get("distribution").is_none() && e.get("Galaxy").is_none());
        hash_lines += e["Attribute"].as_array().map_or(0, Vec::len)
            + e["Object"][0]["Attribute"].as_array().unwrap().len();
    }
    assert_eq!(
        files.len(),
        n + 2,
        "one file per event, manifest.json, hashes.csv"
    );
    let hashes = String::from_utf8(files["hashes.csv"].clone()).unwrap();
    assert_eq!(hashes.lines().count(), hash_lines);
    let icc_uuid = manifest
        .iter()
        .find(|(_, m)| m["info"] == ICC_TITLE)
        .unwrap()
        .0;
    // md5("APT28"), as PyMISP's feed generator computes it.
    assert!(hashes.contains(&format!("466b1115072b30c50782a9670d233806,{icc_uuid}\n")));

    // Nothing changed: nothing is rewritten.
    let said = feed(&[]);
    assert!(
        said.contains(&format!("0 new, 0 updated, {n} unchanged")),
        "{said}"
    );
    assert_eq!(snapshot(&dir), files);

    // One article changes: only its event is rewritten, with a newer timestamp.
    tag_cli(&home, &ids, ICC_TITLE, &["--attack", "espionage"]);
    let said = feed(&["--feed", "Zataz, « le blog »"]);
    assert!(
        said.contains(&format!("0 new, 1 updated, {} unchanged", n - 1)),
        "{said}"
    );
    let after = snapshot(&dir);
    for (name, bytes) in &files {
        let changed = after[name] != *bytes;
        // A tag is no attribute: hashes.csv stays as it was.
        let expected = [format!("{icc_uuid}.json"), "manifest.json".into()];
        assert_eq!(changed, expected.contains(name), "{name}");
    }
    let manifest_after: Value = serde_json::from_slice(&after["manifest.json"]).unwrap();
    assert!(
        manifest_after[icc_uuid]["timestamp"].as_i64()
            > manifest[icc_uuid.as_str()]["timestamp"].as_i64()
    );
    let event: Value = serde_json::from_slice(&after[&format!("{icc_uuid}.json")]).unwrap();
    assert!(
        tag_names(&event["Event"])
            .iter()
            .any(|t| t.starts_with("rsit:information-content-security"))
    );
    assert!(
        !after.keys().any(|k| k.ends_with(".tmp")),
        "no temporary file left"
    );
}

#[test]
fn misp_feed_refuses_a_directory_that_is_not_a_feed_and_needs_one() {
    let (home, _) = sample();
    let dir = home.dir.path().join("documents");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("rapport.txt"), "à garder").unwrap();
    let out = home.veille(&[
        "export",
        "--format",
        "misp-feed",
        "-o",
        dir.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = support::home::stderr(&out);
    assert!(
        err.contains("not a MISP feed") && err.contains("documents"),
        "{err}"
    );
    assert_eq!(
        snapshot(&dir).len(),
        1,
        "nothing written beside the user's file"
    );

    let broken = home.dir.path().join("broken");
    std::fs::create_dir(&broken).unwrap();
    std::fs::write(broken.join("manifest.json"), "{\"not\": ").unwrap();
    let out = home.veille(&[
        "export",
        "--format",
        "misp-feed",
        "-o",
        broken.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(support::home::stderr(&out).contains("manifest.json"));
    assert_eq!(
        snapshot(&broken).len(),
        1,
        "a broken feed is left as it was"
    );

    let out = home.veille(&["export", "--format", "misp-feed"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a feed is a directory: -o DIR is needed"
    );
}

#[test]
fn tlp_is_set_per_article_and_checked() {
    let (home, ids) = sample();
    let id = ids[ICC_TITLE].to_string();
    let out = home.veille(&["tag", &id, "--tlp", "TLP:AMBER"]);
    assert_eq!(support::home::stdout(&out).trim(), "tlp TLP:AMBER");
    let article = Store::open(&home.db())
        .unwrap()
        .article(ids[ICC_TITLE])
        .unwrap()
        .unwrap();
    assert_eq!(article.tlp, Some(Tlp::Amber));
    let out = home.veille(&["tag", &id, "--tlp", "default"]);
    assert_eq!(
        support::home::stdout(&out).trim(),
        "tlp default (TLP:CLEAR)"
    );
    let article = Store::open(&home.db())
        .unwrap()
        .article(ids[ICC_TITLE])
        .unwrap()
        .unwrap();
    assert_eq!(article.tlp, None);
    let out = home.veille(&["tag", &id, "--tlp", "purple"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(support::home::stderr(&out).contains("not a TLP level"));
    home.write_config("[export]\ntlp = \"purple\"\n");
    let out = home.veille(&["export", "--format", "stix"]);
    assert_eq!(out.status.code(), Some(1));
    let err = support::home::stderr(&out);
    assert!(
        err.contains("config.toml:2") && err.contains("not a TLP level"),
        "{err}"
    );
}

/// A group the vocabulary lacks, accepted as the text names it (a new actor suggestion, « le
/// groupe cybercriminel « The Green Blood » »), is still a valid group in both exports: a STIX
/// threat actor of unknown type (no intrusion set: nothing says it is a known set) that targets
/// the victim, and a MISP threat-actor attribute with no galaxy cluster.
#[test]
fn a_group_the_vocabulary_lacks_exports_as_a_threat_actor_without_a_cluster() {
    let (home, ids) = sample();
    tag_cli(
        &home,
        &ids,
        FORMULA_TITLES[2],
        &["--actor", "The Green Blood"],
    );
    let bundle = export_json(&home, &["--format", "stix"]);
    let (_, refs) = report_of(&bundle, FORMULA_TITLES[2]);
    let actor = refs
        .iter()
        .find(|o| o["name"] == "The Green Blood")
        .unwrap_or_else(|| panic!("no group in {refs:?}"));
    assert_eq!(actor["type"], "threat-actor");
    assert_eq!(actor["threat_actor_types"], serde_json::json!(["unknown"]));
    assert!(actor["id"].as_str().unwrap().starts_with("threat-actor--"));
    let document = export_json(&home, &["--format", "misp"]);
    let events = misp_events(&document);
    let event = event_titled(&events, FORMULA_TITLES[2]);
    assert!(
        event["Attribute"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["type"] == "threat-actor" && a["value"] == "The Green Blood")
    );
    assert!(
        tag_names(event).iter().all(|t| !t.contains("Green Blood")),
        "no galaxy cluster for a group no galaxy holds"
    );
}

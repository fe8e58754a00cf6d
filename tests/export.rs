//! Exports as their readers see them: every format parsed back with an independent reader (the csv
//! crate, serde_json), on hostile hand-made articles and on real French and English feed fixtures.
mod support;

use chrono::{DateTime, TimeZone, Utc};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Output;
use veille::feed::fetch::Validators;
use veille::feed::normalize::normalize;
use veille::feed::parse::parse_feed;
use veille::model::{ArticleId, Facet, FeedSource, Lang, NewArticle};
use veille::store::{FeedUpdate, Provenance, Store};
use veille::tagging::{Kind, Suggester, Vocabulary};

const FEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/feeds");

const ICC_TITLE: &str = "Les cybercriminels frappent la Cour pénale internationale, « encore »";
const ICC_NOTE: &str = "À suivre, \"urgent\"\nVoir l'avis de l'ANSSI; CERT-FR";
const FORMULA_TITLES: [&str; 3] = [
    "=HYPERLINK(\"http://evil.example\",\"clic\")",
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd, \"quoted\" title",
];
const MARKDOWN_TITLE: &str = "[click](javascript:alert(1)) <script>x</script> **gras**";

/// A scratch database with tricky hand-made articles (and, on demand, real fixture feeds), tagged.
struct Home {
    dir: tempfile::TempDir,
    /// Hand-made articles by title.
    ids: HashMap<String, ArticleId>,
}

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

impl Home {
    fn new() -> Home {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("veille.db")).unwrap();
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
        Home { dir, ids }
    }

    /// Adds real feed fixtures, tagged with what the suggester finds (as "accept all" would).
    fn with_fixture_feeds(self) -> Home {
        let mut store = Store::open(&self.db()).unwrap();
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
        self
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("veille.db")
    }

    fn veille(&self, args: &[&str]) -> Output {
        support::home::veille_in(self.dir.path(), args)
    }

    /// `veille export ARGS` on stdout; fails the test on a non-zero exit.
    fn export(&self, args: &[&str]) -> Vec<u8> {
        let mut all = vec!["export"];
        all.extend_from_slice(args);
        let out = self.veille(&all);
        assert!(
            out.status.success(),
            "{all:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out.stdout
    }

    fn export_json(&self, args: &[&str]) -> serde_json::Value {
        serde_json::from_slice(&self.export(args)).unwrap()
    }
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
    let home = Home::new();
    let bytes = home.export(&["--format", "csv"]);
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
            "note"
        ]
    );
    let rows = csv_rows(&bytes, b',');
    assert_eq!(rows.len(), home.ids.len());
    for row in &rows {
        for (column, cell) in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{column} = {cell:?} would run as a formula"
            );
        }
    }
    let by_id = |title: &str| {
        let id = home.ids[title].to_string();
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
    assert_eq!(icc["sectors"], label(Kind::Sector, "justice"));
    assert_eq!(icc["countries"], "NL");
    assert_eq!(icc["attack_types"], label(Kind::Attack, "intrusion"));
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
    let home = Home::new();
    let plain = home.export(&["--format", "csv"]);
    let french = home.export(&["--format", "csv", "--delimiter", ";", "--bom"]);
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
    let home = Home::new();
    let exported = home.export_json(&["--format", "json"]);
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
    let home = Home::new();
    let only = home.export_json(&["--format", "json", "--attack", "ransomware"]);
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
    let home = Home::new();
    let md = String::from_utf8(home.export(&["--format", "markdown"])).unwrap();
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
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("veille.db")).unwrap();
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
    let out = support::home::veille_in(dir.path(), &["export", "--format", "markdown"]);
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
fn references(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
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
        serde_json::Value::Array(items) => items.iter().for_each(|v| references(v, out)),
        _ => {}
    }
}

#[test]
fn stix_bundle_is_deterministic_and_its_references_resolve() {
    let home = Home::new().with_fixture_feeds();
    let first = home.export(&["--format", "stix"]);
    let second = home.export(&["--format", "stix"]);
    assert_eq!(first, second, "two exports of the same data differ");
    // `.ci/run` validates this file with the OASIS validator.
    let sample = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../stix-sample.json");
    std::fs::write(&sample, &first).unwrap();

    let bundle: serde_json::Value = serde_json::from_slice(&first).unwrap();
    assert_eq!(bundle["type"], "bundle");
    let objects = bundle["objects"].as_array().unwrap();
    let ids: HashSet<&str> = objects.iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), objects.len(), "duplicate ids");
    let mut refs = Vec::new();
    references(&bundle, &mut refs);
    for r in &refs {
        assert!(ids.contains(r.as_str()), "dangling reference {r}");
    }
    let reports: Vec<&serde_json::Value> =
        objects.iter().filter(|o| o["type"] == "report").collect();
    let stored = Store::open(&home.db()).unwrap().article_count().unwrap();
    assert_eq!(reports.len() as u64, stored);
    for object in objects {
        let id = object["id"].as_str().unwrap();
        let uuid = id.split_once("--").unwrap().1;
        assert_eq!(&uuid[14..15], "5", "{id} is not a UUIDv5");
        assert!(object["created"].as_str().unwrap() <= object["modified"].as_str().unwrap());
    }

    let get = |id: &str| objects.iter().find(|o| o["id"] == id).unwrap();
    let icc = reports.iter().find(|r| r["name"] == ICC_TITLE).unwrap();
    assert_eq!(icc["lang"], "fr");
    assert_eq!(
        icc["external_references"][0]["url"],
        "https://veille.example/icc?a=1&b=(2)"
    );
    let referenced: Vec<&serde_json::Value> = icc["object_refs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| get(r.as_str().unwrap()))
        .collect();
    let of_type = |t: &str| {
        referenced
            .iter()
            .filter(move |o| o["type"] == t)
            .collect::<Vec<_>>()
    };
    let vocab = Vocabulary::bundled().unwrap();
    let apt28 = vocab.actor("APT28").unwrap();
    let group = of_type("intrusion-set");
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
    let classes: Vec<&str> = of_type("identity")
        .iter()
        .map(|i| i["identity_class"].as_str().unwrap())
        .collect();
    assert_eq!(classes.iter().filter(|c| **c == "class").count(), 1);
    assert_eq!(classes.iter().filter(|c| **c == "organization").count(), 1);
    assert!(of_type("location").iter().any(|l| l["country"] == "NL"));
    let pattern = of_type("attack-pattern");
    let techniques: Vec<&str> = pattern[0]["external_references"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["external_id"].as_str().unwrap())
        .collect();
    assert_eq!(
        techniques,
        vocab.attack_type("intrusion").unwrap().attack_ids
    );
    assert_eq!(
        of_type("vulnerability")[0]["external_references"][0]["source_name"],
        "cve"
    );
    let relationships: Vec<&str> = of_type("relationship")
        .iter()
        .map(|r| r["relationship_type"].as_str().unwrap())
        .collect();
    assert!(
        relationships.contains(&"targets") && relationships.contains(&"uses"),
        "{relationships:?}"
    );
    let note = objects.iter().find(|o| o["type"] == "note").unwrap();
    assert_eq!(note["content"], ICC_NOTE);
    assert_eq!(note["object_refs"][0], icc["id"]);
}

#[test]
fn misp_event_lists_attributes_and_galaxy_tags() {
    let home = Home::new();
    // The undated article is filed at its fetch time (today): left out here, so the date is known.
    let event = home.export_json(&["--format", "misp", "--until", "2024-01-01"]);
    let e = &event["Event"];
    for key in [
        "info",
        "date",
        "threat_level_id",
        "analysis",
        "distribution",
        "uuid",
    ] {
        assert!(e[key].is_string(), "{key} missing");
    }
    assert_eq!(e["date"], "2023-09-19");
    let attributes = e["Attribute"].as_array().unwrap();
    assert!(attributes.iter().all(|a| a["to_ids"] == false));
    let has = |kind: &str, value: &str| {
        attributes
            .iter()
            .any(|a| a["type"] == kind && a["value"] == value)
    };
    assert!(has("link", "https://veille.example/icc?a=1&b=(2)"));
    assert!(has("threat-actor", "APT28"));
    assert!(has("target-org", "International Criminal Court"));
    assert!(has("target-location", &label(Kind::Country, "NL")));
    assert!(has("vulnerability", "CVE-2023-1234"));
    let categories: HashMap<&str, &str> = attributes
        .iter()
        .map(|a| (a["type"].as_str().unwrap(), a["category"].as_str().unwrap()))
        .collect();
    assert_eq!(categories["threat-actor"], "Attribution");
    assert_eq!(categories["target-org"], "Targeting data");
    let tags: Vec<&str> = e["Tag"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    for tag in [
        "tlp:clear",
        "misp-galaxy:threat-actor=\"APT28\"",
        "misp-galaxy:sector=\"Justice\"",
    ] {
        assert!(tags.contains(&tag), "{tag} not in {tags:?}");
    }

    let per_article = home.export_json(&["--format", "misp", "--misp-per-article"]);
    let events = per_article["response"].as_array().unwrap();
    assert_eq!(events.len(), home.ids.len());
    let uuids: HashSet<&str> = events
        .iter()
        .map(|e| e["Event"]["uuid"].as_str().unwrap())
        .collect();
    assert_eq!(uuids.len(), events.len());
    let icc = events
        .iter()
        .find(|e| e["Event"]["info"] == ICC_TITLE)
        .unwrap();
    assert!(
        icc["Event"]["Attribute"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["type"] == "comment")
    );
    assert_eq!(
        per_article,
        home.export_json(&["--format", "misp", "--misp-per-article"])
    );
}

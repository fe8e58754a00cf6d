//! `veille tag` and `veille suggest` through the real binary, on real feed fixtures served over
//! loopback: aliases resolved, ambiguity refused, removal, the suggestion JSON shape, and a tag
//! visible to another connection as soon as the command returns.
mod support;

use serde_json::Value;
use std::path::PathBuf;
use std::process::Output;
use support::TestServer;
use support::home::{stderr, stdout};

struct Home {
    dir: tempfile::TempDir,
    _server: TestServer,
}

impl Home {
    /// A home subscribed to the BleepingComputer fixture, fetched once.
    fn fetched() -> Home {
        let server = TestServer::start();
        let dir = tempfile::tempdir().unwrap();
        let config = format!(
            "[retention]\nmax_age_days = 0\n\n[[feeds]]\nname = \"BleepingComputer\"\nurl = {:?}\nlang = \"en\"\n",
            server.feed_url("en/bleepingcomputer_feed_2025-07-24.xml")
        );
        std::fs::write(dir.path().join("config.toml"), config).unwrap();
        let home = Home {
            dir,
            _server: server,
        };
        let out = home.veille(&["fetch"]);
        assert!(out.status.success(), "{}", stderr(&out));
        home
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("veille.db")
    }

    fn veille(&self, args: &[&str]) -> Output {
        support::home::veille_in(self.dir.path(), args)
    }

    fn list(&self, args: &[&str]) -> Vec<Value> {
        let mut all = vec!["list", "--json"];
        all.extend_from_slice(args);
        let out = self.veille(&all);
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_slice(&out.stdout).unwrap()
    }

    /// The id of the article whose title contains `words`.
    fn id_of(&self, words: &str) -> String {
        self.list(&[])
            .iter()
            .find(|a| a["title"].as_str().unwrap_or("").contains(words))
            .map(|a| a["id"].to_string())
            .unwrap_or_else(|| panic!("no article titled {words:?}"))
    }
}

const STORY: &str = "BlackSuit ransomware extortion sites seized";

#[test]
fn aliases_resolve_to_canonical_names_and_filters_find_them() {
    let home = Home::fetched();
    let id = home.id_of(STORY);
    let out = home.veille(&[
        "tag",
        &id,
        "--actor",
        "Fancy Bear",
        "--target",
        "CPI",
        "--attack",
        "rancongiciel",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.contains("added actor APT28"), "{said}");
    assert!(
        said.contains("added target International Criminal Court"),
        "{said}"
    );
    assert!(said.contains("added attack ransomware"), "{said}");

    let tagged = home.list(&["--actor", "Fancy Bear"]);
    assert_eq!(
        tagged.len(),
        1,
        "the alias filter finds the APT28-tagged story"
    );
    assert_eq!(tagged[0]["id"].to_string(), id);
    assert_eq!(tagged[0]["tags"]["actor"], serde_json::json!(["APT28"]));
    assert_eq!(
        tagged[0]["tags"]["target"],
        serde_json::json!(["International Criminal Court"])
    );
    assert_eq!(home.list(&["--target", "ICC"]).len(), 1);
    assert_eq!(home.list(&["--actor", "Lazarus"]).len(), 0);

    // Tagging again changes nothing and says so.
    let again = home.veille(&["tag", &id, "--actor", "apt28"]);
    assert!(
        stdout(&again).contains("already there: actor APT28"),
        "{}",
        stdout(&again)
    );
}

#[test]
fn an_ambiguous_alias_is_refused_with_its_candidates_and_nothing_is_applied() {
    let home = Home::fetched();
    let id = home.id_of(STORY);
    let out = home.veille(&["tag", &id, "--attack", "ransomware", "--actor", "Snake"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("ambiguous actor"), "{err}");
    assert!(err.contains("Turla") && err.contains("Snake"), "{err}");
    assert_eq!(home.list(&["--tagged"]).len(), 0, "nothing applied");
}

#[test]
fn an_unknown_value_is_kept_as_typed_and_remove_takes_it_off() {
    let home = Home::fetched();
    let id = home.id_of(STORY);
    let out = home.veille(&["tag", &id, "--target", "Operation Checkmate victims"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let listed = home.list(&["--tagged"]);
    assert_eq!(
        listed[0]["tags"]["target"],
        serde_json::json!(["Operation Checkmate victims"])
    );
    let out = home.veille(&[
        "tag",
        &id,
        "--remove",
        "--target",
        "operation checkmate VICTIMS",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("removed target"), "{}", stdout(&out));
    assert_eq!(home.list(&["--tagged"]).len(), 0);
    let out = home.veille(&["tag", &id, "--remove", "--actor", "APT28"]);
    assert!(
        stdout(&out).contains("not there: actor APT28"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn tag_without_values_is_bad_usage_and_a_missing_article_fails() {
    let home = Home::fetched();
    assert_eq!(home.veille(&["tag", "1"]).status.code(), Some(2));
    let out = home.veille(&["tag", "99999", "--actor", "APT28"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("99999"), "{}", stderr(&out));
}

#[test]
fn suggest_json_has_the_six_facets_with_canonical_values() {
    let home = Home::fetched();
    let id = home.id_of(STORY);
    let out = home.veille(&["suggest", &id, "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        ["actor", "attack", "country", "cve", "sector", "target"]
    );
    for key in keys {
        assert!(
            v[key].as_array().unwrap().iter().all(Value::is_string),
            "{key}"
        );
    }
    let attacks = v["attack"].as_array().unwrap();
    assert!(attacks.contains(&Value::from("ransomware")), "{v}");
    // Readable form: the value and why.
    let out = home.veille(&["suggest", &id]);
    let text = stdout(&out);
    assert!(
        text.lines()
            .any(|l| l.starts_with("attack") && l.contains("ransomware") && l.contains("title")),
        "{text}"
    );
    // Suggesting applies nothing.
    assert_eq!(home.list(&["--tagged"]).len(), 0);
}

#[test]
fn a_tag_is_committed_when_the_command_returns() {
    let home = Home::fetched();
    let id = home.id_of(STORY);
    let out = home.veille(&["tag", &id, "--attack", "ddos"]);
    assert!(out.status.success(), "{}", stderr(&out));
    // Another connection, opened right after, sees it: no buffered state in a dead process.
    let conn = rusqlite::Connection::open(home.db()).unwrap();
    let (value, provenance): (String, String) = conn
        .query_row(
            "SELECT value, provenance FROM tags WHERE article_id = ?1 AND facet = 'attack'",
            [id.parse::<i64>().unwrap()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((value.as_str(), provenance.as_str()), ("ddos", "user"));
}

#[test]
fn a_taxonomy_file_beside_the_config_extends_the_vocabulary() {
    let home = Home::fetched();
    let id = home.id_of(STORY);
    let user = "[[actor]]\nname = \"Groupe Maison\"\naliases = [\"GM-1\"]\n";
    std::fs::write(home.dir.path().join("taxonomy.toml"), user).unwrap();
    let out = home.veille(&["tag", &id, "--actor", "gm-1"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        home.list(&["--actor", "GM-1"])[0]["tags"]["actor"],
        serde_json::json!(["Groupe Maison"])
    );

    // A mistake in it is reported with the file and the entry, before anything runs.
    let bad = "[[organisation]]\nname = \"Mairie de Test\"\nsector = \"nowhere\"\n";
    std::fs::write(home.dir.path().join("taxonomy.toml"), bad).unwrap();
    let out = home.veille(&["list"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("taxonomy.toml") && err.contains("Mairie de Test"),
        "{err}"
    );
}

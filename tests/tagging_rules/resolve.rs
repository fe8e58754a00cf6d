//! Resolution and completion for the tag prompts, in French and English.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use veille::model::Facet;
use veille::tagging::{Kind, MatchRank, Resolution, Vocabulary};

fn canonical(r: Resolution) -> (String, Kind) {
    match r {
        Resolution::Canonical(c) => (c.value, c.kind),
        other => panic!("expected one canonical value, got {other:?}"),
    }
}

#[test]
fn aliases_resolve_in_both_languages_without_accents() {
    let v = Vocabulary::bundled().unwrap();
    let cases = [
        (
            Facet::Target,
            "CPI",
            "International Criminal Court",
            Kind::Organisation,
        ),
        (
            Facet::Target,
            "icc",
            "International Criminal Court",
            Kind::Organisation,
        ),
        (
            Facet::Target,
            "cour penale internationale",
            "International Criminal Court",
            Kind::Organisation,
        ),
        (Facet::Target, "ONU", "United Nations", Kind::Organisation),
        (Facet::Target, "OTAN", "NATO", Kind::Organisation),
        (Facet::Target, "santé", "health", Kind::Sector),
        (Facet::Target, "Pays-Bas", "NL", Kind::Country),
        (Facet::Actor, "Fancy Bear", "APT28", Kind::Actor),
        (Facet::Actor, "fancy bear", "APT28", Kind::Actor),
        (Facet::Actor, "BlackCat", "ALPHV", Kind::Actor),
        (Facet::Attack, "rancongiciel", "ransomware", Kind::Attack),
        (Facet::Attack, "déni de service", "ddos", Kind::Attack),
        (Facet::Attack, "deni de service", "ddos", Kind::Attack),
        (Facet::Attack, "Rançongiciel", "ransomware", Kind::Attack),
        (
            Facet::Attack,
            "déni de service distribué",
            "ddos",
            Kind::Attack,
        ),
        (Facet::Attack, "hameçonnage", "phishing", Kind::Attack),
        (Facet::Attack, "filoutage", "phishing", Kind::Attack),
        (Facet::Attack, "FOVI", "bec-fraud", Kind::Attack),
        (
            Facet::Attack,
            "jour zero",
            "vuln-exploitation",
            Kind::Attack,
        ),
    ];
    for (facet, typed, value, kind) in cases {
        assert_eq!(
            canonical(v.resolve(facet, typed, &[])),
            (value.to_string(), kind),
            "{typed}"
        );
    }
}

#[test]
fn a_facet_only_looks_in_its_own_lists() {
    let v = Vocabulary::bundled().unwrap();
    // "ransomware" is an attack type, not an actor: in the actor prompt it is a new value.
    assert_eq!(
        v.resolve(Facet::Actor, "ransomware", &[]),
        Resolution::New("ransomware".into())
    );
}

#[test]
fn a_shared_alias_is_ambiguous_never_silently_one() {
    let v = Vocabulary::bundled().unwrap();
    // "Snake" names both Turla and the Snake ransomware.
    match v.resolve(Facet::Actor, "snake", &[]) {
        Resolution::Ambiguous(c) => {
            let names: Vec<&str> = c.iter().map(|c| c.value.as_str()).collect();
            assert!(
                names.contains(&"Turla") && names.contains(&"Snake"),
                "{names:?}"
            );
        }
        other => panic!("expected ambiguity, got {other:?}"),
    }
}

#[test]
fn unknown_values_are_new_unless_already_used() {
    let v = Vocabulary::bundled().unwrap();
    assert_eq!(
        v.resolve(Facet::Target, "  Mairie de Trifouilly ", &[]),
        Resolution::New("Mairie de Trifouilly".into())
    );
    let used = vec!["Mairie de Trifouilly".to_string()];
    let (value, kind) = canonical(v.resolve(Facet::Target, "mairie de trifouilly", &used));
    assert_eq!((value.as_str(), kind), ("Mairie de Trifouilly", Kind::Used));
}

#[test]
fn completion_ranks_exact_then_prefix_then_word_then_subsequence() {
    let v = Vocabulary::bundled().unwrap();
    let c = v.complete(Facet::Target, "CPI", &[], 5);
    assert_eq!(c[0].value, "International Criminal Court");
    assert_eq!(c[0].rank, MatchRank::Exact);

    let c = v.complete(Facet::Attack, "ranc", &[], 5);
    assert_eq!(c[0].value, "ransomware");
    assert_eq!(c[0].rank, MatchRank::Prefix);

    let c = v.complete(Facet::Actor, "bear", &[], 50);
    assert!(
        c.iter()
            .any(|c| c.value == "APT28" && c.rank == MatchRank::WordPrefix),
        "{c:?}"
    );

    let c = v.complete(Facet::Attack, "rnsmw", &[], 5);
    assert_eq!(
        c.first().map(|c| (c.value.as_str(), c.rank)),
        Some(("ransomware", MatchRank::Subsequence))
    );

    let ranks: Vec<MatchRank> = v
        .complete(Facet::Actor, "apt2", &[], 20)
        .iter()
        .map(|c| c.rank)
        .collect();
    assert!(
        ranks.windows(2).all(|w| w[0] <= w[1]),
        "not sorted by rank: {ranks:?}"
    );
}

#[test]
fn completion_offers_used_values_once_and_respects_the_limit() {
    let v = Vocabulary::bundled().unwrap();
    let used = vec![
        "Mairie de Trifouilly".to_string(),
        "International Criminal Court".to_string(),
    ];
    let c = v.complete(Facet::Target, "trif", &used, 10);
    assert_eq!(
        (c[0].value.as_str(), c[0].kind),
        ("Mairie de Trifouilly", Kind::Used)
    );
    assert_eq!(
        c.iter()
            .filter(|c| c.value == "Mairie de Trifouilly")
            .count(),
        1
    );
    let icc = v.complete(Facet::Target, "international criminal", &used, 10);
    assert_eq!(
        icc.iter()
            .filter(|c| c.value == "International Criminal Court")
            .count(),
        1
    );
    assert_eq!(v.complete(Facet::Actor, "a", &[], 7).len(), 7);
}

#[test]
fn unknown_resolves_to_the_unattributed_actor_in_both_languages() {
    let v = Vocabulary::bundled().unwrap();
    for typed in [
        "unknown",
        "Unknown",
        "inconnu",
        "non attribué",
        "non attribue",
        "unattributed",
    ] {
        assert_eq!(
            canonical(v.resolve(Facet::Actor, typed, &[])),
            ("unattributed".to_owned(), Kind::Actor),
            "{typed}"
        );
    }
    let actor = v.actor("unattributed").unwrap();
    assert!(actor.unattributed && actor.fr.as_deref() == Some("non attribué"));
    assert_eq!(
        v.label(Kind::Actor, "unattributed", veille::model::Lang::Fr)
            .as_deref(),
        Some("non attribué")
    );
    // An exact alias beats a name that merely starts with what was typed.
    let first = v.complete(Facet::Actor, "unknown", &[], 6);
    assert_eq!(first[0].value, "unattributed", "{first:?}");
    assert_eq!(first[0].rank, MatchRank::Exact);
    assert!(first.iter().any(|c| c.value != "unattributed"), "{first:?}");
    let group = v.complete(Facet::Actor, "unknown-g", &[], 6);
    assert_ne!(group[0].value, "unattributed", "{group:?}");
    // Only an actor: "inconnu" in a target or attack prompt is not it.
    assert!(matches!(
        v.resolve(Facet::Target, "inconnu", &[]),
        Resolution::New(_)
    ));
}

#[test]
fn an_alias_mitre_gives_for_one_group_resolves_to_it() {
    // Issue 10: "Sandworm and Midnight Blizzard refused as ambiguous; Salt Typhoon suggested as GhostEmperor".
    let v = Vocabulary::bundled().unwrap();
    for (typed, want) in [
        ("Sandworm", "Sandworm Team"),
        ("sandworm team", "Sandworm Team"),
        ("Midnight Blizzard", "APT29"),
        ("Nobelium", "APT29"),
        ("NOBELIUM", "APT29"),
        ("Salt Typhoon", "Salt Typhoon"),
        ("Lockbit", "LockBit"),
        ("LOCKBIT 3.0", "LockBit"),
        ("NoName", "NoName057(16)"),
    ] {
        assert_eq!(
            canonical(v.resolve(Facet::Actor, typed, &[])),
            (want.to_string(), Kind::Actor),
            "{typed}"
        );
    }
    assert!(
        v.actor("GhostEmperor").is_some(),
        "GhostEmperor stays a group of its own"
    );
}

/// A group's name as the press spaces it resolves as the suggester reads it (eighth gold split: «
/// Black Matter », « SPACE BEARS », « Fallaga Team »); a group no list holds stays as typed.
#[test]
fn a_group_name_spaced_the_press_s_way_resolves_to_the_group() {
    let v = Vocabulary::bundled().unwrap();
    for (typed, want) in [
        ("Black Matter", "DarkSide"),
        ("SPACE BEARS", "SpaceBears"),
        ("Fallaga Team", "Rebel Jackal"),
        ("Shiny Hunters", "ShinyHunters"),
        // A letter O for a zero (stories gold, fr), and a name with an o before its digits.
        ("NonameO57(16)", "NoName057(16)"),
        ("Crypto 24", "Crypto24"),
    ] {
        assert_eq!(
            canonical(v.resolve(Facet::Actor, typed, &[])),
            (want.to_string(), Kind::Actor),
            "{typed}"
        );
    }
    assert_eq!(
        v.resolve(Facet::Actor, "The Green Blood", &[]),
        Resolution::New("The Green Blood".to_string())
    );
    // Only groups: a target typed with spaces is not squashed into another name.
    assert!(matches!(
        v.resolve(Facet::Target, "Black Matter", &[]),
        Resolution::New(_)
    ));
}

/// Issue 10 item 6: "the same rules in `veille tag`, the prompts and `suggest`". The real binary
/// tags a stored article by the names the press uses; the prompt's completion offers the group.
#[test]
fn veille_tag_and_the_prompt_take_the_names_the_press_writes() {
    use veille::model::{FeedSource, NewArticle};
    use veille::store::{FeedUpdate, Store};
    let dir = tempfile::tempdir().unwrap();
    let (db, config) = (dir.path().join("veille.db"), dir.path().join("config.toml"));
    let url = "http://127.0.0.1:9/feed.xml";
    std::fs::write(
        &config,
        format!("[[feeds]]\nname = \"Press\"\nurl = {url:?}\nlang = \"fr\"\n"),
    )
    .unwrap();
    {
        let mut store = Store::open(&db).unwrap();
        let feeds = store
            .sync_feeds(&[FeedSource {
                name: "Press".into(),
                url: url.into(),
                lang: None,
                full_text: false,
            }])
            .unwrap();
        let article = NewArticle {
            dedup_key: "1".into(),
            title: "Le groupe Sandworm vise le réseau électrique".into(),
            url: None,
            author: None,
            published: None,
            summary: Some("Lockbit et Midnight Blizzard aussi.".into()),
            content_html: None,
            lang: None,
            text: None,
        };
        let update = FeedUpdate {
            title: None,
            validators: Default::default(),
            articles: vec![article],
        };
        store.record_fetch(feeds[0].id, &update).unwrap();
    }
    let veille = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_veille"))
            // English whatever the machine speaks (the command line follows the locale).
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .args(args)
            .env("VEILLE_CONFIG", &config)
            .env("VEILLE_DB", &db)
            .env("HOME", dir.path())
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("XDG_DATA_HOME")
            .output()
            .unwrap()
    };
    let id = {
        let out = veille(&["list", "--json"]);
        let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        list[0]["id"].to_string()
    };
    let out = veille(&[
        "tag",
        &id,
        "--actor",
        "Sandworm",
        "--actor",
        "lockbit",
        "--actor",
        "MIDNIGHT BLIZZARD",
    ]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = veille(&["list", "--json", "--actor", "nobelium"]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut actors: Vec<&str> = list[0]["tags"]["actor"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    actors.sort();
    assert_eq!(actors, ["APT29", "LockBit", "Sandworm Team"], "{said}");
    // `suggest` reads the same names from the text.
    let out = veille(&["suggest", &id, "--json"]);
    let s: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for want in ["Sandworm Team", "LockBit", "APT29"] {
        assert!(
            s["actor"].as_array().unwrap().iter().any(|v| v == want),
            "{want} in {s}"
        );
    }
    // The reader's prompt completes the group from what the press writes.
    let v = Vocabulary::bundled().unwrap();
    for (typed, want) in [
        ("sandworm", "Sandworm Team"),
        ("lockb", "LockBit"),
        ("midnight bl", "APT29"),
    ] {
        let offered = v.complete(Facet::Actor, typed, &[], 6);
        assert_eq!(
            offered.first().map(|c| c.value.as_str()),
            Some(want),
            "{typed}: {offered:?}"
        );
    }
}

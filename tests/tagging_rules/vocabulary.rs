//! The bundled vocabulary files parse, hold what the issue asks for, and merge a user file.
#![allow(clippy::unwrap_used)] // a failed unwrap fails the test, loudly (Cargo.toml [lints])
use std::collections::HashSet;
use veille::tagging::{TaggingError, Vocabulary};

#[test]
fn bundled_files_parse_with_unique_ids() {
    let v = Vocabulary::bundled().unwrap();
    let unique = |ids: Vec<&str>, what: &str| {
        let set: HashSet<&str> = ids.iter().copied().collect();
        assert_eq!(set.len(), ids.len(), "duplicate {what} ids");
    };
    unique(
        v.attack_types().iter().map(|a| a.id.as_str()).collect(),
        "attack",
    );
    unique(
        v.sectors().iter().map(|s| s.id.as_str()).collect(),
        "sector",
    );
    unique(
        v.organisations().iter().map(|o| o.name.as_str()).collect(),
        "organisation",
    );
    unique(
        v.countries().iter().map(|c| c.code.as_str()).collect(),
        "country",
    );
    unique(
        v.actors().iter().map(|a| a.name.as_str()).collect(),
        "actor",
    );
    assert!((20..=30).contains(&v.attack_types().len()));
    assert!((20..=30).contains(&v.sectors().len()));
    assert!(v.countries().len() > 190);
    assert!(v.actors().len() > 1000);
}

/// The galaxy glued one Sri Lanka synonym to a note ("…; Tamil: இலங்கை") and left a space after
/// French Polynesia's: a country name is matched as written, so neither could ever be found.
#[test]
fn country_names_are_names_without_notes_or_stray_spaces() {
    let v = Vocabulary::bundled().unwrap();
    for c in v.countries() {
        for name in c.synonyms.iter().chain([&c.en, &c.fr]) {
            assert!(
                !name.contains(';') && !name.contains(": "),
                "{}: {name:?}",
                c.code
            );
            assert_eq!(name.trim(), name, "{}: {name:?}", c.code);
        }
    }
    let lk = v.countries().iter().find(|c| c.code == "LK").unwrap();
    assert!(
        lk.synonyms.iter().any(|s| s == "இலங்கை"),
        "{:?}",
        lk.synonyms
    );
}

#[test]
fn every_attack_type_has_french_and_english_labels() {
    let v = Vocabulary::bundled().unwrap();
    for a in v.attack_types() {
        assert!(
            !a.en.trim().is_empty() && !a.fr.trim().is_empty(),
            "{} lacks a label",
            a.id
        );
        assert!(!a.synonyms.is_empty(), "{} has no synonyms", a.id);
    }
    let ransomware = v.attack_type("ransomware").unwrap();
    assert_eq!(ransomware.fr, "Rançongiciel");
    assert!(ransomware.attack_ids.contains(&"T1486".to_string()));
    let ddos = v.attack_type("ddos").unwrap();
    assert_eq!(ddos.attack_ids, ["T1498", "T1499"]);
}

#[test]
fn actors_carry_galaxy_ids_and_ransomware_brands_exist() {
    let v = Vocabulary::bundled().unwrap();
    let apt28 = v.actor("APT28").unwrap();
    assert_eq!(apt28.attack_id.as_deref(), Some("G0007"));
    assert_eq!(apt28.country.as_deref(), Some("RU"));
    assert!(apt28.uuid.is_some());
    assert!(
        apt28
            .aliases
            .iter()
            .any(|a| a.eq_ignore_ascii_case("Fancy Bear"))
    );
    for brand in [
        "LockBit",
        "ALPHV",
        "Cl0p",
        "Akira",
        "Play",
        "Medusa",
        "Black Basta",
        "RansomHub",
        "Qilin",
    ] {
        assert!(v.actor(brand).is_some(), "missing brand {brand}");
    }
    assert!(
        v.actor("Play").unwrap().context,
        "Play is a common word and needs context"
    );
    let fr = v.country("FR").unwrap();
    assert_eq!((fr.en.as_str(), fr.fr.as_str()), ("France", "France"));
    assert_eq!(v.country("DE").unwrap().fr, "Allemagne");
}

#[test]
fn a_user_file_extends_and_adds_entries() {
    let user = r#"
        [[attack]]
        id = "ransomware"
        en = "Ransomware"
        fr = "Rançongiciel"
        synonyms = ["crypto-extorsion"]

        [[actor]]
        name = "Groupe Maison"
        aliases = ["GM-1"]
    "#;
    let v = Vocabulary::with_user(user).unwrap();
    assert!(
        v.attack_type("ransomware")
            .unwrap()
            .synonyms
            .iter()
            .any(|s| s == "crypto-extorsion")
    );
    assert!(
        v.attack_type("ransomware").unwrap().synonyms.len() > 2,
        "bundled synonyms are kept"
    );
    assert_eq!(v.actor("Groupe Maison").unwrap().aliases, ["GM-1"]);
}

#[test]
fn user_file_errors_name_the_file_and_entry() {
    let bad_syntax = Vocabulary::with_user("[[actor]\nname = 1").unwrap_err();
    assert!(matches!(bad_syntax, TaggingError::Parse { .. }));
    assert!(bad_syntax.to_string().contains("user vocabulary"));
    let unknown_sector = r#"
        [[organisation]]
        name = "Mairie de Test"
        sector = "nowhere"
    "#;
    let err = Vocabulary::with_user(unknown_sector)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("Mairie de Test") && err.contains("nowhere"),
        "{err}"
    );
    let path = std::path::Path::new("/nonexistent/veille-vocab.toml");
    let err = Vocabulary::with_user_file(path).unwrap_err().to_string();
    assert!(err.contains("/nonexistent/veille-vocab.toml"), "{err}");
}

//! Suggestions from article text: word boundaries, case rules for common-word names, CVE ids,
//! evidence, and the `veille suggest --json` shape.
use veille::tagging::{Field, Suggester, Suggestions, Vocabulary, extract_cves};

fn suggester() -> Suggester {
    Suggester::new(&Vocabulary::bundled().unwrap()).unwrap()
}

fn values(list: &[veille::tagging::Suggestion]) -> Vec<&str> {
    list.iter().map(|s| s.value.as_str()).collect()
}

#[test]
fn play_inside_other_words_is_not_an_actor() {
    let s = suggester();
    let text = "The display driver crashed on the PlayStation; gameplay resumed after a replay.";
    assert!(s.suggest("Playstation outage", text).actor.is_empty());
    let hit = s.suggest("Play ransomware gang claims attack on city", "");
    assert_eq!(values(&hit.actor), ["Play"]);
}

#[test]
fn common_word_gang_names_need_a_context_word() {
    let s = suggester();
    let myth = s.suggest(
        "Medusa, the Gorgon of Greek myth",
        "Perseus cut off Medusa's head.",
    );
    assert!(myth.actor.is_empty(), "{:?}", myth.actor);
    let gang = s.suggest("Medusa ransomware hits a hospital", "");
    assert_eq!(values(&gang.actor), ["Medusa"]);
    let fr = s.suggest("Le groupe Medusa revendique l'attaque", "");
    assert_eq!(values(&fr.actor), ["Medusa"]);
}

#[test]
fn aliases_become_canonical_actors_with_evidence() {
    let s = suggester();
    let r = s.suggest(
        "Report",
        "Researchers tied the campaign to Fancy Bear and to Octo Tempest.",
    );
    assert_eq!(values(&r.actor), ["APT28", "Scattered Spider"]);
    let e = &r.actor[0].evidence;
    assert_eq!((e.field, e.term.as_str()), (Field::Text, "Fancy Bear"));
    let text = "Researchers tied the campaign to Fancy Bear and to Octo Tempest.";
    assert_eq!(&text[e.start..e.end], "Fancy Bear");
}

#[test]
fn french_article_gets_target_sector_country_and_attack() {
    let s = suggester();
    let r = s.suggest(
        "Les cybercriminels frappent la Cour pénale internationale",
        "La CPI a détecté une compromission de son système d'information ; une fuite de données n'est pas exclue.",
    );
    assert_eq!(values(&r.target), ["International Criminal Court"]);
    assert!(values(&r.sector).contains(&"justice"));
    assert_eq!(values(&r.country), ["NL"]);
    assert_eq!(values(&r.attack), ["intrusion", "data-breach"]);
    let r = s.suggest("Un hôpital paralysé par un RANÇONGICIEL", "");
    assert_eq!(values(&r.attack), ["ransomware"]);
    assert_eq!(values(&r.sector), ["health"]);
}

#[test]
fn acronyms_match_only_as_written() {
    let s = suggester();
    // "un" is the French article, not the United Nations.
    let r = s.suggest("Un pirate vise un ministère", "");
    assert!(!values(&r.target).contains(&"United Nations"));
    let r = s.suggest("L'ONU visée par une attaque", "");
    assert_eq!(values(&r.target), ["United Nations"]);
}

#[test]
fn cve_ids_are_normalised_and_deduplicated() {
    assert_eq!(
        extract_cves(
            "Fix for cve-2024-3400 and CVE-2024-3400, see CVE -2025-0282 and CVE-2021-44228."
        ),
        ["CVE-2024-3400", "CVE-2025-0282", "CVE-2021-44228"]
    );
    assert!(extract_cves("CVE-24-1234, CVE-2024-123, XCVE-2024-12345, CVE-2024-12345a").is_empty());
    let r = suggester().suggest(
        "Patch CVE-2023-4966 now",
        "Citrix Bleed (cve-2023-4966) is exploited.",
    );
    assert_eq!(values(&r.cve), ["CVE-2023-4966"]);
    assert_eq!(r.cve[0].evidence.field, Field::Title);
}

#[test]
fn nothing_is_suggested_for_unrelated_text() {
    let s = suggester();
    let r = s.suggest(
        "Recette de la tarte aux pommes",
        "Préchauffer le four, étaler la pâte, cuire 30 minutes.",
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn json_has_exactly_the_cli_shape_with_canonical_values() {
    let r = suggester().suggest(
        "LockBit ransomware hits NATO supplier, CVE-2024-1709 exploited",
        "",
    );
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json.as_object().unwrap().len(), 6);
    let text = serde_json::to_string(&r).unwrap();
    let order = ["actor", "target", "attack", "sector", "country", "cve"]
        .map(|k| text.find(&format!("\"{k}\":")));
    assert!(
        order.iter().all(Option::is_some) && order.windows(2).all(|w| w[0] < w[1]),
        "{text}"
    );
    assert_eq!(json["actor"], serde_json::json!(["LockBit"]));
    assert_eq!(json["target"], serde_json::json!(["NATO"]));
    assert_eq!(json["cve"], serde_json::json!(["CVE-2024-1709"]));
    assert!(
        json["attack"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("ransomware"))
    );
    assert_eq!(
        serde_json::to_string(&Suggestions::default()).unwrap(),
        r#"{"actor":[],"target":[],"attack":[],"sector":[],"country":[],"cve":[]}"#
    );
}

#[test]
fn accepting_all_maps_sectors_and_countries_to_targets() {
    let r = suggester().suggest("APT28 targets the ICC", "");
    let tags = r.to_tags();
    assert_eq!(tags.actor, ["APT28"]);
    assert_eq!(
        tags.target,
        ["International Criminal Court", "NL", "justice"]
    );
}

#[test]
fn typed_only_names_resolve_in_prompts_but_are_never_suggested() {
    // CERT-FR advisories list "Déni de service" as the impact of a vulnerability, not a DDoS attack.
    let s = suggester().suggest(
        "Multiples vulnérabilités dans Ceph",
        "Risques : Déni de service à distance, atteinte à la confidentialité des données",
    );
    assert!(
        !values(&s.attack).contains(&"ddos"),
        "{:?}",
        values(&s.attack)
    );
    let s = suggester().suggest(
        "Attaque par déni de service contre la mairie",
        "Le site était inaccessible.",
    );
    assert!(
        values(&s.attack).contains(&"ddos"),
        "{:?}",
        values(&s.attack)
    );
}

#[test]
fn unattributed_is_never_suggested_from_a_text() {
    let s = suggester().suggest(
        "Unknown hackers hit a hospital; attack remains unattributed",
        "Les auteurs sont inconnus : l'attaque reste non attribuée. Attacker unknown.",
    );
    assert!(s.actor.is_empty(), "{:?}", s.actor);
}

//! veille's attack types and confidences as MISP taxonomy tags
//! (`../shared/data/misp-taxonomies`: RSIT, the reference incident classification, else CIRCL's
//! where RSIT has no such class, e.g. ransomware or wipers). ATT&CK techniques are galaxy clusters,
//! not taxonomy tags: see `galaxy`.

/// (veille attack type id, MISP machine tag).
const ATTACK_TAGS: &[(&str, &str)] = &[
    ("ransomware", "circl:incident-classification=\"ransomware\""),
    ("ddos", "rsit:availability=\"ddos\""),
    ("phishing", "rsit:fraud=\"phishing\""),
    (
        "data-breach",
        "rsit:information-content-security=\"data-leak\"",
    ),
    ("intrusion", "rsit:intrusions=\"system-compromise\""),
    ("supply-chain", "rsit:intrusions=\"application-compromise\""),
    (
        "espionage",
        "rsit:information-content-security=\"unauthorised-information-access\"",
    ),
    (
        "defacement",
        "rsit:information-content-security=\"unauthorised-information-modification\"",
    ),
    ("wiper", "circl:incident-classification=\"wiper\""),
    ("bec-fraud", "rsit:fraud=\"masquerade\""),
    ("vuln-exploitation", "rsit:intrusion-attempts=\"exploit\""),
    ("infostealer", "circl:incident-classification=\"malware\""),
    ("malware", "circl:incident-classification=\"malware\""),
    ("spyware", "circl:incident-classification=\"malware\""),
    ("botnet", "rsit:malicious-code=\"infected-system\""),
    ("brute-force", "rsit:intrusion-attempts=\"brute-force\""),
    (
        "social-engineering",
        "circl:incident-classification=\"social-engineering\"",
    ),
    (
        "cryptojacking",
        "circl:incident-classification=\"cryptojacking\"",
    ),
    ("sim-swapping", "rsit:fraud=\"masquerade\""),
    ("scam", "circl:incident-classification=\"scam\""),
    (
        "account-takeover",
        "rsit:intrusions=\"unprivileged-account-compromise\"",
    ),
    ("sabotage", "circl:incident-classification=\"sabotage\""),
    (
        "malvertising",
        "rsit:malicious-code=\"malware-distribution\"",
    ),
];

/// The taxonomy tag of an attack type, if a standard one fits.
pub fn attack_tag(id: &str) -> Option<&'static str> {
    ATTACK_TAGS.iter().find(|t| t.0 == id).map(|t| t.1)
}

/// The estimative-language tag for a STIX-style confidence (0-100).
pub fn confidence_tag(confidence: u8) -> &'static str {
    match confidence {
        0..=32 => "estimative-language:confidence-in-analytic-judgment=\"low\"",
        33..=66 => "estimative-language:confidence-in-analytic-judgment=\"moderate\"",
        _ => "estimative-language:confidence-in-analytic-judgment=\"high\"",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::Vocabulary;
    use std::path::Path;

    /// Every `namespace:predicate="value"` the shared taxonomies define.
    fn machine_tags() -> Vec<String> {
        let mut tags = Vec::new();
        for name in ["rsit", "circl", "estimative-language"] {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/data/misp-taxonomies")
                .join(name)
                .join("machinetag.json");
            let t: serde_json::Value =
                serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
            for v in t["values"].as_array().unwrap() {
                for e in v["entry"].as_array().unwrap() {
                    tags.push(format!(
                        "{}:{}=\"{}\"",
                        t["namespace"].as_str().unwrap(),
                        v["predicate"].as_str().unwrap(),
                        e["value"].as_str().unwrap()
                    ));
                }
            }
        }
        tags
    }

    #[test]
    fn every_tag_exists_in_its_taxonomy() {
        let known = machine_tags();
        let confidences = [10, 50, 85].map(confidence_tag);
        for tag in ATTACK_TAGS.iter().map(|t| t.1).chain(confidences) {
            assert!(known.iter().any(|k| k == tag), "{tag}");
        }
    }

    #[test]
    fn every_bundled_attack_type_has_a_standard_name_in_misp() {
        let vocab = Vocabulary::bundled().unwrap();
        let galaxy = super::super::galaxy::Data::bundled();
        let missing: Vec<&str> = vocab
            .attack_types()
            .iter()
            .filter(|t| {
                attack_tag(&t.id).is_none()
                    && !t.attack_ids.iter().any(|id| galaxy.technique(id).is_some())
            })
            .map(|t| t.id.as_str())
            .collect();
        // Neither ATT&CK nor RSIT/CIRCL has a class for these: they travel as plain tags.
        assert_eq!(missing, ["influence-op", "insider"]);
    }
}

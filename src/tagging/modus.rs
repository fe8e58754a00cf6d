//! An attack type inferred from the group that did it (`../shared/TAGGING.md`, "Anything inferred
//! … is lower"): NoName057(16) runs DDoS attacks, so « une vague d'attaques menées par un groupe de
//! hackers prorusses, baptisé NoName, … sur de nombreux sites internet officiels suisses » reports
//! a DDoS although it never writes the word. The group's way of working comes from its galaxy
//! description (`modus` in config/taxonomy/actors.toml, tools/gen_vocabulary.py); the suggestion
//! is medium confidence at most, with the group's name as its evidence, and only when the article
//! states no attack type of its own.
use super::resolve::Kind;
use super::suggest::{Confidence, Suggestion, Suggestions};
use std::collections::HashMap;

/// Adds the way of working of the first suggested actor that has one, when no attack type is
/// suggested.
pub(super) fn infer(modus: &HashMap<String, String>, out: &mut Suggestions) {
    if !out.attack.is_empty() {
        return;
    }
    let Some((actor, value)) = out
        .actor
        .iter()
        .find_map(|a| Some((a, modus.get(&a.value)?)))
    else {
        return;
    };
    out.attack.push(Suggestion {
        value: value.clone(),
        kind: Kind::Attack,
        evidence: actor.evidence.clone(),
        confidence: actor.confidence.min(Confidence::Medium),
        new_value: false,
    });
}

#[cfg(test)]
mod tests {
    use crate::tagging::Vocabulary;
    use crate::tagging::attack_types_suggested as attack;

    #[test]
    fn a_ransomware_brand_named_with_no_attack_type_runs_ransomware() {
        // Twelfth split (French): LockBit's claims against hauliers.
        let got = attack(
            "La logistique, un secteur de choix pour les cyberattaques",
            "La franchise LockBit 3.0 vient de revendiquer des cyberattaques contre les transports \
             Douaud et ID Logistics.",
        );
        assert_eq!(got, ["ransomware"]);
        // English: the brand as the suspect.
        let got = attack(
            "Law firm hit",
            "The Everest group is suspected of being behind the attack on the law firm.",
        );
        assert_eq!(got, ["ransomware"]);
        // The way of working comes from the galaxy's ransomware clusters, not from a list here.
        let vocab = Vocabulary::bundled().unwrap();
        let modus = |name: &str| {
            vocab
                .actors()
                .iter()
                .find(|a| a.name == name)
                .and_then(|a| a.modus.clone())
        };
        assert_eq!(modus("Qilin").as_deref(), Some("ransomware"));
        assert_eq!(modus("APT28"), None);
    }

    #[test]
    fn a_claim_on_a_data_leak_site_is_extortion() {
        // Fourteenth split: Interlock and an Oregon school district.
        let got = attack(
            "Ransomware gang says it hacked a school district in Central Point, Oregon",
            "Interlock claimed responsibility for the attack on its data leak site. It says it \
             stole 2.64 TB of data from the district.",
        );
        assert!(got.contains(&"extortion".to_string()), "{got:?}");
    }
}

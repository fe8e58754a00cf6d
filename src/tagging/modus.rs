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

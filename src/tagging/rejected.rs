//! Suggestions the user rejected for an article: taken out of what is offered, and listed apart.
use super::resolve::Kind;
use super::suggest::{Suggestion, Suggestions};
use crate::model::Facet;
use serde::Serialize;

/// The facet a suggestion of `kind` is applied to (organisations, sectors and countries are
/// targets); `None` for what is no facet (CVE ids).
pub fn facet_of(kind: Kind) -> Option<Facet> {
    match kind {
        Kind::Actor => Some(Facet::Actor),
        Kind::Organisation | Kind::Sector | Kind::Country => Some(Facet::Target),
        Kind::Attack => Some(Facet::Attack),
        Kind::Cve | Kind::Used => None,
    }
}

/// Rejected suggestions by list, as `veille suggest --json` prints them under `"rejected"`:
/// `{"actor": [...], "target": [...], "attack": [...], "sector": [...], "country": [...]}`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Rejected {
    /// Threat actors.
    pub actor: Vec<Suggestion>,
    /// Notable organisations.
    pub target: Vec<Suggestion>,
    /// Attack types.
    pub attack: Vec<Suggestion>,
    /// Sectors.
    pub sector: Vec<Suggestion>,
    /// Countries.
    pub country: Vec<Suggestion>,
}

impl Rejected {
    /// True when no suggestion was rejected.
    pub fn is_empty(&self) -> bool {
        self.lists().iter().all(|(_, l)| l.is_empty())
    }

    /// Each list with its name, in print order.
    pub fn lists(&self) -> [(&'static str, &Vec<Suggestion>); 5] {
        [
            ("actor", &self.actor),
            ("target", &self.target),
            ("attack", &self.attack),
            ("sector", &self.sector),
            ("country", &self.country),
        ]
    }
}

/// Whether `rejected` (facet and value, as stored) turns down `suggestion`; case is ignored, as
/// for tags.
pub fn is_rejected(suggestion: &Suggestion, rejected: &[(Facet, String)]) -> bool {
    let Some(facet) = facet_of(suggestion.kind) else {
        return false;
    };
    let key = suggestion.value.trim().to_lowercase();
    // A victim rejected under one spelling stays rejected under another (« Université
    // d'Aix-Marseille », « Université Aix-Marseille »).
    let same = |v: &str| {
        v.trim().to_lowercase() == key
            || (facet == Facet::Target
                && suggestion.kind == Kind::Organisation
                && super::variants::same_victim(v, &suggestion.value))
    };
    rejected.iter().any(|(f, v)| *f == facet && same(v))
}

impl Suggestions {
    /// Takes the suggestions the user rejected out of these, and returns them by list.
    pub fn take_rejected(&mut self, rejected: &[(Facet, String)]) -> Rejected {
        let mut out = Rejected::default();
        if rejected.is_empty() {
            return out;
        }
        for (list, taken) in [
            (&mut self.actor, &mut out.actor),
            (&mut self.target, &mut out.target),
            (&mut self.attack, &mut out.attack),
            (&mut self.sector, &mut out.sector),
            (&mut self.country, &mut out.country),
        ] {
            let (no, kept): (Vec<Suggestion>, Vec<Suggestion>) = std::mem::take(list)
                .into_iter()
                .partition(|s| is_rejected(s, rejected));
            *list = kept;
            *taken = no;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tagging::{Suggester, Vocabulary};

    #[test]
    fn a_rejected_value_is_taken_out_of_its_list_whatever_its_case() {
        let vocab = Vocabulary::bundled().unwrap();
        let mut s = Suggester::new(&vocab).unwrap().suggest(
            "Les cybercriminels frappent la Cour pénale internationale",
            "Le rançongiciel a chiffré les serveurs.",
        );
        assert!(s.country.iter().any(|c| c.value == "NL"), "{s:?}");
        let rejected = s.take_rejected(&[
            (Facet::Target, "nl".into()),
            (Facet::Actor, "ransomware".into()),
        ]);
        assert!(s.country.iter().all(|c| c.value != "NL"));
        assert_eq!(rejected.country.len(), 1);
        assert!(
            s.attack.iter().any(|a| a.value == "ransomware"),
            "another facet's rejection does not hide it"
        );
        assert_eq!(
            serde_json::to_value(&rejected).unwrap()["country"],
            serde_json::json!(["NL"])
        );
    }
}

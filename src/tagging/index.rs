//! Every name the vocabulary knows, folded once, for prompt resolution and completion.
use super::fold::fold;
use super::resolve::Kind;
use super::vocab::Vocabulary;

/// One label, synonym, acronym or alias of one vocabulary entry.
#[derive(Debug, Clone)]
pub(crate) struct NameEntry {
    /// The name folded (lower case, no accents).
    pub folded: String,
    /// The name as written in the vocabulary.
    pub text: String,
    /// Which list the entry is in.
    pub kind: Kind,
    /// Index of the entry in that list.
    pub entry: usize,
}

/// Builds the index: canonical value first for each entry, then its other names.
pub(crate) fn build(v: &Vocabulary) -> Vec<NameEntry> {
    let mut out = Vec::new();
    let mut push = |kind: Kind, entry: usize, names: &mut dyn Iterator<Item = &String>| {
        for text in names {
            let folded = fold(text.trim());
            if !folded.is_empty() {
                out.push(NameEntry {
                    folded,
                    text: text.clone(),
                    kind,
                    entry,
                });
            }
        }
    };
    for (i, a) in v.attacks.iter().enumerate() {
        let head = [&a.id, &a.en, &a.fr];
        push(
            Kind::Attack,
            i,
            &mut head.into_iter().chain(&a.synonyms).chain(&a.typed_only),
        );
    }
    for (i, s) in v.sectors.iter().enumerate() {
        let head = [&s.id, &s.en, &s.fr];
        push(Kind::Sector, i, &mut head.into_iter().chain(&s.synonyms));
    }
    for (i, o) in v.organisations.iter().enumerate() {
        let head = std::iter::once(&o.name).chain(o.fr.as_ref());
        push(
            Kind::Organisation,
            i,
            &mut head.chain(&o.acronyms).chain(&o.synonyms),
        );
    }
    for (i, c) in v.countries.iter().enumerate() {
        let head = [&c.code, &c.en, &c.fr];
        push(Kind::Country, i, &mut head.into_iter().chain(&c.synonyms));
    }
    for (i, a) in v.actors.iter().enumerate() {
        let head = std::iter::once(&a.name)
            .chain(a.fr.as_ref())
            .chain(a.attack_id.as_ref());
        push(Kind::Actor, i, &mut head.chain(&a.aliases));
    }
    out
}

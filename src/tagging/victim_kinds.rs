//! Victims by category (round s17victims): what a victim phrase is made of decides whether it can
//! name an organisation at all, whatever the vocabulary knows.
//! - Classes of things that are never one victim, however they are capitalised: a job title
//!   ("CISO", « DSI »), a size of business (« PME », "SMEs"), equipment (« Ordinateurs
//!   paralysés »), a US state's press abbreviation ("the Sumter County Sheriff, FLA").
//! - An abbreviation the text declares for a common noun (« espace numérique de travail (ENT) »)
//!   names a kind of tool, not an organisation.
//! - Every institution head inside a victim's name gives its sector ("Sumter County Sheriff's
//!   Office" is local government and justice), not only the first.
use super::fold::fold;
use super::victims::{self, Head, Phrase, Token};

/// Job titles, sizes of business and equipment: a name made only of these names no victim.
#[rustfmt::skip]
const CLASS_WORDS: &[&str] = &[
    // Job titles.
    "ciso", "cisos", "ceo", "cfo", "cto", "cio", "coo", "dsi", "rssi", "dpo", "pdg", "dg",
    // Sizes of business.
    "pme", "pmes", "tpe", "tpes", "tpe-pme", "eti", "sme", "smes", "smb", "smbs",
    // Equipment.
    "ordinateurs", "ordinateur", "serveurs", "telephones", "computers", "servers", "laptops",
    "machines", "postes",
];

/// The press's abbreviations of US states (AP style), written after a town or a county.
#[rustfmt::skip]
pub(crate) const STATE_ABBREVIATIONS: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "ill", "kan", "ky", "md",
    "mich", "minn", "neb", "nev", "okla", "ore", "tenn", "tex", "wis", "wyo",
];

/// Whether a victim's name (its words) is only a class of people, businesses or things, or a
/// state's abbreviation.
pub(crate) fn a_class_not_a_victim(name_words: &[Token]) -> bool {
    match name_words {
        [] => false,
        [only] => {
            CLASS_WORDS.contains(&only.folded.as_str())
                || STATE_ABBREVIATIONS.contains(&only.folded.as_str())
        }
        // « Pays de Montbéliard », « Pays basque »: a territory, where a victim is.
        [first, ..] if first.folded == "pays" => true,
        words => words
            .iter()
            .all(|t| CLASS_WORDS.contains(&t.folded.as_str())),
    }
}

/// Whether `name` is an abbreviation the text declares for a common noun written in lower case
/// (« leur espace numérique de travail (ENT) »): a kind of tool or place, no organisation.
pub(crate) fn abbreviates_a_common_noun(name: &str, text: &str) -> bool {
    let name = name.trim();
    if name.len() < 2 || !name.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) {
        return false;
    }
    let declared = format!("({name})");
    text.match_indices(&declared).any(|(at, _)| {
        let before = text[..at].trim_end();
        // The words before the parenthesis, as many as the abbreviation has letters (give or
        // take the small words between them).
        let words: Vec<&str> = before
            .rsplit(|c: char| c.is_whitespace())
            .take(name.chars().count() + 3)
            .collect();
        let initials = name.chars().map(|c| c.to_lowercase().to_string());
        let content: Vec<&&str> = words
            .iter()
            .filter(|w| w.chars().count() > 3 || w.chars().next().is_some_and(char::is_uppercase))
            .collect();
        // The expansion: content words whose initials spell the abbreviation, all lower case.
        let spelt = content
            .iter()
            .rev()
            .map(|w| fold(w).chars().next().unwrap_or(' ').to_string())
            .collect::<String>();
        let wanted: String = initials.collect();
        spelt.ends_with(&wanted)
            && content
                .iter()
                .take(wanted.chars().count())
                .all(|w| w.chars().next().is_some_and(char::is_lowercase))
    })
}

/// The heads inside a victim's name after its first ("Sumter County Sheriff's Office": the
/// sheriff's office after the county), whose sectors are the victim's too.
pub(crate) fn inner_heads(original: &str, p: &Phrase) -> Vec<&'static Head> {
    let toks = victims::tokens(original, p.name_start, p.end);
    let mut out: Vec<&'static Head> = Vec::new();
    let mut i = 1;
    while i < toks.len() {
        match victims::head_at(&toks, i) {
            Some(h) => {
                if h.naming && p.head.is_none_or(|first| !std::ptr::eq(first, h)) {
                    out.push(h);
                }
                i += h.words.len();
            }
            None => i += 1,
        }
    }
    out
}

/// "As CDK was working to bring its systems back online, it was hit by a second attack": a
/// sentence's opening "As" (written so, not "AS" as in « l'AS Saint-Étienne ») is no part of the
/// name after it.
pub(crate) fn without_opening_as(name: &str) -> Option<String> {
    let rest = name.strip_prefix("As ")?;
    rest.starts_with(char::is_uppercase)
        .then(|| rest.to_string())
}

/// Tidies the new victims (names the vocabulary does not know) as a class, not by name:
/// - drops an abbreviation the text declares for a common noun (« piratage de comptes ENT »
///   after « espace numérique de travail (ENT) »);
/// - names a victim written as its web address by its name ("Infopro.ch" is Infopro);
/// - splits two abbreviations joined by "and" (« les sites du PVV et du FvD », "The websites of
///   PVV and FvD"): two parties, not one.
pub(crate) fn tidy_new_victims(targets: &mut Vec<super::suggest::Suggestion>, text: &str) {
    if text.contains('(') {
        targets.retain(|t| !(t.new_value && abbreviates_a_common_noun(&t.value, text)));
    }
    let mut out: Vec<super::suggest::Suggestion> = Vec::with_capacity(targets.len());
    for mut t in std::mem::take(targets) {
        if !t.new_value {
            out.push(t);
            continue;
        }
        if let Some(name) = without_web_suffix(&t.value) {
            t.value = name;
        }
        match acronym_pair(&t.value) {
            Some((a, b)) => {
                let mut second = t.clone();
                t.value = a;
                second.value = b;
                out.push(t);
                out.push(second);
            }
            None => out.push(t),
        }
    }
    // A split or a shortened name may now be one already suggested.
    let mut seen: Vec<String> = Vec::new();
    out.retain(|t| {
        let key = fold(&t.value);
        let fresh = !seen.contains(&key);
        seen.push(key);
        fresh
    });
    *targets = out;
}

/// Top-level domains a company's web address ends with.
#[rustfmt::skip]
const WEB_SUFFIXES: &[&str] = &[
    ".com", ".net", ".org", ".fr", ".ch", ".be", ".ca", ".de", ".io", ".co.uk", ".uk", ".lu",
    ".eu",
];

/// "Infopro.ch" → "Infopro": one word followed by a web suffix.
fn without_web_suffix(value: &str) -> Option<String> {
    let lower = value.to_lowercase();
    let suffix = WEB_SUFFIXES.iter().find(|s| lower.ends_with(*s))?;
    let name = &value[..value.len() - suffix.len()];
    (!name.is_empty() && !name.contains(['.', ' ']) && name.chars().next()?.is_uppercase())
        .then(|| name.to_string())
}

/// An abbreviation: two capitals at least, no space ("PVV", "FvD").
fn is_abbreviation(w: &str) -> bool {
    w.chars().filter(|c| c.is_uppercase()).count() >= 2
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().all(char::is_alphanumeric)
}

/// "PVV and FvD" → ("PVV", "FvD").
fn acronym_pair(value: &str) -> Option<(String, String)> {
    let words: Vec<&str> = value.split_whitespace().collect();
    match words[..] {
        [a, join, b]
            if matches!(join, "and" | "et" | "&") && is_abbreviation(a) && is_abbreviation(b) =>
        {
            Some((a.to_string(), b.to_string()))
        }
        _ => None,
    }
}

/// What an institution owns and a title writes in title case after its name ("Sheriff's Office
/// Systems Hit by…", "City Council Website Down").
#[rustfmt::skip]
const OWNED: &[&str] = &[
    "systems", "system", "servers", "server", "network", "networks", "website", "websites",
    "data", "records", "computers", "email", "emails", "phones",
];

/// Whether a word names what an institution owns, not a part of its name.
pub(crate) fn owned_thing(folded: &str) -> bool {
    OWNED.contains(&folded)
}

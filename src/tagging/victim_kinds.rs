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

/// The press's abbreviations of US states (AP style), written after a town or a county: the AP
/// stylebook's whole list of one-word abbreviations ("CHARLOTTESVILLE, Ind. —", "the small firm
/// in Redlands, Calif."), with "Tex." and "Kans." of older copy. The dotted initials ("N.Y.",
/// "W.Va.") are `DOTTED_STATES` in `places_of_the_lead.rs`.
#[rustfmt::skip]
pub(crate) const STATE_ABBREVIATIONS: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
    "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
    "ore", "pa", "tenn", "tex", "vt", "va", "wash", "wis", "wyo",
];

/// Whether a victim's name (its words) is only a class of people, businesses or things, or a
/// state's abbreviation.
pub(crate) fn a_class_not_a_victim(name_words: &[Token]) -> bool {
    match name_words {
        [] => false,
        [only] => {
            CLASS_WORDS.contains(&only.folded()) || STATE_ABBREVIATIONS.contains(&only.folded())
        }
        // « Pays de Montbéliard », « Pays basque »: a territory, where a victim is.
        [first, ..] if first.folded == "pays" => true,
        words => words.iter().all(|t| CLASS_WORDS.contains(&t.folded())),
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

/// True when a name's first head is only the town or county where another institution of its
/// name stands ("Erie County Medical Center", "Rochester City School District", "Queen's
/// Medical Centre and City Hospitals"): the victim is the hospital or the school district, not
/// the local government. A sheriff's office is the county's own (the analyst labels both).
pub(crate) fn a_place_before_another_kind(first: &Head, inner: &[&Head]) -> bool {
    is_a_place(first)
        && inner.iter().any(|h| {
            h.sector
                .is_some_and(|s| s != "local-government" && s != "justice")
        })
}

/// A head that is only a town or a county.
pub(crate) fn is_a_place(head: &Head) -> bool {
    const PLACES: &[&str] = &["county", "city", "town", "ville", "commune"];
    head.words.len() == 1 && PLACES.contains(&head.words[0])
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
        if let Some(name) = without_a_glued_verb(&t.value) {
            t.value = name;
        }
        if let Some(name) = without_dangling_words(&t.value) {
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

/// Verbs of harm a headline in title case writes with a capital, right after its subject's name
/// ("Potter County Riddled with Ransomware", sixteenth split), folded: no name ends with them.
#[rustfmt::skip]
const GLUED_VERBS: &[&str] = &[
    "riddled", "hit", "hacked", "struck", "breached", "crippled", "paralyzed", "paralysed",
    "attacked", "targeted", "compromised", "disrupted", "suffers", "confirms", "discloses",
];

/// "Potter County Riddled" → "Potter County": a name of two words at least followed by a verb of
/// [`GLUED_VERBS`] with a capital.
fn without_a_glued_verb(value: &str) -> Option<String> {
    let (name, last) = value.trim_end().rsplit_once(' ')?;
    let capitalised = last.chars().next().is_some_and(char::is_uppercase);
    (capitalised && name.contains(' ') && GLUED_VERBS.contains(&fold(last).as_str()))
        .then(|| name.trim_end().to_string())
}

/// Words no name ends with, folded: a name cut before its complement (« Mutuelle Générale de »,
/// for « la Mutuelle Générale de la Poste et des Télécommunications (MGPTT) », sixteenth split).
#[rustfmt::skip]
const DANGLING: &[&str] = &[
    "de", "du", "des", "d", "la", "le", "les", "et", "pour", "of", "the", "and", "for",
];

/// "Mutuelle Générale de" → "Mutuelle Générale": the words of [`DANGLING`] at a name's end
/// dropped, as long as a word is left. The name stays, shorter, with its sector: an analyst
/// completes it rather than misses it.
fn without_dangling_words(value: &str) -> Option<String> {
    let mut words: Vec<&str> = value.split_whitespace().collect();
    let before = words.len();
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| DANGLING.contains(&fold(w).as_str()))
    {
        words.pop();
    }
    (words.len() < before).then(|| words.join(" "))
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

#[cfg(test)]
mod tests {
    use super::without_a_glued_verb;

    #[test]
    fn a_verb_glued_to_a_title_case_name_is_cut_en() {
        // Sixteenth split: « Potter County Riddled with Ransomware », the text's first line.
        assert_eq!(
            without_a_glued_verb("Potter County Riddled").as_deref(),
            Some("Potter County")
        );
        let vocab = crate::tagging::Vocabulary::bundled().unwrap();
        let s = crate::tagging::Suggester::suggest_once(
            &vocab,
            "Ransomware in Pennsylvania",
            "Potter County Riddled with Ransomware\n\nAn unknown ransomware variant has \
             infiltrated the IT systems of Potter County.",
        )
        .unwrap();
        assert!(
            !s.target.iter().any(|t| t.value.ends_with("Riddled")),
            "{:?}",
            s.target
        );
        // Near misses: a name of one word before it, and a verb in lower case, are left.
        assert_eq!(without_a_glued_verb("Smash Hit"), None);
        assert_eq!(without_a_glued_verb("Potter County hit"), None);
    }

    #[test]
    fn a_name_cut_before_its_complement_loses_its_dangling_words_fr_en() {
        // Sixteenth split: « la Mutuelle Générale de la Poste et des Télécommunications ».
        assert_eq!(
            super::without_dangling_words("Mutuelle Générale de").as_deref(),
            Some("Mutuelle Générale")
        );
        assert_eq!(
            super::without_dangling_words("Bank of the").as_deref(),
            Some("Bank")
        );
        // Near misses: complete names.
        assert_eq!(super::without_dangling_words("Médecins du Monde"), None);
        assert_eq!(super::without_dangling_words("Bank of the West"), None);
    }
}

//! A victim's country from the national authority it reports the attack to, when the text names
//! no country: a French victim notifies the CNIL and calls in the ANSSI, a Swiss one the OFCS, a
//! Belgian one the CCB, an American one works with the FBI (« La CNIL a également été aussitôt
//! informée », « La fondation a contacté l'Office fédéral de la cybersécurité (OFCS) », "The City
//! is cooperating with the FBI, which is investigating the incident"). The regional press writes
//! this way of a local victim and never names its own country.
//!
//! Only an authority told of the attack or investigating it counts: the FBI that "says" North
//! Korea was behind a theft, the CISA that "adds" a flaw to its catalogue, the ANSSI that
//! "publishes" an analysis are sources, and their country is not the victim's. Authorities two
//! countries share a name with are left out ("NCSC": British, Irish, Dutch, Swiss).

use super::article_kind::ArticleKind;
use super::fold::{fold, is_word_char};
use super::resolve::Kind;
use super::suggest::{Confidence, Evidence, Field, Suggestions};

/// An authority's acronym, as written, and its one country.
#[rustfmt::skip]
const AUTHORITIES: &[(&str, &str)] = &[
    ("CNIL", "FR"), ("Cnil", "FR"), ("ANSSI", "FR"), ("Anssi", "FR"),
    ("ICO", "GB"),
    ("FBI", "US"), ("HHS", "US"), ("CISA", "US"),
    ("OFCS", "CH"),
    ("CCB", "BE"),
    ("RCMP", "CA"),
];

/// Folded words, up to [`BEFORE`] words before the authority, that make it the one told of the
/// attack or helping its victim: "notified the FBI", « un signalement à la CNIL », « déposé
/// plainte … », « avec l'aide de l'ANSSI ».
#[rustfmt::skip]
const TOLD_BEFORE: &[&str] = &[
    "notified", "notify", "informed", "inform", "contacted", "contact", "alerted", "reported",
    "cooperating", "cooperate", "cooperated", "working", "worked", "assistance", "help", "helped",
    // The participles of a clause that goes on ("the firm brought in forensic investigators
    // while also alerting the FBI to the situation", twenty-fifth split; "reporting the attack
    // to the FBI").
    "alerting", "notifying", "informing", "contacting", "reporting",
    "signalement", "signale", "signalee", "signales", "signalees", "notifie", "notifiee",
    "informe", "informee", "declare", "declaree", "declaration", "saisi", "saisie", "contacte",
    "contactee", "alerte", "alertee", "prevenu", "prevenue", "plainte", "aupres", "aide",
    "accompagne", "accompagnee", "collaboration", "appui",
];

/// Folded words, up to [`AFTER`] words after the authority, that make it the one told of the
/// attack or investigating it: "The FBI is reportedly investigating the issue", « La CNIL a
/// également été aussitôt informée ».
#[rustfmt::skip]
const TOLD_AFTER: &[&str] = &[
    "investigating", "notified", "informed", "arrived", "informee", "informe", "saisie",
    "saisi", "prevenue", "prevenu", "alertee", "notifiee",
];

const BEFORE: usize = 6;
const AFTER: usize = 5;
/// The words an authority's full name may take before its acronym in brackets.
const FULL_NAME: usize = 6;

/// Adds, last, the country of an authority the victim reports to, when no rule found a country:
/// only for an incident's story that names a victim, its sector or an attack type (as
/// [`super::country_of_kinds::suggest_from_the_lead`]). Low: the place is inferred.
pub(crate) fn suggest(title: &str, text: &str, out: &mut Suggestions) {
    let named = !out.target.is_empty() || !out.sector.is_empty();
    if !out.country.is_empty()
        || !out.kind.reports_incident()
        || (!named && (out.attack.is_empty() || out.kind == ArticleKind::Arrest))
    {
        return;
    }
    let found = [(Field::Title, title), (Field::Text, text)]
        .into_iter()
        .find_map(|(field, original)| told_in(original).map(|(code, at)| (code, field, at)));
    if let Some((code, field, (start, end))) = found {
        let original = if field == Field::Title { title } else { text };
        let evidence = Evidence {
            field,
            start,
            end,
            term: original[start..end].to_string(),
        };
        out.add(Kind::Country, code, &evidence, Confidence::Low);
    }
}

/// The first authority `original` names as told of an attack, with its country and byte range.
fn told_in(original: &str) -> Option<(&'static str, (usize, usize))> {
    // Most texts name no authority: a substring search spares them the word pass.
    if !AUTHORITIES.iter().any(|(a, _)| original.contains(a)) {
        return None;
    }
    // One pass: the words, their byte ranges and their sentence.
    let mut words: Vec<(usize, usize, usize)> = Vec::new();
    let (mut sentence, mut start) = (0, None);
    for (i, c) in original.char_indices().chain([(original.len(), ' ')]) {
        if is_word_char(c) {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            words.push((s, i, sentence));
        }
        if matches!(c, '.' | '!' | '?' | '\n') {
            sentence += 1;
        }
    }
    let folded = |k: usize| fold(&original[words[k].0..words[k].1]);
    words.iter().enumerate().find_map(|(k, &(s, e, sentence))| {
        let (_, code) = AUTHORITIES.iter().find(|(a, _)| *a == &original[s..e])?;
        let same = |j: &usize| words[*j].2 == sentence;
        // In brackets after its full name, the words read back stretch over that name too:
        // « a contacté l'Office fédéral de la cybersécurité (OFCS) ».
        let bracketed = original[..s].ends_with('(');
        let reach = if bracketed {
            BEFORE + FULL_NAME
        } else {
            BEFORE
        };
        let before = (k.saturating_sub(reach)..k)
            .filter(same)
            .any(|j| TOLD_BEFORE.contains(&folded(j).as_str()));
        // The acronym's gloss in brackets is skipped: « La CNIL (Commission nationale de
        // l'informatique et des libertés) a été informée ».
        let rest = &original[e..];
        let gloss_end = match rest.trim_start().starts_with('(') {
            true => rest.find(')').map_or(e, |p| e + p),
            false => e,
        };
        let after = (k + 1..words.len())
            .filter(|j| words[*j].0 > gloss_end)
            .take(AFTER)
            .filter(same)
            .any(|j| TOLD_AFTER.contains(&folded(j).as_str()));
        (before || after).then_some((*code, (s, e)))
    })
}

#[cfg(test)]
mod tests {
    use super::told_in;

    #[test]
    fn an_authority_told_of_the_attack_places_its_victim_fr_en() {
        assert_eq!(
            told_in(
                "La CNIL (Commission Nationale de l’Informatique et des Libertés) a également \
                 été aussitôt informée."
            )
            .map(|t| t.0),
            Some("FR")
        );
        assert_eq!(
            told_in("De son côté, l'Éducation nationale a effectué un signalement à la CNIL.")
                .map(|t| t.0),
            Some("FR")
        );
        assert_eq!(
            told_in("The City is cooperating with the FBI, which is investigating the incident.")
                .map(|t| t.0),
            Some("US")
        );
    }

    #[test]
    fn an_authority_as_a_source_places_no_victim_fr_en() {
        assert_eq!(
            told_in("The FBI investigation found the actors moved approximately 1,580 bitcoin."),
            None
        );
        assert_eq!(
            told_in("CISA has added the flaw to its Known Exploited Vulnerabilities catalog."),
            None
        );
        assert_eq!(
            told_in("L’ANSSI publie son analyse des cybermenaces visant les transports urbains"),
            None
        );
    }
}

//! What kind of piece an article is, and which of its attack words report an incident
//! (`../shared/TAGGING.md`: "the types the text says happened"). Guides, policy and statistics
//! pieces name attack types as what to prepare for, regulate or count; a vulnerability's
//! description names what an attacker *could* do; a hedged cause ("possibly involving
//! ransomware") is a guess. None of these is an incident.
//!
//! The phrases are folded (lower case, no accents), like every cue in `context.rs`.
use super::context::{Cue, Found, Modality};

/// Phrases after which the rest of the clause is a capability or a guess, not what happened: a
/// vulnerability's consequences ("could allow attackers to… data theft, or further malware
/// installation") and hedged causes ("possibly involving ransomware", "likely to have involved
/// ransomware", « il pourrait s'agir d'un rançongiciel »).
#[rustfmt::skip]
pub(crate) const HYPOTHESIS_SCOPE: &[&str] = &[
    "could allow", "could potentially allow", "could let", "would allow", "may allow",
    "might allow", "could lead to", "could result in", "may lead to", "may result in",
    "potentially allow", "potentially allowing", "allows attackers to", "allow attackers to",
    "allowing attackers to", "allows an attacker to", "allow an attacker to",
    "allowing an attacker to", "an attacker could", "attackers could", "could enable",
    "possibly involving", "possibly", "likely to have involved", "likely to have been",
    "likely involved", "is likely to have", "may have involved", "un attaquant pourrait",
    "un attaquant peut", "permettre a un attaquant", "permet a un attaquant",
    "permettant a un attaquant", "permettrait", "pourrait permettre", "pourraient permettre",
    "pourrait entrainer", "pourraient entrainer", "susceptible de", "susceptibles de",
    // « la vente de ces données pourrait donner lieu à la multiplication de campagnes de
    // phishing »: what may follow, as "could lead to".
    "pourrait donner lieu", "pourraient donner lieu", "pourrait conduire", "pourraient conduire",
    "pourrait mener", "pourraient mener", "could give rise to", "may give rise to",
    "pourrait s'agir", "pourrait bien s'agir", "s'agirait", "probablement", "vraisemblablement",
    // What a flaw or a tool does, in the present (« Cette vulnérabilité est activement exploitée.
    // Elle permet d'exfiltrer des données »): a capability, not a theft. (Not « permettant de »,
    // which tells what followed: « a infecté 3,2 millions de PC, permettant aux pirates de… ».)
    "permet de", "permet d'", "permettent de", "permettent d'",
    // The same with whom it serves, and what a tool is made for (« Une arnaque téléphonique qui
    // permet aux malfrats d'effectuer des vols de données bancaires », « conçue pour voler les
    // mots de passe … notamment par le biais de techniques de phishing »).
    "permet aux", "permettent aux", "concu pour", "concue pour", "concus pour", "concues pour",
    "designed to",
    "would have", "would need to", "would be required", "devront", "devraient",
    "pas ete confirme", "pas ete confirmee", "n'a pas ete confirme", "n'a pas ete confirmee",
    "n'ont pas ete confirmes", "n'ont pas ete confirmees", "not been confirmed", "not confirmed", "unconfirmed",
    "non confirme", "non confirmee", "sans confirmation",
    // What attackers can do in general ("attackers can steal your password or trick you into giving
    // it to them in phishing attacks"), what a tool can be used for: no one was hit.
    "attackers can", "hackers can", "criminals can", "scammers can", "can be used to",
    "can either be used", "can be abused", "les pirates peuvent", "les attaquants peuvent",
    "les escrocs peuvent", "peut servir a", "peuvent servir a", "peut etre utilise",
    "peuvent etre utilises",
    // What a service's customers habitually use it for ("sold to others, who predominantly use
    // them to relay … advertising fraud, and account takeover activity"), not an attack made.
    "predominantly use", "mainly use", "mostly use", "typically use", "commonly use",
    "generally use", "utilisent principalement", "utilisent generalement", "utilisent surtout",
    // What victims are warned of after an attack (« les risques potentiels d'hameçonnage et
    // d'usurpation d'identité », "the potential risks of phishing and identity theft"): what
    // may follow, not what happened.
    "risques potentiels", "risque potentiel", "potential risks", "potential risk",
    // A cause read off the signs ("corrupting documents…, thus suggesting it was a ransomware
    // attack", « ce qui laisse penser à une tentative ciblée d'ingénierie sociale »): a guess.
    "suggesting", "suggests that", "laisse penser", "laissant penser", "laisse supposer",
    "laissent supposer", "laissent penser",
    // The threat a kind of attack poses, in general (« la menace représentée par les vols de
    // données informatiques et les demandes de rançons doit être prise au sérieux par les
    // cabinets médicaux », twenty-sixth split; "the continuous threat posed by zero-day
    // exploits"): a risk, not an attack. Not « la menace de »: « sous la menace de publier » is
    // the extortion itself.
    "menace representee par", "menaces representees par", "menace que represente",
    "menace que representent", "menaces que representent", "threat posed by", "threats posed by",
    // An attempt to get in or to deploy is not what it aimed at ("a malicious actor attempted to
    // infiltrate the Trust network and execute a ransomware attack. The Trust was able to prevent
    // the attack"). Not an attempt to extort: « tentent d'extorquer », "trying to extort" are
    // extortion, the demand is made.
    "attempted to infiltrate", "attempted to execute", "attempted to deploy", "tried to infiltrate",
    "tried to deploy", "a tente de deployer", "ont tente de deployer", "a tente d'infiltrer",
    "ont tente d'infiltrer",
];

/// Title phrases that announce a guide or an explainer: what to do, how to protect oneself.
#[rustfmt::skip]
pub(crate) const GUIDE: &[&str] = &[
    "que faire", "comment", "pourquoi", "how to", "what to do", "what is", "qu'est-ce que",
    "qu'est-ce qu'un", "qu'est-ce qu'une", "conseils", "tips", "guide", "se proteger",
    "protect yourself", "protect your", "bonnes pratiques", "best practices", "checklist",
    "les bons reflexes", "mode d'emploi", "explainer", "explained",
    // Advice to the reader: « 25 astuces pour vous en protéger », "ways to stay safe".
    "astuces", "vous proteger", "vous en proteger", "stay safe", "ways to protect",
    // Warnings addressed to the reader: "Avoid search engine ad malware", « Méfiez-vous de… ».
    "avoid", "beware", "mefiez-vous", "mefiez vous", "evitez",
    // Awareness campaigns: what the public is taught to spot (« Campagne nationale de
    // sensibilisation à la cybersécurité »).
    "sensibilisation", "awareness campaign", "awareness month",
];

/// Statistics and survey prose: attack words there are counted, not reported (« les attaques par
/// rançongiciels, bien qu'en légère baisse, continuent de représenter une part importante des
/// incidents notifiés »). Victim words there are counted too ("55 % des entreprises touchées"), so
/// only a sentence that names an actor reports an incident.
#[rustfmt::skip]
pub(crate) const STATISTICS: &[&str] = &[
    "en baisse", "legere baisse", "legere hausse", "forte hausse", "forte baisse", "en hausse",
    "une hausse de", "une baisse de", "recrudescence", "une part importante", "part importante",
    "statistiques", "barometre", "sondage", "rapport annuel", "annual report", "survey",
    "per cent of", "percent of", "on the rise", "increase in", "rise in",
    // A study's shares of people (« une étude révèle que près d'un Français sur cinq a déjà été
    // victime », "a study found one in five…"): counted, not reported.
    "une etude", "sur cinq", "sur dix", "sur quatre", "sur trois", "a study", "one in five",
    "one in ten", "one in four", "one in three",
];

/// True when a share follows the attack word ending at `end` of the folded `text` (not past
/// `ceil`): « Le phishing (33%), le ransomware (27%) … restent les attaques les plus courantes »,
/// "ransomware (27 %)". The type is counted in a survey, not reported.
pub(crate) fn counted_share(text: &str, end: usize, ceil: usize) -> bool {
    let rest = text[end..ceil.max(end)].trim_start();
    let rest = rest
        .strip_prefix('(')
        .or_else(|| rest.strip_prefix(':'))
        .unwrap_or(rest)
        .trim_start();
    // "exploited vulnerability (in 35% of cases)", « (dans 35 % des cas) ».
    let rest = ["in ", "dans "]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest)
        .trim_start();
    let digits = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(rest.len());
    digits > 0
        && rest[..digits].starts_with(|c: char| c.is_ascii_digit())
        && rest[digits..].trim_start().starts_with('%')
}

/// True when a folded sentence gives a percentage ("37 % des incidents", "one in four"): a share
/// of a whole, counted.
pub(crate) fn gives_a_share(sentence: &str) -> bool {
    sentence.match_indices('%').any(|(i, _)| {
        sentence[..i]
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit())
    })
}

/// Title words that announce a trend piece ("Ransomware payments decline", « Les rançongiciels en
/// recul »): its attack words are counted, not reported, like a guide's.
#[rustfmt::skip]
pub(crate) const TREND: &[&str] = &[
    "decline", "declines", "payments fell", "payments drop", "payments dropped", "en recul",
    "recul des", "baisse des", "chute des", "anatomie", "anatomy of",
    // An agency's yearly figures: what it counted, not an incident ("released the 2023 IC3 Annual
    // Report", « rapport d'activité »).
    "annual report", "rapport annuel", "rapport d'activite", "activity report", "rapport",
    // A count that moved ("Ransomware attacks decreased 61% in 2022"): what was counted.
    "decreased", "decreases", "decrease in", "fell by", "dropped by", "rose by", "increased by",
    // A record count (« Un nombre record de fuites de données l'an dernier », "a record number of
    // breaches"): what was counted.
    "nombre record", "record number",
];

/// Policy prose the `context.rs` list lacks: obligations and bills (read as product and policy
/// prose are: only a sentence that names a victim or an actor counts).
#[rustfmt::skip]
pub(crate) const POLICY: &[&str] = &[
    "obligation", "lawmakers", "reporting bill", "proposed bill", "bill for",
    // Consultations and the passage of a law ("consults on proposals to protect businesses", « la
    // commission des lois retoque la porte dérobée proposée par le Sénat »).
    "consults on", "consultation on", "proposals to", "commission des lois", "proposition de loi",
    "amendement", "amendements",
];

/// Words after a victim cue that name what was taken, not who was hit: « Piratage de données : … »
/// is a topic.
const DATA_OBJECTS: &[&str] = &["donnees", "data", "informations", "information"];

/// Articles between a victim cue and the data it points at (« la fuite des données »).
const DATA_ARTICLES: &[&str] = &["de", "des", "du", "d", "of", "the"];

/// True when the victim cue ending at `end` points at data, not at a victim.
pub(crate) fn points_at_data(text: &str, end: usize) -> bool {
    let next = text[end..]
        .split(|c: char| !super::fold::is_word_char(c))
        .filter(|w| !w.is_empty())
        .take(2)
        .find(|w| !DATA_ARTICLES.contains(w));
    next.is_some_and(|w| DATA_OBJECTS.contains(&w))
}

/// Words that present a publication (« Kaspersky dévoile son rapport », "according to a new
/// report"), read before [`REPORT_NOUNS`].
#[rustfmt::skip]
const PRESENTS: &[&str] = &[
    "publie", "publient", "devoile", "devoilent", "presente", "presentent", "selon", "d'apres",
    "publishes", "published", "publish", "releases", "released", "release", "unveils", "unveiled",
    "according",
];

/// A report, a study or a year's figures: what the article presents when its lead opens on one.
#[rustfmt::skip]
const REPORT_NOUNS: &[&str] = &[
    "rapport", "report", "etude", "study", "survey", "barometre", "panorama", "bilan", "review",
    "enquete annuelle", "index",
];

/// How many words may stand between a word of [`PRESENTS`] and its report (« selon le rapport
/// annuel 2024 de la Cnil », "according to the 2024 NAIC cyber insurance report").
const REPORT_GAP: usize = 7;

/// How many sentences of the text open its lead: a report presented there is what the article is.
const OPENING_SENTENCES: usize = 2;

/// Fewer words make a dateline or a byline, not a sentence.
const SENTENCE_WORDS: usize = 6;

/// True when the first sentences of the folded `text` present a report, a study or a year's
/// figures (« Kaspersky dévoile son rapport sur le paysage des menaces liées aux infostealers »,
/// "according to the 2024 NAIC cyber insurance report", « au regard de son dernier rapport annuel
/// 2024 »). With a title that reports no incident, the attack words count what the report counts.
pub(crate) fn lead_presents_report(text: &str) -> bool {
    let words_of = |(a, b): (usize, usize)| -> Vec<&str> {
        text[a..b]
            .split(|c: char| !(super::fold::is_word_char(c) || c == '\''))
            .filter(|w| !w.is_empty())
            .collect()
    };
    // A dateline or a byline ("mars 2025 par Kaspersky") is no sentence of the lead.
    super::context::sentences(text)
        .into_iter()
        .map(words_of)
        .filter(|words| words.len() >= SENTENCE_WORDS)
        .take(OPENING_SENTENCES)
        .any(|words| {
            words.iter().enumerate().any(|(i, w)| {
                PRESENTS.contains(w)
                    && words[i + 1..(i + 1 + REPORT_GAP).min(words.len())]
                        .iter()
                        .any(|n| REPORT_NOUNS.contains(n))
            })
        })
}

/// True when a title frames the whole article as a guide, or as product, policy or statistics
/// prose, or its lead presents a report (`lead_report`), and the title reports no incident of its
/// own (no victim cue that is stated, no actor). The article's attack words then count only in
/// sentences that name a victim or an actor.
pub(crate) fn frames_article(
    text: &str,
    title_cues: &[Found],
    cue_modality: impl Fn(&Found) -> Modality,
    names_actor: bool,
    lead_report: bool,
) -> bool {
    // A report's lead frames a title that names no attack or attacker of its own (« Kaspersky :
    // Un infostealer a permis la fuite des données bancaires de plus de 2 millions de personnes »),
    // not one that does (« 80 pays infiltrés : le FBI dévoile un plan d'espionnage chinois »,
    // "North Korean defectors group leader attacked by state-backed hackers").
    let framed = (lead_report
        && !title_cues
            .iter()
            .any(|c| matches!(c.cue, Cue::AttackNoun | Cue::Attacker)))
        || title_cues
            .iter()
            .any(|c| matches!(c.cue, Cue::Guide | Cue::Prose | Cue::Trend));
    let reports = names_actor
        || title_cues.iter().any(|c| {
            matches!(c.cue, Cue::VictimBefore | Cue::VictimAfter)
                && cue_modality(c) > Modality::Hypothetical
                && !(c.cue == Cue::VictimAfter && points_at_data(text, c.end))
        });
    framed && !reports
}

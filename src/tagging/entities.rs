//! Victims named without any cue the rules know (issue 10): a pass over the title and the lead's
//! incident sentences (those that report an attack, a claim, a leak or a disruption) that reads
//! the names there — capitalised sequences, institutions (« la Mairie de X », "X County"), names
//! joined by de/du/of — and keeps those whose role in the sentence makes them the victim:
//! - the subject of a predicate saying it was hit (« Celui d'Enercoop est également impacté »,
//!   "Uber was the victim of…", « les villes de Nice, Tarbes… ont été visés »), or the subject of
//!   an incident sentence that is an institution, is named in the title too, or is known;
//! - the object of an attack noun (« la cyberattaque de l'hôpital de Corbeil-Essonnes »);
//! - a member of the list of targets that follows a kind of victim (« des collectivités, comme le
//!   conseil régional du Centre-Val de Loire, la CCI… », "companies like Microsoft, Nvidia, and
//!   Okta", « dont ceux des villes de Nice et Marseille »).
//!
//! Sources, investigators, vendors, people and places fall to the same checks as a cue's victim
//! (`analyse::victim_phrase`). What this pass proposes is inferred from the sentence's structure,
//! not stated by a cue: medium confidence at most ("accept all" leaves it), high only where a cue
//! rule says it too. The evidence is the name in its sentence.
use super::context::{self, Cue, Found, Modality};
use super::fold::{Folded, fold};
use super::resolve::Kind;
use super::suggest::{Confidence, Evidence, Field, Hit, Suggester, Suggestions};
use super::victim_rules;
use super::victims::{self, Phrase, Token};

/// Sentences of a text read: a news story says who was hit in its lead, and a trade story lists
/// the clients hit after quoting them (Octave's shops, the twenty-second sentence: 20 left them).
const ROLE_SENTENCES: usize = 24;

/// Words by which a subject is said to be hit or disrupted without a cue phrase (« est également
/// impacté », « ont été visés », "was the victim of", "went offline").
#[rustfmt::skip]
const HIT_WORDS: &[&str] = &[
    "victime", "victimes", "victim", "victims", "impacte", "impactee", "impactes", "impactees",
    "desactive", "desactivee", "desactives", "desactivees", "perturbe", "perturbee", "perturbes",
    "perturbees", "vise", "visee", "vises", "visees", "touche", "touchee", "touches", "touchees",
    "cible", "ciblee", "cibles", "ciblees", "paralyse", "paralysee", "paralyses", "paralysees",
    "pirate", "piratee", "pirates", "piratees", "hacked", "breached", "impacted", "affected",
    "disrupted", "compromised", "compromis", "compromise", "compromises", "offline",
    // « ont été la proie des pirates », "fell prey to".
    "proie", "prey",
    // Round s20lists: a site or service put out of reach is hit as much as one "offline"
    // (« De nombreux sites Web marchands … sont actuellement indisponibles, à l'instar de ceux
    // de Sarodis… », « ont vu leurs sites internet officiels inaccessibles »).
    "indisponible", "indisponibles", "inaccessible", "inaccessibles", "unavailable",
];

/// Participles that say a subject was hit only after an auxiliary ("were hit", "was struck"): as
/// words of a sentence they say nothing ("hit the market").
const PASSIVE_HITS: &[&str] = &[
    "hit", "struck", "attacked", "targeted", "attaques", "attaquee",
];

/// Words between a subject and what is said of it ("was the victim", « ont été visés »).
#[rustfmt::skip]
const GLUE: &[&str] = &[
    "a", "ont", "est", "sont", "ete", "etait", "etaient", "aussi", "egalement", "deja", "lui",
    "meme", "elle", "has", "have", "had", "been", "was", "were", "is", "are", "also", "the", "a",
    "la", "une", "un", "recently", "recemment", "reportedly", "itself", "then", "alors",
    // "fell victim to", "fell prey to".
    "fell",
];

/// Prepositions after an attack noun that introduce what it hit (« la cyberattaque de la mairie »,
/// "the hack of", « l'attaque contre »).
/// ("on", "at", « sur » are left to the cue rules: "packages on npm", "campaign at scale").
const OBJECT_PREPOSITIONS: &[&str] = &["de", "du", "des", "d", "contre", "chez", "of", "against"];

/// Verbs that report an attack on someone without an attack noun (« s'en sont pris à plusieurs
/// collectivités », "went after").
#[rustfmt::skip]
const ATTACK_VERBS: &[&str] = &[
    "s'en sont pris", "s'en est pris", "s'en est prise", "s'en sont prises", "s'en prend",
    "s'en prennent", "s'en prenaient", "went after", "have attacked", "has attacked",
    "ont attaque", "a attaque",
];

/// Verbs of harm whose object is the victim (« affectant notamment les cliniques… »).
#[rustfmt::skip]
const HARM_VERBS: &[&str] = &[
    "affectant", "impactant", "paralysant", "perturbant", "affecting", "impacting", "crippling",
    "disrupting", "paralysing", "paralyzing",
    // Round s39target: « des intrusions …, ciblant les interfaces des académies de La Réunion,
    // de Reims et de Clermont-Ferrand » (twenty-sixth split); what is aimed at is reached.
    "ciblant", "targeting",
];

/// Adverbs between such a verb and its object.
const ADVERBS: &[&str] = &[
    "notamment",
    "particulierement",
    "surtout",
    "including",
    "especially",
    "particularly",
];

/// What says an attack had no effect.
#[rustfmt::skip]
const NO_EFFECT: &[&str] = &[
    "aucun effet", "sans effet", "aucun impact", "sans impact", "aucune consequence",
    "no effect", "no impact", "no visible", "without effect", "without impact",
];

/// Verbs by which an attack is only mentioned (« a évoqué une attaque du site du Sénat »).
#[rustfmt::skip]
const MENTIONS: &[&str] = &[
    "evoque", "evoquent", "evoquait", "evoquaient", "mentionne", "mentionnent", "mentionnait",
    "mentioned", "mentions", "mentioning",
];

/// Whether a mention verb stands within the four words before the attack noun ending at `at`.
fn mentioned_only(text: &str, floor: usize, at: usize) -> bool {
    let from = context::words_back(text, floor, at, 5);
    text[from..at]
        .split(|c: char| !super::fold::is_word_char(c))
        .any(|w| MENTIONS.contains(&w))
}

/// Words that introduce examples of a kind of victim (« des collectivités, comme… »,
/// "companies like…", « dont ceux des villes de… »).
#[rustfmt::skip]
const INTRODUCERS: &[&str] = &[
    "comme", "notamment", "dont", "including", "like", "tels", "telles", "tel", "telle", "ainsi",
    // Round s20lists: « à l'instar de ceux de Sarodis, Daudin Distribution… ». Not "include",
    // « incluent »: no read split gained by them, and "the retailers hit include…" names a
    // spree's earlier victims in a story about its latest.
    "instar",
    // Round s23vrecall: "such as", English for « tels que » ("prominent entities such as Movia,
    // Din Offentlige Transport, the Ministry of Transport…").
    "such",
];

/// Kinds of victim that a list of examples follows.
#[rustfmt::skip]
const KINDS: &[&str] = &[
    "collectivites", "collectivite", "entreprises", "entreprise", "societes", "organisations",
    "organismes", "institutions", "administrations", "operateurs", "operateur", "telecoms",
    "hopitaux", "etablissements", "sites", "communautaires", "villes", "communes", "mairies",
    "universites", "companies", "company", "firms", "organizations", "organisations", "operators",
    "hospitals", "institutions", "agencies", "targets", "cibles", "victimes", "victims",
    "businesses", "retailers", "enseignes", "marques", "brands", "groupes", "groups",
    // Round s19victims: "on behalf of charities including the Cancer Council, Canteen…",
    // "Clients including Sonic Automotive…", « des universités comme… ». Not the press (« comme
    // le rapportent plusieurs médias comme France 3 ») nor members (« regroupant 27
    // associations dont Amnesty International »): they are named as sources and descriptions.
    "charities", "laboratoires", "laboratories", "clients", "customers", "clubs", "schools", "ecoles", "lycees",
    "colleges",
    "plateformes", "platforms", "ministeres", "ministries", "banques", "banks", "cliniques",
    "clinics",
    // Round s20lists: the press lists the titles hit (« plusieurs journaux américains, comme le
    // Wall Street Journal, le Los Angeles Times… », "newspapers including…"); not « médias » nor
    // "outlets", which report (« comme le rapportent plusieurs médias comme France 3 »).
    "journaux", "titres", "quotidiens", "newspapers",
    // Round s23vrecall: what a hacktivist claim lists its targets as.
    "entities", "entites",
];

/// Words before a kind of organisation that make its examples the victim's helpers or clients,
/// not victims (`../shared/TAGGING.md`: investigators, vendors and customers merely mentioned):
/// "Cybersecurity experts from a multitude of companies including Microsoft, Cisco, Symantec,
/// and Meditech worked around-the-clock", "a firm that provides services to dozens of the
/// world's largest … companies, including Oracle, Volkswagen, Airbus" (twenty-third split).
#[rustfmt::skip]
const HELPERS_OR_CLIENTS: &[(&str, &str)] = &[
    ("experts", "from"), ("specialists", "from"), ("services", "to"), ("experts", "de"),
    ("specialistes", "de"), ("services", "a"), ("services", "aux"),
];

/// How many words before a list's introducer [`HELPERS_OR_CLIENTS`] may stand.
const HELPERS_WORDS: usize = 12;

/// Whether the words before a list's introducer (`before`, its sentence's) say whose examples
/// follow are helpers or clients.
fn examples_of_helpers_or_clients(before: &[Token]) -> bool {
    let from = before.len().saturating_sub(HELPERS_WORDS);
    before[from..].windows(2).any(|w| {
        HELPERS_OR_CLIENTS
            .iter()
            .any(|(a, b)| w[0].folded() == *a && w[1].folded() == *b && !w[1].gap)
    })
}

/// What stands for its owner in a list ("celui du ministère", « le portail de la ville de… »).
#[rustfmt::skip]
const STAND_INS: &[&str] = &[
    "celui", "celle", "ceux", "celles", "portail", "portails", "site", "sites", "serveurs",
    "systemes", "reseaux", "website", "websites", "systems", "networks", "servers",
    "etablissements", "filiales", "subsidiaries", "facilities",
    // « ciblant les interfaces des académies de La Réunion, de Reims… » (twenty-sixth split).
    "interfaces",
];

/// Numbers before a stand-in (« quatre établissements du groupe Ramsay »).
#[rustfmt::skip]
const NUMBERS: &[&str] = &[
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "plusieurs", "several",
];

/// Plural institution words and the singular that names each member ("les villes de Nice et
/// Marseille" are the « Ville de Nice » and the « Ville de Marseille »), with its sector and
/// whether only France has them.
#[rustfmt::skip]
const PLURAL_HEADS: &[(&str, &str, &str, bool)] = &[
    ("villes", "Ville", "local-government", false),
    ("communes", "Commune", "local-government", false),
    ("mairies", "Mairie", "local-government", true),
    ("departements", "Département", "local-government", true),
    ("regions", "Région", "local-government", true),
    ("hopitaux", "Hôpital", "health", false),
    ("cliniques", "Clinique", "health", false),
    ("universites", "Université", "education", false),
    // Round s39target: « ciblant les interfaces des académies de La Réunion, de Reims et de
    // Clermont-Ferrand » (twenty-sixth split), French regions' education authorities.
    ("academies", "Académie", "education", true),
    ("lycees", "Lycée", "education", true),
    ("aeroports", "Aéroport", "transport", false),
    ("airports", "Airport", "transport", false),
    // Round s19victims: plural heads of several words (« Les Sociétés de transport de Saguenay,
    // Trois-Rivières, l'Outaouais et Lévis », « des Chambres d'agriculture du Centre-Val de Loire
    // et de Nouvelle-Aquitaine »), written as their folded words.
    ("societes de transport", "Société de transport", "transport", false),
    ("chambres agriculture", "Chambre d'agriculture", "agriculture", true),
];

/// Words of theft before what was taken and whom it was taken from.
#[rustfmt::skip]
const THEFT_WORDS: &[&str] = &[
    "stole", "stolen", "steal", "stealing", "steals", "theft", "thefts", "heist", "drained",
    "siphoned", "vole", "voles", "volee", "volees", "derobe", "derobes", "derobee", "derobees",
];

/// Words that join list members.
const JOINS: &[&str] = &[
    "et", "and", "ou", "or", "encore", "ainsi", "que", "as", "well", "enfin", "puis",
];

/// One field's reading, shared with `analyse::Suggester::scan`.
pub(crate) struct Reading<'a> {
    pub field: Field,
    pub folded: &'a Folded,
    pub original: &'a str,
    pub cues: &'a [Found],
    pub sentences: &'a [(usize, usize)],
    pub hits: &'a [Hit<'a>],
    /// The article's title, original: a name in the title and in the lead is the story's subject.
    pub title: &'a str,
    /// The title frames the article as a guide or as policy, product or statistics prose
    /// (`framing.rs`): only a sentence that says someone was hit names a victim.
    pub framed: bool,
}

/// A candidate victim found by its role.
struct Candidate {
    phrase: Phrase,
    sentence: (usize, usize),
    /// The lead's subject the title names: the story's company, not one that discloses.
    lead: bool,
}

/// A member of a plural head's list (« Ville de Nice »), which no span of the text spells whole.
struct Distributed {
    name: String,
    sector: &'static str,
    french: bool,
    start: usize,
    end: usize,
}

impl Suggester {
    /// The victims one field names by their role in its incident sentences (see the module doc).
    pub(super) fn role_victims(&self, f: &Reading, out: &mut Suggestions) {
        // A title's subject and objects are read by the cue and headline rules; a Title-Case
        // headline would make every word a name.
        if f.field == Field::Title {
            return;
        }
        let text = f.folded.text.as_str();
        let mut found: Vec<Candidate> = Vec::new();
        let mut distributed: Vec<Distributed> = Vec::new();
        let story = super::recalled::story_names(f.title, f.original, |_| false);
        // The story's names that are no group's, for the dates' rule (see analyse.rs).
        let actors: Vec<&str> = f
            .hits
            .iter()
            .filter(|h| h.target.kind == Kind::Actor)
            .map(|h| &text[h.start..h.end])
            .collect();
        let day_names = super::recalled::story_names(f.title, f.original, |w| {
            actors.contains(&w) || context::MONTHS.contains(&w)
        });
        let day = super::victim_dates::story_day(
            &fold(f.title),
            f.sentences.first().map_or("", |&(a, b)| &text[a..b]),
        );
        for (index, &sentence) in f.sentences.iter().enumerate().take(ROLE_SENTENCES) {
            if context::in_background(text, f.sentences, index) {
                continue;
            }
            // Round s21vrecall: the lead's subject, which the title names by its first word, is
            // the story's company even where the lead hedges its incident ("Fujifilm is
            // investigating a potential ransomware attack" under "Fujifilm Shuts Down Servers…",
            // "Indigo Books & Music Inc. is continuing to investigate what it calls a
            // 'cybersecurity incident'" under "Indigo investigating…").
            if index == 0
                && !f.framed
                && let Some(p) = self.lead_subject_the_title_names(f, sentence)
            {
                found.push(Candidate {
                    phrase: p,
                    sentence,
                    lead: true,
                });
            }
            if !incident(text, f.cues, f.hits, sentence)
                || (f.framed && !says_someone_was_hit(text, f.cues, sentence))
                || recalls_the_past(&text[sentence.0..sentence.1])
                || super::victim_objects::hit_in_the_pluperfect(&text[sentence.0..sentence.1])
                || super::victim_names::another_incident(&text[sentence.0..sentence.1])
                || super::victim_names::earlier_elsewhere(&text[sentence.0..sentence.1], &story)
                || (index > 0
                    && super::victim_dates::earlier_day_elsewhere(
                        &text[sentence.0..sentence.1],
                        day,
                        &day_names,
                    ))
            {
                continue;
            }
            let (os, oe) = f.folded.original_range(sentence.0, sentence.1);
            let toks = victims::tokens(f.original, os, oe);
            if toks.is_empty() {
                continue;
            }
            let mut members: Vec<Member> = Vec::new();
            // The subject.
            let first = opening_skipped(f.original, &toks);
            match member_at(f.original, &toks, first) {
                Some(Member::Name(p)) => {
                    let after = toks.partition_point(|t| t.start < p.end);
                    // "Cayuga Medical Center in Ithaca, New York, was temporarily disrupted"
                    // (twenty-third split): where the subject is, then its state, are asides.
                    let placed = past_a_place(&toks, after);
                    let direct = [after, placed].into_iter().any(|after| {
                        (!toks.get(after).is_some_and(|t| t.gap) && hit_follows(&toks, after))
                            || past_apposition(f.original, &toks, after)
                                .is_some_and(|i| hit_follows(&toks, i))
                    });
                    let speaks = victim_rules::reports_on_others(f.original, p.end);
                    let colon = f.field == Field::Title
                        && f.original[p.end..].trim_start().starts_with(':');
                    if !speaks && !colon && direct {
                        let rest = list_after(f.original, &toks, after);
                        members.push(Member::Name(p));
                        members.extend(rest);
                    } else if !speaks
                        && !colon
                        && (says_someone_was_hit(text, f.cues, sentence)
                            || p.head.is_some_and(|h| h.naming))
                        && self.stands_out(f, &p)
                    {
                        members.push(Member::Name(p));
                    }
                }
                Some(Member::Heads(list)) => {
                    // « Les villes de Nice, Tarbes… ainsi que les départements… ont été visés ».
                    let end = list.last().map_or(0, |d| d.end);
                    let rest =
                        list_after(f.original, &toks, toks.partition_point(|t| t.start < end));
                    let last = rest.last().map_or(end, Member::end);
                    if hit_follows(&toks, toks.partition_point(|t| t.start < last)) {
                        members.push(Member::Heads(list));
                        members.extend(rest);
                    }
                }
                None => {}
            }
            // The objects of attack nouns and attack types, unless the attack is only mentioned
            // or had no effect (« a évoqué une attaque du site du Sénat, mais aucun effet… »).
            let sentence_text = &text[sentence.0..sentence.1];
            let without_effect = NO_EFFECT.iter().any(|w| sentence_text.contains(w));
            for at in attack_ends(text, f.cues, f.hits, sentence) {
                if without_effect
                    || mentioned_only(text, sentence.0, at)
                    || super::victim_objects::in_the_pluperfect(text, sentence, at)
                {
                    continue;
                }
                let (_, oe) = f.folded.original_range(at, at);
                let i = toks.partition_point(|t| t.start < oe);
                if let Some(j) = object_start(f.original, &toks, i)
                    && let Some(m) = member_at(f.original, &toks, j)
                {
                    // "malicious packages on npm", "an attack on Microsoft 365": a vendor after an
                    // attack word is the platform or the product.
                    if let Member::Name(p) = &m
                        && self
                            .known_in(f, p)
                            .iter()
                            .any(|h| super::analyse::is_vendor(h.target))
                    {
                        continue;
                    }
                    let after = toks.partition_point(|t| t.start < m.end());
                    members.push(m);
                    members.extend(list_after(f.original, &toks, after));
                }
            }
            // What a verb of harm reaches (« affectant notamment les cliniques Jules Verne… »).
            for (i, t) in toks.iter().enumerate() {
                if !HARM_VERBS.contains(&t.folded()) {
                    continue;
                }
                let mut j = i + 1;
                while toks
                    .get(j)
                    .is_some_and(|n| ADVERBS.contains(&n.folded()) && !n.gap)
                {
                    j += 1;
                }
                if let Some(m) = member_at(f.original, &toks, j) {
                    let after = toks.partition_point(|t| t.start < m.end());
                    members.push(m);
                    members.extend(list_after(f.original, &toks, after));
                }
            }
            // The victims named after a colon that closes the incident's clause (« …qui ont subi
            // fin janvier une attaque informatique : Viamedis (…) et Almerys. »).
            if let Some(colon) = f.original[os..oe].find(':').map(|c| os + c)
                && says_someone_was_hit(text, f.cues, (sentence.0, f.folded.folded_offset(colon)))
            {
                let i = toks.partition_point(|t| t.start < colon);
                if let Some(m) = member_at(f.original, &toks, i) {
                    let after = toks.partition_point(|t| t.start < m.end());
                    let mut listed = vec![m];
                    listed.extend(list_after(f.original, &toks, after));
                    // « D'autres lycées ont été visés : Gallieni à Fréjus, Jean Lurçat… »: each
                    // member is one of the plural head before the colon (Lycée Gallieni).
                    match (0..i).find_map(|k| plural_head(&toks, k)) {
                        Some(head) if head.2 != "local-government" => {
                            members.extend(listed.into_iter().map(|m| of_kind(f.original, m, head)))
                        }
                        _ => members.extend(listed),
                    }
                }
            }
            // Whom something was stolen from ("cybercriminals stole $60 million from Alphapo and
            // $37 million from CoinsPaid", "stole $100M … from the California-based crypto firm
            // Harmony", « des données volées chez… »).
            for (i, t) in toks.iter().enumerate() {
                if !matches!(t.folded(), "from" | "chez") || t.cap {
                    continue;
                }
                let stolen = toks[i.saturating_sub(8)..i]
                    .iter()
                    .any(|w| THEFT_WORDS.contains(&w.folded()));
                if stolen && let Some(m) = member_at(f.original, &toks, i + 1) {
                    members.push(m);
                }
            }
            // A kind of victim, then its members set off by a dash (« plusieurs laboratoires de
            // recherche - le CNRS et l'Inserm - ainsi que… », "three hospitals — St Mary's and
            // Guy's — were hit"); not a parenthesis, which holds an acronym or a place (« des
            // collectivités (SECCOL) », « 3 sites (Beaupréau… »).
            for i in 1..toks.len() {
                let opens = original_between(f.original, &toks[i - 1], &toks[i])
                    .is_some_and(|b| matches!(b.trim(), "-" | "–" | "—"));
                let kind = toks[i.saturating_sub(3)..i]
                    .iter()
                    .any(|k| KINDS.contains(&k.folded()));
                if opens
                    && kind
                    && let Some(m) = member_at(f.original, &toks, i)
                {
                    let after = toks.partition_point(|t| t.start < m.end());
                    members.push(m);
                    members.extend(list_after(f.original, &toks, after));
                }
            }
            // Examples of a kind of victim.
            for (i, t) in toks.iter().enumerate() {
                if !INTRODUCERS.contains(&t.folded()) {
                    continue;
                }
                // Or right after the words that say they were hit (« ont été visés, dont
                // FedPol… », "were hit, including…").
                let kind_before = toks[i.saturating_sub(4)..i].iter().any(|k| {
                    KINDS.contains(&k.folded())
                        || HIT_WORDS.contains(&k.folded())
                        || PASSIVE_HITS.contains(&k.folded())
                });
                if !kind_before || examples_of_helpers_or_clients(&toks[..i]) {
                    continue;
                }
                let mut j = i + 1;
                // « tels que », "such as" … « dont ceux des »: to the first member.
                while toks
                    .get(j)
                    .is_some_and(|n| matches!(n.folded(), "que" | "as" | "qu"))
                {
                    j += 1;
                }
                if let Some(m) = member_at(f.original, &toks, j) {
                    let after = toks.partition_point(|t| t.start < m.end());
                    let mut listed = vec![m];
                    listed.extend(list_after(f.original, &toks, after));
                    // « des universités comme Paris-Descartes »: a bare name listed after a
                    // plural head is one of its kind (Université Paris-Descartes).
                    // Not through a stand-in (« certains hôpitaux, comme celui de Versailles »).
                    let bare = toks.get(j).is_some_and(|t| t.cap);
                    let head = (i.saturating_sub(4)..i).find_map(|k| plural_head(&toks, k));
                    // « plusieurs sites web de mairies françaises, dont celui de Bry-sur-Marne »
                    // (thirteenth split): a town's own site after town halls is its town hall's.
                    if let Some(head) = head.filter(|h| h.1 == "Mairie")
                        && toks.get(j).is_some_and(|t| STAND_INS.contains(&t.folded()))
                        && let Some(prep) = toks
                            .get(j + 1)
                            .filter(|t| matches!(t.folded(), "de" | "d") || (t.elided && t.cap))
                        && let [Member::Name(p)] = listed.as_slice()
                    {
                        let from = if prep.elided {
                            f.original[..prep.start]
                                .trim_end_matches(|c: char| {
                                    c.is_alphabetic() || c == '\'' || c == '’'
                                })
                                .len()
                        } else {
                            prep.start
                        };
                        members.push(Member::Heads(vec![Distributed {
                            name: format!("{} {}", head.1, f.original[from..p.end].trim()),
                            sector: head.2,
                            french: head.3,
                            start: p.start,
                            end: p.end,
                        }]));
                        continue;
                    }
                    match head {
                        Some(head) if bare && head.2 != "local-government" => {
                            members.extend(listed.into_iter().map(|m| match m {
                                Member::Name(p) if p.head.is_none() => {
                                    of_kind(f.original, Member::Name(p), head)
                                }
                                m => m,
                            }))
                        }
                        _ => members.extend(listed),
                    }
                }
            }
            for m in members {
                match m {
                    // « aux couleurs de l'Assurance Maladie », "according to Acme": a brand or a source.
                    Member::Name(phrase)
                        if in_role_position(
                            text,
                            f.cues,
                            sentence.0,
                            f.folded.folded_offset(phrase.start),
                        ) => {}
                    Member::Name(phrase) => found.push(Candidate {
                        phrase,
                        sentence,
                        lead: false,
                    }),
                    Member::Heads(list) => distributed.extend(list),
                }
            }
        }
        if found.is_empty() && distributed.is_empty() {
            return;
        }
        let before = Snapshot::of(out);
        let mut victim_orgs = Vec::new();
        for c in &found {
            let v = if c.lead {
                super::analyse::Victim::of_the_lead(c.phrase.clone(), c.sentence)
            } else {
                super::analyse::Victim::by_role(c.phrase.clone(), c.sentence)
            };
            self.victim_phrase(
                &c.phrase,
                &v,
                f.hits,
                f.folded,
                f.original,
                f.field,
                out,
                &mut victim_orgs,
            );
        }
        for d in &distributed {
            let evidence = Evidence {
                field: f.field,
                start: d.start,
                end: d.end,
                term: f.original[d.start..d.end].to_string(),
            };
            out.push(
                Kind::Organisation,
                &d.name,
                &evidence,
                Confidence::Medium,
                true,
            );
            out.add(Kind::Sector, d.sector, &evidence, Confidence::Medium);
            if d.french {
                out.add(Kind::Country, "FR", &evidence, Confidence::Medium);
            }
        }
        before.cap(out);
    }

    /// The lead sentence's subject when the title opens with its first word ("Indigo" / "Indigo
    /// Books & Music Inc.") and the lead names an incident that it does not deny: the title's
    /// subject, written in full. Also when the title names it elsewhere or the subject tells its
    /// own incident (`lead_subject.rs`), where the lead names its incident in any way. A known name (a vendor, an actor, a country) is left to the
    /// other rules: "Google is announcing…", "LockBit a revendiqué…".
    fn lead_subject_the_title_names(&self, f: &Reading, s: (usize, usize)) -> Option<Phrase> {
        let text = f.folded.text.as_str();
        let here = context::cues_in(f.cues, s.0, s.1);
        let told = here.iter().any(|c| {
            matches!(
                c.cue,
                Cue::VictimBefore | Cue::VictimAfter | Cue::AttackNoun | Cue::Recovery
            ) && context::modality(text, f.cues, s, c.start, c.end) != Modality::Negated
        });
        let other_kind = here
            .iter()
            .any(|c| matches!(c.cue, Cue::Prose | Cue::Statistics | Cue::Guide));
        // Round s23vrecall: an incident a stated attack type or an incident noun names is one
        // too, for a subject that tells its own ("its computer systems were infected by the
        // ransomware virus", "a nondescript 'cybersecurity event'").
        let reported = told
            || incident(text, f.cues, f.hits, s)
            || super::lead_subject::names_an_incident(&text[s.0..s.1]);
        if !reported || other_kind {
            return None;
        }
        let (os, oe) = f.folded.original_range(s.0, s.1);
        let toks = victims::tokens(f.original, os, oe);
        let p = victims::phrase_forward(&toks, opening_skipped(f.original, &toks))?;
        let (fs, fe) = (
            f.folded.folded_offset(p.start),
            f.folded.folded_offset(p.end),
        );
        let known = f.hits.iter().any(|h| {
            h.start < fe && h.end > fs && matches!(h.target.kind, Kind::Organisation | Kind::Actor)
        });
        if !p.proper || known || victim_rules::reports_on_others(f.original, p.end) {
            return None;
        }
        let name = fold(p.name(f.original).trim());
        let first = name.split_whitespace().next()?;
        let title = fold(f.title);
        let named = first.chars().count() >= 4 && title.split_whitespace().next() == Some(first);
        // Round s23vrecall: the title names the lead's subject elsewhere than first ("Hackers
        // Tried To Extort Money From Sacramento Transit System" over "Sacramento Regional Transit
        // officials are blaming a 'cyber ransom attack'"), or the subject tells its own incident
        // ("US newspaper publisher Lee Enterprises is one week into tackling a nondescript
        // 'cybersecurity event'"). Not a number ("three hit by cyber-attack"). A subject the
        // title names needs a cue's incident: an attack type alone may be a product's ("SpyGuard
        // and MVT help look for traces of spyware").
        let in_title = first.chars().count() >= 4
            && !NUMBERS.contains(&first)
            && title
                .split(|c: char| !super::fold::is_word_char(c))
                .any(|w| w == first);
        let (_, oe) = f.folded.original_range(s.0, s.1);
        let own = super::lead_subject::tells_its_own_incident(f.original, p.end, oe);
        (((named || in_title) && told) || own).then_some(p)
    }

    /// Whether a subject that is not said to be hit is still the story's victim: an institution
    /// (« la Mairie de… », "… School District"), or a name the title gives too.
    fn stands_out(&self, f: &Reading, p: &Phrase) -> bool {
        if p.head.is_some_and(|h| h.naming) && p.proper {
            return true;
        }
        // A known organisation in the title is as often the vendor or the researcher.
        if !self.known_in(f, p).is_empty() {
            return false;
        }
        let name = fold(p.name(f.original).trim());
        name.chars().count() >= 3 && {
            let title = fold(f.title);
            title
                .match_indices(name.as_str())
                .any(|(i, _)| context::at_word_boundary(&title, i, i + name.len()))
        }
    }
}

impl Suggester {
    /// The known organisations a phrase holds.
    fn known_in<'h>(&self, f: &'h Reading, p: &Phrase) -> Vec<&'h Hit<'h>> {
        let (fs, fe) = (
            f.folded.folded_offset(p.start),
            f.folded.folded_offset(p.end),
        );
        f.hits
            .iter()
            .filter(|h| h.start >= fs && h.end <= fe && h.target.kind == Kind::Organisation)
            .collect()
    }
}

/// The text between two tokens of a sentence.
fn original_between<'a>(original: &'a str, a: &Token, b: &Token) -> Option<&'a str> {
    original.get(a.end..b.start)
}

/// A list member: a name, or the members of a plural institution word.
enum Member {
    Name(Phrase),
    Heads(Vec<Distributed>),
}

/// A member named after a plural head's kind ("Gallieni" after « lycées » is Lycée Gallieni).
fn of_kind(original: &str, m: Member, head: &(&str, &str, &'static str, bool)) -> Member {
    match m {
        Member::Name(p) => Member::Heads(vec![Distributed {
            name: format!("{} {}", head.1, original[p.name_start..p.end].trim()),
            sector: head.2,
            french: head.3,
            start: p.start,
            end: p.end,
        }]),
        heads => heads,
    }
}

impl Member {
    fn end(&self) -> usize {
        match self {
            Member::Name(p) => p.end,
            Member::Heads(list) => list.last().map_or(0, |d| d.end),
        }
    }
}

/// True when a role cue ("selon", "according to", "aux couleurs de") ends within the three words
/// of its sentence before `at`.
fn in_role_position(text: &str, cues: &[Found], floor: usize, at: usize) -> bool {
    let from = context::words_back(text, floor, at, 3);
    context::cues_in(cues, from, at)
        .iter()
        .any(|c| c.cue == Cue::RoleAfter && c.end <= at)
}

/// Whether the sentence reports an incident: a victim cue, an attack noun or type, a recovery,
/// or a word saying something was hit, not denied nor hypothetical; and it is no product,
/// statistics or guide prose.
fn incident(text: &str, cues: &[Found], hits: &[Hit], s: (usize, usize)) -> bool {
    let here = context::cues_in(cues, s.0, s.1);
    if here
        .iter()
        .any(|c| matches!(c.cue, Cue::Prose | Cue::Statistics | Cue::Guide))
    {
        return false;
    }
    let sentence = &text[s.0..s.1];
    // Words first: they cost no modality reading.
    if sentence
        .split(|c: char| !super::fold::is_word_char(c))
        .any(|w| HIT_WORDS.contains(&w))
        || (sentence.contains("s'en ")
            || sentence.contains("attack")
            || sentence.contains("attaqu")
            || sentence.contains("went after"))
            && ATTACK_VERBS.iter().any(|v| sentence.contains(v))
    {
        return true;
    }
    let stated = |start: usize, end: usize| {
        context::modality(text, cues, s, start, end) > Modality::Hypothetical
    };
    here.iter().any(|c| {
        matches!(
            c.cue,
            Cue::VictimBefore | Cue::VictimAfter | Cue::AttackNoun | Cue::Recovery
        ) && stated(c.start, c.end)
    }) || in_sentence(hits, s)
        .iter()
        .filter(|h| h.end <= s.1 && h.target.kind == Kind::Attack)
        .any(|h| stated(h.start, h.end))
}

/// The hits that start in sentence `s` (hits are sorted by start).
fn in_sentence<'h, 'a>(hits: &'h [Hit<'a>], s: (usize, usize)) -> &'h [Hit<'a>] {
    let a = hits.partition_point(|h| h.start < s.0);
    let b = hits.partition_point(|h| h.start < s.1);
    &hits[a..b.max(a)]
}

/// Whether the sentence says someone was hit (a victim cue, a recovery, a word such as
/// « impacté »), not only that an attack or a kind of attack exists ("SpyGuard et MVT aident à
/// rechercher des traces de spyware").
fn says_someone_was_hit(text: &str, cues: &[Found], s: (usize, usize)) -> bool {
    context::cues_in(cues, s.0, s.1).iter().any(|c| {
        matches!(c.cue, Cue::VictimBefore | Cue::VictimAfter | Cue::Recovery)
            && context::modality(text, cues, s, c.start, c.end) > Modality::Hypothetical
    }) || text[s.0..s.1]
        .split(|c: char| !super::fold::is_word_char(c))
        .any(|w| HIT_WORDS.contains(&w))
}

/// A sentence in the pluperfect that dates what it tells ("L'été 2025 avait déjà été marqué par…",
/// "In 2019 the group had hit…"): an earlier incident recalled.
fn recalls_the_past(sentence: &str) -> bool {
    let words: Vec<&str> = sentence
        .split(|c: char| !super::fold::is_word_char(c))
        .filter(|w| !w.is_empty())
        .collect();
    let year = words.iter().any(|w| {
        w.len() == 4
            && w.chars().all(|c| c.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"))
    });
    let pluperfect = words
        .iter()
        .any(|w| matches!(*w, "avait" | "avaient" | "had"));
    year && pluperfect || PERIODS.iter().any(|p| sentence.contains(p))
}

/// A period rather than an event: its victims are examples (« plus de 700 grandes entreprises
/// ces dernières années – dont Michelin… »).
#[rustfmt::skip]
const PERIODS: &[&str] = &[
    "ces dernieres annees", "ces derniers mois", "au cours des dernieres annees",
    "depuis des annees", "in recent years", "over the years", "over the past years",
    "in the past few years", "in previous years",
];

/// Where a sentence's subject starts: past up to two opening phrases ending with a comma
/// (« Mardi, entre autres, les villes… »).
fn opening_skipped(original: &str, toks: &[Token]) -> usize {
    let mut first = 0;
    for _ in 0..2 {
        // « Mardi, les villes de Nice, Tarbes et Pau ont été visés »: a plural head's list is
        // the subject, not an opening phrase that ends at its first comma.
        // So is one after what stands for its members (« les sites des communes d’Ezanville,
        // Jouy-le-Moutier… ont été victimes », twenty-third split).
        if plural_head_at(toks, first)
            || matches!(member_at(original, toks, first), Some(Member::Heads(_)))
        {
            break;
        }
        let next = victim_rules::subject_start(original, &toks[first..]);
        if next == 0 {
            break;
        }
        first += next;
    }
    // « Dans la nuit de jeudi à vendredi les sites des communes d’Ezanville… ont été victimes »
    // (twenty-third split): an opening phrase with no comma and no name before a plural head's
    // list (whether the list is the subject is still asked: a hit must follow it).
    if first == 0 && !matches!(member_at(original, toks, 0), Some(Member::Heads(_))) {
        let opening = (2..toks.len().min(OPENING_WORDS))
            .take_while(|&k| !toks[k - 1].cap)
            .find(|&k| {
                victims::DETERMINERS.contains(&toks[k].folded())
                    && matches!(member_at(original, toks, k), Some(Member::Heads(_)))
            });
        if let Some(k) = opening {
            return k;
        }
    }
    first
}

/// How many words an opening phrase without a comma may hold before a plural head's list.
const OPENING_WORDS: usize = 10;

/// Whether the words at `i` say the subject before them was hit ("was the victim", « ont été
/// visés », « est également impacté »).
/// The first word may follow punctuation (an apposition's closing comma); the rest may not.
fn hit_follows(toks: &[Token], mut i: usize) -> bool {
    let first = i;
    let joined = |t: &Token, i: usize| i == first || !t.gap;
    // An adverb after the auxiliary ("was temporarily disrupted", twenty-third split; « a été
    // gravement touché »).
    let adverb = |t: &Token, i: usize| {
        i > first
            && GLUE.contains(&toks[i - 1].folded())
            && (t.folded.ends_with("ly") || t.folded.ends_with("ment"))
    };
    while toks
        .get(i)
        .is_some_and(|t| (GLUE.contains(&t.folded()) || adverb(t, i)) && joined(t, i))
        && i - first < 4
    {
        i += 1;
    }
    toks.get(i).is_some_and(|t| {
        joined(t, i)
            && (HIT_WORDS.contains(&t.folded())
                || (i > first && PASSIVE_HITS.contains(&t.folded())))
    })
}

/// Past an apposition set between commas after a subject (« Celui d'Enercoop, coopérative
/// énergétique française, est… », "Globex, a retailer, was…"): the token after its closing comma.
/// Up to sixteen words: "Brewers Retail, a consortium of brewing conglomerates that owns the
/// retail chain known as The Beer Store, was targeted" (seventh split).
fn past_apposition(original: &str, toks: &[Token], i: usize) -> Option<usize> {
    let comma_before = |k: usize| {
        k > 0
            && toks[k].gap
            && original
                .get(toks[k - 1].end..toks[k].start)
                .is_some_and(|b| b.trim() == ",")
    };
    if !toks.get(i).is_some_and(|_| comma_before(i)) {
        return None;
    }
    (i + 1..toks.len().min(i + 17)).find(|&k| comma_before(k))
}

/// Folded offsets where an attack noun or a stated attack type ends in the sentence.
fn attack_ends(text: &str, cues: &[Found], hits: &[Hit], s: (usize, usize)) -> Vec<usize> {
    let stated = |start: usize, end: usize| {
        context::modality(text, cues, s, start, end) > Modality::Hypothetical
    };
    let mut out: Vec<usize> = context::cues_in(cues, s.0, s.1)
        .iter()
        .filter(|c| c.cue == Cue::AttackNoun && stated(c.start, c.end))
        .map(|c| c.end)
        .collect();
    out.extend(
        in_sentence(hits, s)
            .iter()
            .filter(|h| h.end <= s.1 && h.target.kind == Kind::Attack)
            .filter(|h| stated(h.start, h.end))
            .map(|h| h.end),
    );
    out.sort_unstable();
    out.dedup();
    out
}

/// After an attack noun at token `i`: one lower-case word at most ("informatique", "massive"),
/// then a preposition that introduces what was hit; the token after it.
fn object_start(original: &str, toks: &[Token], mut i: usize) -> Option<usize> {
    for _ in 0..2 {
        let t = toks.get(i)?;
        if t.gap {
            return None;
        }
        if OBJECT_PREPOSITIONS.contains(&t.folded()) {
            return Some(i + 1);
        }
        // "d'Armentières": the preposition is elided into the name (not "l'Assurance Maladie").
        if t.elided && t.cap {
            let before = original[..t.start].trim_end_matches(['\'', '’']);
            return before.ends_with(['d', 'D']).then_some(i);
        }
        if t.cap {
            return None;
        }
        i += 1;
    }
    None
}

/// The member that starts at token `i`: past determiners and what stands for its owner
/// ("celui du", « le portail de »), a plural institution word's members, or a name.
fn member_at(original: &str, toks: &[Token], i: usize) -> Option<Member> {
    let mut i = i;
    while toks.get(i).is_some_and(|t| {
        victims::DETERMINERS.contains(&t.folded())
            || NUMBERS.contains(&t.folded())
            || t.folded.chars().all(|c| c.is_ascii_digit())
    }) {
        i += 1;
    }
    if toks.get(i).is_some_and(|t| STAND_INS.contains(&t.folded())) {
        // « les sites Web du Mossad »: past the words that say which asset.
        i = victim_rules::past_asset_qualifiers(toks, i) - 1;
        let owner = toks.get(i + 1)?;
        i = if owner.elided && !matches!(owner.folded(), "de" | "du" | "des" | "of") {
            i + 1
        } else if matches!(owner.folded(), "de" | "du" | "des" | "d" | "of") {
            i + 2
        } else {
            return None;
        };
    }
    if let Some(list) = distribute(original, toks, i) {
        return Some(Member::Heads(list));
    }
    // A description with no name after it ("British company targeted…") is no member.
    victims::phrase_forward(toks, i)
        .filter(|p| p.proper && p.name_start < p.end)
        .map(Member::Name)
}

/// Whether a plural institution word opens the words at `i`, past their determiners.
fn plural_head_at(toks: &[Token], mut i: usize) -> bool {
    while toks
        .get(i)
        .is_some_and(|t| victims::DETERMINERS.contains(&t.folded()))
    {
        i += 1;
    }
    plural_head(toks, i).is_some()
}

/// The plural institution word at token `i` (« villes », « sociétés de transport »).
fn plural_head(
    toks: &[Token],
    i: usize,
) -> Option<&'static (&'static str, &'static str, &'static str, bool)> {
    PLURAL_HEADS.iter().find(|(plural, ..)| {
        let words: Vec<&str> = plural.split(' ').collect();
        toks.get(i..i + words.len()).is_some_and(|ts| {
            ts.iter().zip(&words).all(|(t, w)| t.folded == *w) && ts.iter().skip(1).all(|t| !t.gap)
        })
    })
}

/// « les villes de Nice, Tarbes, Pau » → Ville de Nice, Ville de Tarbes, Ville de Pau; « les
/// départements de l'Eure et de l'Aude » → Département de l'Eure, Département de l'Aude.
fn distribute(original: &str, toks: &[Token], i: usize) -> Option<Vec<Distributed>> {
    let &(plural, singular, sector, french) = plural_head(toks, i)?;
    let mut out = Vec::new();
    let mut j = i + plural.split(' ').count();
    // The preposition a member without its own takes ("villes de Nice, Tarbes").
    let mut shared = String::new();
    while j < toks.len() && out.len() < 16 {
        let t = &toks[j];
        let own = matches!(t.folded(), "de" | "des" | "du" | "d") && !t.cap;
        let mut k = if own { j + 1 } else { j };
        // « de la Haute-Garonne »
        if own && toks.get(k).is_some_and(|n| n.folded == "la" && !n.cap) {
            k += 1;
        }
        let Some(n) = toks.get(k).filter(|n| n.cap && (k == j || !n.gap)) else {
            break;
        };
        // « les cliniques Jules Verne … et de l'Estuaire »: the first name may follow at once.
        if !own && shared.is_empty() && !n.elided && !out.is_empty() {
            break;
        }
        let mut end = k;
        while toks.get(end + 1).is_some_and(|w| w.cap && !w.gap) {
            end += 1;
        }
        let from = if own {
            t.start
        } else if n.elided {
            // "d'Armentières": the elided preposition is written just before the name.
            original[..n.start]
                .trim_end_matches(|c: char| c.is_alphabetic() || c == '\'' || c == '’')
                .len()
        } else {
            n.start
        };
        let from = from.min(n.start);
        let written = original[from..toks[end].end].trim();
        // « de Saguenay, …, l'Outaouais »: an elided article takes the shared preposition, an
        // elided preposition (« d'Armentières ») is its own.
        let article = n.elided && original[from..n.start].to_lowercase().starts_with('l');
        let name = if own || (n.elided && !article) || shared.is_empty() {
            format!("{singular} {written}")
        } else {
            format!("{singular} {shared} {written}")
        };
        // « les sites des communes d’Ezanville, Jouy-le-Moutier, Goussainville et Piscop »
        // (twenty-third split): an elided preposition is the list's too.
        if n.elided && !article && shared.is_empty() {
            shared = "de".to_string();
        }
        if own {
            shared = if t.folded == "d" {
                "de".to_string()
            } else {
                t.folded.to_string()
            };
            if shared == "des" || shared == "du" {
                shared = "de".to_string();
            }
        }
        out.push(Distributed {
            name,
            sector,
            french,
            start: from,
            end: toks[end].end,
        });
        j = end + 1;
        // « Jules Verne à Nantes »: where the member is, not part of its name.
        if toks
            .get(j)
            .is_some_and(|w| matches!(w.folded(), "a" | "in") && !w.gap)
            && toks.get(j + 1).is_some_and(|w| w.cap && !w.gap)
        {
            j += 2;
            while toks.get(j).is_some_and(|w| w.cap && !w.gap) {
                j += 1;
            }
        }
        // Past a comma or « et »/"and" to the next member.
        let mut next = toks.get(j).is_some_and(|w| w.gap);
        while toks
            .get(j)
            .is_some_and(|w| matches!(w.folded(), "et" | "and" | "ou") && !w.cap)
        {
            j += 1;
            next = true;
        }
        if !next {
            break;
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The members listed after position `i` ("…, la CCI des Hauts-de-France, le portail de la ville de
/// Montpellier et les départements de l'Eure et de l'Aude").
fn list_after(original: &str, toks: &[Token], mut i: usize) -> Vec<Member> {
    let mut out = Vec::new();
    while i < toks.len() && out.len() < 16 {
        // An aside in parentheses after a member ("Viamedis (détenue notamment par…) et Almerys").
        if i > 0
            && original
                .get(toks[i - 1].end..toks[i].start)
                .is_some_and(|b| b.trim_start().starts_with('('))
            && let Some(close) = original[toks[i - 1].end..].find(')')
        {
            let close = toks[i - 1].end + close;
            i = toks.partition_point(|t| t.start < close);
            if i >= toks.len() {
                break;
            }
        }
        i = past_a_place(toks, i);
        if i >= toks.len() {
            break;
        }
        let mut joined = toks[i].gap;
        while toks
            .get(i)
            .is_some_and(|t| JOINS.contains(&t.folded()) && !t.cap)
        {
            i += 1;
            joined = true;
        }
        if !joined {
            break;
        }
        let Some(mut m) = member_at(original, toks, i) else {
            break;
        };
        // "GEMCO Constructors, Dynamo Electric and Farnell Packaging": past a comma, the last
        // "B and C" is two names.
        if let Member::Name(p) = &mut m {
            let (from, to) = (i, toks.partition_point(|t| t.start < p.end));
            if let Some(k) = super::victim_names::and_splits(toks, from, to) {
                p.end = toks[k - 1].end;
            }
        }
        i = past_a_place(toks, toks.partition_point(|t| t.start < m.end()));
        // « la Fédération française de football », « l'Office public de l'habitat »: a name that
        // goes on in lower case cannot be told from its description; the list stops there.
        if matches!(m, Member::Name(_)) && goes_on_in_lower_case(toks, i) {
            break;
        }
        out.push(m);
    }
    out
}

/// Past where a member is (« Gallieni à Fréjus, Jean Lurçat à Martigues »): the token after the
/// place, or `i`.
fn past_a_place(toks: &[Token], i: usize) -> usize {
    let at = |k: usize| toks.get(k).is_some_and(|t| t.cap && !t.gap);
    if !toks
        .get(i)
        .is_some_and(|t| matches!(t.folded(), "a" | "in") && !t.gap && !t.cap)
        || !at(i + 1)
    {
        return i;
    }
    let mut j = i + 2;
    while at(j) {
        j += 1;
    }
    j
}

/// Whether the name that ends before token `i` goes on in lower case: « la Fédération française de
/// football », « l'Office public de l'habitat de Bobigny ».
fn goes_on_in_lower_case(toks: &[Token], i: usize) -> bool {
    let of = |t: &Token| matches!(t.folded(), "de" | "du" | "des" | "d");
    let Some(next) = toks.get(i).filter(|t| !t.cap && !t.gap) else {
        return false;
    };
    if JOINS.contains(&next.folded()) {
        return false;
    }
    let after = &toks[i + 1..];
    if of(next) {
        return after
            .first()
            .is_some_and(|t| !t.cap && !t.gap && !victims::DETERMINERS.contains(&t.folded()));
    }
    after.iter().take(2).any(of)
}

/// The facets' lists before the pass: what it adds stays medium, and what was there keeps its
/// confidence (the pass never raises one).
struct Snapshot {
    lists: [Vec<(String, Confidence)>; 3],
}

impl Snapshot {
    fn of(out: &Suggestions) -> Snapshot {
        let take = |l: &[super::suggest::Suggestion]| {
            l.iter().map(|s| (s.value.clone(), s.confidence)).collect()
        };
        Snapshot {
            lists: [take(&out.target), take(&out.sector), take(&out.country)],
        }
    }

    fn cap(&self, out: &mut Suggestions) {
        for (list, before) in [&mut out.target, &mut out.sector, &mut out.country]
            .into_iter()
            .zip(&self.lists)
        {
            for s in list.iter_mut() {
                match before.iter().find(|(v, _)| *v == s.value) {
                    Some((_, c)) => s.confidence = *c,
                    None => s.confidence = s.confidence.min(Confidence::Medium),
                }
            }
        }
    }
}

/// Attack nouns that, opening what follows a title's colon, say its subject was hit (« Cité de
/// Clarence-Rockland : attaque informatique », "Acme: cyberattack disrupts…").
const OPENING_ATTACKS: &[&str] = &[
    "cyberattaque",
    "attaque",
    "piratage",
    "cyberattack",
    "attack",
    "hack",
    "intrusion",
];

/// Whether `after_colon` (": …", original) opens with an attack noun.
pub(crate) fn attack_noun_opens(after_colon: &str) -> bool {
    let rest = after_colon.trim_start_matches([':', ' ', '\u{a0}']);
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect();
    OPENING_ATTACKS.contains(&fold(&word).as_str())
}

//! Tag values made meaningful for exports: which actor, organisation, sector, country or attack type
//! each value is in the vocabulary, with the ids threat-intelligence platforms expect.
use super::ExportItem;
use super::galaxy::{Cluster, Data};
use super::text::plain_summary;
use crate::model::{Facet, Lang, Tlp};
use crate::tagging::{Kind, Resolution, Vocabulary, extract_cves};

/// STIX confidence of a tag the analyst typed or picked (the STIX 2.1 "High" of its
/// None/Low/Med/High scale).
pub const TYPED: u8 = 85;
/// STIX confidence of an accepted suggestion ("Med"): the analyst saw the evidence, did not write it.
pub const SUGGESTED: u8 = 50;

pub use crate::model::is_unattributed;

/// An ATT&CK technique an attack type maps to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Technique {
    /// `T1566`.
    pub id: String,
    /// `Phishing`; the id itself when the bundled ATT&CK data lacks it (ICS techniques).
    pub name: String,
    /// Its `mitre-attack-pattern` galaxy cluster.
    pub cluster: Option<Cluster>,
}

/// An actor tag, with what the vocabulary knows about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorRef {
    /// The stored value (canonical when known).
    pub name: String,
    /// Other names, without the canonical one.
    pub aliases: Vec<String>,
    /// Suspected country of origin (ISO 3166 alpha-2).
    pub country: Option<String>,
    /// That country's English name.
    pub country_name: Option<String>,
    /// MISP galaxy UUID.
    pub misp_uuid: Option<String>,
    /// MITRE ATT&CK group id (`G0007`).
    pub attack_id: Option<String>,
    /// True when the vocabulary knows this actor (a named group), false for a free value.
    pub known: bool,
    /// The explicit "no attribution" value: never exported as a group.
    pub unattributed: bool,
    /// The vocabulary's French label, when it has one (`non attribué`): what a French digest says.
    pub fr: Option<String>,
    /// Its MISP galaxy clusters, each in the galaxy that holds it.
    pub clusters: Vec<Cluster>,
}

/// A target tag: an organisation, a sector or a country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetRef {
    /// The canonical value (organisation name, sector id, ISO code), else the stored value.
    pub value: String,
    /// English label.
    pub en: String,
    /// French label, when it differs from the English one.
    pub fr: Option<String>,
    /// An organisation's sector id.
    pub sector: Option<String>,
    /// An organisation's country (ISO code).
    pub country: Option<String>,
    /// A sector's or country's MISP galaxy cluster.
    pub cluster: Option<Cluster>,
}

/// An attack-type tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttackRef {
    /// The canonical id (`ransomware`), else the stored value.
    pub id: String,
    /// English label.
    pub en: String,
    /// French label, when it differs from the English one.
    pub fr: Option<String>,
    /// MITRE ATT&CK technique ids (`T1486`).
    pub techniques: Vec<String>,
    /// The same techniques with their names and clusters.
    pub patterns: Vec<Technique>,
}

/// One article with its tags classified.
#[derive(Debug, Clone, PartialEq)]
pub struct Enriched<'a> {
    /// The exported article and note.
    pub item: &'a ExportItem,
    /// Actor tags.
    pub actors: Vec<ActorRef>,
    /// Target tags that are organisations, or unknown to the vocabulary.
    pub organisations: Vec<TargetRef>,
    /// Target tags that are sectors.
    pub sectors: Vec<TargetRef>,
    /// Target tags that are countries.
    pub countries: Vec<TargetRef>,
    /// Attack-type tags.
    pub attacks: Vec<AttackRef>,
    /// CVE ids in the title and text.
    pub cves: Vec<String>,
    /// The summary as one paragraph of plain text.
    pub summary: String,
    /// The article's TLP, else the export's default.
    pub tlp: Tlp,
}

impl<'a> Enriched<'a> {
    /// Classifies the tags of `item` with `vocab`, naming the clusters of `galaxy`; `tlp` applies
    /// unless the article has its own.
    pub fn new(item: &'a ExportItem, vocab: &Vocabulary, galaxy: &Data, tlp: Tlp) -> Enriched<'a> {
        let a = &item.article;
        let tags = &a.summary.tags;
        let mut e = Enriched {
            tlp: a.tlp.unwrap_or(tlp),
            item,
            actors: attribution(tags.actor.iter().map(|v| actor(vocab, galaxy, v)).collect()),
            organisations: Vec::new(),
            sectors: Vec::new(),
            countries: Vec::new(),
            attacks: tags
                .attack
                .iter()
                .map(|v| attack(vocab, galaxy, v))
                .collect(),
            cves: extract_cves(&format!("{}\n{}", a.summary.title, a.text)),
            summary: plain_summary(a),
        };
        for value in &tags.target {
            let (kind, target) = target(vocab, galaxy, value);
            let list = match kind {
                Kind::Sector => &mut e.sectors,
                Kind::Country => &mut e.countries,
                _ => &mut e.organisations,
            };
            if !list.iter().any(|t| t.value == target.value) {
                list.push(target);
            }
        }
        e
    }

    /// True when the article carries no tag at all.
    pub fn untagged(&self) -> bool {
        self.item.article.summary.tags.is_empty()
    }

    /// The confidence of one of the article's tags: lower when it was an accepted suggestion.
    pub fn confidence(&self, facet: Facet, value: &str) -> u8 {
        let key = value.trim().to_lowercase();
        let suggested = self.item.suggested.get(facet).iter();
        match suggested.map(|v| v.trim().to_lowercase()).any(|v| v == key) {
            true => SUGGESTED,
            false => TYPED,
        }
    }

    /// The confidence of the article's whole tagging: its least confident tag.
    pub fn overall_confidence(&self) -> u8 {
        let tags = &self.item.article.summary.tags;
        Facet::ALL
            .into_iter()
            .flat_map(|f| tags.get(f).iter().map(move |v| self.confidence(f, v)))
            .min()
            .unwrap_or(TYPED)
    }
}

/// The canonical value `value` stands for in `facet`, when exactly one entry matches.
fn canonical(vocab: &Vocabulary, facet: Facet, value: &str) -> Option<(Kind, String)> {
    match vocab.resolve(facet, value, &[]) {
        Resolution::Canonical(c) => Some((c.kind, c.value)),
        Resolution::Ambiguous(_) | Resolution::New(_) => None,
    }
}

fn french(en: &str, fr: String) -> Option<String> {
    (fr != en).then_some(fr)
}

/// An article is attributed or explicitly unattributed, never both: tags from before veille
/// settled them (or a merge of two stories' tags) can hold both, and then the named groups win,
/// so no platform receives a group and "no attribution" for one report.
fn attribution(mut actors: Vec<ActorRef>) -> Vec<ActorRef> {
    if names_a_group(&actors) {
        actors.retain(|x| !x.unattributed);
    }
    actors
}

/// True when one of `actors` is a named group, not "unattributed": then "unattributed" beside it
/// goes, within an article ([`attribution`]) and within a story (STIX reports, the digest): one
/// source attributing a story attributes it.
pub(super) fn names_a_group<'x>(actors: impl IntoIterator<Item = &'x ActorRef>) -> bool {
    actors.into_iter().any(|x| !x.unattributed)
}

fn actor(vocab: &Vocabulary, galaxy: &Data, value: &str) -> ActorRef {
    let resolved = canonical(vocab, Facet::Actor, value);
    if is_unattributed(value) || resolved.as_ref().is_some_and(|(_, c)| is_unattributed(c)) {
        return ActorRef {
            name: "unattributed".into(),
            aliases: Vec::new(),
            country: None,
            country_name: None,
            misp_uuid: None,
            attack_id: None,
            known: true,
            unattributed: true,
            clusters: Vec::new(),
            fr: vocab.actor("unattributed").and_then(|a| a.fr.clone()),
        };
    }
    let known = resolved.and_then(|(_, name)| vocab.actor(&name));
    match known {
        Some(a) => ActorRef {
            name: a.name.clone(),
            aliases: a
                .aliases
                .iter()
                .filter(|x| **x != a.name)
                .cloned()
                .collect(),
            country: a.country.clone(),
            country_name: a
                .country
                .as_deref()
                .and_then(|c| vocab.country(c))
                .map(|c| c.en.clone()),
            misp_uuid: a.uuid.clone(),
            attack_id: a.attack_id.clone(),
            known: true,
            unattributed: false,
            clusters: galaxy.actor(&a.name),
            fr: a.fr.clone(),
        },
        None => ActorRef {
            name: value.to_string(),
            aliases: Vec::new(),
            country: None,
            country_name: None,
            misp_uuid: None,
            attack_id: None,
            known: false,
            unattributed: false,
            clusters: Vec::new(),
            fr: None,
        },
    }
}

fn technique(galaxy: &Data, id: &str) -> Technique {
    let known = galaxy.technique(id);
    Technique {
        id: id.to_owned(),
        name: known
            .as_ref()
            .map_or_else(|| id.to_owned(), |(name, _)| name.clone()),
        cluster: known.map(|(_, cluster)| cluster),
    }
}

fn attack(vocab: &Vocabulary, galaxy: &Data, value: &str) -> AttackRef {
    let known = canonical(vocab, Facet::Attack, value).and_then(|(_, id)| vocab.attack_type(&id));
    match known {
        Some(t) => AttackRef {
            id: t.id.clone(),
            en: t.en.clone(),
            fr: french(&t.en, t.fr.clone()),
            techniques: t.attack_ids.clone(),
            patterns: t
                .attack_ids
                .iter()
                .map(|id| technique(galaxy, id))
                .collect(),
        },
        None => AttackRef {
            id: value.to_string(),
            en: value.to_string(),
            fr: None,
            techniques: Vec::new(),
            patterns: Vec::new(),
        },
    }
}

fn target(vocab: &Vocabulary, galaxy: &Data, value: &str) -> (Kind, TargetRef) {
    let free = TargetRef {
        value: value.to_string(),
        en: value.to_string(),
        fr: None,
        sector: None,
        country: None,
        cluster: None,
    };
    let Some((kind, canonical)) = canonical(vocab, Facet::Target, value) else {
        return (Kind::Organisation, free);
    };
    let label = |lang| vocab.label(kind, &canonical, lang);
    let (Some(en), Some(fr)) = (label(Lang::En), label(Lang::Fr)) else {
        return (Kind::Organisation, free);
    };
    let org = vocab
        .organisation(&canonical)
        .filter(|_| kind == Kind::Organisation);
    let cluster = match kind {
        Kind::Country => galaxy.country(&canonical),
        Kind::Sector => super::sectors::get(&canonical).and_then(|s| galaxy.sector(s.misp)),
        _ => None,
    };
    let target = TargetRef {
        fr: french(&en, fr),
        en,
        sector: org.and_then(|o| o.sector.clone()),
        country: org.and_then(|o| o.country.clone()),
        value: canonical,
        cluster,
    };
    (kind, target)
}

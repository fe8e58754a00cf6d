//! STIX 2.1 for OpenCTI: one bundle with the author's identity, the TLP markings in use, and per
//! article a `report` holding what its tags name (intrusion sets, victims, OpenCTI's own sectors,
//! countries, ATT&CK techniques), the CVEs its text cites, the relationships its tags assert and the
//! analyst's note. Every object is created by the author and marked with a TLP.
//!
//! Relationships come only from one article's tags and live inside its report: the bundle never
//! asserts what the vocabulary knows ("APT28 originates from Russia"). The explicit
//! "unattributed" actor is a label, never a threat actor. Ids are UUIDv5 of stable keys and every
//! timestamp comes from the articles, so the same data always gives the same bytes.
use super::enrich::Technique;
use super::ids::{stix_id, uuid_of};
use super::text::{article_date, line};
use super::{Enriched, ExportError, Options, sectors, tlp};
use crate::model::{Facet, Tlp};
use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};
use std::collections::{BTreeSet, HashMap};
use std::io::Write;

/// Where MITRE documents the `x_mitre_*` properties of its ATT&CK data.
const MITRE_USAGE: &str = "https://github.com/mitre/cti/blob/master/USAGE.md";

/// An object the report refers to, with the confidence of the tag that names it.
type Named = (String, u8);

/// The objects of the bundle in first-mention order, with what each shared object's articles say.
struct Bundle {
    /// The author identity's id.
    author: String,
    /// Its name.
    author_name: String,
    objects: Vec<Value>,
    position: HashMap<String, usize>,
    /// Earliest and latest article date per shared object: its `created` and `modified`.
    seen: HashMap<String, (DateTime<Utc>, DateTime<Utc>)>,
    /// The least restrictive TLP among the articles naming a shared object: an object a TLP:CLEAR
    /// article names is public, one only a TLP:RED article names is not.
    least: HashMap<String, Tlp>,
    /// Every level marked, for the marking definitions.
    levels: BTreeSet<Tlp>,
    /// Whether an attack pattern carries `x_mitre_id` (and so needs its extension definition).
    mitre_ids: bool,
}

impl Bundle {
    fn new(author_name: &str) -> Bundle {
        let author_name = line(author_name);
        Bundle {
            author: stix_id("identity", &format!("author:{author_name}")),
            author_name,
            objects: Vec::new(),
            position: HashMap::new(),
            seen: HashMap::new(),
            least: HashMap::new(),
            levels: BTreeSet::new(),
            mitre_ids: false,
        }
    }

    /// Adds a shared object (actor, victim, technique...) once; later mentions widen its dates and
    /// may lower its TLP.
    fn shared(&mut self, id: &str, object: &dyn Fn() -> Value, when: DateTime<Utc>, tlp: Tlp) {
        let span = self.seen.entry(id.to_string()).or_insert((when, when));
        span.0 = span.0.min(when);
        span.1 = span.1.max(when);
        let least = self.least.entry(id.to_string()).or_insert(tlp);
        *least = (*least).min(tlp);
        if !self.position.contains_key(id) {
            self.own(id, object());
        }
    }

    /// Adds an object that carries its own timestamps and marking.
    fn own(&mut self, id: &str, object: Value) {
        self.position.insert(id.to_string(), self.objects.len());
        self.objects.push(object);
    }

    /// A domain or relationship object's common properties: author and marking.
    fn common(&mut self, kind: &str, id: &str, tlp: Tlp) -> Map<String, Value> {
        self.levels.insert(tlp);
        let mut m = Map::new();
        m.insert("type".into(), kind.into());
        m.insert("spec_version".into(), "2.1".into());
        m.insert("id".into(), id.into());
        m.insert("created_by_ref".into(), self.author.clone().into());
        m.insert("object_marking_refs".into(), json!([tlp::stix_id(tlp)]));
        m
    }

    fn finish(mut self, options: &Options) -> Value {
        for object in &mut self.objects {
            let id = object["id"].as_str().unwrap_or_default().to_string();
            let Some(map) = object.as_object_mut() else {
                continue;
            };
            if let Some((first, last)) = self.seen.get(&id) {
                map.insert("created".into(), stamp(*first).into());
                map.insert("modified".into(), stamp(*last).into());
            }
            if let Some(least) = self.least.get(&id) {
                self.levels.insert(*least);
                map.insert("object_marking_refs".into(), json!([tlp::stix_id(*least)]));
            }
        }
        let mut head = Vec::new();
        if !self.objects.is_empty() {
            let dates = self.seen.values();
            let first = dates.clone().map(|d| d.0).min().unwrap_or_default();
            let last = dates.map(|d| d.1).max().unwrap_or_default();
            let least = self.levels.first().copied().unwrap_or(Tlp::Clear);
            head.push(json!({
                "type": "identity",
                "spec_version": "2.1",
                "id": self.author,
                "created": stamp(first),
                "modified": stamp(last),
                "name": self.author_name,
                "identity_class": if options.author_is_organisation { "organization" } else { "individual" },
                "object_marking_refs": [tlp::stix_id(least)],
            }));
            if self.mitre_ids {
                head.push(mitre_extension(&self.author, least));
            }
            head.extend(self.levels.iter().map(|t| tlp::stix_object(*t)));
        }
        head.append(&mut self.objects);
        let ids: Vec<&str> = head.iter().filter_map(|o| o["id"].as_str()).collect();
        let bundle_id = format!("bundle--{}", uuid_of(&format!("bundle:{}", ids.join(","))));
        json!({"type": "bundle", "id": bundle_id, "objects": head})
    }
}

/// The id of the extension that makes `x_mitre_id` a defined property rather than a custom one.
fn mitre_extension_id(author: &str) -> String {
    stix_id("extension-definition", &format!("x_mitre_id {author}"))
}

/// `x_mitre_id` is how MITRE's ATT&CK data and OpenCTI name a technique's id, and what OpenCTI
/// merges attack patterns on. STIX 2.1 admits such a property without custom content when a
/// top-level property extension defines it: this is that definition.
fn mitre_extension(author: &str, tlp: Tlp) -> Value {
    json!({
        "type": "extension-definition",
        "spec_version": "2.1",
        "id": mitre_extension_id(author),
        "created_by_ref": author,
        "created": "2025-01-01T00:00:00.000Z",
        "modified": "2025-01-01T00:00:00.000Z",
        "name": "MITRE ATT&CK id",
        "description": "x_mitre_id: the ATT&CK id of an attack pattern (T1566), as MITRE's ATT&CK data and OpenCTI carry it.",
        "schema": MITRE_USAGE,
        "version": "1.0.0",
        "extension_types": ["toplevel-property-extension"],
        "extension_properties": ["x_mitre_id"],
        "object_marking_refs": [tlp::stix_id(tlp)],
    })
}

/// STIX timestamps: RFC 3339 in UTC with milliseconds.
fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// A MITRE ATT&CK reference: no URL, because STIX wants the hash of a URL's content beside it
/// (validator check 302) and the id is what OpenCTI and MISP match on.
fn mitre_reference(external_id: &str) -> Value {
    json!({"source_name": "mitre-attack", "external_id": external_id})
}

pub(super) fn write(
    items: &[Enriched<'_>],
    options: &Options,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let mut bundle = Bundle::new(&options.author);
    for story in by_story(items) {
        report(&mut bundle, &story);
    }
    serde_json::to_writer_pretty(&mut *out, &bundle.finish(options))?;
    writeln!(out)?;
    Ok(())
}

/// One article's report and what it refers to.
struct Report<'b> {
    bundle: &'b mut Bundle,
    refs: Vec<String>,
    when: DateTime<Utc>,
    tlp: Tlp,
}

impl Report<'_> {
    /// Adds a shared object to the bundle and to the report's `object_refs`; returns its id.
    fn refer(
        &mut self,
        id: String,
        kind: &str,
        build: &dyn Fn(Map<String, Value>) -> Value,
    ) -> String {
        let common = self.bundle.common(kind, &id, self.tlp);
        self.bundle
            .shared(&id, &|| build(common.clone()), self.when, self.tlp);
        if !self.refs.contains(&id) {
            self.refs.push(id.clone());
        }
        id
    }
}

/// A name property, sanitized.
fn named(mut m: Map<String, Value>, name: &str) -> Map<String, Value> {
    m.insert("name".into(), line(name).into());
    m
}

/// The articles by story, in the order their stories first appear, each story's oldest first;
/// an article without a story alone.
fn by_story<'e, 'a>(items: &'e [Enriched<'a>]) -> Vec<Vec<&'e Enriched<'a>>> {
    let mut stories: Vec<Vec<&Enriched<'_>>> = Vec::new();
    let mut index: HashMap<i64, usize> = HashMap::new();
    for e in items {
        match e.item.story.and_then(|s| index.get(&s).map(|i| (s, *i))) {
            Some((_, i)) => stories[i].push(e),
            None => {
                if let Some(s) = e.item.story {
                    index.insert(s, stories.len());
                }
                stories.push(vec![e]);
            }
        }
    }
    for story in &mut stories {
        story.sort_by_key(|e| (article_date(&e.item.article), e.item.article.summary.id));
    }
    stories
}

/// An article's stable key: its URL, else its feed's URL and its id.
fn article_key(e: &Enriched<'_>) -> String {
    let a = &e.item.article.summary;
    a.url
        .clone()
        .unwrap_or_else(|| format!("{}#{}", a.feed_url, a.id))
}

/// Adds one report for a story (one article, or several from several sources): the objects its
/// articles refer to, the relationships their tags assert, their notes, and every article as an
/// external reference. A story's report id is that of its oldest article's key, so it stays the
/// same as the story grows.
fn report(bundle: &mut Bundle, members: &[&Enriched<'_>]) {
    let (Some(first), Some(newest)) = (members.first(), members.last()) else {
        return;
    };
    let report_id = if members.len() == 1 {
        stix_id("report", &article_key(first))
    } else {
        stix_id("report", &format!("story:{}", article_key(first)))
    };
    let mut r = Report {
        bundle,
        refs: Vec::new(),
        when: article_date(&first.item.article),
        tlp: first.tlp,
    };
    for e in members {
        r.when = article_date(&e.item.article);
        r.tlp = e.tlp;
        refer_all(&mut r, e, &report_id, members.len() > 1);
    }
    if r.refs.is_empty() {
        // A report must refer to something: untagged articles refer to the feeds that published them.
        for e in members {
            let a = &e.item.article.summary;
            r.when = article_date(&e.item.article);
            r.tlp = e.tlp;
            let id = stix_id("identity", &format!("feed:{}", a.feed_url));
            r.refer(id, "identity", &|m| {
                let mut m = named(m, &a.feed);
                m.insert("identity_class".into(), "organization".into());
                m.insert(
                    "description".into(),
                    format!("News feed {}", line(&a.feed_url)).into(),
                );
                Value::Object(m)
            });
        }
    }
    // The most restrictive TLP of its articles: the report carries what each of them says.
    let tlp = members.iter().map(|e| e.tlp).max().unwrap_or(first.tlp);
    let fetched = members.iter().map(|e| e.item.article.fetched_at);
    let (created, modified) = (
        fetched.clone().min().unwrap_or_default(),
        fetched.max().unwrap_or_default(),
    );
    let a = &newest.item.article.summary;
    let mut m = r.bundle.common("report", &report_id, tlp);
    m.insert("name".into(), line(&a.title).into());
    m.insert("created".into(), stamp(created).into());
    m.insert("modified".into(), stamp(modified).into());
    // STIX requires `published`; an undated article is dated by when veille fetched it.
    m.insert(
        "published".into(),
        stamp(article_date(&first.item.article)).into(),
    );
    m.insert("report_types".into(), json!(["threat-report"]));
    let mut all_labels: Vec<String> = Vec::new();
    // One source naming the group attributes the story: "unattributed" from another goes.
    let attributed = super::enrich::names_a_group(members.iter().flat_map(|e| &e.actors));
    for label in members.iter().flat_map(|e| labels(e, attributed)) {
        if !all_labels.contains(&label) {
            all_labels.push(label);
        }
    }
    if !all_labels.is_empty() {
        m.insert("labels".into(), all_labels.into());
    }
    let confidence = members
        .iter()
        .map(|e| e.overall_confidence())
        .min()
        .unwrap_or_default();
    m.insert("confidence".into(), confidence.into());
    if !newest.summary.is_empty() {
        m.insert("description".into(), newest.summary.clone().into());
    }
    if let Some(lang) = a.lang {
        m.insert("lang".into(), lang.code().into());
    }
    // Every article of the story, by the feed that published it. The URL is the reference's id:
    // a `url` would want the hash of the page (validator check 302), which veille never holds.
    let sources: Vec<Value> = members
        .iter()
        .filter_map(|e| {
            let a = &e.item.article.summary;
            let url = a.url.as_ref()?;
            Some(json!({"source_name": line(&a.feed), "external_id": line(url), "description": "Article"}))
        })
        .collect();
    if !sources.is_empty() {
        m.insert("external_references".into(), sources.into());
    }
    m.insert("object_refs".into(), r.refs.into());
    r.bundle.own(&report_id, Value::Object(m));
}

/// Adds what one article of a report refers to: the groups, victims and techniques its tags name,
/// the CVEs it cites, the relationships its tags assert and its note (one per article of a story).
fn refer_all(r: &mut Report<'_>, e: &Enriched<'_>, report_id: &str, story: bool) {
    let article = &e.item.article;
    // Groups the article names, with the tag each comes from (for the relationships' confidence).
    let mut actors: Vec<Named> = Vec::new();
    for x in e.actors.iter().filter(|x| !x.unattributed) {
        let kind = if x.known {
            "intrusion-set"
        } else {
            "threat-actor"
        };
        let id = stix_id(kind, &x.name.to_lowercase());
        r.refer(id.clone(), kind, &|m| {
            let mut m = named(m, &x.name);
            if !x.aliases.is_empty() {
                let aliases: Vec<String> = x.aliases.iter().map(|s| line(s)).collect();
                m.insert("aliases".into(), aliases.into());
            }
            if let Some(g) = &x.attack_id {
                m.insert("external_references".into(), json!([mitre_reference(g)]));
            }
            if !x.known {
                m.insert("threat_actor_types".into(), json!(["unknown"]));
            }
            Value::Object(m)
        });
        actors.push((id, e.confidence(Facet::Actor, &x.name)));
    }

    let mut targets: Vec<Named> = Vec::new();
    for o in &e.organisations {
        let id = stix_id(
            "identity",
            &format!("organization:{}", o.value.to_lowercase()),
        );
        r.refer(id.clone(), "identity", &|m| {
            let mut m = named(m, &o.en);
            m.insert("identity_class".into(), "organization".into());
            if let Some(s) = o.sector.as_deref().and_then(sectors::stix) {
                m.insert("sectors".into(), json!([s]));
            }
            Value::Object(m)
        });
        targets.push((id, e.confidence(Facet::Target, &o.value)));
    }
    for s in &e.sectors {
        // OpenCTI's own sector (name and id) when there is one, so an import merges with it.
        let opencti = sectors::get(&s.value);
        let id = opencti.map_or_else(
            || stix_id("identity", &format!("class:{}", s.value.to_lowercase())),
            |o| o.opencti_id.to_owned(),
        );
        let name = opencti.map_or(s.en.as_str(), |o| o.opencti);
        r.refer(id.clone(), "identity", &|m| {
            let mut m = named(m, name);
            m.insert("identity_class".into(), "class".into());
            if let Some(ov) = opencti.map(|o| o.stix) {
                m.insert("sectors".into(), json!([ov]));
            }
            Value::Object(m)
        });
        targets.push((id, e.confidence(Facet::Target, &s.value)));
    }
    for c in &e.countries {
        let id = stix_id("location", &format!("country:{}", c.value.to_uppercase()));
        r.refer(id.clone(), "location", &|m| {
            let mut m = named(m, &c.en);
            m.insert("country".into(), c.value.to_uppercase().into());
            Value::Object(m)
        });
        targets.push((id, e.confidence(Facet::Target, &c.value)));
    }

    // Attack types as the ATT&CK techniques they map to; a type without one stays a label.
    let mut patterns: Vec<Named> = Vec::new();
    for attack in &e.attacks {
        let confidence = e.confidence(Facet::Attack, &attack.id);
        for t in &attack.patterns {
            let id = attack_pattern(r, t);
            if !patterns.iter().any(|(p, _)| *p == id) {
                patterns.push((id, confidence));
            }
        }
    }
    for cve in &e.cves {
        let id = stix_id("vulnerability", cve);
        r.refer(id, "vulnerability", &|m| {
            let mut m = named(m, cve);
            m.insert(
                "external_references".into(),
                json!([{"source_name": "cve", "external_id": cve}]),
            );
            Value::Object(m)
        });
    }

    // Who did what to whom, as the tags tell it; without a group, the technique targets the victim.
    let mut links: Vec<(&Named, &str, &Named)> = Vec::new();
    for actor in &actors {
        links.extend(targets.iter().map(|t| (actor, "targets", t)));
        links.extend(patterns.iter().map(|p| (actor, "uses", p)));
    }
    if actors.is_empty() {
        for p in &patterns {
            links.extend(targets.iter().map(|t| (p, "targets", t)));
        }
    }
    let created = stamp(article.fetched_at);
    for ((source, c1), kind, (target, c2)) in links {
        let id = stix_id(
            "relationship",
            &format!("{report_id} {source} {kind} {target}"),
        );
        if r.bundle.position.contains_key(&id) {
            // Another article of the story asserted it already.
            continue;
        }
        let mut m = r.bundle.common("relationship", &id, r.tlp);
        m.insert("created".into(), created.clone().into());
        m.insert("modified".into(), created.clone().into());
        m.insert("relationship_type".into(), kind.into());
        m.insert("source_ref".into(), source.clone().into());
        m.insert("target_ref".into(), target.clone().into());
        m.insert("confidence".into(), (*c1).min(*c2).into());
        r.bundle.own(&id, Value::Object(m));
        r.refs.push(id);
    }

    if let Some(note) = e.item.note.as_deref().filter(|n| !n.trim().is_empty()) {
        let id = if story {
            stix_id("note", &format!("{report_id} {}", article_key(e)))
        } else {
            stix_id("note", report_id)
        };
        let mut m = r.bundle.common("note", &id, r.tlp);
        m.insert("created".into(), created.clone().into());
        m.insert("modified".into(), created.clone().into());
        m.insert("abstract".into(), "Analyst note".into());
        m.insert(
            "content".into(),
            crate::text::sanitize::clean_body(note, crate::text::sanitize::MAX_BODY_BYTES).into(),
        );
        m.insert("authors".into(), json!([r.bundle.author_name.clone()]));
        m.insert("object_refs".into(), json!([report_id]));
        r.bundle.own(&id, Value::Object(m));
        // Listed in the report too, so MISP's importer attaches it to the event it makes of it.
        r.refs.push(id);
    }
}

/// An ATT&CK technique as an attack pattern OpenCTI merges with its own: `x_mitre_id` (defined by
/// the extension above) and the `mitre-attack` reference.
fn attack_pattern(r: &mut Report<'_>, t: &Technique) -> String {
    r.bundle.mitre_ids = true;
    let extension = mitre_extension_id(&r.bundle.author);
    let id = stix_id("attack-pattern", &format!("mitre:{}", t.id));
    r.refer(id, "attack-pattern", &|m| {
        let mut m = named(m, &t.name);
        m.insert("x_mitre_id".into(), t.id.clone().into());
        m.insert(
            "extensions".into(),
            json!({ extension.clone(): {"extension_type": "toplevel-property-extension"} }),
        );
        m.insert(
            "external_references".into(),
            json!([mitre_reference(&t.id)]),
        );
        Value::Object(m)
    })
}

/// The report's labels: every tag, by its English name ("unattributed" included: it is an answer,
/// unless the report is `attributed`: another of its sources names the group).
fn labels(e: &Enriched<'_>, attributed: bool) -> Vec<String> {
    let names = e
        .actors
        .iter()
        .filter(|x| !(attributed && x.unattributed))
        .map(|x| x.name.as_str())
        .chain(e.organisations.iter().map(|t| t.en.as_str()))
        .chain(e.sectors.iter().map(|t| t.en.as_str()))
        .chain(e.countries.iter().map(|t| t.en.as_str()))
        .chain(e.attacks.iter().map(|t| t.en.as_str()));
    let mut labels: Vec<String> = Vec::new();
    for name in names.map(line).filter(|n| !n.is_empty()) {
        if !labels.contains(&name) {
            labels.push(name);
        }
    }
    labels
}

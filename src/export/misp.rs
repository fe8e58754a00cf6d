//! MISP events as MISP writes them (misp-core-format): one event per article, created by the
//! author's organisation (`Orgc`), with timestamps; its tags are the TLP, a confidence, the galaxy
//! clusters of its actors, sectors, countries and ATT&CK techniques (each from the galaxy that
//! holds it, with its UUID in the `Galaxy` block) and standard taxonomy tags for attack types; the
//! article itself is a `report` object from the official template. Nothing is an IDS indicator
//! (`to_ids` false): these are news references, not detections.
//!
//! One article gives `{"Event": {...}}`, what MISP's "add event from JSON" and PyMISP read; several
//! give a JSON array of them, which MISP's JSON import takes whole and PyMISP's single-event loader
//! refuses instead of reading the first event and dropping the rest.
use super::galaxy::{Cluster, Data, Galaxy};
use super::ids::uuid_of;
use super::taxonomies;
use super::text::{article_date, line};
use super::{Enriched, ExportError, Options, tlp};
use md5::{Digest, Md5};
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;
use std::io::Write;

/// "Your organisation only": the analyst widens it in MISP if they want to share.
const DISTRIBUTION: &str = "0";
/// Attributes and objects inherit the event's distribution.
const INHERIT: &str = "5";
/// "Undefined": news coverage does not rate a threat level by itself.
const THREAT_LEVEL: &str = "4";
/// "Completed": the analyst tagged these articles before exporting them.
const ANALYSIS: &str = "2";
/// The colour MISP gives galaxy cluster tags.
const GALAXY_COLOUR: &str = "#0088cc";
/// The colour of other tags (MISP's default).
const TAG_COLOUR: &str = "#ffffff";

/// The official `report` object template (`../shared/data/misp-objects/report/definition.json`).
const REPORT_TEMPLATE: &str = "70a68471-df22-4e3f-aa1a-5a3be19f82df";
const REPORT_TEMPLATE_VERSION: &str = "8";
const REPORT_DESCRIPTION: &str = "Report object to describe a report along with its metadata.";

pub(super) fn write(
    items: &[Enriched<'_>],
    galaxy: &Data,
    options: &Options,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let mut events: Vec<Value> = items
        .iter()
        .map(|e| Event::new(e, galaxy, options).render(Shape::Export, timestamp(e)))
        .collect();
    if events.len() == 1 {
        serde_json::to_writer_pretty(&mut *out, &events.remove(0))?;
    } else {
        serde_json::to_writer_pretty(&mut *out, &events)?;
    }
    writeln!(out)?;
    Ok(())
}

/// The timestamp of an export's event: when veille stored the article (it has no edit time).
fn timestamp(e: &Enriched<'_>) -> i64 {
    e.item.article.fetched_at.timestamp()
}

/// Which of MISP's two JSON shapes to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Shape {
    /// MISP's event JSON: distributions and the `Galaxy` block with cluster UUIDs.
    Export,
    /// A feed file, exactly what PyMISP's `MISPEvent.to_feed()` writes: no distribution, no
    /// `Galaxy` block (the cluster tags name the clusters).
    Feed,
}

/// A tag with its colour.
struct Tag {
    name: String,
    colour: &'static str,
}

/// One event, built once and rendered in either shape.
pub(super) struct Event {
    pub(super) uuid: String,
    info: String,
    date: String,
    org: (String, String),
    tags: Vec<Tag>,
    clusters: Vec<Cluster>,
    /// The galaxies holding `clusters`, by type.
    galaxies: BTreeMap<String, Galaxy>,
    /// (type, category, value, correlate).
    attributes: Vec<(&'static str, &'static str, String, bool)>,
    /// The article: (object relation, type, category, value).
    report: Vec<(&'static str, &'static str, &'static str, String)>,
    feed: String,
}

impl Event {
    /// The event of one article; its clusters' galaxies are read from `galaxy`.
    pub(super) fn new(e: &Enriched<'_>, galaxy: &Data, options: &Options) -> Event {
        let a = &e.item.article.summary;
        let author = line(&options.author);
        let mut event = Event {
            uuid: uuid_of(&format!("misp-event:{}", article_key(e))).to_string(),
            info: line(&a.title),
            date: article_date(&e.item.article).format("%Y-%m-%d").to_string(),
            org: (
                author.clone(),
                uuid_of(&format!("misp-org:{author}")).to_string(),
            ),
            tags: Vec::new(),
            clusters: Vec::new(),
            galaxies: BTreeMap::new(),
            attributes: Vec::new(),
            report: Vec::new(),
            feed: line(&a.feed),
        };
        let (name, colour) = tlp::misp_tag(e.tlp);
        event.tag(name, colour);
        if !e.untagged() {
            let confidence = taxonomies::confidence_tag(e.overall_confidence());
            event.tag(confidence.to_owned(), TAG_COLOUR);
        }
        event.article(e);
        event.tags_of(e);
        for c in &event.clusters {
            if let Some(g) = galaxy.galaxy(&c.galaxy) {
                event.galaxies.insert(c.galaxy.clone(), g.clone());
            }
        }
        event
    }

    fn article(&mut self, e: &Enriched<'_>) {
        let a = &e.item.article.summary;
        self.report.push(("title", "text", "Other", line(&a.title)));
        if !e.summary.is_empty() {
            self.report
                .push(("summary", "text", "Other", e.summary.clone()));
        }
        if let Some(url) = &a.url {
            self.report
                .push(("link", "link", "External analysis", line(url)));
        }
        self.report
            .push(("type", "text", "Other", "Webpage".into()));
        for x in e.actors.iter().filter(|x| !x.unattributed) {
            self.attribute("threat-actor", "Attribution", &x.name, true);
        }
        for o in &e.organisations {
            self.attribute("target-org", "Targeting data", &o.en, true);
        }
        for c in &e.countries {
            self.attribute("target-location", "Targeting data", &c.en, true);
        }
        for cve in &e.cves {
            self.attribute("vulnerability", "External analysis", cve, true);
        }
        if let Some(note) = e.item.note.as_deref().map(line).filter(|n| !n.is_empty()) {
            self.attribute("comment", "Other", &note, false);
        }
    }

    /// Galaxy clusters where the galaxies have them, taxonomy tags for attack types, plain tags
    /// for what neither knows (nothing a tag says is dropped).
    fn tags_of(&mut self, e: &Enriched<'_>) {
        for x in &e.actors {
            if x.unattributed {
                self.tag("unattributed".into(), TAG_COLOUR);
            }
            for c in &x.clusters {
                self.cluster(c.clone());
            }
        }
        for s in &e.sectors {
            match &s.cluster {
                Some(c) => self.cluster(c.clone()),
                None => self.tag(line(&s.en), TAG_COLOUR),
            }
        }
        for c in e.countries.iter().filter_map(|c| c.cluster.clone()) {
            self.cluster(c);
        }
        for attack in &e.attacks {
            let mut named = false;
            for c in attack.patterns.iter().filter_map(|t| t.cluster.clone()) {
                self.cluster(c);
                named = true;
            }
            if let Some(tag) = taxonomies::attack_tag(&attack.id) {
                self.tag(tag.to_owned(), TAG_COLOUR);
                named = true;
            }
            if !named {
                self.tag(line(&attack.en), TAG_COLOUR);
            }
        }
    }

    /// Adds an attribute once per (type, value).
    fn attribute(
        &mut self,
        kind: &'static str,
        category: &'static str,
        value: &str,
        correlate: bool,
    ) {
        let value = line(value);
        let seen = self.attributes.iter().any(|a| a.0 == kind && a.2 == value);
        if !value.is_empty() && !seen {
            self.attributes.push((kind, category, value, correlate));
        }
    }

    fn tag(&mut self, name: String, colour: &'static str) {
        if !name.is_empty() && !self.tags.iter().any(|t| t.name == name) {
            self.tags.push(Tag { name, colour });
        }
    }

    fn cluster(&mut self, cluster: Cluster) {
        self.tag(cluster.tag(), GALAXY_COLOUR);
        if !self.clusters.contains(&cluster) {
            self.clusters.push(cluster);
        }
    }

    /// The event as `{"Event": {...}}`, every timestamp `timestamp` (Unix seconds).
    pub(super) fn render(&self, shape: Shape, timestamp: i64) -> Value {
        let ts = timestamp.to_string();
        let export = shape == Shape::Export;
        let attribute = |seed: &str, kind: &str, category: &str, value: &str, correlate: bool| {
            let mut m = Map::new();
            let key = format!("misp-attribute:{}:{seed}{kind}:{value}", self.uuid);
            m.insert("uuid".into(), uuid_of(&key).to_string().into());
            m.insert("type".into(), kind.into());
            m.insert("category".into(), category.into());
            m.insert("value".into(), value.into());
            m.insert("to_ids".into(), false.into());
            m.insert("comment".into(), "".into());
            m.insert("timestamp".into(), ts.clone().into());
            m.insert("disable_correlation".into(), (!correlate).into());
            if export {
                m.insert("distribution".into(), INHERIT.into());
            }
            m
        };
        let attributes: Vec<Value> = self
            .attributes
            .iter()
            .map(|(kind, category, value, correlate)| {
                Value::Object(attribute("", kind, category, value, *correlate))
            })
            .collect();
        let object_uuid = uuid_of(&format!("misp-object:{}:report", self.uuid)).to_string();
        let report: Vec<Value> = self
            .report
            .iter()
            .map(|(relation, kind, category, value)| {
                let seed = format!("report:{relation}:");
                let correlate = *kind == "link";
                let mut m = attribute(&seed, kind, category, value, correlate);
                m.insert("object_relation".into(), (*relation).into());
                Value::Object(m)
            })
            .collect();
        let mut object = json!({
            "uuid": object_uuid,
            "name": "report",
            "meta-category": "misc",
            "description": REPORT_DESCRIPTION,
            "template_uuid": REPORT_TEMPLATE,
            "template_version": REPORT_TEMPLATE_VERSION,
            "timestamp": ts,
            "comment": self.feed,
            "Attribute": report,
        });
        let mut event = json!({
            "uuid": self.uuid,
            "info": self.info,
            "date": self.date,
            "threat_level_id": THREAT_LEVEL,
            "analysis": ANALYSIS,
            "published": false,
            "timestamp": ts,
            "publish_timestamp": "0",
            "extends_uuid": "",
            "protected": false,
            "Orgc": self.orgc(),
            "Tag": self.tag_values(),
        });
        // MISP's event JSON lists no attribute as `[]`; `to_feed()` leaves the key out.
        if export || !attributes.is_empty() {
            event["Attribute"] = attributes.into();
        }
        if export {
            event["distribution"] = DISTRIBUTION.into();
            object["distribution"] = INHERIT.into();
            event["Galaxy"] = self.galaxies();
        }
        event["Object"] = json!([object]);
        json!({ "Event": event })
    }

    pub(super) fn orgc(&self) -> Value {
        json!({"name": self.org.0, "uuid": self.org.1})
    }

    pub(super) fn tag_values(&self) -> Vec<Value> {
        self.tags
            .iter()
            .map(|t| json!({"name": t.name, "colour": t.colour, "local": false, "relationship_type": ""}))
            .collect()
    }

    /// The `Galaxy` block: each galaxy with its clusters, as MISP's event JSON lists them.
    fn galaxies(&self) -> Value {
        let mut by_galaxy: BTreeMap<&str, Vec<&Cluster>> = BTreeMap::new();
        for c in &self.clusters {
            by_galaxy.entry(c.galaxy.as_str()).or_default().push(c);
        }
        let galaxies: Vec<Value> = by_galaxy
            .into_iter()
            .filter_map(|(kind, clusters)| {
                let g = self.galaxies.get(kind)?;
                let clusters: Vec<Value> = clusters
                    .iter()
                    .map(|c| json!({"uuid": c.uuid, "type": c.galaxy, "value": c.value, "tag_name": c.tag()}))
                    .collect();
                Some(json!({
                    "uuid": g.uuid,
                    "name": g.name,
                    "type": g.kind,
                    "namespace": g.namespace,
                    "version": g.version.to_string(),
                    "GalaxyCluster": clusters,
                }))
            })
            .collect();
        galaxies.into()
    }

    /// The event's entry in a feed's `manifest.json`, as PyMISP's `MISPEvent.manifest` writes it.
    pub(super) fn manifest(&self, timestamp: i64) -> Value {
        json!({
            "Orgc": self.orgc(),
            "Tag": self.tag_values(),
            "info": self.info,
            "date": self.date,
            "analysis": ANALYSIS.parse::<u8>().unwrap_or(0),
            "threat_level_id": THREAT_LEVEL.parse::<u8>().unwrap_or(4),
            "timestamp": timestamp,
        })
    }
}

/// The MD5 of every attribute value of a rendered event (object attributes included), the lines
/// of a feed's `hashes.csv` as PyMISP computes them (a composite `a|b` value hashes each part).
pub(super) fn hashes(event: &Value) -> Vec<String> {
    let e = &event["Event"];
    let objects = e["Object"].as_array().into_iter().flatten();
    let attributes = e["Attribute"]
        .as_array()
        .into_iter()
        .flatten()
        .chain(objects.flat_map(|o| o["Attribute"].as_array().into_iter().flatten()));
    let mut out = Vec::new();
    for a in attributes {
        let value = a["value"].as_str().unwrap_or_default();
        let composite = a["type"].as_str().is_some_and(|t| t.contains('|'));
        let parts: Vec<&str> = match composite {
            true => value.split('|').collect(),
            false => vec![value],
        };
        out.extend(
            parts
                .into_iter()
                .map(|p| format!("{:x}", Md5::digest(p.as_bytes()))),
        );
    }
    out
}

/// A stable key for an article: its URL, else its feed and id.
fn article_key(e: &Enriched<'_>) -> String {
    let a = &e.item.article.summary;
    a.url
        .clone()
        .unwrap_or_else(|| format!("{}#{}", a.feed_url, a.id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_md5_of_each_value_as_pymisp_computes_them() {
        // Reference values computed with PyMISP 2.5 (`MISPEvent.attributes_hashes('md5')`).
        let event = json!({"Event": {
            "Attribute": [{"type": "threat-actor", "value": "APT28"}],
            "Object": [{"Attribute": [{"type": "text", "value": "Titre"}]}],
        }});
        assert_eq!(
            hashes(&event),
            [
                "466b1115072b30c50782a9670d233806",
                "99fb48ddce014d8ad24810eeb3bfde68"
            ]
        );
    }

    #[test]
    fn sector_clusters_exist() {
        let data = Data::bundled();
        let justice = super::super::sectors::get("justice").unwrap();
        assert!(data.sector(justice.misp).is_some());
    }
}

//! STIX 2.1: one bundle with a `report` per article and the actors, targets, attack types and CVEs it
//! refers to, linked by `relationship` objects. Ids are UUIDv5 of stable keys and every timestamp
//! comes from the articles, so the same data always gives the same bytes.
use super::ids::{stix_id, uuid_of};
use super::text::{article_date, line};
use super::{Enriched, ExportError, sectors};
use chrono::{DateTime, Utc};
use serde_json::{Map, Value, json};
use std::collections::HashMap;
use std::io::Write;

/// The objects of the bundle in first-mention order, with the dates of the articles naming each.
#[derive(Default)]
struct Bundle {
    objects: Vec<Value>,
    position: HashMap<String, usize>,
    /// Earliest and latest article date per shared object: its `created` and `modified`.
    seen: HashMap<String, (DateTime<Utc>, DateTime<Utc>)>,
}

impl Bundle {
    /// Adds a shared object (actor, target, pattern...) once; later mentions widen its dates.
    fn shared(&mut self, id: &str, object: impl FnOnce() -> Value, when: DateTime<Utc>) {
        let span = self.seen.entry(id.to_string()).or_insert((when, when));
        span.0 = span.0.min(when);
        span.1 = span.1.max(when);
        if !self.position.contains_key(id) {
            self.own(id, object());
        }
    }

    /// Adds an object that carries its own timestamps.
    fn own(&mut self, id: &str, object: Value) {
        self.position.insert(id.to_string(), self.objects.len());
        self.objects.push(object);
    }

    fn finish(mut self) -> Value {
        for object in &mut self.objects {
            let id = object["id"].as_str().unwrap_or_default().to_string();
            if let (Some((first, last)), Some(map)) = (self.seen.get(&id), object.as_object_mut()) {
                map.insert("created".into(), stamp(*first).into());
                map.insert("modified".into(), stamp(*last).into());
            }
        }
        let ids: Vec<&str> = self
            .objects
            .iter()
            .filter_map(|o| o["id"].as_str())
            .collect();
        let bundle_id = format!("bundle--{}", uuid_of(&format!("bundle:{}", ids.join(","))));
        json!({"type": "bundle", "id": bundle_id, "objects": self.objects})
    }
}

/// STIX timestamps: RFC 3339 in UTC with milliseconds.
fn stamp(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// A STIX domain object's common properties.
fn sdo(kind: &str, id: &str, name: &str) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("type".into(), kind.into());
    m.insert("spec_version".into(), "2.1".into());
    m.insert("id".into(), id.into());
    m.insert("name".into(), line(name).into());
    m
}

/// The ATT&CK page of a group (`G0007`) or technique (`T1566.001`).
fn mitre_reference(external_id: &str) -> Value {
    let path = if external_id.starts_with('G') {
        format!("groups/{external_id}")
    } else {
        format!("techniques/{}", external_id.replace('.', "/"))
    };
    json!({
        "source_name": "mitre-attack",
        "external_id": external_id,
        "url": format!("https://attack.mitre.org/{path}/"),
    })
}

pub(super) fn write(items: &[Enriched<'_>], out: &mut dyn Write) -> Result<(), ExportError> {
    let mut bundle = Bundle::default();
    for e in items {
        report(&mut bundle, e);
    }
    serde_json::to_writer_pretty(&mut *out, &bundle.finish())?;
    writeln!(out)?;
    Ok(())
}

/// Adds one article's report, the objects it refers to and their relationships.
fn report(bundle: &mut Bundle, e: &Enriched<'_>) {
    let article = &e.item.article;
    let a = &article.summary;
    let when = article_date(article);
    let mut refs: Vec<String> = Vec::new();
    let mut add = |bundle: &mut Bundle, id: String, object: &dyn Fn() -> Value| {
        refer(bundle, &mut refs, when, id, object)
    };

    let actors: Vec<String> = e
        .actors
        .iter()
        .map(|x| {
            let kind = if x.known {
                "intrusion-set"
            } else {
                "threat-actor"
            };
            let id = stix_id(kind, &x.name.to_lowercase());
            add(bundle, id.clone(), &|| {
                let mut m = sdo(kind, &id, &x.name);
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
            })
        })
        .collect();

    let mut targets: Vec<String> = Vec::new();
    for o in &e.organisations {
        let id = stix_id(
            "identity",
            &format!("organization:{}", o.value.to_lowercase()),
        );
        targets.push(add(bundle, id.clone(), &|| {
            let mut m = sdo("identity", &id, &o.en);
            m.insert("identity_class".into(), "organization".into());
            if let Some(s) = o.sector.as_deref().and_then(sectors::stix) {
                m.insert("sectors".into(), json!([s]));
            }
            Value::Object(m)
        }));
    }
    for s in &e.sectors {
        let id = stix_id("identity", &format!("class:{}", s.value.to_lowercase()));
        targets.push(add(bundle, id.clone(), &|| {
            let mut m = sdo("identity", &id, &s.en);
            m.insert("identity_class".into(), "class".into());
            if let Some(ov) = sectors::stix(&s.value) {
                m.insert("sectors".into(), json!([ov]));
            }
            Value::Object(m)
        }));
    }
    for c in &e.countries {
        targets.push(add(bundle, location_id(&c.value), &|| {
            location(&c.value, &c.en)
        }));
    }
    let patterns: Vec<String> = e
        .attacks
        .iter()
        .map(|p| {
            let id = stix_id("attack-pattern", &p.id.to_lowercase());
            add(bundle, id.clone(), &|| {
                let mut m = sdo("attack-pattern", &id, &p.en);
                if !p.techniques.is_empty() {
                    let r: Vec<Value> = p.techniques.iter().map(|t| mitre_reference(t)).collect();
                    m.insert("external_references".into(), r.into());
                }
                Value::Object(m)
            })
        })
        .collect();
    let vulnerabilities: Vec<String> = e
        .cves
        .iter()
        .map(|cve| {
            let id = stix_id("vulnerability", cve);
            add(bundle, id.clone(), &|| {
                let mut m = sdo("vulnerability", &id, cve);
                m.insert(
                    "external_references".into(),
                    json!([{"source_name": "cve", "external_id": cve}]),
                );
                Value::Object(m)
            })
        })
        .collect();

    // Who did what to whom, as the article tells it; without an actor, the attack targets directly.
    let mut links: Vec<(&String, &str, &String)> = Vec::new();
    for actor in &actors {
        links.extend(targets.iter().map(|t| (actor, "targets", t)));
        links.extend(patterns.iter().map(|p| (actor, "uses", p)));
        links.extend(vulnerabilities.iter().map(|v| (actor, "targets", v)));
    }
    if actors.is_empty() {
        for p in &patterns {
            links.extend(targets.iter().map(|t| (p, "targets", t)));
        }
    }
    let mut origins = Vec::new();
    for (x, id) in e.actors.iter().zip(&actors) {
        if let Some(country) = &x.country {
            let loc = location_id(country);
            let name = x.country_name.as_deref().unwrap_or(country);
            add(bundle, loc.clone(), &|| location(country, name));
            origins.push((id.clone(), loc));
        }
    }
    let mut relationships: Vec<(String, &str, String)> = links
        .into_iter()
        .map(|(s, r, t)| (s.clone(), r, t.clone()))
        .collect();
    relationships.extend(origins.into_iter().map(|(s, t)| (s, "originates-from", t)));
    for (source, kind, target) in relationships {
        let id = stix_id("relationship", &format!("{source} {kind} {target}"));
        add(bundle, id.clone(), &|| {
            json!({
                "type": "relationship",
                "spec_version": "2.1",
                "id": id,
                "relationship_type": kind,
                "source_ref": source,
                "target_ref": target,
            })
        });
    }

    if refs.is_empty() {
        // A report must refer to something: an untagged article refers to the feed that published it.
        let id = stix_id("identity", &format!("feed:{}", a.feed_url));
        refer(bundle, &mut refs, when, id.clone(), &|| {
            let mut m = sdo("identity", &id, &a.feed);
            m.insert("identity_class".into(), "organization".into());
            m.insert(
                "description".into(),
                format!("News feed {}", line(&a.feed_url)).into(),
            );
            Value::Object(m)
        });
    }

    let key = a
        .url
        .clone()
        .unwrap_or_else(|| format!("{}#{}", a.feed_url, a.id));
    let report_id = stix_id("report", &key);
    let mut m = sdo("report", &report_id, &a.title);
    m.insert("created".into(), stamp(article.fetched_at).into());
    m.insert("modified".into(), stamp(article.fetched_at).into());
    // STIX requires `published`; an undated article is dated by when veille fetched it.
    m.insert("published".into(), stamp(when).into());
    m.insert("report_types".into(), json!(["threat-report"]));
    if !e.summary.is_empty() {
        m.insert("description".into(), e.summary.clone().into());
    }
    if let Some(lang) = a.lang {
        m.insert("lang".into(), lang.code().into());
    }
    if let Some(url) = &a.url {
        m.insert(
            "external_references".into(),
            json!([{"source_name": line(&a.feed), "url": line(url)}]),
        );
    }
    m.insert("object_refs".into(), refs.into());
    bundle.own(&report_id, Value::Object(m));

    if let Some(note) = e.item.note.as_deref().filter(|n| !n.trim().is_empty()) {
        let id = stix_id("note", &report_id);
        bundle.own(
            &id,
            json!({
                "type": "note",
                "spec_version": "2.1",
                "id": id,
                "created": stamp(article.fetched_at),
                "modified": stamp(article.fetched_at),
                "abstract": "Analyst note",
                "content": crate::feed::sanitize::clean_body(note, crate::feed::sanitize::MAX_BODY_BYTES),
                "object_refs": [report_id],
            }),
        );
    }
}

/// Adds a shared object to the bundle and to the report's `object_refs`; returns its id.
fn refer(
    bundle: &mut Bundle,
    refs: &mut Vec<String>,
    when: DateTime<Utc>,
    id: String,
    object: &dyn Fn() -> Value,
) -> String {
    bundle.shared(&id, object, when);
    if !refs.contains(&id) {
        refs.push(id.clone());
    }
    id
}

fn location_id(code: &str) -> String {
    stix_id("location", &format!("country:{}", code.to_uppercase()))
}

fn location(code: &str, name: &str) -> Value {
    let id = location_id(code);
    let mut m = sdo("location", &id, name);
    m.insert("country".into(), code.to_uppercase().into());
    Value::Object(m)
}

//! MISP: event JSON per misp-core-format, importable with MISP's "Add event from JSON" (one event) or
//! its MISP JSON import (`{"response": [events]}`, one event per article). Nothing is an IDS
//! indicator (`to_ids` false): these are news references, not detections.
use super::ids::uuid_of;
use super::text::{article_date, line};
use super::{Enriched, ExportError, Options, sectors};
use serde_json::{Value, json};
use std::io::Write;

/// "Your organisation only": the analyst widens it in MISP if they want to share.
const DISTRIBUTION: &str = "0";
/// Attributes inherit the event's distribution.
const INHERIT: &str = "5";
/// "Undefined": news coverage does not rate a threat level by itself.
const THREAT_LEVEL: &str = "4";
/// "Completed": the analyst tagged these articles before exporting them.
const ANALYSIS: &str = "2";

pub(super) fn write(
    items: &[Enriched<'_>],
    options: &Options,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    let document = if options.misp_per_article {
        let events: Vec<Value> = items
            .iter()
            .map(|e| event(std::slice::from_ref(e), true))
            .collect();
        json!({ "response": events })
    } else {
        event(items, false)
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)?;
    Ok(())
}

/// One event for `items`.
fn event(items: &[Enriched<'_>], single: bool) -> Value {
    let keys: Vec<String> = items.iter().map(article_key).collect();
    let uuid = uuid_of(&format!("misp-event:{}", keys.join("\n")));
    let mut event = Event {
        uuid: uuid.to_string(),
        attributes: Vec::new(),
        tags: vec!["tlp:clear".to_string()],
    };
    for e in items {
        event.add_article(e, single);
    }
    let dates = items.iter().map(|e| article_date(&e.item.article));
    let (first, last) = (dates.clone().min(), dates.max());
    let info = match (single, items.first(), first, last) {
        (true, Some(e), _, _) => line(&e.item.article.summary.title),
        (_, _, Some(first), Some(last)) => format!(
            "veille export: {} articles, {} to {}",
            items.len(),
            first.format("%Y-%m-%d"),
            last.format("%Y-%m-%d")
        ),
        _ => "veille export: no article".to_string(),
    };
    let date = last
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| "1970-01-01".into());
    let tags: Vec<Value> = event.tags.iter().map(|t| json!({"name": t})).collect();
    json!({
        "Event": {
            "uuid": event.uuid,
            "info": info,
            "date": date,
            "threat_level_id": THREAT_LEVEL,
            "analysis": ANALYSIS,
            "distribution": DISTRIBUTION,
            "published": false,
            "Attribute": event.attributes,
            "Tag": tags,
        }
    })
}

/// A stable key for an article: its URL, else its feed and id.
fn article_key(e: &Enriched<'_>) -> String {
    let a = &e.item.article.summary;
    a.url
        .clone()
        .unwrap_or_else(|| format!("{}#{}", a.feed_url, a.id))
}

struct Event {
    uuid: String,
    attributes: Vec<Value>,
    tags: Vec<String>,
}

impl Event {
    fn add_article(&mut self, e: &Enriched<'_>, single: bool) {
        let title = line(&e.item.article.summary.title);
        if let Some(url) = &e.item.article.summary.url {
            self.attribute("link", "External analysis", &line(url), &title);
        }
        // In a shared event, each attribute says which article it came from.
        let from = if single { String::new() } else { title.clone() };
        for x in &e.actors {
            self.attribute("threat-actor", "Attribution", &x.name, &from);
            if x.known {
                self.tag(&galaxy("threat-actor", &x.name));
            }
        }
        for o in &e.organisations {
            self.attribute("target-org", "Targeting data", &o.en, &from);
        }
        for c in &e.countries {
            self.attribute("target-location", "Targeting data", &c.en, &from);
            self.tag(&galaxy("target-information", &c.en));
        }
        for s in &e.sectors {
            match sectors::misp(&s.value) {
                Some(name) => self.tag(&galaxy("sector", name)),
                None => self.tag(&format!("veille:sector={}", quoted(&s.en))),
            }
        }
        for a in &e.attacks {
            self.tag(&format!("veille:attack-type={}", quoted(&a.id)));
        }
        for cve in &e.cves {
            self.attribute("vulnerability", "External analysis", cve, &from);
        }
        if let Some(note) = e.item.note.as_deref().map(line).filter(|n| !n.is_empty()) {
            self.attribute("comment", "Other", &note, &from);
        }
    }

    /// Adds an attribute once per (type, value); its uuid derives from the event and both.
    fn attribute(&mut self, kind: &str, category: &str, value: &str, comment: &str) {
        let value = line(value);
        let seen = self
            .attributes
            .iter()
            .any(|a| a["type"] == kind && a["value"] == value.as_str());
        if value.is_empty() || seen {
            return;
        }
        let uuid = uuid_of(&format!("misp-attribute:{}:{kind}:{value}", self.uuid));
        self.attributes.push(json!({
            "uuid": uuid.to_string(),
            "type": kind,
            "category": category,
            "value": value,
            "to_ids": false,
            "distribution": INHERIT,
            "comment": comment,
        }));
    }

    fn tag(&mut self, name: &str) {
        if !self.tags.iter().any(|t| t == name) {
            self.tags.push(name.to_string());
        }
    }
}

/// A galaxy cluster tag: `misp-galaxy:threat-actor="APT28"`.
fn galaxy(galaxy: &str, value: &str) -> String {
    format!("misp-galaxy:{galaxy}={}", quoted(value))
}

/// A tag value in double quotes; a quote inside would end it early, so it becomes an apostrophe.
fn quoted(value: &str) -> String {
    format!("\"{}\"", line(value).replace('"', "'"))
}

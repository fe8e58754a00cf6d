//! The MISP galaxy clusters exports name, from `config/export/galaxy.json` (generated from the MISP
//! galaxy by `tools/gen_vocabulary.py`): each actor's own clusters (LockBit lives in the
//! `ransomware` galaxy, APT28 in `threat-actor` and `mitre-intrusion-set`), every ATT&CK technique,
//! the sector and country clusters. A tag names a cluster of the galaxy that holds it, or is not
//! written at all.
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

const BUNDLED: &str = include_str!("../../config/export/galaxy.json");

/// A galaxy: the container of clusters of one type.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Galaxy {
    /// The galaxy's UUID.
    pub uuid: String,
    /// Its display name (`Threat Actor`).
    pub name: String,
    /// Its type, the middle of the tag (`threat-actor`).
    #[serde(rename = "type")]
    pub kind: String,
    /// `misp` or `mitre-attack`.
    pub namespace: String,
    /// Its version.
    pub version: u32,
}

/// One cluster of a galaxy.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cluster {
    /// The galaxy type (`ransomware`).
    pub galaxy: String,
    /// The cluster's value, exactly as the galaxy spells it (`APT28 - G0007`).
    pub value: String,
    /// The cluster's UUID.
    pub uuid: String,
}

impl Cluster {
    /// The MISP tag naming it: `misp-galaxy:threat-actor="APT28"`.
    pub fn tag(&self) -> String {
        format!("misp-galaxy:{}=\"{}\"", self.galaxy, self.value)
    }
}

/// What `galaxy.json` holds.
#[derive(Debug, Default, Deserialize)]
pub struct Data {
    /// Galaxies by type.
    galaxies: BTreeMap<String, Galaxy>,
    /// Canonical actor name → [galaxy type, cluster value, cluster uuid].
    actors: HashMap<String, Vec<(String, String, String)>>,
    /// ATT&CK technique id → [cluster value `Phishing - T1566`, cluster uuid].
    techniques: HashMap<String, (String, String)>,
    /// Sector cluster value → uuid.
    sectors: HashMap<String, String>,
    /// ISO 3166 alpha-2 code → [target-information cluster value, uuid].
    countries: HashMap<String, (String, String)>,
}

impl Data {
    /// The bundled clusters, parsed once per export and passed to what needs them (a test proves
    /// the file parses, so the empty fallback only exists for a broken build).
    pub fn bundled() -> Data {
        serde_json::from_str(BUNDLED).unwrap_or_default()
    }

    /// The galaxy of type `kind`.
    pub fn galaxy(&self, kind: &str) -> Option<&Galaxy> {
        self.galaxies.get(kind)
    }

    /// The clusters of a vocabulary actor, by its canonical name.
    pub fn actor(&self, name: &str) -> Vec<Cluster> {
        self.actors
            .get(name)
            .map(|clusters| {
                clusters
                    .iter()
                    .map(|(galaxy, value, uuid)| Cluster {
                        galaxy: galaxy.clone(),
                        value: value.clone(),
                        uuid: uuid.clone(),
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// An ATT&CK technique's name (`Phishing`) and its `mitre-attack-pattern` cluster.
    pub fn technique(&self, id: &str) -> Option<(String, Cluster)> {
        let (value, uuid) = self.techniques.get(id)?;
        let name = value
            .strip_suffix(&format!(" - {id}"))
            .unwrap_or(value)
            .to_owned();
        let cluster = Cluster {
            galaxy: "mitre-attack-pattern".into(),
            value: value.clone(),
            uuid: uuid.clone(),
        };
        Some((name, cluster))
    }

    /// The `sector` cluster of this value.
    pub fn sector(&self, value: &str) -> Option<Cluster> {
        self.sectors.get(value).map(|uuid| Cluster {
            galaxy: "sector".into(),
            value: value.to_owned(),
            uuid: uuid.clone(),
        })
    }

    /// The `target-information` cluster of a country (ISO code).
    pub fn country(&self, code: &str) -> Option<Cluster> {
        self.countries
            .get(&code.to_ascii_uppercase())
            .map(|(value, uuid)| Cluster {
                galaxy: "target-information".into(),
                value: value.clone(),
                uuid: uuid.clone(),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_clusters_parse_and_name_their_galaxies() {
        let data: Data = serde_json::from_str(BUNDLED).unwrap();
        assert!(data.actors.len() > 1000 && data.techniques.len() > 1000);
        for clusters in data.actors.values() {
            for (galaxy, _, _) in clusters {
                assert!(data.galaxies.contains_key(galaxy), "{galaxy}");
            }
        }
        let lockbit = data.actor("LockBit");
        assert_eq!(lockbit.len(), 1);
        assert_eq!(lockbit[0].tag(), "misp-galaxy:ransomware=\"LockBit\"");
        let (name, cluster) = data.technique("T1566").unwrap();
        assert_eq!(name, "Phishing");
        assert_eq!(
            cluster.tag(),
            "misp-galaxy:mitre-attack-pattern=\"Phishing - T1566\""
        );
        assert_eq!(data.country("nl").unwrap().value, "Netherlands");
    }
}

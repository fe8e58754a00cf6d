//! veille's sector ids in the vocabularies of the platforms: STIX 2.1 `industry-sector-ov`, the
//! sectors OpenCTI ships (`../shared/data/opencti/sectors.json`: name and fixed STIX id, so an
//! import merges with them instead of creating look-alikes) and the MISP sector galaxy
//! (`../shared/data/misp-galaxy/sector.json`). A sector missing here is exported by its label only.

/// A veille sector as each platform names it.
pub struct Sector {
    /// veille's sector id.
    pub id: &'static str,
    /// The STIX `industry-sector-ov` value.
    pub stix: &'static str,
    /// OpenCTI's sector name.
    pub opencti: &'static str,
    /// OpenCTI's STIX id for that sector.
    pub opencti_id: &'static str,
    /// The MISP sector galaxy value.
    pub misp: &'static str,
}

const fn s(
    id: &'static str,
    stix: &'static str,
    opencti: &'static str,
    opencti_uuid: &'static str,
    misp: &'static str,
) -> Sector {
    Sector {
        id,
        stix,
        opencti,
        opencti_id: opencti_uuid,
        misp,
    }
}

const SECTORS: &[Sector] = &[
    s(
        "government",
        "government",
        "Government and administrations",
        "identity--f1b7c7a0-9fbf-42c4-8003-9865283d869b",
        "Government, Administration",
    ),
    s(
        "local-government",
        "government-local",
        "Local administrations",
        "identity--c5d9f749-f61c-43dd-a11e-785a8aeab032",
        "Government, Administration",
    ),
    s(
        "defence",
        "defense",
        "Defense",
        "identity--96853bde-72b2-4564-a133-c2d58206c117",
        "Defense",
    ),
    s(
        "justice",
        "government-public-services",
        "Judicial power (justice)",
        "identity--bd6bd33d-dec5-4121-9c09-663dc449dd7b",
        "Justice",
    ),
    s(
        "health",
        "healthcare",
        "Health",
        "identity--59644f64-2a06-406c-978b-6a4b8f7dac3a",
        "Health",
    ),
    s(
        "finance",
        "financial-services",
        "Finance",
        "identity--640fbd6e-3878-4fce-87fe-66d2110657bb",
        "Finance",
    ),
    s(
        "education",
        "education",
        "Education",
        "identity--410d2368-a448-47aa-80ca-4b09ea2b339a",
        "Education",
    ),
    s(
        "energy",
        "energy",
        "Energy",
        "identity--062f72b1-7caf-4112-ab92-6211f7e7abc8",
        "Energy",
    ),
    s(
        "water",
        "water",
        "Water distribution and supply",
        "identity--ec0d4d51-e8cb-4444-9377-3482b6ac8f5b",
        "Water",
    ),
    s(
        "transport",
        "transportation",
        "Transport",
        "identity--97c8d7be-646d-4014-9cad-ff883d15d09a",
        "Transport",
    ),
    s(
        "logistics",
        "transportation",
        "Logistics",
        "identity--0ff292ef-8468-478c-8f29-d31246bf0a35",
        "Logistic",
    ),
    s(
        "telecom",
        "telecommunications",
        "Telecommunications",
        "identity--f6d9f006-9631-4237-9197-f3eef2a08d25",
        "Telecoms",
    ),
    s(
        "technology",
        "technology",
        "Technologies",
        "identity--84c3a483-2048-40d4-8d8f-5e57ff35da9c",
        "Technology",
    ),
    s(
        "retail",
        "retail",
        "Retail (distribution)",
        "identity--3be17acd-4485-42b8-a6f1-bdb260dcc389",
        "Retail",
    ),
    s(
        "manufacturing",
        "manufacturing",
        "Manufacturing",
        "identity--b02efd41-e1f2-4fc3-adf0-8cca8b826e86",
        "Manufacturing",
    ),
    s(
        "media",
        "communications",
        "Medias and audiovisual",
        "identity--354c9312-5f4a-4e07-b0cb-c7fa6ca626ba",
        "News - Media",
    ),
    s(
        "hospitality",
        "hospitality-leisure",
        "Hospitality",
        "identity--8248830f-4c88-4174-820f-c2ea8ddcc1d7",
        "Hospitality",
    ),
    // OpenCTI files cryptocurrencies under technologies (its aliases: Crypto, Cryptocurrency).
    s(
        "cryptocurrency",
        "financial-services",
        "Technologies",
        "identity--84c3a483-2048-40d4-8d8f-5e57ff35da9c",
        "Finance",
    ),
    s(
        "ngo",
        "non-profit",
        "Non-Governmental Organizations (NGOs)",
        "identity--381bd576-3b81-4932-9589-18a67b355379",
        "NGO",
    ),
    s(
        "diplomacy",
        "government-national",
        "Diplomacy",
        "identity--633851ae-0d22-46b4-b0a9-aa3e657e721f",
        "Diplomacy",
    ),
    s(
        "agriculture",
        "agriculture",
        "Agriculture and agribusiness",
        "identity--0c90429a-647f-4e1b-ae2e-a007fec01ae8",
        "Agriculture",
    ),
    s(
        "legal",
        "commercial",
        "Legal consulting",
        "identity--506e29e3-75dc-42c0-9c7e-5925ff659b38",
        "Legal",
    ),
    // OpenCTI has no space sector; its "Air transport" carries the aliases Aerospace and Satellite.
    s(
        "space",
        "aerospace",
        "Air transport",
        "identity--f1aeb7a2-0f3e-4fb0-ade5-a50297afe65d",
        "Space",
    ),
    s(
        "pharma",
        "pharmaceuticals",
        "Pharmacy and drugs manufacturing",
        "identity--a0ba9dba-f8d0-4cfb-b037-e227d4c7dc41",
        "Pharmacy",
    ),
];

/// The platforms' names for a veille sector id.
pub fn get(id: &str) -> Option<&'static Sector> {
    SECTORS.iter().find(|s| s.id == id)
}

/// The STIX `industry-sector-ov` value for a veille sector id.
pub fn stix(id: &str) -> Option<&'static str> {
    get(id).map(|s| s.stix)
}

#[cfg(test)]
mod tests {
    use crate::tagging::Vocabulary;
    use std::path::Path;

    fn shared(path: &str) -> serde_json::Value {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/data")
            .join(path);
        serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
    }

    #[test]
    fn every_bundled_sector_is_mapped() {
        let vocab = Vocabulary::bundled().unwrap();
        let missing: Vec<&str> = vocab
            .sectors()
            .iter()
            .map(|s| s.id.as_str())
            .filter(|id| super::get(id).is_none())
            .collect();
        assert!(missing.is_empty(), "{missing:?}");
    }

    #[test]
    fn opencti_and_misp_names_are_theirs() {
        let opencti = shared("opencti/sectors.json");
        let misp = shared("misp-galaxy/sector.json");
        let galaxy = super::super::galaxy::Data::bundled();
        for s in super::SECTORS {
            let known = opencti["objects"].as_array().unwrap().iter().any(|o| {
                o["type"] == "identity" && o["name"] == s.opencti && o["id"] == s.opencti_id
            });
            assert!(
                known,
                "OpenCTI has no sector {:?} {}",
                s.opencti, s.opencti_id
            );
            let cluster = misp["values"]
                .as_array()
                .unwrap()
                .iter()
                .any(|v| v["value"] == s.misp);
            assert!(cluster, "no MISP sector cluster {:?}", s.misp);
            assert!(galaxy.sector(s.misp).is_some());
        }
    }
}

//! veille's sector ids in the vocabularies of the platforms: STIX 2.1 `industry-sector-ov` and the
//! MISP sector galaxy (`../shared/data/misp-galaxy/sector.json`). A sector missing here is exported
//! by its label only.

/// (veille sector id, STIX industry-sector-ov value, MISP sector galaxy value).
const SECTORS: &[(&str, &str, &str)] = &[
    ("government", "government", "Government, Administration"),
    (
        "local-government",
        "government-local",
        "Government, Administration",
    ),
    ("defence", "defense", "Defense"),
    ("justice", "government-public-services", "Justice"),
    ("health", "healthcare", "Health"),
    ("finance", "financial-services", "Finance"),
    ("education", "education", "Education"),
    ("energy", "energy", "Energy"),
    ("water", "water", "Water"),
    ("transport", "transportation", "Transport"),
    ("logistics", "transportation", "Logistic"),
    ("telecom", "telecommunications", "Telecoms"),
    ("technology", "technology", "Technology"),
    ("retail", "retail", "Retail"),
    ("manufacturing", "manufacturing", "Manufacturing"),
    ("media", "communications", "News - Media"),
    ("hospitality", "hospitality-leisure", "Hospitality"),
    ("cryptocurrency", "financial-services", "Finance"),
    ("ngo", "non-profit", "NGO"),
    ("diplomacy", "government-national", "Diplomacy"),
    ("agriculture", "agriculture", "Agriculture"),
    ("legal", "commercial", "Legal"),
    ("space", "aerospace", "Space"),
    ("pharma", "pharmaceuticals", "Pharmacy"),
];

/// The STIX `industry-sector-ov` value for a veille sector id.
pub fn stix(id: &str) -> Option<&'static str> {
    SECTORS.iter().find(|s| s.0 == id).map(|s| s.1)
}

/// The MISP sector galaxy value for a veille sector id.
pub fn misp(id: &str) -> Option<&'static str> {
    SECTORS.iter().find(|s| s.0 == id).map(|s| s.2)
}

#[cfg(test)]
mod tests {
    use crate::tagging::Vocabulary;

    #[test]
    fn every_bundled_sector_is_mapped() {
        let vocab = Vocabulary::bundled().unwrap();
        let missing: Vec<&str> = vocab
            .sectors()
            .iter()
            .map(|s| s.id.as_str())
            .filter(|id| super::stix(id).is_none())
            .collect();
        assert!(missing.is_empty(), "{missing:?}");
    }
}

//! TLP 2.0 levels as STIX marking definitions and MISP tags.
//!
//! STIX ids: OpenCTI matches a marking to its built-in ones by id, and its ids are not the OASIS
//! TLP 2.0 extension ids (`../shared/data/opencti/tlp-marking-ids.json`): it keeps the STIX TLP 1.0
//! ids, files TLP:CLEAR under the TLP 1.0 WHITE id and has its own id for TLP:AMBER+STRICT. A bundle
//! marked with the OASIS TLP 2.0 ids would create five look-alike markings in OpenCTI that none of
//! its access rules know. So every level uses OpenCTI's id:
//! - CLEAR, GREEN, AMBER, RED: the STIX TLP 1.0 objects, byte for byte as the `stix2` library
//!   defines them (STIX 2.1 forbids any other content under these ids, and `stix2.parse` checks
//!   it). OpenCTI's importer reads `TLP:WHITE` as `TLP:CLEAR`.
//! - AMBER+STRICT, which TLP 1.0 lacks: OpenCTI's id carrying the OASIS TLP 2.0 object (name and
//!   `tlp_2_0` extension); OpenCTI's importer reads the name `TLP:AMBER+STRICT`, MISP's `misp-stix`
//!   the extension.
use crate::model::Tlp;
use serde_json::{Value, json};

/// The OASIS TLP 2.0 extension definition.
const TLP2_EXTENSION: &str = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

/// The marking-definition id of a level, as OpenCTI knows it.
pub fn stix_id(tlp: Tlp) -> &'static str {
    match tlp {
        Tlp::Clear => "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9",
        Tlp::Green => "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da",
        Tlp::Amber => "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82",
        Tlp::AmberStrict => "marking-definition--826578e1-40ad-459f-bc73-ede076f81f37",
        Tlp::Red => "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed",
    }
}

/// The marking-definition object of a level (see the module's note on ids).
pub fn stix_object(tlp: Tlp) -> Value {
    let tlp1 = |level: &str| {
        json!({
            "type": "marking-definition",
            "spec_version": "2.1",
            "id": stix_id(tlp),
            "created": "2017-01-20T00:00:00.000Z",
            "definition_type": "tlp",
            "name": format!("TLP:{}", level.to_ascii_uppercase()),
            "definition": {"tlp": level},
        })
    };
    match tlp {
        Tlp::Clear => tlp1("white"),
        Tlp::Green => tlp1("green"),
        Tlp::Amber => tlp1("amber"),
        Tlp::Red => tlp1("red"),
        Tlp::AmberStrict => json!({
            "type": "marking-definition",
            "spec_version": "2.1",
            "id": stix_id(tlp),
            "created": "2022-10-01T00:00:00.000Z",
            "name": "TLP:AMBER+STRICT",
            "extensions": {
                TLP2_EXTENSION: {"extension_type": "property-extension", "tlp_2_0": "amber+strict"},
            },
        }),
    }
}

/// The MISP `tlp` taxonomy tag of a level and its colour (`../shared/data/misp-taxonomies/tlp`).
pub fn misp_tag(tlp: Tlp) -> (String, &'static str) {
    let colour = match tlp {
        Tlp::Clear => "#ffffff",
        Tlp::Green => "#33FF00",
        Tlp::Amber | Tlp::AmberStrict => "#FFC000",
        Tlp::Red => "#FF2B2B",
    };
    (format!("tlp:{}", tlp.as_str()), colour)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn shared(path: &str) -> Value {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/data")
            .join(path);
        serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
    }

    #[test]
    fn ids_are_opencti_s_and_tlp1_objects_are_the_stix2_library_s() {
        let opencti = shared("opencti/tlp-marking-ids.json");
        let tlp1 = shared("stix/tlp1.json");
        for tlp in Tlp::ALL {
            let id = opencti["markings"]
                .as_array()
                .unwrap()
                .iter()
                .find(|m| m["definition"] == tlp.label())
                .unwrap()["id"]
                .clone();
            assert_eq!(stix_id(tlp), id, "{tlp}");
            let object = stix_object(tlp);
            assert_eq!(object["id"], id);
            if tlp != Tlp::AmberStrict {
                let library = tlp1["marking_definitions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|m| m["id"] == id)
                    .unwrap();
                assert_eq!(&object, library, "{tlp}");
            }
        }
    }

    #[test]
    fn misp_tags_are_the_taxonomy_s() {
        let taxonomy = shared("misp-taxonomies/tlp/machinetag.json");
        for tlp in Tlp::ALL {
            let (name, colour) = misp_tag(tlp);
            let predicate = taxonomy["predicates"]
                .as_array()
                .unwrap()
                .iter()
                .find(|p| format!("tlp:{}", p["value"].as_str().unwrap()) == name)
                .unwrap();
            assert_eq!(predicate["colour"], colour);
        }
    }
}

//! Compiles the bundled tag vocabulary (`config/taxonomy/*.toml`) to JSON in OUT_DIR.
//!
//! The TOML files are what people edit; JSON of the same tables is what veille reads at start-up,
//! because serde_json reads it ~25x faster than the TOML parser (12 ms of every `veille suggest ID`
//! went to parsing the TOML). Both hold the same values: the conversion is generic (a TOML value to
//! the same JSON value), the schema is checked when veille reads it, and a unit test in
//! src/tagging/vocab.rs compares the two parses.
use std::path::Path;

/// The bundled vocabulary files, relative to the crate root (the same list as src/tagging/vocab.rs).
const FILES: [&str; 7] = [
    "attack-types",
    "sectors",
    "organisations",
    "countries",
    "actors",
    "attribution",
    "places",
];

fn main() {
    let out_dir = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let out = Path::new(&out_dir).join("taxonomy");
    std::fs::create_dir_all(&out).expect("cannot create OUT_DIR/taxonomy");
    for name in FILES {
        let source = format!("config/taxonomy/{name}.toml");
        println!("cargo::rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source)
            .unwrap_or_else(|e| panic!("cannot read {source}: {e}"));
        let table: toml::Table =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{source} is not valid TOML: {e}"));
        let json = serde_json::to_string(&table)
            .unwrap_or_else(|e| panic!("cannot write {source} as JSON: {e}"));
        std::fs::write(out.join(format!("{name}.json")), json)
            .unwrap_or_else(|e| panic!("cannot write the JSON form of {source}: {e}"));
    }
    println!("cargo::rerun-if-changed=build.rs");
}

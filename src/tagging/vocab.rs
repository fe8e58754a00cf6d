//! The vocabulary: attack types, sectors, organisations, countries and actors, bundled and user-extended.
use super::error::TaggingError;
use super::fold::fold;
use super::index::{self, NameEntry};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;
use std::sync::OnceLock;

/// An attack type (the `attack` facet): canonical id, labels, synonyms, ATT&CK techniques.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttackType {
    /// Canonical value stored in tags, e.g. `ransomware`.
    pub id: String,
    /// English label.
    pub en: String,
    /// French label.
    pub fr: String,
    /// Other names in either language.
    #[serde(default)]
    pub synonyms: Vec<String>,
    /// Names a prompt resolves but suggestions never look for, because in running text they
    /// usually mean something else (`déni de service` is the impact line of most advisories).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub typed_only: Vec<String>,
    /// Words suggestions read as this type but a prompt does not resolve, because alone they do
    /// not say which type is meant ("rançon": extortion, or the ransomware's ransom).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggest_only: Vec<String>,
    /// MITRE ATT&CK technique ids, e.g. `T1486`.
    #[serde(default)]
    pub attack_ids: Vec<String>,
    /// A more general attack type this one refines (`infostealer` → `malware`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub broader: Option<String>,
}

/// A target sector: canonical id, labels, synonyms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sector {
    /// Canonical value stored in tags, e.g. `health`.
    pub id: String,
    /// English label.
    pub en: String,
    /// French label.
    pub fr: String,
    /// Other names in either language.
    #[serde(default)]
    pub synonyms: Vec<String>,
}

/// A notable organisation that stories name as a target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    /// Canonical (English) name, stored in tags.
    pub name: String,
    /// French name, when it differs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<String>,
    /// Acronyms, matched only with their exact capitalisation.
    #[serde(default)]
    pub acronyms: Vec<String>,
    /// Other names.
    #[serde(default)]
    pub synonyms: Vec<String>,
    /// Sector id this organisation belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sector: Option<String>,
    /// ISO 3166 alpha-2 code of its seat.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// `authority` for an agency that investigates, regulates or reports (FBI, ANSSI, CNIL): never
    /// a target unless the text makes it the victim in so many words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// Whether a place names a city or a people (`Dutch`, `française`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceKind {
    /// A city or town (`Londres`, `Caen`).
    City,
    /// An adjective or demonym (`néerlandais`, `British`).
    Demonym,
}

/// A place or demonym that gives a victim's country (`config/taxonomy/places.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// The name as the press writes it.
    pub name: String,
    /// ISO 3166 alpha-2 code of its country.
    pub country: String,
    /// City or demonym.
    pub kind: PlaceKind,
}

/// A country (ISO 3166 alpha-2 code as canonical value).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166 alpha-2 code, stored in tags.
    pub code: String,
    /// English name.
    pub en: String,
    /// French name.
    pub fr: String,
    /// Other names (official and native forms).
    #[serde(default)]
    pub synonyms: Vec<String>,
}

/// A threat actor (the `actor` facet).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Canonical name, stored in tags, e.g. `APT28`.
    pub name: String,
    /// Other names (vendor names, old names).
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Suspected country of origin (ISO 3166 alpha-2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// MISP galaxy UUID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uuid: Option<String>,
    /// MITRE ATT&CK group id, e.g. `G0007`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attack_id: Option<String>,
    /// The name is a common word (Play, Medusa): suggest it only next to a word like "ransomware".
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub context: bool,
    /// French label, when it differs (`non attribué`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fr: Option<String>,
    /// The attack type that is the group's way of working (`ddos` for NoName057(16)), from its
    /// galaxy description (tools/gen_vocabulary.py): an article that names the group and no
    /// attack type is offered that type, inferred.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modus: Option<String>,
    /// Not a group but the analyst's answer that none is named (`unattributed`): searchable, never
    /// suggested from a text, never exported as a group.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unattributed: bool,
}

/// The schema of every vocabulary file, bundled or user's: any of the five tables, each optional.
#[derive(Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct VocabularyFile {
    #[serde(default)]
    attack: Vec<AttackType>,
    #[serde(default)]
    sector: Vec<Sector>,
    #[serde(default)]
    organisation: Vec<Organisation>,
    #[serde(default)]
    country: Vec<Country>,
    #[serde(default)]
    actor: Vec<Actor>,
    #[serde(default)]
    place: Vec<Place>,
}

/// The bundled files: each source's name (for errors) and its JSON form, compiled from the TOML by
/// build.rs (serde_json reads it ~25x faster than the TOML parser; the tables are the same).
macro_rules! bundled {
    ($($name:literal),+ $(,)?) => {
        [$((
            concat!("config/taxonomy/", $name, ".toml"),
            include_str!(concat!(env!("OUT_DIR"), "/taxonomy/", $name, ".json")),
        )),+]
    };
}

const BUNDLED: [(&str, &str); 7] = bundled!(
    "attack-types",
    "sectors",
    "organisations",
    "countries",
    "actors",
    "attribution",
    "places",
);

/// Every term the vocabulary knows: attack types, sectors, organisations, countries, actors.
/// Parsing it takes milliseconds: build it once per process and pass it around.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    pub(crate) attacks: Vec<AttackType>,
    pub(crate) sectors: Vec<Sector>,
    pub(crate) organisations: Vec<Organisation>,
    pub(crate) countries: Vec<Country>,
    pub(crate) actors: Vec<Actor>,
    pub(crate) places: Vec<Place>,
    /// Every name folded, for the prompts: built the first time one resolves a name, since
    /// suggestions never need it.
    names: OnceLock<Vec<NameEntry>>,
}

impl Vocabulary {
    /// The vocabulary compiled into veille (`config/taxonomy/*.toml`).
    pub fn bundled() -> Result<Vocabulary, TaggingError> {
        let mut vocab = Vocabulary::default();
        for (file, json) in BUNDLED {
            vocab.merge(file, parse_compiled(file, json)?)?;
        }
        vocab.validate(BUNDLED[2].0)?;
        Ok(vocab)
    }

    /// The bundled vocabulary extended by a user file with the same schema: an entry with a known id
    /// (or name, or country code) adds its synonyms to that entry and replaces its labels; others are new.
    pub fn with_user(user_toml: &str) -> Result<Vocabulary, TaggingError> {
        Self::with_user_named("user vocabulary", user_toml)
    }

    /// Like [`Vocabulary::with_user`], reading the user file from disk (errors name the path).
    pub fn with_user_file(path: &Path) -> Result<Vocabulary, TaggingError> {
        let text = std::fs::read_to_string(path).map_err(|source| TaggingError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        Self::with_user_named(&path.display().to_string(), &text)
    }

    /// The vocabulary in force: the bundled one, extended by the user file at `path` when it exists.
    pub fn load(path: &Path) -> Result<Vocabulary, TaggingError> {
        if path.exists() {
            Self::with_user_file(path)
        } else {
            Self::bundled()
        }
    }

    fn with_user_named(file: &str, text: &str) -> Result<Vocabulary, TaggingError> {
        let mut vocab = Self::bundled()?;
        vocab.merge(file, parse(file, text)?)?;
        vocab.validate(file)?;
        Ok(vocab)
    }

    /// Every name of every entry, folded (built once, on first use).
    pub(crate) fn names(&self) -> &[NameEntry] {
        self.names.get_or_init(|| index::build(self))
    }

    /// Attack types, in file order.
    pub fn attack_types(&self) -> &[AttackType] {
        &self.attacks
    }

    /// Sectors, in file order.
    pub fn sectors(&self) -> &[Sector] {
        &self.sectors
    }

    /// Notable organisations, in file order.
    pub fn organisations(&self) -> &[Organisation] {
        &self.organisations
    }

    /// Countries, sorted by code.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// Actors, sorted by name.
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// Places and demonyms that give a victim's country.
    pub fn places(&self) -> &[Place] {
        &self.places
    }

    /// The actor whose canonical name is `name` (exactly).
    pub fn actor(&self, name: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.name == name)
    }

    /// The attack type with canonical id `id`.
    pub fn attack_type(&self, id: &str) -> Option<&AttackType> {
        self.attacks.iter().find(|a| a.id == id)
    }

    /// The organisation whose canonical name is `name`.
    pub fn organisation(&self, name: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.name == name)
    }

    /// The sector with canonical id `id`.
    pub fn sector(&self, id: &str) -> Option<&Sector> {
        self.sectors.iter().find(|s| s.id == id)
    }

    /// The country with ISO code `code`.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }

    fn merge(&mut self, file: &str, add: VocabularyFile) -> Result<(), TaggingError> {
        for a in add.attack {
            check_id(file, "attack", &a.id)?;
            match self.attacks.iter_mut().find(|x| x.id == a.id) {
                Some(x) => {
                    x.en = a.en;
                    x.fr = a.fr;
                    extend(&mut x.synonyms, a.synonyms);
                    extend(&mut x.typed_only, a.typed_only);
                    extend(&mut x.suggest_only, a.suggest_only);
                    extend(&mut x.attack_ids, a.attack_ids);
                    x.broader = a.broader.or(x.broader.take());
                }
                None => self.attacks.push(a),
            }
        }
        for s in add.sector {
            check_id(file, "sector", &s.id)?;
            match self.sectors.iter_mut().find(|x| x.id == s.id) {
                Some(x) => {
                    x.en = s.en;
                    x.fr = s.fr;
                    extend(&mut x.synonyms, s.synonyms);
                }
                None => self.sectors.push(s),
            }
        }
        for o in add.organisation {
            check_id(file, "organisation", &o.name)?;
            match self.organisations.iter_mut().find(|x| x.name == o.name) {
                Some(x) => {
                    x.fr = o.fr.or(x.fr.take());
                    x.sector = o.sector.or(x.sector.take());
                    x.country = o.country.or(x.country.take());
                    x.role = o.role.or(x.role.take());
                    extend(&mut x.acronyms, o.acronyms);
                    extend(&mut x.synonyms, o.synonyms);
                }
                None => self.organisations.push(o),
            }
        }
        for c in add.country {
            check_id(file, "country", &c.code)?;
            if c.code.len() != 2 || !c.code.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(invalid(
                    file,
                    "country",
                    &c.code,
                    "code must be ISO 3166 alpha-2",
                ));
            }
            match self.countries.iter_mut().find(|x| x.code == c.code) {
                Some(x) => {
                    x.en = c.en;
                    x.fr = c.fr;
                    extend(&mut x.synonyms, c.synonyms);
                }
                None => self.countries.push(c),
            }
        }
        for p in add.place {
            if p.country.len() != 2 || !p.country.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(invalid(
                    file,
                    "place",
                    &p.name,
                    "country must be ISO 3166 alpha-2",
                ));
            }
            self.places.push(p);
        }
        // Actors are many: index them by name once instead of scanning per added actor.
        let mut by_name: HashMap<String, usize> = self
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.name.clone(), i))
            .collect();
        for a in add.actor {
            check_id(file, "actor", &a.name)?;
            match by_name.get(&a.name) {
                Some(&i) => {
                    let x = &mut self.actors[i];
                    extend(&mut x.aliases, a.aliases);
                    x.country = a.country.or(x.country.take());
                    x.uuid = a.uuid.or(x.uuid.take());
                    x.attack_id = a.attack_id.or(x.attack_id.take());
                    x.fr = a.fr.or(x.fr.take());
                    x.modus = a.modus.or(x.modus.take());
                    x.context |= a.context;
                    x.unattributed |= a.unattributed;
                }
                None => {
                    by_name.insert(a.name.clone(), self.actors.len());
                    self.actors.push(a);
                }
            }
        }
        Ok(())
    }

    /// Cross-references: broader attack types, an organisation's sector and country must exist.
    fn validate(&self, file: &str) -> Result<(), TaggingError> {
        for a in &self.attacks {
            if let Some(b) = &a.broader
                && self.attack_type(b).is_none()
            {
                return Err(invalid(
                    file,
                    "attack",
                    &a.id,
                    &format!("unknown broader type {b:?}"),
                ));
            }
        }
        for o in &self.organisations {
            if let Some(s) = &o.sector
                && self.sector(s).is_none()
            {
                return Err(invalid(
                    file,
                    "organisation",
                    &o.name,
                    &format!("unknown sector {s:?}"),
                ));
            }
            if let Some(c) = &o.country
                && self.country(c).is_none()
            {
                return Err(invalid(
                    file,
                    "organisation",
                    &o.name,
                    &format!("unknown country {c:?}"),
                ));
            }
        }
        Ok(())
    }
}

fn parse(file: &str, text: &str) -> Result<VocabularyFile, TaggingError> {
    toml::from_str(text).map_err(|e| TaggingError::Parse {
        file: file.to_string(),
        source: Box::new(e),
    })
}

/// A bundled file's JSON form (see [`BUNDLED`]).
fn parse_compiled(file: &str, json: &str) -> Result<VocabularyFile, TaggingError> {
    serde_json::from_str(json).map_err(|source| TaggingError::Compiled {
        file: file.to_string(),
        source,
    })
}

fn check_id(file: &str, kind: &'static str, id: &str) -> Result<(), TaggingError> {
    if id.trim().is_empty() {
        return Err(invalid(file, kind, id, "empty id or name"));
    }
    Ok(())
}

fn invalid(file: &str, kind: &'static str, id: &str, problem: &str) -> TaggingError {
    TaggingError::Invalid {
        file: file.to_string(),
        kind,
        id: id.to_string(),
        problem: problem.to_string(),
    }
}

/// Appends the new names that are not already there (compared folded).
fn extend(names: &mut Vec<String>, add: Vec<String>) {
    for n in add {
        let key = fold(&n);
        if !names.iter().any(|x| fold(x) == key) {
            names.push(n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// build.rs compiles each TOML file to JSON: what veille reads must be what the TOML says, so
    /// an edit to a file (or to the conversion) cannot change the vocabulary in silence.
    #[test]
    fn the_compiled_vocabulary_is_what_parsing_the_toml_gives() {
        for (file, json) in BUNDLED {
            let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
            let text = std::fs::read_to_string(&path).unwrap();
            let from_toml = parse(file, &text).unwrap();
            assert_eq!(parse_compiled(file, json).unwrap(), from_toml, "{file}");
            let entries = from_toml.attack.len()
                + from_toml.sector.len()
                + from_toml.organisation.len()
                + from_toml.country.len()
                + from_toml.actor.len()
                + from_toml.place.len();
            assert!(entries > 0, "{file} is empty");
        }
    }
}

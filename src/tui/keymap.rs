//! Keys as data: `config/keys.toml` binds each action to keys and describes it in both languages;
//! a user's table patches it. The help screen is built from the same data.
use crate::model::Lang;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The bundled keymap.
pub const BUNDLED: &str = include_str!("../../config/keys.toml");

/// What a key asks for. Its name in `keys.toml` is the variant's in snake case (`page_down`), and
/// the declaration order is the help's order.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::EnumIter,
    strum::EnumCount,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "snake_case")]
pub enum Action {
    /// Next row, or scroll down.
    Down,
    /// Previous row, or scroll up.
    Up,
    /// First row, or top of the article.
    Top,
    /// Last row, or end of the article.
    Bottom,
    /// One screen down.
    PageDown,
    /// One screen up.
    PageUp,
    /// The next unread article of the list (across feeds in the unscoped list).
    NextUnread,
    /// The previous unread article of the list.
    PrevUnread,
    /// From the reader, open the next article of the list.
    NextArticle,
    /// From the reader, open the previous article of the list.
    PrevArticle,
    /// Focus the next pane.
    NextPane,
    /// Focus the previous pane.
    PrevPane,
    /// Open the selected article, or apply the selected feed or filter.
    Open,
    /// Go back (close the reader, clear the search).
    Back,
    /// Quit from the list, go back from the reader.
    Quit,
    /// Open the search box.
    Search,
    /// Cycle the language filter.
    CycleLang,
    /// Toggle unread-only.
    UnreadOnly,
    /// Cycle the list's order: date, feed, title.
    Sort,
    /// Toggle the preview: the reader shows the list's highlighted article, unread until opened.
    Preview,
    /// Toggle the read flag.
    ToggleRead,
    /// Mark every article of the current list read (one undo step).
    MarkAllRead,
    /// Toggle the star.
    Star,
    /// Write the current article's note.
    Note,
    /// Save the note being written.
    SaveNote,
    /// Refresh every feed.
    Refresh,
    /// Show the failing feeds: why, since when.
    FailingFeeds,
    /// Open the article's link in the browser.
    OpenLink,
    /// Copy the article's link to the clipboard (OSC 52).
    CopyLink,
    /// Show the help.
    Help,
    /// Open the actor prompt.
    TagActor,
    /// Open the target prompt.
    TagTarget,
    /// Open the attack-type prompt.
    TagAttack,
    /// Accept every suggestion for the open article.
    AcceptSuggestions,
    /// Remove the highlighted tag, or reject the highlighted suggestion.
    RemoveTags,
    /// Accept the highlighted suggestion.
    AcceptSuggestion,
    /// Highlight the next line of the tag panel.
    TagNext,
    /// Highlight the previous line of the tag panel.
    TagPrev,
    /// Undo the last edit (tags, note, read flags); again, the one before.
    UndoTag,
    /// Apply again the last edit undone.
    Redo,
    /// The next prompt tags every article of the list.
    BulkTag,
    /// Export the list as shown.
    Export,
    /// Fetch the full text of the article's page.
    FullText,
    /// Cycle the open article's TLP for exports.
    Tlp,
    /// Show the list as stories, or as articles again.
    Stories,
    /// Take the selected article out of its story.
    TakeOutOfStory,
    /// Mark a story, then merge it into the selected one.
    MergeStories,
}

impl Action {
    /// Every action, in help order.
    pub fn all() -> impl Iterator<Item = Action> {
        <Action as strum::IntoEnumIterator>::iter()
    }

    /// The name used in `keys.toml`.
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// The action named `name` in `keys.toml`.
    pub fn from_name(name: &str) -> Option<Action> {
        name.parse().ok()
    }
}

/// A key as written in `keys.toml`: a code and the Ctrl/Alt modifiers (Shift is in the character).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeySpec {
    /// The key.
    pub code: KeyCode,
    /// Ctrl and Alt only.
    pub mods: KeyModifiers,
}

impl KeySpec {
    /// Parses `j`, `G`, `/`, `down`, `pgdn`, `ctrl-d`, `alt-x`, `f5`...
    pub fn parse(spec: &str) -> Result<KeySpec, KeymapError> {
        let bad = || KeymapError::BadKey(spec.to_owned());
        let mut mods = KeyModifiers::NONE;
        let mut rest = spec;
        loop {
            if let Some(r) = rest.strip_prefix("ctrl-").filter(|r| !r.is_empty()) {
                mods |= KeyModifiers::CONTROL;
                rest = r;
            } else if let Some(r) = rest.strip_prefix("alt-").filter(|r| !r.is_empty()) {
                mods |= KeyModifiers::ALT;
                rest = r;
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            _ => match rest.to_ascii_lowercase().as_str() {
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pgup" | "pageup" => KeyCode::PageUp,
                "pgdn" | "pagedown" => KeyCode::PageDown,
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "enter" => KeyCode::Enter,
                "esc" => KeyCode::Esc,
                "space" => KeyCode::Char(' '),
                "backspace" => KeyCode::Backspace,
                "delete" => KeyCode::Delete,
                f => f
                    .strip_prefix('f')
                    .and_then(|n| n.parse::<u8>().ok())
                    .filter(|n| (1..=12).contains(n))
                    .map(KeyCode::F)
                    .ok_or_else(bad)?,
            },
        };
        Ok(KeySpec { code, mods })
    }

    /// How the help screen shows the key.
    pub fn label(&self) -> String {
        let key = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            KeyCode::BackTab => "Shift-Tab".to_owned(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other}"),
        };
        let mut out = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("Ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("Alt-");
        }
        out + &key
    }

    /// How the interface names the key in `lang`: the help's label in English; in French the names
    /// printed on French keyboards and used in French manuals (« Échap », « Entrée », « Suppr »,
    /// « Espace », « Pg suiv »…), modifiers included (« Maj-Tab »).
    pub fn spoken(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.label();
        }
        let key = match self.code {
            KeyCode::Esc => "Échap",
            KeyCode::Enter => "Entrée",
            KeyCode::Char(' ') => "Espace",
            KeyCode::Delete => "Suppr",
            KeyCode::Backspace => "Retour arrière",
            KeyCode::PageUp => "Pg préc",
            KeyCode::PageDown => "Pg suiv",
            KeyCode::Home => "Début",
            KeyCode::End => "Fin",
            KeyCode::BackTab => "Maj-Tab",
            _ => return self.label(),
        };
        let mut out = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("Ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("Alt-");
        }
        out + key
    }

    /// Whether a pressed key is this one; Shift is ignored for characters, which carry it already.
    pub fn matches(&self, key: &KeyEvent) -> bool {
        let mods = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        let code = match key.code {
            // Some terminals report a lowercase letter with Shift rather than the uppercase one.
            KeyCode::Char(c)
                if key.modifiers.contains(KeyModifiers::SHIFT) && c.is_ascii_lowercase() =>
            {
                KeyCode::Char(c.to_ascii_uppercase())
            }
            code => code,
        };
        code == self.code && mods == self.mods
    }
}

/// The bindings and their descriptions.
#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    bindings: Vec<(Action, Vec<KeySpec>)>,
    help_en: BTreeMap<Action, String>,
    help_fr: BTreeMap<Action, String>,
}

/// What is wrong with a keymap.
#[derive(Debug, thiserror::Error)]
pub enum KeymapError {
    /// Not valid TOML or not the expected shape.
    #[error("keymap: {0}")]
    Toml(#[from] toml::de::Error),
    /// A name in `[keys]` or `[help.*]` that is no action.
    #[error("keymap: unknown action `{0}`")]
    UnknownAction(String),
    /// A key that cannot be read.
    #[error("keymap: cannot read the key `{0}`")]
    BadKey(String),
    /// An action with no key or no description.
    #[error("keymap: `{action}` has no {what}")]
    Missing {
        /// The action.
        action: &'static str,
        /// What it lacks.
        what: &'static str,
    },
    /// Two actions share a key.
    #[error("keymap: `{key}` is bound to both `{first}` and `{second}`")]
    Conflict {
        /// The key.
        key: String,
        /// One action.
        first: &'static str,
        /// The other.
        second: &'static str,
    },
}

#[derive(Deserialize)]
struct KeysFile {
    keys: BTreeMap<String, Vec<String>>,
    help: HelpTables,
}

#[derive(Deserialize)]
struct HelpTables {
    en: BTreeMap<String, String>,
    fr: BTreeMap<String, String>,
}

/// The texts' `{key:action}` placeholders name the user's keys.
impl crate::i18n::KeyNames for Keymap {
    fn name_keys(&self, text: &str, lang: Lang) -> String {
        Keymap::name_keys(self, text, lang)
    }
}

impl Keymap {
    /// The bundled keymap.
    pub fn bundled() -> Result<Keymap, KeymapError> {
        Keymap::from_toml(BUNDLED)
    }

    /// Reads a whole keymap document (`[keys]`, `[help.en]`, `[help.fr]`; other tables ignored); every
    /// action needs keys and both descriptions, and no key may serve two actions.
    pub fn from_toml(text: &str) -> Result<Keymap, KeymapError> {
        let file: KeysFile = toml::from_str(text)?;
        let mut keymap = Keymap {
            bindings: Vec::new(),
            help_en: descriptions(&file.help.en)?,
            help_fr: descriptions(&file.help.fr)?,
        };
        let keys = parse_bindings(&file.keys)?;
        for action in Action::all() {
            let specs = keys.get(&action).cloned().unwrap_or_default();
            keymap.bindings.push((action, specs));
        }
        keymap.validate()?;
        Ok(keymap)
    }

    /// This keymap with the keys of each action named in `overrides` replaced (a user's `[keys]`).
    pub fn with_overrides(
        mut self,
        overrides: &BTreeMap<String, Vec<String>>,
    ) -> Result<Keymap, KeymapError> {
        let parsed = parse_bindings(overrides)?;
        for (action, specs) in &mut self.bindings {
            if let Some(new) = parsed.get(action) {
                specs.clone_from(new);
            }
        }
        self.validate()?;
        Ok(self)
    }

    /// The action bound to a pressed key.
    pub fn action(&self, key: &KeyEvent) -> Option<Action> {
        self.bindings
            .iter()
            .find(|(_, specs)| specs.iter().any(|s| s.matches(key)))
            .map(|(action, _)| *action)
    }

    /// The keys of an action.
    pub fn keys(&self, action: Action) -> &[KeySpec] {
        self.bindings
            .iter()
            .find(|(a, _)| *a == action)
            .map_or(&[], |(_, specs)| specs.as_slice())
    }

    /// `text` with each `{key:action}` replaced by the first key bound to that action, named in
    /// `lang`: hints and messages name the keys the user actually has (as gitui and newsboat do).
    /// A placeholder naming no action is left as it is (a test keeps the interface free of them).
    pub fn name_keys(&self, text: &str, lang: Lang) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(start) = rest.find("{key:") {
            out.push_str(&rest[..start]);
            let after = &rest[start + "{key:".len()..];
            let key = after.find('}').and_then(|end| {
                let action = Action::from_name(&after[..end])?;
                let spec = self.keys(action).first()?;
                Some((spec.spoken(lang), end))
            });
            match key {
                Some((name, end)) => {
                    out.push_str(&name);
                    rest = &after[end + 1..];
                }
                None => {
                    out.push_str("{key:");
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// What the help says of an action, in `lang`.
    pub fn description(&self, action: Action, lang: Lang) -> &str {
        let table = match lang {
            Lang::En => &self.help_en,
            Lang::Fr => &self.help_fr,
        };
        table.get(&action).map_or("", String::as_str)
    }

    fn validate(&self) -> Result<(), KeymapError> {
        let mut seen: Vec<(KeySpec, Action)> = Vec::new();
        for (action, specs) in &self.bindings {
            let missing = |what| KeymapError::Missing {
                action: action.name(),
                what,
            };
            if specs.is_empty() {
                return Err(missing("key"));
            }
            if self.description(*action, Lang::En).is_empty() {
                return Err(missing("English description"));
            }
            if self.description(*action, Lang::Fr).is_empty() {
                return Err(missing("French description"));
            }
            for spec in specs {
                if let Some((_, first)) = seen.iter().find(|(s, a)| s == spec && a != action) {
                    return Err(KeymapError::Conflict {
                        key: spec.label(),
                        first: first.name(),
                        second: action.name(),
                    });
                }
                seen.push((*spec, *action));
            }
        }
        Ok(())
    }
}

fn parse_bindings(
    table: &BTreeMap<String, Vec<String>>,
) -> Result<BTreeMap<Action, Vec<KeySpec>>, KeymapError> {
    table
        .iter()
        .map(|(name, keys)| {
            let action =
                Action::from_name(name).ok_or_else(|| KeymapError::UnknownAction(name.clone()))?;
            let specs = keys
                .iter()
                .map(|k| KeySpec::parse(k))
                .collect::<Result<Vec<_>, _>>()?;
            Ok((action, specs))
        })
        .collect()
}

fn descriptions(table: &BTreeMap<String, String>) -> Result<BTreeMap<Action, String>, KeymapError> {
    table
        .iter()
        .map(|(name, text)| {
            Action::from_name(name)
                .map(|a| (a, text.clone()))
                .ok_or_else(|| KeymapError::UnknownAction(name.clone()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::KeyEventKind;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new_with_kind(code, mods, KeyEventKind::Press)
    }

    #[test]
    fn bundled_keymap_parses_and_binds_the_documented_keys() {
        let keymap = Keymap::bundled().expect("config/keys.toml must parse");
        let ch = |c| press(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(keymap.action(&ch('j')), Some(Action::Down));
        assert_eq!(
            keymap.action(&press(KeyCode::Down, KeyModifiers::NONE)),
            Some(Action::Down)
        );
        assert_eq!(
            keymap.action(&press(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(keymap.action(&ch('/')), Some(Action::Search));
        assert_eq!(keymap.action(&ch('q')), Some(Action::Quit));
        assert_eq!(
            keymap.action(&press(KeyCode::Esc, KeyModifiers::NONE)),
            Some(Action::Back)
        );
        assert_eq!(
            keymap.action(&press(KeyCode::Char('d'), KeyModifiers::CONTROL)),
            Some(Action::PageDown)
        );
        assert_eq!(keymap.action(&ch('d')), None);
        assert_eq!(keymap.action(&ch('a')), Some(Action::TagActor));
        assert_eq!(
            keymap.action(&press(KeyCode::Char('U'), KeyModifiers::SHIFT)),
            Some(Action::UndoTag)
        );
        assert_eq!(keymap.action(&ch('F')), Some(Action::FullText));
        assert_eq!(keymap.action(&ch('E')), Some(Action::Export));
        assert_eq!(keymap.action(&ch('S')), Some(Action::Sort));
        assert_eq!(keymap.action(&ch('v')), Some(Action::Preview));
        assert_eq!(keymap.action(&ch('c')), Some(Action::CopyLink));
        assert_eq!(keymap.action(&ch('!')), Some(Action::FailingFeeds));
        // Ctrl-C is the program's (quit, or cancel a prompt), never the copy key.
        assert_eq!(
            keymap.action(&press(KeyCode::Char('c'), KeyModifiers::CONTROL)),
            None
        );
    }

    #[test]
    fn bundled_keymap_describes_every_action_in_both_languages() {
        let keymap = Keymap::bundled().expect("config/keys.toml must parse");
        for action in Action::all() {
            assert!(!keymap.keys(action).is_empty(), "{action:?} has no key");
            let (en, fr) = (
                keymap.description(action, Lang::En),
                keymap.description(action, Lang::Fr),
            );
            assert!(
                !en.is_empty() && !fr.is_empty(),
                "{action:?} lacks a description"
            );
            assert_ne!(en, fr, "{action:?}: French description not translated");
        }
    }

    #[test]
    fn action_names_are_derived_in_snake_case_in_help_order() {
        assert_eq!(Action::PageDown.name(), "page_down");
        assert_eq!(Action::Tlp.name(), "tlp");
        assert_eq!(
            Action::from_name("accept_suggestions"),
            Some(Action::AcceptSuggestions)
        );
        assert_eq!(Action::from_name("AcceptSuggestions"), None);
        let all: Vec<Action> = Action::all().collect();
        assert_eq!(all.len(), 47);
        assert_eq!((all[0], all[46]), (Action::Down, Action::MergeStories));
        for action in all {
            assert_eq!(Action::from_name(action.name()), Some(action));
        }
    }

    #[test]
    fn user_override_replaces_only_the_named_action() {
        let mut user = BTreeMap::new();
        user.insert("down".to_owned(), vec!["h".to_owned()]);
        let keymap = Keymap::bundled()
            .and_then(|k| k.with_overrides(&user))
            .expect("valid override");
        let ch = |c| press(KeyCode::Char(c), KeyModifiers::NONE);
        assert_eq!(keymap.action(&ch('h')), Some(Action::Down));
        assert_eq!(keymap.action(&ch('j')), None);
        assert_eq!(keymap.action(&ch('k')), Some(Action::Up));
    }

    #[test]
    fn override_errors_name_the_problem() {
        let mut conflict = BTreeMap::new();
        conflict.insert("down".to_owned(), vec!["k".to_owned()]);
        let err = Keymap::bundled().and_then(|k| k.with_overrides(&conflict));
        assert!(matches!(err, Err(KeymapError::Conflict { .. })), "{err:?}");

        let mut unknown = BTreeMap::new();
        unknown.insert("fly".to_owned(), vec!["x".to_owned()]);
        let err = Keymap::bundled().and_then(|k| k.with_overrides(&unknown));
        assert!(
            matches!(err, Err(KeymapError::UnknownAction(ref n)) if n == "fly"),
            "{err:?}"
        );

        assert!(matches!(
            KeySpec::parse("ctrl-"),
            Err(KeymapError::BadKey(_))
        ));
        assert!(matches!(
            KeySpec::parse("hyper"),
            Err(KeymapError::BadKey(_))
        ));
    }

    #[test]
    fn key_placeholders_name_the_first_bound_key_in_the_language() {
        let keymap = Keymap::bundled().expect("bundled keymap");
        let text = "{key:help} help · {key:back} back · {key:open} open · {key:nope} · {key:";
        assert_eq!(
            keymap.name_keys(text, Lang::En),
            "? help · Esc back · Enter open · {key:nope} · {key:"
        );
        assert_eq!(
            keymap.name_keys("{key:back}, {key:open}, {key:page_down}", Lang::Fr),
            "Échap, Entrée, Pg suiv"
        );
        let mut user = BTreeMap::new();
        user.insert("help".to_owned(), vec!["h".to_owned(), "?".to_owned()]);
        let keymap = keymap.with_overrides(&user).expect("valid override");
        assert_eq!(keymap.name_keys("{key:help} help", Lang::En), "h help");
    }

    #[test]
    fn key_specs_read_names_and_modifiers() {
        let spec = KeySpec::parse("ctrl-d").expect("valid");
        assert_eq!(
            spec,
            KeySpec {
                code: KeyCode::Char('d'),
                mods: KeyModifiers::CONTROL
            }
        );
        assert_eq!(
            KeySpec::parse("pgdn").map(|s| s.code).ok(),
            Some(KeyCode::PageDown)
        );
        assert_eq!(
            KeySpec::parse("f5").map(|s| s.code).ok(),
            Some(KeyCode::F(5))
        );
        assert_eq!(
            KeySpec::parse("-").map(|s| s.code).ok(),
            Some(KeyCode::Char('-'))
        );
        assert_eq!(spec.label(), "Ctrl-d");
    }
}

//! Colours as data (`[theme]` in `config/theme.toml`), and the monochrome theme NO_COLOR asks for.
use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use std::str::FromStr;

/// The bundled theme.
pub const BUNDLED: &str = include_str!("../../config/theme.toml");

/// The styles the view draws with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Pane titles, the focused border, the header.
    pub accent: Style,
    /// The selected row.
    pub selection: Style,
    /// Unread rows and the unread marker.
    pub unread: Style,
    /// Secondary text: dates, feed names, read rows, hints.
    pub muted: Style,
    /// The star.
    pub star: Style,
    /// Tag chips.
    pub chip: Style,
    /// Links in the reader.
    pub link: Style,
    /// Code in the reader.
    pub code: Style,
    /// Error messages.
    pub error: Style,
}

/// What is wrong with a theme.
#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    /// Not valid TOML or not the expected shape.
    #[error("theme: {0}")]
    Toml(#[from] toml::de::Error),
    /// A colour that cannot be read.
    #[error("theme: `{key}` = \"{value}\" is not a colour")]
    BadColour {
        /// The theme key.
        key: &'static str,
        /// Its value.
        value: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeColours {
    accent: String,
    selection_fg: String,
    selection_bg: String,
    unread: String,
    muted: String,
    star: String,
    chip: String,
    link: String,
    code: String,
    error: String,
}

#[derive(Deserialize)]
struct ThemeFile {
    theme: ThemeColours,
}

impl Theme {
    /// The bundled theme.
    pub fn bundled() -> Result<Theme, ThemeError> {
        Theme::from_toml(BUNDLED)
    }

    /// Reads the `[theme]` table of a document (other tables ignored).
    pub fn from_toml(text: &str) -> Result<Theme, ThemeError> {
        let file: ThemeFile = toml::from_str(text)?;
        let c = &file.theme;
        let colour = |key: &'static str, value: &str| {
            Color::from_str(value).map_err(|_| ThemeError::BadColour {
                key,
                value: value.to_owned(),
            })
        };
        Ok(Theme {
            accent: Style::new()
                .fg(colour("accent", &c.accent)?)
                .add_modifier(Modifier::BOLD),
            selection: Style::new()
                .fg(colour("selection_fg", &c.selection_fg)?)
                .bg(colour("selection_bg", &c.selection_bg)?),
            unread: Style::new()
                .fg(colour("unread", &c.unread)?)
                .add_modifier(Modifier::BOLD),
            muted: Style::new().fg(colour("muted", &c.muted)?),
            star: Style::new().fg(colour("star", &c.star)?),
            chip: Style::new().fg(colour("chip", &c.chip)?),
            link: Style::new()
                .fg(colour("link", &c.link)?)
                .add_modifier(Modifier::UNDERLINED),
            code: Style::new().fg(colour("code", &c.code)?),
            error: Style::new()
                .fg(colour("error", &c.error)?)
                .add_modifier(Modifier::BOLD),
        })
    }

    /// No colour at all (NO_COLOR): selection by reverse video, emphasis by weight.
    pub fn monochrome() -> Theme {
        let plain = Style::new();
        Theme {
            accent: plain.add_modifier(Modifier::BOLD),
            selection: plain.add_modifier(Modifier::REVERSED),
            unread: plain.add_modifier(Modifier::BOLD),
            muted: plain,
            star: plain,
            chip: plain,
            link: plain.add_modifier(Modifier::UNDERLINED),
            code: plain,
            error: plain.add_modifier(Modifier::BOLD),
        }
    }

    /// The theme for this environment: monochrome when `NO_COLOR` is set and non-empty (no-color.org).
    pub fn for_env(no_color: Option<&str>, theme: Theme) -> Theme {
        if no_color.is_some_and(|v| !v.is_empty()) {
            Theme::monochrome()
        } else {
            theme
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_theme_parses_with_colours() {
        let theme = Theme::bundled().expect("config/theme.toml must parse");
        assert_eq!(theme.selection.bg, Some(Color::Cyan));
        assert_eq!(theme.star.fg, Some(Color::Yellow));
    }

    #[test]
    fn no_color_removes_every_colour() {
        let bundled = Theme::bundled().expect("bundled theme");
        let theme = Theme::for_env(Some("1"), bundled);
        for style in [
            theme.accent,
            theme.selection,
            theme.unread,
            theme.muted,
            theme.star,
            theme.chip,
            theme.link,
            theme.code,
            theme.error,
        ] {
            assert_eq!((style.fg, style.bg), (None, None));
        }
        assert_eq!(Theme::for_env(Some(""), bundled), bundled);
        assert_eq!(Theme::for_env(None, bundled), bundled);
    }

    #[test]
    fn bad_colour_is_named() {
        let doc = BUNDLED.replace("star = \"yellow\"", "star = \"sparkly\"");
        let err = Theme::from_toml(&doc);
        assert!(
            matches!(err, Err(ThemeError::BadColour { key: "star", .. })),
            "{err:?}"
        );
    }
}

//! The reader's settings: text size, colours, language. Kept on the device only, read
//! leniently (an old or broken value falls back to the default, never to an error).

use crate::domain::load::Objects;
use serde::{Deserialize, Serialize};

/// Text sizes offered, in percent of the default (already large) size.
pub const TEXT_SIZES: [u16; 5] = [100, 125, 150, 175, 200];

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Follows the device (`prefers-color-scheme`, `prefers-contrast`, `forced-colors`).
    #[default]
    Auto,
    Standard,
    Contrast,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 4] = [Theme::Auto, Theme::Standard, Theme::Contrast, Theme::Dark];

    /// The `data-theme` attribute on `<html>`; `None` lets the device decide.
    pub fn attribute(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Standard => Some("standard"),
            Theme::Contrast => Some("contrast"),
            Theme::Dark => Some("dark"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    #[serde(default = "default_size")]
    pub text_size: u16,
    #[serde(default)]
    pub theme: Theme,
    /// A UI language code (`de`, `de-easy`, `en`, `tr`, `ru`, `uk`, `ar`); `None` until chosen.
    #[serde(default)]
    pub language: Option<String>,
}

fn default_size() -> u16 {
    100
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            text_size: 100,
            theme: Theme::Auto,
            language: None,
        }
    }
}

impl Settings {
    pub fn from_storage(text: Option<&str>) -> Settings {
        // Read as bytes, with structs as objects only: the reader the dataset's loader has.
        let mut settings: Settings = text
            .and_then(|t| serde_json::from_slice(t.as_bytes()).ok())
            .map(|Objects(settings)| settings)
            .unwrap_or_default();
        if !TEXT_SIZES.contains(&settings.text_size) {
            settings.text_size = 100;
        }
        settings
    }

    pub fn to_storage(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_defaults() {
        let settings = Settings {
            text_size: 175,
            theme: Theme::Dark,
            language: Some("ar".into()),
        };
        assert_eq!(
            Settings::from_storage(Some(&settings.to_storage())),
            settings
        );
        assert_eq!(Settings::from_storage(None), Settings::default());
        assert_eq!(Settings::from_storage(Some("kaputt")), Settings::default());
        assert_eq!(
            Settings::from_storage(Some(r#"{"text_size": 333, "theme": "dark"}"#)).text_size,
            100
        );
        assert_eq!(
            Settings::from_storage(Some(r#"{"theme": "neon"}"#)),
            Settings::default(),
            "unknown theme"
        );
    }

    #[test]
    fn theme_attributes() {
        assert_eq!(Theme::Auto.attribute(), None);
        assert_eq!(Theme::Contrast.attribute(), Some("contrast"));
    }
}

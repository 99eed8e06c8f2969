//! Text that the dataset may give in several languages.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A dataset text: either a plain string (in the dataset's own language) or a map from
/// language code to text, e.g. `{"de": "Beratung", "en": "Counselling"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "TextRepr", into = "TextRepr")]
pub struct LocalText {
    /// Language code -> text. The plain-string form is stored under the empty key and read
    /// as the dataset's own language.
    by_lang: BTreeMap<String, String>,
}

#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum TextRepr {
    Plain(String),
    ByLanguage(BTreeMap<String, String>),
}

impl From<TextRepr> for LocalText {
    fn from(repr: TextRepr) -> Self {
        match repr {
            TextRepr::Plain(text) => LocalText::plain(text),
            TextRepr::ByLanguage(by_lang) => LocalText { by_lang },
        }
    }
}

impl From<LocalText> for TextRepr {
    fn from(text: LocalText) -> Self {
        match text.by_lang.get("") {
            Some(plain) if text.by_lang.len() == 1 => TextRepr::Plain(plain.clone()),
            _ => TextRepr::ByLanguage(text.by_lang),
        }
    }
}

/// The text chosen for display, with the language it is really in, so the view can mark
/// text in another language than the UI with its own `lang` attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved<'a> {
    pub text: &'a str,
    /// `None` when the text is in the dataset's own language (plain string form).
    pub lang: Option<&'a str>,
}

/// An owned [`Resolved`], for handing to a view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnedText {
    pub text: String,
    pub lang: Option<String>,
}

impl Resolved<'_> {
    pub fn owned(self) -> OwnedText {
        OwnedText {
            text: self.text.to_string(),
            lang: self.lang.map(str::to_string),
        }
    }
}

impl LocalText {
    pub fn plain(text: impl Into<String>) -> Self {
        let mut by_lang = BTreeMap::new();
        by_lang.insert(String::new(), text.into());
        LocalText { by_lang }
    }

    pub fn with(mut self, lang: &str, text: impl Into<String>) -> Self {
        self.by_lang.insert(lang.to_string(), text.into());
        self
    }

    /// The text in `lang`, else in the dataset's language `fallback`, else any text.
    pub fn resolve<'a>(&'a self, lang: &str, fallback: &'a str) -> Resolved<'a> {
        if let Some(text) = self.by_lang.get(lang) {
            return Resolved {
                text,
                lang: Some(lang_key(&self.by_lang, lang)),
            };
        }
        if let Some((key, text)) = self.by_lang.get_key_value(fallback) {
            return Resolved {
                text,
                lang: Some(key),
            };
        }
        if let Some(text) = self.by_lang.get("") {
            return Resolved { text, lang: None };
        }
        match self.by_lang.iter().next() {
            Some((key, text)) => Resolved {
                text,
                lang: Some(key),
            },
            None => Resolved {
                text: "",
                lang: None,
            },
        }
    }

    /// The text in the dataset's own language.
    pub fn get<'a>(&'a self, dataset_lang: &'a str) -> &'a str {
        self.resolve(dataset_lang, dataset_lang).text
    }

    pub fn has(&self, lang: &str) -> bool {
        self.by_lang.contains_key(lang) || (self.by_lang.contains_key("") && lang.is_empty())
    }

    /// True when the text exists in the dataset's own language (plain form or that key).
    pub fn has_base(&self, dataset_lang: &str) -> bool {
        self.by_lang
            .get(dataset_lang)
            .or_else(|| self.by_lang.get(""))
            .is_some_and(|t| !t.trim().is_empty())
    }

    pub fn is_empty(&self) -> bool {
        self.by_lang.values().all(|t| t.trim().is_empty())
    }

    /// Every text in every language, for search indexing.
    pub fn all(&self) -> impl Iterator<Item = (&str, &str)> {
        self.by_lang.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

fn lang_key<'a>(map: &'a BTreeMap<String, String>, lang: &str) -> &'a str {
    map.get_key_value(lang)
        .map(|(k, _)| k.as_str())
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_string_reads_as_dataset_language() {
        let text: LocalText = serde_json::from_str(r#""Beratung""#).unwrap();
        assert_eq!(
            text.resolve("en", "de"),
            Resolved {
                text: "Beratung",
                lang: None
            }
        );
        assert!(text.has_base("de"));
    }

    #[test]
    fn prefers_ui_language_then_dataset_language() {
        let text: LocalText =
            serde_json::from_str(r#"{"de": "Beratung", "en": "Counselling"}"#).unwrap();
        assert_eq!(
            text.resolve("en", "de"),
            Resolved {
                text: "Counselling",
                lang: Some("en")
            }
        );
        assert_eq!(
            text.resolve("tr", "de"),
            Resolved {
                text: "Beratung",
                lang: Some("de")
            }
        );
    }

    #[test]
    fn round_trips_both_forms() {
        for json in [r#""Hallo""#, r#"{"de":"Hallo","en":"Hello"}"#] {
            let text: LocalText = serde_json::from_str(json).unwrap();
            assert_eq!(serde_json::to_string(&text).unwrap(), json);
        }
    }

    #[test]
    fn missing_base_language_is_detected() {
        let text: LocalText = serde_json::from_str(r#"{"en": "Hello"}"#).unwrap();
        assert!(!text.has_base("de"));
        assert_eq!(text.resolve("de", "de").text, "Hello");
    }
}

//! Text that the dataset may give in several languages.

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// A dataset text: either a plain string (in the dataset's own language) or a map from
/// language code to text, e.g. `{"de": "Beratung", "en": "Counselling"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalText {
    /// (language code, text), sorted by code, each code once. The plain-string form is kept
    /// under the empty code and read as the dataset's own language. A short list, not a
    /// map: a text has one to seven languages, and a large city has hundreds of thousands
    /// of texts (a map's smallest node is about half a kilobyte).
    by_lang: Vec<(String, String)>,
}

/// Read by hand rather than as an untagged enum, which would first copy every text of the
/// file into an intermediate tree to try one form after the other.
impl<'de> Deserialize<'de> for LocalText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;

        impl<'de> Visitor<'de> for TextVisitor {
            type Value = LocalText;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text, or a map from language codes to texts")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<LocalText, E> {
                Ok(LocalText::plain(text))
            }

            fn visit_string<E: serde::de::Error>(self, text: String) -> Result<LocalText, E> {
                Ok(LocalText::plain(text))
            }

            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<LocalText, M::Error> {
                let mut text = LocalText::default();
                while let Some((lang, value)) = map.next_entry::<String, String>()? {
                    text = text.with(&lang, value);
                }
                Ok(text)
            }
        }

        deserializer.deserialize_any(TextVisitor)
    }
}

impl Serialize for LocalText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.by_lang.as_slice() {
            [(lang, plain)] if lang.is_empty() => serializer.serialize_str(plain),
            texts => {
                let mut map = serializer.serialize_map(Some(texts.len()))?;
                for (lang, text) in texts {
                    map.serialize_entry(lang, text)?;
                }
                map.end()
            }
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
        LocalText {
            by_lang: vec![(String::new(), text.into())],
        }
    }

    /// The text with `lang` set to `text` (replacing what that language had).
    pub fn with(mut self, lang: &str, text: impl Into<String>) -> Self {
        match self
            .by_lang
            .binary_search_by(|(code, _)| code.as_str().cmp(lang))
        {
            Ok(at) => self.by_lang[at].1 = text.into(),
            Err(at) => self.by_lang.insert(at, (lang.to_string(), text.into())),
        }
        self
    }

    /// The language code as stored, and the text, for `lang`.
    fn entry(&self, lang: &str) -> Option<(&str, &str)> {
        self.by_lang
            .iter()
            .find(|(code, _)| code == lang)
            .map(|(code, text)| (code.as_str(), text.as_str()))
    }

    /// The text in `lang`, else in the dataset's language `fallback`, else any text.
    pub fn resolve<'a>(&'a self, lang: &str, fallback: &'a str) -> Resolved<'a> {
        if let Some((code, text)) = self.entry(lang).or_else(|| self.entry(fallback)) {
            // The plain form is the dataset's own language, whatever was asked for.
            return Resolved {
                text,
                lang: Some(code).filter(|code| !code.is_empty()),
            };
        }
        match self.by_lang.first() {
            Some((code, text)) => Resolved {
                text,
                lang: Some(code.as_str()).filter(|code| !code.is_empty()),
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
        self.entry(lang).is_some()
    }

    /// True when the text exists in the dataset's own language (plain form or that key).
    pub fn has_base(&self, dataset_lang: &str) -> bool {
        self.entry(dataset_lang)
            .or_else(|| self.entry(""))
            .is_some_and(|(_, t)| !t.trim().is_empty())
    }

    pub fn is_empty(&self) -> bool {
        self.by_lang.iter().all(|(_, t)| t.trim().is_empty())
    }

    /// Every text in every language, for search indexing.
    pub fn all(&self) -> impl Iterator<Item = (&str, &str)> {
        self.by_lang.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
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
    fn a_map_keeps_each_language_once_in_order_and_a_wrong_type_says_what_is_expected() {
        let text: LocalText =
            serde_json::from_str(r#"{"tr": "Danışma", "de": "Alt", "de": "Beratung"}"#).unwrap();
        let all: Vec<_> = text.all().collect();
        assert_eq!(all, [("de", "Beratung"), ("tr", "Danışma")]);
        let error = serde_json::from_str::<LocalText>("42")
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("a text, or a map from language codes to texts"),
            "{error}"
        );
        assert!(serde_json::from_str::<LocalText>(r#"{"de": 1}"#).is_err());
    }

    #[test]
    fn missing_base_language_is_detected() {
        let text: LocalText = serde_json::from_str(r#"{"en": "Hello"}"#).unwrap();
        assert!(!text.has_base("de"));
        assert_eq!(text.resolve("de", "de").text, "Hello");
    }
}

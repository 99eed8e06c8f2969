//! Text that the dataset may give in several languages.

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

/// The most languages one text may give. A text has one to seven, a city with many
/// communities a few dozen; a file with thousands in one text is no text.
pub const MAX_LANGUAGES: usize = 64;
/// The longest language code read (RFC 5646 asks every reader to take 35 characters).
pub const MAX_LANGUAGE_CODE_CHARS: usize = 35;

/// A dataset text: either a plain string (in the dataset's own language) or a map from
/// language code to text, e.g. `{"de": "Beratung", "en": "Counselling"}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalText {
    texts: Texts,
}

/// Most texts of a dataset are plain strings: those take one allocation, not three (a
/// large city has hundreds of thousands of texts). A map is a short sorted list, not a
/// map: a text has one to seven languages (a map's smallest node is half a kilobyte).
#[derive(Clone, Debug, PartialEq, Eq)]
enum Texts {
    /// The plain-string form, read as the dataset's own language.
    Plain(Box<str>),
    /// (language code, text), sorted by code, each code once.
    ByLang(Vec<(String, String)>),
}

impl Default for LocalText {
    fn default() -> Self {
        LocalText {
            texts: Texts::ByLang(Vec::new()),
        }
    }
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
                use serde::de::Error;
                // Bounded, so a sorted insert per language is cheap (it took minutes for
                // 200,000 codes in descending order before the bound).
                let mut text = LocalText::default();
                let mut read = 0;
                while let Some((lang, value)) = map.next_entry::<String, String>()? {
                    if lang.chars().count() > MAX_LANGUAGE_CODE_CHARS {
                        return Err(M::Error::custom(format!(
                            "a language code longer than {MAX_LANGUAGE_CODE_CHARS} characters"
                        )));
                    }
                    if read == MAX_LANGUAGES {
                        return Err(M::Error::custom(format!(
                            "more than {MAX_LANGUAGES} languages in one text"
                        )));
                    }
                    read += 1;
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
        match &self.texts {
            Texts::Plain(plain) => serializer.serialize_str(plain),
            Texts::ByLang(texts) => {
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
            texts: Texts::Plain(text.into().into_boxed_str()),
        }
    }

    /// One form for one meaning: a map of the empty code alone is the plain form.
    fn plain_if_only_base(self) -> Self {
        match self.texts {
            Texts::ByLang(mut by_lang) if by_lang.len() == 1 && by_lang[0].0.is_empty() => {
                LocalText::plain(by_lang.remove(0).1)
            }
            texts => LocalText { texts },
        }
    }

    /// The text with `lang` set to `text` (replacing what that language had).
    pub fn with(self, lang: &str, text: impl Into<String>) -> Self {
        let mut by_lang = match self.texts {
            Texts::ByLang(by_lang) => by_lang,
            Texts::Plain(plain) => vec![(String::new(), plain.into_string())],
        };
        match by_lang.binary_search_by(|(code, _)| code.as_str().cmp(lang)) {
            Ok(at) => by_lang[at].1 = text.into(),
            Err(at) => by_lang.insert(at, (lang.to_string(), text.into())),
        }
        LocalText {
            texts: Texts::ByLang(by_lang),
        }
        .plain_if_only_base()
    }

    /// The language code as stored, and the text, for `lang`.
    fn entry(&self, lang: &str) -> Option<(&str, &str)> {
        self.all().find(|(code, _)| *code == lang)
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
        match self.all().next() {
            Some((code, text)) => Resolved {
                text,
                lang: Some(code).filter(|code| !code.is_empty()),
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
        self.all().all(|(_, t)| t.trim().is_empty())
    }

    /// Every text in every language, for search indexing.
    pub fn all(&self) -> impl Iterator<Item = (&str, &str)> {
        let (plain, by_lang): (Option<&str>, &[(String, String)]) = match &self.texts {
            Texts::Plain(plain) => (Some(plain), &[]),
            Texts::ByLang(by_lang) => (None, by_lang),
        };
        let by_lang = by_lang.iter().map(|(k, v)| (k.as_str(), v.as_str()));
        plain.map(|text| ("", text)).into_iter().chain(by_lang)
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

    /// Issue 29, finding 3: 200,000 codes in descending order took minutes (a sorted insert
    /// each); now a text of more than `MAX_LANGUAGES` codes, or with an over-long code, is
    /// refused with a message, and up to the limit they are sorted once.
    #[test]
    fn too_many_languages_or_an_over_long_code_are_refused_and_codes_are_sorted_once() {
        let map = |codes: &mut dyn Iterator<Item = String>| {
            let pairs: Vec<String> = codes.map(|c| format!(r#""{c}": "x{c}""#)).collect();
            format!("{{{}}}", pairs.join(","))
        };
        let many = map(&mut (0..200_000).rev().map(|i| format!("l{i:06}")));
        let error = serde_json::from_str::<LocalText>(&many)
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("more than 64 languages in one text"),
            "{error}"
        );
        let most = map(&mut (0..MAX_LANGUAGES).rev().map(|i| format!("l{i:02}")));
        let text: LocalText = serde_json::from_str(&most).unwrap();
        let codes: Vec<&str> = text.all().map(|(code, _)| code).collect();
        assert_eq!(codes.len(), MAX_LANGUAGES);
        assert!(codes.windows(2).all(|w| w[0] < w[1]), "sorted: {codes:?}");
        assert_eq!(text.resolve("l07", "de").text, "xl07");
        let long = format!(r#"{{"{}": "x"}}"#, "a".repeat(MAX_LANGUAGE_CODE_CHARS + 1));
        let error = serde_json::from_str::<LocalText>(&long)
            .unwrap_err()
            .to_string();
        assert!(error.contains("a language code longer than 35"), "{error}");
        let longest = format!(r#"{{"{}": "x"}}"#, "a".repeat(MAX_LANGUAGE_CODE_CHARS));
        assert!(serde_json::from_str::<LocalText>(&longest).is_ok());
    }

    #[test]
    fn the_empty_code_alone_is_the_plain_form() {
        let map: LocalText = serde_json::from_str(r#"{"": "Hallo"}"#).unwrap();
        assert_eq!(map, LocalText::plain("Hallo"));
        let both = LocalText::plain("Hallo").with("en", "Hello");
        assert_eq!(
            both.all().collect::<Vec<_>>(),
            [("", "Hallo"), ("en", "Hello")]
        );
        assert_eq!(both.resolve("tr", "de").text, "Hallo");
    }

    #[test]
    fn missing_base_language_is_detected() {
        let text: LocalText = serde_json::from_str(r#"{"en": "Hello"}"#).unwrap();
        assert!(!text.has_base("de"));
        assert_eq!(text.resolve("de", "de").text, "Hello");
    }
}

//! The fixed texts of the languages other than German, read from their files
//! (`public/i18n/<id>.json`: one object, a text per name) once per language and kept for
//! the rest of the visit.
//!
//! In the browser the app fetches a language's file when it is chosen, and the wasm carries
//! German alone; natively (the prerender, the tools, the tests) the files are compiled in.

use super::{Lang, Strings, FIXED_KEYS};
use std::sync::OnceLock;

/// Each language's texts once read, by `Lang as usize` (German's slot stays empty: its texts
/// are compiled in).
static READ: [OnceLock<&'static Strings>; Lang::ALL.len()] =
    [const { OnceLock::new() }; Lang::ALL.len()];

fn slot(lang: Lang) -> &'static OnceLock<&'static Strings> {
    &READ[lang as usize]
}

/// `lang`'s texts, or German's while its own are not there.
pub(super) fn strings(lang: Lang) -> &'static Strings {
    if let Some(strings) = slot(lang).get() {
        return strings;
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(strings) = bundled(lang) {
        return strings;
    }
    Lang::german()
}

pub(super) fn has_texts(lang: Lang) -> bool {
    lang == Lang::De || cfg!(not(target_arch = "wasm32")) || slot(lang).get().is_some()
}

/// Why a language's file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextsError {
    /// German has no file: its texts are compiled in.
    German,
    /// The file is not an object of texts (serde_json's words: not JSON, not an object, a
    /// text that is not a string).
    Unreadable(String),
}

impl std::fmt::Display for TextsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TextsError::German => write!(f, "German has no language file"),
            TextsError::Unreadable(detail) => write!(f, "not an object of texts: {detail}"),
        }
    }
}

/// Reads `file` as `lang`'s fixed texts and keeps them for the visit; [`Lang::strings`]
/// gives them from now on. A text the file lacks (or leaves empty) is German's, so an older
/// file still shows every text; names the app does not know are passed over. Reading the
/// same language again gives the texts read first.
pub fn install(lang: Lang, file: &[u8]) -> Result<&'static Strings, TextsError> {
    let formats = lang.formats().ok_or(TextsError::German)?;
    if let Some(strings) = slot(lang).get() {
        return Ok(strings);
    }
    let strings = read(file, formats)?;
    Ok(slot(lang).get_or_init(|| Box::leak(Box::new(strings))))
}

/// `file`'s texts with `formats`, German's where the file has none.
fn read(file: &[u8], formats: &'static super::Formats) -> Result<Strings, TextsError> {
    let mut fixed = Lang::german().fixed_array();
    let found =
        serde_json::from_slice::<Found>(file).map_err(|e| TextsError::Unreadable(e.to_string()))?;
    for (index, text) in found.0 {
        if !text.trim().is_empty() {
            // Read once per language and visit, so kept for good.
            fixed[index] = Box::leak(text.into_boxed_str());
        }
    }
    Ok(Strings::assemble(fixed, formats))
}

/// The texts of a file that the app knows by name, by their place in [`FIXED_KEYS`]. (Read
/// by hand rather than into a map or a `serde_json::Value`: it keeps the wasm smaller.)
struct Found(Vec<(usize, String)>);

impl<'de> serde::Deserialize<'de> for Found {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(FoundVisitor)
    }
}

struct FoundVisitor;

impl<'de> serde::de::Visitor<'de> for FoundVisitor {
    type Value = Found;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object of texts")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Found, A::Error> {
        let mut found = Vec::with_capacity(FIXED_KEYS.len());
        while let Some(name) = map.next_key::<String>()? {
            match FIXED_KEYS.iter().position(|key| *key == name) {
                Some(index) => found.push((index, map.next_value::<String>()?)),
                None => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(Found(found))
    }
}

/// The language files, compiled into native builds only.
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled_file(lang: Lang) -> Option<&'static [u8]> {
    Some(match lang {
        Lang::De => return None,
        Lang::Easy => include_bytes!("../../../../public/i18n/de-easy.json"),
        Lang::En => include_bytes!("../../../../public/i18n/en.json"),
        Lang::Tr => include_bytes!("../../../../public/i18n/tr.json"),
        Lang::Ru => include_bytes!("../../../../public/i18n/ru.json"),
        Lang::Uk => include_bytes!("../../../../public/i18n/uk.json"),
        Lang::Ar => include_bytes!("../../../../public/i18n/ar.json"),
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn bundled(lang: Lang) -> Option<&'static Strings> {
    install(lang, bundled_file(lang)?).ok()
}

// The language files are compiled into native builds only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// Each file has every text the app names, and nothing else, each a non-empty string.
    #[test]
    fn every_language_file_has_exactly_the_apps_texts() {
        for lang in Lang::ALL.into_iter().skip(1) {
            let file = bundled_file(lang).expect("a file");
            let value: serde_json::Value = serde_json::from_slice(file).expect("JSON");
            let texts = value.as_object().expect("an object");
            let mut names: Vec<&str> = texts.keys().map(String::as_str).collect();
            let mut expected = FIXED_KEYS.to_vec();
            names.sort_unstable();
            expected.sort_unstable();
            assert_eq!(names, expected, "{lang:?}");
            for (name, text) in texts {
                let text = text.as_str().unwrap_or_default();
                assert!(!text.trim().is_empty(), "{lang:?}.{name} is empty");
            }
        }
        assert_eq!(bundled_file(Lang::De), None);
    }

    #[test]
    fn a_language_reads_its_own_texts_with_its_own_formats() {
        let en = Lang::En.strings();
        assert_eq!(en.retry, "Try again");
        assert_eq!((en.services_count)(2), "2 services");
        let ar = Lang::Ar.strings();
        assert_ne!(ar.retry, Lang::De.strings().retry);
        assert!(Lang::ALL.into_iter().all(Lang::has_texts));
    }

    #[test]
    fn broken_files_are_refused_and_missing_texts_stay_german() {
        assert_eq!(install(Lang::De, b"{}").err(), Some(TextsError::German));
        let formats = Lang::En.formats().expect("English has formats");
        let refusal = |file: &[u8]| match read(file, formats) {
            Err(TextsError::Unreadable(detail)) => detail,
            _ => panic!("{} was read", String::from_utf8_lossy(file)),
        };
        assert!(refusal(b"{\"retry\": ").contains("EOF"));
        assert!(refusal(b"[]").contains("expected an object of texts"));
        assert!(refusal(br#"{"retry": 7}"#).contains("expected a string"));
        let german = Lang::De.strings();
        let Ok(partial) = read(
            br#"{"retry": "Try again", "help_heading": " ", "from_a_newer_app": [1, {"x": 2}]}"#,
            formats,
        ) else {
            panic!("a partial file is read");
        };
        assert_eq!(partial.retry, "Try again");
        assert_eq!(partial.help_heading, german.help_heading, "empty: German's");
        assert_eq!(partial.app_name, german.app_name, "missing: German's");
        assert_eq!((partial.services_count)(2), "2 services", "English formats");
    }
}

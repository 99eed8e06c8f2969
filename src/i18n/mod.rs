//! Every user-facing string of the UI, per language.
//!
//! `Strings` is a struct, so a language that lacks a key does not compile; the tests check
//! that no text is empty or left as a placeholder.

mod de;
mod en;

use crate::domain::load::LoadError;

/// A UI language. The dataset may carry texts in more languages than the UI has.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// BCP 47 code for `<html lang>` and for choosing dataset texts.
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::De => &de::STRINGS,
            Lang::En => &en::STRINGS,
        }
    }
}

/// Why the dataset could not be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataFailure {
    /// No answer at all (offline, server down).
    Unreachable,
    /// The server answered with an error status.
    Status(u16),
    /// The file arrived but could not be used.
    Unusable(LoadError),
}

pub struct Strings {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_link: &'static str,
    pub nav_label: &'static str,
    pub loading: &'static str,
    pub services_heading: &'static str,
    pub services_count: fn(usize) -> String,
    pub skipped_entries: fn(usize) -> String,
    pub error_heading: &'static str,
    pub error_unreachable: &'static str,
    pub error_status: fn(u16) -> String,
    pub error_malformed: fn(usize, usize) -> String,
    pub error_not_dataset: &'static str,
    pub error_version: &'static str,
    pub error_invalid: fn(&str) -> String,
    pub error_hint: &'static str,
    pub retry: &'static str,
    pub help_heading: &'static str,
    pub call: fn(&str) -> String,
    pub footer_label: &'static str,
    pub page_title: fn(&str) -> String,
    pub not_found_heading: &'static str,
    pub not_found_text: &'static str,
    pub back_to_start: &'static str,
}

impl Strings {
    pub fn data_failure(&self, failure: &DataFailure) -> String {
        match failure {
            DataFailure::Unreachable => self.error_unreachable.to_string(),
            DataFailure::Status(status) => (self.error_status)(*status),
            DataFailure::Unusable(LoadError::Malformed { line, column, .. }) => {
                (self.error_malformed)(*line, *column)
            }
            DataFailure::Unusable(LoadError::NotADataset) => self.error_not_dataset.to_string(),
            DataFailure::Unusable(LoadError::UnsupportedVersion { .. }) => {
                self.error_version.to_string()
            }
            DataFailure::Unusable(LoadError::Invalid { path, .. }) => (self.error_invalid)(path),
        }
    }

    /// Every fixed text, for completeness checks.
    pub fn fixed_texts(&self) -> Vec<(&'static str, &'static str)> {
        vec![
            ("app_name", self.app_name),
            ("tagline", self.tagline),
            ("skip_link", self.skip_link),
            ("nav_label", self.nav_label),
            ("loading", self.loading),
            ("services_heading", self.services_heading),
            ("error_heading", self.error_heading),
            ("error_unreachable", self.error_unreachable),
            ("error_not_dataset", self.error_not_dataset),
            ("error_version", self.error_version),
            ("error_hint", self.error_hint),
            ("retry", self.retry),
            ("help_heading", self.help_heading),
            ("footer_label", self.footer_label),
            ("not_found_heading", self.not_found_heading),
            ("not_found_text", self.not_found_text),
            ("back_to_start", self.back_to_start),
        ]
    }

    /// Every formatted text with sample arguments, for completeness checks.
    pub fn formatted_samples(&self) -> Vec<(&'static str, String)> {
        vec![
            ("services_count(0)", (self.services_count)(0)),
            ("services_count(1)", (self.services_count)(1)),
            ("services_count(7)", (self.services_count)(7)),
            ("skipped_entries(1)", (self.skipped_entries)(1)),
            ("skipped_entries(3)", (self.skipped_entries)(3)),
            ("error_status", (self.error_status)(404)),
            ("error_malformed", (self.error_malformed)(3, 14)),
            ("error_invalid", (self.error_invalid)("meta")),
            ("call", (self.call)("0631 365-0")),
            ("page_title", (self.page_title)("Kaiserslautern")),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLACEHOLDER_MARKS: [&str; 5] = ["TODO", "FIXME", "XXX", "lorem", "{}"];

    #[test]
    fn no_language_has_empty_or_placeholder_texts() {
        for lang in Lang::ALL {
            let strings = lang.strings();
            let all = strings
                .fixed_texts()
                .into_iter()
                .map(|(k, v)| (k, v.to_string()))
                .chain(strings.formatted_samples());
            for (key, text) in all {
                assert!(!text.trim().is_empty(), "{lang:?}.{key} is empty");
                for mark in PLACEHOLDER_MARKS {
                    assert!(
                        !text.contains(mark),
                        "{lang:?}.{key} contains placeholder {mark:?}: {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn english_is_really_translated() {
        let (de, en) = (Lang::De.strings(), Lang::En.strings());
        for ((key, de_text), (_, en_text)) in de.fixed_texts().into_iter().zip(en.fixed_texts()) {
            if key != "app_name" {
                assert_ne!(de_text, en_text, "en.{key} is still German");
            }
        }
    }

    #[test]
    fn formatted_texts_carry_their_arguments() {
        for lang in Lang::ALL {
            let s = lang.strings();
            assert!((s.services_count)(7).contains('7'));
            assert!(
                (s.error_malformed)(3, 14).contains("3")
                    && (s.error_malformed)(3, 14).contains("14")
            );
            assert!((s.call)("0631 365-0").contains("0631 365-0"));
            assert!((s.page_title)("Kaiserslautern").contains("Kaiserslautern"));
        }
    }

    #[test]
    fn german_counts_use_singular_and_plural() {
        let s = Lang::De.strings();
        assert_eq!((s.services_count)(1), "1 Angebot");
        assert_eq!((s.services_count)(2), "2 Angebote");
        assert_eq!((s.services_count)(0), "Keine Angebote");
    }
}

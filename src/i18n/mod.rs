//! Every user-facing string of the UI, per language.
//!
//! `Strings` is a struct, so a language that lacks a key does not compile; the tests check
//! that no text is empty or left as a placeholder.

mod de;
mod en;
pub mod hours;

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
    // Hours, in words.
    pub weekdays: [&'static str; 7],
    pub months: [&'static str; 12],
    /// A time of day from minutes after midnight ("10", "10:30" in German).
    pub clock: fn(u16) -> String,
    /// A span of two formatted times ("10–12 Uhr").
    pub span: fn(&str, &str) -> String,
    /// One formatted time as said alone ("12 Uhr").
    pub clock_alone: fn(&str) -> String,
    pub and: &'static str,
    /// Three or more consecutive weekdays ("Montag bis Freitag").
    pub day_range: fn(&str, &str) -> String,
    /// "jeden 1. Mittwoch im Monat"; `nth` -1 is the last.
    pub nth_weekday: fn(i8, &str) -> String,
    /// A period that is uncertain, with its reason ("nicht immer").
    pub maybe: fn(Option<&str>) -> String,
    pub closed_on_holidays: &'static str,
    /// A closure with its reason, from and to as formatted dates.
    pub closure: fn(Option<&str>, &str, &str) -> String,
    /// A date: day, month name, year ("20. Juli 2026").
    pub date: fn(u32, &str, i32) -> String,
    /// A date with weekday: ("Montag, 23. November").
    pub weekday_date: fn(&str, u32, &str) -> String,
    pub day_closed: &'static str,
    pub holiday: fn(&str) -> String,
    pub host: fn(&str) -> String,
    pub irregular_hours: &'static str,
    pub today: &'static str,
    pub tomorrow: &'static str,
    /// "heute um 10 Uhr", "Dienstag um 10 Uhr", "am 3. Dezember um 10 Uhr".
    pub at_day_time: fn(&str, &str) -> String,
    pub on_date: fn(&str) -> String,
    pub state_open: &'static str,
    pub state_open_until: fn(&str) -> String,
    pub state_closed: &'static str,
    pub state_closed_opens: fn(&str) -> String,
    pub state_by_appointment: &'static str,
    pub state_unknown: &'static str,
    pub state_no_hours: &'static str,
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
            ("and", self.and),
            ("closed_on_holidays", self.closed_on_holidays),
            ("day_closed", self.day_closed),
            ("irregular_hours", self.irregular_hours),
            ("today", self.today),
            ("tomorrow", self.tomorrow),
            ("state_open", self.state_open),
            ("state_closed", self.state_closed),
            ("state_by_appointment", self.state_by_appointment),
            ("state_unknown", self.state_unknown),
            ("state_no_hours", self.state_no_hours),
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
            ("clock", (self.clock)(630)),
            ("span", (self.span)("10", "12")),
            ("clock_alone", (self.clock_alone)("12")),
            ("day_range", (self.day_range)("Mo", "Fr")),
            ("nth_weekday(1)", (self.nth_weekday)(1, "X")),
            ("nth_weekday(-1)", (self.nth_weekday)(-1, "X")),
            ("maybe(None)", (self.maybe)(None)),
            ("maybe(Some)", (self.maybe)(Some("x"))),
            ("closure(None)", (self.closure)(None, "a", "b")),
            ("closure(Some)", (self.closure)(Some("x"), "a", "b")),
            ("date", (self.date)(20, "M", 2026)),
            ("weekday_date", (self.weekday_date)("W", 23, "M")),
            ("holiday", (self.holiday)("H")),
            ("host", (self.host)("AWO")),
            ("at_day_time", (self.at_day_time)("D", "T")),
            ("on_date", (self.on_date)("D")),
            ("state_open_until", (self.state_open_until)("T")),
            ("state_closed_opens", (self.state_closed_opens)("T")),
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

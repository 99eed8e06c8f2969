//! Dates as the dataset writes them, read once when the file loads.
//!
//! The file holds dates as text (`2026-01-15`, `2026-07-24T13:00`). Each is read here, once,
//! into a typed value; the views and rules only ever see the typed value. The text is kept
//! so that `check` can name a date that does not read and the tools write the file back
//! unchanged. A date that does not read never fails the load: the entry keeps everything
//! else, and the views treat the date as not given (an event is then never called past,
//! an entry's check date is "unknown").

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A kind of date the dataset can write: how its text reads.
pub trait DateForm: Copy {
    fn read(text: &str) -> Option<Self>;
}

/// The number written by the ASCII digits of `text[range]`, nothing else.
fn digits(text: &str, range: std::ops::Range<usize>) -> Option<u32> {
    let part = text.get(range)?;
    part.bytes().try_fold(0u32, |number, byte| {
        byte.is_ascii_digit()
            .then(|| number * 10 + u32::from(byte - b'0'))
    })
}

impl DateForm for NaiveDate {
    /// An ISO day, exactly `YYYY-MM-DD`. Read by hand: chrono's general format parser is
    /// the size of a small crate in the wasm, for one fixed form.
    fn read(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year = i32::try_from(digits(text, 0..4)?).ok()?;
        NaiveDate::from_ymd_opt(year, digits(text, 5..7)?, digits(text, 8..10)?)
    }
}

/// When an event date begins or ends, as the source gives it: with a time of day or without.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventStart {
    At(NaiveDateTime),
    Day(NaiveDate),
}

impl DateForm for EventStart {
    /// `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`.
    fn read(text: &str) -> Option<Self> {
        let Some((day, time)) = text.split_once('T') else {
            return NaiveDate::read(text).map(EventStart::Day);
        };
        if time.len() != 5 || time.as_bytes()[2] != b':' {
            return None;
        }
        let day = NaiveDate::read(day)?;
        let at = day.and_hms_opt(digits(time, 0..2)?, digits(time, 3..5)?, 0)?;
        Some(EventStart::At(at))
    }
}

impl EventStart {
    /// Reads `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD`; anything else is `None`.
    pub fn parse(text: &str) -> Option<EventStart> {
        EventStart::read(text)
    }

    pub fn date(&self) -> NaiveDate {
        match self {
            EventStart::At(at) => at.date(),
            EventStart::Day(day) => *day,
        }
    }

    /// Whether it is over at `now`: a start with a time once it has begun, a day alone once
    /// the day is over (so today's meeting without a time still counts as coming).
    pub fn is_past(&self, now: NaiveDateTime) -> bool {
        match self {
            EventStart::At(at) => *at < now,
            EventStart::Day(day) => *day < now.date(),
        }
    }
}

/// A date field of the dataset: its text and, when the text reads, its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dated<T> {
    text: String,
    value: Option<T>,
}

/// A day (`2026-01-15`).
pub type Day = Dated<NaiveDate>;

impl<T: DateForm> Dated<T> {
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let value = T::read(&text);
        Dated { text, value }
    }

    /// The typed date, or `None` when the text does not read.
    pub fn get(&self) -> Option<T> {
        self.value
    }

    /// The text as the file writes it.
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl<T: DateForm> From<&str> for Dated<T> {
    fn from(text: &str) -> Self {
        Dated::new(text)
    }
}

impl<T> std::fmt::Display for Dated<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl<T> Serialize for Dated<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de, T: DateForm> Deserialize<'de> for Dated<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Dated::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_is_read_once_and_its_text_kept() {
        let day: Day = serde_json::from_str(r#""2026-01-15""#).unwrap();
        assert_eq!(day.get(), NaiveDate::from_ymd_opt(2026, 1, 15));
        assert_eq!(day.text(), "2026-01-15");
        assert_eq!(serde_json::to_string(&day).unwrap(), r#""2026-01-15""#);
    }

    #[test]
    fn a_date_that_does_not_read_keeps_its_text_and_has_no_value() {
        let day: Day = serde_json::from_str(r#""15.01.2026""#).unwrap();
        assert_eq!(day.get(), None);
        assert_eq!(day.text(), "15.01.2026");
        let start: Dated<EventStart> = "24. Juli".into();
        assert_eq!(start.get(), None);
    }

    #[test]
    fn only_the_exact_iso_forms_read() {
        let day = |text: &str| Dated::<NaiveDate>::new(text).get();
        assert_eq!(day("2024-02-29"), NaiveDate::from_ymd_opt(2024, 2, 29));
        for wrong in [
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-1-15",
            "2026-01-5",
            " 2026-01-15",
            "2026-01-15 ",
            "+2026-01-15",
            "2026/01/15",
            "２０２６-01-15",
            "",
        ] {
            assert_eq!(day(wrong), None, "{wrong:?}");
        }
        let start = |text: &str| Dated::<EventStart>::new(text).get();
        let at = |h, m| {
            NaiveDate::from_ymd_opt(2026, 7, 24)
                .unwrap()
                .and_hms_opt(h, m, 0)
                .map(EventStart::At)
        };
        assert_eq!(start("2026-07-24T00:00"), at(0, 0));
        assert_eq!(start("2026-07-24T23:59"), at(23, 59));
        for wrong in [
            "2026-07-24T24:00",
            "2026-07-24T13:60",
            "2026-07-24T9:00",
            "2026-07-24T13:00:00",
            "2026-07-24T13-00",
            "2026-07-24T",
            "2026-07-24 13:00",
        ] {
            assert_eq!(start(wrong), None, "{wrong:?}");
        }
    }

    #[test]
    fn an_event_start_reads_with_or_without_a_time() {
        let timed: Dated<EventStart> = "2023-07-24T13:00".into();
        let day: Dated<EventStart> = "2025-11-20".into();
        assert_eq!(
            timed.get(),
            Some(EventStart::At(
                NaiveDate::from_ymd_opt(2023, 7, 24)
                    .unwrap()
                    .and_hms_opt(13, 0, 0)
                    .unwrap()
            ))
        );
        assert_eq!(
            day.get(),
            Some(EventStart::Day(
                NaiveDate::from_ymd_opt(2025, 11, 20).unwrap()
            ))
        );
        // Not a number where the type wants text: the entry is broken, as before.
        assert!(serde_json::from_str::<Day>("20251120").is_err());
    }
}

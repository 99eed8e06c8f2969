//! Local time in the dataset's time zone, whatever the device's zone is.
//!
//! A pure function from a UTC instant to wall-clock time. European zones follow the EU
//! summer-time rule (since 1996): summer time from the last Sunday of March, 01:00 UTC, to
//! the last Sunday of October, 01:00 UTC. That covers every city this app is meant for
//! without a time zone database in the wasm.

use chrono::{
    DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday,
};

/// A Unix time in milliseconds at the start of its minute (also before 1970): the views'
/// clock, so every state is computed at most once per minute.
pub fn start_of_minute(unix_ms: i64) -> i64 {
    unix_ms - unix_ms.rem_euclid(60_000)
}

/// Minutes since local midnight (0–1439), the unit of every slot of the hours engine.
pub fn minute_of_day(at: NaiveDateTime) -> u16 {
    (at.time().num_seconds_from_midnight() / 60) as u16
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Zone {
    /// Offset from UTC outside summer time, in minutes.
    standard_offset_minutes: i32,
}

const WET: &[&str] = &[
    "Europe/Lisbon",
    "Europe/London",
    "Europe/Dublin",
    "Atlantic/Canary",
    "Atlantic/Madeira",
];
const CET: &[&str] = &[
    "Europe/Berlin",
    "Europe/Busingen",
    "Europe/Vienna",
    "Europe/Zurich",
    "Europe/Paris",
    "Europe/Amsterdam",
    "Europe/Brussels",
    "Europe/Luxembourg",
    "Europe/Rome",
    "Europe/Madrid",
    "Europe/Copenhagen",
    "Europe/Oslo",
    "Europe/Stockholm",
    "Europe/Warsaw",
    "Europe/Prague",
    "Europe/Budapest",
    "Europe/Bratislava",
    "Europe/Ljubljana",
    "Europe/Zagreb",
    "Europe/Belgrade",
    "Europe/Vaduz",
    "Europe/Monaco",
    "Europe/Malta",
    "Europe/Andorra",
    "Europe/San_Marino",
    "Europe/Vatican",
    "Europe/Sarajevo",
    "Europe/Skopje",
    "Europe/Podgorica",
    "Europe/Tirane",
    "Europe/Gibraltar",
];
const EET: &[&str] = &[
    "Europe/Helsinki",
    "Europe/Athens",
    "Europe/Riga",
    "Europe/Tallinn",
    "Europe/Vilnius",
    "Europe/Sofia",
    "Europe/Bucharest",
    "Europe/Kyiv",
    "Europe/Kiev",
    "Europe/Chisinau",
    "Asia/Nicosia",
    "Europe/Mariehamn",
];

impl Zone {
    /// The zone for an IANA name, or `None` for a zone this build does not know.
    /// Offset from UTC outside summer time, in minutes (60 for Central European Time).
    pub fn standard_offset_minutes(&self) -> i32 {
        self.standard_offset_minutes
    }

    pub fn from_name(name: &str) -> Option<Zone> {
        let standard_offset_minutes = if WET.contains(&name) {
            0
        } else if CET.contains(&name) {
            60
        } else if EET.contains(&name) {
            120
        } else {
            return None;
        };
        Some(Zone {
            standard_offset_minutes,
        })
    }

    /// Offset from UTC at the UTC instant `utc`, in minutes.
    pub fn offset_minutes_at(&self, utc: NaiveDateTime) -> i32 {
        let year = utc.year();
        let summer_start = last_sunday(year, 3).and_time(one_am());
        let summer_end = last_sunday(year, 10).and_time(one_am());
        let summer = utc >= summer_start && utc < summer_end;
        self.standard_offset_minutes + if summer { 60 } else { 0 }
    }

    /// Wall-clock time at the UTC instant `utc`.
    pub fn local(&self, utc: NaiveDateTime) -> NaiveDateTime {
        utc + Duration::minutes(i64::from(self.offset_minutes_at(utc)))
    }

    /// Wall-clock time at a Unix time in milliseconds (what `Date.now()` gives).
    pub fn local_from_unix_ms(&self, unix_ms: i64) -> Option<NaiveDateTime> {
        DateTime::from_timestamp_millis(unix_ms).map(|dt| self.local(dt.naive_utc()))
    }

    /// The UTC instant of a wall-clock time. In the skipped spring hour there is none; in
    /// the repeated autumn hour the earlier instant is chosen.
    pub fn utc(&self, local: NaiveDateTime) -> Option<NaiveDateTime> {
        [
            self.standard_offset_minutes + 60,
            self.standard_offset_minutes,
        ]
        .into_iter()
        .map(|offset| local - Duration::minutes(i64::from(offset)))
        .find(|&utc| self.local(utc) == local)
    }
}

fn one_am() -> NaiveTime {
    NaiveTime::from_hms_opt(1, 0, 0).expect("valid time")
}

fn last_sunday(year: i32, month: u32) -> NaiveDate {
    let first_of_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    }
    .expect("valid date");
    let mut day = first_of_next.pred_opt().expect("valid date");
    while day.weekday() != Weekday::Sun {
        day = day.pred_opt().expect("valid date");
    }
    day
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::at;

    #[test]
    fn the_clock_moves_in_whole_minutes() {
        assert_eq!(start_of_minute(1_795_000_000_000), 1_794_999_960_000);
        assert_eq!(start_of_minute(1_794_999_960_000), 1_794_999_960_000);
        assert_eq!(start_of_minute(-1), -60_000, "before 1970 too");
        let at = DateTime::from_timestamp_millis(start_of_minute(1_795_000_012_345)).unwrap();
        assert_eq!(at.second(), 0);
    }

    #[test]
    fn berlin_winter_and_summer() {
        let berlin = Zone::from_name("Europe/Berlin").unwrap();
        assert_eq!(berlin.local(at("2026-01-15 09:00")), at("2026-01-15 10:00"));
        assert_eq!(berlin.local(at("2026-07-15 09:00")), at("2026-07-15 11:00"));
    }

    #[test]
    fn spring_forward_night_2026() {
        // 29 March 2026: at 01:00 UTC Berlin jumps from 02:00 to 03:00.
        let berlin = Zone::from_name("Europe/Berlin").unwrap();
        assert_eq!(berlin.local(at("2026-03-29 00:59")), at("2026-03-29 01:59"));
        assert_eq!(berlin.local(at("2026-03-29 01:00")), at("2026-03-29 03:00"));
        assert_eq!(
            berlin.utc(at("2026-03-29 02:30")),
            None,
            "02:30 does not exist that night"
        );
        assert_eq!(
            berlin.utc(at("2026-03-29 03:30")),
            Some(at("2026-03-29 01:30"))
        );
    }

    #[test]
    fn fall_back_night_2026() {
        // 25 October 2026: at 01:00 UTC Berlin goes back from 03:00 to 02:00.
        let berlin = Zone::from_name("Europe/Berlin").unwrap();
        assert_eq!(berlin.local(at("2026-10-25 00:30")), at("2026-10-25 02:30"));
        assert_eq!(
            berlin.local(at("2026-10-25 01:30")),
            at("2026-10-25 02:30"),
            "02:30 happens twice"
        );
        assert_eq!(berlin.local(at("2026-10-25 02:00")), at("2026-10-25 03:00"));
        assert_eq!(
            berlin.utc(at("2026-10-25 02:30")),
            Some(at("2026-10-25 00:30")),
            "earlier instant"
        );
    }

    #[test]
    fn year_end_in_utc_is_new_year_in_berlin() {
        let berlin = Zone::from_name("Europe/Berlin").unwrap();
        assert_eq!(berlin.local(at("2026-12-31 23:30")), at("2027-01-01 00:30"));
    }

    #[test]
    fn from_unix_milliseconds() {
        let berlin = Zone::from_name("Europe/Berlin").unwrap();
        // 2026-06-04T08:00:00Z
        assert_eq!(
            berlin.local_from_unix_ms(1_780_560_000_000),
            Some(at("2026-06-04 10:00"))
        );
    }

    #[test]
    fn other_zones_and_unknown_ones() {
        assert_eq!(
            Zone::from_name("Europe/London")
                .unwrap()
                .local(at("2026-07-01 12:00")),
            at("2026-07-01 13:00")
        );
        assert_eq!(
            Zone::from_name("Europe/Helsinki")
                .unwrap()
                .local(at("2026-01-01 12:00")),
            at("2026-01-01 14:00")
        );
        assert_eq!(Zone::from_name("America/New_York"), None);
        assert_eq!(Zone::from_name("Mars/Olympus"), None);
    }
}

//! The dataset's calendar: its time zone and its region's public holidays.

use crate::domain::holidays::{self, Holiday};
use crate::domain::local_time::Zone;
use chrono::{NaiveDate, NaiveDateTime};
use compact_calendar::CompactCalendar;
use opening_hours::{Context, ContextHolidays};
use std::sync::Arc;

/// Years for which holidays are handed to the evaluation.
const FIRST_YEAR: i32 = 2000;
const LAST_YEAR: i32 = 2099;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalendarError {
    UnknownRegion(String),
    UnknownTimeZone(String),
}

impl std::fmt::Display for CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CalendarError::UnknownRegion(r) => write!(
                f,
                "no holiday rules for region \"{r}\" (known: {})",
                holidays::SUPPORTED_REGIONS.join(", ")
            ),
            CalendarError::UnknownTimeZone(z) => {
                write!(f, "unknown time zone \"{z}\" (European zones are known)")
            }
        }
    }
}

#[derive(Clone, Debug)]
pub struct Calendar {
    region: String,
    zone: Zone,
    holidays: ContextHolidays,
}

impl Calendar {
    pub fn new(region: &str, time_zone: &str) -> Result<Calendar, CalendarError> {
        let zone = Zone::from_name(time_zone)
            .ok_or_else(|| CalendarError::UnknownTimeZone(time_zone.to_string()))?;
        if !holidays::is_supported_region(region) {
            return Err(CalendarError::UnknownRegion(region.to_string()));
        }
        let mut public = CompactCalendar::default();
        for year in FIRST_YEAR..=LAST_YEAR {
            for holiday in holidays::holidays(region, year).unwrap_or_default() {
                public.insert(holiday.date);
            }
        }
        let holidays = ContextHolidays::new(Arc::new(public), Arc::new(CompactCalendar::default()));
        Ok(Calendar {
            region: region.to_string(),
            zone,
            holidays,
        })
    }

    pub(super) fn context(&self) -> Context {
        Context::default().with_holidays(self.holidays.clone())
    }

    pub fn zone(&self) -> Zone {
        self.zone
    }

    /// Local wall-clock time at a Unix time in milliseconds.
    pub fn local_now(&self, unix_ms: i64) -> Option<NaiveDateTime> {
        self.zone.local_from_unix_ms(unix_ms)
    }

    pub fn holiday_on(&self, date: NaiveDate) -> Option<Holiday> {
        holidays::holiday_on(&self.region, date)
    }
}

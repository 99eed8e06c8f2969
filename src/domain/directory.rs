//! The dataset ready to use: its calendar and every service's hours parsed once, when the
//! dataset loads, so views and searches never parse an expression twice.

use super::dataset::{Dataset, Service};
use super::hours::{self, Calendar, CalendarError, Hours, HoursError, HoursState};
use chrono::NaiveDateTime;

pub struct Directory {
    pub dataset: Dataset,
    pub calendar: Option<Calendar>,
    /// Why the calendar could not be built (unknown region or zone): every state is then
    /// unknown, and the source texts are shown.
    pub calendar_error: Option<CalendarError>,
    /// Per service, in dataset order: `None` when it has no expression.
    hours: Vec<Option<Result<Hours, HoursError>>>,
}

impl Directory {
    pub fn new(dataset: Dataset) -> Directory {
        let (calendar, calendar_error) =
            match Calendar::new(&dataset.meta.region, &dataset.meta.time_zone) {
                Ok(calendar) => (Some(calendar), None),
                Err(error) => (None, Some(error)),
            };
        let hours = dataset
            .services
            .iter()
            .map(|service| {
                let expression = service.hours.as_ref()?.osm.as_deref()?;
                Some(hours::parse_hours(expression, calendar.as_ref()?))
            })
            .collect();
        Directory {
            dataset,
            calendar,
            calendar_error,
            hours,
        }
    }

    pub fn services(&self) -> &[Service] {
        &self.dataset.services
    }

    /// The parsed hours of the service at `index`, if it has usable ones.
    pub fn hours(&self, index: usize) -> Option<&Hours> {
        self.hours.get(index)?.as_ref()?.as_ref().ok()
    }

    /// The parse error of the service at `index`, if its expression failed.
    pub fn hours_error(&self, index: usize) -> Option<&HoursError> {
        self.hours.get(index)?.as_ref()?.as_ref().err()
    }

    pub fn state(&self, index: usize, now: NaiveDateTime) -> HoursState {
        let service = &self.dataset.services[index];
        hours::state_at(&service.access, self.hours(index), now)
    }

    /// Local time in the dataset's zone at a Unix time in milliseconds.
    pub fn local_now(&self, unix_ms: i64) -> Option<NaiveDateTime> {
        match &self.calendar {
            Some(calendar) => calendar.local_now(unix_ms),
            None => chrono::DateTime::from_timestamp_millis(unix_ms).map(|d| d.naive_utc()),
        }
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.dataset.services.iter().position(|s| s.id == id)
    }
}

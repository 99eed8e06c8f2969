//! The dataset ready to use: its calendar and every service's hours parsed once, when the
//! dataset loads, so views and searches never parse an expression twice.

use super::dataset::{Dataset, Service};
use super::hours::{self, Calendar, CalendarError, Hours, HoursError, HoursState, SlotKind};
use super::load::{Loaded, Problem};
use super::search::{Hit, OpenFilter, Query, SearchIndex};
use chrono::{NaiveDateTime, Timelike};

pub struct Directory {
    pub dataset: Dataset,
    pub calendar: Option<Calendar>,
    /// Why the calendar could not be built (unknown region or zone): every state is then
    /// unknown, and the source texts are shown.
    pub calendar_error: Option<CalendarError>,
    /// Per service, in dataset order: `None` when it has no expression.
    hours: Vec<Option<Result<Hours, HoursError>>>,
    pub index: SearchIndex,
    /// Entries of the file that could not be read and were left out.
    pub skipped: Vec<Problem>,
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
        let index = SearchIndex::build(&dataset);
        Directory {
            dataset,
            calendar,
            calendar_error,
            hours,
            index,
            skipped: Vec::new(),
        }
    }

    pub fn from_loaded(loaded: Loaded) -> Directory {
        Directory {
            skipped: loaded.skipped,
            ..Directory::new(loaded.dataset)
        }
    }

    /// The dataset's own language, in which every text exists.
    pub fn base_lang(&self) -> &str {
        &self.dataset.meta.language
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

    /// Open now, or open later today (an opening period today that has not ended yet).
    /// By appointment and unknown periods never count as open.
    pub fn is_open(&self, index: usize, filter: OpenFilter, now: NaiveDateTime) -> bool {
        match filter {
            OpenFilter::Now => self.state(index, now).is_open(),
            OpenFilter::Today => {
                let service = &self.dataset.services[index];
                if service.access.appointment == super::dataset::Appointment::Required {
                    return false;
                }
                let Some(hours) = self.hours(index) else {
                    return false;
                };
                let minute = (now.hour() * 60 + now.minute()) as u16;
                hours::slots_on(hours, now.date())
                    .iter()
                    // A comment-only rule ("nach Vereinbarung") is a day-long "open" slot.
                    .any(|slot| {
                        let comment_only =
                            slot.comment.is_some() && slot.end - slot.start >= 24 * 60;
                        slot.kind == SlotKind::Open && slot.end > minute && !comment_only
                    })
            }
        }
    }

    /// The services matching `query` at local time `now`, best first.
    pub fn search(&self, query: &Query, now: NaiveDateTime) -> Vec<Hit> {
        self.index
            .search(query, |index, filter| self.is_open(index, filter, now))
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

//! The dataset ready to use: its calendar, its search index, and every service's hours
//! parsed once, when first asked for, so views and searches never parse an expression
//! twice and a large city does not wait for 10,000 expressions before its first results
//! (which show twenty).

use super::dataset::{Dataset, Service};
use super::holidays::Holiday;
use super::hours::{
    self, Calendar, CalendarError, DayPlan, Hours, HoursError, HoursState, SlotKind,
};
use super::load::{Loaded, Problem};
use super::local_time::minute_of_day;
use super::search::vocabulary::Vocabulary;
use super::search::{Hit, OpenFilter, Query, SearchIndex};
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use std::sync::OnceLock;

/// Where the evening begins: 17:00, in minutes of the day.
const EVENING: u16 = 17 * 60;

/// The open filters that look at the days ahead.
enum DayFilter {
    Today,
    Day(u8),
    Weekend,
    Evening,
}

pub struct Directory {
    pub dataset: Dataset,
    pub calendar: Option<Calendar>,
    /// Why the calendar could not be built (unknown region or zone): every state is then
    /// unknown, and the source texts are shown.
    pub calendar_error: Option<CalendarError>,
    /// Per service, in dataset order, filled when first read: `None` when it has no
    /// expression.
    hours: Vec<OnceLock<Option<Result<Hours, HoursError>>>>,
    pub index: SearchIndex,
    /// Entries of the file that could not be read and were left out.
    pub skipped: Vec<Problem>,
}

impl Directory {
    /// Searches words as typed (no vocabulary of questions).
    pub fn new(dataset: Dataset) -> Directory {
        Directory::with_vocabulary(dataset, Vocabulary::default())
    }

    /// Reads searches as questions with `vocabulary` (see `search::vocabulary`).
    pub fn with_vocabulary(dataset: Dataset, vocabulary: Vocabulary) -> Directory {
        let (calendar, calendar_error) =
            match Calendar::new(&dataset.meta.region, &dataset.meta.time_zone) {
                Ok(calendar) => (Some(calendar), None),
                Err(error) => (None, Some(error)),
            };
        let hours = dataset.services.iter().map(|_| OnceLock::new()).collect();
        let index = SearchIndex::build_with(&dataset, vocabulary);
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
        Directory::from_loaded_with(loaded, Vocabulary::default())
    }

    pub fn from_loaded_with(loaded: Loaded, vocabulary: Vocabulary) -> Directory {
        Directory {
            skipped: loaded.skipped,
            ..Directory::with_vocabulary(loaded.dataset, vocabulary)
        }
    }

    /// `text` read as a question (see `search::question`).
    pub fn read(&self, text: &str) -> crate::domain::search::question::Reading {
        self.index.read(&self.dataset, text)
    }

    /// `query` with the filters its words say set (see `SearchIndex::read_question`).
    pub fn read_question(&self, query: &Query) -> Query {
        self.index.read_question(&self.dataset, query)
    }

    /// The dataset's own language, in which every text exists.
    pub fn base_lang(&self) -> &str {
        &self.dataset.meta.language
    }

    pub fn services(&self) -> &[Service] {
        &self.dataset.services
    }

    /// The service's expression parsed, the first time it is asked for.
    fn parsed_hours(&self, index: usize) -> Option<&Result<Hours, HoursError>> {
        self.hours
            .get(index)?
            .get_or_init(|| {
                let service = self.dataset.services.get(index)?;
                let expression = service.hours.as_ref()?.osm.as_deref()?;
                Some(hours::parse_hours(expression, self.calendar.as_ref()?))
            })
            .as_ref()
    }

    /// The parsed hours of the service at `index`, if it has usable ones.
    pub fn hours(&self, index: usize) -> Option<&Hours> {
        self.parsed_hours(index)?.as_ref().ok()
    }

    /// The parse error of the service at `index`, if its expression failed.
    pub fn hours_error(&self, index: usize) -> Option<&HoursError> {
        self.parsed_hours(index)?.as_ref().err()
    }

    pub fn state(&self, index: usize, now: NaiveDateTime) -> HoursState {
        let service = &self.dataset.services[index];
        let state = hours::state_at(&service.access, self.hours(index), now);
        if matches!(state, HoursState::ByAppointment | HoursState::NoHours) {
            return state;
        }
        if let Some(holiday) = self.uncertain_holiday(index, now.date()) {
            return HoursState::HolidayUncertain {
                holiday: holiday.name,
            };
        }
        match state {
            // The next opening must not be a holiday the source says nothing about.
            HoursState::Closed {
                opens: Some(opens),
                note,
            } if self.uncertain_holiday(index, opens.date()).is_some() => {
                HoursState::Closed { opens: None, note }
            }
            state => state,
        }
    }

    /// Whether the service's hours say what happens on public holidays (`PH`), as read
    /// once when they were parsed (this is asked on every state on a holiday).
    pub fn holidays_sourced(&self, index: usize) -> bool {
        self.hours(index).is_some_and(|h| h.speaks_of_holidays())
    }

    /// The holiday on `date`, when the service would be there that day by its regular
    /// hours and its source says nothing about holidays.
    fn uncertain_holiday(&self, index: usize, date: NaiveDate) -> Option<Holiday> {
        let holiday = self.calendar.as_ref()?.holiday_on(date)?;
        let would_open = hours::has_times(&hours::slots_on(self.hours(index)?, date));
        (would_open && !self.holidays_sourced(index)).then_some(holiday)
    }

    /// The next `count` days of the service at `index` from `today`, with holidays its
    /// source says nothing about marked uncertain. `None` without usable hours.
    pub fn next_days(&self, index: usize, today: NaiveDate, count: u32) -> Option<Vec<DayPlan>> {
        let hours = self.hours(index)?;
        let calendar = self.calendar.as_ref()?;
        let rotation = self.dataset.services[index].rotation.as_ref();
        let mut days = hours::next_days(hours, calendar, rotation, today, count);
        let sourced = self.holidays_sourced(index);
        for day in days
            .iter_mut()
            .filter(|d| d.holiday.is_some() && hours::has_times(&d.slots))
        {
            day.holiday_uncertain = !sourced;
        }
        Some(days)
    }

    /// Open now, open later today (an opening period today that has not ended yet), open on
    /// the next such day or weekend, or open in the evening of one of the next seven days.
    /// By appointment and unknown periods never count as open, nor does a holiday the
    /// source says nothing about.
    pub fn is_open(&self, index: usize, filter: OpenFilter, now: NaiveDateTime) -> bool {
        let day_filter = match filter {
            OpenFilter::Now => return self.state(index, now).is_open(),
            OpenFilter::Today => DayFilter::Today,
            OpenFilter::Day(day) => DayFilter::Day(day),
            OpenFilter::Weekend => DayFilter::Weekend,
            OpenFilter::Evening => DayFilter::Evening,
        };
        let service = &self.dataset.services[index];
        if service.access.appointment == super::dataset::Appointment::Required {
            return false;
        }
        let Some(hours) = self.hours(index) else {
            return false;
        };
        // Open on `date` in a period that ends after `minute`.
        let open_on = |date: NaiveDate, minute: u16| {
            self.uncertain_holiday(index, date).is_none()
                && hours::slots_on(hours, date)
                    .iter()
                    // Not a comment-only day ("nach Vereinbarung"): that is a `Note`.
                    .any(|slot| slot.kind == SlotKind::Open && slot.end > minute)
        };
        let today = now.date();
        let mut weekend_days = 0;
        for n in 0..7 {
            let Some(date) = today.checked_add_days(chrono::Days::new(n)) else {
                break;
            };
            let weekday = date.weekday().num_days_from_monday();
            // From now on today; from the morning on another day.
            let from = if n == 0 { minute_of_day(now) } else { 0 };
            // Whether `date` is asked about, and whether it is the last day asked about.
            let (asked, last, minute) = match day_filter {
                DayFilter::Today => (true, true, from),
                DayFilter::Day(day) => {
                    let asked = weekday == u32::from(day);
                    (asked, asked, from)
                }
                // The next Saturday and Sunday (today's, when it is one).
                DayFilter::Weekend => {
                    let asked = weekday >= 5;
                    weekend_days += usize::from(asked);
                    (asked, weekend_days == 2, from)
                }
                DayFilter::Evening => (true, false, EVENING.max(from)),
            };
            if asked && open_on(date, minute) {
                return true;
            }
            if last {
                return false;
            }
        }
        false
    }

    /// The services matching `query` at local time `now`, best first.
    pub fn search(&self, query: &Query, now: NaiveDateTime) -> Vec<Hit> {
        self.index.search(&self.dataset, query, |index, filter| {
            self.is_open(index, filter, now)
        })
    }

    /// Builds the search's word index now, if no search has yet: the app calls this once
    /// its first results show, so the first words typed find it ready.
    pub fn prepare_search(&self) {
        self.index.prepare_words(&self.dataset);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::load::load_dataset;
    use crate::testing::at;

    #[test]
    fn a_holiday_the_source_says_nothing_about_is_uncertain_never_open_or_closed() {
        let kl = Directory::from_loaded(load_dataset(crate::testing::KAISERSLAUTERN_JSON).unwrap());
        let office = kl.index_of("stadtteilbuero-innenstadt-west").unwrap();
        // Friday 25 December 2026, Christmas Day: a regular opening day of the office.
        let christmas = at("2026-12-25 10:30");
        assert_eq!(
            kl.state(office, christmas),
            HoursState::HolidayUncertain {
                holiday: "1. Weihnachtstag"
            }
        );
        assert!(!kl.is_open(office, OpenFilter::Now, christmas));
        assert!(!kl.is_open(office, OpenFilter::Today, christmas));
        let days = kl.next_days(office, christmas.date(), 2).unwrap();
        assert!(days[0].holiday_uncertain, "{days:?}");
        // The day before is an ordinary Thursday.
        assert!(kl.state(office, at("2026-12-24 10:30")).is_open());
        // With a sourced `PH off` the holiday is closed, as the source says.
        let mut dataset = kl.dataset.clone();
        let hours = dataset.services[office].hours.as_mut().unwrap();
        hours.osm = hours.osm.as_ref().map(|o| format!("{o}; PH off"));
        let sourced = Directory::new(dataset);
        assert!(matches!(
            sourced.state(office, christmas),
            HoursState::Closed { .. }
        ));
        assert!(!sourced.next_days(office, christmas.date(), 1).unwrap()[0].holiday_uncertain);
        // A holiday on which the office would not open anyway (a Sunday) stays "closed",
        // and the next opening never points into an uncertain holiday: on Christmas Eve
        // evening the office does not "open on 25 December".
        let easter_sunday = at("2027-03-28 10:30");
        assert!(matches!(
            kl.state(office, easter_sunday),
            HoursState::Closed { .. }
        ));
        assert!(!kl.next_days(office, easter_sunday.date(), 1).unwrap()[0].holiday_uncertain);
        assert_eq!(
            kl.state(office, at("2026-12-24 18:00")),
            HoursState::Closed {
                opens: None,
                note: None
            }
        );
    }
}

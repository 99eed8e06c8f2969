//! What's on: the dated events and every regular opening or consultation hour of the next
//! days, day by day, as the hours engine computes them (nth weekdays, rotations with their
//! host, holidays the source says nothing about, closures).
//!
//! Past times never appear: on the first day only what has not ended yet is listed. The
//! days are the dataset's local days (`now` is local time in its zone).

use super::dataset::{Appointment, CostKind, Event};
use super::dated::EventStart;
use super::directory::Directory;
use super::holidays::Holiday;
use super::hours::SlotKind;
use super::local_time::minute_of_day;
use super::query_string;
use super::search::Query;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};

/// Days the agenda looks ahead, today included.
pub const DAYS: i64 = 14;

/// Which days to show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Span {
    /// Today and the 13 days after it.
    #[default]
    Fortnight,
    Today,
    /// Today to Sunday.
    ThisWeek,
    /// Next Monday to Sunday.
    NextWeek,
}

impl Span {
    const ALL: [(Span, &'static str); 4] = [
        (Span::Fortnight, ""),
        (Span::Today, "today"),
        (Span::ThisWeek, "week"),
        (Span::NextWeek, "nextweek"),
    ];

    pub fn key(self) -> &'static str {
        Span::ALL
            .iter()
            .find(|(span, _)| *span == self)
            .map_or("", |(_, key)| key)
    }

    /// The first and last day (inclusive) seen from `today`.
    pub fn days(self, today: NaiveDate) -> (NaiveDate, NaiveDate) {
        let to_sunday = 6 - i64::from(today.weekday().num_days_from_monday());
        match self {
            Span::Fortnight => (today, today + Duration::days(DAYS - 1)),
            Span::Today => (today, today),
            Span::ThisWeek => (today, today + Duration::days(to_sunday)),
            Span::NextWeek => (
                today + Duration::days(to_sunday + 1),
                today + Duration::days(to_sunday + 7),
            ),
        }
    }
}

/// The agenda's filters; the URL holds them (`/termine?need=…&district=…&walkin=1&free=1&when=week`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgendaQuery {
    pub need: Option<String>,
    pub district: Option<String>,
    /// Without registration or appointment.
    pub walk_in: bool,
    pub free: bool,
    pub span: Span,
}

impl AgendaQuery {
    /// The filters as a search (need, district, walk-in, free): the services whose hours
    /// the agenda shows, and the query string's first part.
    fn filters(&self) -> Query {
        Query {
            need: self.need.clone(),
            district: self.district.clone(),
            walk_in: self.walk_in,
            free: self.free,
            ..Query::default()
        }
    }

    /// `need=…&when=week`, without a leading `?`; empty parts are left out.
    pub fn to_query_string(&self) -> String {
        let filters = self.filters().to_query_string();
        let when = match self.span.key() {
            "" => String::new(),
            key => query_string::write([("when", key)]),
        };
        [filters, when]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Reads a query string forgivingly: unknown keys and values are ignored.
    pub fn from_query_string(query: &str) -> AgendaQuery {
        let filters = Query::from_query_string(query);
        let span = query_string::value(query, "when")
            .and_then(|key| {
                Span::ALL
                    .iter()
                    .find(|(_, k)| !k.is_empty() && *k == key)
                    .map(|(span, _)| *span)
            })
            .unwrap_or_default();
        AgendaQuery {
            need: filters.need,
            district: filters.district,
            walk_in: filters.walk_in,
            free: filters.free,
            span,
        }
    }
}

/// How sure a line is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Certainty {
    Sure,
    /// The source says "not always" or the sources disagree: its words, never a promise.
    Unsure(Option<String>),
    /// A public holiday the source says nothing about: call first.
    Holiday(Holiday),
    /// Hours that need an appointment: never a time to just turn up.
    ByAppointment,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    /// A regular hour of the service at this index.
    Hours(usize),
    /// A date of the event at this index.
    Event(usize),
}

/// One line of a day: from `start` to `end` in minutes from midnight (an event whose source
/// gives no time has neither).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub what: What,
    pub start: Option<u16>,
    pub end: Option<u16>,
    pub certainty: Certainty,
    /// Who hosts a rotating hour that day, where the data knows it.
    pub host: Option<String>,
    /// The source's comment on an open period ("nur mit Termin", "Hotline"); an unsure
    /// period's comment is in its `Certainty::Unsure`.
    pub note: Option<String>,
    /// An event that began on an earlier day and is still running (`end` is its end time
    /// on its last day).
    pub continued: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Day {
    pub date: NaiveDate,
    pub holiday: Option<Holiday>,
    pub items: Vec<Item>,
}

fn event_passes(
    directory: &Directory,
    event: &Event,
    query: &AgendaQuery,
    needs: &Option<Vec<&str>>,
) -> bool {
    if let Some(family) = needs {
        if !event.needs.iter().any(|n| family.contains(&n.as_str())) {
            return false;
        }
    }
    if let Some(district) = &query.district {
        let inside = event
            .location_id
            .as_deref()
            .and_then(|id| directory.dataset.location(id))
            .and_then(|l| l.district.as_deref())
            == Some(district.as_str());
        if !inside {
            return false;
        }
    }
    if query.walk_in && event.registration.is_some() {
        return false;
    }
    !query.free
        || event
            .cost
            .as_ref()
            .is_some_and(|c| c.kind == CostKind::Free)
}

/// Services × days one page of the view may evaluate: all 14 days at once for a town, a
/// day or two at a time for a city of 10,000 services.
pub const WORK_PER_PAGE: usize = 20_000;

/// The number of days in the span of `query`.
fn span_days(query: &AgendaQuery, today: NaiveDate) -> usize {
    let (first, last) = query.span.days(today);
    (last - first).num_days() as usize + 1
}

/// The services whose hours the agenda shows for `query`, by index.
fn services(directory: &Directory, query: &AgendaQuery, now: NaiveDateTime) -> Vec<usize> {
    directory
        .search(&query.filters(), now)
        .into_iter()
        .map(|hit| hit.index)
        .collect()
}

/// How many days one page shows for `services` services, so it stays quick in a large city.
fn per_page(services: usize) -> usize {
    (WORK_PER_PAGE / services.max(1)).clamp(1, DAYS as usize)
}

/// How many days one page shows, so that a page stays quick in a large city.
pub fn days_per_page(directory: &Directory, query: &AgendaQuery, now: NaiveDateTime) -> usize {
    per_page(services(directory, query, now).len())
}

/// The first `pages` pages of the agenda's span for the view, and whether more days follow
/// (one search for both).
pub fn agenda_pages(
    directory: &Directory,
    query: &AgendaQuery,
    now: NaiveDateTime,
    pages: usize,
) -> (Vec<Day>, bool) {
    let services = services(directory, query, now);
    let (first, _) = query.span.days(now.date());
    let total = span_days(query, now.date());
    let count = (per_page(services.len()) * pages).min(total);
    let days = lines_for(directory, query, now, first, count as i64, &services);
    let more = days.len() < total;
    (days, more)
}

/// The lines of the agenda for `query` at local time `now`, one entry per day of its span
/// (days without lines included, so a screen reader hears "nothing on this day").
pub fn agenda(directory: &Directory, query: &AgendaQuery, now: NaiveDateTime) -> Vec<Day> {
    agenda_days(directory, query, now, 0, DAYS as usize)
}

/// Days `skip..skip + take` of the agenda's span (a page of the view).
pub fn agenda_days(
    directory: &Directory,
    query: &AgendaQuery,
    now: NaiveDateTime,
    skip: usize,
    take: usize,
) -> Vec<Day> {
    let (span_first, last) = query.span.days(now.date());
    let first = span_first + Duration::days(skip as i64);
    let count = ((last - first).num_days() + 1).clamp(0, take as i64);
    lines_for(
        directory,
        query,
        now,
        first,
        count,
        &services(directory, query, now),
    )
}

/// The next `days` days from today, whatever the span (for the tools: eight weeks to check
/// a calendar file against).
pub fn agenda_ahead(
    directory: &Directory,
    query: &AgendaQuery,
    now: NaiveDateTime,
    days: usize,
) -> Vec<Day> {
    let services = services(directory, query, now);
    lines_for(directory, query, now, now.date(), days as i64, &services)
}

/// `count` days from `first` with the hours of `services` and the events `query` finds:
/// past hours of today left out.
fn lines_for(
    directory: &Directory,
    query: &AgendaQuery,
    now: NaiveDateTime,
    first: NaiveDate,
    count: i64,
    services: &[usize],
) -> Vec<Day> {
    if count <= 0 {
        return Vec::new();
    }
    let mut days = empty_days(directory, first, count);
    for &index in services {
        add_hours(directory, index, now, &mut days);
    }
    let needs = query
        .need
        .as_deref()
        .map(|n| directory.index.need_family(n));
    for (index, event) in directory.dataset.events.iter().enumerate() {
        if !event_passes(directory, event, query, &needs) {
            continue;
        }
        for date in &event.dates {
            let Some(start) = date.start() else { continue };
            if date.is_over(now) {
                continue;
            }
            // An event on several days is listed on each of them that is still ahead.
            let end = date.end();
            let last = end.map_or(start.date(), |e| e.date().max(start.date()));
            let time = |at: Option<EventStart>| match at {
                Some(EventStart::At(at)) => Some(minute_of_day(at)),
                _ => None,
            };
            for day in days
                .iter_mut()
                .filter(|d| start.date() <= d.date && d.date <= last)
            {
                let first_day = day.date == start.date();
                let last_day = day.date == last;
                day.items.push(Item {
                    what: What::Event(index),
                    start: if first_day { time(Some(start)) } else { None },
                    end: if last_day { time(end) } else { None },
                    certainty: Certainty::Sure,
                    host: None,
                    note: None,
                    continued: !first_day,
                });
            }
        }
    }
    for day in &mut days {
        day.items
            .sort_by_cached_key(|item| (item.start, item.end, name(directory, item.what)));
    }
    days
}

/// `count` days from `first`, each with its holiday and no lines yet.
fn empty_days(directory: &Directory, first: NaiveDate, count: i64) -> Vec<Day> {
    let calendar = directory.calendar.as_ref();
    (0..count)
        .map(|n| {
            let date = first + Duration::days(n);
            Day {
                date,
                holiday: calendar.and_then(|c| c.holiday_on(date)),
                items: Vec::new(),
            }
        })
        .collect()
}

/// Adds the hours of the service at `index` to `days` (consecutive days), leaving out what
/// has ended by `now`.
/// Adds the service's hours still ahead to `days`, and says how many lines it added.
fn add_hours(directory: &Directory, index: usize, now: NaiveDateTime, days: &mut [Day]) -> usize {
    let Some(first) = days.first().map(|d| d.date) else {
        return 0;
    };
    let Some(plans) = directory.next_days(index, first, days.len() as u32) else {
        return 0;
    };
    let mut added = 0;
    let (today, now_minutes) = (now.date(), minute_of_day(now));
    let by_appointment =
        directory.dataset.services[index].access.appointment == Appointment::Required;
    for (day, plan) in days.iter_mut().zip(plans) {
        for slot in plan.slots {
            if day.date < today || (day.date == today && slot.end <= now_minutes) {
                continue;
            }
            // A day that only carries a comment ("nach Vereinbarung") has no time to list.
            if slot.kind == SlotKind::Note {
                continue;
            }
            let certainty = if let (true, Some(holiday)) = (plan.holiday_uncertain, &plan.holiday) {
                Certainty::Holiday(*holiday)
            } else if by_appointment {
                Certainty::ByAppointment
            } else if slot.kind == SlotKind::Unknown {
                Certainty::Unsure(slot.comment.clone())
            } else {
                Certainty::Sure
            };
            day.items.push(Item {
                what: What::Hours(index),
                start: Some(slot.start),
                end: Some(slot.end),
                note: match slot.kind {
                    SlotKind::Open => slot.comment.clone(),
                    _ => None,
                },
                certainty,
                host: plan.host.clone(),
                continued: false,
            });
            added += 1;
        }
    }
    added
}

/// Days of the week plan.
pub const PLAN_DAYS: i64 = 7;

/// "Mein Wochenplan": the hours of the services at `indices` (a shortlist, in its order) for
/// today and the six days after it, and the services with no hours in those days.
pub fn week_plan(
    directory: &Directory,
    indices: &[usize],
    now: NaiveDateTime,
) -> (Vec<Day>, Vec<usize>) {
    let mut days = empty_days(directory, now.date(), PLAN_DAYS);
    let mut without = Vec::new();
    for &index in indices {
        if add_hours(directory, index, now, &mut days) == 0 {
            without.push(index);
        }
    }
    // Within a day by time; the shortlist's order where times are equal.
    for day in &mut days {
        day.items.sort_by_key(|item| (item.start, item.end));
    }
    (days, without)
}

/// The name of what a line is about, in the dataset language (for ordering).
fn name(directory: &Directory, what: What) -> String {
    let base = directory.base_lang();
    match what {
        What::Hours(index) => directory.dataset.services[index].name.get(base).to_string(),
        What::Event(index) => directory.dataset.events[index].name.get(base).to_string(),
    }
}

#[cfg(test)]
mod tests;

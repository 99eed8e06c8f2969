//! "In den Kalender": iCalendar files (RFC 5545) made on the device, for an event's dates
//! and for a service's regular hours.
//!
//! A regular hour is a recurring event in the dataset's time zone (with its `VTIMEZONE`):
//! `FREQ=WEEKLY;BYDAY=TU` for a weekly hour, `FREQ=MONTHLY;BYDAY=1WE` for "every first
//! Wednesday"; closures and sourced holiday closing are `EXDATE`s. A schedule that follows no
//! such pattern becomes its single dates of the next eight weeks. An uncertain hour is
//! `STATUS:TENTATIVE` and says "nicht sicher" in its title, so it never looks certain.

use super::dataset::{Appointment, Dataset, Event, Service};
use super::dated::EventStart;
use super::directory::Directory;
use super::hours::{slots_on, summarize, Slot, SlotKind};
use super::local_time::Zone;
use super::present::address_line;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Timelike, Weekday};

/// Weeks of single dates for a schedule without a weekly or monthly pattern.
pub const FALLBACK_WEEKS: i64 = 8;
/// Days ahead in which closures become exceptions of a recurring hour.
const EXCEPTION_DAYS: i64 = 366;

/// Escapes a TEXT value (RFC 5545 3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (RFC 5545 3.1), never inside a character.
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

fn date_value(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

fn local_value(at: NaiveDateTime) -> String {
    format!(
        "{}T{:02}{:02}00",
        date_value(at.date()),
        at.hour(),
        at.minute()
    )
}

fn offset(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.abs();
    format!("{sign}{:02}{:02}", m / 60, m % 60)
}

/// The zone's rules: EU summer time from the last Sunday of March to the last Sunday of
/// October, changing at 01:00 UTC (see `local_time`).
fn vtimezone(tzid: &str, zone: Zone) -> Vec<String> {
    let standard = zone.standard_offset_minutes();
    let summer = standard + 60;
    // One change of offset: its kind, the first date it happened, the month it recurs in.
    let observance = |kind: &str, first: &str, month: u32, from: i32, to: i32| {
        // 01:00 UTC in the local time before the change.
        let minutes = 60 + from;
        vec![
            format!("BEGIN:{kind}"),
            format!("DTSTART:{first}T{:02}{:02}00", minutes / 60, minutes % 60),
            format!("TZOFFSETFROM:{}", offset(from)),
            format!("TZOFFSETTO:{}", offset(to)),
            format!("RRULE:FREQ=YEARLY;BYMONTH={month};BYDAY=-1SU"),
            format!("END:{kind}"),
        ]
    };
    let mut lines = vec!["BEGIN:VTIMEZONE".to_string(), format!("TZID:{tzid}")];
    lines.extend(observance("DAYLIGHT", "19700329", 3, standard, summer));
    lines.extend(observance("STANDARD", "19701025", 10, summer, standard));
    lines.push("END:VTIMEZONE".into());
    lines
}

fn byday(day: Weekday) -> &'static str {
    ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][day.num_days_from_monday() as usize]
}

/// What the calendar entries say, beside their times.
pub struct Labels<'a> {
    /// "nicht sicher – bitte vorher anrufen", put before an uncertain hour's title.
    pub unsure: &'a str,
    /// "Nur mit Termin", put before the title of hours that need an appointment.
    pub appointment: &'a str,
    /// "An Feiertagen bitte vorher anrufen", for hours whose source says nothing of holidays.
    pub holidays: &'a str,
}

struct Calendar {
    lines: Vec<String>,
    tzid: String,
    stamp: String,
    host: String,
}

impl Calendar {
    fn new(ds: &Dataset, zone: Zone, now_utc: NaiveDateTime, host: &str) -> Calendar {
        let tzid = ds.meta.time_zone.clone();
        let mut lines = vec![
            "BEGIN:VCALENDAR".to_string(),
            "VERSION:2.0".into(),
            "PRODID:-//Wegweiser//Termine//DE".into(),
            "CALSCALE:GREGORIAN".into(),
            "METHOD:PUBLISH".into(),
        ];
        lines.extend(vtimezone(&tzid, zone));
        Calendar {
            lines,
            stamp: format!("{}Z", local_value(now_utc)),
            tzid,
            host: host.to_string(),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn event(
        &mut self,
        uid: &str,
        summary: &str,
        start: EventStart,
        end: Option<EventStart>,
        location: Option<&str>,
        description: &str,
        tentative: bool,
        recurrence: &[String],
    ) {
        self.lines.push("BEGIN:VEVENT".into());
        self.lines.push(format!("UID:{uid}@{}", self.host));
        self.lines.push(format!("DTSTAMP:{}", self.stamp));
        match start {
            EventStart::At(at) => {
                self.lines
                    .push(format!("DTSTART;TZID={}:{}", self.tzid, local_value(at)))
            }
            EventStart::Day(day) => self
                .lines
                .push(format!("DTSTART;VALUE=DATE:{}", date_value(day))),
        }
        match end {
            Some(EventStart::At(at)) => {
                self.lines
                    .push(format!("DTEND;TZID={}:{}", self.tzid, local_value(at)))
            }
            Some(EventStart::Day(day)) => self.lines.push(format!(
                "DTEND;VALUE=DATE:{}",
                date_value(day + Duration::days(1))
            )),
            None => {}
        }
        self.lines.extend(recurrence.iter().cloned());
        self.lines.push(format!("SUMMARY:{}", text(summary)));
        if let Some(location) = location {
            self.lines.push(format!("LOCATION:{}", text(location)));
        }
        if !description.is_empty() {
            self.lines
                .push(format!("DESCRIPTION:{}", text(description)));
        }
        if tentative {
            self.lines.push("STATUS:TENTATIVE".into());
        }
        self.lines.push("END:VEVENT".into());
    }

    fn finish(mut self) -> String {
        self.lines.push("END:VCALENDAR".into());
        let mut out = String::new();
        for line in &self.lines {
            fold(line, &mut out);
        }
        out
    }
}

/// "Königstraße 93, Kaiserslautern" for a location id.
fn address(ds: &Dataset, location_id: Option<&str>) -> Option<String> {
    let location = ds.location(location_id?)?;
    Some(format!(
        "{}, {}",
        location.name.get(&ds.meta.language),
        address_line(&location.address)
    ))
}

fn phone_line(phone: Option<&str>) -> String {
    phone.map(|p| format!("Tel. {p}")).unwrap_or_default()
}

/// The dates of `event` still to come at local time `now` (all of them for a past event's
/// own page would be wrong: a calendar gets what is still ahead).
pub fn event_ics(
    ds: &Dataset,
    zone: Zone,
    event: &Event,
    now: NaiveDateTime,
    now_utc: NaiveDateTime,
    host: &str,
) -> String {
    let base = &ds.meta.language;
    let mut calendar = Calendar::new(ds, zone, now_utc, host);
    let place = address(ds, event.location_id.as_deref());
    let phone = event.registration.as_ref().and_then(|r| r.phone.as_deref());
    let description = [event.summary.get(base).to_string(), phone_line(phone)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    for date in &event.dates {
        let Some(start) = date.start() else { continue };
        if date.is_over(now) {
            continue;
        }
        // DTSTART and DTEND of one type (RFC 5545 3.6.1), and never an end before the start.
        let end = date.end().and_then(|end| match (start, end) {
            (EventStart::At(s), EventStart::At(e)) => (e > s).then_some(end),
            (EventStart::Day(s), EventStart::Day(e)) => (e >= s).then_some(end),
            (EventStart::Day(s), EventStart::At(e)) => {
                (e.date() >= s).then_some(EventStart::Day(e.date()))
            }
            (EventStart::At(_), EventStart::Day(_)) => None,
        });
        let uid = match start {
            EventStart::At(at) => local_value(at),
            EventStart::Day(day) => date_value(day),
        };
        calendar.event(
            &format!("{}-{uid}", event.id),
            event.name.get(base),
            start,
            end,
            place.as_deref(),
            &description,
            false,
            &[],
        );
    }
    calendar.finish()
}

fn slot_times(date: NaiveDate, slot: &Slot) -> (NaiveDateTime, NaiveDateTime) {
    let at = |minutes: u16| {
        date.and_hms_opt(0, 0, 0).unwrap_or_default() + Duration::minutes(i64::from(minutes))
    };
    (at(slot.start), at(slot.end))
}

/// The regular hours of the service at `index`: recurring events where the schedule has a
/// weekly or monthly pattern that gives exactly the engine's hours on every day of the next
/// year (the rules end there), else its single dates of the next eight weeks. `None`
/// without usable hours or without any date in the file.
pub fn service_ics(
    directory: &Directory,
    index: usize,
    labels: &Labels,
    today: NaiveDate,
    now_utc: NaiveDateTime,
    host: &str,
) -> Option<String> {
    let ds = &directory.dataset;
    let service: &Service = &ds.services[index];
    let hours = directory.hours(index)?;
    let zone_calendar = directory.calendar.as_ref()?;
    let zone = zone_calendar.zone();
    let base = &ds.meta.language;
    let mut calendar = Calendar::new(ds, zone, now_utc, host);
    let name = service.name.get(base);
    let place = address(ds, service.location_id.as_deref());
    let phone = service.contacts.iter().find_map(|c| c.phone.as_deref());
    let by_appointment = service.access.appointment == Appointment::Required;
    let mut description = vec![service.summary.get(base).to_string(), phone_line(phone)];
    if !directory.holidays_sourced(index) {
        description.push(labels.holidays.to_string());
    }
    let description = description
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    // Never a promise where the hours are not sure or need an appointment.
    let title = |slot: &Slot| match (slot.kind, by_appointment) {
        (_, true) => format!("{} – {name}", labels.appointment),
        (SlotKind::Unknown | SlotKind::Note, false) => format!("{} – {name}", labels.unsure),
        // The source's comment on an open period says what it is ("nur mit Termin").
        (SlotKind::Open, false) => match &slot.comment {
            Some(comment) => format!("{name} ({comment})"),
            None => name.to_string(),
        },
    };
    let tentative = |slot: &Slot| slot.kind == SlotKind::Unknown || by_appointment;
    let summary = summarize(hours, zone_calendar, today);
    let last = today + Duration::days(EXCEPTION_DAYS - 1);
    // Days on which the regular hours do not apply: closures, and holidays where the source
    // says the service is closed.
    let excluded = |date: NaiveDate| {
        summary
            .closures
            .iter()
            .any(|c| c.from <= date && date <= c.to)
            || (summary.closed_on_holidays && zone_calendar.holiday_on(date).is_some())
    };
    // What the pattern says for a day, to be compared with what the engine says.
    let pattern_on = |date: NaiveDate| -> Vec<(u16, u16, SlotKind)> {
        if excluded(date) {
            return Vec::new();
        }
        let mut slots: Vec<(u16, u16, SlotKind)> = summary
            .weekly
            .iter()
            .filter(|g| g.days.contains(&date.weekday()))
            .flat_map(|g| g.slots.iter())
            .chain(
                summary
                    .monthly
                    .iter()
                    .filter(|r| r.falls_on(date))
                    .flat_map(|r| r.slots.iter()),
            )
            .map(|s| (s.start, s.end, s.kind))
            .collect();
        slots.sort_unstable_by_key(|s| (s.0, s.1));
        slots
    };
    let faithful = !summary.irregular
        && (0..EXCEPTION_DAYS).all(|d| {
            let date = today + Duration::days(d);
            let mut engine: Vec<(u16, u16, SlotKind)> = slots_on(hours, date)
                .iter()
                .map(|s| (s.start, s.end, s.kind))
                .collect();
            engine.sort_unstable_by_key(|s| (s.0, s.1));
            engine == pattern_on(date)
        });
    // One slot of `date` as an event (the first of a recurring one, with its rule). A day
    // that only carries a comment ("nach Vereinbarung") has no time to put in a calendar.
    let add = |calendar: &mut Calendar,
               date: NaiveDate,
               slot: &Slot,
               uncertain: bool,
               recurrence: &[String]| {
        if slot.kind == SlotKind::Note {
            return 0;
        }
        let (start, end) = slot_times(date, slot);
        calendar.event(
            &format!("{}-{}", service.id, local_value(start)),
            &title(slot),
            EventStart::At(start),
            Some(EventStart::At(end)),
            place.as_deref(),
            &description,
            tentative(slot) || uncertain,
            recurrence,
        );
        1
    };
    let mut events = 0;
    if !faithful {
        // No pattern that repeats exactly: the single dates, as the hours engine gives them.
        let days = directory.next_days(index, today, (FALLBACK_WEEKS * 7) as u32)?;
        for day in days {
            for slot in &day.slots {
                events += add(&mut calendar, day.date, slot, day.holiday_uncertain, &[]);
            }
        }
        return (events > 0).then(|| calendar.finish());
    }
    // The rules end with the year that was checked: a calendar never repeats beyond what
    // the hours engine vouched for.
    let until = zone
        .utc(last.and_hms_opt(23, 59, 0).unwrap_or_default())
        .map(|utc| format!(";UNTIL={}Z", local_value(utc)))
        .unwrap_or_default();
    let exceptions = |first: NaiveDateTime, matches: &dyn Fn(NaiveDate) -> bool| {
        let dates: Vec<String> = (0..EXCEPTION_DAYS)
            .map(|d| first.date() + Duration::days(d))
            .filter(|d| matches(*d) && excluded(*d))
            .map(|d| local_value(d.and_time(first.time())))
            .collect();
        (!dates.is_empty())
            .then(|| format!("EXDATE;TZID={}:{}", ds.meta.time_zone, dates.join(",")))
    };
    let rules = summary
        .weekly
        .iter()
        .map(|group| {
            let days: Vec<&str> = group.days.iter().map(|d| byday(*d)).collect();
            let matches: Box<dyn Fn(NaiveDate) -> bool> =
                Box::new(move |d: NaiveDate| group.days.contains(&d.weekday()));
            (
                format!("FREQ=WEEKLY;BYDAY={}", days.join(",")),
                matches,
                &group.slots,
            )
        })
        .chain(summary.monthly.iter().map(|rule| {
            let matches: Box<dyn Fn(NaiveDate) -> bool> =
                Box::new(move |d: NaiveDate| rule.falls_on(d));
            (
                format!("FREQ=MONTHLY;BYDAY={}{}", rule.nth, byday(rule.weekday)),
                matches,
                &rule.slots,
            )
        }));
    for (rule, matches, slots) in rules {
        let Some(first_day) = (0..EXCEPTION_DAYS)
            .map(|d| today + Duration::days(d))
            .find(|d| matches(*d))
        else {
            continue;
        };
        for slot in slots {
            let (start, _) = slot_times(first_day, slot);
            let mut recurrence = vec![format!("RRULE:{rule}{until}")];
            recurrence.extend(exceptions(start, &*matches));
            events += add(&mut calendar, first_day, slot, false, &recurrence);
        }
    }
    (events > 0).then(|| calendar.finish())
}

/// The host part of the UIDs: the published address's host, else the city's name.
pub fn uid_host(ds: &Dataset) -> String {
    let published = ds
        .meta
        .public_url
        .as_deref()
        .and_then(|url| url.split("://").nth(1))
        .and_then(|rest| rest.split('/').next())
        .filter(|host| !host.is_empty());
    match published {
        Some(host) => host.to_string(),
        // Ids are unique within a city only: the city keeps two files' UIDs apart.
        None => {
            let city: String = ds
                .meta
                .city
                .get(&ds.meta.language)
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            format!("{city}.wegweiser")
        }
    }
}

/// The calendar file of `event` at local time `now`: `None` when no date is still to come.
pub fn event_file(directory: &Directory, event: &Event, now: NaiveDateTime) -> Option<String> {
    let calendar = directory.calendar.as_ref()?;
    if !event
        .dates
        .iter()
        .any(|d| d.start().is_some() && !d.is_over(now))
    {
        return None;
    }
    let zone = calendar.zone();
    let now_utc = zone.utc(now).unwrap_or(now);
    Some(event_ics(
        &directory.dataset,
        zone,
        event,
        now,
        now_utc,
        &uid_host(&directory.dataset),
    ))
}

/// The calendar file of the regular hours of the service at `index`, at local time `now`.
pub fn service_file(
    directory: &Directory,
    index: usize,
    labels: &Labels,
    now: NaiveDateTime,
) -> Option<String> {
    let zone = directory.calendar.as_ref()?.zone();
    let now_utc = zone.utc(now).unwrap_or(now);
    service_ics(
        directory,
        index,
        labels,
        now.date(),
        now_utc,
        &uid_host(&directory.dataset),
    )
}

#[cfg(test)]
mod tests;

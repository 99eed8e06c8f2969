//! "In den Kalender": iCalendar files (RFC 5545) made on the device, for an event's dates
//! and for a service's regular hours.
//!
//! A regular hour is a recurring event in the dataset's time zone (with its `VTIMEZONE`):
//! `FREQ=WEEKLY;BYDAY=TU` for a weekly hour, `FREQ=MONTHLY;BYDAY=1WE` for "every first
//! Wednesday"; closures and sourced holiday closing are `EXDATE`s. A schedule that follows no
//! such pattern becomes its single dates of the next eight weeks. An uncertain hour is
//! `STATUS:TENTATIVE` and says "nicht sicher" in its title, so it never looks certain.

use super::dataset::{Dataset, Event, EventStart, Service};
use super::directory::Directory;
use super::hours::{summarize, Slot, SlotKind};
use super::local_time::Zone;
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
    let at_one_utc = |offset_minutes: i32| {
        let minutes = 60 + offset_minutes;
        format!("T{:02}{:02}00", minutes / 60, minutes % 60)
    };
    vec![
        "BEGIN:VTIMEZONE".into(),
        format!("TZID:{tzid}"),
        "BEGIN:DAYLIGHT".into(),
        format!("DTSTART:19700329{}", at_one_utc(standard)),
        format!("TZOFFSETFROM:{}", offset(standard)),
        format!("TZOFFSETTO:{}", offset(summer)),
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU".into(),
        "END:DAYLIGHT".into(),
        "BEGIN:STANDARD".into(),
        format!("DTSTART:19701025{}", at_one_utc(summer)),
        format!("TZOFFSETFROM:{}", offset(summer)),
        format!("TZOFFSETTO:{}", offset(standard)),
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU".into(),
        "END:STANDARD".into(),
        "END:VTIMEZONE".into(),
    ]
}

fn byday(day: Weekday) -> &'static str {
    ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][day.num_days_from_monday() as usize]
}

/// What the calendar entries say, beside their times.
pub struct Labels<'a> {
    /// "nicht sicher – bitte vorher anrufen", put before an uncertain hour's title.
    pub unsure: &'a str,
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
    let base = &ds.meta.language;
    let a = &location.address;
    Some(
        [
            Some(location.name.get(base).to_string()),
            Some(a.address_1.clone()),
            a.room.clone(),
            Some(
                format!("{} {}", a.postal_code.clone().unwrap_or_default(), a.city)
                    .trim()
                    .to_string(),
            ),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", "),
    )
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
    for (n, date) in event.dates.iter().enumerate() {
        let Some(start) = date.start() else { continue };
        if date.is_over(now) {
            continue;
        }
        let end = date.end.as_deref().and_then(EventStart::parse);
        calendar.event(
            &format!("{}-{n}", event.id),
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
/// weekly or monthly pattern, else its single dates of the next eight weeks. `None` without
/// usable hours.
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
    let base = &ds.meta.language;
    let mut calendar = Calendar::new(ds, zone_calendar.zone(), now_utc, host);
    let name = service.name.get(base);
    let place = address(ds, service.location_id.as_deref());
    let phone = service.contacts.iter().find_map(|c| c.phone.as_deref());
    let mut description = vec![service.summary.get(base).to_string(), phone_line(phone)];
    if !directory.holidays_sourced(index) {
        description.push(labels.holidays.to_string());
    }
    let description = description
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    let title = |slot: &Slot| match slot.kind {
        SlotKind::Open => name.to_string(),
        SlotKind::Unknown => format!("{} – {name}", labels.unsure),
    };
    let summary = summarize(hours, zone_calendar, today);
    if summary.irregular {
        // No pattern to repeat: the single dates, as the hours engine gives them.
        let days = directory.next_days(index, today, (FALLBACK_WEEKS * 7) as u32)?;
        for day in days {
            for (n, slot) in day.slots.iter().enumerate() {
                let (start, end) = slot_times(day.date, slot);
                calendar.event(
                    &format!("{}-{}-{n}", service.id, date_value(day.date)),
                    &title(slot),
                    EventStart::At(start),
                    Some(EventStart::At(end)),
                    place.as_deref(),
                    &description,
                    slot.kind == SlotKind::Unknown || day.holiday_uncertain,
                    &[],
                );
            }
        }
        return Some(calendar.finish());
    }
    // Days on which the regular hours do not apply: closures, and holidays where the source
    // says the service is closed.
    let excluded = |date: NaiveDate| {
        summary
            .closures
            .iter()
            .any(|c| c.from <= date && date <= c.to)
            || (summary.closed_on_holidays && zone_calendar.holiday_on(date).is_some())
    };
    let exceptions = |first: NaiveDateTime, matches: &dyn Fn(NaiveDate) -> bool| {
        let dates: Vec<String> = (0..EXCEPTION_DAYS)
            .map(|d| first.date() + Duration::days(d))
            .filter(|d| matches(*d) && excluded(*d))
            .map(|d| local_value(d.and_time(first.time())))
            .collect();
        (!dates.is_empty())
            .then(|| format!("EXDATE;TZID={}:{}", ds.meta.time_zone, dates.join(",")))
    };
    let mut n = 0;
    for group in &summary.weekly {
        let Some(first_day) = (0..7)
            .map(|d| today + Duration::days(d))
            .find(|d| group.days.contains(&d.weekday()))
        else {
            continue;
        };
        let days: Vec<&str> = group.days.iter().map(|d| byday(*d)).collect();
        for slot in &group.slots {
            let (start, end) = slot_times(first_day, slot);
            let mut recurrence = vec![format!("RRULE:FREQ=WEEKLY;BYDAY={}", days.join(","))];
            recurrence.extend(exceptions(start, &|d| group.days.contains(&d.weekday())));
            calendar.event(
                &format!("{}-weekly-{n}", service.id),
                &title(slot),
                EventStart::At(start),
                Some(EventStart::At(end)),
                place.as_deref(),
                &description,
                slot.kind == SlotKind::Unknown,
                &recurrence,
            );
            n += 1;
        }
    }
    for rule in &summary.monthly {
        let is_nth = |d: NaiveDate| {
            d.weekday() == rule.weekday
                && if rule.nth > 0 {
                    (d.day0() / 7) as i8 + 1 == rule.nth
                } else {
                    (d + Duration::days(7)).month() != d.month()
                }
        };
        let Some(first_day) = (0..62)
            .map(|d| today + Duration::days(d))
            .find(|d| is_nth(*d))
        else {
            continue;
        };
        for slot in &rule.slots {
            let (start, end) = slot_times(first_day, slot);
            let mut recurrence = vec![format!(
                "RRULE:FREQ=MONTHLY;BYDAY={}{}",
                rule.nth,
                byday(rule.weekday)
            )];
            recurrence.extend(exceptions(start, &is_nth));
            calendar.event(
                &format!("{}-monthly-{n}", service.id),
                &title(slot),
                EventStart::At(start),
                Some(EventStart::At(end)),
                place.as_deref(),
                &description,
                slot.kind == SlotKind::Unknown,
                &recurrence,
            );
            n += 1;
        }
    }
    Some(calendar.finish())
}

/// The host part of the UIDs: the published address's host, else "wegweiser".
fn uid_host(ds: &Dataset) -> String {
    ds.meta
        .public_url
        .as_deref()
        .and_then(|url| url.split("://").nth(1))
        .and_then(|rest| rest.split('/').next())
        .filter(|host| !host.is_empty())
        .unwrap_or("wegweiser")
        .to_string()
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

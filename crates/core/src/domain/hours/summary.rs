//! Plain-language structure of a schedule: weekly lines, "every 1st Wednesday" rules,
//! holiday closing, closures such as a summer break, and the next days as dates.
//!
//! The summary is read off the evaluated calendar rather than the expression's syntax, so
//! any expression the crate understands is described the same way, and what the page says
//! can never disagree with the "open now" badge.

use super::{Calendar, Hours};
use crate::domain::dataset::Rotation;
use crate::domain::holidays::Holiday;
use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};
use opening_hours::RuleKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SlotKind {
    Open,
    /// Maybe open ("nicht immer"): shown with its comment, never as a promise.
    Unknown,
    /// A day that only carries a comment (`We "nach Vereinbarung"`, or the same with
    /// `unknown`): no opening time, never open. Its words are the comment alone.
    Note,
}

/// Whether `slots` hold a time at all, not only a day's comment (`SlotKind::Note`).
pub fn has_times(slots: &[Slot]) -> bool {
    slots.iter().any(|slot| slot.kind != SlotKind::Note)
}

/// One period of a day, in minutes from midnight (`end` 24:00 is the end of the day).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Slot {
    pub start: u16,
    pub end: u16,
    pub kind: SlotKind,
    pub comment: Option<String>,
}

/// Consecutive weekdays with the same slots every week ("Montag bis Freitag").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayGroup {
    pub days: Vec<Weekday>,
    pub slots: Vec<Slot>,
}

/// Slots on one weekday of a month only ("jeden 1. Mittwoch"); `nth` -1 is the last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NthRule {
    pub weekday: Weekday,
    pub nth: i8,
    pub slots: Vec<Slot>,
}

/// Days on which the regular hours do not apply, with the expression's reason.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Closure {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub comment: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WeekSummary {
    pub weekly: Vec<DayGroup>,
    pub monthly: Vec<NthRule>,
    /// Part of the schedule follows no weekly or monthly pattern: show the source text.
    pub irregular: bool,
    /// Closed on public holidays that fall on a regular day.
    pub closed_on_holidays: bool,
    pub closures: Vec<Closure>,
}

/// One concrete day ahead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayPlan {
    pub date: NaiveDate,
    pub holiday: Option<Holiday>,
    /// A holiday about which the source says nothing: the slots are not to be trusted.
    pub holiday_uncertain: bool,
    pub slots: Vec<Slot>,
    /// Who hosts a rotating slot that day, when the rotation's order is known.
    pub host: Option<String>,
}

impl DayPlan {
    /// A plain closed day: no hours, no holiday, nothing else to say about it.
    pub fn is_plain_closed(&self) -> bool {
        self.slots.is_empty()
            && self.holiday.is_none()
            && !self.holiday_uncertain
            && self.host.is_none()
    }
}

/// Days looked at to find the weekly and monthly pattern: twelve weeks hold the 1st to 4th
/// and the last weekday of a month at least twice (a 5th at most twice, often once).
const PATTERN_DAYS: i64 = 84;
/// Days looked ahead for closures and holiday closing.
const CLOSURE_DAYS: i64 = 366;

pub fn slots_on(hours: &Hours, date: NaiveDate) -> Vec<Slot> {
    hours
        .schedule_at(date)
        .into_iter()
        .filter(|range| range.kind != RuleKind::Closed)
        .map(|range| {
            let (start, end) = (
                range.range.start.mins_from_midnight(),
                range.range.end.mins_from_midnight(),
            );
            let comment = (!range.comment.is_empty()).then(|| range.comment.to_string());
            // A whole day with a comment and no time: a comment-only rule, which the crate
            // reads as open all day (`We "nach Vereinbarung"`), or the same day said to be
            // unknown (`We unknown "nach Vereinbarung"`).
            let day_long_comment = comment.is_some() && end - start >= 24 * 60;
            let kind = match range.kind {
                RuleKind::Open
                    if day_long_comment && hours.is_comment_rule_comment(&range.comment) =>
                {
                    SlotKind::Note
                }
                RuleKind::Open => SlotKind::Open,
                _ if day_long_comment => SlotKind::Note,
                _ => SlotKind::Unknown,
            };
            Slot {
                start,
                end,
                kind,
                comment,
            }
        })
        .collect()
}

impl NthRule {
    /// Whether `date` is this rule's weekday of its month (`nth` -1: the last).
    pub fn falls_on(&self, date: NaiveDate) -> bool {
        date.weekday() == self.weekday
            && (self.nth == nth_of_month(date) || (self.nth == -1 && is_last_of_month(date)))
    }
}

fn nth_of_month(date: NaiveDate) -> i8 {
    ((date.day() - 1) / 7 + 1) as i8
}

fn is_last_of_month(date: NaiveDate) -> bool {
    (date + Duration::days(7)).month() != date.month()
}

const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// The regular pattern of one weekday.
enum DayPattern {
    Weekly(Vec<Slot>),
    Monthly(Vec<NthRule>),
    Irregular,
}

/// The days after the sample, up to a year ahead: where a monthly rule seen on one date
/// only is checked.
struct Later<'a> {
    hours: &'a Hours,
    calendar: &'a Calendar,
    today: NaiveDate,
}

impl Later<'_> {
    /// The slots of the first open day after the sample that `pick` picks (holidays and
    /// closed days say nothing of a pattern).
    fn first_open(&self, pick: impl Fn(NaiveDate) -> bool) -> Option<Vec<Slot>> {
        (PATTERN_DAYS..CLOSURE_DAYS)
            .map(|i| self.today + Duration::days(i))
            .filter(|d| pick(*d) && self.calendar.holiday_on(*d).is_none())
            .map(|d| slots_on(self.hours, d))
            .find(|slots| !slots.is_empty())
    }
}

fn day_pattern(
    weekday: Weekday,
    occurrences: &[(NaiveDate, Vec<Slot>)],
    later: &Later,
) -> DayPattern {
    let mut sets: Vec<&Vec<Slot>> = Vec::new();
    for (_, slots) in occurrences {
        if !sets.contains(&slots) {
            sets.push(slots);
        }
    }
    match sets.as_slice() {
        [] => return DayPattern::Weekly(Vec::new()),
        [only] => return DayPattern::Weekly((*only).clone()),
        _ => {}
    }
    let mut rules = Vec::new();
    for set in sets.iter().filter(|s| !s.is_empty()) {
        let dates: Vec<NaiveDate> = occurrences
            .iter()
            .filter(|(_, s)| s == *set)
            .map(|(d, _)| *d)
            .collect();
        let same_nth = |nth: i8| {
            dates.iter().all(|d| nth_of_month(*d) == nth)
                && occurrences
                    .iter()
                    .filter(|(d, _)| nth_of_month(*d) == nth)
                    .all(|(_, s)| s == *set)
        };
        let all_last = dates.iter().all(|d| is_last_of_month(*d))
            && occurrences
                .iter()
                .filter(|(d, _)| is_last_of_month(*d))
                .all(|(_, s)| s == *set);
        // A rule seen on one date only (the sample's only 5th Wednesday) must hold on its
        // next open date too: `2027 Jan 30` alone is not "every 5th Saturday".
        let once = dates.len() == 1;
        let holds = |rule: NthRule| {
            let seen_again = || later.first_open(|d| rule.falls_on(d)).as_ref() == Some(*set);
            (!once || seen_again()).then_some(rule)
        };
        let first_nth = nth_of_month(dates[0]);
        let rule = |nth: i8| NthRule {
            weekday,
            nth,
            slots: (*set).clone(),
        };
        // One date that is a 5th and the last (a holiday hid the other last ones): the next
        // open last weekday that is no 5th tells "the last" from "the 5th".
        let last_not_fifth =
            |d: NaiveDate| d.weekday() == weekday && is_last_of_month(d) && nth_of_month(d) != 5;
        let found = if once && all_last && first_nth == 5 {
            let the_last = later.first_open(last_not_fifth).as_ref() == Some(*set);
            holds(rule(if the_last { -1 } else { 5 }))
        } else if same_nth(first_nth) {
            holds(rule(first_nth))
        } else if all_last {
            holds(rule(-1))
        } else {
            None
        };
        if let Some(found) = found {
            rules.push(found);
        } else {
            // A weekly slot with a few exceptions (a closure): the common set is the rule,
            // the exceptions are found as closures. Every second week is not "a few".
            let non_empty = sets.iter().filter(|s| !s.is_empty()).count();
            if non_empty == 1 && dates.len() * 4 >= occurrences.len() * 3 {
                return DayPattern::Weekly((*set).clone());
            }
            return DayPattern::Irregular;
        }
    }
    DayPattern::Monthly(rules)
}

/// Describes the schedule from `today` on.
pub fn summarize(hours: &Hours, calendar: &Calendar, today: NaiveDate) -> WeekSummary {
    let sample: Vec<(NaiveDate, Vec<Slot>)> = (0..PATTERN_DAYS)
        .map(|i| today + Duration::days(i))
        .filter(|d| calendar.holiday_on(*d).is_none())
        .map(|d| (d, slots_on(hours, d)))
        .collect();

    let later = Later {
        hours,
        calendar,
        today,
    };
    let mut summary = WeekSummary::default();
    let mut weekly_by_day: Vec<(Weekday, Vec<Slot>)> = Vec::new();
    for weekday in WEEK {
        let occurrences: Vec<(NaiveDate, Vec<Slot>)> = sample
            .iter()
            .filter(|(d, _)| d.weekday() == weekday)
            .cloned()
            .collect();
        match day_pattern(weekday, &occurrences, &later) {
            DayPattern::Weekly(slots) => weekly_by_day.push((weekday, slots)),
            DayPattern::Monthly(rules) => {
                weekly_by_day.push((weekday, Vec::new()));
                summary.monthly.extend(rules);
            }
            DayPattern::Irregular => {
                weekly_by_day.push((weekday, Vec::new()));
                summary.irregular = true;
            }
        }
    }
    for (weekday, slots) in &weekly_by_day {
        match summary.weekly.last_mut() {
            Some(group)
                if !slots.is_empty()
                    && &group.slots == slots
                    && group.days.last().map(|d| d.succ()) == Some(*weekday) =>
            {
                group.days.push(*weekday)
            }
            _ if !slots.is_empty() => summary.weekly.push(DayGroup {
                days: vec![*weekday],
                slots: slots.clone(),
            }),
            _ => {}
        }
    }

    let expected = |date: NaiveDate| -> Vec<Slot> {
        let weekly = &weekly_by_day[date.weekday().num_days_from_monday() as usize].1;
        if !weekly.is_empty() {
            return weekly.clone();
        }
        summary
            .monthly
            .iter()
            .find(|r| r.falls_on(date))
            .map(|r| r.slots.clone())
            .unwrap_or_default()
    };

    let ahead = || (0..CLOSURE_DAYS).map(|i| today + Duration::days(i));
    // "An Feiertagen geschlossen" only when a `PH` rule says so: every holiday on a regular
    // day is closed. A holiday closed by a date (`Dec 25-26 off`) is part of that closure,
    // and an expression without `PH` says nothing about the others (Ostermontag is open).
    let holiday_closed = |date: NaiveDate| {
        (calendar.holiday_on(date).is_some() && !expected(date).is_empty())
            .then(|| slots_on(hours, date).is_empty())
    };
    let holidays_closed: Vec<bool> = ahead().filter_map(holiday_closed).collect();
    summary.closed_on_holidays = hours.speaks_of_holidays()
        && !holidays_closed.is_empty()
        && holidays_closed.iter().all(|closed| *closed);

    let mut current: Option<Closure> = None;
    for date in ahead() {
        let planned = expected(date);
        if planned.is_empty() {
            continue;
        }
        let actual = slots_on(hours, date);
        if !actual.is_empty() {
            summary.closures.extend(current.take());
            continue;
        }
        if summary.closed_on_holidays && calendar.holiday_on(date).is_some() {
            continue;
        }
        let start = NaiveTime::from_num_seconds_from_midnight_opt(
            u32::from(planned[0].start % 1440) * 60,
            0,
        )
        .unwrap_or(NaiveTime::MIN);
        let (_, comment) = hours.state(date.and_time(start));
        let comment = (!comment.is_empty()).then(|| comment.to_string());
        match current.as_mut() {
            Some(closure) => {
                closure.to = date;
                if closure.comment.is_none() {
                    closure.comment = comment;
                }
            }
            None => {
                current = Some(Closure {
                    from: date,
                    to: date,
                    comment,
                })
            }
        }
    }
    summary.closures.extend(current);
    summary
}

/// The next `count` days from `today` as concrete dates.
pub fn next_days(
    hours: &Hours,
    calendar: &Calendar,
    rotation: Option<&Rotation>,
    today: NaiveDate,
    count: u32,
) -> Vec<DayPlan> {
    (0..i64::from(count))
        .map(|i| {
            let date = today + Duration::days(i);
            let slots = slots_on(hours, date);
            // A day that only carries a comment has nobody there to name.
            let host = rotation
                .filter(|_| has_times(&slots))
                .and_then(|r| super::host_on(r, date))
                .map(|h| h.name.clone());
            DayPlan {
                date,
                holiday: calendar.holiday_on(date),
                holiday_uncertain: false,
                slots,
                host,
            }
        })
        .collect()
}

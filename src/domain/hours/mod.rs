//! Opening hours: parsing, the state at an instant, and plain-language summaries.
//!
//! Hours are OpenStreetMap `opening_hours` expressions evaluated by the `opening-hours`
//! crate in the dataset's local time, with the region's holidays computed here. The rules
//! that protect users from a wrong "open now":
//! - "by appointment" is never open, whatever the hours say;
//! - no hours, an unparseable expression or an `unknown` rule give `Unknown`, and the view
//!   then shows the source's own words;
//! - a comment-only rule (`"nach Vereinbarung"`), which the crate evaluates as open around
//!   the clock, is read as `Unknown`.

mod calendar;
mod normalize;
mod rotation;
mod summary;

pub use calendar::{Calendar, CalendarError};
pub use normalize::{normalize_hours, Normalized};
pub use rotation::{host_on, validate as rotation_validate, RotationError};
pub use summary::{
    next_days, slots_on, summarize, Closure, DayGroup, DayPlan, NthRule, Slot, SlotKind,
    WeekSummary,
};

use super::dataset::{Access, Appointment};
use chrono::{Duration, NaiveDateTime, Timelike};
use opening_hours::{OpeningHours, RuleKind};

/// A parsed expression with the region's holidays attached.
pub type Hours = OpeningHours;

/// Why an expression could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HoursError {
    pub expression: String,
    pub detail: String,
}

impl std::fmt::Display for HoursError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "cannot read opening hours \"{}\": {}",
            self.expression, self.detail
        )
    }
}

/// Parses an expression strictly (no guessing: human-written text is normalised by the
/// import tool, which says what it changed) and attaches the calendar's holidays.
pub fn parse_hours(expression: &str, calendar: &Calendar) -> Result<Hours, HoursError> {
    let error = |detail: String| HoursError {
        expression: expression.to_string(),
        detail,
    };
    if expression.trim().is_empty() {
        return Err(error("empty expression".to_string()));
    }
    if let Some(bad) = expression
        .chars()
        .find(|c| matches!(c, '–' | '—' | '‒' | '−'))
    {
        return Err(error(format!(
            "'{bad}' is not a hyphen: write ranges with '-' (Mo-Fr, 10:00-12:00)"
        )));
    }
    let parsed: OpeningHours = expression
        .parse()
        .map_err(|e: opening_hours_syntax::error::Error| error(e.to_string().trim().to_string()))?;
    Ok(parsed.with_context(calendar.context()))
}

/// Where a service stands at one instant.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HoursState {
    /// Open now; `until` is when that ends (`None`: open around the clock for good).
    Open {
        until: Option<NaiveDateTime>,
        note: Option<String>,
    },
    /// Closed now; `opens` is the next opening within a year, if any.
    Closed {
        opens: Option<NaiveDateTime>,
        note: Option<String>,
    },
    /// Only by appointment: never shown as open.
    ByAppointment,
    /// Not known: show the source's own words. `note` is the expression's comment, if any.
    Unknown { note: Option<String> },
    /// The entry has no usable hours at all (none given, or they could not be read).
    NoHours,
    /// Today is a public holiday (`holiday`) and the source says nothing about holidays:
    /// neither open nor closed, "please call first".
    HolidayUncertain { holiday: &'static str },
}

impl HoursState {
    pub fn is_open(&self) -> bool {
        matches!(self, HoursState::Open { .. })
    }
}

/// How far ahead an open (or unknown) state's end is looked for. Beyond a week the end is
/// not worth naming, and a range that never ends (`24/7`) is not scanned to the end of
/// the calendar (that took over a second per evaluation).
const UNTIL_DAYS: i64 = 8;
/// How far ahead "opens next" looks: a monthly hour after a summer break is found; a
/// service that opens once a year just shows as closed, with its schedule in words.
const LOOKAHEAD_DAYS: i64 = 100;
/// Ranges the crate may yield before "opens next" gives up (each is one state change).
const MAX_RANGES: usize = 2_000;

/// The state of a service with `hours` (parsed, or `None` when it has none or they failed)
/// at the local time `now`.
pub fn state_at(access: &Access, hours: Option<&Hours>, now: NaiveDateTime) -> HoursState {
    if access.appointment == Appointment::Required {
        return HoursState::ByAppointment;
    }
    let Some(hours) = hours else {
        return HoursState::NoHours;
    };
    // Bounded: the crate evaluates day by day until the state changes, and `iter_from`
    // would scan to the end of its calendar for a range that never ends.
    let horizon = now + Duration::days(UNTIL_DAYS);
    let Some(current) = hours.iter_range(now, horizon).next() else {
        return HoursState::Closed {
            opens: None,
            note: None,
        };
    };
    let note = (!current.comment.is_empty()).then(|| current.comment.to_string());
    let end = current.range.end;
    // A state that lasts past the horizon has no end worth naming ("open around the clock").
    let until = (end < horizon).then_some(end);
    match current.kind {
        RuleKind::Open => {
            // The crate reads a comment-only rule ("nach Vereinbarung") as open around the
            // clock. Judge it by the whole day's slot: the current range is clipped to `now`.
            if note.is_some() && comment_only_day(hours, now) {
                HoursState::Unknown { note }
            } else {
                HoursState::Open { until, note }
            }
        }
        RuleKind::Unknown => HoursState::Unknown { note },
        RuleKind::Closed => {
            let opens = hours
                .iter_range(end, now + Duration::days(LOOKAHEAD_DAYS))
                .take(MAX_RANGES)
                .find(|r| r.kind == RuleKind::Open && !is_comment_only_range(r))
                .map(|r| r.range.start);
            HoursState::Closed { opens, note }
        }
    }
}

/// Whether an expression says what happens on public holidays (a `PH` rule), outside its
/// quoted comments. Without one, the app does not guess: holidays are uncertain.
pub fn speaks_of_holidays(expression: &str) -> bool {
    expression
        .split('"')
        .step_by(2)
        .flat_map(|outside| outside.split(|c: char| !c.is_ascii_alphanumeric()))
        .any(|word| word == "PH")
}

/// A range that lasts a whole day or more and only carries a comment (a comment-only rule).
fn is_comment_only_range(range: &opening_hours::DateTimeRange) -> bool {
    !range.comment.is_empty() && range.range.end - range.range.start >= Duration::hours(24)
}

/// Whether `now` falls in a day-long "open" slot that only carries a comment: a comment-only
/// rule, which is never an opening time.
fn comment_only_day(hours: &Hours, now: NaiveDateTime) -> bool {
    let minute = (now.time().num_seconds_from_midnight() / 60) as u16;
    slots_on(hours, now.date()).iter().any(|slot| {
        slot.comment.is_some()
            && slot.start <= minute
            && minute < slot.end
            && slot.end - slot.start >= 24 * 60
    })
}

#[cfg(test)]
mod tests;

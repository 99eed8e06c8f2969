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
mod rotation;
mod summary;

pub use calendar::{Calendar, CalendarError};
pub use rotation::{host_on, validate as rotation_validate, RotationError};
pub use summary::{
    has_times, next_days, slots_on, summarize, Closure, DayGroup, DayPlan, NthRule, Slot, SlotKind,
    WeekSummary,
};

use super::dataset::{Access, Appointment};
use super::local_time::minute_of_day;
use chrono::{Duration, NaiveDateTime};
use opening_hours::{OpeningHours, RuleKind};
use opening_hours_syntax::rules::OpeningHoursExpression;

/// A parsed expression with the region's holidays attached, and what its text says that
/// the parsed form cannot: the comments of its comment-only rules.
#[derive(Clone, Debug)]
pub struct Hours {
    parsed: OpeningHours,
    /// The comments of the rules that are only a quoted comment (`"nach Vereinbarung"`).
    /// The crate reads such a rule as "open around the clock", exactly as it reads
    /// `24/7 "Notruf"`; only the text tells them apart, and a range is one of them only
    /// when it carries one of these comments.
    comment_only: Vec<String>,
    /// Whether the expression has a `PH` rule ([`speaks_of_holidays`]).
    speaks_of_holidays: bool,
}

impl std::ops::Deref for Hours {
    type Target = OpeningHours;
    fn deref(&self) -> &OpeningHours {
        &self.parsed
    }
}

impl Hours {
    /// Whether `comment` is that of one of the expression's comment-only rules
    /// (`We "nach Vereinbarung"`). The crate reads such a rule as open all day: a day-long
    /// "open" range with this comment is never an opening time (`slots_on` makes it a
    /// `SlotKind::Note`). `24/7 "Notruf"` has no comment-only rule: it is open, with a
    /// comment.
    pub fn is_comment_rule_comment(&self, comment: &str) -> bool {
        self.comment_only.iter().any(|c| c == comment)
    }

    /// Whether the expression says what happens on public holidays (a `PH` rule).
    pub fn speaks_of_holidays(&self) -> bool {
        self.speaks_of_holidays
    }

    /// Whether a range of the crate's iterator is what a comment-only rule produces.
    fn is_comment_only_range(&self, range: &opening_hours::DateTimeRange) -> bool {
        range.range.end - range.range.start >= Duration::hours(24)
            && self.is_comment_rule_comment(&range.comment)
    }
}

/// Whether one of the expression's rules (split at `;`, `,` and `||` outside quotes) is a
/// comment rule: a comment with no time, no `24/7` and no state (`"nach Vereinbarung"`,
/// `Tu "nach Vereinbarung"`). The crate reads such a rule as open all day; `24/7 "Notruf"`
/// and `Mo-Fr 08:00-20:00 "Hotline"` say when they are open and are not comment rules.
pub fn has_comment_only_rule(expression: &str) -> bool {
    !comment_only_comments(expression).is_empty()
}

/// The comments of the expression's comment rules (see [`has_comment_only_rule`]).
fn comment_only_comments(expression: &str) -> Vec<String> {
    // Per rule: what it says outside quotes, and its comment.
    let mut rules: Vec<(String, String)> = vec![(String::new(), String::new())];
    let mut quoted = false;
    let mut chars = expression.chars().peekable();
    while let Some(c) = chars.next() {
        let Some((outside, comment)) = rules.last_mut() else {
            break;
        };
        match c {
            '"' => quoted = !quoted,
            _ if quoted => comment.push(c),
            ';' | ',' => rules.push((String::new(), String::new())),
            '|' if chars.peek() == Some(&'|') => {
                chars.next();
                rules.push((String::new(), String::new()));
            }
            c => outside.push(c),
        }
    }
    rules
        .into_iter()
        .filter(|(outside, comment)| {
            let says_when = outside.contains("24/7")
                || outside.contains(':')
                || outside
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .any(|word| matches!(word, "open" | "closed" | "off" | "unknown"));
            !comment.trim().is_empty() && !says_when
        })
        .map(|(_, comment)| comment)
        .collect()
}

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

/// The longest expression read, in characters. OpenStreetMap allows 255; comments make some
/// longer, and the datasets' longest is 123. A text of the dataset's 20,000 characters
/// could use more stack and time than a tab has.
pub const MAX_EXPRESSION_CHARS: usize = 1_000;

/// The longest chain of dates like `Jan Mo[1],Feb Mo[1],…` read. Upstream's pest grammar
/// (opening-hours-syntax 2.1.4, `date_from`) looks ahead past each such date by reading the
/// next one, recursively, and every date is tried three times over: its time triples with
/// each date (natively 0.1 ms for 4, 16 ms for 8, 1.3 s for 12), and its stack grows with
/// the chain. Each date in a rule of its own (`Jan Mo[1] 14:00-16:00; Feb Mo[1]
/// 14:00-16:00`) means the same and reads in linear time.
pub const MAX_NTH_DATE_CHAIN: usize = 4;

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
    if expression.chars().count() > MAX_EXPRESSION_CHARS {
        return Err(error(format!(
            "longer than {MAX_EXPRESSION_CHARS} characters: opening hours are short (OpenStreetMap allows 255)"
        )));
    }
    if let Some(bad) = expression
        .chars()
        .find(|c| matches!(c, '–' | '—' | '‒' | '−'))
    {
        return Err(error(format!(
            "'{bad}' is not a hyphen: write ranges with '-' (Mo-Fr, 10:00-12:00)"
        )));
    }
    if nth_date_chain(expression) > MAX_NTH_DATE_CHAIN {
        return Err(error(format!(
            "more than {MAX_NTH_DATE_CHAIN} dates like 'Jan Mo[1]' joined by ',' take too long to read: give each date a rule of its own (Jan Mo[1] 14:00-16:00; Feb Mo[1] 14:00-16:00)"
        )));
    }
    let parsed: OpeningHours = expression
        .parse()
        .map_err(|e| error(parse_error_detail(expression, &e)))?;
    // The crate knows no school holidays: it would pass over `SH off` and say "open" in
    // the holidays. The app refuses the rule rather than guess; the source's words show.
    if has_word(expression, "SH") {
        return Err(error(
            "school holidays (SH) are not known to the app: write their dates (2026 Dec 23-2027 Jan 08 off)"
                .to_string(),
        ));
    }
    let rules = parsed.get_expression();
    if let Some(date) = impossible_date(&rules) {
        return Err(error(format!(
            "{date} is in no calendar: the rule would be read as every day's"
        )));
    }
    if let Some(reason) = unsaid_times(&rules) {
        return Err(error(reason.to_string()));
    }
    Ok(Hours {
        parsed: parsed.with_context(calendar.context()),
        comment_only: comment_only_comments(expression),
        speaks_of_holidays: speaks_of_holidays(expression),
    })
}

/// What the parser's error says, in one line: for a syntax error, where the expression
/// stops following the grammar and the text from there (pest's own message spans several
/// lines and names grammar rules, which a keeper cannot act on).
fn parse_error_detail(expression: &str, e: &opening_hours_syntax::error::Error) -> String {
    use pest::error::InputLocation;
    let opening_hours_syntax::error::Error::Syntax(syntax) = e else {
        return e.to_string().trim().to_string();
    };
    let at = match syntax.location {
        InputLocation::Pos(at) | InputLocation::Span((at, _)) => at,
    };
    let before = expression.get(..at).unwrap_or(expression);
    let column = before.chars().count() + 1;
    let rest: String = expression[before.len()..].chars().take(24).collect();
    if rest.is_empty() {
        format!("the expression ends too early (at character {column})")
    } else {
        format!("unexpected \"{rest}\" at character {column}")
    }
}

/// Whether the hours grammar may be given `expression` to read: not over
/// [`MAX_EXPRESSION_CHARS`], and no chain of dates like `Jan Mo[1]` longer than
/// [`MAX_NTH_DATE_CHAIN`] (the grammar's time grows exponentially with it). What reads an
/// expression with the grammar directly (the keepers' hours builder) asks this first.
pub fn quick_to_read(expression: &str) -> bool {
    expression.chars().count() <= MAX_EXPRESSION_CHARS
        && nth_date_chain(expression) <= MAX_NTH_DATE_CHAIN
}

/// The longest run of dates like `Jan Mo[1]` (a month, a space, a weekday and `[`…`]`)
/// joined by `,` alone, outside quoted comments: what [`MAX_NTH_DATE_CHAIN`] bounds.
fn nth_date_chain(expression: &str) -> usize {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    const WEEKDAYS: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];
    let is_one_of = |bytes: &[u8], names: &[&str]| {
        names
            .iter()
            .any(|name| bytes.eq_ignore_ascii_case(name.as_bytes()))
    };
    // The end (just past `]`) of such a date starting at `i`, if one does.
    let date_at = |b: &[u8], i: usize| -> Option<usize> {
        let starts_word = i == 0 || !b[i - 1].is_ascii_alphabetic();
        let head = b.get(i..i + 7)?;
        let shape = starts_word
            && is_one_of(&head[..3], &MONTHS)
            && head[3] == b' '
            && is_one_of(&head[4..6], &WEEKDAYS)
            && head[6] == b'[';
        shape.then(|| {
            b[i + 7..]
                .iter()
                .position(|&c| c == b']')
                .map(|p| i + 8 + p)
        })?
    };
    let mut longest = 0;
    for outside in expression.split('"').step_by(2) {
        let b = outside.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let Some(mut end) = date_at(b, i) else {
                i += 1;
                continue;
            };
            let mut run = 1;
            while b.get(end) == Some(&b',') {
                match date_at(b, end + 1) {
                    Some(next) => (run, end) = (run + 1, next),
                    None => break,
                }
            }
            longest = longest.max(run);
            i = end;
        }
    }
    longest
}

/// Why a valid expression would make the app say times it does not know, as opening_hours.js
/// (the reference) reads them; `None` when it says only what it means.
/// - A fallback rule (`|| "nach Vereinbarung"`) applies whenever the rules before it say
///   closed, also on the evening of a day they open; the crate applies it only to days no
///   rule names, and then finds no next opening ("Geschlossen" on a weekday evening).
/// - An open end (`18:00+`) has no closing time; the crate would say "bis 24 Uhr".
/// - Sunrise, sunset, dawn and dusk depend on where the city lies; the crate, given no
///   place, would say 7 and 19 Uhr all year.
fn unsaid_times(expression: &OpeningHoursExpression) -> Option<&'static str> {
    use opening_hours_syntax::rules::time::Time;
    use opening_hours_syntax::rules::RuleOperator;
    let spans = || {
        expression
            .rules
            .iter()
            .flat_map(|rule| &rule.time_selector.spans)
    };
    if expression
        .rules
        .iter()
        .any(|rule| rule.operator == RuleOperator::Fallback)
    {
        Some("fallback rules (||) are not read by the app, it would say \"closed\" where they apply: give each rule its days with ';' (Mo-Fr 08:00-18:00; Sa,Su unknown \"nach Vereinbarung\")")
    } else if spans().any(|span| span.open_end) {
        Some("an open end (18:00+) has no closing time the app could say: write one, and unknown if it is not sure (Mo-Fr 18:00-22:00 unknown \"Ende offen\")")
    } else if spans().any(|span| {
        matches!(span.range.start, Time::Variable(_)) || matches!(span.range.end, Time::Variable(_))
    }) {
        Some("sunrise, sunset, dawn and dusk are not computed by the app: write the times (Mo-Su 08:00-17:00)")
    } else {
        None
    }
}

/// A fixed date that no year has (`Feb 30`, `Apr 31`, `2027 Feb 29`), as the expression
/// writes it. The crate passes over such a date and reads its rule as every day's (`Feb 30
/// 10:00-12:00` would be open daily); opening_hours.js refuses it, and so does the app.
fn impossible_date(expression: &OpeningHoursExpression) -> Option<String> {
    use opening_hours_syntax::rules::day::{Date, Month, MonthdayRange};
    let days_in = |month: Month, year: Option<i32>| match month {
        Month::April | Month::June | Month::September | Month::November => 30,
        Month::February => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
        _ => 31,
    };
    expression
        .rules
        .iter()
        .flat_map(|rule| &rule.day_selector.monthday)
        .flat_map(|range| match range {
            MonthdayRange::Date { start, end } => [Some(start.0), Some(end.0)],
            MonthdayRange::Month { .. } => [None, None],
        })
        .flatten()
        .find_map(|date| match date {
            Date::Fixed { year, month, day }
                if day == 0 || day > days_in(month, year.map(|y| *y)) =>
            {
                Some(match year {
                    Some(year) => format!("{} {month} {day:02}", *year),
                    None => format!("{month} {day:02}"),
                })
            }
            _ => None,
        })
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
            let from_comment_rule = note
                .as_deref()
                .is_some_and(|note| hours.is_comment_rule_comment(note));
            if from_comment_rule && comment_only_day(hours, now) {
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
                .find(|r| r.kind == RuleKind::Open && !hours.is_comment_only_range(r))
                .map(|r| r.range.start);
            HoursState::Closed { opens, note }
        }
    }
}

/// Whether an expression says what happens on public holidays (a `PH` rule), outside its
/// quoted comments. Without one, the app does not guess: holidays are uncertain.
pub fn speaks_of_holidays(expression: &str) -> bool {
    has_word(expression, "PH")
}

/// Whether `word` is one of the expression's words outside its quoted comments.
fn has_word(expression: &str, word: &str) -> bool {
    expression
        .split('"')
        .step_by(2)
        .flat_map(|outside| outside.split(|c: char| !c.is_ascii_alphanumeric()))
        .any(|w| w == word)
}

/// Whether `now` falls in a day-long "open" slot that only carries a comment: a comment-only
/// rule, which is never an opening time.
fn comment_only_day(hours: &Hours, now: NaiveDateTime) -> bool {
    let minute = minute_of_day(now);
    slots_on(hours, now.date())
        .iter()
        .any(|slot| slot.kind == SlotKind::Note && slot.start <= minute && minute < slot.end)
}

#[cfg(test)]
mod tests;

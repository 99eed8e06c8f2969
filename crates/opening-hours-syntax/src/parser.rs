//! The `opening_hours` grammar, read by hand.
//!
//! Upstream generates this parser from `grammar.pest` with pest; the generated code was 8 %
//! of Wegweiser's wasm. This is the same grammar, rule for rule (each function quotes the
//! rule it reads), with PEG's meaning: alternatives are tried in order and the first that
//! matches is kept, `x?` and `x*` take as much as matches, and a failed alternative gives
//! back what it read. The rules are built as they are read, the way upstream's builder
//! builds them from pest's tree; `tests/reference.rs` compares both, expression by
//! expression.
//!
//! Errors: an expression that does not follow the grammar is a `Syntax` error at the
//! furthest character any alternative reached. Errors of meaning (an inverted week range,
//! `25:00` where 24 hours are the most) are noted where they are read, given back with the
//! alternative they belong to, and the first one left decides, as in upstream's builder.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::ops::RangeInclusive;

use chrono::Duration;

use crate::error::{Error, Result, SyntaxError};
use crate::extended_time::ExtendedTime;
use crate::rules::day::{self as ds, WeekNum, Year};
use crate::rules::time as ts;
use crate::util::text::{is_capitalized, is_lowercase};
use crate::{Warning, rules as rl};

/// Parse the expression with a default parser configuration (no warning handling).
pub fn parse(data: &str) -> Result<rl::OpeningHoursExpression> {
    Parser::default().parse(data)
}

impl alloc::str::FromStr for rl::OpeningHoursExpression {
    type Err = Error;

    fn from_str(s: &str) -> core::result::Result<Self, Self::Err> {
        parse(s)
    }
}

/// A configured parser.
pub struct Parser<F: FnMut(Warning) = fn(Warning)> {
    warning_handler: F,
}

impl Default for Parser<fn(Warning)> {
    fn default() -> Self {
        Self {
            warning_handler: |_| {},
        }
    }
}

impl<F: FnMut(Warning)> Parser<F> {
    /// Parse an opening hours expression by using this parser.
    pub fn parse(&mut self, data: &str) -> Result<rl::OpeningHoursExpression> {
        let mut reader = Reader::new(data);
        let Some(rules) = reader.input() else {
            return Err(reader.syntax_error());
        };
        // As upstream's builder: the warnings up to the first error, then the error.
        let first_error = reader.errors.into_iter().next();
        let warned = first_error
            .as_ref()
            .map_or(reader.warnings.len(), |(_, warned)| *warned);
        for warning in reader.warnings.into_iter().take(warned) {
            (self.warning_handler)(warning);
        }
        match first_error {
            Some((error, _)) => Err(error),
            None => Ok(rl::OpeningHoursExpression { rules }),
        }
    }

    /// Attach a warning handler callback to this parser.
    pub fn with_warning_handler<G: FnMut(Warning)>(self, warning_handler: G) -> Parser<G> {
        Parser { warning_handler }
    }
}

/// A sign read before a number or a weekday.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sign {
    Pos,
    Neg,
}

/// `hour_minutes`: a clock time, or the literal `24:00`.
#[derive(Clone, Copy)]
enum HourMinutes {
    Clock { hour: u8, minutes: u8 },
    Midnight24,
}

/// Where the reading stands, to go back to when an alternative does not match.
#[derive(Clone, Copy)]
struct Mark {
    pos: usize,
    errors: usize,
    warnings: usize,
}

/// The reading of one expression.
struct Reader<'e> {
    text: &'e str,
    bytes: &'e [u8],
    pos: usize,
    /// The furthest position where a character did not match: where a syntax error is.
    furthest: usize,
    /// Whether failures are noted in `furthest` (not inside a look-ahead).
    noting: bool,
    /// Errors of meaning of the alternatives kept so far, each with the number of warnings
    /// before it.
    errors: Vec<(Error, usize)>,
    warnings: Vec<Warning<'e>>,
}

impl<'e> Reader<'e> {
    fn new(text: &'e str) -> Self {
        Self {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            furthest: 0,
            noting: true,
            errors: Vec::new(),
            warnings: Vec::new(),
        }
    }

    fn syntax_error(&self) -> Error {
        let at = self.furthest.min(self.text.len());
        // `furthest` is always at a character's start: only ASCII is matched byte by byte.
        let column = self
            .text
            .get(..at)
            .map_or(at, |before| before.chars().count())
            + 1;
        let rest: String = self
            .text
            .get(at..)
            .unwrap_or_default()
            .chars()
            .take(24)
            .collect();
        Error::Syntax(SyntaxError { column, rest }.into())
    }

    // --
    // -- Going back
    // --

    fn mark(&self) -> Mark {
        Mark {
            pos: self.pos,
            errors: self.errors.len(),
            warnings: self.warnings.len(),
        }
    }

    fn reset(&mut self, mark: Mark) {
        self.pos = mark.pos;
        self.errors.truncate(mark.errors);
        self.warnings.truncate(mark.warnings);
    }

    /// Reads `rule`, or gives back what it read when it does not match.
    fn attempt<T>(&mut self, rule: impl FnOnce(&mut Self) -> Option<T>) -> Option<T> {
        let mark = self.mark();
        let read = rule(self);
        if read.is_none() {
            self.reset(mark);
        }
        read
    }

    /// Whether `rule` matches here, reading nothing (`&rule`; `!rule` is its negation).
    fn ahead<T>(&mut self, rule: impl FnOnce(&mut Self) -> Option<T>) -> bool {
        let (mark, noting) = (self.mark(), self.noting);
        self.noting = false;
        let matches = rule(self).is_some();
        self.noting = noting;
        self.reset(mark);
        matches
    }

    fn error(&mut self, error: Error) {
        self.errors.push((error, self.warnings.len()));
    }

    /// `read`, or else `error` noted and `placeholder` in its place (an error of meaning
    /// fails the parse, so the placeholder is never used).
    fn or_error<T>(
        &mut self,
        read: Option<T>,
        error: Error,
        placeholder: impl FnOnce() -> Option<T>,
    ) -> Option<T> {
        if read.is_some() {
            return read;
        }
        self.error(error);
        placeholder()
    }

    fn warn(&mut self, warning: Warning<'e>) {
        self.warnings.push(warning);
    }

    // --
    // -- Characters
    // --

    fn fail<T>(&mut self) -> Option<T> {
        if self.noting {
            self.furthest = self.furthest.max(self.pos);
        }
        None
    }

    /// Reads `literal` exactly.
    fn lit(&mut self, literal: &str) -> bool {
        if self.bytes[self.pos..].starts_with(literal.as_bytes()) {
            self.pos += literal.len();
            true
        } else {
            self.fail::<()>();
            false
        }
    }

    /// Reads `literal` in any case of its ASCII letters (pest's `^"literal"`).
    fn lit_nocase(&mut self, literal: &str) -> bool {
        let end = self.pos + literal.len();
        if self
            .bytes
            .get(self.pos..end)
            .is_some_and(|b| b.eq_ignore_ascii_case(literal.as_bytes()))
        {
            self.pos = end;
            true
        } else {
            self.fail::<()>();
            false
        }
    }

    /// Reads one of the ASCII characters `low..=high`.
    fn range(&mut self, low: u8, high: u8) -> Option<u8> {
        match self.bytes.get(self.pos) {
            Some(&byte) if (low..=high).contains(&byte) => {
                self.pos += 1;
                Some(byte)
            }
            _ => self.fail(),
        }
    }

    fn digit(&mut self) -> Option<u8> {
        self.range(b'0', b'9')
    }

    /// `space = _{ " " }`
    fn space(&mut self) -> bool {
        self.lit(" ")
    }

    /// `EOI`
    fn at_end(&mut self) -> bool {
        self.pos == self.bytes.len() || self.fail::<()>().is_some()
    }

    /// The text read since `start`.
    fn since(&self, start: usize) -> &'e str {
        self.text.get(start..self.pos).unwrap_or_default()
    }

    /// The number written since `start` (only ever ASCII digits, at most four).
    fn number_since<T: From<u8> + core::ops::Mul<Output = T> + core::ops::Add<Output = T>>(
        &self,
        start: usize,
    ) -> T {
        self.bytes[start..self.pos]
            .iter()
            .fold(T::from(0), |n, &d| n * T::from(10) + T::from(d - b'0'))
    }

    // --
    // -- Time domain
    // --

    /// `input_opening_hours = _{ SOI ~ &ANY ~ opening_hours ~ EOI }`
    fn input(&mut self) -> Option<Vec<rl::RuleSequence>> {
        if self.bytes.is_empty() {
            return self.fail();
        }
        let rules = self.opening_hours()?;
        self.at_end().then_some(rules)
    }

    /// `opening_hours = { rule_sequence ~ ( any_rule_separator ~ rule_sequence )* }`
    fn opening_hours(&mut self) -> Option<Vec<rl::RuleSequence>> {
        let mut rules = vec![self.rule_sequence(rl::RuleOperator::Normal)?];
        while let Some(rule) = self.attempt(|r| {
            let operator = r.any_rule_separator()?;
            r.rule_sequence(operator)
        }) {
            rules.push(rule);
        }
        Some(rules)
    }

    /// `rule_sequence = { !( space? ~ ( any_rule_separator | EOI ) ) ~ selector_sequence ~
    /// space? ~ rules_modifier? }`
    fn rule_sequence(&mut self, operator: rl::RuleOperator) -> Option<rl::RuleSequence> {
        let empty = self.ahead(|r| {
            r.space();
            (r.attempt(Self::any_rule_separator).is_some() || r.at_end()).then_some(())
        });
        if empty {
            return self.fail();
        }
        let (day_selector, time_selector, extra_comment) = self.selector_sequence()?;
        self.space();
        let (kind, comment) = self
            .attempt(Self::rules_modifier)
            .unwrap_or((rl::RuleKind::Open, None));
        let comment = comment.or(extra_comment).unwrap_or_default().into();
        Some(rl::RuleSequence {
            day_selector,
            time_selector,
            kind,
            operator,
            comment,
        })
    }

    /// `any_rule_separator = { normal_rule_separator | additional_rule_separator |
    /// fallback_rule_separator }`, with `normal_rule_separator = @{ space? ~ ";" ~ space? }`,
    /// `additional_rule_separator = @{ space? ~ "," ~ space }` and
    /// `fallback_rule_separator = @{ space? ~ "||" ~ space }`
    fn any_rule_separator(&mut self) -> Option<rl::RuleOperator> {
        if self
            .attempt(|r| {
                r.space();
                r.lit(";").then(|| r.space())
            })
            .is_some()
        {
            return Some(rl::RuleOperator::Normal);
        }
        if self
            .attempt(|r| {
                r.space();
                (r.lit(",") && r.space()).then_some(())
            })
            .is_some()
        {
            return Some(rl::RuleOperator::Additional);
        }
        self.attempt(|r| {
            r.space();
            (r.lit("||") && r.space()).then_some(())
        })
        .map(|()| rl::RuleOperator::Fallback)
    }

    // --
    // -- Rule modifier
    // --

    /// `rules_modifier = { comment | rules_modifier_enum ~ ( space ~ comment )? }`
    fn rules_modifier(&mut self) -> Option<(rl::RuleKind, Option<String>)> {
        if let Some(comment) = self.attempt(Self::comment) {
            return Some((rl::RuleKind::Open, Some(comment)));
        }
        let kind = self.rules_modifier_enum()?;
        let comment = self.attempt(|r| if r.space() { r.comment() } else { None });
        Some((kind, comment))
    }

    /// `rules_modifier_enum = { rules_modifier_enum_closed | rules_modifier_enum_open |
    /// rules_modifier_enum_unknown }`: `^"closed" | ^"off"`, `^"open"`, `^"unknown"`
    fn rules_modifier_enum(&mut self) -> Option<rl::RuleKind> {
        let start = self.pos;
        let kind = if self.lit_nocase("closed") || self.lit_nocase("off") {
            rl::RuleKind::Closed
        } else if self.lit_nocase("open") {
            rl::RuleKind::Open
        } else if self.lit_nocase("unknown") {
            rl::RuleKind::Unknown
        } else {
            return None;
        };
        let literal = self.since(start);
        if !is_lowercase(literal) {
            self.warn(Warning::ShouldBeLowercase(literal));
        }
        Some(kind)
    }

    // --
    // -- Selectors
    // --

    /// `selector_sequence = { always_open | wide_range_selectors ~ small_range_selectors? }`
    fn selector_sequence(&mut self) -> Option<(ds::DaySelector, ts::TimeSelector, Option<String>)> {
        if self.lit("24/7") {
            return Some(Default::default());
        }
        let (year, monthday, week, comment) = self.wide_range_selectors();
        let (weekday, time) = self
            .attempt(Self::small_range_selectors)
            .unwrap_or_default();
        Some((
            ds::DaySelector {
                year,
                monthday,
                week,
                weekday,
            },
            ts::TimeSelector::new(time),
            comment,
        ))
    }

    /// ```text
    /// wide_range_selectors = {
    ///       comment ~ ":"
    ///     | monthday_selector ~ week_selector? ~ separator_for_readability?
    ///     | year_selector? ~ space? ~ monthday_selector? ~ space? ~ week_selector? ~
    ///       separator_for_readability?
    /// }
    /// ```
    /// (The last alternative matches nothing at all, so this always matches.)
    #[allow(clippy::type_complexity)]
    fn wide_range_selectors(
        &mut self,
    ) -> (
        Vec<ds::YearRange>,
        Vec<ds::MonthdayRange>,
        Vec<ds::WeekRange>,
        Option<String>,
    ) {
        if let Some(comment) = self.attempt(|r| {
            let comment = r.comment()?;
            r.lit(":").then_some(comment)
        }) {
            return (Vec::new(), Vec::new(), Vec::new(), Some(comment));
        }
        if let Some(monthday) = self.attempt(Self::monthday_selector) {
            let week = self.attempt(Self::week_selector).unwrap_or_default();
            self.separator_for_readability();
            return (Vec::new(), monthday, week, None);
        }
        let year = self.attempt(Self::year_selector).unwrap_or_default();
        self.space();
        let monthday = self.attempt(Self::monthday_selector).unwrap_or_default();
        self.space();
        let week = self.attempt(Self::week_selector).unwrap_or_default();
        self.separator_for_readability();
        (year, monthday, week, None)
    }

    /// `small_range_selectors = { weekday_selector ~ space ~ time_selector | weekday_selector
    /// | time_selector }`. (A rule reads the same wherever it is tried from the same place,
    /// so the weekdays are read once for the first two alternatives.)
    fn small_range_selectors(&mut self) -> Option<(Vec<ds::WeekDayRange>, Vec<ts::TimeSpan>)> {
        if let Some(weekdays) = self.attempt(Self::weekday_selector) {
            let time = self
                .attempt(|r| if r.space() { r.time_selector() } else { None })
                .unwrap_or_default();
            return Some((weekdays, time));
        }
        Some((Vec::new(), self.time_selector()?))
    }

    /// `separator_for_readability = _{ " " | ": " | ":" }`, optional where it is used.
    fn separator_for_readability(&mut self) {
        let _ = self.lit(" ") || self.lit(": ") || self.lit(":");
    }

    // --
    // -- Time selector
    // --

    /// `time_selector = { timespan ~ ( "," ~ space? ~ timespan )* }`
    fn time_selector(&mut self) -> Option<Vec<ts::TimeSpan>> {
        let mut spans = vec![self.timespan()?];
        while let Some(span) = self.attempt(|r| {
            if !r.lit(",") {
                return None;
            }
            r.space();
            r.timespan()
        }) {
            spans.push(span);
        }
        Some(spans)
    }

    /// ```text
    /// timespan = {
    ///       time ~ space? ~ "-" ~ extended_time ~ space? ~ "/" ~ space? ~ hour_minutes
    ///     | time ~ space? ~ "-" ~ extended_time ~ space? ~ "/" ~ space? ~ minute
    ///     | time ~ space? ~ "-" ~ space? ~ extended_time ~ timespan_plus
    ///     | time ~ space? ~ "-" ~ space? ~ extended_time
    ///     | time ~ timespan_plus
    /// }
    /// ```
    /// (`time` reads the same in every alternative, so it is read once.)
    fn timespan(&mut self) -> Option<ts::TimeSpan> {
        let start = self.time()?;
        let span = |end, repeats, open_end| ts::TimeSpan {
            range: start..end,
            repeats,
            open_end,
        };

        if let Some((end, repeats)) = self.attempt(|r| {
            r.space();
            if !r.lit("-") {
                return None;
            }
            let end = r.extended_time()?;
            r.space();
            if !r.lit("/") {
                return None;
            }
            r.space();
            let repeats = match r.attempt(Self::hour_minutes) {
                Some(HourMinutes::Clock { hour, minutes }) => {
                    Duration::hours(hour.into()) + Duration::minutes(minutes.into())
                }
                Some(HourMinutes::Midnight24) => {
                    // Upstream's builder fails here too ("cannot be empty"): `24:00` has
                    // no hour and minutes of its own to repeat by.
                    r.error(Error::Unsupported("24:00 as a period of repetition"));
                    Duration::zero()
                }
                None => Duration::minutes(r.minute()?.into()),
            };
            Some((end, repeats))
        }) {
            return Some(span(end, Some(repeats), false));
        }
        if let Some(end) = self.attempt(|r| {
            r.space();
            if !r.lit("-") {
                return None;
            }
            r.space();
            r.extended_time()
        }) {
            let open_end = self.lit("+");
            return Some(span(end, None, open_end));
        }
        self.lit("+")
            .then(|| span(ts::Time::Fixed(ExtendedTime::MIDNIGHT_24), None, true))
            .or_else(|| self.fail())
    }

    /// `time = { !"24:00" ~ hour_minutes | variable_time }`
    fn time(&mut self) -> Option<ts::Time> {
        if !self.ahead(|r| r.lit("24:00").then_some(()))
            && let Some(time) = self.attempt(Self::hour_minutes)
        {
            return Some(ts::Time::Fixed(self.extended(time)));
        }
        self.variable_time().map(ts::Time::Variable)
    }

    /// `extended_time = { extended_hour_minutes | variable_time }`
    fn extended_time(&mut self) -> Option<ts::Time> {
        if let Some(time) = self.attempt(Self::extended_hour_minutes) {
            return Some(ts::Time::Fixed(time));
        }
        self.variable_time().map(ts::Time::Variable)
    }

    /// `variable_time = { "(" ~ event ~ plus_or_minus ~ hour_minutes ~ ")" | event }`
    fn variable_time(&mut self) -> Option<ts::VariableTime> {
        if let Some(time) = self.attempt(|r| {
            if !r.lit("(") {
                return None;
            }
            let event = r.event()?;
            let sign = r.plus_or_minus()?;
            let time = r.hour_minutes()?;
            if !r.lit(")") {
                return None;
            }
            let minutes = match time {
                HourMinutes::Clock { hour, minutes } => i16::from(hour) * 60 + i16::from(minutes),
                HourMinutes::Midnight24 => 24 * 60,
            };
            let offset = if sign == Sign::Neg { -minutes } else { minutes };
            Some(ts::VariableTime { event, offset })
        }) {
            return Some(time);
        }
        let event = self.event()?;
        Some(ts::VariableTime { event, offset: 0 })
    }

    /// `event = { dawn | sunrise | sunset | dusk }`, each in any case.
    fn event(&mut self) -> Option<ts::TimeEvent> {
        let start = self.pos;
        let event = if self.lit_nocase("dawn") {
            ts::TimeEvent::Dawn
        } else if self.lit_nocase("sunrise") {
            ts::TimeEvent::Sunrise
        } else if self.lit_nocase("sunset") {
            ts::TimeEvent::Sunset
        } else if self.lit_nocase("dusk") {
            ts::TimeEvent::Dusk
        } else {
            return None;
        };
        let literal = self.since(start);
        if !is_lowercase(literal) {
            self.warn(Warning::ShouldBeLowercase(literal));
        }
        Some(event)
    }

    // --
    // -- Weekday selector
    // --

    /// ```text
    /// weekday_selector = {
    ///       holiday_sequence ~ ( ( "," | space ) ~ weekday_sequence )?
    ///     | weekday_sequence ~ ( ( "," | space ) ~ holiday_sequence )?
    /// }
    /// ```
    fn weekday_selector(&mut self) -> Option<Vec<ds::WeekDayRange>> {
        let comma_or_space = |r: &mut Self| r.lit(",") || r.space();
        if let Some(mut ranges) = self.attempt(Self::holiday_sequence) {
            if let Some(more) = self.attempt(|r| {
                if comma_or_space(r) {
                    r.weekday_sequence()
                } else {
                    None
                }
            }) {
                ranges.extend(more);
            }
            return Some(ranges);
        }
        let mut ranges = self.weekday_sequence()?;
        if let Some(more) = self.attempt(|r| {
            if comma_or_space(r) {
                r.holiday_sequence()
            } else {
                None
            }
        }) {
            ranges.extend(more);
        }
        Some(ranges)
    }

    /// `weekday_sequence = { weekday_range ~ ( "," ~ weekday_range )* }`
    fn weekday_sequence(&mut self) -> Option<Vec<ds::WeekDayRange>> {
        self.sequence(Self::weekday_range)
    }

    /// `rule ~ ( "," ~ rule )*`
    fn sequence<T>(&mut self, rule: fn(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let mut items = vec![rule(self)?];
        while let Some(item) = self.attempt(|r| if r.lit(",") { rule(r) } else { None }) {
            items.push(item);
        }
        Some(items)
    }

    /// ```text
    /// weekday_range = {
    ///       wday ~ "[" ~ nth_entry ~ ( "," ~ nth_entry )* ~ "]" ~ day_offset?
    ///     | wday ~ "-" ~ wday
    ///     | wday
    /// }
    /// ```
    fn weekday_range(&mut self) -> Option<ds::WeekDayRange> {
        let start = self.wday()?;
        let range = |end, offset, nth_from_start, nth_from_end| ds::WeekDayRange::Fixed {
            range: start..=end,
            offset,
            nth_from_start,
            nth_from_end,
        };

        if let Some((nth_from_start, nth_from_end, offset)) = self.attempt(|r| {
            if !r.lit("[") {
                return None;
            }
            let entries = r.sequence(Self::nth_entry)?;
            if !r.lit("]") {
                return None;
            }
            let offset = r.attempt(Self::day_offset).unwrap_or(0);
            let mut nth_from_start = [false; 5];
            let mut nth_from_end = [false; 5];
            for (sign, indices) in entries {
                let nth_array = match sign {
                    Sign::Neg => &mut nth_from_end,
                    Sign::Pos => &mut nth_from_start,
                };
                for i in indices {
                    nth_array[usize::from(i - 1)] = true;
                }
            }
            if !nth_from_start.contains(&true) && !nth_from_end.contains(&true) {
                nth_from_start = [true; 5];
                nth_from_end = [true; 5];
            }
            Some((nth_from_start, nth_from_end, offset))
        }) {
            return Some(range(start, offset, nth_from_start, nth_from_end));
        }
        let end = self
            .attempt(|r| if r.lit("-") { r.wday() } else { None })
            .unwrap_or(start);
        Some(range(end, 0, [true; 5], [true; 5]))
    }

    /// `holiday_sequence = { holiday ~ ( "," ~ holiday )* }`, with
    /// `holiday = { public_holiday ~ day_offset? | school_holiday }`
    fn holiday_sequence(&mut self) -> Option<Vec<ds::WeekDayRange>> {
        self.sequence(|r| {
            if r.lit("PH") {
                let offset = r.attempt(Self::day_offset).unwrap_or(0);
                Some(ds::WeekDayRange::Holiday {
                    kind: ds::HolidayKind::Public,
                    offset,
                })
            } else if r.lit("SH") {
                Some(ds::WeekDayRange::Holiday {
                    kind: ds::HolidayKind::School,
                    offset: 0,
                })
            } else {
                None
            }
        })
    }

    /// `nth_entry = { nth ~ "-" ~ nth | nth_minus ~ nth | nth }`
    fn nth_entry(&mut self) -> Option<(Sign, RangeInclusive<u8>)> {
        if let Some(range) = self.attempt(|r| {
            let start = r.nth()?;
            if !r.lit("-") {
                return None;
            }
            Some(start..=r.nth()?)
        }) {
            return Some((Sign::Pos, range));
        }
        if let Some(nth) = self.attempt(|r| if r.lit("-") { r.nth() } else { None }) {
            return Some((Sign::Neg, nth..=nth));
        }
        let nth = self.nth()?;
        Some((Sign::Pos, nth..=nth))
    }

    /// `nth = { '1'..'5' }`
    fn nth(&mut self) -> Option<u8> {
        self.range(b'1', b'5').map(|digit| digit - b'0')
    }

    /// `day_offset = { space ~ plus_or_minus ~ positive_number ~ space ~ "day" ~ "s"? }`
    fn day_offset(&mut self) -> Option<i16> {
        if !self.space() {
            return None;
        }
        let sign = self.plus_or_minus()?;
        let value = self.positive_number()?;
        if !(self.space() && self.lit("day")) {
            return None;
        }
        let _ = self.lit("s");
        Some(if sign == Sign::Neg { -value } else { value })
    }

    // --
    // -- Week selector
    // --

    /// `week_selector = { separator_for_readability? ~ "week" ~ space? ~ week ~ ( "," ~ week
    /// )* }`
    fn week_selector(&mut self) -> Option<Vec<ds::WeekRange>> {
        self.separator_for_readability();
        if !self.lit("week") {
            return None;
        }
        self.space();
        self.sequence(Self::week)
    }

    /// `week = { weeknum ~ ( "-" ~ weeknum ~ ( "/" ~ positive_number )? )? }`
    fn week(&mut self) -> Option<ds::WeekRange> {
        let start = self.weeknum()?;
        let (end, step) = self
            .attempt(|r| {
                if !r.lit("-") {
                    return None;
                }
                let end = r.weeknum()?;
                let step = r.attempt(|r| {
                    if r.lit("/") {
                        r.positive_number()
                    } else {
                        None
                    }
                });
                Some((end, step.unwrap_or(1)))
            })
            .unwrap_or((start, 1));
        let Ok(step) = u8::try_from(step) else {
            self.error(Error::Overflow {
                value: step,
                expected_bounds: 0..=255,
            });
            return ds::WeekRange::new(start..=start, 1);
        };
        let range = ds::WeekRange::new(start..=end, step);
        self.or_error(range, Error::InvertedWeekRange { start, end, step }, || {
            ds::WeekRange::new(start..=start, 1)
        })
    }

    /// ```text
    /// weeknum = @{
    ///       '1'..'4' ~ '0'..'9'  // 10 -> 49
    ///     |      "5" ~ '0'..'3'  // 50 -> 53
    ///     |     "0"? ~ '1'..'9'  // 01 -> 09
    /// }
    /// ```
    fn weeknum(&mut self) -> Option<WeekNum> {
        let start = self.pos;
        if !self.two_digits([[(b'1', b'4'), (b'0', b'9')], [(b'5', b'5'), (b'0', b'3')]]) {
            self.padded_digit()?;
        }
        Some(WeekNum(self.number_since(start)))
    }

    // --
    // -- Month selector
    // --

    /// `monthday_selector = { monthday_range ~ ( "," ~ monthday_range )* }`
    fn monthday_selector(&mut self) -> Option<Vec<ds::MonthdayRange>> {
        self.sequence(Self::monthday_range)
    }

    /// ```text
    /// monthday_range = {
    ///       date_from ~ date_offset? ~ space? ~ "-" ~ space? ~ date_to ~ date_offset?
    ///     | date_from ~ date_offset ~ monthday_range_plus?
    ///     | date_from               ~ monthday_range_plus?
    ///     | year? ~ month ~ ( "-" ~ month )?
    /// }
    /// ```
    /// (`date_from` reads the same in the first three, so it is read once; the third
    /// always matches once it has.)
    fn monthday_range(&mut self) -> Option<ds::MonthdayRange> {
        if let Some(start) = self.attempt(Self::date_from) {
            if let Some(range) = self.attempt(|r| {
                let start_offset = r.attempt(Self::date_offset).unwrap_or_default();
                r.space();
                if !r.lit("-") {
                    return None;
                }
                r.space();
                let end = r.date_to(start)?;
                let end_offset = r.attempt(Self::date_offset).unwrap_or_default();
                Some(ds::MonthdayRange::Date {
                    start: (start, start_offset),
                    end: (end, end_offset),
                })
            }) {
                return Some(range);
            }
            let start_offset = self.attempt(Self::date_offset).unwrap_or_default();
            let range = if self.lit("+") {
                let end = if start.year().is_some() {
                    ds::Date::ymd(31, ds::Month::December, Year(9999))
                } else {
                    ds::Date::md(31, ds::Month::December)
                };
                ds::MonthdayRange::Date {
                    start: (start, start_offset),
                    end: (end, Default::default()),
                }
            } else {
                ds::MonthdayRange::Date {
                    start: (start, start_offset),
                    end: (start, start_offset),
                }
            };
            return Some(range);
        }
        let year = self.attempt(Self::year);
        let start = self.month()?;
        let end = self
            .attempt(|r| if r.lit("-") { r.month() } else { None })
            .unwrap_or(start);
        Some(ds::MonthdayRange::Month {
            year,
            range: start..=end,
        })
    }

    /// ```text
    /// date_offset = {
    ///       (plus_or_minus ~ wday) ~ day_offset
    ///     | (plus_or_minus ~ wday)
    ///     | day_offset
    /// }
    /// ```
    fn date_offset(&mut self) -> Option<ds::DateOffset> {
        if let Some(wday_offset) = self.attempt(|r| {
            let sign = r.plus_or_minus()?;
            let wday = r.wday()?;
            Some(match sign {
                Sign::Pos => ds::WeekDayOffset::Next(wday),
                Sign::Neg => ds::WeekDayOffset::Prev(wday),
            })
        }) {
            let day_offset = self.attempt(Self::day_offset).unwrap_or(0);
            return Some(ds::DateOffset {
                wday_offset,
                day_offset,
            });
        }
        let day_offset = self.day_offset()?;
        Some(ds::DateOffset {
            wday_offset: ds::WeekDayOffset::None,
            day_offset,
        })
    }

    /// ```text
    /// date_from = {
    ///       year? ~ " "? ~ variable_date
    ///     | (year ~ " "?)? ~ month ~ " "? ~ daynum
    ///     | (year ~ " "?)? ~ month ~ " " ~ wday ~ "[" ~ nth_minus? ~ nth ~ "]"
    ///         ~ !( "," ~ !monthday_range )
    /// }
    /// ```
    fn date_from(&mut self) -> Option<ds::Date> {
        if let Some(date) = self.attempt(|r| {
            let year = r.attempt(Self::year);
            let _ = r.lit(" ");
            let start = r.pos;
            if !r.lit_nocase("easter") {
                return None;
            }
            let literal = r.since(start);
            if !is_lowercase(literal) {
                r.warn(Warning::ShouldBeLowercase(literal));
            }
            Some(ds::Date::Easter { year })
        }) {
            return Some(date);
        }
        let year_and_month = |r: &mut Self| {
            let year = r.attempt(|r| {
                let year = r.year()?;
                let _ = r.lit(" ");
                Some(year)
            });
            Some((year, r.month()?))
        };
        if let Some(date) = self.attempt(|r| {
            let (year, month) = year_and_month(r)?;
            let _ = r.lit(" ");
            let day = r.daynum()?;
            Some(ds::Date::Fixed { year, month, day })
        }) {
            return Some(date);
        }
        self.attempt(|r| {
            let (year, month) = year_and_month(r)?;
            if !r.lit(" ") {
                return None;
            }
            let wday = r.wday()?;
            if !r.lit("[") {
                return None;
            }
            let sign = if r.lit("-") { -1 } else { 1 };
            let nth = r.nth()?;
            if !r.lit("]") {
                return None;
            }
            let comma_without_range = r.ahead(|r| {
                let comma = r.lit(",");
                (comma && !r.ahead(Self::monthday_range)).then_some(())
            });
            if comma_without_range {
                return r.fail();
            }
            Some(ds::Date::Weekday {
                year,
                month,
                wday,
                nth: sign * nth as i8,
            })
        })
    }

    /// `date_to = { date_from | daynum }`: a day number alone is in the month of `from` (or
    /// the next one when it is smaller).
    fn date_to(&mut self, from: ds::Date) -> Option<ds::Date> {
        if let Some(date) = self.attempt(Self::date_from) {
            return Some(date);
        }
        let daynum = self.daynum()?;
        Some(match from {
            ds::Date::Easter { .. } => {
                // NOTE: this is actually not a specified constraint, but allowing this could
                // be super ambiguous anyway as the resulting end month could vary depending on
                // current year's easter date.
                self.error(Error::Unsupported("Easter followed by a day number"));
                from
            }
            ds::Date::Weekday { year, month, .. } => ds::Date::Fixed {
                year,
                month,
                day: daynum,
            },
            ds::Date::Fixed {
                mut year,
                mut month,
                day,
            } => {
                if day > daynum {
                    month = month.next();
                    if month == ds::Month::January
                        && let Some(x) = year.as_mut()
                    {
                        **x += 1
                    }
                }
                ds::Date::Fixed {
                    year,
                    month,
                    day: daynum,
                }
            }
        })
    }

    /// ```text
    /// daynum = @{ daynum_digits ~ !(":" ~ minute ~ !(":" ~ minute)) }
    /// daynum_digits = {
    ///       '1'..'2' ~ '0'..'9'  // 10 -> 29
    ///     |      "3" ~ '0'..'1'  // 30 -> 31
    ///     |     "0"? ~ '1'..'9'  // 01 -> 09
    /// }
    /// ```
    fn daynum(&mut self) -> Option<u8> {
        let start = self.pos;
        if !self.two_digits([[(b'1', b'2'), (b'0', b'9')], [(b'3', b'3'), (b'0', b'1')]]) {
            self.padded_digit()?;
        }
        let day = self.number_since(start);
        let is_time = self.ahead(|r| {
            let minutes_again = |r: &mut Self| if r.lit(":") { r.minute() } else { None };
            (r.lit(":") && r.minute().is_some() && !r.ahead(minutes_again)).then_some(())
        });
        if is_time {
            self.pos = start;
            return self.fail();
        }
        Some(day)
    }

    /// ```text
    /// month = { january | february | march | april | may | june | july | august
    ///     | september | october | november | december }
    /// ```
    /// each its three letters in any case (`^"Jan"`).
    fn month(&mut self) -> Option<ds::Month> {
        const MONTHS: [(&str, ds::Month); 12] = [
            ("Jan", ds::Month::January),
            ("Feb", ds::Month::February),
            ("Mar", ds::Month::March),
            ("Apr", ds::Month::April),
            ("May", ds::Month::May),
            ("Jun", ds::Month::June),
            ("Jul", ds::Month::July),
            ("Aug", ds::Month::August),
            ("Sep", ds::Month::September),
            ("Oct", ds::Month::October),
            ("Nov", ds::Month::November),
            ("Dec", ds::Month::December),
        ];
        let start = self.pos;
        let month = MONTHS.iter().find(|(name, _)| self.lit_nocase(name))?.1;
        let literal = self.since(start);
        if !is_capitalized(literal) {
            self.warn(Warning::ShouldBeCapitalized(literal));
        }
        Some(month)
    }

    // --
    // -- Year selector
    // --

    /// `year_selector = { year_range ~ ( "," ~ year_range )* }`
    fn year_selector(&mut self) -> Option<Vec<ds::YearRange>> {
        self.sequence(Self::year_range)
    }

    /// `year_range = { year ~ year_range_plus | year ~ ( "-" ~ year ~ ( "/" ~ positive_number
    /// )? )? }` (`year` read once)
    fn year_range(&mut self) -> Option<ds::YearRange> {
        let start = self.year()?;
        let (end, step) = if self.lit("+") {
            (Year(9999), 1)
        } else {
            self.attempt(|r| {
                if !r.lit("-") {
                    return None;
                }
                let end = r.year()?;
                let step = r.attempt(|r| {
                    if r.lit("/") {
                        r.positive_number()
                    } else {
                        None
                    }
                });
                Some((end, step.unwrap_or(1)))
            })
            .unwrap_or((start, 1))
        };
        let step = step.unsigned_abs();
        let range = ds::YearRange::new(start..=end, step);
        self.or_error(range, Error::InvertedYearRange { start, end, step }, || {
            ds::YearRange::new(start..=start, 1)
        })
    }

    // --
    // -- Basic elements
    // --

    /// `plus_or_minus = { plus | minus }`
    fn plus_or_minus(&mut self) -> Option<Sign> {
        if self.lit("+") {
            Some(Sign::Pos)
        } else if self.lit("-") {
            Some(Sign::Neg)
        } else {
            None
        }
    }

    /// `minute = @{ '0'..'5' ~ '0'..'9' }`
    fn minute(&mut self) -> Option<u8> {
        let tens = self.range(b'0', b'5')? - b'0';
        Some(tens * 10 + self.digit()? - b'0')
    }

    /// `hour_minutes = { hour ~ ":" ~ minute | "24:00" }`, with
    /// ```text
    /// hour = @{
    ///       '0'..'1' ~ '0'..'9'     // 00 -> 19
    ///     |      "2" ~ '0'..'3'     // 20 -> 23
    ///     | '0'..'9' ~ !('0'..'9')  // 0 -> 9 (relaxed)
    /// }
    /// ```
    fn hour_minutes(&mut self) -> Option<HourMinutes> {
        if let Some((hour, minutes)) = self.attempt(|r| {
            let start = r.pos;
            if !r.two_digits([[(b'0', b'1'), (b'0', b'9')], [(b'2', b'2'), (b'0', b'3')]]) {
                r.one_digit()?;
            }
            let hour = r.number_since(start);
            if !r.lit(":") {
                return None;
            }
            Some((hour, r.minute()?))
        }) {
            return Some(HourMinutes::Clock { hour, minutes });
        }
        self.lit("24:00").then_some(HourMinutes::Midnight24)
    }

    /// The first of two alternatives of two digits that matches, each digit in a range
    /// (`'1'..'4' ~ '0'..'9' | "5" ~ '0'..'3'`).
    fn two_digits(&mut self, alternatives: [[(u8, u8); 2]; 2]) -> bool {
        alternatives
            .into_iter()
            .any(|[(low, high), (next_low, next_high)]| {
                self.attempt(|r| {
                    r.range(low, high)?;
                    r.range(next_low, next_high)
                })
                .is_some()
            })
    }

    /// `"0"? ~ '1'..'9'`
    fn padded_digit(&mut self) -> Option<u8> {
        self.attempt(|r| {
            let _ = r.lit("0");
            r.range(b'1', b'9')
        })
    }

    /// `'0'..'9' ~ !('0'..'9')`
    fn one_digit(&mut self) -> Option<u8> {
        self.attempt(|r| {
            let digit = r.digit()?;
            if r.ahead(Self::digit) {
                return r.fail();
            }
            Some(digit)
        })
    }

    /// `extended_hour_minutes = { extended_hour ~ ":" ~ minute }`, with
    /// ```text
    /// extended_hour = @{
    ///      '0'..'3' ~ '0'..'9'  // 00 -> 39
    ///     |     "4" ~ '0'..'8'  // 40 -> 48
    ///     | '0'..'9' ~ !('0'..'9')  // 0 -> 9 (relaxed)
    /// }
    /// ```
    fn extended_hour_minutes(&mut self) -> Option<ExtendedTime> {
        let start = self.pos;
        if !self.two_digits([[(b'0', b'3'), (b'0', b'9')], [(b'4', b'4'), (b'0', b'8')]]) {
            self.one_digit()?;
        }
        let hour = self.number_since(start);
        if !self.lit(":") {
            return None;
        }
        let minutes = self.minute()?;
        Some(self.extended(HourMinutes::Clock { hour, minutes }))
    }

    /// The time `time` says, or an error when it is beyond 48:00.
    fn extended(&mut self, time: HourMinutes) -> ExtendedTime {
        match time {
            HourMinutes::Midnight24 => ExtendedTime::MIDNIGHT_24,
            HourMinutes::Clock { hour, minutes } => ExtendedTime::new(hour, minutes)
                .unwrap_or_else(|| {
                    self.error(Error::InvalidExtendedTime { hour, minutes });
                    ExtendedTime::MIDNIGHT_00
                }),
        }
    }

    /// ```text
    /// wday = { !event ~ sunday | monday | tuesday | wednesday | thursday | friday | saturday }
    /// ```
    /// each its two letters in any case (`^"Su"`). (The look-ahead belongs to `sunday`
    /// alone: `Sunrise` is not a Sunday.)
    fn wday(&mut self) -> Option<ds::Weekday> {
        const DAYS: [(&str, ds::Weekday); 6] = [
            ("Mo", ds::Weekday::Mon),
            ("Tu", ds::Weekday::Tue),
            ("We", ds::Weekday::Wed),
            ("Th", ds::Weekday::Thu),
            ("Fr", ds::Weekday::Fri),
            ("Sa", ds::Weekday::Sat),
        ];
        let start = self.pos;
        let sunday = !self.ahead(Self::event) && self.lit_nocase("Su");
        let day = if sunday {
            ds::Weekday::Sun
        } else {
            DAYS.iter().find(|(name, _)| self.lit_nocase(name))?.1
        };
        let literal = self.since(start);
        if !is_capitalized(literal) {
            self.warn(Warning::ShouldBeCapitalized(literal));
        }
        Some(day)
    }

    /// ```text
    /// year = @{
    ///           ( "19" ~ ASCII_DIGIT{2} )  // 1900 -> 1999
    ///     | ( '2'..'9' ~ ASCII_DIGIT{3} )  // 2000 -> 9999
    /// }
    /// ```
    fn year(&mut self) -> Option<Year> {
        let start = self.pos;
        let matched = self.attempt(|r| {
            if !r.lit("19") {
                return None;
            }
            r.digit()?;
            r.digit()
        });
        if matched.is_none() {
            self.attempt(|r| {
                r.range(b'2', b'9')?;
                r.digit()?;
                r.digit()?;
                r.digit()
            })?;
        }
        let year: u16 = self.number_since(start);
        Some(Year(year.into()))
    }

    /// `positive_number = @{ "0"* ~ ASCII_NONZERO_DIGIT ~ ASCII_DIGIT{,3} }`
    fn positive_number(&mut self) -> Option<i16> {
        self.attempt(|r| {
            while r.lit("0") {}
            let start = r.pos;
            r.range(b'1', b'9')?;
            for _ in 0..3 {
                if r.digit().is_none() {
                    break;
                }
            }
            Some(r.number_since(start))
        })
    }

    /// `comment = { "\"" ~ comment_inner ~ "\"" }`, with `comment_inner = @{ (!"\"" ~
    /// ANY)+ }`
    fn comment(&mut self) -> Option<String> {
        if !self.lit("\"") {
            return None;
        }
        let start = self.pos;
        let length = self.bytes[start..]
            .iter()
            .position(|&b| b == b'"')
            .unwrap_or(self.bytes.len() - start);
        if length == 0 {
            return self.fail();
        }
        self.pos += length;
        let inner = self.since(start).to_string();
        self.lit("\"").then_some(inner)
    }
}

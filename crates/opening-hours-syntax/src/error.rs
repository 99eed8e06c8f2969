use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;
use core::ops::RangeInclusive;

use crate::rules::day::{WeekNum, Year};

pub type Result<T> = core::result::Result<T, Error>;

#[derive(Clone, Debug)]
pub enum Error {
    /// Could not parse the expression. It is not conformant with the grammar defined in the wiki:
    /// <https://wiki.openstreetmap.org/wiki/Key:opening_hours/specification>
    Syntax(Box<SyntaxError>),
    /// Use of an unsupported feature.
    Unsupported(&'static str),
    /// Some number has overflowed.
    Overflow {
        value: i16,
        expected_bounds: RangeInclusive<i16>,
    },
    /// Extended time has overflowed.
    InvalidExtendedTime { hour: u8, minutes: u8 },
    /// A year range that starts after it ends.
    InvertedYearRange { start: Year, end: Year, step: u16 },
    /// A week range that starts after it ends.
    InvertedWeekRange {
        start: WeekNum,
        end: WeekNum,
        step: u8,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax(syntax) => write!(f, "{syntax}"),
            Self::Unsupported(desc) => write!(f, "using an unsupported feature: {desc}"),
            Self::InvalidExtendedTime {
                hour,
                minutes: minute,
            } => {
                write!(f, "invalid extended time for {hour:02}:{minute:02}")
            }
            Self::Overflow {
                value,
                expected_bounds,
            } => {
                write!(
                    f,
                    "{value} is too large: expected a value between {} and {}",
                    expected_bounds.start(),
                    expected_bounds.end(),
                )
            }
            &Self::InvertedYearRange { start, end, .. } => {
                write!(
                    f,
                    "Inverted year ranges are ambiguous, do you mean '{}-{}'?",
                    *end, *start
                )
            }
            &Self::InvertedWeekRange { start, end, .. } => {
                write!(
                    f,
                    "Inverted week ranges are ambiguous, do you mean '{}-{}'?",
                    *end, *start
                )
            }
        }
    }
}

#[cfg(feature = "std")]
impl std::error::Error for Error {}

/// Where an expression stops following the grammar: the furthest point any reading reached,
/// as a character position (from 1) and the text from there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The character, counted from 1, where the expression stops making sense.
    pub column: usize,
    /// The rest of the expression from there (empty at its end).
    pub rest: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.rest.is_empty() {
            write!(
                f,
                "the expression ends too early (at character {})",
                self.column
            )
        } else {
            write!(
                f,
                "unexpected \"{}\" at character {}",
                self.rest, self.column
            )
        }
    }
}

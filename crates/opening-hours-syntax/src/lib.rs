#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]

#[macro_use]
extern crate alloc;

mod display;
mod normalize;
mod parser;
mod util;

pub mod error;
pub mod extended_time;
pub mod rules;
pub mod warning;

pub use error::{Error, Result, SyntaxError};
pub use extended_time::ExtendedTime;
pub use parser::{Parser, parse};
pub use rules::RuleKind;
pub use warning::Warning;

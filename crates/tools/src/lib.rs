//! The data keepers' tools (`src/bin/`): checking a dataset (with its sourcing), the
//! spreadsheet round trip, normalising hand-written hours, synthetic cities, and the
//! helpers they share. Native only; the app never links this crate.

pub mod cli;
pub mod csv;
pub mod need_sheet;
pub mod normalize;
pub mod questions;
pub mod spreadsheet;
pub mod synthetic;
pub mod validate;

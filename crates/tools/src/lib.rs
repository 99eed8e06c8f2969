//! The data keepers' command-line tools (`src/bin/`): checking a dataset (with its
//! sourcing), the spreadsheet round trip, normalising hand-written hours, synthetic cities,
//! and the helpers they share. Native only; the app never links this crate. The rules
//! themselves live in `wegweiser-keeping`, which the browser's workspace (`/pflege/`) runs
//! too; they are re-exported here under their old names.

pub mod cli;
pub mod questions;
pub mod synthetic;

pub use wegweiser_keeping::{csv, need_sheet, normalize, spreadsheet, validate};

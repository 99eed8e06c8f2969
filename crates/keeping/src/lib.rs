//! The rules of keeping the data, written once for both places that keep it: the
//! command-line tools (`crates/tools`) and the keepers' workspace in the browser (`/pflege/`,
//! `crates/pflege`). Both report the same findings because they run this code. No file
//! system and no browser: it compiles natively and to wasm32.

pub mod csv;
pub mod hours_cards;
pub mod messages;
pub mod need_sheet;
pub mod normalize;
pub mod spreadsheet;
pub mod validate;
pub mod workspace;

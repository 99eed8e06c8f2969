//! Search that forgives: by need (with sub-needs and synonyms), district and free text with
//! typos, umlaut spellings and compound words, ranked as a person expects.

pub mod distance;
pub mod fold;
pub mod index;
pub mod query;
pub mod question;
pub mod stem;
pub mod vocabulary;

pub use index::{Hit, SearchIndex, MAX_NEED_DEPTH};
pub use query::{OpenFilter, Query};

#[cfg(test)]
mod tests;

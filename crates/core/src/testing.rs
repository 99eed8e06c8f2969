//! What the tests of every crate share: the two bundled datasets and a short way to write
//! an instant. Built for `cargo test` only (and for the tools' tests, through the
//! `testing` feature), never into the app.

use crate::domain::dataset::Dataset;
use crate::domain::directory::Directory;
use crate::domain::load::load_dataset;
use crate::domain::search::vocabulary::Vocabulary;
use chrono::{NaiveDate, NaiveDateTime};

/// The app's own data: `public/data/services.json`.
pub const KAISERSLAUTERN_JSON: &str = include_str!("../../../public/data/services.json");
/// The Dortmund fixture: `tests/fixtures/dortmund.json`.
pub const DORTMUND_JSON: &str = include_str!("../../../tests/fixtures/dortmund.json");

/// The app's base vocabulary of questions: `public/vocabulary.json`.
pub const VOCABULARY_JSON: &str = include_str!("../../../public/vocabulary.json");

pub fn vocabulary() -> Vocabulary {
    Vocabulary::read(VOCABULARY_JSON.as_bytes()).expect("the base vocabulary reads")
}

pub fn kaiserslautern() -> Dataset {
    load_dataset(KAISERSLAUTERN_JSON)
        .expect("the bundled dataset loads")
        .dataset
}

pub fn dortmund() -> Dataset {
    load_dataset(DORTMUND_JSON)
        .expect("the Dortmund fixture loads")
        .dataset
}

/// The bundled city as the app has it: with the base vocabulary.
pub fn kaiserslautern_directory() -> Directory {
    Directory::with_vocabulary(kaiserslautern(), vocabulary())
}

/// The Dortmund fixture as the app has it: with the base vocabulary.
pub fn dortmund_directory() -> Directory {
    Directory::with_vocabulary(dortmund(), vocabulary())
}

/// A local instant written `2026-11-23 10:00`.
pub fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("YYYY-MM-DD HH:MM")
}

/// A day written `2026-11-23`.
pub fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("YYYY-MM-DD")
}

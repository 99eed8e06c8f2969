//! Wegweiser's core: the pure domain (`domain`) and the UI texts (`i18n`), and what
//! the views show (`view_model`). No browser types
//! and no tool code; "now" is always a parameter. Built and tested natively with plain
//! `cargo test`; the app (the root package) and the tools (`crates/tools`) build on it.

pub mod domain;
pub mod i18n;
pub mod view_model;

#[cfg(any(test, feature = "testing"))]
pub mod testing;

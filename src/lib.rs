//! Wegweiser: a directory of senior services, as a Leptos single-page app.
//!
//! `domain` and `i18n` are plain Rust, built and tested natively. The browser shell
//! (`app`, `state`, `pages`, `components`, `platform`) exists only on wasm32.

pub mod domain;
pub mod i18n;

/// Helpers of the native data tools (they compile everywhere, but only run natively).
pub mod cli;
/// Synthetic datasets for tests and benchmarks.
pub mod synthetic;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod platform;
#[cfg(target_arch = "wasm32")]
pub mod state;

#[cfg(target_arch = "wasm32")]
pub use app::App;

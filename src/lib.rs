//! Wegweiser: a directory of senior services, as a Leptos single-page app.
//!
//! `domain` and `i18n` come from `crates/core` (plain Rust, built and tested natively). The
//! browser shell (`app`, `state`, `pages`, `components`, `platform`) exists only on wasm32.

pub use wegweiser_core::{domain, i18n, view_model};

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

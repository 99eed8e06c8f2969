//! Wegweiser: a directory of senior services, as a Leptos single-page app.
//!
//! `domain`, `i18n` and `view_model` come from `crates/core` (plain Rust, built and tested
//! natively). The shell (`app`, `state`, `pages`, `components`, `platform`) runs in the
//! browser on wasm32; natively the same components render the public pages to static HTML
//! (`src/bin/prerender.rs`), with `platform/` standing still.

pub use wegweiser_core::{domain, i18n, view_model};

pub mod app;
pub mod components;
pub mod pages;
pub mod platform;
pub mod router;
#[cfg(not(target_arch = "wasm32"))]
pub mod sitemap;
pub mod state;

pub use app::App;

//! Thin wrappers over browser APIs. None of them panics: each returns `Option`/`Result` so
//! the UI can degrade (blocked storage, no network, no speech engine).
//!
//! Natively (the build-time prerender) there is no browser: [`window`] is `None`, so every
//! wrapper answers as a browser without that feature would, and nothing here ever calls
//! into JavaScript outside wasm32.

pub mod clock;
pub mod data;
pub mod document;
pub mod kiosk;
pub mod panic_guard;
pub mod service_worker;
pub mod share;
pub mod speech;
pub mod storage;
pub mod takeover;

/// Whether this runs in a browser (false while the build renders pages to static HTML).
pub fn in_browser() -> bool {
    cfg!(target_arch = "wasm32")
}

/// The browser window; `None` natively, where the same components render to static HTML.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

//! The keepers' workspace (`/pflege/`). The rules are `wegweiser-keeping`'s, the same the
//! command-line `check` runs; this crate is the page around them.

pub mod session;
pub mod texts;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod bridge;
#[cfg(target_arch = "wasm32")]
mod views;

/// Mounts the workspace on the page.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    leptos::mount::mount_to_body(app::App);
    // As the visitors' app does: the page is ready for a person (and for the tests).
    wegweiser::platform::document::set_root_attribute("data-app", Some("live"));
}

//! The kiosk's rule for links: every link stays inside the app (`crate::router`).
//! Natively (the prerender) there are no clicks.

use wasm_bindgen::JsCast;

/// What the app does with a click.
#[derive(Debug, PartialEq, Eq)]
pub enum LinkClick {
    /// Not on a link, or on one the browser follows itself.
    Browser,
    /// The app shows this root-relative address.
    App(String),
    /// Nothing happens: on the kiosk, a link that would leave the app.
    Nothing,
}

/// What a click does on the kiosk: every link stays inside the app (root-relative ones
/// are shown, and any that would leave does nothing), whatever the click; fragments are
/// the browser's. (Elsewhere leptos_router decides: plain clicks on links to this origin
/// in the same tab are the app's. Once the app has crashed, the page's loader keeps every
/// click from it: `scripts/loader/crash-screen.js`.)
pub fn link_click(event: &web_sys::Event) -> LinkClick {
    let Some(link) = clicked_link(event) else {
        return LinkClick::Browser;
    };
    let href = link.get_attribute("href").unwrap_or_default();
    if href.starts_with('#') {
        LinkClick::Browser
    } else if href.starts_with('/') && !href.starts_with("//") {
        LinkClick::App(href)
    } else {
        LinkClick::Nothing
    }
}

/// The link an event happened in (the event's target or an ancestor).
fn clicked_link(event: &web_sys::Event) -> Option<web_sys::Element> {
    event
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a[href]")
        .ok()?
}

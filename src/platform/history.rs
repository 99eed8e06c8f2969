//! The browser's address bar and history, for the app's router (`crate::router`): what the
//! address is, moving to another one, and which clicks on links stay inside the app.
//! Natively (the prerender) there is no history: the router is given its address.

use wasm_bindgen::JsCast;

/// The address shown, root-relative, with its query and without its fragment
/// (`/suche?need=pflege`).
pub fn current_address() -> Option<String> {
    let location = super::window()?.location();
    Some(format!(
        "{}{}",
        location.pathname().ok()?,
        location.search().ok()?
    ))
}

/// Shows `address` (root-relative) in the address bar, as a new history entry or in place
/// of the current one.
pub fn show(address: &str, replace: bool) {
    let Some(history) = super::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let _ = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(address))
    };
}

/// After moving to a new page: to the element a `#fragment` names, or to the top.
pub fn scroll_for(address: &str) {
    let Some(window) = super::window() else {
        return;
    };
    let target = address
        .split_once('#')
        .map(|(_, id)| id)
        .filter(|id| !id.is_empty())
        .and_then(|id| window.document()?.get_element_by_id(id));
    match target {
        Some(element) => element.scroll_into_view(),
        None => window.scroll_to_with_x_and_y(0.0, 0.0),
    }
}

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

/// What a click does. In the app shows: a plain click (no modifier key, the main button,
/// not handled yet) on a link to this origin that opens in the same tab and is not a
/// download. A link to a fragment of the page shown (the skip link) is the browser's.
/// On the kiosk every link stays inside the app (root-relative ones are shown, and any
/// that would leave does nothing), whatever the click; fragments are the browser's.
/// (Once the app has crashed, the page's loader keeps every click from it:
/// `scripts/loader/crash-screen.js`.)
pub fn link_click(event: &web_sys::Event, kiosk: bool) -> LinkClick {
    let Some(link) = clicked_link(event) else {
        return LinkClick::Browser;
    };
    if kiosk {
        let href = link.get_attribute("href").unwrap_or_default();
        return if href.starts_with('#') {
            LinkClick::Browser
        } else if href.starts_with('/') && !href.starts_with("//") {
            LinkClick::App(href)
        } else {
            LinkClick::Nothing
        };
    }
    in_app_address(event, link).map_or(LinkClick::Browser, LinkClick::App)
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

fn in_app_address(event: &web_sys::Event, link: web_sys::Element) -> Option<String> {
    let mouse = event.dyn_ref::<web_sys::MouseEvent>()?;
    if event.default_prevented()
        || mouse.button() != 0
        || mouse.meta_key()
        || mouse.ctrl_key()
        || mouse.shift_key()
        || mouse.alt_key()
    {
        return None;
    }
    let link = link.dyn_into::<web_sys::HtmlAnchorElement>().ok()?;
    let opens_elsewhere = !matches!(link.target().as_str(), "" | "_self");
    if opens_elsewhere || link.has_attribute("download") {
        return None;
    }
    let location = super::window()?.location();
    if link.origin() != location.origin().ok()? {
        return None;
    }
    let (path, search, hash) = (link.pathname(), link.search(), link.hash());
    let same_page = path == location.pathname().ok()? && search == location.search().ok()?;
    if same_page && !hash.is_empty() {
        return None;
    }
    Some(format!("{path}{search}{hash}"))
}

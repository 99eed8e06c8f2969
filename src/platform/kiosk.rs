//! The browser side of kiosk mode: remembering it for the session, forgetting a visitor,
//! and closing the ways out (context menu, long press).

use crate::domain::kiosk::KioskConfig;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

const KIOSK_KEY: &str = "wegweiser.kiosk";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// Kiosk mode from the start URL, else from this browser session (a reload keeps it).
pub fn config_at_start() -> Option<KioskConfig> {
    let window = web_sys::window()?;
    let query = window.location().search().unwrap_or_default();
    if let Some(config) = KioskConfig::from_query(&query) {
        if let Some(session) = session() {
            let _ = session.set_item(KIOSK_KEY, &config.to_query());
        }
        return Some(config);
    }
    let stored = session()?.get_item(KIOSK_KEY).ok()??;
    KioskConfig::from_query(&stored)
}

/// Forgets the visitor: stops speech, empties both storages (keeping only the kiosk's own
/// configuration) and starts the app again at its start screen. `replace` leaves no new
/// history entry, and kiosk navigation never adds any (see `app.rs`).
pub fn reset(config: &KioskConfig) {
    super::speech::stop();
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(Some(local)) = window.local_storage() {
        let _ = local.clear();
    }
    if let Some(session) = session() {
        let _ = session.clear();
        let _ = session.set_item(KIOSK_KEY, &config.to_query());
    }
    let _ = window
        .location()
        .replace(&format!("/?{}", config.to_query()));
}

/// No context menu on the kiosk (no "open link in new window", no "save as").
pub fn block_context_menu() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let handler =
        Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| event.prevent_default());
    let _ =
        window.add_event_listener_with_callback("contextmenu", handler.as_ref().unchecked_ref());
    handler.forget();
}

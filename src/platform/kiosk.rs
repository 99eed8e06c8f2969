//! The browser side of kiosk mode: remembering it for the session, forgetting a visitor,
//! and closing the ways out (context menu, long press).
//!
//! The kiosk keeps a visitor's shortlist and settings in memory only, so the only storage it
//! owns is its configuration in sessionStorage. It never writes or clears anything else: a
//! personal device that opens `?kiosk=1` keeps its own shortlist and settings.

use crate::domain::kiosk::KioskConfig;
use crate::domain::route::Route;
use std::cell::Cell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

const KIOSK_KEY: &str = "wegweiser.kiosk";

thread_local! {
    /// A reset is under way (it waits for the clipboard and maybe a new version): the idle
    /// tick and a second tap on "Neu beginnen" must not start another.
    static RESETTING: Cell<bool> = const { Cell::new(false) };
}

fn session() -> Option<web_sys::Storage> {
    super::window()?.session_storage().ok()?
}

/// Kiosk mode from the start URL, else from this browser session (a reload keeps it).
pub fn config_at_start() -> Option<KioskConfig> {
    let window = super::window()?;
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

/// The address that starts the kiosk again with `config`.
pub fn start_path(config: &KioskConfig) -> String {
    format!("{}?{}", Route::Home.href(), config.to_query())
}

/// Forgets the visitor: stops speech, empties the clipboard (a copied link must not reach
/// the next visitor), lets a waiting new version of the app take over, and starts the app
/// again at its start screen. `replace` leaves no new history entry, and kiosk navigation
/// never adds any (see `app.rs`). The visitor's shortlist and settings lived in memory
/// only, so the new page starts without them.
///
/// Whatever the steps on the way do (a clipboard or a worker lookup that never answers),
/// the start screen is loaded [`RESET_WATCHDOG_MS`] after the reset began: a watchdog armed
/// before the first step.
pub fn reset(config: &KioskConfig) {
    if RESETTING.with(|r| r.replace(true)) {
        return;
    }
    let target = start_path(config);
    arm_watchdog(&target);
    super::speech::stop();
    crate::platform::spawn(async move {
        let _ = super::share::copy("").await;
        if !super::service_worker::activate_waiting_then(&target).await {
            if let Some(window) = super::window() {
                let _ = window.location().replace(&target);
            }
        }
    });
}

/// Milliseconds after which a reset loads the start screen, finished or not: longer than
/// its steps take (the worker's own take-over waits at most five seconds).
pub const RESET_WATCHDOG_MS: i32 = 10_000;

fn arm_watchdog(target: &str) {
    let target = target.to_string();
    let watchdog = Closure::once_into_js(move || {
        if let Some(window) = super::window() {
            let _ = window.location().replace(&target);
        }
    });
    if let Some(window) = super::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            watchdog.unchecked_ref(),
            RESET_WATCHDOG_MS,
        );
    }
}

/// No context menu on the kiosk (no "open link in new window", no "save as"), and no
/// middle click (`auxclick`), which would open a link in a new tab.
pub fn block_ways_out() {
    let Some(window) = super::window() else {
        return;
    };
    let handler =
        Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| event.prevent_default());
    for event in ["contextmenu", "auxclick"] {
        let _ = window.add_event_listener_with_callback_and_bool(
            event,
            handler.as_ref().unchecked_ref(),
            true,
        );
    }
    handler.forget();
}

//! The service worker seen from the page: registration, "a new version is waiting", the
//! user's "update now", and "the dataset was updated". Where service workers are not
//! available (some private windows, plain http) nothing happens and the app works online.

use js_sys::{Object, Reflect};
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    static RELOAD_ON_CHANGE: Cell<bool> = const { Cell::new(false) };
    /// Where to go once the new version has taken over (the kiosk's start screen).
    static GO_TO_ON_CHANGE: RefCell<Option<String>> = const { RefCell::new(None) };
    /// What the app does when the worker has a newer dataset (set by [`register`]).
    static ON_DATA_UPDATED: RefCell<Option<Box<dyn Fn()>>> = const { RefCell::new(None) };
    /// The worker said so before the app could act (it was still reading its data).
    static DATA_UPDATED_EARLY: Cell<bool> = const { Cell::new(false) };
    static LISTENING: Cell<bool> = const { Cell::new(false) };
}

/// Listens to the worker from the start, before the app is built: once the page has
/// loaded, the browser drops a worker's message that finds no listener, and the app reads
/// its data (which makes the worker look for a newer file) before it is built. A "newer
/// dataset" that arrives early is kept until [`register`] brings the app's handler.
pub fn listen() {
    if LISTENING.with(|l| l.replace(true)) {
        return;
    }
    let Some(container) = sw_container() else {
        return;
    };
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            if says_data_updated(&event.data()) {
                let handled =
                    ON_DATA_UPDATED.with(|h| h.borrow().as_ref().map(|handler| handler()));
                if handled.is_none() {
                    DATA_UPDATED_EARLY.with(|e| e.set(true));
                }
            }
        });
    container.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // What came before the app ran: the loader kept it (its request for the dataset may
    // already have made the worker find a newer file).
    let early = super::take_from_loader("messages").map(|m| js_sys::Array::from(&m));
    if early
        .iter()
        .flat_map(|messages| messages.iter())
        .any(|message| says_data_updated(&message))
    {
        DATA_UPDATED_EARLY.with(|e| e.set(true));
    }
}

fn sw_container() -> Option<ServiceWorkerContainer> {
    let navigator: JsValue = super::window()?.navigator().into();
    let value = Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    value.dyn_into::<ServiceWorkerContainer>().ok()
}

/// Whether a worker's message (its data) says a newer dataset is waiting.
fn says_data_updated(data: &JsValue) -> bool {
    Reflect::get(data, &JsValue::from_str("type"))
        .ok()
        .and_then(|t| t.as_string())
        .as_deref()
        == Some(messages::DATA_UPDATED)
}

/// The names of the messages between the page and the worker (`public/sw.js`), each written
/// once here; `tests/tools/sw-messages.test.mjs` checks that the worker uses exactly these.
pub mod messages {
    /// Page → worker: activate the waiting worker now.
    pub const SKIP_WAITING: &str = "SKIP_WAITING";
    /// Page → worker: the pending dataset was read; it becomes the last good one.
    pub const PAGE_READ_OK: &str = "page-read-ok";
    /// Page → worker: the pending dataset could not be read; drop it.
    pub const PAGE_READ_FAILED: &str = "page-read-failed";
    /// Worker → page: a newer dataset is waiting to be read.
    pub const DATA_UPDATED: &str = "data-updated";
    /// Worker → page: the server's dataset was refused (the page keeps what it shows).
    pub const DATA_REFUSED: &str = "data-refused";
}

/// Registers `sw.js`. `on_update_waiting` runs when a new version has installed and waits;
/// `on_data_updated` when the worker has stored a newer dataset.
pub async fn register(
    on_update_waiting: impl Fn() + 'static,
    on_data_updated: impl Fn() + 'static,
) {
    let Some(container) = sw_container() else {
        return;
    };
    let on_update_waiting = std::rc::Rc::new(on_update_waiting);

    listen();
    ON_DATA_UPDATED.with(|h| *h.borrow_mut() = Some(Box::new(on_data_updated)));
    if DATA_UPDATED_EARLY.with(|e| e.replace(false)) {
        ON_DATA_UPDATED.with(|h| h.borrow().as_ref().map(|handler| handler()));
    }

    // The first activation also changes the controller: reload only when the user asked.
    let on_controller_change = Closure::<dyn Fn()>::new(|| {
        let Some(window) = super::window() else {
            return;
        };
        if let Some(target) = GO_TO_ON_CHANGE.with(|t| t.borrow_mut().take()) {
            let _ = window.location().replace(&target);
        } else if RELOAD_ON_CHANGE.with(Cell::get) {
            let _ = window.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();

    let Ok(registration) = JsFuture::from(container.register("/sw.js")).await else {
        return;
    };
    let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
        return;
    };
    let controlled = container.controller().is_some();
    if controlled && registration.waiting().is_some() {
        on_update_waiting();
    }
    let watched = registration.clone();
    let on_update_found = Closure::<dyn Fn()>::new(move || {
        let Some(installing) = watched.installing() else {
            return;
        };
        let worker = installing.clone();
        let notify = on_update_waiting.clone();
        let on_state = Closure::<dyn Fn()>::new(move || {
            let has_controller = sw_container().and_then(|c| c.controller()).is_some();
            if worker.state() == ServiceWorkerState::Installed && has_controller {
                notify();
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
    REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
}

/// Tells the active worker whether the page could read the pending dataset `revision`, so
/// it becomes the last good one or is dropped (see `public/sw.js`).
pub fn report_dataset(revision: &str, accepted: bool) {
    let Some(controller) = sw_container().and_then(|c| c.controller()) else {
        return;
    };
    let message = Object::new();
    let kind = if accepted {
        messages::PAGE_READ_OK
    } else {
        messages::PAGE_READ_FAILED
    };
    let _ = Reflect::set(&message, &"type".into(), &kind.into());
    let _ = Reflect::set(&message, &"revision".into(), &revision.into());
    let _ = controller.post_message(&message);
}

/// If a new version waits, lets it take over and then goes to `target` (the kiosk's reset:
/// an unattended screen has nobody to press "update now"). Returns false when nothing
/// waits, and the caller navigates itself. Should the new worker never take over, the
/// page still goes to `target` after five seconds.
pub async fn activate_waiting_then(target: &str) -> bool {
    // Asked afresh: the registration may have found the new version after the page started.
    let Some(container) = sw_container() else {
        return false;
    };
    let Ok(registration) = JsFuture::from(container.get_registration()).await else {
        return false;
    };
    let Some(worker) = registration
        .dyn_into::<ServiceWorkerRegistration>()
        .ok()
        .and_then(|r| r.waiting())
    else {
        return false;
    };
    GO_TO_ON_CHANGE.with(|t| *t.borrow_mut() = Some(target.to_string()));
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &messages::SKIP_WAITING.into());
    let _ = worker.post_message(&message);
    let fallback = Closure::once_into_js(|| {
        if let Some(target) = GO_TO_ON_CHANGE.with(|t| t.borrow_mut().take()) {
            if let Some(window) = super::window() {
                let _ = window.location().replace(&target);
            }
        }
    });
    if let Some(window) = super::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(fallback.unchecked_ref(), 5_000);
    }
    true
}

/// The user chose "update now": the waiting version takes over and the page reloads into it.
pub fn apply_update() {
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|reg| reg.waiting()));
    match waiting {
        Some(worker) => {
            RELOAD_ON_CHANGE.with(|flag| flag.set(true));
            let message = Object::new();
            let _ = Reflect::set(
                &message,
                &JsValue::from_str("type"),
                &JsValue::from_str(messages::SKIP_WAITING),
            );
            let _ = worker.post_message(&message);
        }
        None => {
            if let Some(window) = super::window() {
                let _ = window.location().reload();
            }
        }
    }
}

/// Whether the browser believes it is online.
pub fn is_online() -> bool {
    super::window()
        .map(|w| w.navigator().on_line())
        .unwrap_or(true)
}

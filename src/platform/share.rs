//! Share, copy and print. The Web Share and Clipboard APIs are called through `Reflect`, so a
//! browser without them (or a refusal) is an `Err`, never a panic, and the caller falls back.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The browser has no such API, or refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotDone;

fn navigator() -> Option<JsValue> {
    super::window().map(|w| w.navigator().into())
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

/// Waits for the promise a browser API returned; a throw or a rejection is `NotDone`.
async fn settle(returned: Result<JsValue, JsValue>) -> Result<(), NotDone> {
    let promise: Promise = returned
        .map_err(|_| NotDone)?
        .dyn_into()
        .map_err(|_| NotDone)?;
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|_| NotDone)
}

/// True where the Web Share API exists (phones, some desktops).
pub fn can_share() -> bool {
    navigator().and_then(|n| method(&n, "share")).is_some()
}

/// Opens the system share sheet. `Err` when unavailable or cancelled.
pub async fn share(title: &str, text: &str, url: &str) -> Result<(), NotDone> {
    let navigator = navigator().ok_or(NotDone)?;
    let share = method(&navigator, "share").ok_or(NotDone)?;
    let data = Object::new();
    for (key, value) in [("title", title), ("text", text), ("url", url)] {
        Reflect::set(&data, &JsValue::from_str(key), &JsValue::from_str(value))
            .map_err(|_| NotDone)?;
    }
    settle(share.call1(&navigator, &data)).await
}

/// Copies text to the clipboard. `Err` when the browser refuses.
pub async fn copy(text: &str) -> Result<(), NotDone> {
    let clipboard = Reflect::get(
        &navigator().ok_or(NotDone)?,
        &JsValue::from_str("clipboard"),
    )
    .map_err(|_| NotDone)?;
    if clipboard.is_undefined() {
        return Err(NotDone);
    }
    let write = method(&clipboard, "writeText").ok_or(NotDone)?;
    settle(write.call1(&clipboard, &JsValue::from_str(text))).await
}

pub fn print() {
    if let Some(window) = super::window() {
        let _ = window.print();
    }
}

/// The host the app was opened on (`location.hostname`); `None` natively.
pub fn page_host() -> Option<String> {
    super::window()?.location().hostname().ok()
}

/// The app's address of `path` (for sharing), from the current origin.
pub fn absolute_url(path: &str) -> String {
    let origin = super::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{path}")
}

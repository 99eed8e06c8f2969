//! The browser calls of `bridge.js`, and the few of web-sys, each with an answer that
//! cannot fail the page: blocked storage and a missing API are reported, never thrown.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/bridge.js")]
extern "C" {
    #[wasm_bindgen(js_name = draftGet)]
    fn draft_get(key: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = draftPut)]
    fn draft_put(key: &str, text: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = draftDelete)]
    fn draft_delete(key: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = download)]
    fn js_download(name: &str, text: &str, kind: &str);
    #[wasm_bindgen(js_name = canSaveInPlace)]
    fn can_save_in_place_js() -> bool;
    #[wasm_bindgen(js_name = saveInPlace)]
    fn save_in_place_js(name: &str, text: &str) -> js_sys::Promise;
    #[wasm_bindgen(js_name = registerWorker)]
    pub fn register_worker();
}

/// The kept draft: `Ok(None)` when there is none, `Err` when storage cannot be read.
pub async fn load_draft(key: &str) -> Result<Option<String>, String> {
    let value = JsFuture::from(draft_get(key))
        .await
        .map_err(|e| format!("{e:?}"))?;
    if let Some(error) = value.dyn_ref::<js_sys::Error>() {
        return Err(String::from(error.message()));
    }
    Ok(value.as_string())
}

/// Keeps the draft; `Err` with the browser's reason when it could not.
pub async fn store_draft(key: &str, text: &str) -> Result<(), String> {
    let value = JsFuture::from(draft_put(key, text))
        .await
        .map_err(|e| format!("{e:?}"))?;
    match value.as_string() {
        Some(reason) => Err(reason),
        None => Ok(()),
    }
}

pub async fn forget_draft(key: &str) {
    let _ = JsFuture::from(draft_delete(key)).await;
}

pub fn download(name: &str, text: &str, kind: &str) {
    js_download(name, text, kind);
}

pub fn can_save_in_place() -> bool {
    can_save_in_place_js()
}

/// `Ok(true)` saved, `Ok(false)` the person cancelled, `Err` the browser's reason.
pub async fn save_in_place(name: &str, text: &str) -> Result<bool, String> {
    let value = JsFuture::from(save_in_place_js(name, text))
        .await
        .map_err(|e| format!("{e:?}"))?;
    match value.as_string().as_deref() {
        None => Ok(true),
        Some("abort") => Ok(false),
        Some(reason) => Err(reason.to_string()),
    }
}

/// Milliseconds since 1970 by the device's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Today's date on the device.
pub fn today() -> chrono::NaiveDate {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )
    .unwrap_or_default()
}

/// A time as the device writes it (`7.12.2026, 17:40:12`).
pub fn local_time(ms: f64, lang: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms));
    String::from(date.to_locale_string(lang, &JsValue::UNDEFINED))
}

/// The text of a file the person chose or dropped.
pub async fn file_text(file: &web_sys::File) -> Result<String, String> {
    let value = JsFuture::from(file.text())
        .await
        .map_err(|e| format!("{e:?}"))?;
    value.as_string().ok_or_else(|| "not text".to_string())
}

/// The published dataset, from the server (the visitors' worker hands it through).
pub async fn fetch_published(url: &str) -> Result<String, String> {
    let answer = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !answer.ok() {
        return Err(format!("HTTP {}", answer.status()));
    }
    answer.text().await.map_err(|e| e.to_string())
}

/// The reader's settings of the visitors' app (text size, colours, language), if any.
pub fn app_settings() -> Option<String> {
    web_sys::window()?
        .local_storage()
        .ok()??
        .get_item("wegweiser.settings")
        .ok()?
}

/// After an edit has changed the page: if the focused element was replaced (focus fell to
/// the page itself), focus goes to the element that now has its id, so a keyboard user
/// keeps their place.
pub fn keep_focus() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let id = document
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default();
    if id.is_empty() {
        return;
    }
    leptos::prelude::request_animation_frame(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let lost = match (document.active_element(), document.body()) {
            (None, _) => true,
            (Some(active), Some(body)) => active == *body.unchecked_ref::<web_sys::Element>(),
            _ => false,
        };
        if lost {
            if let Some(element) = document
                .get_element_by_id(&id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = element.focus();
            }
        }
    });
}

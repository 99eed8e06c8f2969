//! The workspace's views: opening a file, the draft's state, the work list, one entry,
//! every finding, and how a file is published.

mod changes;
mod draft;
mod entry;
mod findings;
mod form;
mod hours;
mod opening;
mod preview;
mod work_list;

pub use draft::{DraftBar, Publishing};
pub use entry::EntryPanel;
pub use findings::AllFindings;
pub use opening::{MessageView, Offered, Opener};
pub use work_list::WorkListView;

use crate::app::use_ws;
use crate::bridge;
use crate::texts::Lang;
use leptos::prelude::*;
use serde_json::Value;
use wasm_bindgen::JsCast;
use wegweiser_keeping::workspace::{base_language, EntryRef};

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let ws = use_ws();
    let button = move |lang: Lang, label: &'static str| {
        view! {
            <button type="button" class="pf-lang" lang=lang.code()
                aria-pressed=move || (ws.lang.get() == lang).to_string()
                on:click=move |_| ws.lang.set(lang)>{label}</button>
        }
    };
    view! {
        <div class="pf-langs" role="group" aria-label=move || ws.t("Sprache", "Language")>
            {button(Lang::De, "Deutsch")}
            {button(Lang::En, "English")}
        </div>
    }
}

/// "When" in words: the device's way of writing a time, or "never".
pub(crate) fn when(lang: Lang, ms: Option<f64>) -> String {
    match ms {
        Some(ms) => bridge::local_time(ms, lang.code()),
        None => lang.t("noch nie", "never").into(),
    }
}

/// An entry's name for lists: its id and its name in the dataset's language.
pub fn entry_label(document: &Value, entry: &EntryRef) -> String {
    let Some(value) = entry.get(document) else {
        return entry.key();
    };
    let base = base_language(document);
    let name = ["name", "label", "city"]
        .iter()
        .filter_map(|key| value.get(*key))
        .find_map(|text| match text {
            Value::String(s) => Some(s.as_str()),
            Value::Object(map) => map.get(base).and_then(Value::as_str),
            _ => None,
        });
    match (value.get("id").and_then(Value::as_str), name) {
        (Some(id), Some(name)) => format!("{name} ({id})"),
        (None, Some(name)) => name.to_string(),
        (Some(id), None) => id.to_string(),
        (None, None) => entry.key(),
    }
}

pub(crate) fn focus(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

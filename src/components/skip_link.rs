//! "Skip to content": the first tab stop on every view. It moves keyboard focus into the
//! main landmark itself, because following a fragment link only moves the browser's
//! starting point for the next Tab, and screen readers do not all follow that.

use crate::app::use_lang;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub const MAIN_ID: &str = "main";

#[component]
pub fn SkipLink() -> impl IntoView {
    let t = use_lang().strings();
    let on_click = |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        focus_main();
    };
    view! {
        <a class="ww-skip-link" href=format!("#{MAIN_ID}") on:click=on_click>
            {t.skip_link}
        </a>
    }
}

/// Moves focus to the main landmark (also used after route changes).
pub fn focus_main() {
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(MAIN_ID))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(main) = main {
        let _ = main.focus();
    }
}

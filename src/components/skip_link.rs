//! "Skip to content": the first tab stop on every view. It moves keyboard focus into the
//! main landmark itself, because following a fragment link only moves the browser's
//! starting point for the next Tab, and screen readers do not all follow that.

use crate::state::use_lang;
use leptos::prelude::*;

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
    crate::platform::document::focus_element(MAIN_ID);
}

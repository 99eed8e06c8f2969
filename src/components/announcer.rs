//! One polite live region for short confirmations ("saved", "link copied"), always in the
//! page so screen readers pick up changes.

use crate::state::use_announcer;
use leptos::prelude::*;

#[component]
pub fn LiveAnnouncer() -> impl IntoView {
    let announcer = use_announcer();
    view! {
        <div class="ww-visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {move || announcer.message.get()}
        </div>
    }
}

//! Copies a text (an address, a link) and says so visibly and to screen readers; where the
//! browser refuses, it says so too and the text stays on screen to write down.

use crate::state::{use_announcer, use_kiosk};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn CopyButton(
    text: String,
    label: &'static str,
    done: &'static str,
    failed: &'static str,
) -> impl IntoView {
    // The kiosk offers no way out of the app and keeps nothing for the next visitor: no
    // clipboard, no share sheet (the take-away QR code stands in for both).
    if use_kiosk().is_on() {
        return ().into_any();
    }
    let announcer = use_announcer();
    let result = RwSignal::new(None::<bool>);
    let on_click = move |_| {
        let text = text.clone();
        spawn_local(async move {
            let ok = crate::platform::share::copy(&text).await.is_ok();
            result.try_set(Some(ok));
            announcer.say(if ok { done } else { failed }.to_string());
        });
    };
    view! {
        <button type="button" class="ww-button ww-button--secondary ww-no-print" on:click=on_click>{label}</button>
        {move || result.get().map(|ok| view! { <p class="ww-confirm">{if ok { done } else { failed }}</p> })}
    }
    .into_any()
}

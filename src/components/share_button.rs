//! Share a page: the system share sheet where there is one, else copy the link with a
//! visible confirmation; if copying fails too, the link is shown to copy by hand.

use crate::platform::share;
use crate::state::use_lang;
use crate::state::{use_announcer, use_kiosk};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[derive(Clone, Copy, PartialEq)]
enum Outcome {
    Shared,
    Copied,
    ShowLink,
}

#[component]
pub fn ShareButton(title: String, path: String) -> impl IntoView {
    let t = use_lang().strings();
    // The kiosk offers no way out of the app and keeps nothing for the next visitor: no
    // clipboard, no share sheet (the take-away QR code stands in for both).
    if use_kiosk().is_on() {
        return ().into_any();
    }
    let announcer = use_announcer();
    let outcome = RwSignal::new(None::<Outcome>);
    let url = share::absolute_url(&path);
    let shown_url = url.clone();
    let on_click = move |_| {
        let (title, url) = (title.clone(), url.clone());
        spawn_local(async move {
            if share::can_share() && share::share(&title, &title, &url).await.is_ok() {
                outcome.try_set(Some(Outcome::Shared));
            } else if share::copy(&url).await.is_ok() {
                outcome.try_set(Some(Outcome::Copied));
                announcer.say(t.link_copied.to_string());
            } else {
                outcome.try_set(Some(Outcome::ShowLink));
            }
        });
    };
    view! {
        <button type="button" class="ww-button ww-button--secondary ww-no-print" on:click=on_click>{t.share}</button>
        {move || match outcome.get() {
            Some(Outcome::Copied) => Some(view! { <p class="ww-confirm">{t.link_copied}</p> }.into_any()),
            Some(Outcome::ShowLink) => Some(view! {
                <p class="ww-field">
                    <label for="ww-share-link">{t.share_fallback_label}</label>
                    <input id="ww-share-link" class="ww-search__input" type="text" readonly prop:value=shown_url.clone() />
                </p>
            }.into_any()),
            _ => None,
        }}
    }
    .into_any()
}

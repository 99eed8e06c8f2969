//! Offline notice and "new version available": announced to screen readers (the status
//! region is always in the page; only its content changes), never blocking the page.

use crate::platform::service_worker::apply_update;
use crate::state::use_lang;
use crate::state::use_status;
use leptos::prelude::*;

#[component]
pub fn StatusBar() -> impl IntoView {
    let t = use_lang().strings();
    let status = use_status();
    view! {
        <div class="ww-statusbar" role="status">
            {move || (!status.online.get()).then(|| view! { <p class="ww-statusbar__offline">{t.offline_notice}</p> })}
            {move || status.update_waiting.get().then(|| view! {
                <p class="ww-statusbar__update">
                    {t.update_available} " – "
                    <button type="button" class="ww-button" on:click=|_| apply_update()>{t.update_now}</button>
                </p>
            })}
        </div>
    }
}

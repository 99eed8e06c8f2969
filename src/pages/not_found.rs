//! A friendly page for unknown addresses, with a way back.

use crate::domain::route::Route;
use crate::state::use_lang;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let t = use_lang().strings();
    view! {
        <section class="ww-not-found">
            <h1 class="ww-page-title">{t.not_found_heading}</h1>
            <p>{t.not_found_text}</p>
            <A href=Route::Home.href() attr:class="ww-button">{t.back_to_start}</A>
        </section>
    }
}

//! A friendly page for unknown addresses, with a way back.

use crate::domain::route::Route;
use crate::router::NavLink;
use crate::state::use_lang;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let t = use_lang().strings();
    view! {
        <section class="ww-not-found">
            <h1 class="ww-page-title">{t.not_found_heading}</h1>
            <p>{t.not_found_text}</p>
            <NavLink href=Route::Home.href() class="ww-button">{t.back_to_start}</NavLink>
        </section>
    }
}

//! Start page: for now the list of all services.

use crate::app::use_lang;
use crate::components::{service_list::ServiceList, with_data::WithData};
use crate::platform::document::set_title;
use crate::store::use_store;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let store = use_store();
    Effect::new(move || set_title(&(t.page_title)(&store.city(lang.code()))));
    view! {
        <WithData render=move |loaded| {
            view! {
                <h1 class="ww-page-title">{t.tagline}</h1>
                <ServiceList loaded />
            }
        } />
    }
}

//! One service. A removed or unknown id shows the not-found page.

use super::not_found::NotFoundPage;
use crate::app::use_lang;
use crate::components::with_data::WithData;
use crate::platform::document::set_title;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ServicePage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    view! {
        <WithData render=move |loaded| {
            let id = params.read().get("id").unwrap_or_default();
            let ds = &loaded.dataset;
            match ds.service(&id) {
                None => NotFoundPage().into_any(),
                Some(service) => {
                    let name = service.name.resolve(lang.code(), &ds.meta.language).owned();
                    let summary = service.summary.resolve(lang.code(), &ds.meta.language).owned();
                    set_title(&format!("{} – {}", name.text, lang.strings().app_name));
                    view! {
                        <article class="ww-service">
                            <h1 class="ww-page-title" lang=name.lang>
                                {name.text.clone()}
                            </h1>
                            <p lang=summary.lang>{summary.text}</p>
                        </article>
                    }
                        .into_any()
                }
            }
        } />
    }
}

//! The list of services, each a link to its page. Names are dataset text: rendered as text.

use crate::app::use_lang;
use crate::domain::load::Loaded;
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

#[component]
pub fn ServiceList(loaded: Arc<Loaded>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let ds = &loaded.dataset;
    let base = ds.meta.language.as_str();
    let items = ds
        .services
        .iter()
        .map(|service| {
            let name = service.name.resolve(lang.code(), base).owned();
            let summary = service.summary.resolve(lang.code(), base).owned();
            let href = format!("/service/{}", service.id);
            view! {
                <li class="ww-service-list__item">
                    <h2 class="ww-service-list__name" lang=name.lang>
                        <A href=href>{name.text}</A>
                    </h2>
                    <p class="ww-service-list__summary" lang=summary.lang>
                        {summary.text}
                    </p>
                </li>
            }
        })
        .collect_view();
    let skipped = loaded.skipped.len();
    view! {
        <p class="ww-status" role="status">{(t.services_count)(ds.services.len())}</p>
        {(skipped > 0).then(|| view! { <p class="ww-notice">{(t.skipped_entries)(skipped)}</p> })}
        <ul class="ww-service-list">{items}</ul>
    }
}

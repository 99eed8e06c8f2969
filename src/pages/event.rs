//! `/termin/<id>`: one event. Reachable by its link even when it has taken place (a link
//! someone kept, a search engine's old entry), and then it says so: a past event is never
//! presented as one to come.

use crate::components::event_details::EventDetails;
use crate::components::with_data::WithData;
use crate::pages::not_found::NotFoundPage;
use crate::platform::document::set_title;
use crate::router::use_route;
use crate::state::{use_clock, use_lang};
use crate::view_model::shown;
use leptos::prelude::*;

#[component]
pub fn EventPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let route = use_route();
    let clock = use_clock();
    view! {
        <WithData render=move |directory| {
            // Untracked: `Pages` builds the page anew for another id.
            let id = route.with_untracked(|r| r.id().unwrap_or_default().to_string());
            let Some(event) = directory.dataset.event(&id).cloned() else {
                return NotFoundPage().into_any();
            };
            let now = clock.local_untracked(&directory);
            let base = directory.base_lang().to_string();
            let name = shown(&event.name, lang, &base);
            set_title(&format!("{} – {}", name.text, t.app_name));
            let past = clock.is_known() && event.has_taken_place(now);
            view! {
                <article class="ww-event-page">
                    <h1 class="ww-page-title" lang=name.lang>{name.text}</h1>
                    {past.then(|| view! { <p class="ww-notice" role="note">{t.event_taken_place}</p> })}
                    <EventDetails directory=directory.clone() event base region=directory.dataset.meta.region.clone() now />
                </article>
            }
            .into_any()
        } />
    }
}

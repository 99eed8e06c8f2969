//! The service's events still to come, each with its dates and a calendar file.

use crate::components::event_details::EventDetails;
use crate::domain::directory::Directory;
use crate::domain::route::Route;
use crate::state::use_lang;
use crate::view_model::shown;
use chrono::NaiveDateTime;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Events(directory: Arc<Directory>, events: Vec<usize>, now: NaiveDateTime) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let base = directory.base_lang().to_string();
    let region = directory.dataset.meta.region.clone();
    (!events.is_empty()).then(|| {
        let items = events
            .into_iter()
            .map(|e| {
                let event = &directory.dataset.events[e];
                let name = shown(&event.name, lang, &base);
                view! {
                    <li class="ww-event">
                        <h3 lang=name.lang>
                            <a href=Route::Event(event.id.clone()).href()>{name.text}</a>
                        </h3>
                        <EventDetails event=event.clone() base=base.clone() region=region.clone() now directory=directory.clone() />
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="ww-events-title">
                <h2 id="ww-events-title">{t.events_heading}</h2>
                <ul class="ww-events">{items}</ul>
            </section>
        }
    })
}

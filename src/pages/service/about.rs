//! "About this service": appointment, walk-in, home visits, age, cost, languages, who it
//! is for.

use crate::state::use_lang;
use crate::view_model::service::Fact;
use leptos::prelude::*;

#[component]
pub fn Facts(facts: Vec<Fact>) -> impl IntoView {
    let t = use_lang().strings();
    (!facts.is_empty()).then(|| {
        view! {
            <section aria-labelledby="ww-facts-title">
                <h2 id="ww-facts-title">{t.about_service_heading}</h2>
                <ul class="ww-facts">{facts.into_iter().map(|f| view! { <li>{f.text(t)}</li> }).collect_view()}</ul>
            </section>
        }
    })
}

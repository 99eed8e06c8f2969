//! Never a dead end: an empty result suggests the nearest topics, the same search in all
//! districts, and the help phone number.

use super::links::PhoneLink;
use super::results_href;
use crate::domain::directory::Directory;
use crate::domain::search::Query;
use crate::state::use_lang;
use crate::view_model::shown;
use chrono::NaiveDateTime;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn EmptyResult(directory: Arc<Directory>, query: Query, now: NaiveDateTime) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let ds = &directory.dataset;
    let base = directory.base_lang();
    let mut suggested = directory.index.nearest_needs(&query.text, 3);
    if suggested.is_empty() {
        suggested = (0..ds.needs.len())
            .filter(|i| ds.needs[*i].parent.is_none())
            .take(4)
            .collect();
    }
    let needs = suggested
        .into_iter()
        .map(|i| {
            let need = &ds.needs[i];
            let href = results_href(&Query {
                need: Some(need.id.clone()),
                ..Query::default()
            });
            let label = shown(&need.label, lang, base);
            view! { <li><a class="ww-chip" href=href lang=label.lang>{label.text}</a></li> }
        })
        .collect_view();
    let without_district = query.district.as_ref().and_then(|_| {
        let wider = Query { district: None, ..query.clone() };
        let count = directory.search(&wider, now).len();
        (count > 0).then(|| view! { <p><a class="ww-button ww-button--secondary" href=results_href(&wider)>{(t.without_district)(count)}</a></p> })
    });
    let help = ds
        .meta
        .help
        .phone
        .clone()
        .map(|phone| view! { <p><PhoneLink phone region=ds.meta.region.clone() /></p> });
    view! {
        <section class="ww-empty" aria-labelledby="ww-empty-title">
            <h2 id="ww-empty-title">{t.empty_heading}</h2>
            <p>{t.empty_text}</p>
            <p>{t.did_you_mean}</p>
            <ul class="ww-chips__list">{needs}</ul>
            {without_district}
            <p>{t.empty_help}</p>
            {help}
        </section>
    }
}

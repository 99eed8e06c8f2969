//! Results: the count announced, filters visible and removable, cards in pages of 20 with a
//! "more" button, and suggestions instead of an empty page. The URL holds the search.

use crate::app::use_lang;
use crate::components::empty_result::EmptyResult;
use crate::components::filter_bar::FilterBar;
use crate::components::search_form::SearchForm;
use crate::components::service_card::ServiceCard;
use crate::components::with_data::WithData;
use crate::domain::directory::Directory;
use crate::domain::search::{Hit, Query};
use crate::platform::document::set_title;
use crate::store::use_clock;
use chrono::NaiveDateTime;
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;

const PAGE: usize = 20;

#[component]
pub fn ResultsPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let location = use_location();
    let query = Memo::new(move |_| Query::from_query_string(&location.search.get()));
    let clock = use_clock();
    Effect::new(move || {
        let q = query.get();
        let heading = if q.text.is_empty() {
            t.results_heading.to_string()
        } else {
            (t.results_for)(&q.text)
        };
        set_title(&format!("{heading} – {}", t.app_name));
    });
    let heading = move || {
        let q = query.get();
        if q.text.is_empty() {
            t.results_heading.to_string()
        } else {
            (t.results_for)(&q.text)
        }
    };
    view! {
        <WithData render=move |directory| {
            let list_directory = directory.clone();
            let list = move || {
                let q = query.get();
                let now = clock.local(&list_directory);
                let hits = list_directory.search(&q, now);
                view! { <ResultList directory=list_directory.clone() query=q hits now /> }
            };
            let skipped = directory.skipped.len();
            view! {
                <h1 class="ww-page-title">{heading}</h1>
                {(skipped > 0).then(|| view! { <p class="ww-notice">{(t.skipped_entries)(skipped)}</p> })}
                <SearchForm query=query />
                <FilterBar directory=directory.clone() query />
                {list}
            }
        } />
    }
}

/// The list for one query; it is created anew for every query, so "more" starts at 20.
#[component]
fn ResultList(
    directory: Arc<Directory>,
    query: Query,
    hits: Vec<Hit>,
    now: NaiveDateTime,
) -> impl IntoView {
    let t = use_lang().strings();
    let shown = RwSignal::new(PAGE);
    let total = hits.len();
    let hits = Arc::new(hits);
    let count =
        view! { <p class="ww-status ww-count" role="status">{(t.services_count)(total)}</p> };
    if total == 0 {
        return view! { {count} <EmptyResult directory query now /> }.into_any();
    }
    let cards = move || {
        hits.iter()
            .take(shown.get())
            .map(|hit| view! { <ServiceCard directory=directory.clone() index=hit.index now /> })
            .collect_view()
    };
    let more = move || {
        let left = total.saturating_sub(shown.get());
        (left > 0).then(|| {
            view! {
                <p>
                    <button type="button" class="ww-button ww-button--secondary ww-button--wide" on:click=move |_| shown.update(|n| *n += PAGE)>
                        {(t.show_more)(left.min(PAGE))}
                    </button>
                </p>
            }
        })
    };
    view! {
        {count}
        <ul class="ww-cards">{cards}</ul>
        {more}
    }
    .into_any()
}

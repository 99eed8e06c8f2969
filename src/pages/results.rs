//! Results: the count announced, filters visible and removable, cards in pages of 20 with a
//! "more" button, and suggestions instead of an empty page. The URL holds the search.
//!
//! The page is built once per dataset; what changes with the URL or the clock is derived:
//! the hits are a memo (a clock tick only matters to "open now/today" and re-renders only when
//! the hits really change), the count sits in one live region that stays in the page, and
//! how many cards are shown belongs to the query it was chosen for.

use crate::components::empty_result::EmptyResult;
use crate::components::filter_bar::FilterBar;
use crate::components::results_href;
use crate::components::search_form::SearchForm;
use crate::components::service_card::ServiceCard;
use crate::components::with_data::WithData;
use crate::domain::route::Route;
use crate::domain::search::Query;
use crate::platform::document::{focus_element, set_title};
use crate::router::use_replace;
use crate::router::use_route_part;
use crate::state::use_lang;
use crate::state::{use_clock, use_last_search};
use crate::view_model::search_examples::search_examples;
use crate::view_model::understood::understood;
use leptos::prelude::*;

const PAGE: usize = 20;

/// Moves focus to the `n`-th result's link (the first of the cards "more" just showed).
fn focus_result(n: usize) {
    focus_element(&format!("ww-result-{n}"));
}

#[component]
pub fn ResultsPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let query = use_route_part(|route| match route {
        Route::Results(query) => Some(query),
        _ => None,
    });
    let clock = use_clock();
    let heading = move || {
        let q = query.get();
        if q.text.is_empty() {
            t.results_heading.to_string()
        } else {
            (t.results_for)(&q.text)
        }
    };
    let title = move || format!("{} – {}", heading(), t.app_name);
    // Once now (a page rendered at build time runs no effects), then with every search.
    set_title(&untrack(title));
    Effect::new(move || set_title(&title()));
    // Remembered for the detail pages' "back to the services".
    let last_search = use_last_search();
    // The query stays as it was while the address leaves the page, so the next page's
    // address is never remembered as a search to go back to.
    Effect::new(move || last_search.remember(query.get()));
    let replace = use_replace();
    view! {
        <WithData render=move |directory| {
            // Filters said in words ("in Brackel", "heute") become filters: the address
            // says them, the filter bar shows them, and each is removed like any filter.
            let question_directory = directory.clone();
            let replace = replace.clone();
            Effect::new(move || {
                let q = query.get();
                let read = question_directory.read_question(&q);
                if read != q {
                    replace(&results_href(&read));
                }
            });
            let search_directory = directory.clone();
            let hits = Memo::new(move |_| {
                let q = query.get();
                let now = if q.open.is_some() { clock.local(&search_directory) } else { clock.local_untracked(&search_directory) };
                search_directory.search(&q, now)
            });
            // (query, count): a new query starts again at one page.
            let more = RwSignal::new((Query::default(), PAGE));
            let shown = move || {
                let (for_query, count) = more.get();
                if query.with(|q| *q == for_query) { count } else { PAGE }
            };
            let total = move || hits.with(|h| h.iter().filter(|hit| !hit.is_maybe()).count());
            let maybe_total = move || hits.with(|h| h.iter().filter(|hit| hit.is_maybe()).count());
            let count = move || match maybe_total() {
                0 => (t.services_count)(total()),
                maybe => format!("{} {}", (t.services_count)(total()), (t.maybe_count)(maybe)),
            };
            let cards_directory = directory.clone();
            let cards = move || {
                hits.get()
                    .iter()
                    .filter(|hit| !hit.is_maybe())
                    .take(shown())
                    .enumerate()
                    .map(|(n, hit)| view! { <ServiceCard directory=cards_directory.clone() index=hit.index position=n /> })
                    .collect_view()
            };
            let show_more = move |_| {
                let before = shown();
                more.set((query.get_untracked(), before + PAGE));
                request_animation_frame(move || focus_result(before));
            };
            let maybe_directory = directory.clone();
            let maybe_cards = move || {
                let start = total();
                let cards = hits
                    .get()
                    .iter()
                    .filter(|hit| hit.is_maybe())
                    .enumerate()
                    .map(|(n, hit)| view! { <ServiceCard directory=maybe_directory.clone() index=hit.index position=start + n /> })
                    .collect_view();
                (maybe_total() > 0).then(|| view! {
                    <section class="ww-maybe" aria-labelledby="ww-maybe-title">
                        <h2 id="ww-maybe-title" class="ww-maybe__title">{t.maybe_heading}</h2>
                        <ul class="ww-cards">{cards}</ul>
                    </section>
                })
            };
            // How the words were understood, each part a link to the search without it.
            let understood_directory = directory.clone();
            let parts = move || {
                let parts = understood(&understood_directory, &query.get(), lang);
                (!parts.is_empty()).then(|| view! {
                    <div class="ww-understood">
                        <p class="ww-understood__label" id="ww-understood-label">{t.understood}</p>
                        <ul class="ww-chips__list" aria-labelledby="ww-understood-label">
                            {parts.into_iter().map(|part| {
                                let aria = (t.remove_filter)(&part.label);
                                view! {
                                    <li>
                                        <a class="ww-chip" href=results_href(&part.without) aria-label=aria>
                                            {part.label}
                                            <span aria-hidden="true">" ×"</span>
                                        </a>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </div>
                })
            };
            let empty_directory = directory.clone();
            let empty = move || {
                (total() == 0 && maybe_total() == 0).then(|| {
                    let now = clock.local_untracked(&empty_directory);
                    view! { <EmptyResult directory=empty_directory.clone() query=query.get() now /> }
                })
            };
            let skipped = directory.skipped.len();
            view! {
                <h1 class="ww-page-title">{heading}</h1>
                {(skipped > 0).then(|| view! { <p class="ww-notice">{(t.skipped_entries)(skipped)}</p> })}
                <SearchForm query=query examples=search_examples(&directory, lang) />
                {parts}
                <FilterBar directory=directory.clone() query />
                <p class="ww-status ww-count" role="status">{count}</p>
                {empty}
                <ul class="ww-cards">{cards}</ul>
                <p hidden=move || total() <= shown()>
                    <button type="button" class="ww-button ww-button--secondary ww-button--wide" on:click=show_more>
                        {move || (t.show_more)(total().saturating_sub(shown()).min(PAGE))}
                    </button>
                </p>
                {maybe_cards}
            }
        } />
    }
}

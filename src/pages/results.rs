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
use crate::domain::directory::Directory;
use crate::domain::route::Route;
use crate::domain::search::{Hit, Query};
use crate::platform::document::{focus_element, set_title};
use crate::router::use_replace;
use crate::router::use_route_part;
use crate::state::use_lang;
use crate::state::{use_clock, use_last_search};
use crate::view_model::search_examples::search_examples;
use leptos::prelude::*;
use std::sync::Arc;

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
            let cards = move || hits.with(|h| card_list(&cards_directory, h, false, shown(), 0));
            let show_more = move |_| {
                let before = shown();
                more.set((query.get_untracked(), before + PAGE));
                request_animation_frame(move || focus_result(before));
            };
            // Below the cards: the services that meet the question only in part, apart; or,
            // when nothing relates at all, what to try instead. (The "more" button is hidden
            // then: with "perhaps" there are fewer full matches than a page.)
            let below_directory = directory.clone();
            let below = move || {
                if maybe_total() > 0 {
                    Some(view! {
                        <section class="ww-maybe" aria-labelledby="ww-maybe-title">
                            <h2 id="ww-maybe-title" class="ww-maybe__title">{t.maybe_heading}</h2>
                            <ul class="ww-cards">{hits.with(|h| card_list(&below_directory, h, true, h.len(), total()))}</ul>
                        </section>
                    }.into_any())
                } else if total() == 0 {
                    let now = clock.local_untracked(&below_directory);
                    Some(view! { <EmptyResult directory=below_directory.clone() query=query.get() now /> }.into_any())
                } else {
                    None
                }
            };
            let skipped = directory.skipped.len();
            view! {
                <h1 class="ww-page-title">{heading}</h1>
                {(skipped > 0).then(|| view! { <p class="ww-notice">{(t.skipped_entries)(skipped)}</p> })}
                <SearchForm query=query examples=search_examples(&directory, lang) />
                <FilterBar directory=directory.clone() query />
                <p class="ww-status ww-count" role="status">{count}</p>
                <ul class="ww-cards">{cards}</ul>
                <p hidden=move || total() <= shown()>
                    <button type="button" class="ww-button ww-button--secondary ww-button--wide" on:click=show_more>
                        {move || (t.show_more)(total().saturating_sub(shown()).min(PAGE))}
                    </button>
                </p>
                {below}
            }
        } />
    }
}

/// The cards of the first `count` hits that meet the search only in part ("perhaps", with
/// `maybe`) or that meet it in full (without), numbered from `position` on.
fn card_list(
    directory: &Arc<Directory>,
    hits: &[Hit],
    maybe: bool,
    count: usize,
    position: usize,
) -> impl IntoView {
    hits.iter()
        .filter(|hit| hit.is_maybe() == maybe)
        .take(count)
        .enumerate()
        .map(|(n, hit)| view! { <ServiceCard directory=directory.clone() index=hit.index position=position + n /> })
        .collect_view()
}

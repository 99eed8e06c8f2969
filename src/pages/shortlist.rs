//! The shortlist (Merkliste): kept on this device only, working for the session when storage
//! is blocked; print and share. A shared list arrives as `/merkliste?ids=a,b` and shows
//! those services, which the visitor can add to their own list.

use crate::components::service_card::ServiceCard;
use crate::components::share_button::ShareButton;
use crate::components::take_away::TakeAway;
use crate::components::with_data::WithData;
use crate::domain::route::Route;
use crate::platform::document::set_title;
use crate::platform::share;
use crate::router::use_route;
use crate::state::use_lang;
use crate::state::{use_kiosk, use_shortlist};
use leptos::prelude::*;

#[component]
pub fn ShortlistPage() -> impl IntoView {
    let t = use_lang().strings();
    let shortlist = use_shortlist();
    let route = use_route();
    // The kiosk offers no print dialog or share sheet: the list goes home as a QR code.
    let on_kiosk = use_kiosk().is_on();
    set_title(&format!("{} – {}", t.shortlist_heading, t.app_name));
    view! {
        <WithData render=move |directory| {
            let list = move || {
                let shared = route.with(Route::shared_ids);
                let is_shared = shared.is_some();
                let ids = shared.unwrap_or_else(|| shortlist.list.get().ids().to_vec());
                let known: Vec<usize> = ids.iter().filter_map(|id| directory.index_of(id)).collect();
                let missing = ids.len() - known.len();
                let share_path = Route::Shortlist(Some(ids.clone())).href();
                // A shared list's plan keeps its ids; the visitor's own list needs none.
                let shared_plan = is_shared.then(|| ids.clone());
                if known.is_empty() {
                    return view! {
                        <p class="ww-status" role="status">{t.shortlist_empty}</p>
                        {(missing > 0).then(|| view! { <p class="ww-notice">{(t.shortlist_missing)(missing)}</p> })}
                    }
                    .into_any();
                }
                view! {
                    <p class="ww-status" role="status">{(t.services_count)(known.len())}</p>
                    {(missing > 0).then(|| view! { <p class="ww-notice">{(t.shortlist_missing)(missing)}</p> })}
                    {(!on_kiosk).then(|| view! {
                        <div class="ww-service__actions ww-no-print">
                            <button type="button" class="ww-button ww-button--secondary" on:click=|_| share::print()>{t.print}</button>
                            <ShareButton title=t.shortlist_heading.to_string() path=share_path.clone() />
                        </div>
                    })}
                    <p class="ww-no-print"><a class="ww-button ww-button--secondary" href=Route::WeekPlan(shared_plan).href()>{t.plan_link}</a></p>
                    <TakeAway public_url=directory.dataset.meta.public_url.clone() path=share_path />
                    <ul class="ww-cards ww-cards--single">
                        {known.into_iter().map(|index| view! { <ServiceCard directory=directory.clone() index /> }).collect_view()}
                    </ul>
                }
                .into_any()
            };
            view! {
                <h1 class="ww-page-title">{t.shortlist_heading}</h1>
                <p>{t.shortlist_intro}</p>
                {move || (!shortlist.persistent.get()).then(|| view! { <p class="ww-alert" role="note">{t.storage_blocked}</p> })}
                {list}
            }
        } />
    }
}

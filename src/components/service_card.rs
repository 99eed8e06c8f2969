//! One result: name, organisation, needs, place, address, the hours state in words, a large
//! call button and "save". What it shows is decided by `view_model::card`; dataset text is
//! rendered as text.

use super::links::PhoneLink;
use super::read_aloud::ReadAloud;
use super::save_button::SaveButton;
use crate::domain::directory::Directory;
use crate::domain::hours::HoursState;
use crate::domain::route::Route;
use crate::i18n::hours::state_text;
use crate::state::use_clock;
use crate::state::use_lang;
use crate::view_model::card::CardView;
use leptos::prelude::*;
use std::sync::Arc;

fn state_class(state: &HoursState) -> &'static str {
    match state {
        HoursState::Open { .. } => "ww-state ww-state--open",
        HoursState::Closed { .. } => "ww-state ww-state--closed",
        _ => "ww-state ww-state--unknown",
    }
}

#[component]
pub fn ServiceCard(
    directory: Arc<Directory>,
    index: usize,
    /// Its place in a result list: gives the name link an id that "more" can focus.
    #[prop(optional)]
    position: Option<usize>,
) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let clock = use_clock();
    let card = CardView::new(&directory, index, lang, clock.local_untracked(&directory));
    // Only the state line follows the clock; the card itself is built once.
    let state_directory = directory.clone();
    let state = Memo::new(move |_| {
        if !clock.is_known() {
            return (
                t.hours_on_service_page.to_string(),
                "ww-state ww-state--unknown",
            );
        }
        let now = clock.local(&state_directory);
        let state = state_directory.state(index, now);
        (state_text(t, &state, now), state_class(&state))
    });
    let region = directory.dataset.meta.region.clone();
    let call = card.phone.clone().map(|phone| {
        let label = (t.call_named)(&phone, &card.name.text);
        view! { <PhoneLink phone region label /> }
    });
    let href = Route::Service(card.id.clone()).href();
    view! {
        <li class="ww-card">
            <h2 class="ww-card__title" lang=card.name.lang.clone()>
                <a href=href id=position.map(|n| format!("ww-result-{n}"))>{card.name.text.clone()}</a>
            </h2>
            {card.organization.map(|o| view! { <p class="ww-card__org" lang=o.lang>{o.text}</p> })}
            <p class="ww-card__meta">{card.needs.join(" · ")} " – " {card.place}</p>
            {card.address.map(|a| view! { <p class="ww-card__address">{a}</p> })}
            <p class=move || state.get().1>{move || state.get().0}</p>
            <div class="ww-card__actions">
                {call}
                <SaveButton id=card.id.clone() name=card.name.text.clone() />
                <ReadAloud text=card.read_aloud name=card.name.text />
            </div>
        </li>
    }
}

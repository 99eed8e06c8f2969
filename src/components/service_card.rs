//! One result: name, organisation, needs, place, address, the hours state in words, a large
//! call button and "save". Dataset text is rendered as text.

use super::links::PhoneLink;
use super::read_aloud::ReadAloud;
use super::save_button::SaveButton;
use super::{place_words, shown};
use crate::domain::directory::Directory;
use crate::domain::hours::HoursState;
use crate::domain::present::{address_line, first_phone};
use crate::domain::route::Route;
use crate::i18n::hours::state_text;
use crate::state::use_clock;
use crate::state::use_lang;
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
    let ds = &directory.dataset;
    let base = directory.base_lang();
    let service = &ds.services[index];
    let name = shown(&service.name, lang, base);
    let organization = service
        .organization_id
        .as_deref()
        .and_then(|id| ds.organization(id))
        .map(|o| shown(&o.name, lang, base));
    let needs: Vec<String> = service
        .needs
        .iter()
        .filter_map(|id| ds.need(id))
        .map(|n| shown(&n.label, lang, base).text)
        .collect();
    let place_text = place_words(ds, service, lang, base);
    let address = service
        .location_id
        .as_deref()
        .and_then(|id| ds.location(id))
        .map(|l| address_line(&l.address));
    // Only the state line follows the clock; the card itself is built once.
    let clock = use_clock();
    let state_directory = directory.clone();
    let state = Memo::new(move |_| {
        let now = clock.local(&state_directory);
        let state = state_directory.state(index, now);
        (state_text(t, &state, now), state_class(&state))
    });
    let call = first_phone(service, &ds.meta.region).map(|(phone, _)| {
        let label = (t.call_named)(phone, &name.text);
        view! { <PhoneLink phone=phone.to_string() region=ds.meta.region.clone() label /> }
    });
    let href = Route::Service(service.id.clone()).href();
    let read_text = {
        let now = clock.local_untracked(&directory);
        [
            name.text.clone(),
            state_text(t, &directory.state(index, now), now),
            address.clone().unwrap_or_default(),
        ]
        .join(". ")
    };
    view! {
        <li class="ww-card">
            <h2 class="ww-card__title" lang=name.lang.clone()>
                <a href=href id=position.map(|n| format!("ww-result-{n}"))>{name.text.clone()}</a>
            </h2>
            {organization.map(|o| view! { <p class="ww-card__org" lang=o.lang>{o.text}</p> })}
            <p class="ww-card__meta">{needs.join(" · ")} " – " {place_text}</p>
            {address.map(|a| view! { <p class="ww-card__address">{a}</p> })}
            <p class=move || state.get().1>{move || state.get().0}</p>
            <div class="ww-card__actions">
                {call}
                <SaveButton id=service.id.clone() name=name.text.clone() />
                <ReadAloud text=read_text name=name.text />
            </div>
        </li>
    }
}

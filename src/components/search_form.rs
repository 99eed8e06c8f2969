//! The search field with a visible label and a large button. Submitting keeps the filters
//! already chosen and changes only the words. The field shows the URL's words. On the kiosk
//! an on-screen keyboard sits under it and the system keyboard stays away.

use super::onscreen_keyboard::OnScreenKeyboard;
use super::results_href;
use crate::domain::route;
use crate::domain::search::Query;
use crate::router::use_navigate;
use crate::state::use_kiosk;
use crate::state::use_lang;
use leptos::html::Input;
use leptos::prelude::*;

#[component]
pub fn SearchForm(
    #[prop(into)] query: Signal<Query>,
    /// What to show as examples under the field: the city's own needs
    /// (`view_model::search_examples`), so each one finds something.
    examples: Vec<String>,
) -> impl IntoView {
    let t = use_lang().strings();
    let input = NodeRef::<Input>::new();
    let navigate = use_navigate();
    let kiosk = use_kiosk().is_on();
    let submit = move || {
        let text = input.get().map(|i| i.value()).unwrap_or_default();
        let next = Query {
            text,
            ..query.get_untracked()
        };
        navigate(&results_href(&next));
    };
    let on_submit = {
        let submit = submit.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            submit();
        }
    };
    view! {
        // `action`: before the app has taken a prerendered page over, or without JavaScript,
        // Enter asks for the results page (`/suche?q=…`), not the page shown again.
        <form class="ww-search" role="search" action=format!("/{}", route::RESULTS) on:submit=on_submit>
            <label class="ww-search__label" for="ww-search-input">{t.search_label}</label>
            <p class="ww-search__hint" id="ww-search-hint">{(t.search_examples)(&examples)}</p>
            <div class="ww-search__row">
                <input
                    id="ww-search-input"
                    class="ww-search__input"
                    type="search"
                    name="q"
                    autocomplete="off"
                    spellcheck="false"
                    aria-describedby="ww-search-hint"
                    inputmode=kiosk.then_some("none")
                    node_ref=input
                    prop:value=move || query.get().text
                />
                <button class="ww-button ww-search__button" type="submit">{t.search_button}</button>
            </div>
            {kiosk.then(|| view! { <OnScreenKeyboard input on_search=submit /> })}
        </form>
    }
}

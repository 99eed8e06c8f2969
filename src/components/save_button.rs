//! Save to / remove from the shortlist. The visible words change with the state, and the
//! accessible name includes the service's name so every card's button is distinct.

use crate::state::use_lang;
use crate::state::{use_announcer, use_shortlist, Toggled};
use leptos::prelude::*;

#[component]
pub fn SaveButton(id: String, name: String) -> impl IntoView {
    let t = use_lang().strings();
    let shortlist = use_shortlist();
    let announcer = use_announcer();
    let saved = Memo::new({
        let id = id.clone();
        move |_| shortlist.list.get().contains(&id)
    });
    let label = {
        let name = name.clone();
        move || {
            if saved.get() {
                (t.saved_named)(&name)
            } else {
                (t.save_named)(&name)
            }
        }
    };
    let on_click = move |_| {
        announcer.say(match shortlist.toggle(&id) {
            Toggled::Saved => (t.saved_status)(&name),
            Toggled::Removed => (t.removed_status)(&name),
            Toggled::Full => t.shortlist_full.to_string(),
        });
    };
    view! {
        <button
            type="button"
            class=move || if saved.get() { "ww-button ww-button--saved" } else { "ww-button ww-button--secondary" }
            aria-label=label
            on:click=on_click
        >
            {move || if saved.get() { t.saved_remove } else { t.save }}
        </button>
    }
}

//! Read aloud: started by the user, stoppable, repeatable; hidden with an explanation where
//! the device has no voice for the UI language; silent again when the view goes away.

use crate::platform::speech;
use crate::state::use_lang;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum Reading {
    Never,
    Speaking,
    Done,
}

#[component]
pub fn ReadAloud(
    /// What to read.
    text: String,
    /// The accessible name of the start button, when several are on a page.
    #[prop(optional, into)]
    name: Option<String>,
    /// Show why reading is not possible (on detail pages; cards just leave the button out).
    #[prop(optional)]
    explain_missing: bool,
) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let voice = lang.speech_code();
    // A page rendered at build time offers the button; the browser then decides.
    let has_voice = RwSignal::new(!crate::platform::in_browser() || speech::has_voice(voice));
    // The view may be gone when the voices arrive: `try_set` then does nothing.
    speech::on_voices_changed(move || {
        has_voice.try_set(speech::has_voice(voice));
    });
    let reading = RwSignal::new(Reading::Never);
    on_cleanup(speech::stop);

    let start = move |_| {
        let started = speech::speak(&text, voice, move || {
            reading.try_set(Reading::Done);
        });
        reading.set(if started.is_ok() {
            Reading::Speaking
        } else {
            Reading::Done
        });
    };
    let stop = move |_| {
        speech::stop();
        reading.set(Reading::Done);
    };
    let start_label = move || match reading.get() {
        Reading::Done => t.read_again,
        _ => t.read_aloud,
    };
    let aria = move || name.as_ref().map(|n| format!("{}: {n}", start_label()));
    move || {
        if !has_voice.get() {
            return explain_missing
                .then(|| view! { <p class="ww-note">{t.no_voice}</p> }.into_any());
        }
        Some(match reading.get() {
            Reading::Speaking => view! {
                <span class="ww-read">
                    <button type="button" class="ww-button ww-button--secondary ww-no-print" on:click=stop>{t.stop_reading}</button>
                    <span class="ww-read__status">{t.reading_status}</span>
                </span>
            }
            .into_any(),
            _ => view! {
                <button type="button" class="ww-button ww-button--secondary ww-no-print" aria-label=aria.clone() on:click=start.clone()>
                    {start_label}
                </button>
            }
            .into_any(),
        })
    }
}

//! The kiosk's own controls, in the lower part of the screen: read this page aloud, start
//! again; and the idle watcher that forgets a visitor who walked away, after a warning that
//! counts down and one large "continue" button.

use crate::domain::kiosk::{IdlePhase, KioskConfig};
use crate::platform::{clock, document, kiosk, speech};
use crate::state::use_lang;
use crate::state::{use_announcer, use_kiosk};
use leptos::html::Dialog;
use leptos::prelude::*;

/// Text of the main content, for "read this page aloud".
fn main_text() -> String {
    document::element_text(super::skip_link::MAIN_ID)
}

#[component]
pub fn KioskBar() -> impl IntoView {
    let kiosk = use_kiosk();
    let lang = use_lang();
    let t = lang.strings();
    kiosk.config.map(|config| {
        let announcer = use_announcer();
        // Without a local voice the kiosk says so, as the detail page does.
        let read = move |_| {
            if speech::speak(&main_text(), lang.speech_code(), || {}).is_err() {
                announcer.say(t.no_voice.to_string());
            }
        };
        view! {
            <div class="ww-kiosk-bar ww-no-print">
                <button type="button" class="ww-button ww-button--secondary" on:click=read>{t.read_page}</button>
                <button type="button" class="ww-button ww-button--secondary" on:click=move |_| kiosk::reset(&config)>{t.restart}</button>
            </div>
            <IdleWatcher config />
        }
    })
}

/// Counts the seconds since the last touch or key, on the monotonic clock (a step of the
/// device clock neither delays nor hastens the reset); warns, then resets.
#[component]
fn IdleWatcher(config: KioskConfig) -> impl IntoView {
    let t = use_lang().strings();
    let last_activity = StoredValue::new(clock::monotonic_ms());
    let phase = RwSignal::new(IdlePhase::Active);
    let dialog = NodeRef::<Dialog>::new();

    for event in ["pointerdown", "keydown", "input", "wheel", "touchstart"] {
        document::listen_window(event, true, move |_| {
            last_activity.set_value(clock::monotonic_ms())
        });
    }

    let tick = set_interval_with_handle(
        move || {
            let idle =
                ((clock::monotonic_ms() - last_activity.get_value()) / 1000.0).max(0.0) as u32;
            let next = config.phase(idle);
            if next == IdlePhase::Reset {
                kiosk::reset(&config);
                return;
            }
            phase.set(next);
            if let Some(dialog) = dialog.get() {
                match next {
                    IdlePhase::Warning { .. } if !dialog.open() => {
                        let _ = dialog.show_modal();
                    }
                    IdlePhase::Active if dialog.open() => dialog.close(),
                    _ => {}
                }
            }
        },
        std::time::Duration::from_secs(1),
    );
    if let Ok(tick) = tick {
        on_cleanup(move || tick.clear());
    }
    let extend = move |_| {
        last_activity.set_value(clock::monotonic_ms());
        phase.set(IdlePhase::Active);
        if let Some(dialog) = dialog.get() {
            dialog.close();
        }
    };
    let remaining = move || match phase.get() {
        IdlePhase::Warning { remaining } => remaining,
        _ => config.warning_seconds,
    };
    // Screen readers hear the warning when it opens and then every ten seconds: the region
    // keeps the last announcement (30, 20, 10) in between, so it never flickers empty.
    let spoken = Memo::new(move |_| config.announced_seconds(remaining()));
    let spoken = move || (t.idle_text)(spoken.get());
    view! {
        <dialog node_ref=dialog class="ww-idle" aria-labelledby="ww-idle-title" aria-describedby="ww-idle-text">
            <h2 id="ww-idle-title">{t.idle_heading}</h2>
            <p id="ww-idle-text" class="ww-idle__count">{move || (t.idle_text)(remaining())}</p>
            <p class="ww-visually-hidden" role="status" aria-live="assertive">{spoken}</p>
            <button type="button" class="ww-button ww-idle__continue" autofocus on:click=extend>{t.idle_continue}</button>
        </dialog>
    }
}

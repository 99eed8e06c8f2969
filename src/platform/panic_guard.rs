//! The last line of defence: if the app ever panics, the visitor sees a calm, readable
//! message with a way back instead of a frozen page. On the kiosk nobody may touch the
//! screen for a long time, so it starts again by itself after [`KIOSK_RECOVERY_SECONDS`].
//!
//! The release build stops at a panic at once (`-Cpanic=immediate-abort`, scripts/build.sh):
//! no panic hook runs, and the wasm traps. So the app prepares the screen when it starts,
//! as a `<template>` ([`prepare_crash_screen`]), and the page's loader puts it in place when
//! the trap reaches the page (`scripts/loader/crash-screen.js`). Development builds also
//! log the panic's message first.

/// Seconds after which a crashed kiosk goes back to its start screen without a touch (the
/// review asked for at most 60).
pub const KIOSK_RECOVERY_SECONDS: u32 = 30;
const _: () = assert!(KIOSK_RECOVERY_SECONDS <= 60);

/// The id of the prepared screen, which the loader looks for.
pub const CRASH_SCREEN_ID: &str = "ww-crash";

/// Static fallback in German and English; the app's language state may be gone by now (and
/// `<html>` may still say another language and direction). The link goes to the app's
/// start (`/`), whatever page crashed. The loader moves the focus to the heading.
const FALLBACK_HTML: &str = r#"<main class="ww-crash" id="main" lang="de" dir="ltr">
<h1 tabindex="-1">Entschuldigung, hier ist etwas schiefgelaufen.</h1>
<p>Bitte laden Sie die Seite neu.</p>
<p lang="en">Sorry, something went wrong. Please reload the page.</p>
<p><a class="ww-button" href="/">Seite neu laden</a></p>
</main>"#;

const KIOSK_NOTE_HTML: &str =
    r#"<p class="ww-crash__kiosk">Der Wegweiser beginnt gleich von vorn.</p>"#;

pub fn install() {
    #[cfg(debug_assertions)]
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Wegweiser panicked: {info}").into());
    }));
    let Some(head) = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.head())
    else {
        return;
    };
    prepare_crash_screen(&head, super::kiosk::config_at_start());
}

/// Adds the crash screen to `parent` as `<template id="ww-crash">`: the static message,
/// and on the kiosk where to return (`data-return`) and after how many seconds
/// (`data-after`). A `<meta http-equiv="refresh">` does the return: it needs no script, so
/// it works although the wasm is stopped, and the CSP (no inline script) allows it.
pub fn prepare_crash_screen(
    parent: &web_sys::Element,
    kiosk: Option<crate::domain::kiosk::KioskConfig>,
) {
    let Some(document) = parent.owner_document() else {
        return;
    };
    let Ok(template) = document.create_element("template") else {
        return;
    };
    template.set_id(CRASH_SCREEN_ID);
    let note = if kiosk.is_some() { KIOSK_NOTE_HTML } else { "" };
    template.set_inner_html(&FALLBACK_HTML.replace("</main>", &format!("{note}</main>")));
    if let Some(config) = kiosk {
        let _ = template.set_attribute("data-return", &super::kiosk::start_path(&config));
        let _ = template.set_attribute("data-after", &KIOSK_RECOVERY_SECONDS.to_string());
    }
    let _ = parent.append_child(&template);
}

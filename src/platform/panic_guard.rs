//! The last line of defence: if the app ever panics, the visitor sees a calm, readable
//! message with a way back instead of a frozen page. On the kiosk nobody may touch the
//! screen for a long time, so it starts again by itself after [`KIOSK_RECOVERY_SECONDS`].

use std::panic;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set once the app has panicked: from then on its state is not to be trusted, and links
/// (the crash screen's "reload" among them) are left to the browser, which loads the page
/// anew.
static CRASHED: AtomicBool = AtomicBool::new(false);

pub fn has_crashed() -> bool {
    CRASHED.load(Ordering::Relaxed)
}

/// Seconds after which a crashed kiosk goes back to its start screen without a touch (the
/// review asked for at most 60).
pub const KIOSK_RECOVERY_SECONDS: u32 = 30;
const _: () = assert!(KIOSK_RECOVERY_SECONDS <= 60);

/// Static fallback in German and English; the app's language state may be gone by now. The
/// link goes to the app's start (`/`), whatever page crashed.
const FALLBACK_HTML: &str = r#"<main class="ww-crash" id="main">
<h1>Entschuldigung, hier ist etwas schiefgelaufen.</h1>
<p>Bitte laden Sie die Seite neu.</p>
<p lang="en">Sorry, something went wrong. Please reload the page.</p>
<p><a class="ww-button" href="/">Seite neu laden</a></p>
</main>"#;

const KIOSK_NOTE_HTML: &str =
    r#"<p class="ww-crash__kiosk">Der Wegweiser beginnt gleich von vorn.</p>"#;

pub fn install() {
    panic::set_hook(Box::new(|info| {
        CRASHED.store(true, Ordering::Relaxed);
        web_sys::console::error_1(&format!("Wegweiser panicked: {info}").into());
        show_crash_screen();
    }));
}

/// Replaces the page with the static message (see [`fill_crash_screen`]).
pub fn show_crash_screen() {
    let Some(document) = super::window().and_then(|w| w.document()) else {
        return;
    };
    if let (Some(body), Some(head)) = (document.body(), document.head()) {
        fill_crash_screen(&body, &head, super::kiosk::config_at_start());
    }
}

/// Puts the static message into `root`. On the kiosk a `<meta http-equiv="refresh">` in
/// `head` returns to the start screen: it needs no script, so it works although the wasm
/// instance is gone, and the CSP (which allows no inline script) does not block it.
pub fn fill_crash_screen(
    root: &web_sys::Element,
    head: &web_sys::Element,
    kiosk: Option<crate::domain::kiosk::KioskConfig>,
) {
    let note = if kiosk.is_some() { KIOSK_NOTE_HTML } else { "" };
    root.set_inner_html(&FALLBACK_HTML.replace("</main>", &format!("{note}</main>")));
    let (Some(config), Some(document)) = (kiosk, root.owner_document()) else {
        return;
    };
    if let Ok(meta) = document.create_element("meta") {
        let _ = meta.set_attribute("http-equiv", "refresh");
        let target = super::kiosk::start_path(&config);
        let _ = meta.set_attribute("content", &format!("{KIOSK_RECOVERY_SECONDS};url={target}"));
        let _ = head.append_child(&meta);
    }
}

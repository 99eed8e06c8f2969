//! The last line of defence: if the app ever panics, the visitor sees a calm, readable
//! message with a reload button instead of a frozen page.

use std::panic;

/// Static fallback in German and English; the app's language state may be gone by now.
const FALLBACK_HTML: &str = r#"<main class="ww-crash" id="main">
<h1>Entschuldigung, hier ist etwas schiefgelaufen.</h1>
<p>Bitte laden Sie die Seite neu. Ihre Merkliste bleibt erhalten.</p>
<p lang="en">Sorry, something went wrong. Please reload the page.</p>
<p><a class="ww-button" href="./">Seite neu laden</a></p>
</main>"#;

pub fn install() {
    panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Wegweiser panicked: {info}").into());
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            body.set_inner_html(FALLBACK_HTML);
        }
    }));
}

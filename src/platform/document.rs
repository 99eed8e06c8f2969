//! The document around the app: title, language, console.

pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

pub fn log_warning(message: &str) {
    web_sys::console::warn_1(&message.into());
}

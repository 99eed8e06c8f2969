//! The document around the app: title, language, console.

pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

pub fn log_warning(message: &str) {
    web_sys::console::warn_1(&message.into());
}

/// Sets (or removes, with `None`) an attribute on `<html>`: language, direction, theme and
/// text size live there, so CSS and assistive technology see them everywhere.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match value {
        Some(value) => root.set_attribute(name, value),
        None => root.remove_attribute(name),
    };
}

/// The device's preferred languages (`navigator.languages`), best first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let languages = window.navigator().languages();
    let mut found: Vec<String> = languages.iter().filter_map(|l| l.as_string()).collect();
    if found.is_empty() {
        found.extend(window.navigator().language());
    }
    found
}

/// Listens to `event` on the window for as long as the current view lives: the listener is
/// removed when the view is cleaned up, so it never touches a view that is gone.
pub fn listen_window(
    event: &'static str,
    capture: bool,
    handler: impl Fn(web_sys::Event) + 'static,
) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let closure = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(handler);
    let _ = window.add_event_listener_with_callback_and_bool(
        event,
        closure.as_ref().unchecked_ref(),
        capture,
    );
    let registered = send_wrapper::SendWrapper::new((window, closure));
    leptos::prelude::on_cleanup(move || {
        let (window, closure) = registered.take();
        let _ = window.remove_event_listener_with_callback_and_bool(
            event,
            closure.as_ref().unchecked_ref(),
            capture,
        );
    });
}

/// Sets a CSS custom property on `<html>` through the CSSOM (allowed by the Content Security
/// Policy, unlike a `style` attribute).
pub fn set_root_property(name: &str, value: &str) {
    use wasm_bindgen::JsCast;
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let _ = root.style().set_property(name, value);
    }
}

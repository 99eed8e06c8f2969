//! The document around the app: title, language, console.

thread_local! {
    /// The title a page set while it was rendered natively (for the build-time prerender).
    static RENDERED_TITLE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

pub fn set_title(title: &str) {
    match super::window().and_then(|w| w.document()) {
        Some(document) => document.set_title(title),
        None => RENDERED_TITLE.with(|t| *t.borrow_mut() = Some(title.to_string())),
    }
}

/// The title the page rendered last set outside a browser (and forgets it).
pub fn take_rendered_title() -> Option<String> {
    RENDERED_TITLE.with(|t| t.borrow_mut().take())
}

fn html_element(id: &str) -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    super::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Moves keyboard focus to the element with `id`, if there is one.
pub fn focus_element(id: &str) {
    if let Some(element) = html_element(id) {
        let _ = element.focus();
    }
}

/// The rendered text of the element with `id` (what a sighted reader sees), or "".
pub fn element_text(id: &str) -> String {
    html_element(id)
        .map(|element| element.inner_text())
        .unwrap_or_default()
}

pub fn log_warning(message: &str) {
    if cfg!(target_arch = "wasm32") {
        web_sys::console::warn_1(&message.into());
    } else {
        eprintln!("warning: {message}");
    }
}

/// Sets (or removes, with `None`) an attribute on `<html>`: language, direction, theme and
/// text size live there, so CSS and assistive technology see them everywhere.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let Some(root) = super::window()
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
    let Some(window) = super::window() else {
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
    let Some(window) = super::window() else {
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
    let root = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let _ = root.style().set_property(name, value);
    }
}

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

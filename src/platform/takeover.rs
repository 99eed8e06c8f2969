//! Taking over a page that was rendered at build time (`bin/prerender.rs`): the app renders
//! into a detached element while the prerendered page stays on screen, and replaces it in
//! one step once its data is there, so nothing flashes or jumps. What the reader typed
//! into a field meanwhile, and where the focus was, move over to the new page.

use std::cell::Cell;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};

thread_local! {
    /// The page rendered at build time is still the one on screen: the app renders
    /// off-screen, and has not taken over yet.
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Whether the app renders off-screen while the page rendered at build time is shown (a
/// failed load is then a notice on that page, not a page of its own).
pub fn is_pending() -> bool {
    PENDING.with(Cell::get)
}

/// The app renders off-screen from now until [`swap_in`].
pub fn set_pending() {
    PENDING.with(|p| p.set(true));
}

/// The data could not be loaded while the page rendered at build time is shown: that page
/// stays, readable, and a copy of the app's notice of the failure (rendered off-screen in
/// `container`) goes at the top of its content, its button calling `retry`. A copy, since
/// the app renders what comes next in the notice's place; a second failure's copy takes
/// the place of the first's. `<html data-app="data-failed">` says so until the app takes
/// over. `false` when the app's page has no such notice (settings, "not found": pages
/// without data), which the app then takes over as it is.
pub fn show_load_notice(container: &HtmlElement, retry: impl Fn() + 'static) -> bool {
    use wasm_bindgen::closure::Closure;
    let Some(document) = super::window().and_then(|w| w.document()) else {
        return false;
    };
    let notice = container.query_selector(".ww-load-error").ok().flatten();
    let main = document.query_selector("body > main").ok().flatten();
    let (Some(notice), Some(main)) = (notice, main) else {
        return false;
    };
    let Some(copy) = notice
        .clone_node_with_deep(true)
        .ok()
        .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    // The reader who pressed the earlier notice's button keeps their place on the new one.
    let mut had_focus = false;
    if let Ok(Some(earlier)) = main.query_selector(":scope > .ww-load-error") {
        had_focus = earlier.contains(document.active_element().as_ref().map(|e| e.as_ref()));
        earlier.remove();
    }
    let _ = main.prepend_with_node_1(&copy);
    if let Ok(Some(button)) = copy.query_selector("button") {
        let on_click = Closure::<dyn Fn()>::new(retry);
        let _ = button.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        // Lives as long as the page: one per failed load.
        on_click.forget();
        if had_focus {
            if let Ok(button) = button.dyn_into::<HtmlElement>() {
                let _ = button.focus();
            }
        }
    }
    super::document::set_root_attribute("data-app", Some("data-failed"));
    true
}

/// Whether the page came with prerendered content (its `<main>`), not the empty shell.
pub fn page_is_prerendered() -> bool {
    super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("body > main").ok().flatten())
        .is_some()
}

/// The page's `<body>`, where the app renders when there is nothing to take over.
pub fn body() -> Option<HtmlElement> {
    super::window()?.document()?.body()
}

/// Says on `<html data-app="live">` that the app runs and shows its data: from here on
/// every control works (tests wait for it instead of guessing a time).
pub fn mark_live() {
    super::document::set_root_attribute("data-app", Some("live"));
    super::mark("wegweiser:live");
}

/// Whether the page's loader has shown the crash screen (`platform::panic_guard`): then
/// nothing may replace it.
pub fn page_has_crashed() -> bool {
    super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("data-app"))
        .is_some_and(|state| state == "crashed")
}

/// An element outside the document for the app to render into until it takes over.
pub fn detached_container() -> Option<HtmlElement> {
    super::window()?
        .document()?
        .create_element("div")
        .ok()?
        .dyn_into::<HtmlElement>()
        .ok()
}

/// A text field of the prerendered page: its id, what the reader typed (if anything), and
/// whether the caret was in it.
struct Typed {
    id: String,
    /// `None` when the reader did not change the field (the app's value then stands).
    value: Option<String>,
    focused: bool,
    selection: Option<(u32, u32)>,
}

/// Fields the reader may have typed into before the take-over (they have ids on both pages).
fn typed_fields(body: &HtmlElement, active_id: Option<&str>) -> Vec<Typed> {
    let Ok(inputs) = body.query_selector_all("input[id]") else {
        return Vec::new();
    };
    (0..inputs.length())
        .filter_map(|i| inputs.item(i)?.dyn_into::<HtmlInputElement>().ok())
        .map(|input| Typed {
            focused: Some(input.id().as_str()) == active_id,
            selection: input
                .selection_start()
                .ok()
                .flatten()
                .zip(input.selection_end().ok().flatten()),
            value: (input.value() != input.default_value()).then(|| input.value()),
            id: input.id(),
        })
        .filter(|field| field.value.is_some() || field.focused)
        .collect()
}

/// Replaces the prerendered page by what the app rendered into `container`, carrying over
/// typed text and focus. Runs before the next paint, so the reader never sees a gap.
pub fn swap_in(container: &HtmlElement) {
    let Some(document) = super::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let active = document.active_element();
    let active_id = active.as_ref().map(|e| e.id()).filter(|id| !id.is_empty());
    // A focused link without an id is found again by its address.
    let active_href = active
        .as_ref()
        .filter(|e| e.tag_name() == "A")
        .and_then(|e| e.get_attribute("href"));
    let typed = typed_fields(&body, active_id.as_deref());
    PENDING.with(|p| p.set(false));
    body.set_text_content(None);
    while let Some(child) = container.first_child() {
        let _ = body.append_child(&child);
    }
    let refocus = active_id
        .as_deref()
        .and_then(|id| document.get_element_by_id(id))
        .or_else(|| {
            let href = active_href?;
            let selector = format!(
                "a[href=\"{}\"]",
                href.replace('\\', "\\\\").replace('"', "\\\"")
            );
            body.query_selector(&selector).ok().flatten()
        })
        .and_then(|e| e.dyn_into::<HtmlElement>().ok());
    if let Some(element) = refocus {
        let _ = element.focus();
    }
    for field in typed {
        let Some(input) = document
            .get_element_by_id(&field.id)
            .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        else {
            continue;
        };
        if let Some(value) = &field.value {
            input.set_value(value);
        }
        if field.focused {
            let _ = input.focus();
            if let Some((start, end)) = field.selection {
                let _ = input.set_selection_range(start, end);
            }
        }
    }
}

//! Thin wrappers over browser APIs. None of them panics: each returns `Option`/`Result` so
//! the UI can degrade (blocked storage, no network, no speech engine).
//!
//! Natively (the build-time prerender) there is no browser: [`window`] is `None`, so every
//! wrapper answers as a browser without that feature would, and nothing here ever calls
//! into JavaScript outside wasm32.

pub mod clock;
pub mod data;
pub mod document;
pub mod http;
pub mod kiosk;
pub mod kiosk_links;
pub mod panic_guard;
pub mod service_worker;
pub mod share;
pub mod speech;
pub mod storage;
pub mod takeover;
pub mod texts;

/// Whether this runs in a browser (false while the build renders pages to static HTML).
pub fn in_browser() -> bool {
    cfg!(target_arch = "wasm32")
}

/// Runs a task on the browser's event loop, before any reactive owner exists (at the start,
/// in the kiosk's reset). Boxed: every such task shares one compiled runner instead of one
/// per future's type.
pub fn spawn(task: impl std::future::Future<Output = ()> + 'static) {
    let task: std::pin::Pin<Box<dyn std::future::Future<Output = ()>>> = Box::pin(task);
    wasm_bindgen_futures::spawn_local(task);
}

/// Lets the browser run what waits (input, painting) before the app goes on: the long
/// steps of reading a dataset run as separate tasks, so none blocks a tap for long.
/// `scheduler.yield()` where the browser has it: a timer waits at least 4 ms once timers
/// nest, which for the fifty steps of reading a large city's file added a fifth of a second.
pub async fn yield_to_browser() {
    use wasm_bindgen::JsCast;
    let Some(window) = window() else {
        return;
    };
    let promise = scheduler_yield(&window).unwrap_or_else(|| {
        js_sys::Promise::new(&mut |resolve, _| {
            let _ = window.set_timeout_with_callback(resolve.unchecked_ref());
        })
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits `ms` milliseconds (at once where there is no window).
pub async fn sleep_ms(ms: i32) {
    use wasm_bindgen::JsCast;
    let Some(window) = window() else {
        return;
    };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The promise of `scheduler.yield()`, when the browser has it.
fn scheduler_yield(window: &web_sys::Window) -> Option<js_sys::Promise> {
    use wasm_bindgen::JsCast;
    let scheduler = js_sys::Reflect::get(window, &"scheduler".into()).ok()?;
    let yield_fn: js_sys::Function = js_sys::Reflect::get(&scheduler, &"yield".into())
        .ok()?
        .dyn_into()
        .ok()?;
    yield_fn.call0(&scheduler).ok()?.dyn_into().ok()
}

/// A User Timing mark (`performance.mark`): where the app's start-up time goes, for
/// `scripts/perf.mjs --verbose` and the browser's own performance panel.
pub fn mark(name: &str) {
    if let Some(performance) = window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// Takes what the loader left for the app under `name` (`globalThis.wegweiserStart`, see
/// `scripts/postbuild.mjs`), once: the early request for the dataset, the worker's early
/// messages. `None` when there is nothing (a page without the loader, a second call).
pub fn take_from_loader(name: &str) -> Option<wasm_bindgen::JsValue> {
    use wasm_bindgen::JsValue;
    let window: JsValue = window()?.into();
    let start = js_sys::Reflect::get(&window, &JsValue::from_str("wegweiserStart")).ok()?;
    if !start.is_object() {
        return None;
    }
    let key = JsValue::from_str(name);
    let value = js_sys::Reflect::get(&start, &key).ok()?;
    let _ = js_sys::Reflect::set(&start, &key, &JsValue::NULL);
    (!value.is_null() && !value.is_undefined()).then_some(value)
}

/// The browser window; `None` natively, where the same components render to static HTML.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

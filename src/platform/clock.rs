//! The device clock, read only here. The domain gets "now" as a parameter.

/// Milliseconds since the Unix epoch (what `Date.now()` gives; tests fix it with
/// Playwright's clock).
/// Natively (the build-time prerender) it is the system clock.
pub fn now_unix_ms() -> i64 {
    if cfg!(target_arch = "wasm32") {
        js_sys::Date::now() as i64
    } else {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as i64)
    }
}

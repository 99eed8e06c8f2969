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

/// Milliseconds on a clock that only moves forward (`performance.now()`): for spans of
/// time such as the kiosk's idle time, which a step of the device clock (a time server's
/// correction, a change to summer time done by hand) must not stretch or cut.
/// Natively it counts from the first call.
pub fn monotonic_ms() -> f64 {
    if cfg!(target_arch = "wasm32") {
        super::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    } else {
        static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
        START
            .get_or_init(std::time::Instant::now)
            .elapsed()
            .as_secs_f64()
            * 1000.0
    }
}

//! The device clock, read only here. The domain gets "now" as a parameter.

/// Milliseconds since the Unix epoch (what `Date.now()` gives; tests fix it with
/// Playwright's clock).
pub fn now_unix_ms() -> i64 {
    js_sys::Date::now() as i64
}

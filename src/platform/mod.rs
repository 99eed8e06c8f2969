//! Thin wrappers over browser APIs. None of them panics: each returns `Option`/`Result` so
//! the UI can degrade (blocked storage, no network, no speech engine).

pub mod clock;
pub mod data;
pub mod document;
pub mod kiosk;
pub mod panic_guard;
pub mod service_worker;
pub mod share;
pub mod speech;
pub mod storage;

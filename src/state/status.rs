//! The app's connection to the world: online or not, and whether a new version waits.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppStatus {
    pub online: RwSignal<bool>,
    pub update_waiting: RwSignal<bool>,
}

pub fn use_status() -> AppStatus {
    super::expect("use_status")
}

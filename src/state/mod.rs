//! The app's shared state, one module per part, and the one place that provides it all
//! ([`provide_app_state`]). Everything else is derived from these and the URL.
//!
//! Each `use_*` hook panics with a message naming what is missing when its provider was
//! not called: a component rendered outside the app (or a test without
//! [`testing::provide_test_state`]) is a programming error, never a silent default.

mod announcer;
mod clock;
mod data;
mod kiosk;
mod lang;
mod navigation;
mod settings;
mod shortlist;
mod status;
pub mod testing;

pub use announcer::{use_announcer, Announcer};
pub use clock::{use_clock, Clock};
pub use data::{preload, use_store, DataState, DataStore};
pub use kiosk::{use_kiosk, Kiosk};
pub use lang::{use_lang, use_language_chooser, use_shown_lang, ShownLang, UiLang};
pub use navigation::{use_last_search, LastSearch};
pub use settings::lang_at_start;
pub use settings::{use_settings, SettingsStore};
pub use shortlist::{use_shortlist, ShortlistStore, Toggled};
pub use status::{use_status, AppStatus};

use crate::platform::{document, kiosk as kiosk_platform, service_worker};
use leptos::prelude::*;

/// Whether what a visitor chooses (shortlist, settings) is kept on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// Kept in this device's storage (in memory when storage is blocked).
    Device,
    /// For this visit only: the town hall kiosk keeps nothing of a visitor.
    VisitOnly,
}

/// The context a hook needs, or a panic that names the missing provider.
fn expect<T: Clone + 'static>(hook: &str) -> T {
    use_context::<T>().unwrap_or_else(|| {
        panic!(
            "{hook}: no {} provided; call state::provide_app_state() (or \
             state::testing::provide_test_state() in tests) above this component",
            std::any::type_name::<T>()
        )
    })
}

/// Provides every part of the state for the app: kiosk mode from the start URL, the
/// reader's settings, the dataset (loading starts here), the shortlist, the clock, the
/// announcer and the connection status. Returns the handles the shell needs.
pub fn provide_app_state() -> (SettingsStore, DataStore, AppStatus) {
    let kiosk_config = kiosk_platform::config_at_start();
    let preloaded = data::take_preloaded();
    let store = match preloaded.clone() {
        Some(state) => DataStore::with_state(state),
        None => DataStore::new(),
    };
    let persistence = if kiosk_config.is_some() {
        Persistence::VisitOnly
    } else {
        Persistence::Device
    };
    let (settings, status) = provide_parts(kiosk_config, persistence, store, Clock::start());
    if preloaded.is_none() {
        store.load();
    }
    let online = window_event_listener(leptos::ev::online, move |_| status.online.set(true));
    let offline = window_event_listener(leptos::ev::offline, move |_| status.online.set(false));
    on_cleanup(move || {
        online.remove();
        offline.remove();
    });
    if let Some(config) = kiosk_config {
        document::set_root_attribute("data-kiosk", Some("1"));
        document::set_root_property("--ww-kiosk-target", &format!("{}px", config.target_px()));
        kiosk_platform::block_ways_out();
    }
    (settings, store, status)
}

/// Provides the state for rendering a page at build time (`bin/prerender.rs`): the
/// dataset already read, no kiosk, and a clock that knows the build date but claims
/// nothing about "now". A page rendered at build time knows no visitor, so it reads and
/// writes nothing (the settings' defaults, an empty shortlist).
pub fn provide_prerender_state(
    directory: std::sync::Arc<crate::domain::directory::Directory>,
    build_ms: i64,
) {
    provide_parts(
        None,
        Persistence::VisitOnly,
        DataStore::shared(directory),
        Clock::at_build(build_ms),
    );
}

/// What both the app and the prerender provide.
fn provide_parts(
    kiosk_config: Option<crate::domain::kiosk::KioskConfig>,
    persistence: Persistence,
    store: DataStore,
    clock: Clock,
) -> (SettingsStore, AppStatus) {
    provide_context(Kiosk {
        config: kiosk_config,
        started: RwSignal::new(kiosk_config.is_none()),
    });
    let settings = SettingsStore::load(persistence);
    provide_context(settings);
    provide_context(ShortlistStore::load(persistence));
    provide_context(store);
    provide_context(clock);
    let announcer = Announcer::new();
    provide_context(announcer);
    provide_context(LastSearch::new());
    let status = AppStatus {
        online: RwSignal::new(service_worker::is_online()),
        update_waiting: RwSignal::new(false),
    };
    provide_context(status);
    lang::provide_shown_lang(settings, announcer, status.online);
    (settings, status)
}

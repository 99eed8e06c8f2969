//! A provider for component tests: every part of the state, with the data and the clock a
//! test chooses, and nothing loaded from the network or read from a start URL.

use super::{
    Announcer, AppStatus, Clock, DataStore, Kiosk, LastSearch, Persistence, SettingsStore,
    ShortlistStore, ShownLang, UiLang,
};
use crate::i18n::Lang;
use leptos::prelude::*;

/// Provides the whole state for a component under test (not in kiosk mode; the shortlist
/// and settings use this browser's storage, as on a visitor's own device).
pub fn provide_test_state(lang: Lang, data: DataStore, clock: Clock) {
    provide_context(UiLang(lang));
    provide_context(Kiosk {
        config: None,
        started: RwSignal::new(true),
    });
    let settings = SettingsStore::load(Persistence::Device);
    provide_context(settings);
    provide_context(ShownLang::fixed(lang, settings));
    provide_context(ShortlistStore::load(Persistence::Device));
    provide_context(data);
    provide_context(clock);
    provide_context(Announcer::new());
    provide_context(LastSearch::new());
    provide_context(AppStatus {
        online: RwSignal::new(true),
        update_waiting: RwSignal::new(false),
    });
}

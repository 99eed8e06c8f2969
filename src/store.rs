//! Shared UI state: the dataset (loading, ready, failed), the shortlist, the clock, and
//! the announcer for screen readers. Everything else is derived from these and the URL.

use crate::domain::directory::Directory;
use crate::domain::kiosk::KioskConfig;
use crate::domain::load::load_dataset;
use crate::domain::settings::Settings;
use crate::domain::shortlist::Shortlist;
use crate::i18n::{DataFailure, Lang};
use crate::platform::data::{fetch_candidate, fetch_dataset};
use crate::platform::{clock, service_worker, storage};
use chrono::NaiveDateTime;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

#[derive(Clone)]
pub enum DataState {
    Loading,
    Ready(Arc<Directory>),
    Failed(DataFailure),
}

#[derive(Clone, Copy)]
pub struct DataStore {
    pub state: RwSignal<DataState>,
}

impl DataStore {
    pub fn new() -> Self {
        DataStore {
            state: RwSignal::new(DataState::Loading),
        }
    }

    /// A store that already holds data, for component tests.
    pub fn ready(directory: Directory) -> Self {
        DataStore {
            state: RwSignal::new(DataState::Ready(Arc::new(directory))),
        }
    }

    /// A store holding the dataset `text` (component tests).
    pub fn from_json(text: &str) -> Self {
        match load_dataset(text) {
            Ok(loaded) => DataStore::ready(Directory::from_loaded(loaded)),
            Err(error) => DataStore {
                state: RwSignal::new(DataState::Failed(DataFailure::Unusable(error))),
            },
        }
    }

    /// (Re)loads the dataset; the state shows `Loading` meanwhile.
    pub fn load(self) {
        self.state.set(DataState::Loading);
        spawn_local(async move {
            let next = match fetch_dataset().await {
                Ok(directory) => DataState::Ready(directory),
                Err(failure) => DataState::Failed(failure),
            };
            self.state.set(next);
        });
    }

    /// Reads the newer dataset the service worker keeps as pending and shows it only when it
    /// is usable; the current one stays on screen meanwhile. The worker hears the outcome, so
    /// a file the app cannot read never becomes the one kept for offline use.
    pub fn refresh(self) {
        spawn_local(async move {
            match fetch_candidate().await {
                Ok(fetched) => {
                    self.state.set(DataState::Ready(fetched.directory));
                    if let Some(revision) = fetched.revision {
                        service_worker::report_dataset(&revision, true);
                    }
                }
                Err(failed) => {
                    crate::platform::document::log_warning(&format!(
                        "dataset refresh failed: {:?}",
                        failed.failure
                    ));
                    if let (DataFailure::Unusable(_), Some(revision)) =
                        (&failed.failure, failed.revision)
                    {
                        service_worker::report_dataset(&revision, false);
                    }
                }
            }
        });
    }

    pub fn directory(&self) -> Option<Arc<Directory>> {
        match self.state.get() {
            DataState::Ready(directory) => Some(directory),
            _ => None,
        }
    }

    /// The city's name for the header, empty until the data is there.
    pub fn city(&self, lang: &str) -> String {
        self.directory()
            .map(|d| {
                d.dataset
                    .meta
                    .city
                    .resolve(lang, d.base_lang())
                    .text
                    .to_string()
            })
            .unwrap_or_default()
    }
}

impl Default for DataStore {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_store() -> DataStore {
    expect_context::<DataStore>()
}

const SHORTLIST_KEY: &str = "wegweiser.shortlist";

/// The shortlist, kept in localStorage when allowed and in memory otherwise.
#[derive(Clone, Copy)]
pub struct ShortlistStore {
    pub list: RwSignal<Shortlist>,
    /// False when storage is blocked: the view says the list lasts this session only.
    pub persistent: RwSignal<bool>,
    /// On the kiosk nothing of a visitor is written to the device.
    kiosk: bool,
}

impl ShortlistStore {
    /// A list for one kiosk visitor: in memory only.
    pub fn for_kiosk() -> Self {
        ShortlistStore {
            list: RwSignal::new(Shortlist::default()),
            persistent: RwSignal::new(true),
            kiosk: true,
        }
    }

    pub fn load() -> Self {
        let stored = storage::get(SHORTLIST_KEY);
        let persistent = stored.is_ok();
        let list = Shortlist::from_storage(stored.ok().flatten().as_deref());
        ShortlistStore {
            list: RwSignal::new(list),
            persistent: RwSignal::new(persistent),
            kiosk: false,
        }
    }

    /// Saves or removes `id`; returns whether it is saved now.
    pub fn toggle(&self, id: &str) -> bool {
        self.list.update(|list| list.toggle(id));
        let list = self.list.get_untracked();
        if !self.kiosk && storage::set(SHORTLIST_KEY, &list.to_storage()).is_err() {
            self.persistent.set(false);
        }
        list.contains(id)
    }
}

pub fn use_shortlist() -> ShortlistStore {
    expect_context::<ShortlistStore>()
}

/// "Now", as Unix milliseconds, refreshed every 30 seconds so "open now" stays true.
#[derive(Clone, Copy)]
pub struct Clock {
    pub unix_ms: RwSignal<i64>,
}

impl Clock {
    pub fn start() -> Self {
        let unix_ms = RwSignal::new(clock::now_unix_ms());
        let handle = set_interval_with_handle(
            move || unix_ms.set(clock::now_unix_ms()),
            std::time::Duration::from_secs(30),
        );
        if let Ok(handle) = handle {
            on_cleanup(move || handle.clear());
        }
        Clock { unix_ms }
    }

    /// Local time in the dataset's zone; re-runs the reading view every tick.
    pub fn local(&self, directory: &Directory) -> NaiveDateTime {
        directory.local_now(self.unix_ms.get()).unwrap_or_default()
    }

    /// Local time for building a page: the page is not rebuilt when the clock ticks (only the
    /// parts that read [`Clock::local`] update).
    pub fn local_untracked(&self, directory: &Directory) -> NaiveDateTime {
        directory
            .local_now(self.unix_ms.get_untracked())
            .unwrap_or_default()
    }

    /// A clock standing still at `unix_ms` (component tests).
    pub fn fixed(unix_ms: i64) -> Self {
        Clock {
            unix_ms: RwSignal::new(unix_ms),
        }
    }
}

pub fn use_clock() -> Clock {
    use_context::<Clock>().unwrap_or_else(|| Clock {
        unix_ms: RwSignal::new(clock::now_unix_ms()),
    })
}

/// Messages for screen readers ("saved", "link copied"), spoken by one polite live region.
#[derive(Clone, Copy)]
pub struct Announcer {
    pub message: RwSignal<String>,
}

impl Announcer {
    /// Says `message`; the region is emptied first, so the same words twice are spoken twice.
    pub fn say(&self, message: String) {
        self.message.set(String::new());
        let region = self.message;
        set_timeout(
            move || region.set(message),
            std::time::Duration::from_millis(100),
        );
    }
}

pub fn use_announcer() -> Announcer {
    use_context::<Announcer>().unwrap_or(Announcer {
        message: RwSignal::new(String::new()),
    })
}

/// The app's connection to the world: online or not, and whether a new version waits.
#[derive(Clone, Copy)]
pub struct AppStatus {
    pub online: RwSignal<bool>,
    pub update_waiting: RwSignal<bool>,
}

pub fn use_status() -> AppStatus {
    use_context::<AppStatus>().unwrap_or(AppStatus {
        online: RwSignal::new(true),
        update_waiting: RwSignal::new(false),
    })
}

const SETTINGS_KEY: &str = "wegweiser.settings";

/// The reader's settings (text size, theme, language), on this device only.
#[derive(Clone, Copy)]
pub struct SettingsStore {
    pub current: RwSignal<Settings>,
    /// On the kiosk the settings last for one visitor and are never stored.
    kiosk: bool,
}

impl SettingsStore {
    pub fn for_kiosk() -> Self {
        SettingsStore {
            current: RwSignal::new(Settings {
                language: Some("de".into()),
                ..Settings::default()
            }),
            kiosk: true,
        }
    }

    pub fn load() -> Self {
        let stored = storage::get(SETTINGS_KEY).ok().flatten();
        SettingsStore {
            current: RwSignal::new(Settings::from_storage(stored.as_deref())),
            kiosk: false,
        }
    }

    pub fn update(&self, change: impl FnOnce(&mut Settings)) {
        self.current.update(change);
        // Blocked storage: the settings still apply for this visit.
        if !self.kiosk {
            let _ = storage::set(SETTINGS_KEY, &self.current.get_untracked().to_storage());
        }
    }

    /// The UI language: the chosen one, else the device's if the app has it, else German.
    pub fn lang(&self) -> Lang {
        let chosen = self.current.with(|s| s.language.clone());
        chosen
            .as_deref()
            .and_then(Lang::from_id)
            .or_else(|| {
                crate::platform::document::preferred_languages()
                    .iter()
                    .find_map(|l| Lang::from_tag(l))
            })
            .unwrap_or(Lang::De)
    }
}

pub fn use_settings() -> SettingsStore {
    use_context::<SettingsStore>().unwrap_or(SettingsStore {
        current: RwSignal::new(Settings::default()),
        kiosk: false,
    })
}

/// Kiosk mode: `Some` on the town hall's touch screen (see `domain::kiosk`).
#[derive(Clone, Copy)]
pub struct Kiosk {
    pub config: Option<KioskConfig>,
    /// The visitor has left the attract screen.
    pub started: RwSignal<bool>,
}

impl Kiosk {
    pub fn is_on(&self) -> bool {
        self.config.is_some()
    }
}

pub fn use_kiosk() -> Kiosk {
    use_context::<Kiosk>().unwrap_or(Kiosk {
        config: None,
        started: RwSignal::new(true),
    })
}

/// How the app navigates: on the kiosk every step replaces the current history entry, so
/// no trail of a visitor is left behind.
pub fn nav_options() -> leptos_router::NavigateOptions {
    leptos_router::NavigateOptions {
        replace: use_kiosk().is_on(),
        ..Default::default()
    }
}

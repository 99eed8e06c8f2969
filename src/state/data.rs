//! The dataset as the app holds it: loading, ready (a `Directory` with its search index) or
//! failed with a reason the view can say.

use crate::domain::directory::Directory;
use crate::domain::load::load_dataset;
use crate::i18n::DataFailure;
use crate::platform::data::{fetch_candidate, fetch_dataset};
use crate::platform::service_worker;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

thread_local! {
    /// The dataset read before the app was built (see [`preload`]).
    static PRELOADED: std::cell::RefCell<Option<DataState>> = const { std::cell::RefCell::new(None) };
}

/// Reads the dataset before the app is built, while a page rendered at build time stays on
/// screen: the app is then built once, with its data, instead of first as "loading".
pub async fn preload() {
    let state = fetch_state().await;
    PRELOADED.with(|p| *p.borrow_mut() = Some(state));
}

/// The dataset fetched, read and indexed, or why it could not be.
async fn fetch_state() -> DataState {
    match fetch_dataset().await {
        Ok(directory) => DataState::Ready(directory),
        Err(failure) => DataState::Failed(failure),
    }
}

/// The preloaded dataset, once.
pub(super) fn take_preloaded() -> Option<DataState> {
    PRELOADED.with(|p| p.borrow_mut().take())
}

#[derive(Clone)]
pub enum DataState {
    Loading,
    Ready(Arc<Directory>),
    Failed(DataFailure),
}

#[derive(Clone, Copy)]
pub struct DataStore {
    pub state: RwSignal<DataState>,
    /// Loads started, and the newest whose result is shown: a result is dropped only when a
    /// newer one has already been shown, so an old answer never replaces newer data and a
    /// newer load that fails never blocks an older one.
    started: StoredValue<u64>,
    shown: StoredValue<u64>,
}

impl DataStore {
    pub(super) fn with_state(state: DataState) -> Self {
        DataStore {
            state: RwSignal::new(state),
            started: StoredValue::new(0),
            shown: StoredValue::new(0),
        }
    }

    pub fn new() -> Self {
        Self::with_state(DataState::Loading)
    }

    /// A store that already holds data, for component tests.
    pub fn ready(directory: Directory) -> Self {
        Self::shared(Arc::new(directory))
    }

    /// A store holding a dataset read elsewhere (the build-time prerender).
    pub fn shared(directory: Arc<Directory>) -> Self {
        Self::with_state(DataState::Ready(directory))
    }

    /// A store holding the dataset `text` (component tests).
    pub fn from_json(text: &str) -> Self {
        match load_dataset(text) {
            Ok(loaded) => DataStore::ready(Directory::from_loaded(loaded)),
            Err(error) => Self::with_state(DataState::Failed(DataFailure::Unusable(error))),
        }
    }

    /// Starts a load; the returned function shows its result unless a newer result is
    /// already shown, and says whether it did.
    fn start_load(self) -> impl Fn(DataState) -> bool {
        let mine = self.started.get_value() + 1;
        self.started.set_value(mine);
        move |next| {
            if self.shown.get_value() > mine {
                return false;
            }
            self.shown.set_value(mine);
            self.state.set(next);
            true
        }
    }

    /// (Re)loads the dataset; the state shows `Loading` meanwhile.
    pub fn load(self) {
        self.state.set(DataState::Loading);
        let show = self.start_load();
        spawn_local(async move {
            show(fetch_state().await);
        });
    }

    /// Reads the newer dataset the service worker keeps as pending and shows it only when it
    /// is usable; the current one stays on screen meanwhile. The worker hears the outcome, so
    /// a file the app cannot read never becomes the one kept for offline use.
    pub fn refresh(self) {
        let show = self.start_load();
        spawn_local(async move {
            match fetch_candidate().await {
                Ok(fetched) => {
                    show(DataState::Ready(fetched.directory));
                    if let Some(revision) = fetched.revision {
                        service_worker::report_dataset(&revision, true);
                    }
                }
                Err(failed) => {
                    // For the console; the visitor keeps the data shown.
                    let detail = match &failed.failure {
                        DataFailure::Unusable(error) => error.to_string(),
                        _ => "no answer, or an error status".to_string(),
                    };
                    crate::platform::document::log_warning(&format!(
                        "dataset refresh failed: {detail}"
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
    super::expect("use_store")
}

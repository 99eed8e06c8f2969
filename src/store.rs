//! The loaded dataset as shared UI state: loading, ready, or failed with a reason.

use crate::domain::load::Loaded;
use crate::i18n::DataFailure;
use crate::platform::data::fetch_dataset;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

#[derive(Clone, Debug)]
pub enum DataState {
    Loading,
    Ready(Arc<Loaded>),
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
    pub fn ready(loaded: Loaded) -> Self {
        DataStore {
            state: RwSignal::new(DataState::Ready(Arc::new(loaded))),
        }
    }

    /// (Re)loads the dataset; the state shows `Loading` meanwhile.
    pub fn load(self) {
        self.state.set(DataState::Loading);
        spawn_local(async move {
            let next = match fetch_dataset().await {
                Ok(loaded) => DataState::Ready(loaded),
                Err(failure) => DataState::Failed(failure),
            };
            self.state.set(next);
        });
    }

    pub fn loaded(&self) -> Option<Arc<Loaded>> {
        match self.state.get() {
            DataState::Ready(loaded) => Some(loaded),
            _ => None,
        }
    }

    /// The city's name for the header, empty until the data is there.
    pub fn city(&self, lang: &str) -> String {
        self.loaded()
            .map(|l| {
                let ds = &l.dataset;
                ds.meta
                    .city
                    .resolve(lang, &ds.meta.language)
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

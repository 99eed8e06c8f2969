//! Where the visitor has been: the last search, so "back to the services" on a detail page
//! returns to it (with its words and filters) rather than to an empty search.

use crate::domain::route::Route;
use crate::domain::search::Query;
use leptos::prelude::*;

/// The last search the visitor saw results for (not reactive: it is read when a link is
/// built, never drives a view).
#[derive(Clone, Copy)]
pub struct LastSearch(StoredValue<Option<Query>>);

impl LastSearch {
    pub fn new() -> Self {
        LastSearch(StoredValue::new(None))
    }

    pub fn remember(&self, query: Query) {
        self.0.set_value(Some(query));
    }

    /// The address of the last search, or of all services when there was none.
    pub fn href(&self) -> String {
        Route::Results(self.0.get_value().unwrap_or_default()).href()
    }
}

impl Default for LastSearch {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_last_search() -> LastSearch {
    super::expect("use_last_search")
}

//! "Now" for the views, ticking so that "open now" stays true.

use crate::domain::directory::Directory;
use crate::platform::clock;
use chrono::NaiveDateTime;
use leptos::prelude::*;

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
    super::expect("use_clock")
}

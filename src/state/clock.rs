//! "Now" for the views, ticking once a minute so that "open now" stays true.

use crate::domain::directory::Directory;
use crate::domain::local_time::start_of_minute;
use crate::platform::clock;
use chrono::NaiveDateTime;
use leptos::prelude::*;

/// "Now", as Unix milliseconds at the start of the current minute. Hours have minute
/// resolution, so every "open now" and every agenda line is computed at most once per
/// minute; the clock looks every 10 seconds, so a new minute shows within 10 seconds.
#[derive(Clone, Copy)]
pub struct Clock {
    pub unix_ms: RwSignal<i64>,
    /// False on a page rendered at build time: it is read later, at a time nobody knows, so
    /// it claims nothing about "now" (no "open now", no dated next days).
    known: bool,
}

impl Clock {
    pub fn start() -> Self {
        let unix_ms = RwSignal::new(start_of_minute(clock::now_unix_ms()));
        let handle = set_interval_with_handle(
            move || {
                let minute = start_of_minute(clock::now_unix_ms());
                if minute != unix_ms.get_untracked() {
                    unix_ms.set(minute);
                }
            },
            std::time::Duration::from_secs(10),
        );
        if let Ok(handle) = handle {
            on_cleanup(move || handle.clear());
        }
        Clock {
            unix_ms,
            known: true,
        }
    }

    /// The clock of a page rendered at build time (`unix_ms`): dates still order events,
    /// but [`Clock::is_known`] is false, so no view claims what is open now.
    pub fn at_build(unix_ms: i64) -> Self {
        Clock {
            unix_ms: RwSignal::new(start_of_minute(unix_ms)),
            known: false,
        }
    }

    /// Whether "now" is the reader's now (false on a page rendered at build time).
    pub fn is_known(&self) -> bool {
        self.known
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
            known: true,
        }
    }
}

pub fn use_clock() -> Clock {
    super::expect("use_clock")
}

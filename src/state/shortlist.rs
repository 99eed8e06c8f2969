//! The shortlist (Merkliste): ids on this device only, no account.

use super::Persistence;
use crate::domain::shortlist::Shortlist;
use crate::platform::storage;
use leptos::prelude::*;

const SHORTLIST_KEY: &str = "wegweiser.shortlist";

/// The shortlist, kept in localStorage when allowed and in memory otherwise.
#[derive(Clone, Copy)]
pub struct ShortlistStore {
    pub list: RwSignal<Shortlist>,
    /// False when storage is blocked: the view says the list lasts this session only.
    pub persistent: RwSignal<bool>,
    persistence: Persistence,
}

impl ShortlistStore {
    /// The device's list; for a kiosk visitor ([`Persistence::VisitOnly`]) an empty one
    /// that is never written.
    pub fn load(persistence: Persistence) -> Self {
        let (list, persistent) = match persistence {
            Persistence::VisitOnly => (Shortlist::default(), true),
            Persistence::Device => {
                let stored = storage::get(SHORTLIST_KEY);
                let persistent = stored.is_ok();
                (
                    Shortlist::from_storage(stored.ok().flatten().as_deref()),
                    persistent,
                )
            }
        };
        ShortlistStore {
            list: RwSignal::new(list),
            persistent: RwSignal::new(persistent),
            persistence,
        }
    }

    /// Saves or removes `id`, and says which happened (or that the list is full).
    pub fn toggle(&self, id: &str) -> Toggled {
        let was_saved = self.list.with_untracked(|list| list.contains(id));
        self.list.update(|list| list.toggle(id));
        let list = self.list.get_untracked();
        if self.persistence == Persistence::Device
            && storage::set(SHORTLIST_KEY, &list.to_storage()).is_err()
        {
            self.persistent.set(false);
        }
        match (was_saved, list.contains(id)) {
            (true, _) => Toggled::Removed,
            (false, true) => Toggled::Saved,
            (false, false) => Toggled::Full,
        }
    }
}

/// What a tap on "Merken" did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Toggled {
    Saved,
    Removed,
    /// The list already holds its maximum (see `domain::shortlist::MAX_ENTRIES`).
    Full,
}

pub fn use_shortlist() -> ShortlistStore {
    super::expect("use_shortlist")
}

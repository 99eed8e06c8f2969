//! The reader's settings: text size, colours, language.

use super::Persistence;
use crate::domain::settings::Settings;
use crate::i18n::Lang;
use crate::platform::storage;
use leptos::prelude::*;

const SETTINGS_KEY: &str = "wegweiser.settings";

/// The reader's settings (text size, theme, language), on this device only.
#[derive(Clone, Copy)]
pub struct SettingsStore {
    pub current: RwSignal<Settings>,
    persistence: Persistence,
}

impl SettingsStore {
    /// The device's settings; a kiosk visitor ([`Persistence::VisitOnly`]) starts in German
    /// with the defaults, and nothing is stored.
    pub fn load(persistence: Persistence) -> Self {
        let current = match persistence {
            Persistence::VisitOnly => Settings {
                language: Some("de".into()),
                ..Settings::default()
            },
            Persistence::Device => {
                Settings::from_storage(storage::get(SETTINGS_KEY).ok().flatten().as_deref())
            }
        };
        SettingsStore {
            current: RwSignal::new(current),
            persistence,
        }
    }

    pub fn update(&self, change: impl FnOnce(&mut Settings)) {
        self.current.update(change);
        // Blocked storage: the settings still apply for this visit.
        if self.persistence == Persistence::Device {
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
    super::expect("use_settings")
}

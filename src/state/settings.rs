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

    /// The UI language wanted: the chosen one, else the device's if the app has it, else
    /// German. (It shows once its texts are there: `state::lang`.)
    pub fn lang(&self) -> Lang {
        self.current.with(|s| lang_of(s.language.as_deref()))
    }
}

/// The language for a chosen language id, else the device's if the app has it, else German.
fn lang_of(chosen: Option<&str>) -> Lang {
    chosen
        .and_then(Lang::from_id)
        .or_else(|| {
            crate::platform::document::preferred_languages()
                .iter()
                .find_map(|l| Lang::from_tag(l))
        })
        .unwrap_or(Lang::De)
}

/// The language the app will start in, before its state exists: German on the kiosk, else
/// as [`SettingsStore::lang`] will say.
pub fn lang_at_start() -> Lang {
    if crate::platform::kiosk::config_at_start().is_some() {
        return Lang::De;
    }
    let stored = Settings::from_storage(storage::get(SETTINGS_KEY).ok().flatten().as_deref());
    lang_of(stored.language.as_deref())
}

pub fn use_settings() -> SettingsStore {
    super::expect("use_settings")
}

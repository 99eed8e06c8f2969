//! The UI language, provided to every view (anew when the reader chooses another).
//!
//! The wasm carries German's texts alone; another language's are fetched when it is wanted
//! (`platform::texts`). The language shown is the one wanted once its texts are there, and
//! the one shown before until then, so nothing shows half translated.

use super::{Announcer, SettingsStore};
use crate::i18n::Lang;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct UiLang(pub Lang);

pub fn use_lang() -> Lang {
    super::expect::<UiLang>("use_lang").0
}

/// The language shown, and the reader's choices of language.
#[derive(Clone, Copy)]
pub struct ShownLang {
    shown: Memo<Lang>,
    chooser: LanguageChooser,
}

impl ShownLang {
    /// A language that is shown at once, whatever is wanted (component tests).
    pub fn fixed(lang: Lang, settings: SettingsStore) -> Self {
        ShownLang {
            shown: Memo::new(move |_| lang),
            chooser: LanguageChooser {
                settings,
                replaced: StoredValue::new(None),
            },
        }
    }
}

pub fn use_shown_lang() -> Memo<Lang> {
    super::expect::<ShownLang>("use_shown_lang").shown
}

pub fn use_language_chooser() -> LanguageChooser {
    super::expect::<ShownLang>("use_language_chooser").chooser
}

/// Where the reader chooses a language (the settings page, the kiosk's first screen).
#[derive(Clone, Copy)]
pub struct LanguageChooser {
    settings: SettingsStore,
    /// The language chosen in this visit whose texts are still awaited, and the setting it
    /// replaced: what the setting goes back to if the texts cannot be fetched.
    replaced: StoredValue<Option<(Lang, Option<String>)>>,
}

impl LanguageChooser {
    pub fn choose(&self, lang: Lang) {
        let before = self.settings.current.with_untracked(|s| s.language.clone());
        if !lang.has_texts() {
            self.replaced.set_value(Some((lang, before)));
        }
        self.settings
            .update(|s| s.language = Some(lang.id().to_string()));
    }
}

/// Provides [`ShownLang`], and fetches the texts of the language wanted whenever they are
/// not there: when it changes, and again when the connection comes back. When they cannot
/// be fetched (offline before the service worker kept them, a broken file), the reader
/// hears so in the language shown; a language chosen in this visit goes back to the setting
/// it replaced, while a stored or device language stays wanted for the next try.
pub(super) fn provide_shown_lang(
    settings: SettingsStore,
    announcer: Announcer,
    online: RwSignal<bool>,
) {
    let wanted = Memo::new(move |_| settings.lang());
    let arrived = RwSignal::new(0_u32);
    let fetching = StoredValue::new(Vec::<Lang>::new());
    let chooser = LanguageChooser {
        settings,
        replaced: StoredValue::new(None),
    };
    let shown = Memo::new(move |before: Option<&Lang>| {
        arrived.track();
        let lang = wanted.get();
        if lang.has_texts() {
            lang
        } else {
            before.copied().unwrap_or(Lang::De)
        }
    });
    Effect::new(move || {
        let lang = wanted.get();
        online.track();
        if lang.has_texts() || fetching.with_value(|f| f.contains(&lang)) {
            return;
        }
        fetching.update_value(|f| f.push(lang));
        leptos::task::spawn_local(async move {
            let fetched = crate::platform::texts::fetch_texts(lang).await;
            fetching.update_value(|f| f.retain(|l| *l != lang));
            if fetched {
                arrived.update(|n| *n += 1);
                return;
            }
            if wanted.get_untracked() != lang {
                return; // another language was chosen meanwhile
            }
            let showing = shown.get_untracked();
            announcer.say(showing.strings().language_unavailable.to_string());
            let replaced = chooser.replaced.get_value();
            if let Some((_, before)) = replaced.filter(|(chosen, _)| *chosen == lang) {
                chooser.replaced.set_value(None);
                settings.update(|s| s.language = before);
            }
        });
    });
    provide_context(ShownLang { shown, chooser });
}

//! The UI language, provided to every view (anew when the reader chooses another).
//!
//! The wasm carries German's texts alone; another language's are fetched when it is chosen
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

/// The language the UI is shown in (see the module's comment).
#[derive(Clone, Copy)]
pub struct ShownLang(pub Memo<Lang>);

pub fn use_shown_lang() -> Memo<Lang> {
    super::expect::<ShownLang>("use_shown_lang").0
}

/// Provides [`ShownLang`], and fetches the texts of each language wanted. When they cannot
/// be fetched (offline before the service worker kept them), the reader hears so in the
/// language shown, and a language they chose goes back to the one shown.
pub(super) fn provide_shown_lang(settings: SettingsStore, announcer: Announcer) {
    let arrived = RwSignal::new(0_u32);
    let shown = Memo::new(move |before: Option<&Lang>| {
        arrived.track();
        let wanted = settings.lang();
        if wanted.has_texts() {
            wanted
        } else {
            before.copied().unwrap_or(Lang::De)
        }
    });
    Effect::new(move || {
        let wanted = settings.lang();
        if wanted.has_texts() {
            return;
        }
        leptos::task::spawn_local(async move {
            if crate::platform::texts::fetch_texts(wanted).await {
                arrived.update(|n| *n += 1);
                return;
            }
            let showing = shown.get_untracked();
            announcer.say(showing.strings().language_unavailable.to_string());
            let chosen = settings.current.with_untracked(|s| s.language.clone());
            if chosen.as_deref() == Some(wanted.id()) {
                settings.update(|s| s.language = Some(showing.id().to_string()));
            }
        });
    });
    provide_context(ShownLang(shown));
}

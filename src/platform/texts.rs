//! A language's fixed texts, fetched from `i18n/<id>.json` when the language is chosen (the
//! wasm carries German's alone; the service worker keeps every language file for offline
//! use). See `i18n::texts`.

use crate::i18n::{texts, Lang};

/// Makes `lang`'s texts available: `true` once they are (at once for German, and for a
/// language read before), `false` when its file could not be fetched or read (offline
/// before the worker kept it, a broken file). Never panics.
pub async fn fetch_texts(lang: Lang) -> bool {
    if lang.has_texts() {
        return true;
    }
    let url = format!("i18n/{}.json", lang.id());
    let Some(response) = super::http::get(&url).await else {
        return false;
    };
    if !response.ok() {
        return false;
    }
    let Some(file) = super::http::body(response.into(), None).await else {
        return false;
    };
    match texts::install(lang, &file.to_vec()) {
        Ok(_) => true,
        Err(error) => {
            super::document::log_warning(&format!("{url} refused: {error}"));
            false
        }
    }
}

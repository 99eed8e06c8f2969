//! Reusable views, one public component per file.

pub mod announcer;
pub mod calendar_link;
pub mod copy_button;
pub mod empty_result;
pub mod event_details;
pub mod filter_bar;
pub mod help_contact;
pub mod hours_view;
pub mod icon;
pub mod kiosk_bar;
pub mod links;
pub mod load_error;
pub mod onscreen_keyboard;
pub mod qr_code;
pub mod read_aloud;
pub mod save_button;
pub mod search_form;
pub mod service_card;
pub mod share_button;
pub mod site_nav;
pub mod skip_link;
pub mod status_bar;
pub mod take_away;
pub mod with_data;

use crate::domain::dataset::{Dataset, Service};
use crate::domain::present::{place, Place};
use crate::domain::route::Route;
use crate::domain::search::Query;
use crate::domain::text::{LocalText, OwnedText};
use crate::i18n::Lang;

/// A dataset text in the UI language where it exists; `lang` is set only when the text is
/// in another language than the UI, so the view can mark it (`lang` attribute).
pub fn shown(text: &LocalText, ui: Lang, base: &str) -> OwnedText {
    let resolved = text.resolve(ui.code(), base);
    let lang = resolved.lang.filter(|l| !l.is_empty()).unwrap_or(base);
    OwnedText {
        text: resolved.text.to_string(),
        lang: (lang != ui.code()).then(|| lang.to_string()),
    }
}

/// Where a service is, in words: its district(s), "whole city" or "not known".
pub fn place_words(ds: &Dataset, service: &Service, lang: Lang, base: &str) -> String {
    let t = lang.strings();
    match place(ds, service) {
        Place::Citywide => t.citywide.to_string(),
        Place::Districts(labels) => labels
            .iter()
            .map(|l| shown(l, lang, base).text)
            .collect::<Vec<_>>()
            .join(", "),
        Place::Unknown => t.place_unknown.to_string(),
    }
}

/// The results page's address for a query.
pub fn results_href(query: &Query) -> String {
    Route::Results(query.clone()).href()
}

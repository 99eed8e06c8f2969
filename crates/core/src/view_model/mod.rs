//! What the views show, decided here in plain Rust and laid out by the Leptos components.
//!
//! A view-model takes the directory, the UI language and "now", and gives the texts, lists
//! and flags a page needs: which facts to list, which events belong to a service, the
//! address lines, the words read aloud. The components only arrange them, so these
//! decisions are tested natively with `cargo test` and the same page renders in the
//! browser and at build time.

pub mod card;
pub mod search_examples;
pub mod service;
pub mod understood;

use crate::domain::dataset::{Dataset, Service};
use crate::domain::present::{place, Place};
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

/// The name of the organisation behind a service, where the dataset names one.
pub fn organization_name(
    ds: &Dataset,
    service: &Service,
    lang: Lang,
    base: &str,
) -> Option<OwnedText> {
    service
        .organization_id
        .as_deref()
        .and_then(|id| ds.organization(id))
        .map(|o| shown(&o.name, lang, base))
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

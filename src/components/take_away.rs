//! "Zum Mitnehmen" on the kiosk: a page's public address as a QR code, the kiosk's only way
//! to let a visitor take a service or a shortlist home (no share sheet, clipboard or print
//! dialog, which would lead out of the app or leave traces for the next visitor).

use crate::components::qr_code::QrCode;
use crate::domain::kiosk::is_local_host;
use crate::platform::share;
use crate::state::use_kiosk;
use crate::state::use_lang;
use leptos::prelude::*;

/// The address a visitor's phone can open: the published app (`meta.public_url`) when the
/// dataset names it, else this kiosk's own origin, unless that opens only here (a loopback
/// or private address: a phone would scan a dead link), when there is none.
pub fn public_link(public_url: Option<&str>, path: &str) -> Option<String> {
    match public_url.and_then(crate::domain::contact::safe_web_href) {
        Some(base) => Some(format!("{}{path}", base.trim_end_matches('/'))),
        None if share::page_host().is_some_and(|host| is_local_host(&host)) => None,
        None => Some(share::absolute_url(path)),
    }
}

/// The take-away code for `path`; nothing outside the kiosk, and nothing where no phone
/// could open the address (see [`public_link`]; `check` warns of a dataset without
/// `meta.public_url`).
#[component]
pub fn TakeAway(public_url: Option<String>, path: String) -> impl IntoView {
    let t = use_lang().strings();
    let target = use_kiosk()
        .is_on()
        .then(|| public_link(public_url.as_deref(), &path))
        .flatten();
    target.map(|target| {
        view! {
            <section class="ww-take-away" aria-labelledby="ww-take-away-title">
                <h2 id="ww-take-away-title">{t.take_away_heading}</h2>
                <QrCode target caption=t.take_away_text.to_string() />
            </section>
        }
    })
}

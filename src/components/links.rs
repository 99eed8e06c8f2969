//! Phone, e-mail and web links, checked (only `tel:`, `mailto:` and `https:` ever become
//! links). On the kiosk none of them leaves the app: a phone number is shown large with a
//! code to scan, e-mail and web addresses become QR codes.

use super::qr_code::QrCode;
use crate::domain::contact::{mail_href, phone_href, safe_web_href};
use crate::state::use_kiosk;
use crate::state::use_lang;
use leptos::prelude::*;

/// A call button (a large number and a code on the kiosk).
#[component]
pub fn PhoneLink(
    phone: String,
    region: String,
    /// The accessible name, when the visible words are not enough (several on a page).
    #[prop(optional, into)]
    label: Option<String>,
) -> impl IntoView {
    let t = use_lang().strings();
    let Some(href) = phone_href(&phone, &region) else {
        return view! { <span class="ww-phone">{phone}</span> }.into_any();
    };
    if use_kiosk().is_on() {
        return view! {
            <div class="ww-phone-large">
                <p class="ww-phone-large__number">{(t.call)(&phone)}</p>
                <QrCode target=href caption=t.scan_to_call.to_string() />
            </div>
        }
        .into_any();
    }
    let text = (t.call)(&phone);
    view! { <a class="ww-button ww-button--call" href=href aria-label=label>{text}</a> }.into_any()
}

/// An e-mail link (a QR code on the kiosk).
#[component]
pub fn MailLink(address: String, #[prop(optional, into)] text: Option<String>) -> impl IntoView {
    let t = use_lang().strings();
    let Some(href) = mail_href(&address) else {
        return view! { <span>{address}</span> }.into_any();
    };
    let text = text.unwrap_or_else(|| (t.mail_to)(&address));
    if use_kiosk().is_on() {
        return view! { <QrCode target=href caption=text /> }.into_any();
    }
    view! { <a class="ww-button ww-button--secondary" href=href>{text}</a> }.into_any()
}

/// A mailto link with a subject ("report a mistake"), already built and checked.
#[component]
pub fn MailtoLink(href: String, text: String) -> impl IntoView {
    if use_kiosk().is_on() {
        return view! { <QrCode target=href caption=text /> }.into_any();
    }
    view! { <a class="ww-button ww-button--secondary ww-no-print" href=href>{text}</a> }.into_any()
}

/// A web link, https only (a QR code on the kiosk).
#[component]
pub fn WebLink(url: String, #[prop(optional, into)] label: Option<String>) -> impl IntoView {
    let Some(href) = safe_web_href(&url) else {
        return view! { <span>{url}</span> }.into_any();
    };
    let caption = label.clone().unwrap_or_else(|| href.clone());
    if use_kiosk().is_on() {
        return view! { <QrCode target=href caption /> }.into_any();
    }
    let text = match label {
        Some(label) => format!("{label}: {href}"),
        None => href.clone(),
    };
    view! { <a href=href>{text}</a> }.into_any()
}

/// A contact's phone and e-mail as links (either may be missing): service contacts, event
/// registration and the help contact all show them the same way.
#[component]
pub fn ContactLinks(phone: Option<String>, email: Option<String>, region: String) -> impl IntoView {
    let call = phone.map(|phone| view! { <PhoneLink phone region /> });
    let mail = email.map(|address| view! { <MailLink address /> });
    view! { {call} " " {mail} }
}

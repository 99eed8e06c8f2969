//! The help contact from the dataset, in the same place (the footer) on every view.

use crate::app::use_lang;
use crate::domain::contact::{mail_href, phone_href};
use crate::store::use_store;
use leptos::prelude::*;

#[component]
pub fn HelpContact() -> impl IntoView {
    let store = use_store();
    let lang = use_lang();
    let t = lang.strings();
    view! {
        <footer class="ww-footer" aria-label=t.footer_label>
            {move || {
                store
                    .loaded()
                    .map(|loaded| {
                        let meta = &loaded.dataset.meta;
                        let label = meta.help.label.resolve(lang.code(), &meta.language).owned();
                        let phone = meta.help.phone.clone().unwrap_or_default();
                        let href = phone_href(&phone, &meta.region);
                        let mail = meta.help.email.as_deref().and_then(mail_href).map(|href| {
                            let address = meta.help.email.clone().unwrap_or_default();
                            view! { <a class="ww-button ww-button--mail" href=href>{address}</a> }
                        });
                        view! {
                            <h2 class="ww-footer__title">{t.help_heading}</h2>
                            <p lang=label.lang>{label.text}</p>
                            {href
                                .map(|href| {
                                    view! {
                                        <a class="ww-button ww-button--call" href=href>
                                            {(t.call)(&phone)}
                                        </a>
                                    }
                                })}
                            {mail}
                        }
                    })
            }}
        </footer>
    }
}

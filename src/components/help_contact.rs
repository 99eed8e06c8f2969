//! The help contact from the dataset, in the same place (the footer) on every view.

use crate::app::use_lang;
use crate::components::shown;
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
                    .directory()
                    .map(|directory| {
                        let meta = &directory.dataset.meta;
                        let label = shown(&meta.help.label, lang, directory.base_lang());
                        let call = meta.help.phone.as_deref().and_then(|phone| {
                            let href = phone_href(phone, &meta.region)?;
                            let text = (t.call)(phone);
                            Some(view! { <a class="ww-button ww-button--call" href=href>{text}</a> })
                        });
                        let mail = meta.help.email.as_deref().and_then(|address| {
                            let href = mail_href(address)?;
                            let text = (t.mail_to)(address);
                            Some(view! { <a class="ww-button ww-button--secondary" href=href>{text}</a> })
                        });
                        let date = chrono::NaiveDate::parse_from_str(&meta.data_date, "%Y-%m-%d")
                            .map(|d| crate::i18n::hours::date_text(t, d))
                            .unwrap_or_else(|_| meta.data_date.clone());
                        view! {
                            <h2 class="ww-footer__title">{t.help_heading}</h2>
                            <p lang=label.lang>{label.text}</p>
                            <p class="ww-footer__actions">{call} {mail}</p>
                            <p class="ww-footer__date">{(t.data_of)(&date)}</p>
                        }
                    })
            }}
        </footer>
    }
}

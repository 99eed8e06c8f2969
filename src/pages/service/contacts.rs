//! The service's contacts by role, each with its call and mail links.

use crate::components::links::ContactLinks;
use crate::state::use_lang;
use crate::view_model::service::ContactView;
use leptos::prelude::*;

#[component]
pub fn Contacts(contacts: Vec<ContactView>, region: String) -> impl IntoView {
    let t = use_lang().strings();
    (!contacts.is_empty()).then(|| {
        let items = contacts
            .into_iter()
            .map(|c| {
                view! {
                    <li class="ww-contact">
                        <p class="ww-contact__role" lang=c.role.lang>{c.role.text}</p>
                        {c.name.map(|n| view! { <p class="ww-contact__name">{n}</p> })}
                        <p class="ww-contact__actions">
                            <ContactLinks phone=c.phone email=c.email region=region.clone() />
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="ww-contact-title">
                <h2 id="ww-contact-title">{t.contact_heading}</h2>
                <ul class="ww-contacts">{items}</ul>
            </section>
        }
    })
}

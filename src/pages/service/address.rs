//! Where the service is: the address, how to get there, "copy address" and what the place
//! offers for access.

use crate::components::copy_button::CopyButton;
use crate::state::use_lang;
use crate::view_model::service::AddressView;
use leptos::prelude::*;

#[component]
pub fn Address(address: AddressView) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let yes_no = move |value: bool| if value { t.yes } else { t.no };
    let access = address.access.map(|access| {
        view! {
            <h3>{t.accessibility_heading}</h3>
            <ul>{access.items.into_iter().map(|(label, v)| view! { <li>{label} ": " {yes_no(v)}</li> }).collect_view()}</ul>
            {access.notes.map(|n| view! { <p lang=n.lang>{n.text}</p> })}
        }
    });
    view! {
        <section aria-labelledby="ww-address-title">
            <h2 id="ww-address-title">{t.address_heading}</h2>
            <address class="ww-address">{address.lines.into_iter().map(|l| view! { <span>{l}</span><br /> }).collect_view()}</address>
            {address.transit.map(|tr| view! { <p><strong>{t.transit_label}</strong> " " <span lang=tr.lang>{tr.text}</span></p> })}
            <CopyButton text=address.copy_text label=t.copy_address done=t.copied failed=t.copy_failed />
            {access}
        </section>
    }
}

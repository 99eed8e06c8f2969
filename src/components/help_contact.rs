//! The help contact from the dataset, in the same place (the footer) on every view.

use crate::components::links::ContactLinks;
use crate::domain::dataset::Meta;
use crate::state::use_lang;
use crate::state::use_store;
use crate::view_model::shown;
use leptos::prelude::*;

/// The help contact's phone and e-mail as links: in the footer, and wherever the app has no
/// better address (no correction e-mail, an entry without contacts).
#[component]
pub fn HelpLinks(meta: Meta) -> impl IntoView {
    view! { <ContactLinks phone=meta.help.phone email=meta.help.email region=meta.region /> }
}

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
                        let date = crate::i18n::hours::day_text(t, &meta.data_date);
                        view! {
                            <h2 class="ww-footer__title">{t.help_heading}</h2>
                            <p lang=label.lang>{label.text}</p>
                            <p class="ww-footer__actions"><HelpLinks meta=meta.clone() /></p>
                            <p class="ww-footer__date">{(t.data_of)(&date)}</p>
                        }
                    })
            }}
        </footer>
    }
}

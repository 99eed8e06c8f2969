//! About: where the data comes from and how fresh it is, who keeps it, the accessibility
//! statement with a feedback contact, imprint and privacy note.

use crate::components::help_contact::HelpLinks;
use crate::components::links::{MailLink, WebLink};
use crate::components::with_data::WithData;
use crate::i18n::hours::day_text;
use crate::platform::document::set_title;
use crate::state::use_lang;
use crate::view_model::shown;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let lang = use_lang();
    let kiosk = crate::state::use_kiosk();
    let t = lang.strings();
    set_title(&format!("{} – {}", t.about_heading, t.app_name));
    view! {
        <WithData render=move |directory| {
            let meta = &directory.dataset.meta;
            let base = directory.base_lang();
            let maintainer = meta.maintainer.as_ref().map(|m| shown(&m.name, lang, base));
            let date = day_text(t, &meta.data_date);
            let description = meta.description.as_ref().map(|d| shown(d, lang, base));
            let feedback = match meta.correction_email.clone() {
                Some(address) => view! { <p>{t.a11y_feedback} " " <MailLink address=address.clone() text=address /></p> }.into_any(),
                None => view! { <p>{t.report_by_phone} " " <HelpLinks meta=meta.clone() /></p> }.into_any(),
            };
            let maintainer_link = meta.maintainer.as_ref().and_then(|m| m.url.clone()).map(|url| view! { <p><WebLink url /></p> });
            let (kept_by, imprint) = match &maintainer {
                Some(m) => (
                    view! { <p lang=m.lang.clone()>{(t.maintained_by)(&m.text)}</p> }.into_any(),
                    view! { <p lang=m.lang.clone()>{(t.imprint_text)(&m.text)}</p> }.into_any(),
                ),
                None => (
                    view! { <p>{t.maintainer_unknown}</p> }.into_any(),
                    view! { <p>{t.maintainer_unknown}</p> }.into_any(),
                ),
            };
            view! {
                <h1 class="ww-page-title">{t.about_heading}</h1>
                {description.map(|d| view! { <p class="ww-lead" lang=d.lang>{d.text}</p> })}
                <section aria-labelledby="ww-about-data">
                    <h2 id="ww-about-data">{t.about_data_heading}</h2>
                    <p>{(t.data_of)(&date)}</p>
                    {kept_by}
                    {maintainer_link}
                    <p>{(t.licence)(&meta.licence)}</p>
                </section>
                <section aria-labelledby="ww-about-a11y">
                    <h2 id="ww-about-a11y">{t.a11y_heading}</h2>
                    <p>{t.a11y_text}</p>
                    {feedback}
                </section>
                <section aria-labelledby="ww-about-imprint">
                    <h2 id="ww-about-imprint">{t.imprint_heading}</h2>
                    {imprint}
                </section>
                <section aria-labelledby="ww-about-privacy">
                    <h2 id="ww-about-privacy">{t.privacy_heading}</h2>
                    <p>{t.privacy_text}</p>
                </section>
                // The keepers' workspace is its own page (a full load, not a route of the
                // app); a kiosk never leads there.
                {(!kiosk.is_on()).then(|| view! {
                    <p class="ww-keepers"><a href="/pflege/" rel="external">{t.for_keepers}</a></p>
                })}
            }
        } />
    }
}

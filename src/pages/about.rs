//! About: where the data comes from and how fresh it is, who keeps it, the accessibility
//! statement with a feedback contact, imprint and privacy note.

use crate::components::links::{MailLink, WebLink};
use crate::components::shown;
use crate::components::with_data::WithData;
use crate::i18n::hours::date_text;
use crate::platform::document::set_title;
use crate::state::use_lang;
use chrono::NaiveDate;
use leptos::prelude::*;

#[component]
pub fn AboutPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    set_title(&format!("{} – {}", t.about_heading, t.app_name));
    view! {
        <WithData render=move |directory| {
            let meta = &directory.dataset.meta;
            let base = directory.base_lang();
            let maintainer = shown(&meta.maintainer.name, lang, base);
            let date = NaiveDate::parse_from_str(&meta.data_date, "%Y-%m-%d").map(|d| date_text(t, d)).unwrap_or_else(|_| meta.data_date.clone());
            let description = meta.description.as_ref().map(|d| shown(d, lang, base));
            let feedback = view! { <MailLink address=meta.correction_email.clone() text=meta.correction_email.clone() /> };
            let maintainer_link = meta.maintainer.url.clone().map(|url| view! { <p><WebLink url /></p> });
            view! {
                <h1 class="ww-page-title">{t.about_heading}</h1>
                {description.map(|d| view! { <p class="ww-lead" lang=d.lang>{d.text}</p> })}
                <section aria-labelledby="ww-about-data">
                    <h2 id="ww-about-data">{t.about_data_heading}</h2>
                    <p>{(t.data_of)(&date)}</p>
                    <p lang=maintainer.lang.clone()>{(t.maintained_by)(&maintainer.text)}</p>
                    {maintainer_link}
                    <p>{(t.licence)(&meta.licence)}</p>
                </section>
                <section aria-labelledby="ww-about-a11y">
                    <h2 id="ww-about-a11y">{t.a11y_heading}</h2>
                    <p>{t.a11y_text}</p>
                    <p>{t.a11y_feedback} " " {feedback}</p>
                </section>
                <section aria-labelledby="ww-about-imprint">
                    <h2 id="ww-about-imprint">{t.imprint_heading}</h2>
                    <p>{(t.imprint_text)(&maintainer.text)}</p>
                </section>
                <section aria-labelledby="ww-about-privacy">
                    <h2 id="ww-about-privacy">{t.privacy_heading}</h2>
                    <p>{t.privacy_text}</p>
                </section>
            }
        } />
    }
}

//! About the entry itself: when it was checked, its source, the page's address on paper,
//! and "report a mistake".

use crate::components::help_contact::HelpLinks;
use crate::components::links::{MailtoLink, WebLink};
use crate::domain::dataset::Meta;
use crate::domain::present::Freshness;
use crate::i18n::hours::date_text;
use crate::state::use_lang;
use crate::view_model::service::Report;
use leptos::prelude::*;

#[component]
pub fn Record(
    checked: Freshness,
    source_name: String,
    source_url: Option<String>,
    report: Report,
    /// Printed on paper only, so a printout leads back to the page.
    page_url: String,
    meta: Meta,
) -> impl IntoView {
    let t = use_lang().strings();
    let checked = match checked {
        Freshness::Checked(date) => {
            view! { <p>{(t.checked_on)(&date_text(t, date))}</p> }.into_any()
        }
        Freshness::Stale(date) => view! {
            <p>{(t.checked_on)(&date_text(t, date))}</p>
            <p class="ww-alert" role="note">{t.stale_warning}</p>
        }
        .into_any(),
        Freshness::Unknown => view! { <p>{t.checked_unknown}</p> }.into_any(),
    };
    let report = match report {
        Report::Mail(href) => {
            view! { <MailtoLink href text=t.report_mistake.to_string() /> }.into_any()
        }
        Report::HelpPhone => view! { <p>{t.report_by_phone} " " <HelpLinks meta /></p> }.into_any(),
    };
    view! {
        <div class="ww-service__meta">
            {checked}
            <p>{(t.source_label)(&source_name)} " " {source_url.map(|url| view! { <WebLink url /> })}</p>
            <p class="ww-print-only">{page_url}</p>
            {report}
        </div>
    }
}

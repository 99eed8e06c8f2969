//! One service, everything about it: summary, hours (with rotation, holidays, next days),
//! contacts by role, address with transit and "copy", accessibility, languages, cost, who it
//! is for, events, when it was last checked, its source, and "report a mistake". A removed
//! or unknown id shows the not-found page. What to show is decided by
//! `view_model::service`; the parts below only lay it out.

mod about;
mod address;
mod contacts;
mod events;
mod record;

use super::not_found::NotFoundPage;
use crate::components::calendar_link::CalendarLink;
use crate::components::help_contact::HelpLinks;
use crate::components::hours_view::HoursView;
use crate::components::links::WebLink;
use crate::components::read_aloud::ReadAloud;
use crate::components::save_button::SaveButton;
use crate::components::share_button::ShareButton;
use crate::components::take_away::TakeAway;
use crate::components::with_data::WithData;
use crate::domain::directory::Directory;
use crate::domain::ics::service_file;
use crate::domain::route::Route;
use crate::platform::document::set_title;
use crate::platform::share;
use crate::router::use_route;
use crate::state::{use_clock, use_kiosk, use_lang, use_last_search};
use crate::view_model::service::ServiceView;
use chrono::NaiveDateTime;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn ServicePage() -> impl IntoView {
    let route = use_route();
    let clock = use_clock();
    view! {
        <WithData render=move |directory| {
            // Untracked: `Pages` builds the page anew for another id.
            let id = route.with_untracked(|r| r.id().unwrap_or_default().to_string());
            match directory.index_of(&id) {
                None => NotFoundPage().into_any(),
                Some(index) => {
                    let now = clock.local_untracked(&directory);
                    view! { <ServiceDetail directory=directory.clone() index now /> }.into_any()
                }
            }
        } />
    }
}

/// One service's page, from its view-model: the route's page above, and the keepers'
/// workspace's preview of a draft (crates/pflege).
#[component]
pub fn ServiceDetail(directory: Arc<Directory>, index: usize, now: NaiveDateTime) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let ds = &directory.dataset;
    let view_model = ServiceView::new(&directory, index, lang, now);
    let name = view_model.name.clone();
    set_title(&format!("{} – {}", name.text, t.app_name));
    let path = Route::Service(view_model.id.clone()).href();
    let calendar_directory = directory.clone();
    let file = move || service_file(&calendar_directory, index, &t.calendar_labels(), now);
    let calendar_file = view! { <CalendarLink file name=view_model.id.clone() /> };
    let kiosk = use_kiosk();
    let on_kiosk = kiosk.is_on();
    let print_slip = kiosk.config.filter(|c| c.print).map(|_| {
        view! { <button type="button" class="ww-button ww-button--secondary" on:click=|_| share::print()>{t.print_slip}</button> }
    });
    let alerts = view_model
        .alerts
        .into_iter()
        .map(|a| view! { <p class="ww-alert" role="note"><strong>{t.alert_label} ": "</strong><span lang=a.lang>{a.text}</span></p> })
        .collect_view();
    // An entry the sources give no times and no way to reach: say so, and offer the help
    // contact instead of leaving the visitor with nothing to do.
    let unreachable = view_model.unreachable.then(
        || view! { <p class="ww-notice">{t.no_hours_no_contact} " " <HelpLinks meta=ds.meta.clone() /></p> },
    );
    let ask_at = view_model.ask_at.map(|other| {
        view! {
            <p class="ww-notice">{t.ask_at} " "
                <a href=Route::Service(other.id).href() lang=other.name.lang>{other.name.text}</a>
            </p>
        }
    });
    let region = ds.meta.region.clone();

    view! {
        <article class="ww-service">
            <p class="ww-no-print"><a href=use_last_search().href()>{t.back_to_results}</a></p>
            <h1 class="ww-page-title" lang=name.lang.clone()>{name.text.clone()}</h1>
            {view_model.organization.map(|o| view! { <p class="ww-service__org" lang=o.lang>{o.text}</p> })}
            <p class="ww-lead" lang=view_model.summary.lang>{view_model.summary.text}</p>
            {alerts}
            <div class="ww-service__actions ww-no-print">
                <SaveButton id=view_model.id.clone() name=name.text.clone() />
                {(!on_kiosk).then(|| view! {
                    <ShareButton title=name.text.clone() path=path.clone() />
                    <button type="button" class="ww-button ww-button--secondary" on:click=|_| share::print()>{t.print}</button>
                })}
                {print_slip}
                <ReadAloud text=view_model.read_aloud explain_missing=true />
            </div>
            <TakeAway public_url=ds.meta.public_url.clone() path=path.clone() />
            <HoursView directory=directory.clone() index now lines=view_model.hours_lines />
            {calendar_file}
            {unreachable}
            {ask_at}
            <contacts::Contacts contacts=view_model.contacts region=region.clone() />
            {view_model.address.map(|address| view! { <address::Address address /> })}
            <about::Facts facts=view_model.facts />
            {view_model.description.map(|d| view! { <p lang=d.lang>{d.text}</p> })}
            {view_model.website.map(|url| view! { <p><WebLink url label=t.website /></p> })}
            <events::Events directory=directory.clone() events=view_model.events now />
            <record::Record
                checked=view_model.checked
                source_name=view_model.source_name
                source_url=view_model.source_url
                report=view_model.report
                page_url=share::absolute_url(&path)
                meta=ds.meta.clone()
            />
        </article>
    }
}

//! One service, everything about it: summary, hours (with rotation, holidays, next days),
//! contacts by role, address with transit and "copy", accessibility, languages, cost, who it
//! is for, events, when it was last checked, its source, and "report a mistake". A removed
//! or unknown id shows the not-found page.

use super::not_found::NotFoundPage;
use crate::components::calendar_link::CalendarLink;
use crate::components::copy_button::CopyButton;
use crate::components::event_details::EventDetails;
use crate::components::help_contact::HelpLinks;
use crate::components::hours_view::HoursView;
use crate::components::links::{ContactLinks, MailtoLink, WebLink};
use crate::components::read_aloud::ReadAloud;
use crate::components::save_button::SaveButton;
use crate::components::share_button::ShareButton;
use crate::components::shown;
use crate::components::take_away::TakeAway;
use crate::components::with_data::WithData;
use crate::domain::dataset::{Appointment, CostKind};
use crate::domain::directory::Directory;
use crate::domain::ics::{event_file, service_file};
use crate::domain::present::{correction_href, freshness, Freshness};
use crate::domain::route::Route;
use crate::i18n::hours::date_text;
use crate::i18n::Lang;
use crate::platform::document::set_title;
use crate::platform::share;
use crate::state::use_lang;
use crate::state::{use_clock, use_kiosk, use_last_search};
use chrono::{NaiveDate, NaiveDateTime};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use std::sync::Arc;

#[component]
pub fn ServicePage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let clock = use_clock();
    view! {
        <WithData render=move |directory| {
            let id = params.read().get("id").unwrap_or_default();
            match directory.index_of(&id) {
                None => NotFoundPage().into_any(),
                Some(index) => {
                    let now = clock.local_untracked(&directory);
                    view! { <ServiceDetail directory=directory.clone() index now lang /> }.into_any()
                }
            }
        } />
    }
}

/// The service's address for a visitor's phone: the dataset's public address when it has
/// one (a kiosk runs on a local address), else this page's own origin.
fn yes_no(lang: Lang, value: bool) -> &'static str {
    if value {
        lang.strings().yes
    } else {
        lang.strings().no
    }
}

#[component]
fn ServiceDetail(
    directory: Arc<Directory>,
    index: usize,
    now: NaiveDateTime,
    lang: Lang,
) -> impl IntoView {
    let t = lang.strings();
    let ds = &directory.dataset;
    let base = directory.base_lang();
    let region = ds.meta.region.as_str();
    let service = &ds.services[index];
    let name = shown(&service.name, lang, base);
    set_title(&format!("{} – {}", name.text, t.app_name));
    // Leichte Sprache uses the easy summary where the dataset has one.
    let summary_text = service
        .easy_summary
        .as_ref()
        .filter(|_| lang.is_easy())
        .unwrap_or(&service.summary);
    let summary = shown(summary_text, lang, base);
    let description = service.description.as_ref().map(|d| shown(d, lang, base));
    let organization = service
        .organization_id
        .as_deref()
        .and_then(|id| ds.organization(id))
        .map(|o| shown(&o.name, lang, base));
    let alerts = service
        .alerts
        .iter()
        .map(|a| {
            let a = shown(a, lang, base);
            view! { <p class="ww-alert" role="note"><strong>{t.alert_label} ": "</strong><span lang=a.lang>{a.text}</span></p> }
        })
        .collect_view();

    let contacts = service
        .contacts
        .iter()
        .map(|c| {
            let role = shown(&c.role, lang, base);
            view! {
                <li class="ww-contact">
                    <p class="ww-contact__role" lang=role.lang>{role.text}</p>
                    {c.name.clone().map(|n| view! { <p class="ww-contact__name">{n}</p> })}
                    <p class="ww-contact__actions">
                        <ContactLinks phone=c.phone.clone() email=c.email.clone() region=region.to_string() />
                    </p>
                </li>
            }
        })
        .collect_view();

    let location = service
        .location_id
        .as_deref()
        .and_then(|id| ds.location(id));
    let address = location.map(|l| {
        let a = &l.address;
        let lines: Vec<String> = [
            Some(shown(&l.name, lang, base).text),
            Some(a.address_1.clone()),
            a.room.clone(),
            Some(format!("{} {}", a.postal_code.clone().unwrap_or_default(), a.city).trim().to_string()),
        ]
        .into_iter()
        .flatten()
        .collect();
        let copy_text = lines.join(", ");
        let transit = l.transportation.as_ref().map(|tr| shown(tr, lang, base));
        let access = l.accessibility.as_ref().map(|acc| {
            let items: Vec<(&'static str, bool)> =
                [(t.step_free, acc.step_free), (t.lift, acc.lift), (t.accessible_toilet, acc.accessible_toilet), (t.hearing_loop, acc.hearing_loop)]
                    .into_iter()
                    .filter_map(|(label, value)| value.map(|v| (label, v)))
                    .collect();
            let notes = acc.notes.as_ref().map(|n| shown(n, lang, base));
            view! {
                <h3>{t.accessibility_heading}</h3>
                <ul>{items.into_iter().map(|(label, v)| view! { <li>{label} ": " {yes_no(lang, v)}</li> }).collect_view()}</ul>
                {notes.map(|n| view! { <p lang=n.lang>{n.text}</p> })}
            }
        });
        view! {
            <section aria-labelledby="ww-address-title">
                <h2 id="ww-address-title">{t.address_heading}</h2>
                <address class="ww-address">{lines.into_iter().map(|l| view! { <span>{l}</span><br /> }).collect_view()}</address>
                {transit.map(|tr| view! { <p><strong>{t.transit_label}</strong> " " <span lang=tr.lang>{tr.text}</span></p> })}
                <CopyButton text=copy_text label=t.copy_address done=t.copied failed=t.copy_failed />
                {access}
            </section>
        }
    });

    let mut facts: Vec<String> = Vec::new();
    match service.access.appointment {
        Appointment::Required => facts.push(t.appointment_required.to_string()),
        Appointment::Recommended => facts.push(t.appointment_recommended.to_string()),
        Appointment::None => {}
    }
    if service.access.walk_in && service.access.appointment != Appointment::Required {
        facts.push(t.walk_in.to_string());
    }
    if service.access.home_visits {
        facts.push(t.home_visits.to_string());
    }
    if let Some(age) = service.minimum_age {
        facts.push((t.minimum_age)(age));
    }
    if let Some(cost) = &service.cost {
        let kind = match cost.kind {
            CostKind::Free => t.cost_free,
            CostKind::Paid => t.cost_paid,
            CostKind::Donation => t.cost_donation,
            CostKind::Unknown => t.cost_unknown,
        };
        let text = cost.text.as_ref().map(|c| shown(c, lang, base).text);
        facts.push(match text {
            Some(text) => format!("{kind}: {text}"),
            None => kind.to_string(),
        });
    }
    if !service.languages.is_empty() {
        let names: Vec<String> = service
            .languages
            .iter()
            .map(|l| (t.language_name)(l))
            .collect();
        facts.push(format!("{} {}", t.languages_label, names.join(", ")));
    }
    let groups: Vec<String> = service
        .target_groups
        .iter()
        .map(|g| shown(g, lang, base).text)
        .collect();
    if !groups.is_empty() {
        facts.push(format!("{} {}", t.target_groups_label, groups.join("; ")));
    }
    let facts_view = (!facts.is_empty()).then(|| {
        view! {
            <section aria-labelledby="ww-facts-title">
                <h2 id="ww-facts-title">{t.about_service_heading}</h2>
                <ul class="ww-facts">{facts.into_iter().map(|f| view! { <li>{f}</li> }).collect_view()}</ul>
            </section>
        }
    });

    // Events of the same organisation at the same place that still have a date to come:
    // an event that has taken place is not offered as one of the service's events.
    let events: Vec<_> = ds
        .events
        .iter()
        .filter(|e| {
            e.organization_id.is_some()
                && e.organization_id == service.organization_id
                && e.location_id == service.location_id
                && !e.has_taken_place(now)
        })
        .collect();
    let events_view = (!events.is_empty()).then(|| {
        let items = events
            .iter()
            .map(|event| {
                let event_name = shown(&event.name, lang, base);
                view! {
                    <li class="ww-event">
                        <h3 lang=event_name.lang>
                            <a href=Route::Event(event.id.clone()).href()>{event_name.text}</a>
                        </h3>
                        <EventDetails event=(*event).clone() base=base.to_string() region=region.to_string() now ics=event_file(&directory, event, now) />
                    </li>
                }
            })
            .collect_view();
        view! {
            <section aria-labelledby="ww-events-title">
                <h2 id="ww-events-title">{t.events_heading}</h2>
                <ul class="ww-events">{items}</ul>
            </section>
        }
    });

    let today: NaiveDate = now.date();
    let checked = match freshness(service.last_verified.as_ref(), today) {
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
    let source = (t.source_label)(&service.source.name);
    let source_link = service
        .source
        .url
        .clone()
        .map(|url| view! { <WebLink url /> });
    let website = service
        .url
        .clone()
        .map(|url| view! { <p><WebLink url label=t.website /></p> });
    // "Report a mistake": by e-mail where the dataset names an address, else by phone to
    // the help contact (never to a private address the sources give for something else).
    let report = match correction_href(ds, service, t.mistake_subject) {
        Some(href) => view! { <MailtoLink href text=t.report_mistake.to_string() /> }.into_any(),
        None => {
            view! { <p>{t.report_by_phone} " " <HelpLinks meta=ds.meta.clone() /></p> }.into_any()
        }
    };
    // The entry to ask for what this one does not know ("12 meeting places; ask the senior
    // office"), shown only when it exists.
    let ask_at = service
        .ask_at
        .as_deref()
        .and_then(|id| directory.index_of(id))
        .map(|other| {
            let other = &directory.services()[other];
            let href = Route::Service(other.id.clone()).href();
            let other_name = shown(&other.name, lang, base);
            view! {
                <p class="ww-notice">{t.ask_at} " "
                    <a href=href lang=other_name.lang>{other_name.text}</a>
                </p>
            }
        });
    // An entry the sources give no times and no way to reach: say so, and offer the help
    // contact (or the entry to ask) instead of leaving the visitor with nothing to do.
    let unreachable = (service.hours.is_none()
        && service.contacts.is_empty()
        && service.email.is_none()
        && ask_at.is_none())
    .then(|| view! { <p class="ww-notice">{t.no_hours_no_contact} " " <HelpLinks meta=ds.meta.clone() /></p> });
    let path = Route::Service(service.id.clone()).href();
    let labels = t.calendar_labels();
    let calendar_file = service_file(&directory, index, &labels, now)
        .map(|ics| view! { <CalendarLink ics name=service.id.clone() /> });
    let kiosk = use_kiosk();
    let on_kiosk = kiosk.is_on();
    let print_slip = kiosk.config.filter(|c| c.print).map(|_| {
        view! { <button type="button" class="ww-button ww-button--secondary" on:click=|_| share::print()>{t.print_slip}</button> }
    });
    let read_text = {
        let mut parts = vec![
            name.text.clone(),
            crate::i18n::hours::state_text(t, &directory.state(index, now), now),
        ];
        if let Some((hours, calendar)) = directory.hours(index).zip(directory.calendar.as_ref()) {
            parts.extend(crate::i18n::hours::summary_lines(
                t,
                &crate::domain::hours::summarize(hours, calendar, now.date()),
            ));
        }
        for contact in &service.contacts {
            let role = shown(&contact.role, lang, base).text;
            parts.push(
                [Some(role), contact.name.clone(), contact.phone.clone()]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", "),
            );
        }
        parts.join(". ")
    };
    let page_url = share::absolute_url(&path);

    view! {
        <article class="ww-service">
            <p class="ww-no-print"><a href=use_last_search().href()>{t.back_to_results}</a></p>
            <h1 class="ww-page-title" lang=name.lang.clone()>{name.text.clone()}</h1>
            {organization.map(|o| view! { <p class="ww-service__org" lang=o.lang>{o.text}</p> })}
            <p class="ww-lead" lang=summary.lang>{summary.text}</p>
            {alerts}
            <div class="ww-service__actions ww-no-print">
                <SaveButton id=service.id.clone() name=name.text.clone() />
                {(!on_kiosk).then(|| view! {
                    <ShareButton title=name.text.clone() path=path.clone() />
                    <button type="button" class="ww-button ww-button--secondary" on:click=|_| share::print()>{t.print}</button>
                })}
                {print_slip}
                <ReadAloud text=read_text explain_missing=true />
            </div>
            <TakeAway public_url=ds.meta.public_url.clone() path=path.clone() />
            <HoursView directory=directory.clone() index now />
            {calendar_file}
            {unreachable}
            {ask_at}
            {(!service.contacts.is_empty()).then(|| view! {
                <section aria-labelledby="ww-contact-title">
                    <h2 id="ww-contact-title">{t.contact_heading}</h2>
                    <ul class="ww-contacts">{contacts}</ul>
                </section>
            })}
            {address}
            {facts_view}
            {description.map(|d| view! { <p lang=d.lang>{d.text}</p> })}
            {website}
            {events_view}
            <div class="ww-service__meta">
                {checked}
                <p>{source} " " {source_link}</p>
                <p class="ww-print-only">{page_url}</p>
                {report}
            </div>
        </article>
    }
}

//! One event: what it is, its dates (past ones marked), places and registration. Used in a
//! service's list of coming events and on the event's own page.

use super::calendar_link::CalendarLink;
use super::links::ContactLinks;
use crate::domain::dataset::Event;
use crate::domain::dated::EventStart;
use crate::domain::directory::Directory;
use crate::domain::ics::event_file;
use crate::domain::local_time::minute_of_day;
use crate::i18n::hours::date_text;
use crate::state::{use_clock, use_lang};
use crate::view_model::shown;
use chrono::NaiveDateTime;
use leptos::prelude::*;
use std::sync::Arc;

/// The dates of `event`, each with its time where the source gives one.
#[component]
pub fn EventDates(event: Event, now: NaiveDateTime) -> impl IntoView {
    let t = use_lang().strings();
    // Which dates are over is the reader's now, unknown on a page rendered at build time.
    let known = use_clock().is_known();
    let dates = event
        .dates
        .iter()
        .filter_map(|date| Some((date.start()?, known && date.is_over(now))))
        .map(|(start, past)| {
            let when = match start {
                EventStart::At(at) => {
                    let minutes = minute_of_day(at);
                    format!(
                        "{}, {}",
                        date_text(t, at.date()),
                        (t.clock_alone)(&(t.clock)(minutes))
                    )
                }
                EventStart::Day(day) => date_text(t, day),
            };
            view! { <li>{when} {past.then(|| format!(" {}", t.event_past))}</li> }
        })
        .collect_view();
    view! { <ul>{dates}</ul> }
}

/// Summary, dates, places and registration of `event` (its heading is the caller's).
#[component]
pub fn EventDetails(
    event: Event,
    base: String,
    region: String,
    now: NaiveDateTime,
    /// For the calendar file of its coming dates.
    directory: Arc<Directory>,
) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let summary = shown(&event.summary, lang, &base);
    let registration = event.registration.clone().map(|r| {
        view! {
            <p>
                <strong>{t.registration}</strong> " "
                {r.name.clone()} " "
                <ContactLinks phone=r.phone email=r.email region=region.clone() />
            </p>
        }
    });
    let places = event.places.map(|p| view! { <p>{(t.event_places)(p)}</p> });
    let calendar_event = event.clone();
    let file = move || event_file(&directory, &calendar_event, now);
    let calendar_file = view! { <CalendarLink file name=event.id.clone() /> };
    view! {
        <p lang=summary.lang>{summary.text}</p>
        <EventDates event now />
        {places}
        {registration}
        {calendar_file}
    }
}

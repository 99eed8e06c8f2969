//! "In den Kalender": a link that saves an iCalendar file made on the device (works offline,
//! no request leaves the app). Not on a kiosk: there the take-away QR code does this job.

use crate::domain::query_string::percent_encode;
use crate::state::{use_kiosk, use_lang};
use leptos::prelude::*;

#[component]
pub fn CalendarLink<F>(
    /// Makes the calendar file (RFC 5545 text), `None` when there is nothing to put in one;
    /// called only where the link is offered, so a kiosk never builds a file.
    file: F,
    /// The file name, without `.ics`.
    name: String,
) -> impl IntoView
where
    F: FnOnce() -> Option<String> + 'static,
{
    let t = use_lang().strings();
    let ics = (!use_kiosk().is_on()).then(file).flatten();
    ics.map(|ics| {
        let href = format!("data:text/calendar;charset=utf-8,{}", percent_encode(&ics));
        view! {
            <p>
                <a class="ww-button ww-button--secondary" href=href download=format!("{name}.ics")>{t.add_to_calendar}</a>
            </p>
        }
    })
}

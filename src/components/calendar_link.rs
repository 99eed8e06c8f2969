//! "In den Kalender": a link that saves an iCalendar file made on the device (works offline,
//! no request leaves the app). Not on a kiosk: there the take-away QR code does this job.
//! Not on a page rendered at build time, which says nothing about "now" (issue 29, 12).

use crate::domain::query_string::percent_encode;
use crate::state::{use_clock, use_kiosk, use_lang};
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
    if use_kiosk().is_on() {
        return None;
    }
    let ics = file()?;
    // Not on a page rendered at build time either: a file of the dates "still to come" as
    // of the build would go stale there. The app offers it once it knows the reader's now;
    // until then the link's room is kept, hidden (no link, no file), so nothing moves when it comes.
    if !use_clock().is_known() {
        return Some(
            view! {
                <p class="ww-pending" aria-hidden="true">
                    <span class="ww-button ww-button--secondary">{t.add_to_calendar}</span>
                </p>
            }
            .into_any(),
        );
    }
    let href = format!("data:text/calendar;charset=utf-8,{}", percent_encode(&ics));
    Some(
        view! {
            <p>
                <a class="ww-button ww-button--secondary" href=href download=format!("{name}.ics")>{t.add_to_calendar}</a>
            </p>
        }
        .into_any(),
    )
}

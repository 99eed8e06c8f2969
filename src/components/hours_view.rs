//! Hours on a detail page: the state now, the regular schedule in words, the next 7 days
//! as dates (with who hosts a rotating slot), holidays and closures, and always the source's
//! own words, which are all there is when the hours could not be read.

use crate::domain::directory::Directory;
use crate::domain::hours::DayPlan;
use crate::i18n::hours::{day_plan_text, state_text};
use crate::state::use_clock;
use crate::state::use_lang;
use crate::view_model::shown;
use chrono::NaiveDateTime;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn HoursView(
    directory: Arc<Directory>,
    index: usize,
    now: NaiveDateTime,
    /// The regular week in words (from the page's view-model, computed once).
    lines: Vec<String>,
) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let service = &directory.dataset.services[index];
    let base = directory.base_lang();
    let clock = use_clock();
    let state_directory = directory.clone();
    let state_line = move || {
        if !clock.is_known() {
            return t.regular_hours.to_string();
        }
        let now = clock.local(&state_directory);
        state_text(t, &state_directory.state(index, now), now)
    };
    let days = directory.next_days(index, now.date(), 7);
    // On a page rendered at build time "today" is not the reader's: the dated days keep
    // their room but are neither shown nor read until the app knows the date.
    let pending = !clock.is_known();
    let source = service.hours.as_ref().map(|h| shown(&h.text, lang, base));
    let rotation = service.rotation.as_ref().map(|r| {
        (t.rotation_text)(
            &r.hosts
                .iter()
                .map(|h| h.name.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        )
    });
    view! {
        <section class="ww-hours" aria-labelledby="ww-hours-title">
            <h2 id="ww-hours-title">{t.hours_heading}</h2>
            <p class="ww-state ww-state--large">{state_line}</p>
            {(!lines.is_empty()).then(|| view! {
                <ul class="ww-hours__lines">{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            })}
            {rotation.map(|r| view! { <p>{r}</p> })}
            {source.map(|s| view! { <p class="ww-hours__source" lang=s.lang>{(t.source_text)(&s.text)}</p> })}
            {days.map(|days| view! {
                <div class:ww-days-pending=pending aria-hidden=pending.then_some("true")>
                <h3>{t.next_days_heading}</h3>
                // A week without an opening is said once, not "geschlossen" seven times (a
                // long list to hear); the state line above says when it opens next.
                {if days.iter().all(DayPlan::is_plain_closed) {
                    view! { <p>{t.next_days_closed}</p> }.into_any()
                } else {
                    view! {
                        <dl class="ww-days">
                            {days
                                .iter()
                                .map(|d| {
                                    let (label, text) = day_plan_text(t, d);
                                    view! { <div class="ww-days__row"><dt>{label}</dt><dd>{text}</dd></div> }
                                })
                                .collect_view()}
                        </dl>
                    }
                    .into_any()
                }}
                </div>
            })}
        </section>
    }
}

//! "Mein Wochenplan": the shortlist as a plan for today and the next six days, a block per
//! day with each entry's times and its phone number under it, for the fridge door: printed,
//! it fits one A4 page (landscape, a column per day) in 14 pt type. The kiosk offers it as a
//! QR code (and as a print slip where a printer is configured). `/wochenplan?ids=a,b` shows
//! a plan someone shared.

use crate::components::take_away::TakeAway;
use crate::components::with_data::WithData;
use crate::domain::agenda::{week_plan, Certainty, Day, What};
use crate::domain::directory::Directory;
use crate::domain::present::first_phone;
use crate::domain::route::Route;
use crate::i18n::hours::{month_name, weekday_name};
use crate::i18n::Strings;
use crate::platform::document::set_title;
use crate::platform::share;
use crate::router::use_route;
use crate::state::{use_clock, use_kiosk, use_lang, use_shortlist};
use crate::view_model::shown;
use chrono::Datelike;
use leptos::prelude::*;
use std::sync::Arc;

/// "Tel. 0631 …": the entry's first phone number, for the paper on the fridge.
fn phone_words(t: &Strings, directory: &Directory, index: usize) -> Option<String> {
    let ds = &directory.dataset;
    first_phone(&ds.services[index], &ds.meta.region)
        .map(|(phone, _)| format!("{} {phone}", t.plan_phone))
}

/// One day's block: each entry once, with all its times that day and its phone.
#[component]
fn PlanDay(directory: Arc<Directory>, day: Day) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let ds = &directory.dataset;
    let base = directory.base_lang();
    // "Montag, 30. November": the week is clear without the year.
    let mut heading = (t.weekday_date)(
        weekday_name(t, day.date.weekday()),
        day.date.day(),
        month_name(t, day.date),
    );
    if let Some(holiday) = day.holiday {
        heading = format!("{heading} – {}", (t.holiday)(holiday.name));
    }
    // Entries in the order of their first time that day.
    let mut order: Vec<usize> = Vec::new();
    for item in &day.items {
        if let What::Hours(index) = item.what {
            if !order.contains(&index) {
                order.push(index);
            }
        }
    }
    let entries = order
        .into_iter()
        .map(|index| {
            let service = &ds.services[index];
            let name = shown(&service.name, lang, base);
            let times = day
                .items
                .iter()
                .filter(|i| i.what == What::Hours(index))
                .map(|i| {
                    let span = match (i.start, i.end) {
                        (Some(s), Some(e)) => (t.span)(&(t.clock)(s), &(t.clock)(e)),
                        _ => String::new(),
                    };
                    // The source's comment on an open period: "14–16 Uhr (nur mit Termin)".
                    let span = match &i.note {
                        Some(note) => format!("{span} ({note})"),
                        None => span,
                    };
                    match &i.certainty {
                        Certainty::Sure => span,
                        Certainty::Unsure(_) => format!("{span} ({})", t.agenda_unsure),
                        Certainty::Holiday(_) => format!("{span} ({})", t.state_holiday),
                        Certainty::ByAppointment => format!("{span} ({})", t.state_by_appointment),
                    }
                })
                .collect::<Vec<_>>()
                .join(", ");
            let phone = phone_words(t, &directory, index);
            view! {
                <li class="ww-plan__entry">
                    <p class="ww-plan__time">{times}</p>
                    <p class="ww-plan__name"><a href=Route::Service(service.id.clone()).href() lang=name.lang>{name.text}</a></p>
                    {phone.map(|p| view! { <p class="ww-plan__phone">{p}</p> })}
                </li>
            }
        })
        .collect_view();
    let empty = day.items.is_empty();
    view! {
        <section class="ww-plan__day">
            <h2 class="ww-plan__date">{heading}</h2>
            {if empty {
                view! { <p class="ww-plan__none">{t.plan_nothing}</p> }.into_any()
            } else {
                view! { <ul class="ww-plan__entries">{entries}</ul> }.into_any()
            }}
        </section>
    }
}

#[component]
pub fn WeekPlanPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let shortlist = use_shortlist();
    let route = use_route();
    let clock = use_clock();
    let kiosk = use_kiosk();
    let on_kiosk = kiosk.is_on();
    let print_slip = kiosk.config.filter(|c| c.print).is_some();
    set_title(&format!("{} – {}", t.plan_heading, t.app_name));
    view! {
        <WithData render=move |directory| {
            let date_directory = directory.clone();
            let today = Memo::new(move |_| clock.local(&date_directory).date());
            let plan = move || {
                let shared = route.with(Route::shared_ids);
                let ids = shared.unwrap_or_else(|| shortlist.list.get().ids().to_vec());
                let known: Vec<usize> = ids.iter().filter_map(|id| directory.index_of(id)).collect();
                if known.is_empty() {
                    return view! {
                        <p class="ww-status" role="status">{t.shortlist_empty}</p>
                        <p><a href=Route::Shortlist(None).href()>{t.shortlist_heading}</a></p>
                    }
                    .into_any();
                }
                // Built once per day (and when the list changes): a plan to read or print
                // does not move under the reader every half minute.
                let _ = today.get();
                let now = clock.local_untracked(&directory);
                let (days, without) = week_plan(&directory, &known, now);
                let ds = &directory.dataset;
                let base = directory.base_lang();
                let without = (!without.is_empty()).then(|| {
                    let entries = without
                        .into_iter()
                        .map(|index| {
                            let service = &ds.services[index];
                            let name = shown(&service.name, lang, base);
                            let phone = phone_words(t, &directory, index).map(|p| format!(" – {p}"));
                            view! { <li><span lang=name.lang>{name.text}</span>{phone}</li> }
                        })
                        .collect_view();
                    view! {
                        <section class="ww-plan__without">
                            <h2>{t.plan_no_times}</h2>
                            <ul>{entries}</ul>
                        </section>
                    }
                });
                let path = Route::WeekPlan(Some(ids.clone())).href();
                view! {
                    {(!on_kiosk || print_slip).then(|| view! {
                        <p class="ww-no-print">
                            <button type="button" class="ww-button ww-button--secondary" on:click=|_| share::print()>
                                {if on_kiosk { t.print_slip } else { t.print }}
                            </button>
                        </p>
                    })}
                    <TakeAway public_url=ds.meta.public_url.clone() path />
                    <div class="ww-plan">
                        {days.into_iter().map(|day| view! { <PlanDay directory=directory.clone() day /> }).collect_view()}
                    </div>
                    {without}
                }
                .into_any()
            };
            view! {
                <div class="ww-plan-page">
                    <h1 class="ww-page-title">{t.plan_heading}</h1>
                    <p class="ww-no-print">{t.plan_intro}</p>
                    {plan}
                </div>
            }
        } />
    }
}

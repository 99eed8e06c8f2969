//! "Termine": what happens in the next 14 days, day by day. Each day is a section with a
//! heading and a list; each line gives the time, what it is, the place with its district and
//! a link to the entry. An uncertain line says so in words. The URL holds the filters.
//!
//! Large cities: a day shows its first lines and a button for the rest, so the page stays
//! short and quick with 10,000 services.

use crate::components::with_data::WithData;
use crate::domain::agenda::{agenda_pages, AgendaQuery, Certainty, Day, Item, Span, What};
use crate::domain::directory::Directory;
use crate::domain::local_time::minute_of_day;
use crate::domain::route::Route;
use crate::i18n::hours::{date_text, weekday_name};
use crate::i18n::Lang;
use crate::platform::document::{focus_element, set_title};
use crate::router::{use_navigate, use_route_part};
use crate::state::{use_clock, use_lang};
use crate::view_model::{place_words, shown};
use chrono::{Datelike, NaiveDate};
use leptos::html::Select;
use leptos::prelude::*;
use std::sync::Arc;

/// Lines shown per day before "show all".
const LINES_PER_DAY: usize = 25;

fn href(query: &AgendaQuery) -> String {
    Route::Agenda(query.clone()).href()
}

/// `2026-12-01`, without chrono's formatting machinery (which would add to the wasm).
fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// The id of the link of line `position` of the day `date`.
fn line_id(date: NaiveDate, position: usize) -> String {
    format!("ww-line-{}-{position}", iso_date(date))
}

fn clock_iso(minutes: u16) -> String {
    format!("{:02}:{:02}", (minutes / 60) % 24, minutes % 60)
}

/// Where it happens, in words: the location's name and district, else the service's area.
fn place_text(directory: &Directory, lang: Lang, what: What) -> String {
    let t = lang.strings();
    let ds = &directory.dataset;
    let base = directory.base_lang();
    let location_id = match what {
        What::Hours(i) => ds.services[i].location_id.as_deref(),
        What::Event(i) => ds.events[i].location_id.as_deref(),
    };
    let location = location_id.and_then(|id| ds.location(id));
    let district = location
        .and_then(|l| l.district.as_deref())
        .and_then(|id| ds.district(id))
        .map(|d| shown(&d.label, lang, base).text);
    match (location, what) {
        (Some(l), _) => [Some(shown(&l.name, lang, base).text), district]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", "),
        (None, What::Hours(i)) => place_words(ds, &ds.services[i], lang, base),
        (None, What::Event(_)) => t.place_unknown.to_string(),
    }
}

#[component]
fn AgendaLine(
    directory: Arc<Directory>,
    date: NaiveDate,
    item: Item,
    /// Its place in the day's list (gives the link an id "show all" can focus).
    position: usize,
) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let ds = &directory.dataset;
    let base = directory.base_lang();
    let (name, link, kind) = match item.what {
        What::Hours(i) => (
            shown(&ds.services[i].name, lang, base),
            Route::Service(ds.services[i].id.clone()).href(),
            t.agenda_regular,
        ),
        What::Event(i) => (
            shown(&ds.events[i].name, lang, base),
            Route::Event(ds.events[i].id.clone()).href(),
            t.agenda_event,
        ),
    };
    let time = match (item.start, item.end) {
        (Some(start), end) => {
            let words = match end {
                Some(end) => (t.span)(&(t.clock)(start), &(t.clock)(end)),
                None => (t.clock_alone)(&(t.clock)(start)),
            };
            let datetime = format!("{}T{}", iso_date(date), clock_iso(start));
            view! { <time datetime=datetime>{words}</time> }.into_any()
        }
        // An event running on from an earlier day: "Fortsetzung, bis 16 Uhr".
        (None, end) if item.continued => {
            let until = end.map(|end| (t.clock_alone)(&(t.clock)(end)));
            view! { <time datetime=iso_date(date)>{(t.agenda_continues)(until.as_deref())}</time> }
                .into_any()
        }
        (None, _) => view! { <time datetime=iso_date(date)>{t.agenda_no_time}</time> }.into_any(),
    };
    let certainty = match &item.certainty {
        Certainty::Sure => None,
        Certainty::Unsure(comment) => Some(match comment {
            Some(words) => format!("{} ({})", t.agenda_unsure, (t.maybe)(Some(words))),
            None => t.agenda_unsure.to_string(),
        }),
        Certainty::Holiday(holiday) => Some(format!(
            "{} – {}",
            (t.holiday)(holiday.name),
            t.state_holiday
        )),
        Certainty::ByAppointment => Some(t.state_by_appointment.to_string()),
    };
    let sure = certainty.is_none();
    let host = item.host.map(|h| (t.host)(&h));
    // The source's comment on an open period ("nur mit Termin"), in its own words.
    let note = item.note.map(|note| format!("({note})"));
    let place = place_text(&directory, lang, item.what);
    view! {
        <li class="ww-agenda__line" class:ww-agenda__line--unsure=!sure>
            <p class="ww-agenda__time">{time}</p>
            <p class="ww-agenda__what">
                <a href=link lang=name.lang id=line_id(date, position)>{name.text}</a>
                <span class="ww-agenda__kind">{format!(" · {kind}")}</span>
            </p>
            <p class="ww-agenda__place">{place}</p>
            {host.map(|h| view! { <p class="ww-agenda__host">{h}</p> })}
            {note.map(|n| view! { <p class="ww-agenda__host">{n}</p> })}
            {certainty.map(|c| view! { <p class="ww-agenda__unsure"><strong>{c}</strong></p> })}
        </li>
    }
}

/// One day of "Termine": its heading and its lines (also the keepers' hours builder's view
/// of a draft's next 14 days, crates/pflege).
#[component]
pub fn AgendaDay(
    directory: Arc<Directory>,
    day: Day,
    today: NaiveDate,
    /// The days whose lines are all shown ("show all"); kept by the page, so a list that
    /// changes (an hour has ended) does not fold up again.
    expanded: RwSignal<Vec<NaiveDate>>,
) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let id = format!("ww-day-{}", iso_date(day.date));
    let mut heading = format!(
        "{}, {}",
        weekday_name(t, day.date.weekday()),
        date_text(t, day.date)
    );
    if day.date == today {
        heading = format!("{} – {heading}", t.agenda_today);
    }
    if let Some(holiday) = day.holiday {
        heading = format!("{heading} – {}", (t.holiday)(holiday.name));
    }
    let total = day.items.len();
    let date = day.date;
    let all = move || expanded.with(|days| days.contains(&date));
    let items = day.items;
    let lines_directory = directory.clone();
    let lines = move || {
        let limit = if all() { total } else { LINES_PER_DAY };
        items
            .iter()
            .take(limit)
            .cloned()
            .enumerate()
            .map(|(position, item)| view! { <AgendaLine directory=lines_directory.clone() date item position /> })
            .collect_view()
    };
    // "Show all" hides itself: focus moves on to the first line it added.
    let show_all = move |_| {
        expanded.update(|days| days.push(date));
        request_animation_frame(move || focus_element(&line_id(date, LINES_PER_DAY)));
    };
    view! {
        <section class="ww-agenda__day" aria-labelledby=id.clone()>
            <h2 id=id.clone() class="ww-agenda__date">{heading}</h2>
            {if total == 0 {
                view! { <p class="ww-agenda__empty">{t.agenda_empty_day}</p> }.into_any()
            } else {
                view! {
                    <ul class="ww-agenda__list">{lines}</ul>
                    <p hidden=move || all() || total <= LINES_PER_DAY>
                        <button type="button" class="ww-button ww-button--secondary" on:click=show_all>
                            {(t.agenda_show_all)(total)}
                        </button>
                    </p>
                }.into_any()
            }}
        </section>
    }
}

#[component]
pub fn AgendaPage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let query = use_route_part(|route| match route {
        Route::Agenda(query) => Some(query),
        _ => None,
    });
    let clock = use_clock();
    Effect::new(move || set_title(&format!("{} – {}", t.agenda_heading, t.app_name)));
    let navigate = use_navigate();
    view! {
        <WithData render=move |directory| {
            let ds = &directory.dataset;
            let base = directory.base_lang().to_string();
            let days_directory = directory.clone();
            // A page of days at a time (all 14 in a town, one or two in a large city); "more
            // days" belongs to the query it was chosen for. The engine runs when the filters, the pages or the date change; each clock tick
            // only drops today's lines that have ended since, so the page stays still and
            // cheap in a large city.
            let pages = RwSignal::new((AgendaQuery::default(), 1usize));
            let date_directory = directory.clone();
            let today = Memo::new(move |_| clock.local(&date_directory).date());
            let computed = Memo::new(move |_| {
                let _ = today.get();
                let now = clock.local_untracked(&days_directory);
                let q = query.get();
                let (for_query, count) = pages.get();
                let count = if for_query == q { count } else { 1 };
                let (shown, more) = agenda_pages(&days_directory, &q, now, count);
                (now.date(), shown, more)
            });
            let tick_directory = directory.clone();
            let days = Memo::new(move |_| {
                let now = clock.local(&tick_directory);
                let (date, mut shown, more) = computed.get();
                let minute = minute_of_day(now);
                if let Some(first) = shown.first_mut().filter(|d| d.date == now.date()) {
                    first.items.retain(|item| item.end.or(item.start).is_none_or(|end| end > minute));
                }
                (date, shown, more)
            });
            let expanded = RwSignal::new(Vec::<NaiveDate>::new());
            let more_days = move |_| {
                let q = query.get_untracked();
                let (for_query, count) = pages.get_untracked();
                pages.set((q.clone(), if for_query == q { count + 1 } else { 2 }));
            };
            let count = move || days.with(|(_, days, _)| days.iter().map(|d| d.items.len()).sum::<usize>());
            let spans = [
                (Span::Fortnight, t.agenda_fortnight),
                (Span::Today, t.agenda_today),
                (Span::ThisWeek, t.agenda_this_week),
                (Span::NextWeek, t.agenda_next_week),
            ]
            .into_iter()
            .map(|(span, label)| {
                let target = move || href(&AgendaQuery { span, ..query.get() });
                let current = move || (query.get().span == span).then_some("page");
                view! { <li><a class="ww-toggle" href=target aria-current=current>{label}</a></li> }
            })
            .collect_view();
            let toggles = [
                (t.filter_walk_in, (|q: &AgendaQuery| q.walk_in) as fn(&AgendaQuery) -> bool, (|q: AgendaQuery| AgendaQuery { walk_in: !q.walk_in, ..q }) as fn(AgendaQuery) -> AgendaQuery),
                (t.filter_free, |q: &AgendaQuery| q.free, |q: AgendaQuery| AgendaQuery { free: !q.free, ..q }),
            ]
            .into_iter()
            .map(|(label, is_on, flip)| {
                let navigate = navigate.clone();
                let on_click = move |_| navigate(&href(&flip(query.get_untracked())));
                view! {
                    <li>
                        <button type="button" class="ww-toggle" aria-pressed=move || is_on(&query.get()).to_string() on:click=on_click>{label}</button>
                    </li>
                }
            })
            .collect_view();
            let (need_ref, district_ref) = (NodeRef::<Select>::new(), NodeRef::<Select>::new());
            let options = |items: Vec<(String, String)>, current: fn(&AgendaQuery) -> Option<String>| {
                items
                    .into_iter()
                    .map(|(value, text)| {
                        let chosen = value.clone();
                        view! { <option value=value prop:selected=move || current(&query.get()).as_deref() == Some(chosen.as_str())>{text}</option> }
                    })
                    .collect_view()
            };
            let need_options = options(
                ds.needs.iter().map(|n| (n.id.clone(), shown(&n.label, lang, &base).text)).collect(),
                |q| q.need.clone(),
            );
            let district_options = options(
                ds.districts.iter().map(|d| (d.id.clone(), shown(&d.label, lang, &base).text)).collect(),
                |q| q.district.clone(),
            );
            let apply = {
                let navigate = navigate.clone();
                move |event: leptos::ev::SubmitEvent| {
                    event.prevent_default();
                    let value = |node: NodeRef<Select>| node.get().map(|s| s.value()).filter(|v| !v.is_empty());
                    let next = AgendaQuery { need: value(need_ref), district: value(district_ref), ..query.get_untracked() };
                    navigate(&href(&next));
                }
            };
            let day_directory = directory.clone();
            let day_list = move || {
                let (today, days, _) = days.get();
                days.into_iter()
                    .map(|day| view! { <AgendaDay directory=day_directory.clone() day today expanded /> })
                    .collect_view()
            };
            view! {
                <h1 class="ww-page-title">{t.agenda_heading}</h1>
                <p>{t.agenda_intro}</p>
                <section class="ww-filters" aria-labelledby="ww-filters-title">
                    <h2 id="ww-filters-title" class="ww-filters__title">{t.filters_heading}</h2>
                    <nav aria-label=t.agenda_span_label><ul class="ww-toggles">{spans}</ul></nav>
                    <ul class="ww-toggles">{toggles}</ul>
                    <form class="ww-choosers" on:submit=apply>
                        <div class="ww-field">
                            <label for="ww-agenda-need">{t.needs_heading}</label>
                            <select id="ww-agenda-need" class="ww-select" node_ref=need_ref>
                                <option value="" prop:selected=move || query.get().need.is_none()>{t.language_any}</option>
                                {need_options}
                            </select>
                        </div>
                        <div class="ww-field">
                            <label for="ww-agenda-district">{t.district_label}</label>
                            <select id="ww-agenda-district" class="ww-select" node_ref=district_ref>
                                <option value="" prop:selected=move || query.get().district.is_none()>{t.district_all}</option>
                                {district_options}
                            </select>
                        </div>
                        <button type="submit" class="ww-button ww-button--secondary">{t.apply_filters}</button>
                    </form>
                </section>
                <p class="ww-status ww-count" role="status">{move || (t.agenda_count)(count())}</p>
                <div class="ww-agenda">{day_list}</div>
                <p hidden=move || !days.with(|(_, _, more)| *more)>
                    <button type="button" class="ww-button ww-button--secondary ww-button--wide" on:click=more_days>{t.agenda_more_days}</button>
                </p>
            }
        } />
    }
}

//! The hours builder: the rules of a service's opening hours as cards (keeping's
//! `hours_cards`), the expression as text, typed German through the normaliser with each
//! rewrite shown, and beside it, live, the week in words and the next 14 days exactly as
//! the service page says them, and the warnings.

use crate::app::{use_ws, Ws};
use crate::bridge;
use crate::texts::Lang;
use crate::views::form::FieldView;
use leptos::prelude::*;
use serde_json::Value;
use std::sync::Arc;
use wegweiser::pages::agenda::AgendaDay;
use wegweiser::state::testing::provide_test_state;
use wegweiser::state::{Clock, DataStore};
use wegweiser_core::domain::agenda::{agenda_ahead, AgendaQuery, What};
use wegweiser_core::domain::directory::Directory;
use wegweiser_core::domain::hours::{parse_hours, summarize, Calendar};
use wegweiser_core::domain::load::load_dataset;
use wegweiser_core::i18n::hours::summary_lines;
use wegweiser_core::i18n::Lang as AppLang;
use wegweiser_keeping::hours_cards::{self, Card, Join, Rule, Rules, State, Warning, WEEKDAYS};
use wegweiser_keeping::normalize::normalize_hours;
use wegweiser_keeping::workspace::entries::set_field;
use wegweiser_keeping::workspace::fields::{Field, Input};
use wegweiser_keeping::workspace::{canonical, small_file, EntryRef};

/// The source's words beside the expression (`hours.text`), a text in every language.
static HOURS_TEXT: Field = Field {
    key: "hours.text",
    input: Input::LongText,
    label: (
        "Die Öffnungszeiten in den Worten der Quelle",
        "The opening hours in the source's words",
    ),
    help: (
        "Die App zeigt diese Worte, wenn sie den Ausdruck nicht lesen kann.",
        "The app shows these words where it cannot read the expression.",
    ),
};

const DAY_NAMES: [(&str, &str); 7] = [
    ("Mo", "Mon"),
    ("Di", "Tue"),
    ("Mi", "Wed"),
    ("Do", "Thu"),
    ("Fr", "Fri"),
    ("Sa", "Sat"),
    ("So", "Sun"),
];

/// The service's expression now ("" for none).
fn expression(ws: Ws, entry: &EntryRef) -> String {
    ws.session.with(|s| {
        s.as_ref()
            .and_then(|s| entry.get(&s.document))
            .and_then(|e| e.pointer("/hours/osm"))
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    })
}

/// The dataset's calendar (region and time zone from `meta`).
fn calendar(ws: Ws) -> Option<Calendar> {
    ws.session.with_untracked(|s| {
        let meta = &s.as_ref()?.document["meta"];
        Calendar::new(meta["region"].as_str()?, meta["time_zone"].as_str()?).ok()
    })
}

/// Makes `text` the service's expression (none when empty): one step.
fn set_expression(ws: Ws, entry: &EntryRef, text: String) {
    let entry = entry.clone();
    let value = (!text.is_empty()).then_some(Value::String(text));
    ws.edit(|s| set_field(&s.document, &entry, "hours.osm", value));
}

/// Writes the rules as the service's expression: one step.
fn save(ws: Ws, entry: &EntryRef, rules: &Rules) {
    set_expression(ws, entry, hours_cards::write(rules));
}

#[component]
pub fn HoursBuilder(entry: EntryRef) -> impl IntoView {
    let ws = use_ws();
    let rules = {
        let entry = entry.clone();
        Memo::new(move |_| hours_cards::read(&expression(ws, &entry)))
    };
    let typed = RwSignal::new(String::new());
    let rewrites = RwSignal::new(None::<Result<Vec<String>, String>>);
    let add = {
        let entry = entry.clone();
        move |card: Card| {
            let mut now = rules.get_untracked();
            now.push((Join::Rule, Rule::Card(card)));
            save(ws, &entry, &now);
        }
    };
    let presets = move || {
        let lang = ws.lang.get();
        let day = |d: usize| {
            let mut days = [false; 7];
            days[d] = true;
            days
        };
        let time = |from: &str, to: &str| vec![(from.to_string(), to.to_string())];
        [
            (
                lang.t("Wochentage", "Weekdays"),
                Card {
                    days: day(0),
                    times: time("09:00", "12:00"),
                    ..Card::default()
                },
            ),
            (
                lang.t("Ein Wochentag im Monat", "A weekday of the month"),
                Card {
                    days: day(2),
                    nth: vec![1],
                    times: time("09:00", "10:30"),
                    ..Card::default()
                },
            ),
            (
                lang.t("Datum oder Zeitraum", "Date or dates"),
                Card {
                    dates: "2027 Jan 01".into(),
                    state: State::Closed,
                    ..Card::default()
                },
            ),
            (
                lang.t("Feiertage", "Public holidays"),
                Card {
                    holidays: true,
                    state: State::Closed,
                    ..Card::default()
                },
            ),
            (
                lang.t("Nach Vereinbarung", "By appointment"),
                Card {
                    comment: "nach Vereinbarung".into(),
                    ..Card::default()
                },
            ),
        ]
        .into_iter()
        .map(|(label, card)| {
            let add = add.clone();
            view! { <button type="button" on:click=move |_| add(card.clone())>{label}</button> }
        })
        .collect_view()
    };
    let no_problems: Vec<String> = Vec::new();
    let text_entry = entry.clone();
    let typed_entry = entry.clone();
    let cards_entry = entry.clone();
    let live_entry = entry.clone();
    view! {
        <div class="pf-hours">
            <div class="pf-hours-cards">
                {move || {
                    let all = rules.get();
                    all.iter().enumerate().map(|(n, (join, rule))| {
                        view! { <RuleCard entry=cards_entry.clone() rules=all.clone() n join=*join rule=rule.clone()/> }
                    }).collect_view()
                }}
                <p class="pf-actions">
                    <span>{move || ws.t("Karte hinzufügen:", "Add a card:")}</span>
                    {presets}
                </p>
                <p>
                    <label for="hours-osm">{move || ws.t("Der Ausdruck (OpenStreetMap), auch direkt zu ändern", "The expression (OpenStreetMap), which you can also change directly")}</label>
                    <input type="text" id="hours-osm" class="pf-code" spellcheck="false" prop:value={
                        let entry = text_entry.clone();
                        move || expression(ws, &entry)
                    } on:change={
                        let entry = text_entry.clone();
                        move |ev| {
                            set_expression(ws, &entry, event_target_value(&ev).trim().to_string());
                        }
                    }/>
                </p>
                <p>
                    <label for="hours-typed">{move || ws.t("Oder auf Deutsch eingeben", "Or type them in German")}</label>
                    <span class="pf-help" id="hours-typed-help">{move || ws.t("Z. B. Mo–Fr 10–12 Uhr, 1. Mittwoch 9–10.30", "E.g. Mo–Fr 10–12 Uhr, 1. Mittwoch 9–10.30")}</span>
                    <input type="text" id="hours-typed" aria-describedby="hours-typed-help" prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev))/>
                    <button type="button" id="hours-typed-apply" on:click=move |_| {
                        let Some(calendar) = calendar(ws) else { return };
                        match normalize_hours(&typed.get_untracked(), &calendar) {
                            Ok(normalized) => {
                                set_expression(ws, &typed_entry, normalized.expression.clone());
                                let mut said = normalized.changes;
                                said.extend(normalized.warnings);
                                rewrites.set(Some(Ok(said)));
                            }
                            Err(error) => rewrites.set(Some(Err(error))),
                        }
                    }>{move || ws.t("Übernehmen", "Apply")}</button>
                </p>
                <div role="status" id="hours-rewrites">
                    {move || rewrites.get().map(|result| match result {
                        Ok(said) if said.is_empty() => view! { <p>{ws.t("Übernommen, ohne Änderung.", "Taken as it is.")}</p> }.into_any(),
                        Ok(said) => view! {
                            <p>{ws.t("Übernommen. Dabei geändert:", "Taken. Rewritten on the way:")}</p>
                            <ul>{said.into_iter().map(|s| view! { <li>{ws.lang.get().message(&s)}</li> }).collect_view()}</ul>
                        }.into_any(),
                        Err(error) => view! { <p class="pf-alert">{ws.t("Nicht zu lesen:", "Cannot be read:")}" "{ws.lang.get().message(&error)}</p> }.into_any(),
                    })}
                </div>
                <FieldView entry=entry.clone() field=&HOURS_TEXT problems=no_problems/>
            </div>
            <Live entry=live_entry rules/>
        </div>
    }
}

/// One card: its days, weeks, dates, holidays, times, state and note; or a rule as text.
#[component]
fn RuleCard(entry: EntryRef, rules: Rules, n: usize, join: Join, rule: Rule) -> impl IntoView {
    let ws = use_ws();
    let lang = ws.lang.get_untracked();
    let id = format!("rule-{n}");
    let update = {
        let (entry, rules) = (entry.clone(), rules.clone());
        move |change: &dyn Fn(&mut Rule)| {
            let mut all = rules.clone();
            change(&mut all[n].1);
            save(ws, &entry, &all);
        }
    };
    let remove = {
        let (entry, rules) = (entry.clone(), rules.clone());
        move |_| {
            let mut all = rules.clone();
            all.remove(n);
            save(ws, &entry, &all);
        }
    };
    let joined = match join {
        Join::Additional if n > 0 => {
            lang.t(" (ergänzt die Regel davor)", " (adds to the rule before)")
        }
        Join::Fallback if n > 0 => lang.t(
            " (nur, wo die Regeln davor nichts sagen)",
            " (only where the rules before say nothing)",
        ),
        _ => "",
    };
    let body = match rule {
        Rule::Text(text) => {
            let update = update.clone();
            view! {
                <label for=format!("{id}-text")>{lang.t("Diese Regel als Text (die Karten können sie nicht zeigen):", "This rule as text (the cards cannot show it):")}</label>
                <input type="text" class="pf-code" id=format!("{id}-text") prop:value=text on:change=move |ev| {
                    let text = event_target_value(&ev);
                    update(&|rule: &mut Rule| *rule = Rule::Text(text.clone()));
                }/>
            }
            .into_any()
        }
        Rule::Card(card) => card_fields(lang, &id, card, update.clone()).into_any(),
    };
    view! {
        <fieldset class="pf-card" id=id.clone()>
            <legend>{format!("{} {}{joined}", lang.t("Regel", "Rule"), n + 1)}</legend>
            {body}
            <button type="button" on:click=remove>{lang.t("Regel entfernen", "Remove the rule")}</button>
        </fieldset>
    }
}

fn card_fields(
    lang: Lang,
    id: &str,
    card: Card,
    update: impl Fn(&dyn Fn(&mut Rule)) + Clone + 'static,
) -> impl IntoView {
    let edit = move |change: Box<dyn Fn(&mut Card)>| {
        update(&move |rule: &mut Rule| {
            if let Rule::Card(card) = rule {
                change(card);
            }
        })
    };
    let days = (0..7).map(|d| {
        let edit = edit.clone();
        let input = format!("{id}-day-{d}");
        view! {
            <span class="pf-choice">
                <input type="checkbox" id=input.clone() prop:checked=card.days[d] on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    edit(Box::new(move |c: &mut Card| c.days[d] = on));
                }/>
                <label for=input>{lang.t(DAY_NAMES[d].0, DAY_NAMES[d].1)}</label>
            </span>
        }
    }).collect_view();
    let weeks = [1i8, 2, 3, 4, 5, -1].into_iter().map(|week| {
        let edit = edit.clone();
        let input = format!("{id}-week-{week}");
        let label = match (week, lang) {
            (-1, Lang::De) => "letzte".to_string(),
            (-1, Lang::En) => "last".to_string(),
            (w, Lang::De) => format!("{w}."),
            (w, Lang::En) => format!("{w}{}", match w { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" }),
        };
        view! {
            <span class="pf-choice">
                <input type="checkbox" id=input.clone() prop:checked=card.nth.contains(&week) on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    edit(Box::new(move |c: &mut Card| {
                        c.nth.retain(|w| *w != week);
                        if on {
                            c.nth.push(week);
                            c.nth.sort_by_key(|w| if *w < 0 { 9 } else { *w });
                        }
                    }));
                }/>
                <label for=input>{label}</label>
            </span>
        }
    }).collect_view();
    let times = card.times.iter().enumerate().map(|(t, (from, to))| {
        let (edit_from, edit_to, edit_remove) = (edit.clone(), edit.clone(), edit.clone());
        let (from_id, to_id) = (format!("{id}-from-{t}"), format!("{id}-to-{t}"));
        view! {
            <span class="pf-time">
                <label for=from_id.clone()>{lang.t("von", "from")}</label>
                <input type="time" id=from_id prop:value=from.clone() on:change=move |ev| {
                    let value = event_target_value(&ev);
                    edit_from(Box::new(move |c: &mut Card| c.times[t].0 = value.clone()));
                }/>
                <label for=to_id.clone()>{lang.t("bis", "to")}</label>
                <input type="time" id=to_id prop:value=to.clone() on:change=move |ev| {
                    let value = event_target_value(&ev);
                    edit_to(Box::new(move |c: &mut Card| c.times[t].1 = value.clone()));
                }/>
                <button type="button" on:click=move |_| edit_remove(Box::new(move |c: &mut Card| { c.times.remove(t); }))>
                    {lang.t("Zeit entfernen", "Remove the time")}
                </button>
            </span>
        }
    }).collect_view();
    let (edit_add, edit_holidays, edit_dates, edit_state, edit_comment) =
        (edit.clone(), edit.clone(), edit.clone(), edit.clone(), edit);
    let state = match card.state {
        State::Open => "open",
        State::Closed => "closed",
        State::Unknown => "unknown",
    };
    view! {
        <fieldset class="pf-inline">
            <legend>{lang.t("Tage", "Days")}</legend>
            {days}
        </fieldset>
        <fieldset class="pf-inline">
            <legend>{lang.t("Welche Wochen im Monat (keine: jede Woche)", "Which weeks of the month (none: every week)")}</legend>
            {weeks}
        </fieldset>
        <span class="pf-choice">
            <input type="checkbox" id=format!("{id}-ph") prop:checked=card.holidays on:change=move |ev| {
                let on = event_target_checked(&ev);
                edit_holidays(Box::new(move |c: &mut Card| c.holidays = on));
            }/>
            <label for=format!("{id}-ph")>{lang.t("Feiertage", "Public holidays")}</label>
        </span>
        <p>
            <label for=format!("{id}-dates")>{lang.t("Datum oder Zeitraum", "Date or dates")}</label>
            <span class="pf-help" id=format!("{id}-dates-help")>{lang.t("Leer für jede Woche. Z. B. 2026 Dec 24 oder 2026 Jul 20-2026 Aug 07 (Monate englisch abgekürzt).", "Empty for every week. E.g. 2026 Dec 24 or 2026 Jul 20-2026 Aug 07.")}</span>
            <input type="text" class="pf-code" id=format!("{id}-dates") aria-describedby=format!("{id}-dates-help") prop:value=card.dates.clone() on:change=move |ev| {
                let value = event_target_value(&ev);
                edit_dates(Box::new(move |c: &mut Card| c.dates = value.clone()));
            }/>
        </p>
        <div class="pf-times">
            {times}
            <button type="button" on:click=move |_| edit_add(Box::new(|c: &mut Card| c.times.push(("09:00".into(), "12:00".into()))))>
                {lang.t("Zeit hinzufügen", "Add a time")}
            </button>
        </div>
        <p>
            <label for=format!("{id}-state")>{lang.t("Dann ist", "Then it is")}</label>
            <select id=format!("{id}-state") prop:value=state on:change=move |ev| {
                let value = match event_target_value(&ev).as_str() {
                    "closed" => State::Closed,
                    "unknown" => State::Unknown,
                    _ => State::Open,
                };
                edit_state(Box::new(move |c: &mut Card| c.state = value));
            }>
                <option value="open">{lang.t("geöffnet", "open")}</option>
                <option value="closed">{lang.t("geschlossen", "closed")}</option>
                <option value="unknown">{lang.t("unsicher (die Quelle ist nicht sicher)", "uncertain (the source is not sure)")}</option>
            </select>
        </p>
        <p>
            <label for=format!("{id}-comment")>{lang.t("Hinweis in den Worten der Quelle", "Note in the source's words")}</label>
            <span class="pf-help" id=format!("{id}-comment-help")>{lang.t("Z. B. nur mit Termin, nach Vereinbarung, bitte vorher anrufen.", "E.g. nur mit Termin, nach Vereinbarung.")}</span>
            <input type="text" id=format!("{id}-comment") aria-describedby=format!("{id}-comment-help") prop:value=card.comment.clone() on:change=move |ev| {
                let value = event_target_value(&ev);
                edit_comment(Box::new(move |c: &mut Card| c.comment = value.clone()));
            }/>
        </p>
    }
}

/// The week in words, the warnings and the next 14 days, as the expression is now (the
/// days last: their headings are those of the "Termine" page).
#[component]
fn Live(entry: EntryRef, rules: Memo<Rules>) -> impl IntoView {
    let ws = use_ws();
    // Drawn again only when the expression changes (not at every edit of the entry).
    let current = {
        let entry = entry.clone();
        Memo::new(move |_| {
            let name = ws.session.with(|s| {
                s.as_ref()
                    .and_then(|s| entry.get(&s.document)?.get("name").cloned())
            });
            (expression(ws, &entry), name)
        })
    };
    let words = move || {
        let lang = ws.lang.get();
        let (expression, _) = current.get();
        if expression.is_empty() {
            return view! { <p>{lang.t("Noch keine Öffnungszeiten.", "No opening hours yet.")}</p> }.into_any();
        }
        let Some(calendar) = calendar(ws) else {
            return view! { <p class="pf-alert">{lang.t("Region oder Zeitzone in meta fehlen: die Zeiten sind nicht zu berechnen.", "Region or time zone is missing in meta: the hours cannot be worked out.")}</p> }.into_any();
        };
        let strings = wegweiser_core::i18n::Lang::De.strings();
        let warnings = hours_cards::warnings(&expression, &rules.get());
        let warning_list = warnings
            .iter()
            .map(|w| view! { <li>{warning_text(lang, w)}</li> })
            .collect_view();
        match parse_hours(&expression, &calendar) {
            Err(error) => view! {
                <p class="pf-alert" id="hours-error">{lang.t("Die App kann diesen Ausdruck nicht lesen:", "The app cannot read this expression:")}" "{error.detail}</p>
                <ul class="pf-warnings">{warning_list}</ul>
            }.into_any(),
            Ok(hours) => {
                let today = ws.today;
                let week = summary_lines(strings, &summarize(&hours, &calendar, today));
                let small = ws.session.with_untracked(|s| {
                    let s = s.as_ref()?;
                    small_file(&s.document, &entry, &readable(entry.get(&s.document)?))
                });
                view! {
                    <h4>{lang.t("So zeigt die App die Woche", "How the app shows the week")}</h4>
                    <ul id="hours-words" lang="de">{week.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                    {(!warnings.is_empty()).then(|| view! {
                        <h4>{lang.t("Hinweise", "Warnings")}</h4>
                        <ul class="pf-warnings" id="hours-warnings">{warning_list}</ul>
                    })}
                    <h4>{lang.t("Die nächsten 14 Tage, wie „Termine“ sie zeigt", "The next 14 days, as \"Termine\" shows them")}</h4>
                    <div id="hours-days" lang="de">{small.map(|small| view! { <NextDays small/> })}</div>
                }.into_any()
            }
        }
    };
    view! {
        <aside class="pf-hours-live" aria-label=move || ws.t("Die Öffnungszeiten in Worten", "The opening hours in words")>
            {words}
        </aside>
    }
}

/// The service as far as its days need it, readable while the keeper is still filling it
/// in: a name, a summary, needs and the hours' words where it has none yet.
fn readable(service: &Value) -> Value {
    let mut service = service.clone();
    let id = service.get("id").cloned().unwrap_or_default();
    if let Some(map) = service.as_object_mut() {
        for (key, fallback) in [
            ("name", id),
            ("summary", Value::String(String::new())),
            ("needs", Value::Array(Vec::new())),
        ] {
            let missing = map
                .get(key)
                .is_none_or(|v| v.is_null() || v.as_str() == Some(""));
            if missing {
                map.insert(key.into(), fallback);
            }
        }
        if let Some(Value::Object(hours)) = map.get_mut("hours") {
            if hours
                .get("text")
                .is_none_or(|t| t.as_str().is_none_or(str::is_empty) && !t.is_object())
            {
                let words = hours.get("osm").cloned().unwrap_or_default();
                hours.insert("text".into(), words);
            }
        }
    }
    service
}

/// The service's next 14 days, drawn by the "Termine" page's own day view, from a small
/// file of the service alone (in the app's state for one visit, in German).
#[component]
fn NextDays(small: Value) -> impl IntoView {
    let Ok(loaded) = load_dataset(&canonical(&small)) else {
        return ().into_any();
    };
    let directory = Arc::new(Directory::from_loaded(loaded));
    // The service first, as the small file has it (unless the loader left it out).
    if directory.dataset.services.first().map(|s| s.id.as_str())
        != small.pointer("/services/0/id").and_then(Value::as_str)
    {
        return ().into_any();
    }
    let now_ms = bridge::now_ms() as i64;
    provide_test_state(
        AppLang::De,
        DataStore::shared(directory.clone()),
        Clock::fixed(now_ms),
    );
    let Some(now) = Calendar::new(
        &directory.dataset.meta.region,
        &directory.dataset.meta.time_zone,
    )
    .ok()
    .and_then(|c| c.local_now(now_ms)) else {
        return ().into_any();
    };
    let expanded = RwSignal::new(Vec::new());
    agenda_ahead(&directory, &AgendaQuery::default(), now, 14)
        .into_iter()
        .map(|mut day| {
            // The service alone: not the one it sends people to.
            day.items.retain(|item| item.what == What::Hours(0));
            view! { <AgendaDay directory=directory.clone() day today=now.date() expanded/> }
        })
        .collect_view()
        .into_any()
}

fn warning_text(lang: Lang, warning: &Warning) -> String {
    match (warning, lang) {
        (Warning::NoHolidayRule, Lang::De) => "Keine Regel für Feiertage: die App zeigt dann „Feiertag: bitte vorher anrufen“. Fügen Sie eine Feiertagskarte hinzu, wenn die Quelle etwas dazu sagt.".into(),
        (Warning::NoHolidayRule, Lang::En) => "No rule for public holidays: the app then says \"holiday: please call first\". Add a holiday card if the source says something about them.".into(),
        (Warning::Overwrites { later, earlier, days }, Lang::De) => format!("Regel {later} ersetzt Regel {earlier} am {}. Ist das so gewollt? Sonst verbinden Sie die Regeln mit einem Komma.", day_list(lang, days)),
        (Warning::Overwrites { later, earlier, days }, Lang::En) => format!("Rule {later} replaces rule {earlier} on {}. Is that meant? Otherwise join the rules with a comma.", day_list(lang, days)),
        (Warning::Fallback, Lang::De) => "„||“ versteht die App nicht. Schreiben Sie jede Regel für sich, getrennt durch „;“.".into(),
        (Warning::Fallback, Lang::En) => "The app does not read \"||\". Write each rule for itself, separated by \";\".".into(),
        (Warning::OpenEnd, Lang::De) => "Ein offenes Ende (wie 18:00+) zeigt die App nicht. Geben Sie eine Endzeit an und sagen Sie den Rest im Hinweis: 18:00-20:00 \"Ende offen\".".into(),
        (Warning::OpenEnd, Lang::En) => "The app does not show an open end (like 18:00+). Give an end time and say the rest in the note: 18:00-20:00 \"open end\".".into(),
        (Warning::SunTimes, Lang::De) => "Zeiten nach der Sonne (sunrise, sunset) zeigt die App nicht. Geben Sie Uhrzeiten an.".into(),
        (Warning::SunTimes, Lang::En) => "The app does not show times by the sun (sunrise, sunset). Give clock times.".into(),
        (Warning::SchoolHolidays, Lang::De) => "Schulferien (SH) kennt die App nicht. Geben Sie ihre Daten an, z. B. 2026 Dec 23-2027 Jan 08 off.".into(),
        (Warning::SchoolHolidays, Lang::En) => "The app does not know school holidays (SH). Give their dates, e.g. 2026 Dec 23-2027 Jan 08 off.".into(),
    }
}

fn day_list(lang: Lang, days: &[&str]) -> String {
    days.iter()
        .filter_map(|d| WEEKDAYS.iter().position(|w| w == d))
        .map(|d| lang.t(DAY_NAMES[d].0, DAY_NAMES[d].1))
        .collect::<Vec<_>>()
        .join(", ")
}

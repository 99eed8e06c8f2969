//! One entry: an error summary with links to its fields (the GOV.UK pattern), its form,
//! "Stimmt noch", duplicate and delete (saying first who refers to it), a preview in the
//! app's own words, and the whole entry as JSON for what the form does not cover.

use super::findings::FindingList;
use super::form::FieldView;
use super::{entry_label, focus};
use crate::app::use_ws;
use crate::texts::Lang;
use leptos::prelude::*;
use serde_json::Value;
use wegweiser_keeping::validate::Finding;
use wegweiser_keeping::workspace::entries::{self, referrers};
use wegweiser_keeping::workspace::fields::{self, field_of, rest_of_path};
use wegweiser_keeping::workspace::{base_language, confirm, EntryRef};

/// The findings of one entry, each with the field it is about (if the form has it).
fn entry_findings(
    findings: &[Finding],
    entry: &EntryRef,
) -> Vec<(Finding, Option<&'static fields::Field>)> {
    let all = fields::fields(&entry.kind);
    findings
        .iter()
        .filter(|f| EntryRef::of_path(&f.path) == *entry)
        .map(|f| (f.clone(), field_of(all, rest_of_path(&f.path))))
        .collect()
}

/// Moves focus to the first problem's field of the chosen entry, else to its heading.
pub fn focus_first_problem(first: Option<String>) {
    request_animation_frame(move || match first {
        Some(id) => focus(&id),
        None => focus("entry-title"),
    });
}

/// The element to focus for an entry's first finding: its field's first input.
pub fn first_problem_id(findings: &[Finding], entry: &EntryRef, base: &str) -> Option<String> {
    entry_findings(findings, entry)
        .into_iter()
        .find_map(|(_, field)| field)
        .map(|field| input_id(field, base))
}

/// The id of a field's first input: a text's in the dataset's language `base`, a list's
/// first choice, the hours' expression.
fn input_id(field: &fields::Field, base: &str) -> String {
    match field.input {
        fields::Input::Text | fields::Input::LongText => format!("{}-{base}", field.element_id()),
        fields::Input::SomeOf(_) => format!("{}-0", field.element_id()),
        fields::Input::Hours => "hours-osm".to_string(),
        _ => field.element_id(),
    }
}

#[component]
pub fn EntryPanel() -> impl IntoView {
    let ws = use_ws();
    let deleting = RwSignal::new(None::<Vec<String>>);
    // The source's date recorded with "Stimmt noch", when the keeper gives one.
    let source_date = RwSignal::new(String::new());
    Effect::new(move || {
        ws.selected.track();
        deleting.set(None);
        source_date.set(String::new());
    });
    // Only another entry or language renders the panel anew: an edit changes the parts
    // that show it, so focus stays where the keeper is.
    move || {
        let entry = ws.selected.get()?;
        let lang = ws.lang.get();
        ws.session
            .with_untracked(|s| s.as_ref().and_then(|s| entry.get(&s.document)).map(|_| ()))?;
        let own = {
            let entry = entry.clone();
            Memo::new(move |_| {
                ws.checked.with(|c| {
                    c.as_ref()
                        .map(|c| entry_findings(&c.findings, &entry))
                        .unwrap_or_default()
                })
            })
        };
        let label = {
            let entry = entry.clone();
            move || {
                ws.session.with(|s| {
                    s.as_ref()
                        .map(|s| entry_label(&s.document, &entry))
                        .unwrap_or_default()
                })
            }
        };
        let base = ws.session.with_untracked(|s| {
            s.as_ref()
                .map_or_else(|| "de".into(), |s| base_language(&s.document).to_string())
        });
        let is_item = entry.index.is_some();
        let has_date = matches!(entry.kind.as_str(), "services" | "events");
        let verified = {
            let entry = entry.clone();
            move || {
                let day = ws.session.with(|s| {
                    s.as_ref()
                        .and_then(|s| entry.get(&s.document))
                        .and_then(|v| v.get("last_verified"))
                        .and_then(Value::as_str)
                        .map(str::to_string)
                });
                match (day, lang) {
                    (Some(day), Lang::De) => format!("Zuletzt geprüft: {day}."),
                    (Some(day), Lang::En) => format!("Last checked: {day}."),
                    (None, Lang::De) => "Noch nie als geprüft vermerkt.".to_string(),
                    (None, Lang::En) => "Never marked as checked.".to_string(),
                }
            }
        };
        let summary = move || {
            let own = own.get();
            (!own.is_empty()).then(|| {
                let count = own.len();
                let items = own.into_iter().map(|(f, field)| {
                    let text = format!("{}: {}", lang.severity(f.severity), lang.message(&f.message));
                    match field {
                        Some(field) => {
                            let target = input_id(field, &base);
                            let href = format!("#{target}");
                            view! { <li><a href=href on:click=move |ev| { ev.prevent_default(); focus(&target); }>{text}</a></li> }.into_any()
                        }
                        None => view! { <li>{text}</li> }.into_any(),
                    }
                }).collect_view();
                view! {
                    <div class="pf-error-summary" aria-labelledby="entry-problems-title">
                        <h3 id="entry-problems-title">{match (lang, count) {
                            (Lang::De, 1) => "Die Prüfung findet hier 1 Problem".to_string(),
                            (Lang::De, n) => format!("Die Prüfung findet hier {n} Probleme"),
                            (Lang::En, 1) => "The check finds 1 problem here".to_string(),
                            (Lang::En, n) => format!("The check finds {n} problems here"),
                        }}</h3>
                        <ul>{items}</ul>
                    </div>
                }
            })
        };
        let form = fields::fields(&entry.kind)
            .iter()
            .map(|field| {
                let problems = Signal::derive(move || {
                    own.with(|own| {
                        own.iter()
                            .filter(|(_, f)| f.is_some_and(|f| f.key == field.key))
                            .map(|(f, _)| lang.message(&f.message))
                            .collect::<Vec<_>>()
                    })
                });
                view! { <FieldView entry=entry.clone() field problems/> }
            })
            .collect_view();
        let (confirm_entry, duplicate_entry, delete_entry, force_entry) =
            (entry.clone(), entry.clone(), entry.clone(), entry.clone());
        let json_entry = entry.clone();
        Some(view! {
            <section class="pf-entry-panel" aria-labelledby="entry-title">
                <h2 id="entry-title" tabindex="-1">{label}</h2>
                <p class="pf-help"><code>{entry.key()}</code></p>
                {summary}
                {has_date.then(|| view! {
                    <p id="entry-verified">{verified}</p>
                    <p>
                        <label for="confirm-source-date">{lang.t("Stand der Quelle, falls sie ein neues Datum trägt (freiwillig)", "Date of the source, if it has a new one (optional)")}</label>
                        <input type="date" id="confirm-source-date" prop:value=move || source_date.get()
                            on:change=move |ev| source_date.set(event_target_value(&ev))/>
                    </p>
                    <button type="button" class="pf-primary" id="confirm-entry" on:click=move |_| {
                        let entry = confirm_entry.clone();
                        let dated = chrono::NaiveDate::parse_from_str(&source_date.get_untracked(), "%Y-%m-%d").ok();
                        ws.edit(|s| confirm(&s.document, &entry, ws.today, dated));
                    }>{lang.t("Stimmt noch (heute geprüft)", "Still correct (checked today)")}</button>
                })}
                {is_item.then(|| view! {
                    <p class="pf-actions">
                        <button type="button" on:click=move |_| {
                            let made = ws.session.with_untracked(|s| s.as_ref().and_then(|s| entries::duplicate(&s.document, &duplicate_entry)));
                            if let Some((copy, edits)) = made {
                                ws.edit(|_| edits);
                                ws.selected.set(Some(copy));
                                request_animation_frame(|| focus("entry-title"));
                            }
                        }>{lang.t("Duplizieren", "Duplicate")}</button>
                        <button type="button" on:click=move |_| {
                            let named: Vec<String> = ws.session.with_untracked(|s| s.as_ref().map(|s| {
                                referrers(&s.document, &delete_entry).iter().map(|r| entry_label(&s.document, r)).collect()
                            }).unwrap_or_default());
                            if named.is_empty() {
                                let entry = delete_entry.clone();
                                ws.edit(|s| entries::delete(&s.document, &entry));
                                ws.selected.set(None);
                            } else {
                                deleting.set(Some(named));
                            }
                        }>{lang.t("Löschen", "Delete")}</button>
                    </p>
                })}
                {move || deleting.get().map(|named| {
                    let force_entry = force_entry.clone();
                    view! {
                        <div class="pf-alert" role="alert">
                            <p>{ws.t("Auf diesen Eintrag verweisen:", "These entries refer to this one:")}</p>
                            <ul>{named.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                            <p>{ws.t("Nach dem Löschen zeigen sie einen Fehler, bis Sie sie ändern.", "After deleting, they show an error until you change them.")}</p>
                            <button type="button" on:click=move |_| {
                                let entry = force_entry.clone();
                                ws.edit(|s| entries::delete(&s.document, &entry));
                                ws.selected.set(None);
                            }>{ws.t("Trotzdem löschen", "Delete anyway")}</button>
                            <button type="button" on:click=move |_| deleting.set(None)>{ws.t("Nicht löschen", "Do not delete")}</button>
                        </div>
                    }
                })}
                <div class="pf-form">{form}</div>
                {move || {
                    let findings: Vec<Finding> = own.with(|own| own.iter().map(|(f, _)| f.clone()).collect());
                    (!findings.is_empty()).then(|| view! {
                        <h3>{lang.t("Die Befunde, wie check sie nennt", "The findings as check gives them")}</h3>
                        <FindingList findings id="entry-findings"/>
                    })
                }}
                <super::preview::Preview entry=entry.clone()/>
                <details class="pf-json">
                    <summary>{lang.t("Der ganze Eintrag als JSON", "The whole entry as JSON")}</summary>
                    <EntryJson entry=json_entry/>
                </details>
            </section>
        })
    }
}

/// The entry as JSON, for what the form does not cover.
#[component]
fn EntryJson(entry: EntryRef) -> impl IntoView {
    let ws = use_ws();
    let lang = ws.lang.get_untracked();
    let shown = {
        let entry = entry.clone();
        move || {
            ws.session.with(|s| {
                s.as_ref()
                    .and_then(|s| entry.get(&s.document))
                    .map(|v| serde_json::to_string_pretty(v).unwrap_or_default())
                    .unwrap_or_default()
            })
        }
    };
    let draft = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    // The text follows the entry, also after an edit elsewhere (a field, undo).
    Effect::new(move || draft.set(shown()));
    view! {
        <p>
            <label for="entry-json">{lang.t("Der Eintrag als JSON", "The entry as JSON")}</label>
            <span class="pf-help" id="entry-json-help">{lang.t(
                "Ändern Sie den Text und wählen Sie „Übernehmen“. Die Prüfung läuft danach sofort.",
                "Change the text and choose \"Apply\". The check runs at once.",
            )}</span>
            <textarea id="entry-json" rows="16" spellcheck="false"
                aria-describedby=move || if problem.with(Option::is_some) { "entry-json-help entry-json-problem" } else { "entry-json-help" }
                prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev))></textarea>
            {move || problem.get().map(|p| view! { <span class="pf-alert" id="entry-json-problem" role="alert">{p}</span> })}
        </p>
        <button type="button" id="apply-entry" on:click=move |_| {
            match serde_json::from_str::<Value>(&draft.get_untracked()) {
                Ok(new) => {
                    problem.set(None);
                    let entry = entry.clone();
                    ws.edit(|s| entries::replace(&s.document, &entry, new));
                }
                Err(error) => problem.set(Some(format!("{} {error}", lang.t("Das ist kein gültiges JSON:", "This is not valid JSON:")))),
            }
        }>{lang.t("Übernehmen", "Apply")}</button>
    }
}

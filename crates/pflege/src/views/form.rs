//! One field of an entry's form: a visible label, help text, the check's words beside it
//! (linked with `aria-describedby`), the input its kind needs, and, where the field says
//! something about the world, the source's words that back it (`source.claims`).

use crate::app::{use_ws, Ws};
use crate::texts::Lang;
use crate::views::{entry_label, hours::HoursBuilder};
use leptos::prelude::*;
use serde_json::Value;
use wegweiser_keeping::validate::is_claim;
use wegweiser_keeping::workspace::entries::set_field;
use wegweiser_keeping::workspace::fields::{self, Field, Input};
use wegweiser_keeping::workspace::EntryRef;

/// The value of `key` in the entry, as the document has it now.
fn current(ws: Ws, entry: &EntryRef, key: &str) -> Option<Value> {
    ws.session.with(|s| {
        s.as_ref()
            .and_then(|s| entry.get(&s.document))
            .and_then(|e| fields::get(e, key))
            .cloned()
    })
}

/// Sets `key` of the entry as one step.
fn write(ws: Ws, entry: &EntryRef, key: &str, value: Option<Value>) {
    let entry = entry.clone();
    ws.edit(|s| set_field(&s.document, &entry, key, value));
}

/// A value as an input shows it: text as it is, anything else as JSON.
fn as_input(value: Option<Value>) -> String {
    match value {
        None => String::new(),
        Some(Value::String(text)) => text,
        Some(other) => serde_json::to_string_pretty(&other).unwrap_or_default(),
    }
}

#[component]
pub fn FieldView(
    entry: EntryRef,
    field: &'static Field,
    /// The check's words about this field.
    #[prop(into)]
    problems: Signal<Vec<String>>,
) -> impl IntoView {
    let ws = use_ws();
    let lang = ws.lang.get_untracked();
    let id = field.element_id();
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let local_error = RwSignal::new(None::<String>);
    let invalid = move || problems.with(|p| !p.is_empty());
    let described = {
        let error_id = error_id.clone();
        move || {
            let mut ids = vec![help_id.clone()];
            if invalid() || local_error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            ids.join(" ")
        }
    };
    let label = lang.t(field.label.0, field.label.1);
    let help = lang.t(field.help.0, field.help.1);
    let key = field.key;
    let input = {
        let entry = entry.clone();
        let id = id.clone();
        match field.input {
            Input::Text | Input::LongText => {
                view! { <TextInputs entry field described=Signal::derive(described.clone()) invalid=Signal::derive(invalid)/> }.into_any()
            }
            Input::SomeOf(list) => {
                view! { <SomeOfInput entry field list described=Signal::derive(described.clone())/> }.into_any()
            }
            Input::Hours => view! { <HoursBuilder entry/> }.into_any(),
            Input::Flag => {
                let on = {
                    let entry = entry.clone();
                    move || current(ws, &entry, key) == Some(Value::Bool(true))
                };
                view! {
                    <input type="checkbox" id=id.clone() prop:checked=on aria-describedby=described.clone()
                        on:change=move |ev| write(ws, &entry, key, event_target_checked(&ev).then_some(Value::Bool(true)))/>
                }
                .into_any()
            }
            Input::Choice(_) | Input::OneOf(_) => {
                let (none, options) = match field.input {
                    Input::Choice(options) => (
                        lang.t("(keine Angabe)", "(not given)"),
                        options.iter().map(|o| (o.to_string(), o.to_string())).collect(),
                    ),
                    Input::OneOf(list) => (lang.t("(keiner)", "(none)"), choices_of(ws, list)),
                    _ => ("", Vec::new()),
                };
                let value = {
                    let entry = entry.clone();
                    move || as_input(current(ws, &entry, key))
                };
                view! {
                    <select id=id.clone() prop:value=value aria-describedby=described.clone() aria-invalid=move || invalid().then_some("true")
                        on:change=move |ev| {
                            let chosen = event_target_value(&ev);
                            write(ws, &entry, key, (!chosen.is_empty()).then_some(Value::String(chosen)));
                        }>
                        <option value="">{none}</option>
                        {options.into_iter().map(|(value, label)| view! { <option value=value>{label}</option> }).collect_view()}
                    </select>
                }
                .into_any()
            }
            Input::Line | Input::Number | Input::Date => {
                let kind = match field.input {
                    Input::Date => "date",
                    _ => "text",
                };
                let value = {
                    let entry = entry.clone();
                    move || as_input(current(ws, &entry, key))
                };
                let number = field.input == Input::Number;
                view! {
                    <input type=kind id=id.clone() prop:value=value aria-describedby=described.clone()
                        aria-invalid=move || (invalid() || local_error.with(Option::is_some)).then_some("true")
                        inputmode=number.then_some("decimal")
                        on:change=move |ev| {
                            let text = event_target_value(&ev).trim().to_string();
                            let value = if text.is_empty() {
                                None
                            } else if number {
                                match text.replace(',', ".").parse::<f64>().ok().and_then(number_value) {
                                    Some(n) => Some(n),
                                    None => {
                                        local_error.set(Some(lang.t("Bitte eine Zahl eingeben, z. B. 60 oder 49.44.", "Please give a number, e.g. 60 or 49.44.").into()));
                                        return;
                                    }
                                }
                            } else {
                                Some(Value::String(text))
                            };
                            local_error.set(None);
                            write(ws, &entry, key, value);
                        }/>
                }
                .into_any()
            }
            Input::Paragraph | Input::Json => {
                let json = field.input == Input::Json;
                let value = {
                    let entry = entry.clone();
                    move || as_input(current(ws, &entry, key))
                };
                view! {
                    <textarea id=id.clone() rows=if json { "6" } else { "3" } spellcheck=(!json).to_string() prop:value=value
                        aria-describedby=described.clone()
                        aria-invalid=move || (invalid() || local_error.with(Option::is_some)).then_some("true")
                        on:change=move |ev| {
                            let text = event_target_value(&ev);
                            let value = if text.trim().is_empty() {
                                None
                            } else if json {
                                match serde_json::from_str::<Value>(&text) {
                                    Ok(value) => Some(value),
                                    Err(error) => {
                                        local_error.set(Some(format!("{} {error}", lang.t("Das ist kein gültiges JSON:", "This is not valid JSON:"))));
                                        return;
                                    }
                                }
                            } else {
                                Some(Value::String(text))
                            };
                            local_error.set(None);
                            write(ws, &entry, key, value);
                        }></textarea>
                }
                .into_any()
            }
        }
    };
    let grouped = matches!(
        field.input,
        Input::Text | Input::LongText | Input::SomeOf(_) | Input::Hours
    );
    let title = if grouped {
        view! { <h3 class="pf-field-title" id=format!("{id}-title")>{label}</h3> }.into_any()
    } else {
        view! { <label for=id.clone()>{label}</label> }.into_any()
    };
    let claim = claim_of(&entry, field)
        .map(|claim_key| view! { <ClaimInput entry=entry.clone() claim_key field_label=label/> });
    view! {
        <div class="pf-field" class:pf-invalid=invalid id=format!("{id}-field")>
            {title}
            <span class="pf-help" id=format!("{id}-help")>{help}</span>
            <p class="pf-field-error" id=error_id.clone() hidden=move || !invalid() && local_error.with(Option::is_none)>
                {move || problems.get().into_iter().map(|p| view! { <span class="pf-problem">{lang.t("Fehler: ", "Error: ")}{p}" "</span> }).collect_view()}
                {move || local_error.get()}
            </p>
            {input}
            {claim}
        </div>
    }
}

/// The entries of a list to choose from: each id with the entry's name.
fn choices_of(ws: Ws, list: &'static str) -> Vec<(String, String)> {
    ws.session.with_untracked(|s| {
        let Some(s) = s else { return Vec::new() };
        s.document
            .get(list)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
            .filter_map(|(i, e)| {
                let id = e.get("id")?.as_str()?.to_string();
                Some((id, entry_label(&s.document, &EntryRef::item(list, i))))
            })
            .collect()
    })
}

/// A number as the file writes it: whole numbers without a fraction.
fn number_value(number: f64) -> Option<Value> {
    if !number.is_finite() {
        return None;
    }
    if number.fract() == 0.0 && number.abs() < 1e15 {
        Some(Value::from(number as i64))
    } else {
        serde_json::Number::from_f64(number).map(Value::Number)
    }
}

/// The claim a field's source words back, for entries with sources: shown once per claim,
/// beside the field that comes first (`cost.kind` for `cost`).
fn claim_of(entry: &EntryRef, field: &Field) -> Option<&'static str> {
    let kind = if entry.kind == "meta" {
        "meta"
    } else {
        entry.kind.as_str()
    };
    if !matches!(
        kind,
        "meta" | "organizations" | "locations" | "services" | "events"
    ) {
        return None;
    }
    let key = field.claim_key();
    let first = fields::fields(&entry.kind)
        .iter()
        .find(|f| f.claim_key() == key)?;
    (first.key == field.key && !key.starts_with("source") && is_claim(kind, key))
        .then_some(first.claim_key())
}

#[component]
fn ClaimInput(
    entry: EntryRef,
    claim_key: &'static str,
    field_label: &'static str,
) -> impl IntoView {
    let ws = use_ws();
    let lang = ws.lang.get_untracked();
    let id = format!("claim-{claim_key}");
    let path = format!("source.claims.{claim_key}");
    let value = {
        let (entry, path) = (entry.clone(), path.clone());
        move || current(ws, &entry, &path)
    };
    let plain = matches!(value(), None | Some(Value::String(_)));
    let label = match lang {
        Lang::De => format!("Beleg für „{field_label}“: die Worte der Quelle"),
        Lang::En => format!("Evidence for \"{field_label}\": the source's words"),
    };
    if !plain {
        return view! {
            <p class="pf-help">{label}": "{lang.t("mehrere Zitate oder eine öffentliche Tatsache; im JSON des Eintrags zu ändern.", "several quotes or a public fact; change them in the entry's JSON.")}</p>
        }
        .into_any();
    }
    view! {
        <div class="pf-claim">
            <label for=id.clone()>{label}</label>
            <textarea id=id rows="2" prop:value=move || as_input(value())
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    write(ws, &entry, &path, (!text.trim().is_empty()).then_some(Value::String(text)));
                }></textarea>
        </div>
    }
    .into_any()
}

/// A text in each of the dataset's languages.
#[component]
fn TextInputs(
    entry: EntryRef,
    field: &'static Field,
    described: Signal<String>,
    invalid: Signal<bool>,
) -> impl IntoView {
    let ws = use_ws();
    let key = field.key;
    let long = field.input == Input::LongText;
    let langs = ws.session.with_untracked(|s| {
        s.as_ref()
            .map(|s| fields::languages(&s.document))
            .unwrap_or_default()
    });
    let base = langs.first().cloned().unwrap_or_default();
    let label = ws.lang.get_untracked().t(field.label.0, field.label.1);
    langs
        .clone()
        .into_iter()
        .map(|code| {
            let input_id = format!("{}-{code}", field.element_id());
            let (entry, langs, base) = (entry.clone(), langs.clone(), base.clone());
            let shown = {
                let (entry, code, base) = (entry.clone(), code.clone(), base.clone());
                move || fields::text_in(current(ws, &entry, key).as_ref(), &code, &base)
            };
            let on_change = {
                let code = code.clone();
                move |ev: leptos::ev::Event| {
                    let new = event_target_value(&ev);
                    let was = current(ws, &entry, key);
                    let inputs: Vec<String> = langs
                        .iter()
                        .map(|l| if *l == code { new.clone() } else { fields::text_in(was.as_ref(), l, &base) })
                        .collect();
                    write(ws, &entry, key, fields::text_value(&langs, &inputs, was.as_ref()));
                }
            };
            let input = if long {
                view! { <textarea id=input_id.clone() rows="3" lang=code.clone() prop:value=shown aria-describedby=described aria-invalid=move || invalid.get().then_some("true") on:change=on_change></textarea> }.into_any()
            } else {
                view! { <input type="text" id=input_id.clone() lang=code.clone() prop:value=shown aria-describedby=described aria-invalid=move || invalid.get().then_some("true") on:change=on_change/> }.into_any()
            };
            view! {
                <div class="pf-lang-input">
                    <label for=input_id>{format!("{label} ({code})")}</label>
                    {input}
                </div>
            }
        })
        .collect_view()
}

/// Entries of a list chosen by ticking them.
#[component]
fn SomeOfInput(
    entry: EntryRef,
    field: &'static Field,
    list: &'static str,
    described: Signal<String>,
) -> impl IntoView {
    let ws = use_ws();
    let key = field.key;
    let label = ws.lang.get_untracked().t(field.label.0, field.label.1);
    let choices = choices_of(ws, list);
    let chosen = {
        let entry = entry.clone();
        move || -> Vec<String> {
            current(ws, &entry, key)
                .and_then(|v| v.as_array().cloned())
                .unwrap_or_default()
                .iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        }
    };
    view! {
        <fieldset class="pf-choices" aria-describedby=described>
            <legend class="pf-visually-hidden">{label}</legend>
            {choices.into_iter().enumerate().map(|(n, (id, text))| {
                let input_id = format!("{}-{n}", field.element_id());
                let (entry, chosen, here) = (entry.clone(), chosen.clone(), id.clone());
                let checked = { let chosen = chosen.clone(); let id = id.clone(); move || chosen().contains(&id) };
                view! {
                    <div class="pf-choice">
                        <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=move |ev| {
                            let mut ids = chosen();
                            ids.retain(|i| *i != here);
                            if event_target_checked(&ev) {
                                ids.push(here.clone());
                            }
                            let value = (!ids.is_empty()).then(|| Value::Array(ids.into_iter().map(Value::String).collect()));
                            write(ws, &entry, key, value);
                        }/>
                        <label for=input_id>{text}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

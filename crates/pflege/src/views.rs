//! The workspace's views: opening a file, the draft's state, the work list, one entry,
//! every finding, and how a file is published.

use crate::app::{use_ws, Keeping};
use crate::bridge;
use crate::texts::Lang;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::Value;
use wasm_bindgen::JsCast;
use wegweiser_keeping::validate::Finding;
use wegweiser_keeping::workspace::{confirm, Concern, Edit, EntryRef};

/// The published file, as the visitors' app reads it (`?published`: from the server, not
/// the visitors' worker's last good copy).
const PUBLISHED_URL: &str = "../data/services.json?published";

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let ws = use_ws();
    let button = move |lang: Lang, label: &'static str| {
        view! {
            <button type="button" class="pf-lang" lang=lang.code()
                aria-pressed=move || (ws.lang.get() == lang).to_string()
                on:click=move |_| ws.lang.set(lang)>{label}</button>
        }
    };
    view! {
        <div class="pf-langs" role="group" aria-label=move || ws.t("Sprache", "Language")>
            {button(Lang::De, "Deutsch")}
            {button(Lang::En, "English")}
        </div>
    }
}

/// "When" in words: the device's way of writing a time, or "never".
fn when(lang: Lang, ms: Option<f64>) -> String {
    match ms {
        Some(ms) => bridge::local_time(ms, lang.code()),
        None => lang.t("noch nie", "never").into(),
    }
}

#[component]
pub fn Offered() -> impl IntoView {
    let ws = use_ws();
    move || {
        let (name, opened, downloaded) = ws.offered.with(|o| {
            o.as_ref()
                .map(|d| (d.name.clone(), d.opened_ms, d.downloaded_ms))
        })?;
        let lang = ws.lang.get();
        Some(view! {
            <section class="pf-offered" aria-labelledby="offered-title">
                <h2 id="offered-title">{lang.t("Ihr Entwurf ist noch da", "Your draft is still here")}</h2>
                <p>{match lang {
                    Lang::De => format!("Auf diesem Gerät liegt ein Entwurf von „{name}“, geöffnet am {}. Zuletzt heruntergeladen: {}.", when(lang, Some(opened)), when(lang, downloaded)),
                    Lang::En => format!("This device keeps a draft of \"{name}\", opened {}. Last downloaded: {}.", when(lang, Some(opened)), when(lang, downloaded)),
                }}</p>
                <button type="button" class="pf-primary" on:click=move |_| {
                    if let Some(draft) = ws.offered.get_untracked() {
                        ws.session.set(Some(draft));
                        ws.offered.set(None);
                        ws.message.set(None);
                    }
                }>{lang.t("Mit dem Entwurf weiterarbeiten", "Go on with the draft")}</button>
                " "
                <button type="button" on:click=move |_| {
                    ws.offered.set(None);
                    spawn_local(bridge::forget_draft(crate::session::DRAFT_KEY));
                }>{lang.t("Entwurf verwerfen", "Discard the draft")}</button>
            </section>
        })
    }
}

/// Reads a chosen or dropped file and opens it. (The state is passed in: a task that runs
/// later has no reactive owner to ask for it.)
async fn open_file(ws: crate::app::Ws, file: web_sys::File) {
    let name = file.name();
    if file.size() > wegweiser_keeping::workspace::MAX_FILE_BYTES as f64 {
        let refusal = wegweiser_keeping::workspace::Refusal::TooLarge(file.size() as usize);
        ws.message.set(Some(crate::app::Message {
            text: ws.lang.get_untracked().refusal(&name, &refusal),
            alert: true,
            findings: Vec::new(),
        }));
        return;
    }
    match bridge::file_text(&file).await {
        Ok(text) => ws.open(&name, &text),
        Err(reason) => ws.message.set(Some(crate::app::Message {
            text: format!(
                "{} {reason}",
                ws.lang.get_untracked().t(
                    "Die Datei kann nicht gelesen werden:",
                    "The file cannot be read:"
                )
            ),
            alert: true,
            findings: Vec::new(),
        })),
    }
}

#[component]
pub fn Opener() -> impl IntoView {
    let ws = use_ws();
    let open_published = move |_| {
        spawn_local(async move {
            match bridge::fetch_published(PUBLISHED_URL).await {
                Ok(text) => ws.open("services.json", &text),
                Err(reason) => ws.message.set(Some(crate::app::Message {
                    text: format!(
                        "{} ({reason})",
                        ws.lang.get_untracked().t(
                            "Die veröffentlichte Datei ist nicht zu erreichen. Sind Sie offline? Sie können eine Datei vom Gerät öffnen.",
                            "The published file cannot be reached. Are you offline? You can open a file from this device.",
                        )
                    ),
                    alert: true,
                    findings: Vec::new(),
                })),
            }
        });
    };
    let chosen = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            spawn_local(open_file(ws, file));
        }
        input.set_value("");
    };
    let dropped = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            spawn_local(open_file(ws, file));
        }
    };
    view! {
        <section class="pf-open" aria-labelledby="open-title"
            on:dragover=|ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=dropped>
            <h2 id="open-title">{move || ws.t("Datei öffnen", "Open a file")}</h2>
            <p>
                <button type="button" class="pf-primary" id="open-published" on:click=open_published>
                    {move || ws.t("Veröffentlichte Datei öffnen", "Open the published file")}
                </button>
            </p>
            <p>
                <label for="open-file">{move || ws.t("Oder eine Datei von diesem Gerät (JSON)", "Or a file from this device (JSON)")}</label>
                <input type="file" id="open-file" accept=".json,application/json"
                    aria-describedby="open-file-help" on:change=chosen/>
                <span class="pf-help" id="open-file-help">{move || ws.t(
                    "Sie können die Datei auch hierher ziehen. Ein offener Entwurf bleibt, wenn die Datei nicht passt.",
                    "You can also drop the file here. An open draft stays if the file does not fit.",
                )}</span>
            </p>
        </section>
    }
}

#[component]
fn FindingList(findings: Vec<Finding>, id: &'static str) -> impl IntoView {
    let ws = use_ws();
    let lang = ws.lang.get_untracked();
    view! {
        <ol class="pf-findings" id=id>
            {findings.into_iter().map(|f| view! {
                <li data-severity=format!("{:?}", f.severity).to_lowercase()>
                    <strong>{lang.severity(f.severity)}</strong>": "
                    <code class="pf-path">{f.path}</code>": "
                    <span class="pf-finding-text">{f.message}</span>
                </li>
            }).collect_view()}
        </ol>
    }
}

#[component]
pub fn MessageView() -> impl IntoView {
    let ws = use_ws();
    view! {
        <div role="status" class="pf-message" id="message">
            {move || ws.message.get().map(|m| view! {
                <p class=if m.alert { "pf-alert" } else { "pf-note" }>{m.text}</p>
                {(!m.findings.is_empty()).then(|| view! {
                    <p>{ws.t("Das sagt die Prüfung zu dieser Datei:", "What the check says of this file:")}</p>
                    <FindingList findings=m.findings id="refused-findings"/>
                })}
            })}
        </div>
    }
}

#[component]
pub fn DraftBar() -> impl IntoView {
    let ws = use_ws();
    let state = move || {
        let lang = ws.lang.get();
        let (name, downloaded, changed) = ws
            .session
            .with(|s| {
                s.as_ref()
                    .map(|s| (s.name.clone(), s.downloaded_ms, s.history.can_undo()))
            })
            .unwrap_or_default();
        let kept = match ws.keeping.get() {
            Keeping::Kept(ms) => match lang {
                Lang::De => format!("Auf diesem Gerät gesichert: {}.", when(lang, Some(ms))),
                Lang::En => format!("Kept on this device: {}.", when(lang, Some(ms))),
            },
            Keeping::Failed(reason) => match lang {
                Lang::De => format!("Der Browser lässt den Entwurf nicht sichern ({reason}). Laden Sie die Datei herunter, bevor Sie die Seite schließen."),
                Lang::En => format!("The browser does not let the draft be kept ({reason}). Download the file before you close the page."),
            },
            Keeping::Nothing => String::new(),
        };
        let file = match lang {
            Lang::De => format!(
                "Entwurf von „{name}“{}. Zuletzt heruntergeladen: {}.",
                if changed { ", geändert" } else { "" },
                when(lang, downloaded)
            ),
            Lang::En => format!(
                "Draft of \"{name}\"{}. Last downloaded: {}.",
                if changed { ", changed" } else { "" },
                when(lang, downloaded)
            ),
        };
        (file, kept)
    };
    let can = move |redo: bool| {
        ws.session.with(|s| {
            s.as_ref().is_some_and(|s| {
                if redo {
                    s.history.can_redo()
                } else {
                    s.history.can_undo()
                }
            })
        })
    };
    view! {
        <section class="pf-draft" aria-labelledby="draft-title">
            <h2 id="draft-title">{move || ws.t("Entwurf", "Draft")}</h2>
            <p id="draft-state">{move || state().0}" "{move || state().1}</p>
            <p class="pf-help">{move || ws.t(
                "Der Entwurf liegt nur auf diesem Gerät und nur in diesem Browser. Browser löschen solche Daten, wenn eine Seite lange nicht benutzt wird (Safari nach 7 Tagen). Laden Sie die Datei deshalb nach jeder Sitzung herunter.",
                "The draft lives only on this device and only in this browser. Browsers erase such data when a site goes unused (Safari after 7 days). So download the file after every session.",
            )}</p>
            <div class="pf-actions">
                <button type="button" on:click=move |_| ws.undo() disabled=move || !can(false)>{move || ws.t("Rückgängig", "Undo")}</button>
                <button type="button" on:click=move |_| ws.redo() disabled=move || !can(true)>{move || ws.t("Wiederholen", "Redo")}</button>
                <button type="button" class="pf-primary" id="download" on:click=move |_| ws.save(false, false)>{move || ws.t("Datei herunterladen", "Download the file")}</button>
                {bridge::can_save_in_place().then(|| view! {
                    <button type="button" on:click=move |_| ws.save(true, false)>{move || ws.t("Datei speichern unter …", "Save the file as …")}</button>
                })}
            </div>
            {move || ws.held.get().map(|problem| view! {
                <div class="pf-alert" role="alert">
                    <p>{ws.t("Die Besucher-App kann die Datei so nicht richtig zeigen:", "The visitors' app cannot show the file properly as it is:")}" "<code>{problem}</code></p>
                    <button type="button" id="download-anyway" on:click=move |_| ws.save(false, true)>{ws.t("Trotzdem herunterladen", "Download anyway")}</button>
                </div>
            })}
        </section>
    }
}

/// An entry's name for lists: its id and its name in the dataset's language.
pub fn entry_label(document: &Value, entry: &EntryRef) -> String {
    let Some(value) = entry.get(document) else {
        return entry.key();
    };
    let base = document
        .pointer("/meta/language")
        .and_then(Value::as_str)
        .unwrap_or("de");
    let name = ["name", "label", "city"]
        .iter()
        .filter_map(|key| value.get(*key))
        .find_map(|text| match text {
            Value::String(s) => Some(s.as_str()),
            Value::Object(map) => map.get(base).and_then(Value::as_str),
            _ => None,
        });
    match (value.get("id").and_then(Value::as_str), name) {
        (Some(id), Some(name)) => format!("{name} ({id})"),
        (None, Some(name)) => name.to_string(),
        (Some(id), None) => id.to_string(),
        (None, None) => entry.key(),
    }
}

#[component]
pub fn WorkListView() -> impl IntoView {
    let ws = use_ws();
    let query = RwSignal::new(String::new());
    let only = RwSignal::new(String::new());
    let groups = move || {
        let lang = ws.lang.get();
        let needle = query.get().to_lowercase();
        let only = only.get();
        let list = ws
            .checked
            .with(|c| c.as_ref().map(|c| c.work_list.clone()))
            .unwrap_or_default();
        ws.session.with(|s| {
            let Some(s) = s else { return Vec::new() };
            list.into_iter()
                .enumerate()
                .filter(|(i, _)| only.is_empty() || only == i.to_string())
                .map(|(i, group)| {
                    let total = group.entries.len();
                    let entries: Vec<(EntryRef, String)> = group
                        .entries
                        .iter()
                        .map(|(e, _)| (e.clone(), entry_label(&s.document, e)))
                        .filter(|(_, label)| {
                            needle.is_empty() || label.to_lowercase().contains(&needle)
                        })
                        .collect();
                    (
                        i,
                        lang.concern(&group.concern),
                        group.concern,
                        total,
                        entries,
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    let options = move || {
        let lang = ws.lang.get();
        ws.checked.with(|c| {
            c.as_ref().map(|c| {
                c.work_list.iter().enumerate().map(|(i, g)| {
                    view! { <option value=i.to_string()>{format!("{} ({})", lang.concern(&g.concern), g.entries.len())}</option> }
                }).collect_view()
            })
        })
    };
    view! {
        <section class="pf-work" aria-labelledby="work-title">
            <h2 id="work-title">{move || ws.t("Arbeitsliste", "Work list")}</h2>
            <p class="pf-filters">
                <label for="work-search">{move || ws.t("Suchen", "Search")}</label>
                <input type="search" id="work-search" prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))/>
                <label for="work-only">{move || ws.t("Zeigen", "Show")}</label>
                <select id="work-only" on:change=move |ev| only.set(event_target_value(&ev))>
                    <option value="">{move || ws.t("Alle Gruppen", "All groups")}</option>
                    {options}
                </select>
            </p>
            {move || {
                let lang = ws.lang.get();
                groups().into_iter().map(|(i, title, concern, total, entries)| {
                    let (heading, labelled) = (format!("group-{i}"), format!("group-{i}"));
                    let batch: Vec<EntryRef> = entries.iter().map(|(e, _)| e.clone()).collect();
                    let count = batch.len();
                    view! {
                        <section class="pf-group" aria-labelledby=labelled>
                            <h3 id=heading>{title}" "<span class="pf-count">{total}</span></h3>
                            {(concern == Concern::NotVerified && count > 0).then(|| view! {
                                <button type="button" class="pf-batch" on:click=move |_| {
                                    let batch = batch.clone();
                                    ws.edit(|s| batch.iter().flat_map(|e| confirm(&s.document, e, ws.today, None)).collect());
                                }>{match lang {
                                    Lang::De => format!("Alle {count} gezeigten: Stimmt noch"),
                                    Lang::En => format!("All {count} shown: still correct"),
                                }}</button>
                            })}
                            <ul class="pf-entries">
                                {entries.into_iter().map(|(entry, label)| {
                                    let pressed = entry.clone();
                                    view! {
                                        <li><button type="button" class="pf-entry"
                                            aria-pressed=move || (ws.selected.get().as_ref() == Some(&pressed)).to_string()
                                            on:click=move |_| {
                                                ws.selected.set(Some(entry.clone()));
                                                request_animation_frame(|| focus("entry-title"));
                                            }>{label}</button></li>
                                    }
                                }).collect_view()}
                            </ul>
                        </section>
                    }
                }).collect_view()
            }}
        </section>
    }
}

fn focus(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

#[component]
pub fn EntryPanel() -> impl IntoView {
    let ws = use_ws();
    let draft = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    // The editor shows the entry as it is whenever another one is chosen or it changes.
    Effect::new(move || {
        let text = ws.selected.get().and_then(|entry| {
            ws.session.with(|s| {
                s.as_ref()
                    .and_then(|s| entry.get(&s.document))
                    .map(|v| serde_json::to_string_pretty(v).unwrap_or_default())
            })
        });
        draft.set(text.unwrap_or_default());
        problem.set(None);
    });
    move || {
        let entry = ws.selected.get()?;
        let lang = ws.lang.get();
        let label = ws
            .session
            .with(|s| s.as_ref().map(|s| entry_label(&s.document, &entry)))?;
        let key = entry.key();
        let own: Vec<Finding> = ws.checked.with(|c| {
            c.as_ref()
                .map(|c| {
                    c.findings
                        .iter()
                        .filter(|f| EntryRef::of_path(&f.path) == entry)
                        .cloned()
                        .collect()
                })
                .unwrap_or_default()
        });
        let has_date = matches!(entry.kind.as_str(), "services" | "events");
        let verified = ws.session.with(|s| {
            s.as_ref()
                .and_then(|s| entry.get(&s.document))
                .and_then(|v| v.get("last_verified"))
                .and_then(Value::as_str)
                .map(str::to_string)
        });
        let confirm_entry = entry.clone();
        let apply_entry = entry.clone();
        Some(view! {
            <section class="pf-entry-panel" aria-labelledby="entry-title">
                <h2 id="entry-title" tabindex="-1">{label}</h2>
                <p class="pf-help"><code>{key}</code></p>
                {if own.is_empty() {
                    view! { <p>{lang.t("Die Prüfung findet hier nichts.", "The check finds nothing here.")}</p> }.into_any()
                } else {
                    view! { <FindingList findings=own id="entry-findings"/> }.into_any()
                }}
                {has_date.then(|| view! {
                    <p>{match (&verified, lang) {
                        (Some(day), Lang::De) => format!("Zuletzt geprüft: {day}."),
                        (Some(day), Lang::En) => format!("Last checked: {day}."),
                        (None, Lang::De) => "Noch nie als geprüft vermerkt.".to_string(),
                        (None, Lang::En) => "Never marked as checked.".to_string(),
                    }}</p>
                    <button type="button" class="pf-primary" id="confirm-entry" on:click=move |_| {
                        let entry = confirm_entry.clone();
                        ws.edit(|s| confirm(&s.document, &entry, ws.today, None));
                    }>{lang.t("Stimmt noch (heute geprüft)", "Still correct (checked today)")}</button>
                })}
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
                            let entry = apply_entry.clone();
                            ws.edit(|s| {
                                let old = entry.get(&s.document).cloned();
                                if old.as_ref() == Some(&new) {
                                    return Vec::new();
                                }
                                vec![Edit { pointer: entry.pointer(), old, new: Some(new) }]
                            });
                        }
                        Err(error) => problem.set(Some(format!(
                            "{} {error}",
                            ws.lang.get_untracked().t("Das ist kein gültiges JSON:", "This is not valid JSON:")
                        ))),
                    }
                }>{lang.t("Übernehmen", "Apply")}</button>
            </section>
        })
    }
}

#[component]
pub fn AllFindings() -> impl IntoView {
    let ws = use_ws();
    view! {
        <section class="pf-all" aria-labelledby="all-title"
            data-file=move || ws.session.with(|s| s.as_ref().map(|s| s.name.clone()))>
            <h2 id="all-title">{move || ws.t("Alle Befunde der Prüfung", "Every finding of the check")}</h2>
            <p class="pf-help">{move || ws.t(
                "Dieselbe Prüfung wie „check --strict“ auf der Kommandozeile.",
                "The same check as \"check --strict\" on the command line.",
            )}</p>
            {move || {
                let findings = ws.checked.with(|c| c.as_ref().map(|c| c.findings.clone())).unwrap_or_default();
                view! { <FindingList findings=findings id="findings"/> }
            }}
        </section>
    }
}

#[component]
pub fn Publishing() -> impl IntoView {
    let ws = use_ws();
    view! {
        <section class="pf-publish" aria-labelledby="publish-title">
            <h2 id="publish-title">{move || ws.t("So geht eine neue Datei online", "How a new file goes live")}</h2>
            <ol>
                <li>{move || ws.t(
                    "Laden Sie die Datei herunter. Sie heißt services.json.",
                    "Download the file. It is called services.json.",
                )}</li>
                <li>{move || ws.t(
                    "Legen Sie sie auf dem Webserver an die Stelle von data/services.json (oder geben Sie sie der Person, die den Server betreut).",
                    "Put it on the web server in place of data/services.json (or give it to the person who looks after the server).",
                )}</li>
                <li>{move || ws.t(
                    "Die App der Besucher holt die neue Datei beim nächsten Besuch. Sie übernimmt sie nur, wenn sie sie lesen kann; sonst zeigt sie weiter die letzte gute Datei.",
                    "The visitors' app fetches the new file on the next visit. It takes it only if it can read it; otherwise it keeps showing the last good file.",
                )}</li>
                <li>{move || ws.t(
                    "Die vorab erzeugten Seiten (für Suchmaschinen und den ersten Aufruf) zeigen den alten Stand, bis die App neu gebaut wird. Die App selbst zeigt sofort die neuen Daten.",
                    "The pages rendered in advance (for search engines and the first visit) show the old data until the app is built again. The app itself shows the new data at once.",
                )}</li>
            </ol>
        </section>
    }
}

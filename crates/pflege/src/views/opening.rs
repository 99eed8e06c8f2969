//! Opening a file: the published one, one from the device (JSON or a spreadsheet), a draft kept here; and the message about it.

use super::findings::FindingList;
use super::when;
use crate::app::{use_ws, Message};
use crate::bridge;
use crate::texts::Lang;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// The published file, as the visitors' app reads it (`?published`: from the server, not
/// the visitors' worker's last good copy).
const PUBLISHED_URL: &str = "../data/services.json?published";
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
                        ws.start(draft);
                        ws.offered.set(None);
                        ws.message.set(None);
                    }
                }>{lang.t("Mit dem Entwurf weiterarbeiten", "Go on with the draft")}</button>
                " "
                <button type="button" on:click=move |_| {
                    ws.offered.set(None);
                    spawn_local(async {
                        bridge::forget_draft(crate::session::DRAFT_KEY).await;
                        bridge::forget_draft(crate::session::ORIGINAL_KEY).await;
                    });
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
        ws.message.set(Some(Message::alert(
            ws.lang.get_untracked().refusal(&name, &refusal),
        )));
        return;
    }
    match bridge::file_text(&file).await {
        Ok(text) => ws.open(&name, &text),
        Err(reason) => ws.message.set(Some(Message::alert(format!(
            "{} {reason}",
            ws.lang.get_untracked().t(
                "Die Datei kann nicht gelesen werden:",
                "The file cannot be read:"
            )
        )))),
    }
}

#[component]
pub fn Opener() -> impl IntoView {
    let ws = use_ws();
    let open_published = move |_| {
        spawn_local(async move {
            match bridge::fetch_published(PUBLISHED_URL).await {
                Ok(text) => ws.open("services.json", &text),
                Err(reason) => ws.message.set(Some(Message::alert(format!(
                    "{} ({reason})",
                    ws.lang.get_untracked().t(
                        "Die veröffentlichte Datei ist nicht zu erreichen. Sind Sie offline? Sie können eine Datei vom Gerät öffnen.",
                        "The published file cannot be reached. Are you offline? You can open a file from this device.",
                    )
                )))),
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
                <label for="open-file">{move || ws.t("Oder eine Datei von diesem Gerät: den Datensatz (JSON) oder die Tabelle der Angebote (CSV)", "Or a file from this device: the dataset (JSON) or the services spreadsheet (CSV)")}</label>
                <input type="file" id="open-file" accept=".json,.csv,application/json,text/csv"
                    aria-describedby="open-file-help" on:change=chosen/>
                <span class="pf-help" id="open-file-help">{move || ws.t(
                    "Sie können die Datei auch hierher ziehen. Ein offener Entwurf bleibt, wenn die Datei nicht passt. Eine Tabelle (aus „Als Tabelle exportieren“, mit ; oder , getrennt) ändert die Angebote des offenen Entwurfs.",
                    "You can also drop the file here. An open draft stays if the file does not fit. A spreadsheet (from \"Export as a spreadsheet\", separated by ; or ,) changes the services of the open draft.",
                )}</span>
            </p>
        </section>
    }
}

#[component]
pub fn MessageView() -> impl IntoView {
    let ws = use_ws();
    view! {
        <div role="status" class="pf-message" id="message">
            {move || ws.message.get().map(|m| view! {
                <p class=if m.alert { "pf-alert" } else { "pf-note" }>{m.text}</p>
                {(!m.lines.is_empty()).then(|| view! {
                    <ul id="sheet-report">{m.lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
                })}
                {(!m.findings.is_empty()).then(|| view! {
                    <p>{ws.t("Das sagt die Prüfung zu dieser Datei:", "What the check says of this file:")}</p>
                    <FindingList findings=m.findings id="refused-findings"/>
                })}
            })}
        </div>
    }
}

//! The draft's state and what to do with it: undo, redo, review the changes, download, and how a file goes live.

use super::{focus, when};
use crate::app::{use_ws, Keeping};
use crate::bridge;
use crate::texts::Lang;
use leptos::prelude::*;

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
    let reviewing = RwSignal::new(false);
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
                <button type="button" class="pf-primary" id="review" aria-expanded=move || reviewing.get().to_string() aria-controls="save-review"
                    on:click=move |_| {
                        reviewing.update(|r| *r = !*r);
                        if reviewing.get_untracked() {
                            request_animation_frame(|| focus("changes-title"));
                        }
                    }>{move || ws.t("Änderungen ansehen und speichern", "Review the changes and save")}</button>
                <button type="button" id="export-sheet" on:click=move |_| ws.export_sheet()>{move || ws.t("Als Tabelle (CSV) exportieren", "Export as a spreadsheet (CSV)")}</button>
            </div>
            <div id="save-review" hidden=move || !reviewing.get()>
                {move || reviewing.get().then(|| view! {
                    <super::changes::ChangesView/>
                    <div class="pf-actions">
                        <button type="button" class="pf-primary" id="download" on:click=move |_| ws.save(false, false)>{move || ws.t("Datei herunterladen", "Download the file")}</button>
                        {bridge::can_save_in_place().then(|| view! {
                            <button type="button" on:click=move |_| ws.save(true, false)>{move || ws.t("Datei speichern unter …", "Save the file as …")}</button>
                        })}
                    </div>
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

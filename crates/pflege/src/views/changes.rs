//! What changed since the file was opened, entry by entry and field by field, with old and
//! new values: shown before the file is saved.

use crate::app::use_ws;
use crate::texts::Lang;
use leptos::prelude::*;
use wegweiser_keeping::workspace::{changes, ChangeKind};

#[component]
pub fn ChangesView() -> impl IntoView {
    let ws = use_ws();
    let list = move || {
        let lang = ws.lang.get();
        let found = ws.session.with(|s| {
            s.as_ref().map(|s| {
                let before = wegweiser_keeping::workspace::open(&s.original).unwrap_or_default();
                changes(&before, &s.document)
            })
        })?;
        if found.is_empty() {
            return Some(view! { <p id="changes-none">{lang.t("Nichts geändert, seit die Datei geöffnet wurde.", "Nothing changed since the file was opened.")}</p> }.into_any());
        }
        let none = lang.t("(leer)", "(empty)");
        Some(view! {
            <ul class="pf-changes" id="changes">
                {found.into_iter().map(|change| {
                    let what = match (change.change, lang) {
                        (ChangeKind::Added, Lang::De) => "neu",
                        (ChangeKind::Added, Lang::En) => "added",
                        (ChangeKind::Changed, Lang::De) => "geändert",
                        (ChangeKind::Changed, Lang::En) => "changed",
                        (ChangeKind::Removed, Lang::De) => "gelöscht",
                        (ChangeKind::Removed, Lang::En) => "removed",
                    };
                    let name = if change.id.is_empty() { change.kind.clone() } else { format!("{} {}", change.kind, change.id) };
                    view! {
                        <li>
                            <strong>{name}</strong>": "{what}
                            {(!change.fields.is_empty()).then(|| view! {
                                <table class="pf-field-changes">
                                    <thead><tr>
                                        <th scope="col">{lang.t("Feld", "Field")}</th>
                                        <th scope="col">{lang.t("vorher", "before")}</th>
                                        <th scope="col">{lang.t("nachher", "after")}</th>
                                    </tr></thead>
                                    <tbody>
                                        {change.fields.into_iter().map(|f| view! {
                                            <tr>
                                                <th scope="row"><code>{f.field}</code></th>
                                                <td>{f.old.unwrap_or_else(|| none.to_string())}</td>
                                                <td>{f.new.unwrap_or_else(|| none.to_string())}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }.into_any())
    };
    view! {
        <section class="pf-changes-box" aria-labelledby="changes-title">
            <h2 id="changes-title" tabindex="-1">{move || ws.t("Was sich geändert hat", "What changed")}</h2>
            {list}
        </section>
    }
}

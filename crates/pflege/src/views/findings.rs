//! Findings as the check gives them.

use crate::app::use_ws;
use leptos::prelude::*;
use wegweiser_keeping::validate::Finding;

#[component]
pub(crate) fn FindingList(findings: Vec<Finding>, id: &'static str) -> impl IntoView {
    let ws = use_ws();
    let lang = ws.lang.get_untracked();
    view! {
        <ol class="pf-findings" id=id>
            {findings.into_iter().map(|f| view! {
                <li data-severity=format!("{:?}", f.severity).to_lowercase()>
                    <strong>{lang.severity(f.severity)}</strong>": "
                    <code class="pf-path">{f.path}</code>": "
                    <span class="pf-finding-text">{lang.message(&f.message)}</span>
                </li>
            }).collect_view()}
        </ol>
    }
}

/// How many findings are listed until the keeper asks for all (a large city's file can
/// have thousands: the work list groups them).
const LISTED: usize = 200;

#[component]
pub fn AllFindings() -> impl IntoView {
    let ws = use_ws();
    let all = RwSignal::new(false);
    // Listed anew only when what is listed changed (an edit far down the file does not).
    let listed = Memo::new(move |_| {
        ws.checked
            .with(|c| {
                c.as_ref().map(|c| {
                    let limit = if all.get() { usize::MAX } else { LISTED };
                    (
                        c.findings.len(),
                        c.findings.iter().take(limit).cloned().collect::<Vec<_>>(),
                    )
                })
            })
            .unwrap_or_default()
    });
    view! {
        <section class="pf-all" aria-labelledby="all-title"
            data-file=move || ws.session.with(|s| s.as_ref().map(|s| s.name.clone()))>
            <h2 id="all-title">{move || ws.t("Alle Befunde der Prüfung", "Every finding of the check")}</h2>
            <p class="pf-help">{move || ws.t(
                "Dieselbe Prüfung wie „check --strict“ auf der Kommandozeile.",
                "The same check as \"check --strict\" on the command line.",
            )}</p>
            {move || {
                let (total, findings) = listed.get();
                let more = total - findings.len();
                let lang = ws.lang.get();
                view! {
                    <p id="findings-count">{match lang {
                        crate::texts::Lang::De => format!("{total} Befunde."),
                        crate::texts::Lang::En => format!("{total} findings."),
                    }}</p>
                    <FindingList findings=findings id="findings"/>
                    {(more > 0).then(|| view! {
                        <button type="button" on:click=move |_| all.set(true)>{match lang {
                            crate::texts::Lang::De => format!("Die übrigen {more} zeigen"),
                            crate::texts::Lang::En => format!("Show the other {more}"),
                        }}</button>
                    })}
                }
            }}
        </section>
    }
}

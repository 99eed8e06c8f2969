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
                    <span class="pf-finding-text">{f.message}</span>
                </li>
            }).collect_view()}
        </ol>
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

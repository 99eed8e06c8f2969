//! A service as visitors will see it, in each of the app's languages: its result card and
//! its page, built by the app's own view models (`CardView`, `ServiceView`) with the app's
//! own words and styles, from the draft as it is now. Built only while it is open: it reads
//! the whole draft as the app does.

use crate::app::use_ws;
use crate::bridge;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wegweiser_core::domain::directory::Directory;
use wegweiser_core::domain::hours::Calendar;
use wegweiser_core::domain::load::load_dataset;
use wegweiser_core::i18n::hours::state_text;
use wegweiser_core::i18n::texts;
use wegweiser_core::i18n::Lang as AppLang;
use wegweiser_core::view_model::card::CardView;
use wegweiser_core::view_model::service::ServiceView;
use wegweiser_keeping::workspace::{canonical, EntryRef};

#[component]
pub fn Preview(entry: EntryRef) -> impl IntoView {
    let ws = use_ws();
    if entry.kind != "services" {
        return ().into_any();
    }
    let open = RwSignal::new(false);
    let shown_lang = RwSignal::new(AppLang::De);
    let problem = RwSignal::new(None::<String>);
    let choose = move |lang: AppLang| {
        if lang.has_texts() {
            shown_lang.set(lang);
            return;
        }
        spawn_local(async move {
            let url = format!("../i18n/{}.json", lang.id());
            match bridge::fetch_published(&url).await {
                Ok(text) => match texts::install(lang, text.as_bytes()) {
                    Ok(_) => {
                        problem.set(None);
                        shown_lang.set(lang);
                    }
                    Err(error) => problem.set(Some(format!("{url}: {error:?}"))),
                },
                Err(error) => problem.set(Some(format!("{url}: {error}"))),
            }
        });
    };
    let rendered = move || {
        if !open.get() {
            return None;
        }
        let lang = shown_lang.get();
        let text = ws
            .session
            .with(|s| s.as_ref().map(|s| canonical(&s.document)))?;
        let id = ws.session.with(|s| {
            s.as_ref().and_then(|s| {
                entry
                    .get(&s.document)?
                    .get("id")?
                    .as_str()
                    .map(str::to_string)
            })
        })?;
        let t = lang.strings();
        let loaded = match load_dataset(&text) {
            Ok(loaded) => loaded,
            Err(error) => {
                return Some(view! { <p class="pf-alert">{error.to_string()}</p> }.into_any())
            }
        };
        let directory = Directory::from_loaded(loaded);
        let Some(index) = directory.index_of(&id) else {
            return Some(view! { <p class="pf-alert">{ws.t("Die App kann diesen Eintrag so nicht zeigen: er hat einen Fehler (siehe oben).", "The app cannot show this entry as it is: it has an error (see above).")}</p> }.into_any());
        };
        let calendar = Calendar::new(
            &directory.dataset.meta.region,
            &directory.dataset.meta.time_zone,
        )
        .ok();
        let now = calendar
            .and_then(|c| c.local_now(bridge::now_ms() as i64))
            .unwrap_or_else(|| ws.today.and_hms_opt(12, 0, 0).unwrap_or_default());
        let card = CardView::new(&directory, index, lang, now);
        let state = state_text(t, &directory.state(index, now), now);
        let page = ServiceView::new(&directory, index, lang, now);
        Some(view! {
            <div class="pf-preview" lang=lang.code() dir=lang.dir()>
                <h4>{ws.t("In der Trefferliste", "In the list of results")}</h4>
                <ul class="ww-results">
                    <li class="ww-card">
                        <h2 class="ww-card__title" lang=card.name.lang.clone()>{card.name.text.clone()}</h2>
                        {card.organization.map(|o| view! { <p class="ww-card__org" lang=o.lang>{o.text}</p> })}
                        <p class="ww-state">{state}</p>
                        <p>{card.needs.join(" · ")}</p>
                        <p>{card.place}</p>
                        {card.address.map(|a| view! { <p>{a}</p> })}
                        {card.phone.map(|p| view! { <p>{(t.call_named)(&p, &card.name.text)}</p> })}
                    </li>
                </ul>
                <h4>{ws.t("Auf seiner Seite", "On its page")}</h4>
                <div class="pf-preview-page">
                    <h2 lang=page.name.lang.clone()>{page.name.text.clone()}</h2>
                    <p lang=page.summary.lang.clone()>{page.summary.text.clone()}</p>
                    {page.description.map(|d| view! { <p lang=d.lang>{d.text}</p> })}
                    {page.alerts.into_iter().map(|a| view! { <p class="ww-alert" lang=a.lang>{a.text}</p> }).collect_view()}
                    <h3>{t.hours_heading}</h3>
                    <ul class="pf-preview-hours">{page.hours_lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                    <h3>{t.contact_heading}</h3>
                    <ul>{page.contacts.into_iter().map(|c| view! {
                        <li><span lang=c.role.lang>{c.role.text}</span>{c.name.map(|n| format!(", {n}"))}{c.phone.map(|p| format!(", {p}"))}{c.email.map(|e| format!(", {e}"))}</li>
                    }).collect_view()}</ul>
                    {page.address.map(|a| view! { <h3>{t.address_heading}</h3><p>{a.lines.join(", ")}</p> })}
                    <h3>{t.about_service_heading}</h3>
                    <ul>{page.facts.iter().map(|f| view! { <li>{f.text(t)}</li> }).collect_view()}</ul>
                </div>
            </div>
        }.into_any())
    };
    view! {
        <details class="pf-preview-box" on:toggle=move |ev| {
            use wasm_bindgen::JsCast;
            let opened = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()).is_some_and(|d| d.open());
            open.set(opened);
        }>
            <summary>{move || ws.t("Vorschau: so zeigt die App das Angebot", "Preview: how the app shows the service")}</summary>
            <div class="pf-langs" role="group" aria-label=move || ws.t("Sprache der Vorschau", "Language of the preview")>
                {AppLang::ALL.into_iter().map(|lang| view! {
                    <button type="button" lang=lang.code() aria-pressed=move || (shown_lang.get() == lang).to_string()
                        on:click=move |_| choose(lang)>{lang.native_name()}</button>
                }).collect_view()}
            </div>
            {move || problem.get().map(|p| view! { <p class="pf-alert">{p}</p> })}
            {rendered}
        </details>
    }
    .into_any()
}

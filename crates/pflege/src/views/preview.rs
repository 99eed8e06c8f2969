//! A service as visitors will see it, in each of the app's languages: the app's own result
//! card and service page (the visitors' components, `ServiceCard` and `ServiceDetail`),
//! given the draft as it is now and the app's state for one visit. Built only while it is
//! open: it reads the whole draft as the app does. Its links lead nowhere from here (a
//! preview is not a way into the visitors' app).

use crate::app::use_ws;
use crate::bridge;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;
use wegweiser::components::service_card::ServiceCard;
use wegweiser::pages::service::ServiceDetail;
use wegweiser::state::testing::provide_test_state;
use wegweiser::state::{Clock, DataStore};
use wegweiser_core::domain::directory::Directory;
use wegweiser_core::domain::hours::Calendar;
use wegweiser_core::domain::load::load_dataset;
use wegweiser_core::i18n::texts;
use wegweiser_core::i18n::Lang as AppLang;
use wegweiser_keeping::workspace::{canonical, EntryRef};

/// The card and the page, in the app's state for `lang`, for the service at `index`.
#[component]
fn AsVisitorsSeeIt(directory: Arc<Directory>, index: usize, lang: AppLang) -> impl IntoView {
    let now_ms = bridge::now_ms() as i64;
    provide_test_state(
        lang,
        DataStore::shared(directory.clone()),
        Clock::fixed(now_ms),
    );
    let now = Calendar::new(
        &directory.dataset.meta.region,
        &directory.dataset.meta.time_zone,
    )
    .ok()
    .and_then(|c| c.local_now(now_ms))
    .unwrap_or_default();
    let card_directory = directory.clone();
    // The page names itself in the window's title; the workspace keeps its own.
    request_animation_frame(|| wegweiser::platform::document::set_title("Datenpflege – Wegweiser"));
    view! {
        <ul class="ww-results">
            <ServiceCard directory=card_directory index/>
        </ul>
        <div class="pf-preview-page">
            <ServiceDetail directory index now/>
        </div>
    }
}

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
        Some(view! {
            <div class="pf-preview" lang=lang.code() dir=lang.dir() on:click=|ev| {
                // The preview's links would leave the workspace: they stay put.
                use wasm_bindgen::JsCast;
                let link = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("a").ok().flatten());
                if link.is_some() {
                    ev.prevent_default();
                }
            }>
                <h4>{ws.t("In der Trefferliste und auf seiner Seite", "In the list of results and on its page")}</h4>
                <AsVisitorsSeeIt directory=Arc::new(directory) index lang/>
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

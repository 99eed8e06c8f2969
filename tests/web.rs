//! Component tests in headless Chromium (wasm-bindgen-test): mount real components, interact,
//! and assert the DOM. Run: `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::Router;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use wegweiser::app::UiLang;
use wegweiser::components::load_error::LoadErrorView;
use wegweiser::components::service_list::ServiceList;
use wegweiser::components::with_data::WithData;
use wegweiser::domain::load::{load_dataset, LoadError};
use wegweiser::i18n::{DataFailure, Lang};
use wegweiser::store::DataStore;

wasm_bindgen_test_configure!(run_in_browser);

const FIXTURE: &str = include_str!("fixtures/minimal.json");

/// A fresh container in the page for one test.
fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
fn service_list_shows_names_as_text_and_announces_the_count() {
    let root = container();
    let loaded = Arc::new(load_dataset(FIXTURE).unwrap());
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(UiLang(Lang::De));
        view! { <Router><ServiceList loaded=loaded.clone() /></Router> }
    });

    let names: Vec<String> = (0..root.query_selector_all("h2").unwrap().length())
        .map(|i| {
            root.query_selector_all("h2")
                .unwrap()
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
        })
        .collect();
    assert_eq!(names, vec!["Beratung <b>Mitte</b>", "Treffpunkt Süd"]);
    assert!(
        root.query_selector("b").unwrap().is_none(),
        "dataset text must never become HTML"
    );

    let status = root.query_selector("[role=status]").unwrap().unwrap();
    assert_eq!(status.text_content().unwrap(), "2 Angebote");
    let notice = root.query_selector(".ww-notice").unwrap().unwrap();
    assert!(
        notice.text_content().unwrap().contains("1 Eintrag"),
        "the broken entry is reported"
    );

    let link = root.query_selector("h2 a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").unwrap(), "/service/beratung-a");
}

#[wasm_bindgen_test]
fn service_list_uses_the_ui_language_and_marks_other_languages() {
    let root = container();
    let loaded = Arc::new(load_dataset(FIXTURE).unwrap());
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(UiLang(Lang::En));
        view! { <Router><ServiceList loaded=loaded.clone() /></Router> }
    });
    let headings = root.query_selector_all("h2").unwrap();
    let second = headings
        .item(1)
        .unwrap()
        .unchecked_into::<web_sys::Element>();
    assert_eq!(second.text_content().unwrap(), "Meeting point south");
    assert_eq!(second.get_attribute("lang").as_deref(), Some("en"));
    let status = root.query_selector("[role=status]").unwrap().unwrap();
    assert_eq!(status.text_content().unwrap(), "2 services");
}

#[wasm_bindgen_test]
fn load_error_explains_and_retries() {
    let root = container();
    let retries = Arc::new(AtomicUsize::new(0));
    let counter = retries.clone();
    let failure = DataFailure::Unusable(LoadError::Malformed {
        line: 3,
        column: 14,
        detail: String::new(),
    });
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(UiLang(Lang::De));
        let counter = counter.clone();
        view! { <LoadErrorView failure=failure.clone() on_retry=move || { counter.fetch_add(1, Ordering::SeqCst); } /> }
    });
    let alert = root.query_selector("[role=alert]").unwrap().unwrap();
    let text = alert.text_content().unwrap();
    assert!(text.contains("Zeile 3, Spalte 14"), "{text}");
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().unwrap(), "Noch einmal versuchen");
    button.click();
    button.click();
    assert_eq!(retries.load(Ordering::SeqCst), 2);
}

#[wasm_bindgen_test]
fn pages_show_a_loading_status_until_the_data_is_there() {
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(UiLang(Lang::De));
        provide_context(DataStore::new());
        view! { <WithData render=|_| view! { <p>"geladen"</p> } /> }
    });
    let status = root
        .query_selector("[role=status]")
        .unwrap()
        .expect("a loading status");
    assert_eq!(
        status.text_content().unwrap(),
        "Die Angebote werden geladen …"
    );
    assert!(!root.inner_html().contains("geladen</p>"));
}

#[wasm_bindgen_test]
fn pages_render_once_the_data_is_there() {
    let root = container();
    let loaded = load_dataset(FIXTURE).unwrap();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_context(UiLang(Lang::De));
        provide_context(DataStore::ready(loaded.clone()));
        view! { <WithData render=|l| view! { <p class="city">{l.dataset.meta.city.get("de").to_string()}</p> } /> }
    });
    assert_eq!(
        root.query_selector(".city")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Musterstadt"
    );
    assert!(root.query_selector("[role=status]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn app_shows_a_readable_error_when_the_dataset_is_missing() {
    // The test runner's server has no data/services.json: the app must say so, not go blank.
    let window = web_sys::window().unwrap();
    let runner_page = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/"))
        .unwrap();
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), wegweiser::App);
    let mut alert = None;
    for _ in 0..100 {
        sleep(50).await;
        alert = root.query_selector("[role=alert]").unwrap();
        if alert.is_some() {
            break;
        }
    }
    let text = alert.expect("an error message").text_content().unwrap();
    assert!(
        text.contains("Die Angebote konnten nicht geladen werden"),
        "{text}"
    );
    assert!(text.contains("Fehler 404"), "{text}");
    assert!(
        root.query_selector("button").unwrap().is_some(),
        "a retry button"
    );
    let restore = Some(runner_page.as_str());
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", restore)
        .unwrap();
}

//! Component tests in headless Chromium (wasm-bindgen-test): mount real components, interact,
//! and assert the DOM. Run: `cargo test --target wasm32-unknown-unknown --test web`.
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDateTime;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use wegweiser::components::hours_view::HoursView;
use wegweiser::components::load_error::LoadErrorView;
use wegweiser::components::service_card::ServiceCard;
use wegweiser::components::with_data::WithData;
use wegweiser::domain::directory::Directory;
use wegweiser::domain::load::{load_dataset, LoadError};
use wegweiser::domain::local_time::Zone;
use wegweiser::i18n::{DataFailure, Lang};
use wegweiser::router::Router;
use wegweiser::state::testing::provide_test_state;
use wegweiser::state::{Announcer, Clock, DataStore};
use wegweiser::view_model::service::ServiceView;

wasm_bindgen_test_configure!(run_in_browser);

const FIXTURE: &str = include_str!("fixtures/minimal.json");

fn directory() -> Arc<Directory> {
    Arc::new(Directory::from_loaded(load_dataset(FIXTURE).unwrap()))
}

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

/// A clock standing at the Berlin wall-clock time `local`.
fn clock_at(local: &str) -> Clock {
    let zone = Zone::from_name("Europe/Berlin").unwrap();
    Clock::fixed(zone.utc(at(local)).unwrap().and_utc().timestamp_millis())
}

/// A fresh container in the page for one test.
fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .map(|i| nodes.item(i).unwrap().text_content().unwrap())
        .collect()
}

/// The whole app state for a component under test; a test provides its own clock or data
/// afterwards where it needs them (a later `provide_context` of a type replaces it).
fn provide_ui(lang: Lang) {
    provide_test_state(lang, DataStore::new(), Clock::fixed(0));
}

/// Yields to the browser once (timers, microtasks), so scheduled reactive work can run.
async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until `condition` holds, yielding between checks; fails naming `what` after 5 s.
/// Tests wait for what they expect, never for a fixed time.
async fn wait_until(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..500 {
        if condition() {
            return;
        }
        next_tick().await;
    }
    panic!("waited 5 s for: {what}");
}

#[wasm_bindgen_test]
fn a_card_shows_dataset_text_as_text_with_state_and_call_button() {
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_ui(Lang::De);
        // Wednesday 2026-01-07, 09:30: the slot is open.
        provide_context(clock_at("2026-01-07 09:30"));
        view! { <Router><ServiceCard directory=directory() index=0 /></Router> }
    });
    assert_eq!(texts(&root, "h2"), vec!["Beratung <b>Mitte</b>"]);
    assert!(
        root.query_selector("b").unwrap().is_none(),
        "dataset text must never become HTML"
    );
    let link = root.query_selector("h2 a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").unwrap(), "/service/beratung-a");
    assert_eq!(
        texts(&root, ".ww-state"),
        vec!["Jetzt geöffnet bis 10:30 Uhr"]
    );
    let call = root.query_selector("a[href^='tel:']").unwrap().unwrap();
    assert_eq!(call.get_attribute("href").unwrap(), "tel:+4963131090738");
    assert_eq!(call.text_content().unwrap(), "Anrufen: 0631 31 09 07 38");
}

#[wasm_bindgen_test]
async fn the_save_button_toggles_the_shortlist_and_announces_it() {
    let _ = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item("wegweiser.shortlist");
    let root = container();
    let announcer = Announcer {
        message: RwSignal::new(String::new()),
    };
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_ui(Lang::De);
        provide_context(announcer);
        provide_context(clock_at("2026-01-07 09:30"));
        view! { <Router><ServiceCard directory=directory() index=1 /></Router> }
    });
    let button: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(button.text_content().unwrap(), "Merken");
    assert_eq!(
        button.get_attribute("aria-label").unwrap(),
        "Merken: Treffpunkt Süd"
    );
    button.click();
    // The announcer empties its region, then speaks.
    let saved = "„Treffpunkt Süd“ ist jetzt auf der Merkliste.";
    wait_until(saved, || announcer.message.get_untracked() == saved).await;
    assert_eq!(button.text_content().unwrap(), "Gemerkt – entfernen");
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("wegweiser.shortlist")
        .unwrap();
    assert_eq!(stored.as_deref(), Some(r#"["treff-b"]"#));
    button.click();
    let removed = "„Treffpunkt Süd“ ist nicht mehr auf der Merkliste.";
    wait_until(removed, || announcer.message.get_untracked() == removed).await;
    assert_eq!(button.text_content().unwrap(), "Merken");
}

#[wasm_bindgen_test]
async fn a_clock_tick_updates_the_state_line_and_keeps_the_card() {
    let root = container();
    let clock = clock_at("2026-01-07 09:30");
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_ui(Lang::De);
        provide_context(clock);
        view! { <Router><ServiceCard directory=directory() index=0 /></Router> }
    });
    let heading = root.query_selector("h2").unwrap().unwrap();
    assert_eq!(
        texts(&root, ".ww-state"),
        vec!["Jetzt geöffnet bis 10:30 Uhr"]
    );
    clock
        .unix_ms
        .set(clock_at("2026-01-07 11:00").unix_ms.get_untracked());
    let closed = "Geschlossen – öffnet am 14. Januar 2026 um 9 Uhr";
    wait_until(closed, || texts(&root, ".ww-state") == [closed]).await;
    let still = root.query_selector("h2").unwrap().unwrap();
    assert!(
        heading.is_same_node(Some(&still)),
        "the card is not rebuilt, so focus and reading position stay"
    );
}

#[wasm_bindgen_test]
fn hours_show_who_hosts_the_rotating_slot_and_the_source_text() {
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_ui(Lang::De);
        provide_context(clock_at("2026-01-12 08:00"));
        let directory = directory();
        let now = at("2026-01-12 08:00");
        // The week in words comes from the page's view-model, as on the service page.
        let lines = ServiceView::new(&directory, 0, Lang::De, now).hours_lines;
        view! { <HoursView directory index=0 now lines /> }
    });
    let days = texts(&root, ".ww-days__row");
    assert_eq!(days.len(), 7);
    assert_eq!(
        days[2],
        "Mittwoch, 14. Januar9–10:30 Uhr – vor Ort: Lebenshilfe"
    );
    assert_eq!(
        texts(&root, ".ww-hours__lines li"),
        vec!["Mittwoch: 9–10:30 Uhr"],
        "no public holiday falls on a Wednesday in the year ahead, so none is announced"
    );
    assert!(texts(&root, ".ww-hours__source")[0].contains("Jeden Mittwoch 9 bis 10.30 Uhr"));
    assert!(root
        .text_content()
        .unwrap()
        .contains("Abwechselnd vor Ort: AWO, Lebenshilfe, DRK, SKFM"));
}

/// The wasm carries German's texts alone: another language shows German's until its file
/// is read, and its own from then on.
#[wasm_bindgen_test]
fn another_language_shows_german_until_its_file_is_read() {
    let german = Lang::De.strings().retry;
    assert!(!Lang::Tr.has_texts());
    assert_eq!(Lang::Tr.strings().retry, german);
    wegweiser::i18n::texts::install(Lang::Tr, include_bytes!("../public/i18n/tr.json"))
        .expect("Turkish texts");
    assert!(Lang::Tr.has_texts());
    assert_eq!(Lang::Tr.strings().retry, "Tekrar dene");
}

#[wasm_bindgen_test]
fn an_english_ui_marks_german_dataset_text_with_its_language() {
    // The wasm carries German's texts alone; the app fetches English's file when chosen.
    wegweiser::i18n::texts::install(Lang::En, include_bytes!("../public/i18n/en.json"))
        .expect("English's texts");
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_ui(Lang::En);
        provide_context(clock_at("2026-01-07 12:00"));
        view! { <Router><ServiceCard directory=directory() index=0 /></Router> }
    });
    let heading = root.query_selector("h2").unwrap().unwrap();
    assert_eq!(heading.get_attribute("lang").as_deref(), Some("de"));
    assert_eq!(
        texts(&root, ".ww-state"),
        vec!["Closed – opens on 14 January 2026 at 09:00"]
    );
}

#[wasm_bindgen_test]
fn pages_show_a_loading_status_until_the_data_is_there() {
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_ui(Lang::De);
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
    let _mounted = leptos::mount::mount_to(root.clone(), move || {
        provide_ui(Lang::De);
        provide_context(DataStore::from_json(FIXTURE));
        view! { <WithData render=|d| view! { <p class="city">{d.dataset.meta.city.get("de").to_string()}</p> } /> }
    });
    assert_eq!(texts(&root, ".city"), vec!["Musterstadt"]);
    assert!(root.query_selector("[role=status]").unwrap().is_none());
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
        provide_ui(Lang::De);
        let counter = counter.clone();
        view! { <LoadErrorView failure=failure.clone() on_retry=move || { counter.fetch_add(1, Ordering::SeqCst); } /> }
    });
    let text = root
        .query_selector("[role=alert]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
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
async fn app_shows_a_readable_error_when_the_dataset_is_missing() {
    // The test runner's server has no data/services.json: the app must say so, not go blank.
    // German is chosen explicitly: otherwise the app follows the browser's language.
    let window = web_sys::window().unwrap();
    window
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item("wegweiser.settings", r#"{"language":"de"}"#)
        .unwrap();
    let runner_page = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("/"))
        .unwrap();
    let root = container();
    let _mounted = leptos::mount::mount_to(root.clone(), wegweiser::App);
    wait_until("an error message", || {
        root.query_selector("[role=alert]").unwrap().is_some()
    })
    .await;
    let alert = root.query_selector("[role=alert]").unwrap();
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
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&runner_page))
        .unwrap();
}

/// Finding 11: after a crash the way back is the app's start, and a kiosk returns to its
/// start screen by itself (a refresh that needs no script), without a touch. The app
/// prepares the screen when it starts; the page's loader shows it (e2e: "crash screen").
#[wasm_bindgen_test]
fn the_crash_screen_leads_back_and_a_kiosk_recovers_by_itself() {
    use wegweiser::domain::kiosk::KioskConfig;
    use wegweiser::platform::panic_guard::{
        prepare_crash_screen, CRASH_SCREEN_ID, KIOSK_RECOVERY_SECONDS,
    };
    let prepared = |kiosk| {
        let parent = container();
        prepare_crash_screen(&parent, kiosk);
        parent
            .query_selector(&format!("template#{CRASH_SCREEN_ID}"))
            .unwrap()
            .expect("the screen is prepared")
    };
    let screen = prepared(None);
    // A template's markup is its content, inert until the loader clones it.
    let markup = screen.inner_html();
    assert!(
        markup.contains(r#"<a class="ww-button" href="/">"#),
        "{markup}"
    );
    assert!(!markup.contains("von vorn"));
    assert_eq!(
        screen.get_attribute("data-return"),
        None,
        "a person reloads"
    );

    let config = KioskConfig::from_query("kiosk=1&idle=60").unwrap();
    let screen = prepared(Some(config));
    assert_eq!(
        screen.get_attribute("data-return"),
        Some(format!("/?{}", config.to_query()))
    );
    assert_eq!(
        screen.get_attribute("data-after"),
        Some(KIOSK_RECOVERY_SECONDS.to_string())
    );
    assert!(screen.inner_html().contains("beginnt gleich von vorn"));
}

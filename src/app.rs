//! The app: contexts, layout and routes.

use crate::components::announcer::LiveAnnouncer;
use crate::components::help_contact::HelpContact;
use crate::components::kiosk_bar::KioskBar;
use crate::components::site_nav::SiteHeader;
use crate::components::skip_link::{focus_main, SkipLink, MAIN_ID};
use crate::components::status_bar::StatusBar;
use crate::i18n::Lang;
use crate::pages::settings::SettingsPage;
use crate::pages::{
    about::AboutPage, home::HomePage, not_found::NotFoundPage, results::ResultsPage,
    service::ServicePage, shortlist::ShortlistPage,
};
use crate::platform::service_worker;
use crate::platform::{document, kiosk};
use crate::store::{
    use_kiosk, Announcer, AppStatus, Clock, DataStore, Kiosk, SettingsStore, ShortlistStore,
};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::hooks::use_navigate;
use leptos_router::path;
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

/// The UI language, provided to every view.
#[derive(Clone, Copy)]
pub struct UiLang(pub Lang);

pub fn use_lang() -> Lang {
    use_context::<UiLang>().map(|l| l.0).unwrap_or(Lang::De)
}

/// Puts the settings on `<html>` (language, direction, theme, text size). After the first
/// time, a change of language moves focus to the main content of the re-rendered page.
fn apply_settings(settings: SettingsStore) {
    let previous = StoredValue::new(None::<Lang>);
    Effect::new(move || {
        let current = settings.current.get();
        let lang = settings.lang();
        document::set_root_attribute("lang", Some(lang.code()));
        document::set_root_attribute("dir", Some(lang.dir()));
        document::set_root_attribute("data-theme", current.theme.attribute());
        let size = current.text_size.to_string();
        document::set_root_attribute(
            "data-text-size",
            (current.text_size != 100).then_some(size.as_str()),
        );
        if previous.get_value().is_some_and(|p| p != lang) {
            request_animation_frame(focus_main);
        }
        previous.set_value(Some(lang));
    });
}

/// After moving to another page (not a new search on the same page), focus goes to the main
/// content, so screen reader and keyboard users start at the new page's top.
#[component]
fn FocusOnNavigation() -> impl IntoView {
    let location = use_location();
    let previous = StoredValue::new(None::<String>);
    Effect::new(move || {
        let path = location.pathname.get();
        let changed = previous.get_value().is_some_and(|p| p != path);
        previous.set_value(Some(path));
        if changed {
            focus_main();
        }
    });
}

/// On the kiosk every link click stays inside the app and replaces the history entry; any
/// link that would leave the app (none should exist there) does nothing.
#[component]
fn KioskLinks() -> impl IntoView {
    if !use_kiosk().is_on() {
        return;
    }
    let navigate = use_navigate();
    document::listen_window("click", true, move |event: web_sys::Event| {
        let anchor = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten());
        let Some(anchor) = anchor else { return };
        let href = anchor.get_attribute("href").unwrap_or_default();
        if href.starts_with('#') {
            return;
        }
        event.prevent_default();
        if href.starts_with('/') && !href.starts_with("//") {
            navigate(
                &href,
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
}

#[component]
pub fn App() -> impl IntoView {
    let kiosk_config = kiosk::config_at_start();
    let kiosk_mode = Kiosk {
        config: kiosk_config,
        started: RwSignal::new(kiosk_config.is_none()),
    };
    provide_context(kiosk_mode);
    let settings = if kiosk_mode.is_on() {
        SettingsStore::for_kiosk()
    } else {
        SettingsStore::load()
    };
    provide_context(settings);
    apply_settings(settings);
    if let Some(config) = kiosk_config {
        document::set_root_attribute("data-kiosk", Some("1"));
        document::set_root_property("--ww-kiosk-target", &format!("{}px", config.target_px()));
        kiosk::block_ways_out();
    }
    let store = DataStore::new();
    provide_context(store);
    provide_context(if kiosk_mode.is_on() {
        ShortlistStore::for_kiosk()
    } else {
        ShortlistStore::load()
    });
    provide_context(Clock::start());
    provide_context(Announcer {
        message: RwSignal::new(String::new()),
    });
    store.load();

    let status = AppStatus {
        online: RwSignal::new(service_worker::is_online()),
        update_waiting: RwSignal::new(false),
    };
    provide_context(status);
    let online = window_event_listener(leptos::ev::online, move |_| status.online.set(true));
    let offline = window_event_listener(leptos::ev::offline, move |_| status.online.set(false));
    on_cleanup(move || {
        online.remove();
        offline.remove();
    });
    leptos::task::spawn_local(service_worker::register(
        move || status.update_waiting.set(true),
        move || store.refresh(),
    ));

    // Everything below is built in the UI language; choosing another one (and only that)
    // builds it anew.
    let ui_lang = Memo::new(move |_| settings.lang());
    view! {
        <Router>
            {move || {
                provide_context(UiLang(ui_lang.get()));
                view! {
                    <KioskLinks />
                    <FocusOnNavigation />
                    <SkipLink />
                    <SiteHeader />
                    <StatusBar />
                    <main id=MAIN_ID class="ww-main" tabindex="-1">
                        <Routes fallback=NotFoundPage>
                            <Route path=path!("") view=HomePage />
                            <Route path=path!("suche") view=ResultsPage />
                            <Route path=path!("service/:id") view=ServicePage />
                            <Route path=path!("merkliste") view=ShortlistPage />
                            <Route path=path!("info") view=AboutPage />
                            <Route path=path!("einstellungen") view=SettingsPage />
                        </Routes>
                    </main>
                    <KioskBar />
                    <HelpContact />
                    <LiveAnnouncer />
                }
            }}
        </Router>
    }
}

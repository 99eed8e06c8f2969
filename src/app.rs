//! The app: contexts, layout and routes.

use crate::components::announcer::LiveAnnouncer;
use crate::components::help_contact::HelpContact;
use crate::components::site_nav::SiteHeader;
use crate::components::skip_link::{focus_main, SkipLink, MAIN_ID};
use crate::components::status_bar::StatusBar;
use crate::i18n::Lang;
use crate::pages::settings::SettingsPage;
use crate::pages::{
    about::AboutPage, home::HomePage, not_found::NotFoundPage, results::ResultsPage,
    service::ServicePage, shortlist::ShortlistPage,
};
use crate::platform::document;
use crate::platform::service_worker;
use crate::store::{Announcer, AppStatus, Clock, DataStore, SettingsStore, ShortlistStore};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

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

#[component]
pub fn App() -> impl IntoView {
    let settings = SettingsStore::load();
    provide_context(settings);
    apply_settings(settings);
    let store = DataStore::new();
    provide_context(store);
    provide_context(ShortlistStore::load());
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

    // Everything below is built in the UI language; choosing another one builds it anew.
    view! {
        <Router>
            {move || {
                provide_context(UiLang(settings.lang()));
                view! {
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
                    <HelpContact />
                    <LiveAnnouncer />
                }
            }}
        </Router>
    }
}

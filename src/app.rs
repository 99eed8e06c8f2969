//! The app: contexts, layout and routes.

use crate::components::announcer::LiveAnnouncer;
use crate::components::help_contact::HelpContact;
use crate::components::kiosk_bar::KioskBar;
use crate::components::site_nav::SiteHeader;
use crate::components::skip_link::{focus_main, SkipLink, MAIN_ID};
use crate::components::status_bar::StatusBar;
use crate::domain::route::{self, Route};
use crate::i18n::Lang;
use crate::pages::agenda::AgendaPage;
use crate::pages::event::EventPage;
use crate::pages::settings::SettingsPage;
use crate::pages::week_plan::WeekPlanPage;
use crate::pages::{
    about::AboutPage, home::HomePage, not_found::NotFoundPage, results::ResultsPage,
    service::ServicePage, shortlist::ShortlistPage,
};
use crate::platform::document;
use crate::platform::service_worker;
use crate::router::{use_route, Router};
use crate::state::{provide_app_state, use_kiosk, SettingsStore, UiLang};
use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route as Path};
use leptos_router::{ParamSegment, StaticSegment};

/// Puts the settings on `<html>` (language, direction, theme, text size). After the first
/// time, a change of language moves focus to the main content of the re-rendered page.
fn apply_settings(settings: SettingsStore) {
    let previous = StoredValue::new(None::<Lang>);
    let shown = crate::state::use_shown_lang();
    Effect::new(move || {
        let current = settings.current.get();
        let lang = shown.get();
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
    let location = leptos_router::hooks::use_location();
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

/// The pages' paths, declared with leptos_router, which matches them and completes each
/// move; which page an address shows is the typed route's to say ([`TypedPage`], the one
/// place that maps a route to its page), also for an address no declared path matches (a
/// trailing slash, a page asked for by its file), else "not found". A page is built anew
/// when the path changes (a new search updates the results page in place), and a
/// service's or an event's page also for another id, which `FlatRoutes` alone would keep.
#[component]
fn Pages() -> impl IntoView {
    view! {
        <FlatRoutes fallback=TypedPage>
            <Path path=StaticSegment("") view=TypedPage />
            <Path path=StaticSegment(route::RESULTS) view=TypedPage />
            <Path path=(StaticSegment(route::SERVICE), ParamSegment("id")) view=TypedPage />
            <Path path=StaticSegment(route::SHORTLIST) view=TypedPage />
            <Path path=StaticSegment(route::ABOUT) view=TypedPage />
            <Path path=StaticSegment(route::SETTINGS) view=TypedPage />
            <Path path=(StaticSegment(route::EVENT), ParamSegment("id")) view=TypedPage />
            <Path path=StaticSegment(route::AGENDA) view=TypedPage />
            <Path path=StaticSegment(route::WEEK_PLAN) view=TypedPage />
        </FlatRoutes>
    }
}

/// The page of the typed route ([`Route::page`]), built anew when that changes.
#[component]
fn TypedPage() -> impl IntoView {
    let route = use_route();
    let page = Memo::new(move |_| route.with(Route::page));
    move || match page.get() {
        Route::Home => HomePage().into_any(),
        Route::Results(_) => ResultsPage().into_any(),
        Route::Service(_) => ServicePage().into_any(),
        Route::Shortlist(_) => ShortlistPage().into_any(),
        Route::About => AboutPage().into_any(),
        Route::Settings => SettingsPage().into_any(),
        Route::Event(_) => EventPage().into_any(),
        Route::Agenda(_) => AgendaPage().into_any(),
        Route::WeekPlan(_) => WeekPlanPage().into_any(),
        Route::NotFound => NotFoundPage().into_any(),
    }
}

/// Starts the app in the browser. On an empty page it renders straight into `<body>`. On a
/// page rendered at build time it renders off-screen and takes over once its data is there
/// (`platform::takeover`): the reader keeps reading meanwhile, and sees no flash or jump.
pub fn start() {
    use crate::platform::takeover;
    use crate::state::{use_store, DataState};
    let container = takeover::page_is_prerendered()
        .then(takeover::detached_container)
        .flatten();
    let Some(target) = container.clone().or_else(takeover::body) else {
        return;
    };
    let prerendered = container.is_some();
    if prerendered {
        takeover::set_pending();
    }
    let container = send_wrapper::SendWrapper::new(container);
    let mount = move || {
        leptos::mount::mount_to(target, move || {
            let app = App();
            let store = use_store();
            let mut live = false;
            Effect::new(move || {
                if live {
                    return;
                }
                match store.state.get() {
                    DataState::Loading => return,
                    // The page rendered at build time stays readable, with the failure
                    // and a retry at its top; the app takes over once a retry has data.
                    DataState::Failed(_) if prerendered => {
                        let container = container.clone();
                        request_animation_frame(move || {
                            if takeover::page_has_crashed() || !takeover::is_pending() {
                                return;
                            }
                            if let Some(container) = container.as_ref() {
                                if !takeover::show_load_notice(container, move || store.load()) {
                                    // A page without data (settings): the app takes it over.
                                    takeover::swap_in(container);
                                    takeover::mark_live();
                                }
                            }
                        });
                        return;
                    }
                    _ => {}
                }
                live = true;
                // After this update has been rendered, before the next paint.
                let container = container.clone();
                request_animation_frame(move || {
                    // A trap in another task may have shown the crash screen meanwhile.
                    if takeover::page_has_crashed() {
                        return;
                    }
                    // Once only: a page without data may have been taken over already.
                    if let Some(container) = container.as_ref().filter(|_| takeover::is_pending()) {
                        takeover::swap_in(container);
                    }
                    takeover::mark_live();
                    // The first results show: now build what only a typed search needs,
                    // in a task of its own.
                    crate::platform::spawn(async move {
                        crate::platform::yield_to_browser().await;
                        if let DataState::Ready(directory) = store.state.get_untracked() {
                            directory.prepare_search();
                        }
                    });
                });
            });
            app
        })
        .forget();
    };
    // The texts of the language to start in, when they are not German's, come with the
    // data (or, on a page not rendered at build time, before the first build), so the
    // first build is in that language.
    // It is awaited for 3 s at most: on a connection that hangs the app starts in German,
    // and takes the language when its texts come (`state::lang`).
    let lang = crate::state::lang_at_start();
    let texts = async move {
        let fetched = Box::pin(crate::platform::texts::fetch_texts(lang));
        let _ = futures::future::select(fetched, Box::pin(crate::platform::sleep_ms(3_000))).await;
    };
    if prerendered {
        // The page is readable meanwhile: read the data first, then build the app once.
        // The worker may announce a newer dataset while the data is read: listen already.
        crate::platform::service_worker::listen();
        crate::platform::spawn(async move {
            futures::future::join(crate::state::preload(), texts).await;
            mount();
        });
    } else {
        crate::platform::spawn(async move {
            texts.await;
            mount();
        });
    }
}

/// The app in the browser: its state, the settings on `<html>`, the service worker, and
/// the shell.
#[component]
pub fn App() -> impl IntoView {
    let (settings, store, status) = provide_app_state();
    apply_settings(settings);
    leptos::task::spawn_local(service_worker::register(
        move || status.update_waiting.set(true),
        move || store.refresh(),
    ));
    view! { <AppShell /> }
}

/// The router and the layout around every page: what the browser shows, and what the
/// build renders to static HTML for each public page (`bin/prerender.rs`), with the state
/// provided by `state::provide_app_state` or `state::provide_prerender_state`.
#[component]
pub fn AppShell() -> impl IntoView {
    // Everything below is built in the UI language; showing another one (and only that)
    // builds it anew.
    let ui_lang = crate::state::use_shown_lang();
    view! {
        <Router kiosk=use_kiosk().is_on()>
            {move || {
                provide_context(UiLang(ui_lang.get()));
                view! {
                    <FocusOnNavigation />
                    <SkipLink />
                    <SiteHeader />
                    <StatusBar />
                    <main id=MAIN_ID class="ww-main" tabindex="-1">
                        <Pages />
                    </main>
                    <KioskBar />
                    <HelpContact />
                    <LiveAnnouncer />
                }
            }}
        </Router>
    }
}

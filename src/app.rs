//! The app: contexts, layout and routes.

use crate::components::help_contact::HelpContact;
use crate::components::skip_link::{SkipLink, MAIN_ID};
use crate::i18n::Lang;
use crate::pages::{home::HomePage, not_found::NotFoundPage, service::ServicePage};
use crate::store::DataStore;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

/// The UI language, provided to every view.
#[derive(Clone, Copy)]
pub struct UiLang(pub Lang);

pub fn use_lang() -> Lang {
    use_context::<UiLang>().map(|l| l.0).unwrap_or(Lang::De)
}

#[component]
pub fn App() -> impl IntoView {
    let lang = Lang::De;
    provide_context(UiLang(lang));
    let store = DataStore::new();
    provide_context(store);
    store.load();
    let t = lang.strings();

    view! {
        <Router>
            <SkipLink />
            <header class="ww-header">
                <A href="/" attr:class="ww-header__home">
                    <span class="ww-header__name">{t.app_name}</span>
                    " "
                    <span class="ww-header__city">{move || store.city(lang.code())}</span>
                </A>
            </header>
            <main id=MAIN_ID class="ww-main" tabindex="-1">
                <Routes fallback=NotFoundPage>
                    <Route path=path!("") view=HomePage />
                    <Route path=path!("service/:id") view=ServicePage />
                </Routes>
            </main>
            <HelpContact />
        </Router>
    }
}

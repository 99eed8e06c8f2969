//! The header: the app's name, the city, and three places to go. Few choices.

use crate::domain::route::Route;
use crate::state::use_lang;
use crate::state::{use_shortlist, use_store};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let store = use_store();
    let shortlist = use_shortlist();
    view! {
        <header class="ww-header">
            <div class="ww-header__inner">
                <A href=Route::Home.href() attr:class="ww-header__home">
                    <span class="ww-header__name">{format!("{} ", t.app_name)}</span>
                    <span class="ww-header__city">{move || store.city(lang.code())}</span>
                </A>
                <nav class="ww-nav" aria-label=t.nav_label>
                    <ul class="ww-nav__list">
                        <li><A href=Route::Home.href() attr:class="ww-nav__link">{t.nav_start}</A></li>
                        <li><A href=Route::Agenda(Default::default()).href() attr:class="ww-nav__link">{t.nav_agenda}</A></li>
                        <li>
                            <A href=Route::Shortlist(None).href() attr:class="ww-nav__link">
                                {move || (t.nav_shortlist)(shortlist.list.get().len())}
                            </A>
                        </li>
                        <li><A href=Route::About.href() attr:class="ww-nav__link">{t.nav_about}</A></li>
                        <li><A href=Route::Settings.href() attr:class="ww-nav__link">{t.settings_nav}</A></li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}

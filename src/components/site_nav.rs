//! The header: the app's name, the city, and three places to go. Few choices.

use crate::domain::route::Route;
use crate::router::NavLink;
use crate::state::use_lang;
use crate::state::{use_shortlist, use_store};
use leptos::prelude::*;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let store = use_store();
    let shortlist = use_shortlist();
    view! {
        <header class="ww-header">
            <div class="ww-header__inner">
                <NavLink href=Route::Home.href() class="ww-header__home">
                    <span class="ww-header__name">{format!("{} ", t.app_name)}</span>
                    <span class="ww-header__city">{move || store.city(lang.code())}</span>
                </NavLink>
                <nav class="ww-nav" aria-label=t.nav_label>
                    <ul class="ww-nav__list">
                        <li><NavLink href=Route::Home.href() class="ww-nav__link">{t.nav_start}</NavLink></li>
                        <li><NavLink href=Route::Agenda(Default::default()).href() class="ww-nav__link">{t.nav_agenda}</NavLink></li>
                        <li>
                            <NavLink href=Route::Shortlist(None).href() class="ww-nav__link">
                                {move || (t.nav_shortlist)(shortlist.list.get().len())}
                            </NavLink>
                        </li>
                        <li><NavLink href=Route::About.href() class="ww-nav__link">{t.nav_about}</NavLink></li>
                        <li><NavLink href=Route::Settings.href() class="ww-nav__link">{t.settings_nav}</NavLink></li>
                    </ul>
                </nav>
            </div>
        </header>
    }
}

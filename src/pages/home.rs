//! Start: one search field, the needs as large tiles (words first, an icon beside), a
//! district chooser and "what is open now". Few choices, large targets.

use crate::components::icon::NeedIcon;
use crate::components::results_href;
use crate::components::search_form::SearchForm;
use crate::components::with_data::WithData;
use crate::domain::icons::need_icon;
use crate::domain::route::Route;
use crate::domain::search::{OpenFilter, Query};
use crate::i18n::Lang;
use crate::platform::document::set_title;
use crate::router::use_navigate;
use crate::state::use_lang;
use crate::state::{use_kiosk, use_store};
use crate::view_model::search_examples::search_examples;
use crate::view_model::shown;
use leptos::prelude::*;

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let store = use_store();
    Effect::new(move || set_title(&(t.page_title)(&store.city(lang.code()))));
    let navigate = use_navigate();
    let kiosk = use_kiosk();
    view! {
        <WithData render=move |directory| {
            if !kiosk.started.get() {
                return view! { <AttractScreen city=shown(&directory.dataset.meta.city, lang, directory.base_lang()).text /> }.into_any();
            }
            let ds = &directory.dataset;
            let base = directory.base_lang();
            let city = shown(&ds.meta.city, lang, base).text;
            let tiles = ds
                .needs
                .iter()
                .filter(|n| n.parent.is_none())
                .map(|need| {
                    let label = shown(&need.label, lang, base);
                    let href = results_href(&Query { need: Some(need.id.clone()), ..Query::default() });
                    let icon = need_icon(need).map(|name| view! { <NeedIcon name /> });
                    view! {
                        <li>
                            <a class="ww-tile" href=href>
                                <span class="ww-tile__text" lang=label.lang>{label.text}</span>
                                {icon}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            let district = RwSignal::new(String::new());
            let options = ds
                .districts
                .iter()
                .map(|d| {
                    let label = shown(&d.label, lang, base);
                    view! { <option value=d.id.clone()>{label.text}</option> }
                })
                .collect_view();
            let navigate = navigate.clone();
            let show_district = move |event: leptos::ev::SubmitEvent| {
                event.prevent_default();
                let id = district.get_untracked();
                let query = Query { district: (!id.is_empty()).then_some(id), ..Query::default() };
                navigate(&results_href(&query));
            };
            let open_now = results_href(&Query { open: Some(OpenFilter::Now), ..Query::default() });
            view! {
                <h1 class="ww-page-title">{(t.start_heading)(&city)}</h1>
                <p class="ww-lead">{t.start_intro}</p>
                <SearchForm query=Signal::derive(Query::default) examples=search_examples(&directory, lang) />
                <p><a class="ww-button ww-button--secondary ww-button--wide" href=open_now>{t.open_now_link}</a></p>
                <p><a class="ww-button ww-button--secondary ww-button--wide" href=Route::Agenda(Default::default()).href()>{t.agenda_home_link}</a></p>
                <section aria-labelledby="ww-needs-title">
                    <h2 id="ww-needs-title">{t.needs_heading}</h2>
                    <ul class="ww-tiles">{tiles}</ul>
                </section>
                <section aria-labelledby="ww-district-title">
                    <h2 id="ww-district-title">{t.district_heading}</h2>
                    <form class="ww-choosers" on:submit=show_district>
                        <div class="ww-field">
                            <label for="ww-district">{t.district_label}</label>
                            <select id="ww-district" class="ww-select" on:change=move |e| district.set(event_target_value(&e))>
                                <option value="">{t.district_all}</option>
                                {options}
                            </select>
                        </div>
                        <button type="submit" class="ww-button">{t.district_button}</button>
                    </form>
                </section>
            }
            .into_any()
        } />
    }
}

/// The kiosk's first screen: one obvious action, and the languages by their own names.
#[component]
fn AttractScreen(city: String) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let kiosk = use_kiosk();
    let chooser = crate::state::use_language_chooser();
    let languages = Lang::ALL
        .iter()
        .map(|&choice| {
            // The language's texts first (the worker keeps them), so the visit starts in it.
            let start = move |_| {
                leptos::task::spawn_local(async move {
                    let _ = crate::platform::texts::fetch_texts(choice).await;
                    chooser.choose(choice);
                    kiosk.started.set(true);
                });
            };
            view! {
                <li>
                    <button type="button" class="ww-button ww-button--secondary ww-attract__language" lang=choice.code() dir=choice.dir() on:click=start>
                        {choice.native_name()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="ww-attract">
            <h1 class="ww-page-title">{(t.start_heading)(&city)}</h1>
            <button type="button" class="ww-button ww-attract__start" on:click=move |_| kiosk.started.set(true)>
                {t.touch_to_start}
            </button>
            <h2>{t.choose_language}</h2>
            <ul class="ww-attract__languages">{languages}</ul>
        </div>
    }
}

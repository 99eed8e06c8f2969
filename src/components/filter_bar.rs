//! Filters as large toggles, and every active choice shown and removable
//! ("Stadtteil: Innenstadt-West ×"). Each change is a new URL, so "back" undoes it. The bar
//! stays mounted while the URL changes, so keyboard focus stays on the toggle just pressed.

use super::results_href;
use crate::domain::directory::Directory;
use crate::domain::search::{OpenFilter, Query};
use crate::router::use_navigate;
use crate::state::use_lang;
use crate::view_model::shown;
use crate::view_model::understood::understood;
use leptos::html::Select;
use leptos::prelude::*;
use std::collections::BTreeSet;
use std::sync::Arc;

/// A filter that is on or off in a query.
struct Toggle {
    label: &'static str,
    is_on: fn(&Query) -> bool,
    flip: fn(Query) -> Query,
}

#[component]
pub fn FilterBar(directory: Arc<Directory>, query: Memo<Query>) -> impl IntoView {
    let lang = use_lang();
    let t = lang.strings();
    let base = directory.base_lang().to_string();
    let navigate = use_navigate();

    let toggles = [
        Toggle {
            label: t.filter_open_now,
            is_on: |q| q.open == Some(OpenFilter::Now),
            flip: |q| Query { open: (q.open != Some(OpenFilter::Now)).then_some(OpenFilter::Now), ..q },
        },
        Toggle {
            label: t.filter_open_today,
            is_on: |q| q.open == Some(OpenFilter::Today),
            flip: |q| Query { open: (q.open != Some(OpenFilter::Today)).then_some(OpenFilter::Today), ..q },
        },
        Toggle { label: t.filter_walk_in, is_on: |q| q.walk_in, flip: |q| Query { walk_in: !q.walk_in, ..q } },
        Toggle { label: t.filter_free, is_on: |q| q.free, flip: |q| Query { free: !q.free, ..q } },
        Toggle { label: t.filter_step_free, is_on: |q| q.step_free, flip: |q| Query { step_free: !q.step_free, ..q } },
        Toggle { label: t.filter_home_visits, is_on: |q| q.home_visits, flip: |q| Query { home_visits: !q.home_visits, ..q } },
    ]
    .into_iter()
    .map(|toggle| {
        let navigate = navigate.clone();
        let on_click = move |_| navigate(&results_href(&(toggle.flip)(query.get_untracked())));
        view! {
            <li>
                <button type="button" class="ww-toggle" aria-pressed=move || (toggle.is_on)(&query.get()).to_string() on:click=on_click>
                    {toggle.label}
                </button>
            </li>
        }
    })
    .collect_view();

    // Choosers for topic, district and language, applied with one button.
    let ds = &directory.dataset;
    let (need_ref, district_ref, language_ref) = (
        NodeRef::<Select>::new(),
        NodeRef::<Select>::new(),
        NodeRef::<Select>::new(),
    );
    let languages: BTreeSet<String> = ds
        .services
        .iter()
        .flat_map(|s| s.languages.iter().cloned())
        .collect();
    let need_options: Vec<(String, String)> = ds
        .needs
        .iter()
        .map(|n| (n.id.clone(), shown(&n.label, lang, &base).text))
        .collect();
    let district_options: Vec<(String, String)> = ds
        .districts
        .iter()
        .map(|d| (d.id.clone(), shown(&d.label, lang, &base).text))
        .collect();
    let language_options: Vec<(String, String)> = languages
        .iter()
        .map(|code| (code.clone(), (t.language_name)(code)))
        .collect();
    let select = |id: &'static str,
                  label: &'static str,
                  any: &'static str,
                  options: Vec<(String, String)>,
                  node: NodeRef<Select>,
                  current: fn(&Query) -> Option<String>| {
        view! {
            <div class="ww-field">
                <label for=id>{label}</label>
                <select id=id class="ww-select" node_ref=node>
                    <option value="" prop:selected=move || current(&query.get()).is_none()>{any}</option>
                    {options
                        .into_iter()
                        .map(|(v, text)| {
                            let chosen = v.clone();
                            view! { <option value=v prop:selected=move || current(&query.get()).as_deref() == Some(chosen.as_str())>{text}</option> }
                        })
                        .collect_view()}
                </select>
            </div>
        }
    };
    let apply = {
        let navigate = navigate.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            let value =
                |node: NodeRef<Select>| node.get().map(|s| s.value()).filter(|v| !v.is_empty());
            let next = Query {
                need: value(need_ref),
                district: value(district_ref),
                language: value(language_ref),
                ..query.get_untracked()
            };
            navigate(&results_href(&next));
        }
    };

    // The search as understood and the choices made, each removable: "Gesucht: Demenz ·
    // Stadtteil: Brackel" (see `view_model::understood`).
    let chips = move || {
        let q = query.get();
        let parts = understood(&directory, &q, lang);
        let label = if q.text.trim().is_empty() {
            t.active_filters
        } else {
            t.understood
        };
        (!q.is_empty()).then(|| {
            view! {
                <div class="ww-chips">
                    <p class="ww-chips__label" id="ww-chips-label">{label}</p>
                    <ul class="ww-chips__list" aria-labelledby="ww-chips-label">
                        {parts
                            .into_iter()
                            .map(|part| {
                                let aria = (t.remove_filter)(&part.label);
                                view! {
                                    <li>
                                        <a class="ww-chip" href=results_href(&part.without) aria-label=aria>
                                            {part.label}
                                            <span aria-hidden="true">" ×"</span>
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                        <li><a class="ww-chip ww-chip--reset" href=results_href(&Query::default())>{t.clear_all}</a></li>
                    </ul>
                </div>
            }
        })
    };

    view! {
        <section class="ww-filters" aria-labelledby="ww-filters-title">
            <h2 id="ww-filters-title" class="ww-filters__title">{t.filters_heading}</h2>
            <ul class="ww-toggles">{toggles}</ul>
            <form class="ww-choosers" on:submit=apply>
                {select("ww-filter-need", t.needs_heading, t.language_any, need_options, need_ref, |q| q.need.clone())}
                {select("ww-filter-district", t.district_label, t.district_all, district_options, district_ref, |q| q.district.clone())}
                {select("ww-filter-language", t.filter_language_label, t.language_any, language_options, language_ref, |q| q.language.clone())}
                <button type="submit" class="ww-button ww-button--secondary">{t.apply_filters}</button>
            </form>
        </section>
        {chips}
    }
}

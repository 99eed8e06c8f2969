//! The work list: entries grouped by what they need, each group with its count, searchable
//! and filterable; the batch "Stimmt noch"; every entry by search; new entries.

use super::entry::{first_problem_id, focus_first_problem};
use super::{entry_label, focus};
use crate::app::{use_ws, Ws};
use crate::texts::Lang;
use leptos::prelude::*;
use serde_json::Value;
use wegweiser_keeping::workspace::entries;
use wegweiser_keeping::workspace::{base_language, confirm, Concern, EntryRef, KINDS};

/// How many entries a group lists until it is shown alone (a city's whole list would be
/// thousands of buttons).
const SHOWN: usize = 20;
/// How many a group shown alone lists.
const SHOWN_ALONE: usize = 500;

/// Opens an entry's form at its first problem.
fn open_entry(ws: Ws, entry: EntryRef) {
    let base = ws.session.with_untracked(|s| {
        s.as_ref()
            .map_or_else(|| "de".into(), |s| base_language(&s.document).to_string())
    });
    let first = ws.checked.with_untracked(|c| {
        c.as_ref()
            .and_then(|c| first_problem_id(&c.findings, &entry, &base))
    });
    ws.selected.set(Some(entry));
    focus_first_problem(first);
}

fn kind_name(lang: Lang, kind: &str) -> &'static str {
    match kind {
        "services" => lang.t("Angebot", "Service"),
        "events" => lang.t("Veranstaltung", "Event"),
        "locations" => lang.t("Ort", "Place"),
        "organizations" => lang.t("Träger", "Organisation"),
        "needs" => lang.t("Bereich", "Need"),
        "districts" => lang.t("Stadtteil", "District"),
        _ => lang.t("Allgemeine Angaben", "General settings"),
    }
}

#[component]
fn EntryButton(entry: EntryRef, label: String) -> impl IntoView {
    let ws = use_ws();
    let pressed = entry.clone();
    view! {
        <li><button type="button" class="pf-entry"
            aria-pressed=move || (ws.selected.get().as_ref() == Some(&pressed)).to_string()
            on:click=move |_| open_entry(ws, entry.clone())>{label}</button></li>
    }
}

#[component]
pub fn WorkListView() -> impl IntoView {
    let ws = use_ws();
    let query = RwSignal::new(String::new());
    let only = RwSignal::new(String::new());
    // Each group's count and its first entries (a group of a large city has thousands:
    // they are not copied for the page, only looked through).
    let groups = Memo::new(move |_| {
        let lang = ws.lang.get();
        let needle = query.get().to_lowercase();
        let only = only.get();
        ws.checked.with(|c| {
            ws.session.with(|s| {
                let (Some(c), Some(s)) = (c, s) else {
                    return Vec::new();
                };
                c.work_list
                    .iter()
                    .enumerate()
                    .filter(|(_, group)| !group.entries.is_empty())
                    .filter(|(i, _)| only.is_empty() || only == i.to_string())
                    .map(|(i, group)| {
                        let limit = if only.is_empty() { SHOWN } else { SHOWN_ALONE };
                        let total = group.entries.len();
                        let matches = |e: &EntryRef| {
                            needle.is_empty()
                                || entry_label(&s.document, e).to_lowercase().contains(&needle)
                        };
                        let count = if needle.is_empty() {
                            total
                        } else {
                            group.entries.iter().filter(|(e, _)| matches(e)).count()
                        };
                        let shown = group
                            .entries
                            .iter()
                            .filter(|(e, _)| matches(e))
                            .take(limit)
                            .map(|(e, _)| (e.clone(), entry_label(&s.document, e)))
                            .collect::<Vec<_>>();
                        (
                            i,
                            lang.concern(&group.concern),
                            group.concern.clone(),
                            total,
                            count,
                            shown,
                        )
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let options = move || {
        let lang = ws.lang.get();
        ws.checked.with(|c| {
            c.as_ref().map(|c| {
                c.work_list.iter().enumerate().filter(|(_, g)| !g.entries.is_empty()).map(|(i, g)| {
                    view! { <option value=i.to_string()>{format!("{} ({})", lang.concern(&g.concern), g.entries.len())}</option> }
                }).collect_view()
            })
        })
    };
    // Every entry whose name or id has the search's words, whatever it needs.
    let found = move || {
        let needle = query.get().to_lowercase();
        if needle.trim().is_empty() {
            return None;
        }
        let lang = ws.lang.get();
        let matches: Vec<(EntryRef, String)> = ws.session.with(|s| {
            let Some(s) = s else { return Vec::new() };
            KINDS
                .iter()
                .flat_map(|kind| {
                    let count = s
                        .document
                        .get(*kind)
                        .and_then(Value::as_array)
                        .map_or(0, Vec::len);
                    (0..count).map(|i| EntryRef::item(kind, i))
                })
                .map(|e| {
                    let label = entry_label(&s.document, &e);
                    (e, label)
                })
                .filter(|(_, label)| label.to_lowercase().contains(&needle))
                .take(SHOWN)
                .collect()
        });
        Some(view! {
            <section class="pf-group" aria-labelledby="group-found">
                <h3 id="group-found">{lang.t("Alle Einträge mit diesen Worten", "Every entry with these words")}" "<span class="pf-count">{matches.len()}</span></h3>
                <ul class="pf-entries">
                    {matches.into_iter().map(|(entry, label)| view! { <EntryButton entry label/> }).collect_view()}
                </ul>
            </section>
        })
    };
    let new_entries = move || {
        let lang = ws.lang.get();
        let meta = view! {
            <button type="button" on:click=move |_| open_entry(ws, EntryRef { kind: "meta".into(), index: None })>
                {kind_name(lang, "meta")}
            </button>
        };
        let adds = ["services", "events", "locations", "organizations", "needs", "districts"].into_iter().map(|kind| {
            view! {
                <button type="button" on:click=move |_| {
                    let made = ws.session.with_untracked(|s| s.as_ref().and_then(|s| entries::add(&s.document, kind)));
                    if let Some((entry, edits)) = made {
                        ws.edit(|_| edits);
                        ws.selected.set(Some(entry));
                        request_animation_frame(|| focus("entry-title"));
                    }
                }>{format!("{}: {}", lang.t("Neu", "New"), kind_name(lang, kind))}</button>
            }
        }).collect_view();
        view! { <p class="pf-actions">{meta}{adds}</p> }
    };
    view! {
        <section class="pf-work" aria-labelledby="work-title">
            <h2 id="work-title">{move || ws.t("Arbeitsliste", "Work list")}</h2>
            {new_entries}
            <p class="pf-filters">
                <label for="work-search">{move || ws.t("Suchen", "Search")}</label>
                <input type="search" id="work-search" prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))/>
                <label for="work-only">{move || ws.t("Zeigen", "Show")}</label>
                <select id="work-only" prop:value=move || only.get() on:change=move |ev| only.set(event_target_value(&ev))>
                    <option value="">{move || ws.t("Alle Gruppen", "All groups")}</option>
                    {options}
                </select>
            </p>
            {found}
            // A group is drawn again only when what it shows changed.
            <For each=move || groups.get() key=|group| group.clone() let:group>
                {
                let lang = ws.lang.get_untracked();
                let (i, title, concern, total, count, shown) = group;
                let (heading, labelled) = (format!("group-{i}"), format!("group-{i}"));
                    let more = count - shown.len();
                    view! {
                        <section class="pf-group" aria-labelledby=labelled>
                            <h3 id=heading>{title}" "<span class="pf-count">{total}</span></h3>
                            {(concern == Concern::NotVerified && count > 0).then(|| view! {
                                <button type="button" class="pf-batch" on:click=move |_| {
                                    // The entries of the group the search shows, as they are now.
                                    let needle = query.get_untracked().to_lowercase();
                                    ws.edit(|s| {
                                        let batch: Vec<EntryRef> = ws.checked.with_untracked(|c| {
                                            c.as_ref().and_then(|c| c.work_list.get(i)).map(|g| {
                                                g.entries.iter().map(|(e, _)| e.clone())
                                                    .filter(|e| needle.is_empty() || entry_label(&s.document, e).to_lowercase().contains(&needle))
                                                    .collect()
                                            }).unwrap_or_default()
                                        });
                                        batch.iter().flat_map(|e| confirm(&s.document, e, ws.today, None)).collect()
                                    });
                                }>{match lang {
                                    Lang::De => format!("Alle {count}: Stimmt noch (heute geprüft)"),
                                    Lang::En => format!("All {count}: still correct (checked today)"),
                                }}</button>
                            })}
                            <ul class="pf-entries">
                                {shown.into_iter().map(|(entry, label)| view! { <EntryButton entry label/> }).collect_view()}
                            </ul>
                            {(more > 0).then(|| view! {
                                <p>
                                    {match lang {
                                        Lang::De => format!("{more} weitere. "),
                                        Lang::En => format!("{more} more. "),
                                    }}
                                    <button type="button" on:click=move |_| only.set(i.to_string())>
                                        {lang.t("Nur diese Gruppe zeigen", "Show this group alone")}
                                    </button>
                                </p>
                            })}
                        </section>
                    }
                }
            </For>
        </section>
    }
}

//! A failed load, said plainly, with a way to try again: a page of its own, or a notice
//! over the page rendered at build time while the app has not taken over.

use crate::i18n::DataFailure;
use crate::state::use_lang;
use leptos::prelude::*;

#[component]
pub fn LoadErrorView<R>(failure: DataFailure, on_retry: R) -> impl IntoView
where
    R: Fn() + Send + Sync + 'static,
{
    let t = use_lang().strings();
    // Over a page rendered at build time, which keeps its own heading, a notice with a
    // heading of the second level (`platform::takeover::show_load_notice`).
    let heading = if crate::platform::takeover::is_pending() {
        view! { <h2 id="ww-load-error-title" class="ww-load-error__title">{t.error_heading}</h2> }
            .into_any()
    } else {
        view! { <h1 id="ww-load-error-title" class="ww-load-error__title">{t.error_heading}</h1> }
            .into_any()
    };
    view! {
        <section class="ww-load-error" role="alert" aria-labelledby="ww-load-error-title">
            {heading}
            <p class="ww-load-error__reason">{t.data_failure(&failure)}</p>
            <p>{t.error_hint}</p>
            <button type="button" class="ww-button" on:click=move |_| on_retry()>
                {t.retry}
            </button>
        </section>
    }
}

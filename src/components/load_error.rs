//! A failed load, said plainly, with a way to try again.

use crate::i18n::DataFailure;
use crate::state::use_lang;
use leptos::prelude::*;

#[component]
pub fn LoadErrorView<R>(failure: DataFailure, on_retry: R) -> impl IntoView
where
    R: Fn() + Send + Sync + 'static,
{
    let t = use_lang().strings();
    view! {
        <section class="ww-load-error" role="alert" aria-labelledby="ww-load-error-title">
            <h1 id="ww-load-error-title" class="ww-load-error__title">{t.error_heading}</h1>
            <p class="ww-load-error__reason">{t.data_failure(&failure)}</p>
            <p>{t.error_hint}</p>
            <button type="button" class="ww-button" on:click=move |_| on_retry()>
                {t.retry}
            </button>
        </section>
    }
}

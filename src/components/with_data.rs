//! Shows its content once the dataset is there; a loading note before, a readable error
//! with a retry button if it failed. Every page goes through this, so none is ever blank.

use super::load_error::LoadErrorView;
use crate::domain::directory::Directory;
use crate::state::use_lang;
use crate::state::{use_store, DataState};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn WithData<F, V>(render: F) -> impl IntoView
where
    F: Fn(Arc<Directory>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    with_data(Box::new(move |directory| {
        render(directory).into_view().into_any()
    }))
}

/// The work of [`WithData`], compiled once for every page: each page's `render` is only
/// boxed, so the loading note and the error are not built again for each page's type.
fn with_data(render: Box<dyn Fn(Arc<Directory>) -> AnyView + Send + Sync>) -> AnyView {
    let store = use_store();
    let t = use_lang().strings();
    (move || match store.state.get() {
        DataState::Loading => {
            view! { <p class="ww-status" role="status">{t.loading}</p> }.into_any()
        }
        DataState::Failed(failure) => {
            view! { <LoadErrorView failure on_retry=move || store.load() /> }.into_any()
        }
        DataState::Ready(directory) => render(directory),
    })
    .into_any()
}

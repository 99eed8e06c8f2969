//! Fetching the dataset from the app's own origin.

use crate::domain::directory::Directory;
use crate::domain::load::load_dataset;
use crate::i18n::DataFailure;
use gloo_net::http::{Request, Response};
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// Relative to the page's base (`<base href>` or the origin). The app's own links are
/// root-relative (`/suche`), so it is deployed at the root of its host.
pub const DATASET_URL: &str = "data/services.json";
/// The newer file the service worker keeps as pending (without a worker: the server's file).
const CANDIDATE_URL: &str = "data/services.json?candidate=1";
/// The worker labels the files it keeps with a content hash (see `public/sw.js`).
const REVISION_HEADER: &str = "x-wegweiser-revision";

/// A dataset read and indexed, with the worker's revision label when it came from its cache.
pub struct Fetched {
    pub directory: Arc<Directory>,
    pub revision: Option<String>,
}

/// A dataset that could not be used, with the revision of the file that failed.
pub struct Failed {
    pub failure: DataFailure,
    pub revision: Option<String>,
}

/// Fetches, reads and indexes the dataset (the search index is built here, once).
pub async fn fetch_dataset() -> Result<Arc<Directory>, DataFailure> {
    fetch(DATASET_URL)
        .await
        .map(|f| f.directory)
        .map_err(|f| f.failure)
}

/// Fetches the newer dataset the service worker announced.
pub async fn fetch_candidate() -> Result<Fetched, Failed> {
    fetch(CANDIDATE_URL).await
}

/// The answer to the request the loader sent for the dataset as the page opened, taken once;
/// `None` for any other address, a second read, or when that request failed (the app then
/// asks itself).
async fn early_answer(url: &str) -> Option<Response> {
    if url != DATASET_URL {
        return None;
    }
    let promise: js_sys::Promise = super::take_from_loader("data")?.dyn_into().ok()?;
    let answer = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    answer
        .dyn_into::<web_sys::Response>()
        .ok()
        .map(Response::from)
}

async fn fetch(url: &str) -> Result<Fetched, Failed> {
    let unreachable = || Failed {
        failure: DataFailure::Unreachable,
        revision: None,
    };
    let response = match early_answer(url).await {
        Some(response) => response,
        None => Request::get(url).send().await.map_err(|_| unreachable())?,
    };
    // Where the start-up time goes (`scripts/perf.mjs --verbose`): the answer is there…
    super::mark("wegweiser:data-answered");
    let revision = response.headers().get(REVISION_HEADER);
    if !response.ok() {
        return Err(Failed {
            failure: DataFailure::Status(response.status()),
            revision,
        });
    }
    // The bytes, not a JavaScript string: a large city's file is not decoded into UTF-16
    // and encoded back on its way into the wasm. A file that is not UTF-8 still loads,
    // with its broken characters replaced, as a browser would show them.
    let bytes = response.binary().await.map_err(|_| unreachable())?;
    // … its body is in the wasm …
    super::mark("wegweiser:data-received");
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    // Reading, indexing and showing the data are separate tasks (see yield_to_browser).
    super::yield_to_browser().await;
    let loaded = match load_dataset(&text) {
        Ok(loaded) => loaded,
        Err(error) => {
            super::document::log_warning(&format!("dataset refused: {error}"));
            return Err(Failed {
                failure: DataFailure::Unusable(error),
                revision,
            });
        }
    };
    super::mark("wegweiser:data-read");
    for problem in &loaded.skipped {
        super::document::log_warning(&format!(
            "dataset entry left out: {} ({}): {}",
            problem.path,
            problem.id.as_deref().unwrap_or("no id"),
            problem.detail
        ));
    }
    super::yield_to_browser().await;
    let directory = Arc::new(Directory::from_loaded(loaded));
    super::mark("wegweiser:data-indexed");
    super::yield_to_browser().await;
    Ok(Fetched {
        directory,
        revision,
    })
}

//! Fetching the dataset from the app's own origin.

use crate::domain::directory::Directory;
use crate::domain::load::{DatasetReader, LoadError, Loaded, PIECE_BYTES};
use crate::domain::search::vocabulary::Vocabulary;
use crate::i18n::DataFailure;
use gloo_net::http::Response;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Relative to the page's base (`<base href>` or the origin). The app's own links are
/// root-relative (`/suche`), so it is deployed at the root of its host.
pub const DATASET_URL: &str = "data/services.json";
/// The newer file the service worker keeps as pending (without a worker: the server's file).
const CANDIDATE_URL: &str = "data/services.json?candidate=1";
/// The base vocabulary of questions (`search::vocabulary`), part of the app's shell.
const VOCABULARY_URL: &str = "vocabulary.json";
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

/// The answer to the request the loader sent for the dataset as the page opened, taken once,
/// with the loader's reading of its body (begun while the app's files loaded); `None` for
/// any other address, a second read, or when that request failed (the app then asks
/// itself).
async fn early_answer(url: &str) -> Option<(Response, Option<js_sys::Promise>)> {
    if url != DATASET_URL {
        return None;
    }
    let promise: js_sys::Promise = super::take_from_loader("data")?.dyn_into().ok()?;
    let body = super::take_from_loader("body").and_then(|body| body.dyn_into().ok());
    let answer = JsFuture::from(promise).await.ok()?;
    let answer = answer.dyn_into::<web_sys::Response>().ok()?;
    Some((Response::from(answer), body))
}

/// Reads the answer's body into the dataset reader a piece (a megabyte) at a time, with the
/// browser's turn between pieces, so no step holds up a tap and the wasm never holds the
/// whole file: a city of 50,000 services is a file of 50 MB, and the wasm's memory never
/// shrinks once grown, while the browser frees its copy of the body when it is read.
/// (Reading the body as it arrives cost more in the steps between JavaScript and the wasm
/// than it gained.) The bytes, not a JavaScript string: the text is not decoded into UTF-16
/// and encoded back. `Err` when the connection breaks while the body arrives.
async fn read_body(
    response: web_sys::Response,
    early_body: Option<js_sys::Promise>,
) -> Result<Result<Loaded, LoadError>, ()> {
    let body = super::http::body(response, early_body).await.ok_or(())?;
    // … its body has arrived …
    super::mark("wegweiser:data-received");
    let mut dataset = DatasetReader::new();
    let mut piece = Vec::new();
    let mut at = 0;
    while at < body.length() {
        let end = body.length().min(at + PIECE_BYTES as u32);
        piece.resize((end - at) as usize, 0);
        body.subarray(at, end).copy_to(&mut piece);
        if let Err(error) = dataset.push(&piece) {
            return Ok(Err(error));
        }
        at = end;
        if at < body.length() {
            super::yield_to_browser().await;
        }
    }
    Ok(dataset.finish())
}

/// The vocabulary's answer: the request the loader sent with the app's files, taken once
/// (asked for only now, it would arrive a round trip after the wasm), or else asked for
/// now, so it arrives while the dataset is read.
fn ask_for_vocabulary() -> Option<js_sys::Promise> {
    match super::take_from_loader("vocabulary").and_then(|asked| asked.dyn_into().ok()) {
        Some(asked) => Some(asked),
        None => Some(web_sys::window()?.fetch_with_str(VOCABULARY_URL)),
    }
}

/// The vocabulary asked for, read; without it (offline before the worker kept it, a broken
/// file) searches read their words as typed, and the rest of the app is unchanged.
async fn read_vocabulary(asked: Option<js_sys::Promise>) -> Vocabulary {
    let read = async {
        let answer = JsFuture::from(asked?).await.ok()?;
        let answer: web_sys::Response = answer.dyn_into().ok()?;
        if !answer.ok() {
            return None;
        }
        let bytes = super::http::body(answer, None).await?.to_vec();
        match Vocabulary::read(&bytes) {
            Ok(vocabulary) => Some(vocabulary),
            Err(error) => {
                super::document::log_warning(&format!("{VOCABULARY_URL} refused: {error}"));
                None
            }
        }
    };
    read.await.unwrap_or_default()
}

async fn fetch(url: &str) -> Result<Fetched, Failed> {
    let vocabulary = ask_for_vocabulary();
    let unreachable = || Failed {
        failure: DataFailure::Unreachable,
        revision: None,
    };
    let (response, early_body) = match early_answer(url).await {
        Some(early) => early,
        None => (super::http::get(url).await.ok_or_else(unreachable)?, None),
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
    // Read as the bytes arrive (see `read_body`) …
    let loaded = match read_body(response.into(), early_body).await {
        Ok(Ok(loaded)) => loaded,
        Ok(Err(error)) => {
            super::document::log_warning(&format!("dataset refused: {error}"));
            return Err(Failed {
                failure: DataFailure::Unusable(error),
                revision,
            });
        }
        Err(()) => return Err(unreachable()),
    };
    super::mark("wegweiser:data-read");
    let reported = [
        ("read in part", &loaded.repaired),
        ("left out", &loaded.skipped),
    ];
    for (what, problems) in reported {
        for problem in problems {
            super::document::log_warning(&format!(
                "dataset entry {what}: {} ({}): {}",
                problem.path,
                problem.id.as_deref().unwrap_or("no id"),
                problem.detail
            ));
        }
    }
    super::yield_to_browser().await;
    let vocabulary = read_vocabulary(vocabulary).await;
    let directory = Arc::new(Directory::from_loaded_with(loaded, vocabulary));
    super::mark("wegweiser:data-indexed");
    super::yield_to_browser().await;
    Ok(Fetched {
        directory,
        revision,
    })
}

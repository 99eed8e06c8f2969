//! Fetching the dataset from the app's own origin.

use crate::domain::directory::Directory;
use crate::domain::load::load_dataset;
use crate::i18n::DataFailure;
use gloo_net::http::Request;
use std::sync::Arc;

/// Relative to `<base href>`, so the app also works when deployed under a sub-path.
pub const DATASET_URL: &str = "data/services.json";

/// Fetches, reads and indexes the dataset (the search index is built here, once).
pub async fn fetch_dataset() -> Result<Arc<Directory>, DataFailure> {
    let response = Request::get(DATASET_URL)
        .send()
        .await
        .map_err(|_| DataFailure::Unreachable)?;
    if !response.ok() {
        return Err(DataFailure::Status(response.status()));
    }
    let text = response
        .text()
        .await
        .map_err(|_| DataFailure::Unreachable)?;
    let loaded = load_dataset(&text).map_err(|error| {
        super::document::log_warning(&format!("dataset refused: {error}"));
        DataFailure::Unusable(error)
    })?;
    for problem in &loaded.skipped {
        super::document::log_warning(&format!(
            "dataset entry left out: {} ({}): {}",
            problem.path,
            problem.id.as_deref().unwrap_or("no id"),
            problem.detail
        ));
    }
    Ok(Arc::new(Directory::from_loaded(loaded)))
}

//! The services spreadsheet in the workspace: export the document's services as the
//! `export` tool does, and import a sheet into the document row by row. Unlike the
//! command-line `import`, which writes nothing while any row is bad, the workspace takes
//! the good rows and keeps each bad row's service as it was, reporting the row, column
//! and reason: nothing is silently dropped, and nothing is lost.

use super::{canonical, Edit};
use crate::spreadsheet::{export_services, read_services, ImportReport};
use serde_json::Value;
use wegweiser_core::domain::dataset::{tidy_value, Service};
use wegweiser_core::domain::load::load_dataset;

/// What importing a sheet does to the document.
#[derive(Debug)]
pub struct SheetImport {
    /// One step: the new list of services (empty when nothing changes).
    pub edits: Vec<Edit>,
    pub report: ImportReport,
    /// Rows read and taken.
    pub taken: usize,
    /// Rows that could not be read: their services stay as they were.
    pub kept: usize,
    /// Services of the document that the sheet no longer lists, by id.
    pub removed: Vec<String>,
}

/// The document as a dataset the tools can read; the loader's message when it cannot.
fn dataset_of(document: &Value) -> Result<wegweiser_core::domain::dataset::Dataset, String> {
    load_dataset(&canonical(document))
        .map(|loaded| loaded.dataset)
        .map_err(|e| e.to_string())
}

/// The document's services as a spreadsheet (CSV with `;`, as the `export` tool writes it).
pub fn export_sheet(document: &Value) -> Result<String, String> {
    Ok(export_services(&dataset_of(document)?, ';'))
}

/// Reads the sheet `text` into the document's services. `Err` when the sheet as a whole
/// cannot be read (an unclosed quote, a column missing), with every reason; the document
/// is then untouched.
pub fn import_sheet(document: &Value, text: &str) -> Result<SheetImport, String> {
    let dataset = dataset_of(document)?;
    let sheet = read_services(&dataset, text);
    if sheet.failed() {
        return Err(sheet.report.errors.join("; "));
    }
    let current: Vec<&Value> = document
        .get("services")
        .and_then(Value::as_array)
        .map(|list| list.iter().collect())
        .unwrap_or_default();
    let id_of = |entry: &Value| entry.get("id").and_then(Value::as_str).map(str::to_string);
    let find = |id: &str| {
        current
            .iter()
            .find(|e| id_of(e).as_deref() == Some(id))
            .copied()
    };
    let (mut taken, mut kept) = (0, 0);
    let mut services = Vec::new();
    for row in &sheet.rows {
        match row {
            Ok(service) => {
                taken += 1;
                let written = tidy_value(service);
                // An unchanged row keeps the entry exactly as the file has it.
                let same = find(&service.id).filter(|old| {
                    serde_json::from_value::<Service>((*old).clone())
                        .is_ok_and(|typed| tidy_value(&typed) == written)
                });
                services.push(same.cloned().unwrap_or(written));
            }
            Err(id) => {
                kept += 1;
                if let Some(old) = find(id) {
                    services.push(old.clone());
                }
            }
        }
    }
    let listed: Vec<String> = services.iter().filter_map(id_of).collect();
    let removed = current
        .iter()
        .filter_map(|e| id_of(e))
        .filter(|id| !listed.contains(id))
        .collect();
    let new = Value::Array(services);
    let old = document.get("services").cloned();
    let edits = if old.as_ref() == Some(&new) {
        Vec::new()
    } else {
        vec![Edit {
            pointer: "/services".into(),
            old,
            new: Some(new),
        }]
    };
    Ok(SheetImport {
        edits,
        report: sheet.report,
        taken,
        kept,
        removed,
    })
}

//! The keepers' workspace as plain data: a dataset file opened without losing a byte of it
//! (a `serde_json::Value`, in the file's own key order), its findings, the work list, the
//! edits with undo and redo, and the file written back in its one canonical form. The
//! browser's `/pflege/` page is a view of this; `check` runs the same [`findings`].

mod changes;
pub mod entries;
pub mod fields;
mod history;
mod recheck;
mod sheet;
mod work_list;

pub use changes::{changes, ChangeKind, EntryChange, FieldChange};
pub use history::{Edit, History};
pub use recheck::{recheck, small_file, Checked};
pub use sheet::{export_sheet, import_sheet, SheetImport};
pub use work_list::{update_work_list, work_list, Concern, EntryRef, Group, WorkList, KINDS};

use crate::validate::{check_dataset, check_sourcing, sort_in_file_order, Finding};
use chrono::NaiveDate;
use serde_json::{Map, Value};

/// The largest file the workspace opens: a city of 10,000 services is about 10 MB.
pub const MAX_FILE_BYTES: usize = 30 * 1024 * 1024;

/// Why a file was not opened. The draft open before stays as it was.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// Over [`MAX_FILE_BYTES`]; the size in bytes.
    TooLarge(usize),
    /// Not JSON at all, with the reader's words (line and column).
    NotJson(String),
    /// JSON, but not a dataset: not an object, or without `meta` and `services`.
    NotADataset,
}

/// The findings of `check --strict` (without source texts) for `text`, in its order
/// (`sort_in_file_order`: errors, warnings, notes, each in the file's order).
pub fn findings(text: &str, today: NaiveDate) -> Vec<Finding> {
    let mut findings = check_dataset(text, today);
    findings.extend(check_sourcing(text, None));
    sort_in_file_order(&mut findings);
    findings
}

/// Reads a dataset file for keeping: any JSON object with `meta` and a `services` list,
/// broken entries and all (the keeper is there to mend them). Nothing is changed.
pub fn open(text: &str) -> Result<Value, Refusal> {
    if text.len() > MAX_FILE_BYTES {
        return Err(Refusal::TooLarge(text.len()));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value =
        serde_json::from_str(text).map_err(|error| Refusal::NotJson(error.to_string()))?;
    let is_dataset = value.as_object().is_some_and(|root| {
        root.get("meta").is_some_and(Value::is_object) && root.contains_key("services")
    });
    if is_dataset {
        Ok(value)
    } else {
        Err(Refusal::NotADataset)
    }
}

/// The file's one written form: two spaces of indent, keys in the file's order, a line
/// break at the end (what `JSON.stringify(data, null, 2)` gives too). Both bundled
/// datasets are in it, so opening and saving an untouched file gives the same bytes, and a
/// change to one entry changes only that entry's lines.
pub fn canonical(document: &Value) -> String {
    let mut text = serde_json::to_string_pretty(document).unwrap_or_default();
    text.push('\n');
    text
}

/// The dataset's own language (`meta.language`; German where the file does not say).
pub fn base_language(document: &Value) -> &str {
    document
        .pointer("/meta/language")
        .and_then(Value::as_str)
        .unwrap_or("de")
}

/// Puts `value` at `pointer` (an object's key, which may be new, or a list's item), or
/// removes what is there when `value` is `None`; gives back what was there. A pointer whose
/// parent is missing changes nothing.
pub fn put(document: &mut Value, pointer: &str, value: Option<Value>) -> Option<Value> {
    let (parent, key) = pointer.rsplit_once('/')?;
    let key = key.replace("~1", "/").replace("~0", "~");
    match document.pointer_mut(parent)? {
        Value::Object(map) => match value {
            Some(value) => map.insert(key, value),
            None => map.shift_remove(&key),
        },
        Value::Array(items) => {
            let index: usize = key.parse().ok()?;
            match value {
                Some(value) if index < items.len() => {
                    Some(std::mem::replace(&mut items[index], value))
                }
                Some(value) if index == items.len() => {
                    items.push(value);
                    None
                }
                None if index < items.len() => Some(items.remove(index)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The edit that confirms an entry today ("Stimmt noch"): `last_verified` becomes `today`,
/// and, when given, the source's date. An entry keeps its keys' order; a new
/// `last_verified` goes before `source`, where the schema's examples have it.
pub fn confirm(
    document: &Value,
    entry: &EntryRef,
    today: NaiveDate,
    source_date: Option<NaiveDate>,
) -> Vec<Edit> {
    let Some(object) = entry.get(document).and_then(Value::as_object) else {
        return Vec::new();
    };
    let day = |date: NaiveDate| Value::String(date.format("%Y-%m-%d").to_string());
    let mut edits = Vec::new();
    let mut confirmed = object.clone();
    insert_before(&mut confirmed, "last_verified", day(today), "source");
    if let Some(date) = source_date {
        if let Some(Value::Object(source)) = confirmed.get_mut("source") {
            source.insert("date".into(), day(date));
        }
    }
    if &confirmed != object {
        edits.push(Edit {
            pointer: entry.pointer(),
            old: Some(Value::Object(object.clone())),
            new: Some(Value::Object(confirmed)),
        });
    }
    edits
}

/// Sets `key` in `map`; a new key goes just before `before` when the map has it.
fn insert_before(map: &mut Map<String, Value>, key: &str, value: Value, before: &str) {
    if map.contains_key(key) || !map.contains_key(before) {
        map.insert(key.into(), value);
        return;
    }
    let entries = std::mem::take(map);
    for (k, v) in entries {
        if k == before {
            map.insert(key.into(), value.clone());
        }
        map.insert(k, v);
    }
}

#[cfg(test)]
mod tests;

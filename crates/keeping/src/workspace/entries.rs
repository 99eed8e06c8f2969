//! Adding, duplicating, changing and deleting entries, each as one step of edits; and who
//! refers to an entry, so deleting it can say so first.

use super::{fields, Edit, EntryRef, KINDS};
use serde_json::{json, Value};

/// The edit that replaces an entry with `new` (none when it is the same).
pub fn replace(document: &Value, entry: &EntryRef, new: Value) -> Vec<Edit> {
    let old = entry.get(document).cloned();
    if old.as_ref() == Some(&new) {
        return Vec::new();
    }
    vec![Edit {
        pointer: entry.pointer(),
        old,
        new: Some(new),
    }]
}

/// The edit that sets one field of an entry (`cost.kind`), or removes it for `None`.
pub fn set_field(document: &Value, entry: &EntryRef, key: &str, value: Option<Value>) -> Vec<Edit> {
    match entry.get(document) {
        Some(old) => replace(document, entry, fields::set(old, key, value)),
        None => Vec::new(),
    }
}

/// An id not yet used in the list: `wanted`, else `wanted-2`, `wanted-3`, …
fn free_id(document: &Value, kind: &str, wanted: &str) -> String {
    let used = |id: &str| {
        document
            .get(kind)
            .and_then(Value::as_array)
            .is_some_and(|items| {
                items
                    .iter()
                    .any(|e| e.get("id").and_then(Value::as_str) == Some(id))
            })
    };
    (1..)
        .map(|n| {
            if n == 1 {
                wanted.to_string()
            } else {
                format!("{wanted}-{n}")
            }
        })
        .find(|id| !used(id))
        .unwrap_or_default()
}

/// The edit that puts `entry` at the end of its list, and where it is then.
fn append(document: &Value, kind: &str, entry: Value) -> (EntryRef, Vec<Edit>) {
    let index = document
        .get(kind)
        .and_then(Value::as_array)
        .map_or(0, Vec::len);
    let at = EntryRef::item(kind, index);
    let edit = Edit {
        pointer: at.pointer(),
        old: None,
        new: Some(entry),
    };
    (at, vec![edit])
}

/// A new, empty entry of a kind at the end of its list, with a free id (`neu`): the
/// work list then names what it still needs.
pub fn add(document: &Value, kind: &str) -> Option<(EntryRef, Vec<Edit>)> {
    if !KINDS.contains(&kind) || !document.get(kind).is_none_or(Value::is_array) {
        return None;
    }
    let id = free_id(document, kind, "neu");
    let source = json!({ "name": "" });
    let entry = match kind {
        "services" => json!({ "id": id, "name": "", "summary": "", "needs": [], "source": source }),
        "events" => json!({ "id": id, "name": "", "summary": "", "dates": [], "source": source }),
        "locations" => {
            json!({ "id": id, "name": "", "address": { "address_1": "", "city": "" }, "source": source })
        }
        "organizations" => json!({ "id": id, "name": "", "source": source }),
        _ => json!({ "id": id, "label": "" }),
    };
    Some(append(document, kind, entry))
}

/// A copy of an entry at the end of its list, with a free id (`<id>-kopie`).
pub fn duplicate(document: &Value, entry: &EntryRef) -> Option<(EntryRef, Vec<Edit>)> {
    let mut copy = entry.get(document)?.clone();
    let id = copy.get("id").and_then(Value::as_str)?;
    let new_id = free_id(document, &entry.kind, &format!("{id}-kopie"));
    copy.as_object_mut()?
        .insert("id".into(), Value::String(new_id));
    Some(append(document, &entry.kind, copy))
}

/// The edit that deletes an entry.
pub fn delete(document: &Value, entry: &EntryRef) -> Vec<Edit> {
    match (entry.index, entry.get(document)) {
        (Some(_), Some(old)) => vec![Edit {
            pointer: entry.pointer(),
            old: Some(old.clone()),
            new: None,
        }],
        _ => Vec::new(),
    }
}

/// The fields that name another entry by its id, and the list they name.
const REFERENCES: &[(&str, &str, &str)] = &[
    ("needs", "parent", "needs"),
    ("locations", "district", "districts"),
    ("services", "needs", "needs"),
    ("services", "organization_id", "organizations"),
    ("services", "location_id", "locations"),
    ("services", "districts", "districts"),
    ("services", "ask_at", "services"),
    ("events", "needs", "needs"),
    ("events", "organization_id", "organizations"),
    ("events", "location_id", "locations"),
];

/// The entries that name `entry` by its id.
pub fn referrers(document: &Value, entry: &EntryRef) -> Vec<EntryRef> {
    let Some(id) = entry
        .get(document)
        .and_then(|e| e.get("id"))
        .and_then(Value::as_str)
    else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for (kind, field, target) in REFERENCES {
        if *target != entry.kind {
            continue;
        }
        for (i, item) in document
            .get(*kind)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let names = match item.get(*field) {
                Some(Value::String(s)) => s == id,
                Some(Value::Array(ids)) => ids.iter().any(|v| v.as_str() == Some(id)),
                _ => false,
            };
            let here = EntryRef::item(kind, i);
            if names && here != *entry && !found.contains(&here) {
                found.push(here);
            }
        }
    }
    found
}

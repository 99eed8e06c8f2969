//! What changed since the file was opened: every entry added, changed or removed, and in
//! each changed entry every field with its old and new value. Entries are matched by their
//! id within their list (an entry without a readable id by its place), so moving an entry
//! is no change and a renamed id is a removal and an addition.

use super::work_list::KINDS;
use serde_json::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    Added,
    Changed,
    Removed,
}

/// One field's change (`hours.osm`), its values as text: a string as it is, anything
/// else as compact JSON; `None` where the field is absent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryChange {
    /// `meta`, or the list (`services`).
    pub kind: String,
    /// The entry's id (for `meta`, empty).
    pub id: String,
    pub change: ChangeKind,
    pub fields: Vec<FieldChange>,
}

/// Every change from `before` to `after`, list by list in the file's order.
pub fn changes(before: &Value, after: &Value) -> Vec<EntryChange> {
    let mut found = Vec::new();
    let mut fields = Vec::new();
    compare("", before.get("meta"), after.get("meta"), &mut fields);
    if !fields.is_empty() {
        found.push(EntryChange {
            kind: "meta".into(),
            id: String::new(),
            change: ChangeKind::Changed,
            fields,
        });
    }
    for kind in KINDS {
        let old = keyed(before.get(kind));
        let new = keyed(after.get(kind));
        for (id, entry) in &new {
            match old.iter().find(|(old_id, _)| old_id == id) {
                None => found.push(EntryChange {
                    kind: kind.into(),
                    id: id.clone(),
                    change: ChangeKind::Added,
                    fields: Vec::new(),
                }),
                Some((_, was)) => {
                    let mut fields = Vec::new();
                    compare("", Some(was), Some(entry), &mut fields);
                    if !fields.is_empty() {
                        found.push(EntryChange {
                            kind: kind.into(),
                            id: id.clone(),
                            change: ChangeKind::Changed,
                            fields,
                        });
                    }
                }
            }
        }
        for (id, _) in &old {
            if !new.iter().any(|(new_id, _)| new_id == id) {
                found.push(EntryChange {
                    kind: kind.into(),
                    id: id.clone(),
                    change: ChangeKind::Removed,
                    fields: Vec::new(),
                });
            }
        }
    }
    found
}

/// The items of a list with their ids (`#3` for the fourth item when it has no id).
fn keyed(list: Option<&Value>) -> Vec<(String, &Value)> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .map(|(i, entry)| {
            let id = entry
                .get("id")
                .and_then(Value::as_str)
                .map_or_else(|| format!("#{}", i + 1), str::to_string);
            (id, entry)
        })
        .collect()
}

/// Objects are compared key by key; anything else (a text, a list) as a whole.
fn compare(path: &str, old: Option<&Value>, new: Option<&Value>, out: &mut Vec<FieldChange>) {
    match (old, new) {
        (Some(Value::Object(a)), Some(Value::Object(b))) => {
            for (key, value) in a {
                compare(&join(path, key), Some(value), b.get(key), out);
            }
            for (key, value) in b {
                if !a.contains_key(key) {
                    compare(&join(path, key), None, Some(value), out);
                }
            }
        }
        (a, b) if a == b => {}
        (a, b) => out.push(FieldChange {
            field: path.to_string(),
            old: a.map(shown),
            new: b.map(shown),
        }),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn shown(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

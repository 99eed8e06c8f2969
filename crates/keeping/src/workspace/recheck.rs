//! Checking again after an edit without checking the whole file: when one service or event
//! changed and kept its (unique) id, no other entry's findings can change, so only that
//! entry is checked, in a small file of its own with what it refers to (the needs and
//! districts, its organisation and place, the service it sends people to). Anything else
//! (another kind of entry, a new id, several entries at once) is checked as a whole file.
//! The tests hold both ways to the same findings.

use super::work_list::update_work_list;
use super::{canonical, findings, work_list, Edit, EntryRef, WorkList};
use crate::validate::{file_order, Finding};
use chrono::NaiveDate;
use serde_json::{Map, Value};

/// The findings of the document after `edits`, from `before` (its findings before them);
/// `None` when only checking the whole file gives them.
pub fn recheck(
    document: &Value,
    before: &[Finding],
    edits: &[Edit],
    today: NaiveDate,
) -> Option<Vec<Finding>> {
    let mut findings = before.to_vec();
    recheck_in_place(document, &mut findings, edits, today).then_some(findings)
}

/// [`recheck`] on the findings themselves: false (and untouched) where only checking the
/// whole file gives them.
fn recheck_in_place(
    document: &Value,
    findings: &mut Vec<Finding>,
    edits: &[Edit],
    today: NaiveDate,
) -> bool {
    let Some((entry, fresh)) = entry_findings(document, edits, today) else {
        return false;
    };
    let key = entry.key();
    let of_entry = |f: &Finding| {
        f.path
            .strip_prefix(&key)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', ' ']))
    };
    findings.retain(|f| !of_entry(f));
    // The others keep their order; each new one goes where the file's order puts it.
    for finding in fresh {
        let at = findings.partition_point(|f| file_order(f) <= file_order(&finding));
        findings.insert(at, finding);
    }
    true
}

/// The edited entry and its findings, checked alone; `None` where that does not give what
/// the whole file gives.
fn entry_findings(
    document: &Value,
    edits: &[Edit],
    today: NaiveDate,
) -> Option<(EntryRef, Vec<Finding>)> {
    let [edit] = edits else { return None };
    let entry = entry_of_pointer(&edit.pointer)?;
    let index = entry.index?;
    let (Some(old), Some(new)) = (&edit.old, &edit.new) else {
        return None;
    };
    let id = new.get("id")?.as_str()?;
    if old.get("id") != new.get("id") {
        return None;
    }
    let list = document.get(&entry.kind)?.as_array()?;
    if list
        .iter()
        .filter(|e| e.get("id").and_then(Value::as_str) == Some(id))
        .count()
        != 1
    {
        return None;
    }
    let small = small_file(document, &entry, new)?;
    let alone = EntryRef::item(&entry.kind, 0);
    let small = findings(&canonical(&small), today);
    // The small file as a whole unreadable (its one service cannot be read): the whole file.
    if small.iter().any(|f| f.path == "$") {
        return None;
    }
    let fresh = small
        .into_iter()
        .filter(|f| EntryRef::of_path(&f.path) == alone)
        .map(|f| Finding {
            path: format!("{}[{index}]{}", entry.kind, &f.path[alone.key().len()..]),
            ..f
        })
        .collect();
    Some((entry, fresh))
}

/// A file of the document's own with one service or event, `value`, as the entry at its
/// place 0, and what it refers to: the needs and districts, its organisation and place, the
/// service it sends people to (as the second service). What the whole file says of the
/// entry, the small file says of it too; a view of one entry (its next days) reads it
/// quickly in a large city.
pub fn small_file(document: &Value, entry: &EntryRef, value: &Value) -> Option<Value> {
    let root = document.as_object()?;
    let mut small = Map::new();
    for (key, list) in root {
        let list = match key.as_str() {
            "organizations" => referred(list, value.get("organization_id")),
            "locations" => referred(list, value.get("location_id")),
            "services" if entry.kind == "services" => {
                let mut items = vec![value.clone()];
                // The service it sends people to, so that `ask_at` finds it.
                if let Some(target) = referred(list, value.get("ask_at"))
                    .as_array()
                    .and_then(|t| t.first())
                {
                    if target.get("id") != value.get("id") {
                        items.push(target.clone());
                    }
                }
                Value::Array(items)
            }
            "events" if entry.kind == "events" => Value::Array(vec![value.clone()]),
            "services" | "events" => Value::Array(Vec::new()),
            _ => list.clone(),
        };
        small.insert(key.clone(), list);
    }
    Some(Value::Object(small))
}

/// The service or event an edit's pointer names (`/services/3`), if that is all it names.
fn entry_of_pointer(pointer: &str) -> Option<EntryRef> {
    let mut parts = pointer.strip_prefix('/')?.split('/');
    let (kind, index, rest) = (parts.next()?, parts.next()?, parts.next());
    if rest.is_some() || !matches!(kind, "services" | "events") {
        return None;
    }
    Some(EntryRef::item(kind, index.parse().ok()?))
}

/// The entries of a list with the id `wanted` names (none when it names none).
fn referred(list: &Value, wanted: Option<&Value>) -> Value {
    let items = list.as_array().into_iter().flatten();
    Value::Array(match wanted {
        Some(id @ Value::String(_)) => items.filter(|e| e.get("id") == Some(id)).cloned().collect(),
        _ => Vec::new(),
    })
}

/// What the check and the work list say of a document.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub findings: Vec<Finding>,
    pub work_list: WorkList,
}

impl Checked {
    /// Checks the whole document.
    pub fn whole(document: &Value, today: NaiveDate) -> Checked {
        let findings = findings(&canonical(document), today);
        Checked {
            work_list: work_list(document, &findings, today),
            findings,
        }
    }

    /// What they say after `edits` made `document`: the edited entry alone worked out
    /// again where that gives the same as the whole document, else the whole.
    pub fn after(&self, document: &Value, edits: &[Edit], today: NaiveDate) -> Checked {
        let mut checked = self.clone();
        checked.update(document, edits, today);
        checked
    }

    /// [`Checked::after`] in place: nothing of a large city's findings and lists is copied.
    pub fn update(&mut self, document: &Value, edits: &[Edit], today: NaiveDate) {
        if !recheck_in_place(document, &mut self.findings, edits, today) {
            *self = Checked::whole(document, today);
            return;
        }
        let updated = match edits {
            [Edit {
                pointer,
                old: Some(old),
                ..
            }] => entry_of_pointer(pointer).is_some_and(|entry| {
                update_work_list(
                    &mut self.work_list,
                    document,
                    &self.findings,
                    &entry,
                    old,
                    today,
                )
            }),
            _ => false,
        };
        if !updated {
            self.work_list = work_list(document, &self.findings, today);
        }
    }
}

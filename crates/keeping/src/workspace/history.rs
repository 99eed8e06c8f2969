//! Undo and redo over every edit: a step is a list of edits (one confirmation, or a batch
//! confirmed at once), each with the value before and after.

use super::put;

/// Makes `pointer` hold `to` where it held `from`: an item that was not there is put into
/// its list at its place (the items after it move up), one that goes is taken out.
fn change(document: &mut Value, pointer: &str, from: &Option<Value>, to: &Option<Value>) {
    let list_item = pointer.rsplit_once('/').and_then(|(parent, index)| {
        Some((document.pointer_mut(parent)?, index.parse::<usize>().ok()?))
    });
    if let (Some((Value::Array(items), index)), None, Some(value)) = (list_item, from, to) {
        items.insert(index.min(items.len()), value.clone());
        return;
    }
    put(document, pointer, to.clone());
}
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One change at a JSON pointer: `old` is what was there (`None`: nothing), `new` what is
/// there after (`None`: removed).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Edit {
    pub pointer: String,
    pub old: Option<Value>,
    pub new: Option<Value>,
}

/// The steps done and undone since the file was opened.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct History {
    done: Vec<Vec<Edit>>,
    undone: Vec<Vec<Edit>>,
}

impl History {
    /// Applies `edits` as one step; a new step forgets what was undone. An empty step is
    /// not kept.
    pub fn apply(&mut self, document: &mut Value, edits: Vec<Edit>) {
        if edits.is_empty() {
            return;
        }
        for edit in &edits {
            change(document, &edit.pointer, &edit.old, &edit.new);
        }
        self.done.push(edits);
        self.undone.clear();
    }

    /// Takes the last step back; false when there is none.
    pub fn undo(&mut self, document: &mut Value) -> bool {
        self.undo_step(document).is_some()
    }

    /// Takes the last step back and gives the edits that did so (each step's edits turned
    /// round, last first); `None` when there is no step.
    pub fn undo_step(&mut self, document: &mut Value) -> Option<Vec<Edit>> {
        let edits = self.done.pop()?;
        let back: Vec<Edit> = edits
            .iter()
            .rev()
            .map(|edit| Edit {
                pointer: edit.pointer.clone(),
                old: edit.new.clone(),
                new: edit.old.clone(),
            })
            .collect();
        for edit in &back {
            change(document, &edit.pointer, &edit.old, &edit.new);
        }
        self.undone.push(edits);
        Some(back)
    }

    /// Does the last undone step again; false when there is none.
    pub fn redo(&mut self, document: &mut Value) -> bool {
        self.redo_step(document).is_some()
    }

    /// Does the last undone step again and gives its edits; `None` when there is none.
    pub fn redo_step(&mut self, document: &mut Value) -> Option<Vec<Edit>> {
        let edits = self.undone.pop()?;
        for edit in &edits {
            change(document, &edit.pointer, &edit.old, &edit.new);
        }
        self.done.push(edits.clone());
        Some(edits)
    }

    /// Does every step done again on `document` (the file as opened): the document as it
    /// was when the history was kept.
    pub fn replay(&self, document: &mut Value) {
        for edit in self.done.iter().flatten() {
            change(document, &edit.pointer, &edit.old, &edit.new);
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }
}

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
        let Some(edits) = self.done.pop() else {
            return false;
        };
        for edit in edits.iter().rev() {
            change(document, &edit.pointer, &edit.new, &edit.old);
        }
        self.undone.push(edits);
        true
    }

    /// Does the last undone step again; false when there is none.
    pub fn redo(&mut self, document: &mut Value) -> bool {
        let Some(edits) = self.undone.pop() else {
            return false;
        };
        for edit in &edits {
            change(document, &edit.pointer, &edit.old, &edit.new);
        }
        self.done.push(edits);
        true
    }

    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }
}

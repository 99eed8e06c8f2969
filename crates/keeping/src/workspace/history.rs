//! Undo and redo over every edit: a step is a list of edits (one confirmation, or a batch
//! confirmed at once), each with the value before and after.

use super::put;
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
            put(document, &edit.pointer, edit.new.clone());
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
            put(document, &edit.pointer, edit.old.clone());
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
            put(document, &edit.pointer, edit.new.clone());
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

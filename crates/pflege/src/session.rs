//! One keeper's session: the file opened, its document as edited, the history of edits,
//! and when it was downloaded; and what the check says of it now. Plain data: the page
//! shows it and keeps it on the device as the draft, in two parts: the file as opened
//! (written once) and the history (written at every edit, small), from which the document
//! is made again.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use wegweiser_keeping::workspace::{self, Edit, History, Refusal};

pub use wegweiser_keeping::workspace::Checked;

/// The draft's keys in the device's storage (one draft per browser and site): what is kept
/// at every edit, and the file as opened.
pub const DRAFT_KEY: &str = "draft";
pub const ORIGINAL_KEY: &str = "draft-original";

#[derive(Clone, Debug)]
pub struct Session {
    /// The file's name, as opened.
    pub name: String,
    /// The file as opened, to tell what changed since.
    pub original: String,
    pub document: Value,
    pub history: History,
    pub opened_ms: f64,
    /// When the file was last downloaded or saved from this session.
    pub downloaded_ms: Option<f64>,
}

/// What is written at every edit.
#[derive(Serialize, Deserialize)]
struct Kept {
    name: String,
    history: History,
    opened_ms: f64,
    downloaded_ms: Option<f64>,
    /// The length of the file as opened, to tell it belongs to this history.
    original_len: usize,
}

impl Session {
    pub fn open(name: &str, text: &str, now_ms: f64) -> Result<Session, Refusal> {
        let document = workspace::open(text)?;
        Ok(Session {
            name: name.to_string(),
            original: text.strip_prefix('\u{feff}').unwrap_or(text).to_string(),
            document,
            history: History::default(),
            opened_ms: now_ms,
            downloaded_ms: None,
        })
    }

    /// The file as it would be saved now.
    pub fn text(&self) -> String {
        workspace::canonical(&self.document)
    }

    /// Checks the whole file.
    pub fn check(&self, today: chrono::NaiveDate) -> Checked {
        Checked::whole(&self.document, today)
    }

    /// Applies one step of edits; gives them back to check again (`Checked::update`).
    pub fn apply(&mut self, edits: Vec<Edit>) -> Vec<Edit> {
        self.history.apply(&mut self.document, edits.clone());
        edits
    }

    /// What is kept at every edit (the file as opened is kept apart, once).
    pub fn to_draft(&self) -> String {
        serde_json::to_string(&Kept {
            name: self.name.clone(),
            history: self.history.clone(),
            opened_ms: self.opened_ms,
            downloaded_ms: self.downloaded_ms,
            original_len: self.original.len(),
        })
        .unwrap_or_default()
    }

    /// The session of a kept draft and the file it was opened from; `None` when they
    /// cannot be read or do not belong together.
    pub fn from_draft(kept: &str, original: &str) -> Option<Session> {
        let kept: Kept = serde_json::from_str(kept).ok()?;
        if kept.original_len != original.len() {
            return None;
        }
        let mut document = workspace::open(original).ok()?;
        kept.history.replay(&mut document);
        Some(Session {
            name: kept.name,
            original: original.to_string(),
            document,
            history: kept.history,
            opened_ms: kept.opened_ms,
            downloaded_ms: kept.downloaded_ms,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wegweiser_core::testing::KAISERSLAUTERN_JSON;
    use wegweiser_keeping::workspace::{confirm, entries, EntryRef};

    #[test]
    fn a_draft_comes_back_as_it_was_kept_with_its_history() {
        let mut session = Session::open("services.json", KAISERSLAUTERN_JSON, 1.0).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let edits = confirm(
            &session.document,
            &EntryRef::item("services", 1),
            today,
            None,
        );
        session.apply(edits);
        let (_, edits) = entries::add(&session.document, "services").unwrap();
        session.apply(edits);
        let edits = entries::delete(&session.document, &EntryRef::item("events", 0));
        session.apply(edits);
        let text = session.text();
        let mut back = Session::from_draft(&session.to_draft(), &session.original).unwrap();
        assert_eq!(back.text(), text);
        assert_eq!(back.original, KAISERSLAUTERN_JSON);
        while back.history.undo(&mut back.document) {}
        assert_eq!(back.text(), KAISERSLAUTERN_JSON);
        assert!(Session::from_draft("{\"name\": 1}", KAISERSLAUTERN_JSON).is_none());
        assert!(
            Session::from_draft(&session.to_draft(), "{}").is_none(),
            "another file"
        );
    }

    #[test]
    fn checking_again_after_an_edit_and_its_undo_gives_what_a_whole_check_gives() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let mut session = Session::open("services.json", KAISERSLAUTERN_JSON, 1.0).unwrap();
        let mut checked = session.check(today);
        let entry = EntryRef::item("services", 3);
        let edits = confirm(&session.document, &entry, today, None);
        let edits = session.apply(edits);
        checked = checked.after(&session.document, &edits, today);
        assert_eq!(checked, session.check(today));
        let back = session.history.undo_step(&mut session.document).unwrap();
        checked = checked.after(&session.document, &back, today);
        assert_eq!(checked, session.check(today));
        assert_eq!(session.text(), KAISERSLAUTERN_JSON);
    }
}

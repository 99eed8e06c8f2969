//! One keeper's session: the file opened, its document as edited, the history of edits,
//! and when it was kept and downloaded. Plain data: the page shows it and keeps it as the
//! draft on the device.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use wegweiser_keeping::validate::Finding;
use wegweiser_keeping::workspace::{self, Edit, History, Refusal, WorkList};

/// The draft's key in the device's storage (one draft per browser and site).
pub const DRAFT_KEY: &str = "draft";

#[derive(Clone, Debug, Serialize, Deserialize)]
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

/// What the validator and the work list say of the document as it is now.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub findings: Vec<Finding>,
    pub work_list: WorkList,
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

    pub fn apply(&mut self, edits: Vec<Edit>) {
        self.history.apply(&mut self.document, edits);
    }

    pub fn check(&self, today: chrono::NaiveDate) -> Checked {
        let text = self.text();
        let findings = workspace::findings(&text, today);
        let work_list = workspace::work_list(&self.document, &findings, today);
        Checked {
            findings,
            work_list,
        }
    }

    pub fn to_draft(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A kept draft; `None` when it cannot be read (an older format, a damaged store).
    pub fn from_draft(text: &str) -> Option<Session> {
        serde_json::from_str(text).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wegweiser_core::testing::KAISERSLAUTERN_JSON;
    use wegweiser_keeping::workspace::{confirm, EntryRef};

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
        let text = session.text();
        let mut back = Session::from_draft(&session.to_draft()).unwrap();
        assert_eq!(back.text(), text);
        assert_eq!(back.original, KAISERSLAUTERN_JSON);
        assert!(back.history.undo(&mut back.document));
        assert_eq!(back.text(), KAISERSLAUTERN_JSON);
        assert!(Session::from_draft("{\"name\": 1}").is_none());
    }
}

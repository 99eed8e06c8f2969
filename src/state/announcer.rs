//! Messages for screen readers ("saved", "link copied"), spoken by one polite live region.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Announcer {
    pub message: RwSignal<String>,
}

impl Announcer {
    pub fn new() -> Self {
        Announcer {
            message: RwSignal::new(String::new()),
        }
    }

    /// Says `message`; the region is emptied first, so the same words twice are spoken twice.
    pub fn say(&self, message: String) {
        self.message.set(String::new());
        let region = self.message;
        set_timeout(
            move || region.set(message),
            std::time::Duration::from_millis(100),
        );
    }
}

impl Default for Announcer {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_announcer() -> Announcer {
    super::expect("use_announcer")
}

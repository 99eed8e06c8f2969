//! Kiosk mode, as the views see it.

use crate::domain::kiosk::KioskConfig;
use leptos::prelude::*;

/// Kiosk mode: `Some` on the town hall's touch screen (see `domain::kiosk`).
#[derive(Clone, Copy)]
pub struct Kiosk {
    pub config: Option<KioskConfig>,
    /// The visitor has left the attract screen.
    pub started: RwSignal<bool>,
}

impl Kiosk {
    pub fn is_on(&self) -> bool {
        self.config.is_some()
    }
}

pub fn use_kiosk() -> Kiosk {
    super::expect("use_kiosk")
}

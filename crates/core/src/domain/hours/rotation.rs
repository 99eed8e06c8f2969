//! Hosts who take turns at a recurring slot ("every Wednesday, AWO, Lebenshilfe, DRK and
//! SKFM in turn"). OSM week numbers drift at year ends, so turns are counted from an anchor
//! date in whole weeks instead.

use crate::domain::dataset::{Rotation, RotationHost};
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RotationError {
    NoHosts,
    ZeroInterval,
    BadAnchor(String),
}

impl std::fmt::Display for RotationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RotationError::NoHosts => write!(f, "a rotation needs at least one host"),
            RotationError::ZeroInterval => write!(f, "interval_weeks must be at least 1"),
            RotationError::BadAnchor(a) => write!(f, "anchor \"{a}\" is not a date (YYYY-MM-DD)"),
        }
    }
}

pub fn validate(rotation: &Rotation) -> Result<(), RotationError> {
    if rotation.hosts.is_empty() {
        return Err(RotationError::NoHosts);
    }
    if rotation.interval_weeks == 0 {
        return Err(RotationError::ZeroInterval);
    }
    if let Some(anchor) = &rotation.anchor {
        if anchor.get().is_none() {
            return Err(RotationError::BadAnchor(anchor.text().to_string()));
        }
    }
    Ok(())
}

/// Who hosts the slot on `date`. `None` without an anchor (the order is then not known),
/// for a date that is not a whole number of intervals from the anchor, or on bad data.
pub fn host_on(rotation: &Rotation, date: NaiveDate) -> Option<&RotationHost> {
    let anchor = rotation.anchor.as_ref()?.get()?;
    let period_days = 7 * i64::from(rotation.interval_weeks);
    if rotation.hosts.is_empty() || period_days == 0 {
        return None;
    }
    let days = (date - anchor).num_days();
    if days.rem_euclid(period_days) != 0 {
        return None;
    }
    let turn = (days / period_days).rem_euclid(rotation.hosts.len() as i64);
    rotation.hosts.get(turn as usize)
}

//! One file per route.

pub mod about;
pub mod agenda;
pub mod event;
pub mod home;
pub mod not_found;
pub mod results;
pub mod service;
pub mod settings;
pub mod shortlist;
pub mod week_plan;

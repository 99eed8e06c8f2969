//! The pure domain: dataset types, loading, hours, search. No browser types live here;
//! "now" is always a parameter, never read from a clock.

pub mod agenda;
pub mod contact;
pub mod dataset;
pub mod dated;
pub mod directory;
pub mod holidays;
pub mod hours;
pub mod icons;
pub mod ics;
pub mod kiosk;
pub mod load;
pub mod local_time;
pub mod lookup;
pub mod present;
pub mod qr;
pub mod query_string;
pub mod route;
pub mod search;
pub mod settings;
pub mod shortlist;
pub mod text;

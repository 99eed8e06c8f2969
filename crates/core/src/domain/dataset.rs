//! The dataset: everything the app shows comes from one versioned JSON file.
//!
//! Field names follow Open Referral HSDS 3.0 where they fit (organization, location,
//! service, contact, phone, language, accessibility, cost_options, last_verified), so an
//! export to HSDS stays simple. Opening hours stay in OpenStreetMap `opening_hours` syntax.

use super::dated::{Dated, Day, EventStart};
use super::text::LocalText;
use serde::{Deserialize, Serialize};

/// The schema version this build reads. A file with a newer major version is refused with a
/// clear message instead of being half-understood.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// Where editors find the JSON Schema (`./services.schema.json`).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub schema_version: u32,
    pub meta: Meta,
    pub needs: Vec<Need>,
    pub districts: Vec<District>,
    #[serde(default)]
    pub organizations: Vec<Organization>,
    #[serde(default)]
    pub locations: Vec<Location>,
    pub services: Vec<Service>,
    #[serde(default)]
    pub events: Vec<Event>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// The city's name, shown in the title and header.
    pub city: LocalText,
    /// ISO 3166-2 code of the region, which chooses the public holiday rules (`DE-RP`).
    pub region: String,
    /// IANA time zone in which all hours are meant (`Europe/Berlin`).
    pub time_zone: String,
    /// The language of plain-string texts and the one every text must have.
    #[serde(default = "default_language")]
    pub language: String,
    pub licence: String,
    /// The date this file was compiled (ISO date), shown as "Daten zusammengestellt am …".
    /// It says when the entries were put together, not that anyone checked them then
    /// (that is each entry's `last_verified`).
    pub data_date: Day,
    /// Who keeps the data, where a source names them; absent rather than invented.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maintainer: Option<Maintainer>,
    /// Where people send corrections ("report a mistake"). Without it the app offers the
    /// help contact instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction_email: Option<String>,
    /// The help contact shown on every view (phone of the senior office or town hall).
    pub help: HelpContact,
    #[serde(default)]
    pub description: Option<LocalText>,
    /// Where the app is published (`https://…`), for links and QR codes a visitor takes home
    /// from a kiosk that itself runs on a local address.
    #[serde(default)]
    pub public_url: Option<String>,
}

fn default_language() -> String {
    "de".to_string()
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Maintainer {
    pub name: LocalText,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HelpContact {
    pub label: LocalText,
    /// At least one of phone and e-mail is given (the checker insists).
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub hours: Option<LocalText>,
}

/// A need (category) of the taxonomy; `parent` makes sub-needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Need {
    pub id: String,
    pub label: LocalText,
    /// Words people use for this need, per language: "Vergesslichkeit" for dementia.
    #[serde(default)]
    pub synonyms: std::collections::BTreeMap<String, Vec<String>>,
    /// Everyday phrases that lead to this need as a whole, per language, beyond the app's
    /// base vocabulary: "niemand zum Reden" for loneliness. Matched as phrases in a
    /// question, not word by word (see `search::vocabulary`).
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub phrases: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub parent: Option<String>,
    /// A short name of an icon shown beside the words (never instead of them).
    #[serde(default)]
    pub icon: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct District {
    pub id: String,
    pub label: LocalText,
    #[serde(default)]
    pub postcodes: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub id: String,
    pub name: LocalText,
    #[serde(default)]
    pub description: Option<LocalText>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phones: Vec<Phone>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub id: String,
    pub name: LocalText,
    pub address: Address,
    /// The district id; `None` only for locations outside every district.
    #[serde(default)]
    pub district: Option<String>,
    #[serde(default)]
    pub latitude: Option<f64>,
    #[serde(default)]
    pub longitude: Option<f64>,
    /// How to get there by bus or train (HSDS `transportation`).
    #[serde(default)]
    pub transportation: Option<LocalText>,
    #[serde(default)]
    pub accessibility: Option<Accessibility>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Address {
    pub address_1: String,
    #[serde(default)]
    pub postal_code: Option<String>,
    pub city: String,
    #[serde(default)]
    pub room: Option<String>,
}

/// Structured accessibility of a venue. `None` means "not known", never "no".
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Accessibility {
    #[serde(default)]
    pub step_free: Option<bool>,
    #[serde(default)]
    pub lift: Option<bool>,
    #[serde(default)]
    pub accessible_toilet: Option<bool>,
    #[serde(default)]
    pub hearing_loop: Option<bool>,
    #[serde(default)]
    pub notes: Option<LocalText>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Phone {
    pub number: String,
    #[serde(default)]
    pub description: Option<LocalText>,
}

/// A person or desk to contact, by role, with their own phone hours.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub role: LocalText,
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub hours: Option<Hours>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    pub name: LocalText,
    #[serde(default)]
    pub organization_id: Option<String>,
    /// Where the service takes place; `None` for services at home or by phone.
    #[serde(default)]
    pub location_id: Option<String>,
    /// True for services for the whole city: found under every district filter.
    #[serde(default)]
    pub citywide: bool,
    /// Districts the service covers besides its location's (HSDS service area), e.g. a
    /// visiting service for three districts.
    #[serde(default)]
    pub districts: Vec<String>,
    /// One or two plain-language sentences.
    pub summary: LocalText,
    /// The Leichte Sprache summary, used when the UI is in easy language.
    #[serde(default)]
    pub easy_summary: Option<LocalText>,
    #[serde(default)]
    pub description: Option<LocalText>,
    pub needs: Vec<String>,
    #[serde(default)]
    pub target_groups: Vec<LocalText>,
    #[serde(default)]
    pub minimum_age: Option<u8>,
    /// Languages spoken, as language codes (`de`, `ru`).
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub cost: Option<Cost>,
    #[serde(default)]
    pub access: Access,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub hours: Option<Hours>,
    #[serde(default)]
    pub rotation: Option<Rotation>,
    #[serde(default)]
    pub alerts: Vec<LocalText>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// The id of the entry to ask for details the source does not give, e.g. the senior
    /// office of a district for "12 meeting places in Innenstadt-West" whose addresses no
    /// source names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ask_at: Option<String>,
    /// The date the entry was last checked against its source (ISO date). Absent when the
    /// source carries no date: the app then says so instead of guessing.
    #[serde(default)]
    pub last_verified: Option<Day>,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cost {
    pub kind: CostKind,
    #[serde(default)]
    pub text: Option<LocalText>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CostKind {
    Free,
    Paid,
    Donation,
    Unknown,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Access {
    #[serde(default)]
    pub appointment: Appointment,
    #[serde(default)]
    pub walk_in: bool,
    #[serde(default)]
    pub home_visits: bool,
    /// People register before they come ("Anmeldung erforderlich"): not an appointment,
    /// the hours still hold.
    #[serde(default)]
    pub registration: bool,
    /// How many days ahead at the latest ("Anmeldung zwei Tage vorher"); also means that
    /// registration is needed.
    #[serde(default)]
    pub registration_days: Option<u8>,
}

impl Access {
    /// Visitors may just come: the source says walk-in, and neither an appointment nor
    /// registration ahead is required.
    pub fn welcomes_walk_ins(&self) -> bool {
        self.walk_in && self.appointment != Appointment::Required && !self.needs_registration()
    }

    /// Whether people register before they come (with or without a lead time).
    pub fn needs_registration(&self) -> bool {
        self.registration || self.registration_days.is_some()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Appointment {
    #[default]
    None,
    Recommended,
    Required,
}

/// Opening or consultation hours: the OSM expression and the words the source used.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Hours {
    /// OpenStreetMap `opening_hours` expression; absent when the source gives only words.
    #[serde(default)]
    pub osm: Option<String>,
    /// The source's own words, shown whenever the state is unknown.
    pub text: LocalText,
}

/// Hosts that take turns at a recurring slot, e.g. four associations on Wednesdays.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rotation {
    /// The hosts in the order in which they take turns.
    pub hosts: Vec<RotationHost>,
    /// The first date of the cycle (ISO date), held by the first host. Without it the app
    /// names the hosts but never claims who is there on which date.
    #[serde(default)]
    pub anchor: Option<Day>,
    /// Weeks between two slots (1 = every week).
    #[serde(default = "one")]
    pub interval_weeks: u32,
}

fn one() -> u32 {
    1
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RotationHost {
    pub name: String,
    #[serde(default)]
    pub contact: Option<Contact>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub name: String,
    #[serde(default)]
    pub url: Option<String>,
    /// The date of the source text (ISO date), when it has one.
    #[serde(default)]
    pub date: Option<Day>,
    /// What the data keeper noted while taking the entry from the source.
    #[serde(default)]
    pub note: Option<String>,
    /// The source's own words behind the entry, so anyone can check the claim against it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// The source's words behind each field (`{"hours": "Montag – Freitag …"}`), checked by
    /// `check --strict` on the raw file. The tools carry them through the spreadsheet; the
    /// app (wasm) skips them while reading.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(target_arch = "wasm32", serde(skip))]
    pub claims: Option<serde_json::Value>,
}

/// A dated event, e.g. a workshop with limited places and registration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub name: LocalText,
    pub summary: LocalText,
    #[serde(default)]
    pub organization_id: Option<String>,
    #[serde(default)]
    pub location_id: Option<String>,
    #[serde(default)]
    pub needs: Vec<String>,
    /// Start and end as local date-times (`2026-07-24T13:00`).
    pub dates: Vec<EventDate>,
    #[serde(default)]
    pub places: Option<u32>,
    #[serde(default)]
    pub registration: Option<Contact>,
    #[serde(default)]
    pub cost: Option<Cost>,
    #[serde(default)]
    pub last_verified: Option<Day>,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    /// `2026-07-24T13:00`, or a day alone (`2025-11-20`) when the source gives no time.
    pub start: Dated<EventStart>,
    #[serde(default)]
    pub end: Option<Dated<EventStart>>,
}

impl EventDate {
    pub fn start(&self) -> Option<EventStart> {
        self.start.get()
    }

    pub fn end(&self) -> Option<EventStart> {
        self.end.as_ref().and_then(Dated::get)
    }

    /// Over at `now`: its end has passed where the source gives one, else its start (a
    /// running event is not over). An unreadable date is never called over.
    pub fn is_over(&self, now: chrono::NaiveDateTime) -> bool {
        self.end()
            .or_else(|| self.start())
            .is_some_and(|end| end.is_past(now))
    }
}

impl Event {
    /// Every date is over: the event has taken place (an event without a readable date is
    /// not called past).
    pub fn has_taken_place(&self, now: chrono::NaiveDateTime) -> bool {
        let readable: Vec<&EventDate> = self.dates.iter().filter(|d| d.start().is_some()).collect();
        !readable.is_empty() && readable.iter().all(|d| d.is_over(now))
    }
}

impl Dataset {
    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id == id)
    }
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.organizations.iter().find(|o| o.id == id)
    }
    pub fn location(&self, id: &str) -> Option<&Location> {
        self.locations.iter().find(|l| l.id == id)
    }
    pub fn need(&self, id: &str) -> Option<&Need> {
        self.needs.iter().find(|n| n.id == id)
    }
    pub fn district(&self, id: &str) -> Option<&District> {
        self.districts.iter().find(|d| d.id == id)
    }
}

/// The lists of entries a dataset has, in the file's order.
pub const LISTS: [&str; 6] = [
    "needs",
    "districts",
    "organizations",
    "locations",
    "services",
    "events",
];

impl Dataset {
    /// The dataset as tidy, pretty JSON: fields at their default (null, empty lists,
    /// `false`, `"appointment": "none"`) are left out, as a person would write the file.
    pub fn to_pretty_json(&self) -> String {
        serde_json::to_string_pretty(&tidy_value(self)).unwrap_or_default() + "\n"
    }
}

/// A part of the dataset (the whole, or one entry) as JSON the way a person writes it:
/// fields at their default (null, empty lists, `false`, `"appointment": "none"`) left out.
pub fn tidy_value<T: Serialize>(part: &T) -> serde_json::Value {
    fn prune(value: &mut serde_json::Value) -> bool {
        use serde_json::Value;
        match value {
            Value::Null | Value::Bool(false) => false,
            Value::Array(items) => {
                items.iter_mut().for_each(|item| {
                    prune(item);
                });
                !items.is_empty()
            }
            Value::Object(map) => {
                map.retain(|key, v| prune(v) && !(key == "appointment" && v == "none"));
                !map.is_empty()
            }
            _ => true,
        }
    }
    let mut value = serde_json::to_value(part).unwrap_or_default();
    prune(&mut value);
    value
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::at;
    use chrono::NaiveDate;

    #[test]
    fn event_dates_with_and_without_a_time_and_when_they_are_past() {
        let day = EventStart::parse("2025-11-20").unwrap();
        assert_eq!(
            day,
            EventStart::Day(NaiveDate::from_ymd_opt(2025, 11, 20).unwrap())
        );
        assert!(
            !day.is_past(at("2025-11-20 23:00")),
            "a day alone lasts the whole day"
        );
        assert!(day.is_past(at("2025-11-21 00:00")));
        let timed = EventStart::parse("2023-07-24T13:00").unwrap();
        assert!(timed.is_past(at("2023-07-24 13:01")));
        assert!(!timed.is_past(at("2023-07-24 12:59")));
        assert_eq!(EventStart::parse("24. Juli"), None);
    }

    #[test]
    fn the_workshop_of_2023_has_taken_place() {
        let ds = crate::domain::load::load_dataset(include_str!(
            "../../../../public/data/services.json"
        ))
        .unwrap()
        .dataset;
        let workshop = ds.event("werkstatt-zukunft-des-ehrenamts").unwrap();
        assert!(workshop
            .dates
            .iter()
            .all(|d| d.start().unwrap().date().format("%Y").to_string() == "2023"));
        // While its last date runs (16 August, 18:00–19:00) it has not taken place yet.
        assert!(!workshop.has_taken_place(at("2023-08-16 18:30")));
        assert!(workshop.has_taken_place(at("2026-11-22 10:00")));
        assert!(!workshop.has_taken_place(at("2023-07-24 09:00")));
        let meeting = ds.event("sozialausschuss-seniorenbuero-2025").unwrap();
        assert!(meeting.has_taken_place(at("2026-11-22 10:00")));
    }
}

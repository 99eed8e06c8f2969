//! The work list: the entries grouped by what they need, each group with its count, worst
//! first. Errors and warnings are the validator's findings; the rest is read from the
//! entries themselves.

use crate::validate::{Finding, Severity};
use chrono::{Months, NaiveDate};
use serde_json::Value;
use std::collections::BTreeSet;

/// The lists of a dataset that hold entries, in the file's order.
pub const KINDS: [&str; 6] = [
    "needs",
    "districts",
    "organizations",
    "locations",
    "services",
    "events",
];

/// One entry of the file: `meta`, or the `index`th item of a list (`services[3]`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntryRef {
    pub kind: String,
    pub index: Option<usize>,
}

impl EntryRef {
    pub fn item(kind: &str, index: usize) -> Self {
        EntryRef {
            kind: kind.into(),
            index: Some(index),
        }
    }

    /// The entry a finding's path is about: `services[3].hours.osm` is `services[3]`,
    /// `meta.help` is `meta`, `$` (the whole file) is `$`.
    pub fn of_path(path: &str) -> Self {
        let head = path.split(['.', ' ']).next().unwrap_or(path);
        match head.split_once('[') {
            Some((kind, rest)) => EntryRef {
                kind: kind.into(),
                index: rest.trim_end_matches(']').parse().ok(),
            },
            None => EntryRef {
                kind: head.into(),
                index: None,
            },
        }
    }

    /// Its JSON pointer (`/services/3`).
    pub fn pointer(&self) -> String {
        match self.index {
            Some(index) => format!("/{}/{index}", self.kind),
            None if self.kind == "$" => String::new(),
            None => format!("/{}", self.kind),
        }
    }

    /// Its name in findings (`services[3]`).
    pub fn key(&self) -> String {
        match self.index {
            Some(index) => format!("{}[{index}]", self.kind),
            None => self.kind.clone(),
        }
    }

    pub fn get<'a>(&self, document: &'a Value) -> Option<&'a Value> {
        document.pointer(&self.pointer())
    }
}

/// What a group of entries needs.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Concern {
    Errors,
    Warnings,
    /// `last_verified` is over 12 months ago, or missing.
    NotVerified,
    NoHours,
    NoContact,
    /// Neither `source.quote` nor `source.claims`.
    NoQuote,
    /// A text of the entry lacks this language (one of the dataset's languages).
    MissingTranslation(String),
    /// A service without `easy_summary` (Leichte Sprache).
    NoEasySummary,
}

/// The entries with one concern, in the file's order; `first` is the path of the first
/// finding of each (for errors and warnings), where its form opens.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub concern: Concern,
    pub entries: Vec<(EntryRef, Option<String>)>,
}

pub type WorkList = Vec<Group>;

/// The work list of `document` with its `findings` as of `today`: every group that has an
/// entry, errors first.
pub fn work_list(document: &Value, findings: &[Finding], today: NaiveDate) -> WorkList {
    let mut groups: Vec<Group> = Vec::new();
    for (severity, concern) in [
        (Severity::Error, Concern::Errors),
        (Severity::Warning, Concern::Warnings),
    ] {
        let mut entries: Vec<(EntryRef, Option<String>)> = Vec::new();
        for finding in findings.iter().filter(|f| f.severity == severity) {
            let entry = EntryRef::of_path(&finding.path);
            if !entries.iter().any(|(e, _)| *e == entry) {
                entries.push((entry, Some(finding.path.clone())));
            }
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        groups.push(Group { concern, entries });
    }
    let year_ago = today.checked_sub_months(Months::new(12)).unwrap_or(today);
    let base = document
        .pointer("/meta/language")
        .and_then(Value::as_str)
        .unwrap_or("de");
    let services = entries_of(document, "services");
    let events = entries_of(document, "events");
    let dated: Vec<_> = services.iter().chain(&events).cloned().collect();
    let not_verified = |entry: &Value| {
        entry
            .get("last_verified")
            .and_then(Value::as_str)
            .and_then(|day| NaiveDate::parse_from_str(day, "%Y-%m-%d").ok())
            .is_none_or(|day| day < year_ago)
    };
    groups.push(group(Concern::NotVerified, &dated, not_verified));
    groups.push(group(Concern::NoHours, &services, |s| {
        s.get("hours").is_none_or(Value::is_null)
    }));
    groups.push(group(Concern::NoContact, &services, |s| !has_contact(s)));
    groups.push(group(Concern::NoQuote, &dated, |s| {
        let source = s.get("source");
        let quote = source.and_then(|s| s.get("quote")).and_then(Value::as_str);
        let claims = source
            .and_then(|s| s.get("claims"))
            .and_then(Value::as_object);
        quote.is_none_or(str::is_empty) && claims.is_none_or(|c| c.is_empty())
    }));
    for lang in languages(document, base) {
        groups.push(group(
            Concern::MissingTranslation(lang.clone()),
            &services,
            |s| {
                ["name", "summary", "easy_summary", "description"]
                    .iter()
                    .filter_map(|field| s.get(*field))
                    .any(|text| !has_language(text, &lang))
            },
        ));
    }
    groups.push(group(Concern::NoEasySummary, &services, |s| {
        s.get("easy_summary").is_none_or(Value::is_null)
    }));
    groups.retain(|g| !g.entries.is_empty());
    groups
}

/// The items of one list with their references.
fn entries_of<'a>(document: &'a Value, kind: &str) -> Vec<(EntryRef, &'a Value)> {
    document
        .get(kind)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .map(|(i, entry)| (EntryRef::item(kind, i), entry))
        .collect()
}

fn group(
    concern: Concern,
    entries: &[(EntryRef, &Value)],
    wanted: impl Fn(&Value) -> bool,
) -> Group {
    Group {
        concern,
        entries: entries
            .iter()
            .filter(|(_, entry)| entry.is_object() && wanted(entry))
            .map(|(entry, _)| (entry.clone(), None))
            .collect(),
    }
}

/// A phone number or an e-mail address to reach the service by.
fn has_contact(service: &Value) -> bool {
    let filled = |v: &Value, key: &str| {
        v.get(key)
            .and_then(Value::as_str)
            .is_some_and(|s| !s.trim().is_empty())
    };
    filled(service, "email")
        || service
            .get("contacts")
            .and_then(Value::as_array)
            .is_some_and(|contacts| {
                contacts
                    .iter()
                    .any(|c| filled(c, "phone") || filled(c, "email"))
            })
}

/// Whether a text (a string in the dataset's language, or a map of language to string)
/// has `lang`.
fn has_language(text: &Value, lang: &str) -> bool {
    match text {
        Value::Object(map) => map
            .get(lang)
            .and_then(Value::as_str)
            .is_some_and(|s| !s.is_empty()),
        _ => false,
    }
}

/// The languages the dataset's services are translated into, besides its own.
fn languages(document: &Value, base: &str) -> BTreeSet<String> {
    entries_of(document, "services")
        .iter()
        .flat_map(|(_, s)| ["name", "summary"].map(|field| s.get(field)))
        .flatten()
        .filter_map(Value::as_object)
        .flat_map(|map| map.keys().cloned())
        .filter(|lang| lang != base)
        .collect()
}

//! The work list: the entries grouped by what they need, each group with its count, worst
//! first. Errors and warnings are the validator's findings; the rest is read from the
//! entries themselves.

use crate::validate::{Finding, Severity};
use chrono::{Months, NaiveDate};
use serde_json::Value;
use std::collections::BTreeSet;

/// The lists of a dataset that hold entries, in the file's order.
pub use wegweiser_core::domain::dataset::LISTS as KINDS;

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
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

/// The work list of `document` with its `findings` as of `today`: a group for each
/// concern, errors first (a group may be empty: the page leaves it out).
pub fn work_list(document: &Value, findings: &[Finding], today: NaiveDate) -> WorkList {
    let context = Context::of(document, today);
    let mut groups = context.empty_groups();
    for (severity, group) in [(Severity::Error, 0), (Severity::Warning, 1)] {
        let mut seen = std::collections::HashSet::new();
        for finding in findings.iter().filter(|f| f.severity == severity) {
            let entry = EntryRef::of_path(&finding.path);
            if seen.insert(entry.clone()) {
                groups[group]
                    .entries
                    .push((entry, Some(finding.path.clone())));
            }
        }
    }
    for kind in ["services", "events"] {
        for (i, value) in document
            .get(kind)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .enumerate()
        {
            let entry = EntryRef::item(kind, i);
            for concern in context.concerns(kind, value) {
                if let Some(group) = groups.iter_mut().find(|g| g.concern == concern) {
                    group.entries.push((entry.clone(), None));
                }
            }
        }
    }
    groups
}

/// The work list after one service or event (`entry`, whose `old` value was replaced, its
/// place kept) changed: the entry's place in each group worked out again, the rest as it
/// was. False (and the list untouched) where its languages changed (the dataset's
/// languages, and with them the groups, may have): the whole list is built then.
pub fn update_work_list(
    list: &mut WorkList,
    document: &Value,
    findings: &[Finding],
    entry: &EntryRef,
    old: &Value,
    today: NaiveDate,
) -> bool {
    let Some(new) = entry.get(document) else {
        return false;
    };
    let used = |value: &Value| -> BTreeSet<String> {
        ["name", "summary"]
            .iter()
            .filter_map(|field| value.get(*field)?.as_object())
            .flat_map(|map| map.keys().cloned())
            .collect()
    };
    if used(old) != used(new) || !matches!(entry.kind.as_str(), "services" | "events") {
        return false;
    }
    // The entry's languages are as before, so the dataset's are those the list has groups for.
    let context = Context {
        languages: list
            .iter()
            .filter_map(|g| match &g.concern {
                Concern::MissingTranslation(lang) => Some(lang.clone()),
                _ => None,
            })
            .collect(),
        year_ago: today.checked_sub_months(Months::new(12)).unwrap_or(today),
    };
    let concerns = context.concerns(&entry.kind, new);
    let first = |severity| {
        findings
            .iter()
            .find(|f| f.severity == severity && EntryRef::of_path(&f.path) == *entry)
            .map(|f| f.path.clone())
    };
    for group in list.iter_mut() {
        group.entries.retain(|(e, _)| e != entry);
        let place = match &group.concern {
            Concern::Errors => first(Severity::Error).map(Some),
            Concern::Warnings => first(Severity::Warning).map(Some),
            concern => concerns.contains(concern).then_some(None),
        };
        if let Some(path) = place {
            let at = group
                .entries
                .partition_point(|(e, _)| order(e) < order(entry));
            group.entries.insert(at, (entry.clone(), path));
        }
    }
    true
}

/// Where an entry stands in the file: meta first, then the lists in their order.
fn order(entry: &EntryRef) -> (usize, usize) {
    let kind = KINDS
        .iter()
        .position(|k| *k == entry.kind)
        .map_or(0, |k| k + 1);
    (kind, entry.index.unwrap_or(0))
}

/// What the concerns of an entry depend on beyond the entry: the dataset's languages, a
/// year ago.
struct Context {
    languages: BTreeSet<String>,
    year_ago: NaiveDate,
}

impl Context {
    fn of(document: &Value, today: NaiveDate) -> Context {
        Context {
            languages: languages(document, super::base_language(document)),
            year_ago: today.checked_sub_months(Months::new(12)).unwrap_or(today),
        }
    }

    /// A group for every concern, in the list's order.
    fn empty_groups(&self) -> WorkList {
        [
            Concern::Errors,
            Concern::Warnings,
            Concern::NotVerified,
            Concern::NoHours,
            Concern::NoContact,
            Concern::NoQuote,
        ]
        .into_iter()
        .chain(
            self.languages
                .iter()
                .map(|l| Concern::MissingTranslation(l.clone())),
        )
        .chain([Concern::NoEasySummary])
        .map(|concern| Group {
            concern,
            entries: Vec::new(),
        })
        .collect()
    }

    /// The concerns of a service or event (`kind`) read from the entry itself.
    fn concerns(&self, kind: &str, entry: &Value) -> Vec<Concern> {
        let mut found = Vec::new();
        if !entry.is_object() {
            return found;
        }
        let verified = entry
            .get("last_verified")
            .and_then(Value::as_str)
            .and_then(|day| NaiveDate::parse_from_str(day, "%Y-%m-%d").ok());
        if verified.is_none_or(|day| day < self.year_ago) {
            found.push(Concern::NotVerified);
        }
        let service = kind == "services";
        if service && entry.get("hours").is_none_or(Value::is_null) {
            found.push(Concern::NoHours);
        }
        if service && !has_contact(entry) {
            found.push(Concern::NoContact);
        }
        let source = entry.get("source");
        let quote = source.and_then(|s| s.get("quote")).and_then(Value::as_str);
        let claims = source
            .and_then(|s| s.get("claims"))
            .and_then(Value::as_object);
        if quote.is_none_or(str::is_empty) && claims.is_none_or(|c| c.is_empty()) {
            found.push(Concern::NoQuote);
        }
        if service {
            for lang in &self.languages {
                let missing = ["name", "summary", "easy_summary", "description"]
                    .iter()
                    .filter_map(|field| entry.get(*field))
                    .any(|text| !has_language(text, lang));
                if missing {
                    found.push(Concern::MissingTranslation(lang.clone()));
                }
            }
            if entry.get("easy_summary").is_none_or(Value::is_null) {
                found.push(Concern::NoEasySummary);
            }
        }
        found
    }
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

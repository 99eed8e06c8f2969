//! Checks a dataset the way a careful data keeper would: every problem with its JSON path.
//! Errors make the file unfit to publish; warnings (an entry not verified for a year) are
//! things to look at.

use chrono::{Months, NaiveDate};
use std::collections::{HashMap, HashSet};
use wegweiser_core::domain::contact::{is_email, phone_href, safe_web_href};
use wegweiser_core::domain::dataset::{Contact, Dataset, Hours};
use wegweiser_core::domain::dated::Day;
use wegweiser_core::domain::hours::{self, Calendar};
use wegweiser_core::domain::icons::NEED_ICONS;
use wegweiser_core::domain::load::load_dataset;
use wegweiser_core::domain::lookup::Lookup;
use wegweiser_core::domain::search::vocabulary::MAX_PHRASE_WORDS;
use wegweiser_core::domain::text::LocalText;

/// Without the published address, a kiosk on a local address offers no take-away code
/// (a phone cannot open the kiosk's own address), and shared links are the kiosk's.
pub const NO_PUBLIC_URL: &str = "no public_url: a kiosk on a local address (127.0.0.1, a private network) cannot offer its \"Zum Mitnehmen\" code; give the address where the app is published (https://…)";

mod sourcing;
pub use sourcing::{check_sourcing, is_claim, SourceTexts};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
    /// Information that needs no change, e.g. a deliberate public fact in `--strict`.
    Note,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub severity: Severity,
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        };
        write!(f, "{label}: {}: {}", self.path, self.message)
    }
}

struct Checker<'a> {
    findings: Vec<Finding>,
    lang: &'a str,
    region: &'a str,
    today: NaiveDate,
    calendar: Option<Calendar>,
}

impl Checker<'_> {
    fn error(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.findings.push(Finding {
            severity: Severity::Error,
            path: path.into(),
            message: message.into(),
        });
    }
    fn warning(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.findings.push(Finding {
            severity: Severity::Warning,
            path: path.into(),
            message: message.into(),
        });
    }

    fn note(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.findings.push(Finding {
            severity: Severity::Note,
            path: path.into(),
            message: message.into(),
        });
    }

    fn text(&mut self, path: &str, text: &LocalText) {
        if !text.has_base(self.lang) {
            self.error(path, format!("text has no \"{}\" version", self.lang));
        }
    }

    fn date(&mut self, path: &str, value: &Day) -> Option<NaiveDate> {
        if value.get().is_none() {
            self.error(path, format!("\"{value}\" is not a date (YYYY-MM-DD)"));
        }
        value.get()
    }

    fn phone(&mut self, path: &str, phone: &str) {
        if phone_href(phone, self.region).is_none() {
            self.error(
                path,
                format!("\"{phone}\" is not a phone number that can be dialled (area code needed)"),
            );
        }
    }

    fn email(&mut self, path: &str, email: &str) {
        if !is_email(email) {
            self.error(path, format!("\"{email}\" is not an e-mail address"));
        }
    }

    fn url(&mut self, path: &str, url: &str) {
        if safe_web_href(url).is_none() {
            self.error(path, format!("\"{url}\" is not an https link (only https, tel and mailto are shown as links)"));
        }
    }

    fn contact(&mut self, path: &str, contact: &Contact) {
        self.text(&format!("{path}.role"), &contact.role);
        if let Some(phone) = &contact.phone {
            self.phone(&format!("{path}.phone"), phone);
        }
        if let Some(email) = &contact.email {
            self.email(&format!("{path}.email"), email);
        }
        if let Some(hours) = &contact.hours {
            self.hours(&format!("{path}.hours"), hours);
        }
    }

    fn hours(&mut self, path: &str, hours: &Hours) {
        self.text(&format!("{path}.text"), &hours.text);
        if hours
            .osm
            .as_deref()
            .is_some_and(|expression| !hours::speaks_of_holidays(expression))
        {
            self.warning(
                format!("{path}.osm"),
                "no PH rule: the source says nothing about public holidays, so the app shows \"Feiertag: bitte vorher anrufen\" on them (add `PH off` or `PH …` only where a source says so)",
            );
        }
        let (Some(expression), Some(calendar)) = (&hours.osm, &self.calendar) else {
            return;
        };
        match hours::parse_hours(expression, calendar) {
            Err(error) => self.error(format!("{path}.osm"), error.detail),
            Ok(parsed) => {
                // A comment-only rule reads as "open around the clock" in the crate: find it
                // on any day of the next two weeks, whatever day the checker runs on.
                let comment_only = (0..14)
                    .map(|d| self.today + chrono::Duration::days(d))
                    .find_map(|day| {
                        hours::slots_on(&parsed, day)
                            .into_iter()
                            .filter(|slot| slot.kind == hours::SlotKind::Note)
                            .filter_map(|slot| slot.comment)
                            .find(|comment| parsed.is_comment_rule_comment(comment))
                    });
                if let Some(comment) = comment_only {
                    self.error(
                        format!("{path}.osm"),
                        format!("comment-only rule reads as open around the clock: write unknown \"{comment}\""),
                    );
                }
            }
        }
    }

    /// Every id in `values` must be one of `known` (a need, a district).
    fn references(&mut self, path: &str, values: &[String], known: &Lookup, kind: &str) {
        for (n, value) in values.iter().enumerate() {
            if !known.contains(value.as_str()) {
                self.error(
                    format!("{path}[{n}]"),
                    format!("unknown {kind} \"{value}\""),
                );
            }
        }
    }

    fn verified(&mut self, path: &str, last_verified: &Option<Day>) {
        match last_verified {
            None => self.warning(
                path,
                "no last_verified date: the app says the date is unknown",
            ),
            Some(value) => {
                if let Some(date) = self.date(path, value) {
                    if date > self.today {
                        self.error(path, format!("{value} is in the future"));
                    } else if date
                        .checked_add_months(Months::new(12))
                        .is_some_and(|d| d < self.today)
                    {
                        self.warning(
                            path,
                            format!("last verified on {value}, over 12 months ago"),
                        );
                    }
                }
            }
        }
    }
}

/// Each id that an earlier entry already has, with its place.
fn duplicates<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<(usize, &'a str)> {
    let ids: Vec<&str> = ids.collect();
    let first = Lookup::new(ids.iter().copied().zip(0..).collect(), |first, _| first);
    ids.into_iter()
        .enumerate()
        .filter(|(at, id)| first.get(id) != Some(*at))
        .collect()
}

/// Walk-in and registration ahead cannot both hold: the app shows registration, and no
/// walk-in (`Access::welcomes_walk_ins`).
pub const WALK_IN_AND_REGISTRATION: &str =
    "walk_in and registration ahead: people who must register first cannot just come (the app says registration)";

/// Checks the dataset file `text` as of `today`.
pub fn check_dataset(text: &str, today: NaiveDate) -> Vec<Finding> {
    let loaded = match load_dataset(text) {
        Ok(loaded) => loaded,
        Err(error) => {
            return vec![Finding {
                severity: Severity::Error,
                path: "$".into(),
                message: error.to_string(),
            }];
        }
    };
    let ds: &Dataset = &loaded.dataset;
    let calendar = Calendar::new(&ds.meta.region, &ds.meta.time_zone);
    let mut c = Checker {
        findings: Vec::new(),
        lang: &ds.meta.language,
        region: &ds.meta.region,
        today,
        calendar: calendar.clone().ok(),
    };
    for problem in &loaded.skipped {
        c.error(
            problem.path.clone(),
            format!("entry cannot be read and is left out: {}", problem.detail),
        );
    }
    for problem in &loaded.repaired {
        c.error(problem.path.clone(), problem.detail.clone());
    }
    // Read from other fields, as the app reads them: said so, as a note.
    for derived in &loaded.derived {
        let location = &loaded.dataset.locations[derived.location];
        c.note(
            format!("locations[{}].district", derived.location),
            format!(
                "\"{}\" taken from the postcode {}",
                loaded.dataset.districts[derived.district].id,
                location
                    .address
                    .postal_code
                    .as_deref()
                    .unwrap_or_default()
                    .trim()
            ),
        );
    }
    if let Err(error) = calendar {
        c.error("meta", error.to_string());
    }
    let meta = &ds.meta;
    c.text("meta.city", &meta.city);
    c.date("meta.data_date", &meta.data_date);
    if let Some(address) = &meta.correction_email {
        c.email("meta.correction_email", address);
    }
    match (&meta.help.phone, &meta.help.email) {
        (None, None) => c.error(
            "meta.help",
            "the help contact needs a phone number or an e-mail address",
        ),
        (phone, email) => {
            if let Some(phone) = phone {
                c.phone("meta.help.phone", phone);
            }
            if let Some(email) = email {
                c.email("meta.help.email", email);
            }
        }
    }
    c.text("meta.help.label", &meta.help.label);
    if let Some(url) = meta.maintainer.as_ref().and_then(|m| m.url.as_ref()) {
        c.url("meta.maintainer.url", url);
    }
    match &meta.public_url {
        Some(url) => c.url("meta.public_url", url),
        None => c.warning("meta.public_url", NO_PUBLIC_URL),
    }

    for (kind, ids) in [
        (
            "needs",
            ds.needs.iter().map(|n| n.id.as_str()).collect::<Vec<_>>(),
        ),
        (
            "districts",
            ds.districts.iter().map(|d| d.id.as_str()).collect(),
        ),
        (
            "organizations",
            ds.organizations.iter().map(|o| o.id.as_str()).collect(),
        ),
        (
            "locations",
            ds.locations.iter().map(|l| l.id.as_str()).collect(),
        ),
        (
            "services",
            ds.services.iter().map(|s| s.id.as_str()).collect(),
        ),
        ("events", ds.events.iter().map(|e| e.id.as_str()).collect()),
    ] {
        for (index, id) in duplicates(ids.into_iter()) {
            c.error(
                format!("{kind}[{index}].id"),
                format!("duplicate id \"{id}\""),
            );
        }
    }

    let need_ids = Lookup::of_ids(&ds.needs, |n| n.id.as_str());
    let district_ids = Lookup::of_ids(&ds.districts, |d| d.id.as_str());
    let org_ids = Lookup::of_ids(&ds.organizations, |o| o.id.as_str());
    let service_ids = Lookup::of_ids(&ds.services, |s| s.id.as_str());
    let location_ids = Lookup::of_ids(&ds.locations, |l| l.id.as_str());
    let locations = |id: &str| {
        location_ids
            .get(id)
            .map(|at| ds.locations[at].district.as_deref())
    };

    for (i, need) in ds.needs.iter().enumerate() {
        c.text(&format!("needs[{i}].label"), &need.label);
        for (lang, phrases) in &need.phrases {
            for (j, phrase) in phrases.iter().enumerate() {
                let path = format!("needs[{i}].phrases.{lang}[{j}]");
                let words = wegweiser_core::domain::search::fold::words(phrase).len();
                if words == 0 {
                    c.error(path, "a phrase needs at least one word");
                } else if words > MAX_PHRASE_WORDS {
                    c.error(
                        path,
                        format!("\"{phrase}\" has {words} words; a phrase has at most {MAX_PHRASE_WORDS}, or the search leaves it out"),
                    );
                }
            }
        }
        if let Some(icon) = &need.icon {
            if !NEED_ICONS.contains(&icon.as_str()) {
                c.warning(
                    format!("needs[{i}].icon"),
                    format!(
                        "\"{icon}\" is not one of the app's icons ({}): the need's words choose one, or there is none",
                        NEED_ICONS.join(", ")
                    ),
                );
            }
        }
        if let Some(parent) = &need.parent {
            if !need_ids.contains(parent.as_str()) {
                c.error(
                    format!("needs[{i}].parent"),
                    format!("unknown need \"{parent}\""),
                );
            }
            // A cycle of parents is broken by the loader and reported as repaired (above).
        }
    }
    for (i, district) in ds.districts.iter().enumerate() {
        c.text(&format!("districts[{i}].label"), &district.label);
    }
    for (i, org) in ds.organizations.iter().enumerate() {
        c.text(&format!("organizations[{i}].name"), &org.name);
        if let Some(url) = &org.url {
            c.url(&format!("organizations[{i}].url"), url);
        }
        if let Some(email) = &org.email {
            c.email(&format!("organizations[{i}].email"), email);
        }
        for (p, phone) in org.phones.iter().enumerate() {
            c.phone(
                &format!("organizations[{i}].phones[{p}].number"),
                &phone.number,
            );
        }
    }
    for (i, location) in ds.locations.iter().enumerate() {
        c.text(&format!("locations[{i}].name"), &location.name);
        if let Some(district) = &location.district {
            if !district_ids.contains(district.as_str()) {
                c.error(
                    format!("locations[{i}].district"),
                    format!("unknown district \"{district}\""),
                );
            }
        }
        for (axis, value, limit) in [
            ("latitude", location.latitude, 90.0),
            ("longitude", location.longitude, 180.0),
        ] {
            if value.is_some_and(|v| !(-limit..=limit).contains(&v)) {
                c.error(format!("locations[{i}].{axis}"), "out of range");
            }
        }
    }

    for (i, service) in ds.services.iter().enumerate() {
        let path = format!("services[{i}]");
        c.text(&format!("{path}.name"), &service.name);
        c.text(&format!("{path}.summary"), &service.summary);
        if service.needs.is_empty() {
            c.error(
                format!("{path}.needs"),
                "a service needs at least one need, or nobody finds it by need",
            );
        }
        c.references(&format!("{path}.needs"), &service.needs, &need_ids, "need");
        if let Some(org) = &service.organization_id {
            if !org_ids.contains(org.as_str()) {
                c.error(
                    format!("{path}.organization_id"),
                    format!("unknown organization \"{org}\""),
                );
            }
        }
        c.references(
            &format!("{path}.districts"),
            &service.districts,
            &district_ids,
            "district",
        );
        let has_area = service.citywide || !service.districts.is_empty();
        match &service.location_id {
            Some(location) => match locations(location.as_str()) {
                None => c.error(format!("{path}.location_id"), format!("unknown location \"{location}\"")),
                Some(None) if !has_area => c.warning(
                    format!("{path}.location_id"),
                    "the location has no district and the service has no area: no district filter finds it",
                ),
                Some(_) => {}
            },
            None if !has_area => c.warning(
                path.clone(),
                "no location, no districts and not citywide: no district filter finds it",
            ),
            None => {}
        }
        let access = &service.access;
        if access.walk_in && access.needs_registration() {
            c.warning(format!("{path}.access.walk_in"), WALK_IN_AND_REGISTRATION);
        }
        if let Some(days) = access.registration_days.filter(|days| *days > 90) {
            c.warning(
                format!("{path}.access.registration_days"),
                format!("registration {days} days ahead: over 90, a typing error?"),
            );
        }
        for (n, contact) in service.contacts.iter().enumerate() {
            c.contact(&format!("{path}.contacts[{n}]"), contact);
        }
        if let Some(hours) = &service.hours {
            c.hours(&format!("{path}.hours"), hours);
        }
        if let Some(rotation) = &service.rotation {
            if let Err(error) = hours::rotation_validate(rotation) {
                c.error(format!("{path}.rotation"), error.to_string());
            }
            let anchor = rotation.anchor.as_ref().and_then(Day::get);
            let expression = service.hours.as_ref().and_then(|h| h.osm.as_deref());
            if let (Some(anchor), Some(expression), Some(calendar)) =
                (anchor, expression, &c.calendar)
            {
                if let Ok(parsed) = hours::parse_hours(expression, calendar) {
                    if hours::slots_on(&parsed, anchor).is_empty()
                        && calendar.holiday_on(anchor).is_none()
                    {
                        c.warning(
                            format!("{path}.rotation.anchor"),
                            "the anchor is not a day with hours: no date will name a host",
                        );
                    }
                }
            }
        }
        if let Some(target) = &service.ask_at {
            if target == &service.id || !service_ids.contains(target.as_str()) {
                c.error(
                    format!("{path}.ask_at"),
                    format!("\"{target}\" is not another service of this file"),
                );
            }
        }
        if let Some(url) = &service.url {
            c.url(&format!("{path}.url"), url);
        }
        if let Some(email) = &service.email {
            c.email(&format!("{path}.email"), email);
        }
        if let Some(url) = &service.source.url {
            c.url(&format!("{path}.source.url"), url);
        }
        c.verified(&format!("{path}.last_verified"), &service.last_verified);
    }

    for (i, event) in ds.events.iter().enumerate() {
        let path = format!("events[{i}]");
        c.text(&format!("{path}.name"), &event.name);
        c.references(&format!("{path}.needs"), &event.needs, &need_ids, "need");
        if let Some(location) = &event.location_id {
            if !location_ids.contains(location.as_str()) {
                c.error(
                    format!("{path}.location_id"),
                    format!("unknown location \"{location}\""),
                );
            }
        }
        if event.dates.is_empty() {
            c.error(format!("{path}.dates"), "an event needs at least one date");
        }
        for (n, date) in event.dates.iter().enumerate() {
            for (field, value) in [("start", Some(&date.start)), ("end", date.end.as_ref())] {
                if let Some(value) = value {
                    if value.get().is_none() {
                        c.error(
                            format!("{path}.dates[{n}].{field}"),
                            format!("\"{value}\" is not a local date-time (YYYY-MM-DDTHH:MM) or a day (YYYY-MM-DD)"),
                        );
                    }
                }
            }
        }
        if let Some(registration) = &event.registration {
            c.contact(&format!("{path}.registration"), registration);
        }
        c.verified(&format!("{path}.last_verified"), &event.last_verified);
    }
    // The checks above count the entries the loader kept; a finding names the entry's place
    // in the file, where the keeper finds it (the loader's own paths already do).
    let places = FilePlaces::of(&loaded);
    for finding in &mut c.findings[loaded.skipped.len()..] {
        finding.path = places.in_file(&finding.path);
    }
    sort_in_file_order(&mut c.findings);
    c.findings
}

/// Where each entry the loader kept stands in the file, per list: the loader leaves out
/// entries it cannot read, so the kept entry `services[2]` may be the file's `services[3]`.
struct FilePlaces(HashMap<String, Vec<usize>>);

impl FilePlaces {
    fn of(loaded: &wegweiser_core::domain::load::Loaded) -> FilePlaces {
        let mut left_out: HashMap<String, HashSet<usize>> = HashMap::new();
        for problem in &loaded.skipped {
            if let Some((kind, Some(index))) = list_item(&problem.path) {
                left_out.entry(kind.to_string()).or_default().insert(index);
            }
        }
        let ds = &loaded.dataset;
        let kept = [
            ("needs", ds.needs.len()),
            ("districts", ds.districts.len()),
            ("organizations", ds.organizations.len()),
            ("locations", ds.locations.len()),
            ("services", ds.services.len()),
            ("events", ds.events.len()),
        ];
        let places = kept
            .into_iter()
            .filter_map(|(kind, count)| {
                let gone = left_out.get(kind)?;
                let places = (0..).filter(|i| !gone.contains(i)).take(count).collect();
                Some((kind.to_string(), places))
            })
            .collect();
        FilePlaces(places)
    }

    /// `path` with its kept entry's index replaced by its place in the file.
    fn in_file(&self, path: &str) -> String {
        match list_item(path) {
            Some((kind, Some(index))) => match self.0.get(kind).and_then(|p| p.get(index)) {
                Some(place) => {
                    let rest = &path[path.find(']').map_or(path.len(), |end| end + 1)..];
                    format!("{kind}[{place}]{rest}")
                }
                None => path.to_string(),
            },
            _ => path.to_string(),
        }
    }
}

/// The list and index a path starts with (`services[3].hours` is `services`, 3).
fn list_item(path: &str) -> Option<(&str, Option<usize>)> {
    let head = path.split(['.', ' ']).next()?;
    let (kind, rest) = head.split_once('[')?;
    Some((kind, rest.strip_suffix(']').and_then(|i| i.parse().ok())))
}

/// The file's order: errors first, then warnings, then notes, and within each the entries
/// as they stand in the file (the whole file, meta, needs, districts, organisations,
/// locations, services, events), each entry's findings in the order they were found. The
/// command-line `check` and the workspace both list findings so.
pub fn sort_in_file_order(findings: &mut [Finding]) {
    findings.sort_by_cached_key(file_order);
}

/// A finding's place in the file's order (see [`sort_in_file_order`]).
pub fn file_order(f: &Finding) -> (Severity, usize, usize) {
    use wegweiser_core::domain::dataset::LISTS;
    // The whole file ("$"), then meta, then the lists.
    let head = f.path.split(['.', ' ', '[']).next().unwrap_or("");
    let kind = match head {
        "$" => 0,
        "meta" => 1,
        list => LISTS
            .iter()
            .position(|k| *k == list)
            .map_or(LISTS.len() + 2, |k| k + 2),
    };
    let index = list_item(&f.path).and_then(|(_, i)| i).unwrap_or(0);
    (f.severity, kind, index)
}

#[cfg(test)]
mod tests;

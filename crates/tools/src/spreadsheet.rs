//! One row per service, so volunteers can keep the services in a spreadsheet. The rest of
//! the dataset (meta, needs, districts, organizations, locations, events) stays in JSON:
//! `import` puts the rows back into that file.
//!
//! Texts in the dataset language have a plain column (`name`); translations have one
//! column per language (`name@en`). Lists are joined with " | ". Contacts and rotations are
//! structured, so they are JSON cells.

use crate::csv;
use crate::normalize::normalize_hours;
use std::collections::BTreeSet;
use wegweiser_core::domain::dataset::{
    Access, Appointment, Cost, CostKind, Dataset, Hours, Service, Source,
};
use wegweiser_core::domain::dated::Day;
use wegweiser_core::domain::hours::Calendar;
use wegweiser_core::domain::text::LocalText;

const LIST_SEPARATOR: &str = " | ";

/// Text columns that may carry translations.
const TEXT_COLUMNS: [&str; 6] = [
    "name",
    "summary",
    "easy_summary",
    "description",
    "hours_text",
    "cost_text",
];
const LIST_TEXT_COLUMNS: [&str; 2] = ["target_groups", "alerts"];

const PLAIN_COLUMNS: [&str; 25] = [
    "id",
    "name",
    "summary",
    "easy_summary",
    "description",
    "needs",
    "organization_id",
    "location_id",
    "citywide",
    "districts",
    "target_groups",
    "minimum_age",
    "languages",
    "cost_kind",
    "cost_text",
    "appointment",
    "walk_in",
    "home_visits",
    "hours_osm",
    "hours_text",
    "alerts",
    "url",
    "email",
    "last_verified",
    "source_name",
];
const TAIL_COLUMNS: [&str; 8] = [
    "source_url",
    "source_date",
    "source_note",
    "source_quote",
    "source_claims",
    "contacts",
    "rotation",
    "ask_at",
];

fn texts(service: &Service) -> Vec<(&'static str, Option<&LocalText>)> {
    vec![
        ("name", Some(&service.name)),
        ("summary", Some(&service.summary)),
        ("easy_summary", service.easy_summary.as_ref()),
        ("description", service.description.as_ref()),
        ("hours_text", service.hours.as_ref().map(|h| &h.text)),
        (
            "cost_text",
            service.cost.as_ref().and_then(|c| c.text.as_ref()),
        ),
    ]
}

fn translations(dataset: &Dataset) -> Vec<String> {
    let base = dataset.meta.language.as_str();
    let mut langs = BTreeSet::new();
    for service in &dataset.services {
        let lists = service.target_groups.iter().chain(&service.alerts);
        for text in texts(service).into_iter().flat_map(|(_, t)| t).chain(lists) {
            for (lang, _) in text.all() {
                if !lang.is_empty() && lang != base {
                    langs.insert(lang.to_string());
                }
            }
        }
    }
    langs.into_iter().collect()
}

fn yes_no(value: bool) -> String {
    if value { "ja" } else { "nein" }.to_string()
}

fn parse_bool(value: &str) -> Result<bool, String> {
    match value.trim().to_lowercase().as_str() {
        "ja" | "yes" | "x" | "1" | "true" | "wahr" => Ok(true),
        "nein" | "no" | "" | "0" | "false" | "falsch" => Ok(false),
        other => Err(format!("\"{other}\" is not ja or nein")),
    }
}

fn text_in(text: Option<&LocalText>, lang: &str, base: &str) -> String {
    text.map(|t| {
        if lang == base {
            t.get(base).to_string()
        } else {
            t.all()
                .find(|(l, _)| *l == lang)
                .map(|(_, v)| v.to_string())
                .unwrap_or_default()
        }
    })
    .unwrap_or_default()
}

/// The services as CSV.
pub fn export_services(dataset: &Dataset, delimiter: char) -> String {
    let base = dataset.meta.language.as_str();
    let langs = translations(dataset);
    let mut header: Vec<String> = PLAIN_COLUMNS
        .iter()
        .chain(&TAIL_COLUMNS)
        .map(|c| c.to_string())
        .collect();
    for lang in &langs {
        for column in TEXT_COLUMNS.iter().chain(&LIST_TEXT_COLUMNS) {
            header.push(format!("{column}@{lang}"));
        }
    }
    let mut rows = vec![header];
    for s in &dataset.services {
        let list = |items: &[LocalText], lang: &str| {
            items
                .iter()
                .map(|t| text_in(Some(t), lang, base))
                .collect::<Vec<_>>()
                .join(LIST_SEPARATOR)
        };
        let text_of = |column: &str, lang: &str| {
            texts(s)
                .into_iter()
                .find(|(c, _)| *c == column)
                .map(|(_, t)| text_in(t, lang, base))
                .unwrap_or_default()
        };
        let mut row = vec![
            s.id.clone(),
            text_of("name", base),
            text_of("summary", base),
            text_of("easy_summary", base),
            text_of("description", base),
            s.needs.join(", "),
            s.organization_id.clone().unwrap_or_default(),
            s.location_id.clone().unwrap_or_default(),
            yes_no(s.citywide),
            s.districts.join(", "),
            list(&s.target_groups, base),
            s.minimum_age.map(|a| a.to_string()).unwrap_or_default(),
            s.languages.join(", "),
            s.cost
                .as_ref()
                .map(|c| {
                    serde_json::to_value(c.kind)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default()
                })
                .unwrap_or_default(),
            text_of("cost_text", base),
            serde_json::to_value(s.access.appointment)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            yes_no(s.access.walk_in),
            yes_no(s.access.home_visits),
            s.hours
                .as_ref()
                .and_then(|h| h.osm.clone())
                .unwrap_or_default(),
            text_of("hours_text", base),
            list(&s.alerts, base),
            s.url.clone().unwrap_or_default(),
            s.email.clone().unwrap_or_default(),
            s.last_verified
                .as_ref()
                .map(Day::to_string)
                .unwrap_or_default(),
            s.source.name.clone(),
            s.source.url.clone().unwrap_or_default(),
            s.source
                .date
                .as_ref()
                .map(Day::to_string)
                .unwrap_or_default(),
            s.source.note.clone().unwrap_or_default(),
            s.source.quote.clone().unwrap_or_default(),
            s.source
                .claims
                .as_ref()
                .map(|c| serde_json::to_string(c).unwrap_or_default())
                .unwrap_or_default(),
            if s.contacts.is_empty() {
                String::new()
            } else {
                serde_json::to_string(&s.contacts).unwrap_or_default()
            },
            s.rotation
                .as_ref()
                .map(|r| serde_json::to_string(r).unwrap_or_default())
                .unwrap_or_default(),
            s.ask_at.clone().unwrap_or_default(),
        ];
        for lang in &langs {
            for column in TEXT_COLUMNS {
                row.push(text_of(column, lang));
            }
            row.push(list(&s.target_groups, lang));
            row.push(list(&s.alerts, lang));
        }
        rows.push(row);
    }
    csv::write(&rows, delimiter)
}

/// What the import did, row by row.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Rewrites of hand-written hours, by row (1-based, header is row 1).
    pub changes: Vec<String>,
    pub warnings: Vec<String>,
    pub errors: Vec<String>,
}

/// Replaces the services of `dataset` with the rows of `text`. On any error nothing is
/// replaced and the report lists every error.
pub fn import_services(dataset: &mut Dataset, text: &str) -> ImportReport {
    let mut report = ImportReport::default();
    let rows = match csv::parse(text) {
        Ok(rows) => rows,
        Err(error) => {
            report.errors.push(error);
            return report;
        }
    };
    let Some((header, body)) = rows.split_first() else {
        report.errors.push("the file is empty".to_string());
        return report;
    };
    for required in ["id", "name", "summary", "needs", "source_name"] {
        if !header.iter().any(|h| h == required) {
            report
                .errors
                .push(format!("column \"{required}\" is missing"));
        }
    }
    if !report.errors.is_empty() {
        return report;
    }
    let base = dataset.meta.language.clone();
    let calendar = Calendar::new(&dataset.meta.region, &dataset.meta.time_zone).ok();
    let mut services = Vec::new();
    for (index, row) in body.iter().enumerate() {
        let line = index + 2;
        let cell = |name: &str| -> String {
            header
                .iter()
                .position(|h| h == name)
                .and_then(|i| row.get(i))
                .map(|v| csv::parse_cell(v.trim()).to_string())
                .unwrap_or_default()
        };
        let optional = |name: &str| Some(cell(name)).filter(|v| !v.is_empty());
        let list = |name: &str| -> Vec<String> {
            cell(name)
                .split(',')
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
                .collect()
        };
        let langs: Vec<String> = header
            .iter()
            .filter_map(|h| h.split_once('@'))
            .map(|(_, l)| l.to_string())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let text = |column: &str| -> Option<LocalText> {
            let base_text = cell(column);
            let translated: Vec<(String, String)> = langs
                .iter()
                .map(|l| (l.clone(), cell(&format!("{column}@{l}"))))
                .filter(|(_, v)| !v.is_empty())
                .collect();
            if base_text.is_empty() && translated.is_empty() {
                return None;
            }
            if translated.is_empty() {
                return Some(LocalText::plain(base_text));
            }
            let mut text = LocalText::default().with(&base, base_text);
            for (lang, value) in translated {
                text = text.with(&lang, value);
            }
            Some(text)
        };
        let text_list = |column: &str| -> Vec<LocalText> {
            let split = |v: String| -> Vec<String> {
                if v.is_empty() {
                    Vec::new()
                } else {
                    v.split(LIST_SEPARATOR).map(str::to_string).collect()
                }
            };
            let base_items = split(cell(column));
            let by_lang: Vec<(String, Vec<String>)> = langs
                .iter()
                .map(|l| (l.clone(), split(cell(&format!("{column}@{l}")))))
                .collect();
            base_items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    let translated: Vec<(&String, &String)> = by_lang
                        .iter()
                        .filter_map(|(l, items)| {
                            items.get(i).filter(|v| !v.is_empty()).map(|v| (l, v))
                        })
                        .collect();
                    if translated.is_empty() {
                        LocalText::plain(item.clone())
                    } else {
                        translated.into_iter().fold(
                            LocalText::default().with(&base, item.clone()),
                            |t, (l, v)| t.with(l, v.clone()),
                        )
                    }
                })
                .collect()
        };
        let mut row_errors = Vec::new();
        let mut flag = |name: &str| {
            parse_bool(&cell(name)).unwrap_or_else(|e| {
                row_errors.push(format!("row {line}, {name}: {e}"));
                false
            })
        };
        let citywide = flag("citywide");
        let walk_in = flag("walk_in");
        let home_visits = flag("home_visits");
        let appointment = match cell("appointment").as_str() {
            "" | "none" | "nein" => Appointment::None,
            "recommended" | "empfohlen" => Appointment::Recommended,
            "required" | "ja" | "nötig" => Appointment::Required,
            other => {
                row_errors.push(format!(
                    "row {line}, appointment: \"{other}\" is not none, recommended or required"
                ));
                Appointment::None
            }
        };
        let cost_kind = match cell("cost_kind").as_str() {
            "" => None,
            "free" | "kostenfrei" => Some(CostKind::Free),
            "paid" | "kostenpflichtig" => Some(CostKind::Paid),
            "donation" | "spende" => Some(CostKind::Donation),
            "unknown" => Some(CostKind::Unknown),
            other => {
                row_errors.push(format!(
                    "row {line}, cost_kind: \"{other}\" is not free, paid, donation or unknown"
                ));
                None
            }
        };
        let minimum_age = match optional("minimum_age").map(|a| a.parse::<u8>()) {
            None => None,
            Some(Ok(age)) => Some(age),
            Some(Err(_)) => {
                row_errors.push(format!(
                    "row {line}, minimum_age: \"{}\" is not a number",
                    cell("minimum_age")
                ));
                None
            }
        };
        let mut osm = optional("hours_osm");
        if let (Some(expression), Some(calendar)) = (&osm, &calendar) {
            match normalize_hours(expression, calendar) {
                Ok(normalized) => {
                    if !normalized.changes.is_empty() {
                        report.changes.push(format!(
                            "row {line}, hours_osm: \"{expression}\" → \"{}\" ({})",
                            normalized.expression,
                            normalized.changes.join(", ")
                        ));
                    }
                    for warning in normalized.warnings {
                        report
                            .warnings
                            .push(format!("row {line}, hours_osm: {warning}"));
                    }
                    osm = Some(normalized.expression);
                }
                Err(error) => row_errors.push(format!("row {line}, hours_osm: {error}")),
            }
        }
        let contacts = match optional("contacts").map(|c| serde_json::from_str(&c)) {
            None => Vec::new(),
            Some(Ok(contacts)) => contacts,
            Some(Err(e)) => {
                row_errors.push(format!("row {line}, contacts: not valid JSON: {e}"));
                Vec::new()
            }
        };
        let rotation = match optional("rotation").map(|c| serde_json::from_str(&c)) {
            None => None,
            Some(Ok(rotation)) => Some(rotation),
            Some(Err(e)) => {
                row_errors.push(format!("row {line}, rotation: not valid JSON: {e}"));
                None
            }
        };
        let claims = match optional("source_claims").map(|c| serde_json::from_str(&c)) {
            None => None,
            Some(Ok(claims)) => Some(claims),
            Some(Err(e)) => {
                row_errors.push(format!("row {line}, source_claims: not valid JSON: {e}"));
                None
            }
        };
        if cost_kind.is_none() && !cell("cost_text").is_empty() {
            row_errors.push(format!(
                "row {line}, cost_text: give cost_kind too (free, paid, donation or unknown)"
            ));
        }
        let hours_text = text("hours_text");
        if osm.is_some() && hours_text.is_none() {
            row_errors.push(format!(
                "row {line}, hours_text: the source's words are needed beside hours_osm"
            ));
        }
        for column in ["id", "name", "summary", "needs", "source_name"] {
            if cell(column).is_empty() {
                row_errors.push(format!("row {line}, {column}: empty"));
            }
        }
        if !row_errors.is_empty() {
            report.errors.extend(row_errors);
            continue;
        }
        services.push(Service {
            id: cell("id"),
            name: text("name").unwrap_or_default(),
            organization_id: optional("organization_id"),
            location_id: optional("location_id"),
            citywide,
            districts: list("districts"),
            summary: text("summary").unwrap_or_default(),
            easy_summary: text("easy_summary"),
            description: text("description"),
            needs: list("needs"),
            target_groups: text_list("target_groups"),
            minimum_age,
            languages: list("languages"),
            cost: cost_kind.map(|kind| Cost {
                kind,
                text: text("cost_text"),
            }),
            access: Access {
                appointment,
                walk_in,
                home_visits,
            },
            contacts,
            hours: hours_text.map(|text| Hours {
                osm: osm.clone(),
                text,
            }),
            rotation,
            alerts: text_list("alerts"),
            url: optional("url"),
            email: optional("email"),
            ask_at: optional("ask_at"),
            last_verified: optional("last_verified").map(Day::new),
            source: Source {
                name: cell("source_name"),
                url: optional("source_url"),
                date: optional("source_date").map(Day::new),
                note: optional("source_note"),
                quote: optional("source_quote"),
                claims,
            },
        });
    }
    if report.errors.is_empty() {
        dataset.services = services;
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use wegweiser_core::domain::load::load_dataset;

    fn bundled() -> Dataset {
        load_dataset(include_str!("../../../public/data/services.json"))
            .unwrap()
            .dataset
    }

    #[test]
    fn export_then_import_gives_the_same_dataset() {
        for (name, text) in [
            (
                "Kaiserslautern",
                include_str!("../../../public/data/services.json"),
            ),
            (
                "Dortmund",
                include_str!("../../../tests/fixtures/dortmund.json"),
            ),
        ] {
            let original = load_dataset(text).unwrap().dataset;
            for delimiter in [';', ','] {
                let csv = export_services(&original, delimiter);
                let mut imported = original.clone();
                imported.services.clear();
                let report = import_services(&mut imported, &csv);
                assert_eq!(report.errors, Vec::<String>::new(), "{name}");
                assert_eq!(
                    report.changes,
                    Vec::<String>::new(),
                    "{name}: valid hours are kept as they are"
                );
                for (after, before) in imported.services.iter().zip(&original.services) {
                    assert_eq!(after, before, "{name} with {delimiter:?}");
                }
                assert_eq!(imported, original, "{name} with {delimiter:?}");
            }
        }
    }

    #[test]
    fn hand_written_hours_are_normalised_and_reported() {
        let mut dataset = bundled();
        let mut csv = export_services(&dataset, ';');
        assert_eq!(csv.matches(";Tu 10:00-12:00;").count(), 1);
        csv = csv.replace(";Tu 10:00-12:00;", ";Di 10–12 Uhr;");
        let report = import_services(&mut dataset, &csv);
        assert_eq!(report.errors, Vec::<String>::new());
        assert_eq!(report.changes.len(), 1, "{:?}", report.changes);
        assert!(
            report.changes[0].contains("\"Di 10–12 Uhr\" → \"Tu 10:00-12:00\""),
            "{}",
            report.changes[0]
        );
        let nurse = dataset.service("gemeindeschwester-plus").unwrap();
        assert_eq!(
            nurse.hours.as_ref().unwrap().osm.as_deref(),
            Some("Tu 10:00-12:00")
        );
    }

    #[test]
    fn errors_name_the_row_and_keep_the_old_services() {
        let mut dataset = bundled();
        let before = dataset.services.clone();
        let csv = export_services(&dataset, ';')
            .replace(";Tu[1] 12:00-14:00;", ";jeden ersten Dienstag;");
        let report = import_services(&mut dataset, &csv);
        assert_eq!(report.errors.len(), 1, "{:?}", report.errors);
        assert!(report.errors[0].starts_with("row "), "{}", report.errors[0]);
        assert!(
            report.errors[0].contains("hours_osm"),
            "{}",
            report.errors[0]
        );
        assert_eq!(dataset.services, before, "nothing replaced on error");
    }

    #[test]
    fn missing_columns_and_bad_flags_are_errors() {
        let mut dataset = bundled();
        assert!(import_services(&mut dataset, "id;name\na;b\n").errors[0].contains("summary"));
        let csv = export_services(&dataset, ';').replacen(";nein;", ";vielleicht;", 1);
        let report = import_services(&mut dataset, &csv);
        assert!(
            report
                .errors
                .iter()
                .any(|e| e.contains("is not ja or nein")),
            "{:?}",
            report.errors
        );
    }
}
